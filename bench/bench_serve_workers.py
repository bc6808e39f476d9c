"""Requests/s of `mandates serve --workers 2` against `--workers 1`, driven by a C load generator.

    python bench/bench_serve_workers.py [--store PATH ...] [--seconds 15] [--rounds 2] [--connections 16]
    python bench/bench_serve_workers.py --start-only --no-corpus --store PATH   # the starts' CPU only
    python bench/bench_serve_workers.py --first-requests --store SETTLED [--code SRC --code-store SETTLED2]

For each store (the sample corpus, loaded into a temporary store, and every ``--store`` given,
e.g. the shared 1 M synthetic store ``/tmp/mandates-bench-serve/synthetic-1000000/store``), the bench
makes two RocksDB checkpoints of it (hard links: the store itself is only read; the values saved
beside it copied, as a store served before has them) and starts
``mandates serve --no-load`` on each, one with ``--workers 1`` and one with ``--workers 2``.
Both run at once and are measured in turn (1, 2, 1, 2, … ``--rounds`` times), so both see the
same machine load. ``wrk`` (Debian's ``wrk``: C, one thread, ``--connections`` open
connections) sends a mix of JSON API calls and HTML pages that run Python in the server
process, not in the query workers: entity pages, an item of each kind, a lineage, resolving a
name, the mandate list, a browse list and the statistics (for entities the bench finds in the
store). Not /api/search: at 1 M triples it costs 8.6 s a request (issue 13's search part), and
the mix would measure nothing else.

Printed for each: requests/s, the ratio 2 workers / 1 worker against the target (≥ 1.7,
issue 13), the server's CPU time per request (all its processes, from /proc), the load
generator's own share of the CPU, and the machine's load average. On a machine whose cores
are busy with other work the ratio cannot show the scaling; the CPU time per request can:
with the same CPU time per request in both, N free cores give N times the requests/s.

``--first-requests``: the first `/api/mandates`, `/` and `/api/stats` of a serving process of
`serve --workers 2`, each page on a server started for it (a checkpoint of ``--store``, which
must have been served before: its views kept beside it), asked as soon as ``/health`` answers:
wall time against the 100 ms limit of issue 13, the server's CPU meanwhile (every process), and
the start's time to ``/health``. ``--code SRC`` (a folder holding another checkout's
``mandate_graph`` package: ``git archive main`` extracted into ``SRC/mandate_graph``) runs that
code too, on ``--code-store`` (a copy of the same store served before by that code: the views'
files are of the code that made them), alternated with this checkout's in each round.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote, urlencode

import psutil
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mandate_graph.graph.namespaces import PREFIXES  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from mandate_graph.graph.store.revision import FOLDER  # noqa: E402
from tests.support.http_server import free_port  # noqa: E402

TARGET = 1.7  # issue 13: --workers 2 gives at least 1.7 times the requests/s of one worker


# An instrument that cites another and is cited (its lineage has both directions), and a body
# that some instrument tasks, with its key and name.
INSTRUMENT = "SELECT ?x WHERE { ?x mg:cites ?y . ?z mg:cites ?x } ORDER BY ?x LIMIT 1"
BODY = "SELECT ?x ?key ?label WHERE { ?i mg:requests ?x . ?x mg:key ?key ; skos:prefLabel ?label } ORDER BY ?x LIMIT 1"


def probe(store_path: Path) -> dict[str, str]:
    """Id paths (after the base IRI) of the entities the mix asks for, found in the store."""
    store = ox.Store.read_only(str(store_path))

    def first(text: str) -> ox.QuerySolution:
        found = next(iter(store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)), None)  # type: ignore[call-overload]
        if found is None:
            raise RuntimeError(f"{store_path}: nothing for the bench's probe {text}")
        return found  # type: ignore[no-any-return]

    instrument, body = first(INSTRUMENT), first(BODY)
    return {"instrument": instrument["x"].value.removeprefix(DEFAULT_BASE_IRI),
            "body": body["x"].value.removeprefix(DEFAULT_BASE_IRI),
            "body_key": body["key"].value, "body_label": body["label"].value}


def request_mix(e: dict[str, str]) -> list[tuple[str, str]]:
    """(path, Accept) of each request of the mix, sent in turn."""
    html, api = "text/html", "application/json"
    instrument_path = e["instrument"].removeprefix("instrument/")
    return [
        (f"/id/{e['instrument']}", html),
        (f"/api/instruments/{instrument_path}", api),
        (f"/id/{e['body']}", html),
        (f"/api/bodies/{e['body_key']}", api),
        (f"/api/lineage/{e['instrument']}?depth=2", api),
        ("/api/resolve?" + urlencode({"ref": e["body_label"]}), api),
        ("/api/mandates?limit=20", api),
        ("/browse/bodies?limit=50", html),
        ("/api/stats", api),
    ]


WRK_SCRIPT = """
local paths = {%s}
local accepts = {%s}
local turn = 0
request = function()
  turn = turn %% #paths + 1
  return wrk.format("GET", paths[turn], {["Accept"] = accepts[turn]})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('WRK {"requests": %%d, "micros": %%d, "status": %%d, "errors": %%d, "p50_us": %%d, "p99_us": %%d}\\n',
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
"""


def lua_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class Run:
    workers: int
    requests: int
    seconds: float
    bad: int  # non-2xx answers and socket errors
    server_cpu: float  # seconds, every process of the server
    client_cpu: float  # seconds, wrk
    p50_ms: float
    p99_ms: float
    split: tuple[float, ...]  # CPU seconds of each serving process

    @property
    def per_second(self) -> float:
        return self.requests / self.seconds


class Server:
    """`mandates serve --workers N` on a checkpoint of a store, until `stop`."""

    def __init__(self, store: Path, workers: int, folder: Path, code: Path | None = None) -> None:
        self.workers = workers
        self.snapshot = folder / f"store-{workers}-workers"
        checkpoint(store, self.snapshot)
        self.port = free_port()
        self.started = time.perf_counter()
        env = dict(os.environ, MANDATES_STORE=str(self.snapshot), MANDATES_BASE_IRI=DEFAULT_BASE_IRI)
        if code is not None:  # another checkout's package first on the path
            env["PYTHONPATH"] = f"{code}{os.pathsep}{env.get('PYTHONPATH', '')}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mandate_graph.cli", "serve", "--no-load", "--workers", str(workers),
             "--host", "127.0.0.1", "--port", str(self.port)],
            cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cpu_seconds(self) -> float:
        """User and system time of the server and every process under it."""
        total = 0.0
        try:
            root = psutil.Process(self.process.pid)
            for p in [root, *root.children(recursive=True)]:
                try:
                    times = p.cpu_times()
                    total += times.user + times.system
                except psutil.NoSuchProcess:
                    continue
        except psutil.NoSuchProcess:
            pass
        return total

    def cpu_by_process(self) -> list[float]:
        """CPU seconds of each serving process (with the query workers under it): how evenly the
        kernel spread the connections."""
        root = psutil.Process(self.process.pid)
        serving = [p for p in root.children() if "spawn_main" in " ".join(p.cmdline())] or [root]
        out = []
        for p in serving:
            total = 0.0
            for q in [p, *p.children(recursive=True)]:
                try:
                    times = q.cpu_times()
                    total += times.user + times.system
                except psutil.NoSuchProcess:
                    continue
            out.append(total)
        return out

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def checkpoint(store: Path, target: Path) -> None:
    """A checkpoint of ``store`` in ``target`` with the values saved beside it (copies; the saved
    lineage views hard-linked, never written in place): the server starts on a store served
    before, as in use, and `serve --workers N` hands its processes the lineage view and the
    search index kept beside it."""
    ox.Store.read_only(str(store)).backup(str(target))
    saved = store / FOLDER
    if saved.is_dir():
        (target / FOLDER).mkdir()
        for item in saved.iterdir():
            if item.match("lineage-view-*.sqlite"):
                try:
                    os.link(item, target / FOLDER / item.name)
                except OSError:
                    shutil.copy2(item, target / FOLDER / item.name)
            elif item.is_file() and not item.name.endswith(".partial"):
                shutil.copy2(item, target / FOLDER / item.name)


def wait_until_ready(server: Server, mix: list[tuple[str, str]], timeout: float = 600) -> None:
    """Every request of the mix answered 200 by every process (asked a few times each: the
    kernel spreads connections over the processes), the whole-store values built."""
    import httpx

    started = time.perf_counter()
    while True:
        if server.process.poll() is not None:
            raise RuntimeError(f"the server exited: {server.process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
        try:
            statuses = set()
            for _ in range(2 * server.workers):
                with httpx.Client(base_url=server.base, timeout=120) as client:  # new connections
                    statuses |= {client.get(path, headers={"Accept": accept}).status_code for path, accept in mix}
            if statuses == {200}:
                return
            raise RuntimeError(f"answers {sorted(statuses)}")
        except (httpx.HTTPError, RuntimeError) as exc:
            if time.perf_counter() - started > timeout:
                raise RuntimeError(f"the server on {server.snapshot} was not ready in {timeout:.0f} s: {exc}") from exc
            time.sleep(0.5)


def wait_until_idle(server: Server, timeout: float = 900) -> float:
    """Wait until the server's processes use less than a tenth of a core (the lineage view and
    the whole-store values are built in the background after the start, in every process: they
    must not be measured as the requests' cost). Returns the CPU seconds the start took."""
    started = time.perf_counter()
    while True:
        before = server.cpu_seconds()
        time.sleep(2)
        if server.cpu_seconds() - before < 0.2:
            return server.cpu_seconds()
        if time.perf_counter() - started > timeout:
            raise RuntimeError(f"the server on {server.snapshot} was still busy after {timeout:.0f} s")


def drive(server: Server, script: Path, seconds: float, connections: int) -> Run:
    """One wrk run against the server, with the CPU time each side used."""
    cpu_before = server.cpu_seconds()
    split_before = server.cpu_by_process()
    wrk = subprocess.Popen(
        ["wrk", "-t1", f"-c{connections}", f"-d{round(seconds)}s", "--timeout", "30s", "-s", str(script), server.base],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    assert wrk.stdout is not None
    out = wrk.stdout.read()
    _, status, usage = os.wait4(wrk.pid, 0)  # reaped here, for its own CPU time
    wrk.returncode = os.waitstatus_to_exitcode(status)
    server_cpu = server.cpu_seconds() - cpu_before
    split = [after - before for after, before in zip(server.cpu_by_process(), split_before)]
    line = next((x for x in out.splitlines() if x.startswith("WRK ")), None)
    if wrk.returncode != 0 or line is None:
        raise RuntimeError(f"wrk failed ({wrk.returncode}): {out.strip()}")
    figures = json.loads(line[4:])
    return Run(server.workers, figures["requests"], figures["micros"] / 1e6, figures["status"] + figures["errors"],
               server_cpu, usage.ru_utime + usage.ru_stime, figures["p50_us"] / 1000, figures["p99_us"] / 1000,
               tuple(split))


def corpus_store(folder: Path) -> Path:
    """The sample corpus loaded by `mandates load` into a store of its own."""
    store = folder / "corpus-store"
    env = dict(os.environ, MANDATES_STORE=str(store), MANDATES_BASE_IRI=DEFAULT_BASE_IRI)
    subprocess.run([sys.executable, "-m", "mandate_graph.cli", "load", str(ROOT / "corpus")], cwd=str(ROOT), env=env,
                   check=True, stdout=subprocess.DEVNULL)
    return store


def measure(name: str, store: Path, args: argparse.Namespace, folder: Path) -> dict[str, object]:
    mix = request_mix(probe(store))
    script = Path(tempfile.mkstemp(prefix="mix-", suffix=".lua", dir=folder)[1])
    script.write_text(WRK_SCRIPT % (", ".join(lua_string(p) for p, _ in mix), ", ".join(lua_string(a) for _, a in mix)))
    checkpoints = Path(tempfile.mkdtemp(prefix="checkpoints-", dir=folder))
    servers = {n: Server(store, n, checkpoints) for n in (1, 2)}
    runs: dict[int, list[Run]] = {1: [], 2: []}
    start_cpu: dict[int, float] = {}
    try:
        for n, server in servers.items():
            wait_until_ready(server, mix)
        for n, server in servers.items():
            start_cpu[n] = wait_until_idle(server)
            print(f"  {name}: {n} worker(s) started: {start_cpu[n]:.1f} s of CPU (the background builds of "
                  f"every process)", flush=True)
        if args.start_only:
            return {"runs": runs, "start_cpu": start_cpu}
        for server in servers.values():  # warm: every process has answered every route
            drive(server, script, 3, args.connections)
        for _ in range(args.rounds):
            for n, server in servers.items():
                run = drive(server, script, args.seconds, args.connections)
                runs[n].append(run)
                print(f"  {name}: {n} worker(s): {run.per_second:7.1f} requests/s, server "
                      f"{1000 * run.server_cpu / max(run.requests, 1):.1f} ms CPU per request, wrk "
                      f"{100 * run.client_cpu / run.seconds:.0f} % of a core, {run.bad} bad, p50 {run.p50_ms:.0f} ms, "
                      f"CPU split {'/'.join(f'{100 * c / max(sum(run.split), 1e-9):.0f}' for c in run.split)} %, "
                      f"load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        for server in servers.values():
            server.stop()
    return {"runs": runs, "start_cpu": start_cpu}


def summary(name: str, runs: dict[int, list[Run]], start_cpu: dict[int, float]) -> None:
    def rate(n: int) -> float:
        return statistics.median(r.per_second for r in runs[n])

    def cpu_ms(n: int) -> float:
        return 1000 * sum(r.server_cpu for r in runs[n]) / max(sum(r.requests for r in runs[n]), 1)

    def busy(n: int) -> float:  # cores the server kept busy
        return sum(r.server_cpu for r in runs[n]) / sum(r.seconds for r in runs[n])

    client_share = sum(r.client_cpu for rs in runs.values() for r in rs) / sum(
        r.client_cpu + r.server_cpu for rs in runs.values() for r in rs)
    ratio = rate(2) / rate(1)
    print(f"\n{name}")
    print(f"  requests/s       1 worker {rate(1):8.1f}   2 workers {rate(2):8.1f}   ratio {ratio:.2f} "
          f"({ratio / TARGET:.2f} of the target {TARGET}x: {'met' if ratio >= TARGET else 'not met'})")
    print(f"  server CPU/req   1 worker {cpu_ms(1):6.1f} ms  2 workers {cpu_ms(2):6.1f} ms   "
          f"(cores busy: {busy(1):.2f} and {busy(2):.2f})")
    print(f"  start, CPU s     1 worker {start_cpu[1]:6.1f}     2 workers {start_cpu[2]:6.1f}")
    print(f"  wrk's share of the CPU used: {100 * client_share:.1f} %;  bad answers: "
          f"{sum(r.bad for rs in runs.values() for r in rs)};  load average {os.getloadavg()[0]:.1f}, "
          f"{os.cpu_count()} cores")


LIMIT_MS = 100.0  # issue 13: a request answers within 100 ms
# (name, path, Accept) of the pages whose first request in a serving process is measured.
FIRST_PAGES = (("/api/mandates", "/api/mandates?limit=20", "application/json"), ("/", "/", "text/html"),
               ("/api/stats", "/api/stats", "application/json"))


@dataclass
class FirstRequest:
    page: str
    to_health_s: float  # from the command's start to the first /health answer
    wall_ms: float  # the page's first request in a serving process
    cpu_ms: float  # every process of the server meanwhile (both processes' background work too)


def first_request(store: Path, page: tuple[str, str, str], folder: Path, code: Path | None,
                  timeout: float) -> FirstRequest:
    """`serve --workers 2` started on a checkpoint of ``store``, and the page asked as soon as
    ``/health`` answers (the first request of whichever process the kernel gives it)."""
    import httpx

    name, path, accept = page
    server = Server(store, 2, Path(tempfile.mkdtemp(prefix="first-", dir=folder)), code)
    try:
        while True:
            if server.process.poll() is not None:
                raise RuntimeError(f"the server exited: {server.process.stderr.read().decode()[-2000:]}")  # type: ignore[union-attr]
            try:
                if httpx.get(server.base + "/health", timeout=5).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            if time.perf_counter() - server.started > timeout:
                raise RuntimeError(f"no /health from {server.snapshot} in {timeout:.0f} s")
            time.sleep(0.02)
        to_health = time.perf_counter() - server.started
        cpu, wall = server.cpu_seconds(), time.perf_counter()
        answer = httpx.get(server.base + path, headers={"Accept": accept}, timeout=timeout)
        wall_ms = (time.perf_counter() - wall) * 1000
        cpu_ms = (server.cpu_seconds() - cpu) * 1000
        if answer.status_code != 200:
            raise RuntimeError(f"{path}: {answer.status_code} {answer.text[:300]}")
        return FirstRequest(name, to_health, wall_ms, cpu_ms)
    finally:
        server.stop()
        shutil.rmtree(server.snapshot.parent, ignore_errors=True)


# A serving process's first page in process: the parent's preparation (checkpoint, copies: with
# whichever helpers the code has) once, then for each page a fresh process that opens the
# snapshot read-only as a serving process does and asks that page once, by `TestClient` without
# the lifespan (no background refresh beside it): the request's own CPU, nothing else's.
PREPARE = r"""
import json, sys
from pathlib import Path
from mandate_graph.cli import serving
from mandate_graph.graph.context import Context
from mandate_graph.graph.settings import Settings
store, snapshot = Path(sys.argv[1]), Path(sys.argv[2])
ctx = Context.open(Settings.from_env(store=str(store)))
taken_at = ctx.store.generation
ctx.store.checkpoint(snapshot)
if hasattr(serving, "_copy_views"):
    tracker = serving._copy_views(ctx, snapshot, taken_at)
else:
    tracker = serving._copy_tracker_rows(ctx, Path(f"{snapshot}.tracker.sqlite"))
ctx.close()
print(json.dumps(str(tracker) if tracker else None))
"""
FIRST_PAGE = r"""
import json, sys, time
from pathlib import Path
from fastapi.testclient import TestClient
from mandate_graph.api.app import create_app
from mandate_graph.api.warm_up import warm_routes
from mandate_graph.graph.context import Context
from mandate_graph.graph.settings import Settings
snapshot, tracker, path, accept = sys.argv[1], json.loads(sys.argv[2]), sys.argv[3], sys.argv[4]
ro = Context.open(Settings.from_env(store=snapshot, read_only=True, tracker_rows=tracker))
app = create_app(ro)  # (it opens the tracker's rows handed over)
warm_routes(app)  # as the lifespan does, without its background
client = TestClient(app)
cpu, wall = time.process_time(), time.perf_counter()
answer = client.get(path, headers={"Accept": accept})
assert answer.status_code == 200, answer.text[:300]
print(json.dumps([(time.process_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000]))
"""


def first_requests_in_process(store: Path, folder: Path, code: Path | None) -> list[tuple[str, float, float]]:
    """(page, CPU ms, wall ms) of each page's first request in a process of its own serving a
    snapshot of ``store`` read-only, as `serve --workers N` prepares it (see PREPARE)."""
    work = Path(tempfile.mkdtemp(prefix="in-process-", dir=folder))
    env = dict(os.environ, MANDATES_BASE_IRI=DEFAULT_BASE_IRI)
    if code is not None:
        env["PYTHONPATH"] = f"{code}{os.pathsep}{env.get('PYTHONPATH', '')}"

    def last_line(script: str, *arguments: str) -> object:
        found = subprocess.run([sys.executable, "-c", script, *arguments], cwd=str(ROOT), env=env,
                               capture_output=True, text=True)
        if found.returncode != 0:
            raise RuntimeError(found.stderr[-2000:])
        return json.loads(found.stdout.strip().splitlines()[-1])

    try:
        copy = work / "store"
        checkpoint(store, copy)  # the parent may update the views beside it: a copy of its own
        tracker = last_line(PREPARE, str(copy), str(work / "snapshot"))
        out = []
        for name, path, accept in FIRST_PAGES:
            measured = last_line(FIRST_PAGE, str(work / "snapshot"), json.dumps(tracker), path, accept)
            assert isinstance(measured, list)
            out.append((name, float(measured[0]), float(measured[1])))
        return out
    finally:
        shutil.rmtree(work, ignore_errors=True)


def first_requests_main(args: argparse.Namespace) -> None:
    """``--first-requests``: see the module docstring."""
    if len(args.store) != 1 or (args.code is not None) != (args.code_store is not None):
        sys.exit("--first-requests takes one --store, and --code with --code-store")
    codes: list[tuple[str, Path | None, Path]] = [("this checkout", None, args.store[0])]
    if args.code is not None:
        codes.insert(0, (f"code {args.code}", args.code, args.code_store))
    print(f"first requests in a `serve --workers 2` process; load average {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores; {args.rounds} round(s)", flush=True)
    found: dict[str, dict[str, list[FirstRequest]]] = {name: {} for name, _, _ in codes}
    in_process: dict[str, dict[str, list[tuple[float, float]]]] = {name: {} for name, _, _ in codes}
    with tempfile.TemporaryDirectory(prefix="bench-first-requests-") as tmp:
        for round_ in range(args.rounds):
            for name, code, store in codes:
                for page in FIRST_PAGES:
                    run = first_request(store, page, Path(tmp), code, args.timeout)
                    found[name].setdefault(run.page, []).append(run)
                    print(f"  round {round_ + 1}, {name}: first {run.page} {run.wall_ms:,.0f} ms "
                          f"({run.wall_ms / LIMIT_MS:.2f}x the limit), server CPU {run.cpu_ms:,.0f} ms; /health after "
                          f"{run.to_health_s:.1f} s; load {os.getloadavg()[0]:.1f}", flush=True)
                for page_name, cpu_ms, wall_ms in ([] if args.http_only else first_requests_in_process(store, Path(tmp), code)):
                    in_process[name].setdefault(page_name, []).append((cpu_ms, wall_ms))
                    print(f"  round {round_ + 1}, {name}: in process, first {page_name} {cpu_ms:,.0f} ms of CPU "
                          f"({cpu_ms / LIMIT_MS:.2f}x the limit), {wall_ms:,.0f} ms wall; load {os.getloadavg()[0]:.1f}",
                          flush=True)
    print("\nmedians (wall ms, x the 100 ms limit; server CPU ms; s to /health)")
    for name, over_http in found.items():
        for shown, runs in over_http.items():
            wall_ms = statistics.median(r.wall_ms for r in runs)
            print(f"  {name:40} {shown:14} {wall_ms:10,.0f} ms ({wall_ms / LIMIT_MS:7.2f}x)  CPU "
                  f"{statistics.median(r.cpu_ms for r in runs):9,.0f} ms  /health {statistics.median(r.to_health_s for r in runs):5.1f} s")
    for name, measured in in_process.items():
        for shown, cpu_wall in measured.items():
            cpu_ms = statistics.median(c for c, _ in cpu_wall)
            print(f"  {name:40} {shown:14} in process {cpu_ms:10,.0f} ms of CPU ({cpu_ms / LIMIT_MS:7.2f}x), "
                  f"{statistics.median(w for _, w in cpu_wall):10,.0f} ms wall")
    if args.code is not None:
        this, other = found["this checkout"], found[f"code {args.code}"]
        for shown in this:
            ratio = statistics.median(r.wall_ms for r in this[shown]) / statistics.median(r.wall_ms for r in other[shown])
            if args.http_only:
                print(f"  this checkout / code, {shown}: {ratio:.4f} of the wall time over HTTP")
                continue
            cpu_ratio = (statistics.median(c for c, _ in in_process["this checkout"][shown])
                         / statistics.median(c for c, _ in in_process[f"code {args.code}"][shown]))
            print(f"  this checkout / code, {shown}: {ratio:.4f} of the wall time over HTTP, {cpu_ratio:.4f} of the CPU in process")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, action="append", default=[],
                        help="an existing store to serve as well (only read: checkpoints are served)")
    parser.add_argument("--no-corpus", action="store_true", help="skip the sample corpus")
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--start-only", action="store_true",
                        help="only the start's CPU of each server (every process's background builds), no load")
    parser.add_argument("--first-requests", action="store_true",
                        help="the first /api/mandates, / and /api/stats of a `serve --workers 2` process (one --store)")
    parser.add_argument("--code", type=Path, help="--first-requests: a folder holding another checkout's mandate_graph package")
    parser.add_argument("--code-store", type=Path, help="--first-requests: the store served before by --code's code")
    parser.add_argument("--timeout", type=float, default=900, help="--first-requests: seconds a start or a request may take")
    parser.add_argument("--http-only", action="store_true", help="--first-requests: over HTTP only, not in process too")
    args = parser.parse_args()
    if args.first_requests:
        first_requests_main(args)
        return
    if shutil.which("wrk") is None and not args.start_only:
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores; {args.rounds} x {args.seconds:.0f} s "
          f"per server, {args.connections} connections, interleaved", flush=True)
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-serve-workers-") as tmp:
        folder = Path(tmp)
        stores = [] if args.no_corpus else [("sample corpus", corpus_store(folder))]
        stores += [(f"{quote(str(path))}", path) for path in args.store]
        for name, store in stores:
            results[name] = measure(name, store, args, folder)
    for name, result in results.items():
        if args.start_only:
            start_cpu: dict[int, float] = result["start_cpu"]  # type: ignore[assignment]
            print(f"\n{name}\n  start, CPU s     1 worker {start_cpu[1]:6.1f}     2 workers {start_cpu[2]:6.1f}"
                  f"   (2 workers / 1: {start_cpu[2] / start_cpu[1]:.2f}); load average {os.getloadavg()[0]:.1f}")
            continue
        summary(name, result["runs"], result["start_cpu"])  # type: ignore[arg-type]


if __name__ == "__main__":
    main()

"""Load-test the HTTP layer and compare it with the same work done in-process.

    .venv/bin/python bench/bench_http.py [--requests 400] [--concurrency 8]

Builds an on-disk store (sample corpus + the tests' hand-built graph) in a temporary folder,
starts uvicorn in a subprocess on a free port, and times two requests against the same
work done in this process (calls interleaved, so both see the same machine load):

- a point lookup, ``/api/instruments/…`` (the JSON item view of an instrument);
- a lineage query, ``/api/lineage/…`` (both directions, depth 3, JSON with evidence);
- SPARQL SELECTs at ``/sparql`` (a small result and a 5,000-row one, as JSON and as CSV)
  against pyoxigraph's own query-and-serialize of the same text on the same store
  (``Store.query`` + ``QuerySolutions.serialize``): what a SPARQL endpoint cannot beat.

Then drives each with concurrent clients. Prints requests/s and p50/p99 latency, and the
ratio of HTTP median (one client, sequential) to in-process median: the target is <= 2x
(issue 13). ``--only sparql`` runs the SPARQL cases alone.

Before the cases, the HTTP floor: a five-line ASGI app answering a constant under the same
uvicorn (`BARE_APP`) and ``GET /api`` (a constant answer through the whole app), interleaved.

``--against REV`` (a git revision, e.g. ``main``) also starts a server running that revision's
code (``git archive`` into a temporary folder, first on its PYTHONPATH) on a copy of the same
store, and interleaves its calls with the others: before and after measured in one run, under
the same load (this machine's load varies from 2 to 16 within minutes).
"""

from __future__ import annotations

import argparse
import http.client
import itertools
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402

from mandate_graph.api.models import ItemLinks, ItemResponse  # noqa: E402
from mandate_graph.graph.entities import EntityReader  # noqa: E402
from mandate_graph.graph.lineage import lineage  # noqa: E402
from mandate_graph.graph.lineage_export import render  # noqa: E402
from mandate_graph.graph.namespaces import PREFIXES  # noqa: E402
from mandate_graph.graph.store import OxigraphStore  # noqa: E402
from tests.conftest import make_context  # noqa: E402
from tests.support.http_server import build_store, start_server, stop_server  # noqa: E402

POINT = "/api/instruments/cop-untoc/resolution/7/1"
POINT_IRI = "https://w3id.org/mandate-graph/id/instrument/cop-untoc/resolution/7/1"
LINEAGE = "/api/lineage/instrument/cop-untoc/resolution/11/1"
LINEAGE_IRI = "https://w3id.org/mandate-graph/id/instrument/cop-untoc/resolution/11/1"
# SELECTs for /sparql: a typical small answer (10 rows), a page of 100 and 5,000 rows (what a
# client paging through the graph asks for), each as JSON and as CSV.
SMALL_SELECT = "SELECT DISTINCT ?body ?by WHERE { ?by mg:establishes ?body } ORDER BY ?body"
PAGE_SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 100"
BIG_SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 5000"
SELECTS = {"small": ("10-row SELECT", SMALL_SELECT), "page": ("100-row SELECT", PAGE_SELECT),
           "big": ("5,000-row SELECT", BIG_SELECT),
           # The small SELECT with a new comment each call: a text the server has not answered
           # at this generation, which goes to a query worker (a repeat of a text a worker answered
           # cheaply runs in the server: graph/store/cheap_repeats.py).
           "fresh": ("10-row SELECT, a new text each call", SMALL_SELECT)}
RESULT_FORMATS = {"json": ox.QueryResultsFormat.JSON, "csv": ox.QueryResultsFormat.CSV}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def in_process(fn, n: int = 200) -> list[float]:  # type: ignore[no-untyped-def]
    for _ in range(10):
        fn()
    out = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t)
    return out


class Client:
    """One keep-alive HTTP/1.1 connection (the standard library's http.client). A lean client,
    so that what is timed is the server's HTTP layer: httpx spends another 1.3 ms of Python on
    each request (its own p50 floor on GET /api is 2.1 ms against 0.8 ms here)."""

    def __init__(self, base: str, timeout: float = 120) -> None:
        host, port = base.removeprefix("http://").split(":")
        self.connection = http.client.HTTPConnection(host, int(port), timeout=timeout)

    def get(self, url: str, headers: dict[str, str] | None = None) -> bytes:
        try:
            self.connection.request("GET", url, headers=headers or {})
            response = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # The server closes a connection idle for longer than its keep-alive timeout (5 s).
            self.connection.close()
            self.connection.request("GET", url, headers=headers or {})
            response = self.connection.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"GET {url}: {response.status} {body[:100]!r}")
        return body

    def close(self) -> None:
        self.connection.close()


def sequential(client: Client, url: str, n: int) -> list[float]:
    for _ in range(10):
        client.get(url)
    out = []
    for _ in range(n):
        t = time.perf_counter()
        client.get(url)
        out.append(time.perf_counter() - t)
    return out


def concurrent(base: str, url: Any, total: int, workers: int) -> tuple[float, list[float]]:
    """``workers`` threads, each with its own connection, sending ``total`` requests in all
    (``url``: a string, or a function giving each request's)."""
    latencies: list[float] = []
    lock = threading.Lock()
    counter = iter(range(total))
    errors: list[str] = []

    def run() -> None:
        client = Client(base)
        try:
            while True:
                with lock:
                    if next(counter, None) is None:
                        return
                t = time.perf_counter()
                try:
                    client.get(url() if callable(url) else url)
                except (RuntimeError, OSError, http.client.HTTPException) as exc:
                    errors.append(str(exc))
                elapsed = time.perf_counter() - t
                with lock:
                    latencies.append(elapsed)
        finally:
            client.close()

    threads = [threading.Thread(target=run) for _ in range(workers)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - started
    if errors:
        print(f"  {len(errors)} errors, first: {errors[0]}")
    return total / wall, latencies


def ms(x: float) -> str:
    return f"{x * 1000:7.2f} ms"


class ReadOnlyStore(OxigraphStore):
    """The server's store opened read-only in this process (the server only reads during
    the benchmark), so in-process and HTTP timings can be interleaved under the same load."""

    def __init__(self, path: Path) -> None:  # noqa: D107
        self.path = None
        self.allow_network = False
        self.generation = 0
        self._store = ox.Store.read_only(str(path))


def interleaved(local, clients: list[Client], url: Any, n: int = 300):  # type: ignore[no-untyped-def]
    """Alternate one in-process call and one HTTP call to each client's server, n times: same
    machine load for all. The order of the calls turns by one each round, so that no server
    always comes right after the in-process call (a same-code A/A run measured the first
    place ~5% slower than the second on 5,000-row answers)."""
    calls = [local] + [lambda client=client: client.get(url() if callable(url) else url) for client in clients]
    times = interleaved_calls(calls, n)
    return times[0], times[1:]


def interleaved_calls(calls, n: int) -> list[list[float]]:  # type: ignore[no-untyped-def]
    """Each call's n timings, the calls alternated (their order turning by one each round)."""
    for _ in range(10):
        for call in calls:
            call()
    times: list[list[float]] = [[] for _ in calls]
    for i in range(n):
        for k in range(len(calls)):
            j = (i + k) % len(calls)
            t = time.perf_counter()
            calls[j]()
            times[j].append(time.perf_counter() - t)
    return times


# The HTTP floor of this machine: a five-line ASGI app answering a constant, under the same
# uvicorn (httptools, uvloop) and options as the server. What is above it is the app's own.
BARE_APP = """
async def app(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json"), (b"content-length", b"2")]})
    await send({"type": "http.response.body", "body": b"{}"})
"""


class BareServer:
    """`BARE_APP` under uvicorn in a subprocess, as `tests.support.http_server.start_server`
    starts the real one (``--host 127.0.0.1 --log-level warning``, uvicorn's defaults else)."""

    def __init__(self, folder: Path) -> None:
        from tests.support.http_server import free_port

        (folder / "bare_asgi.py").write_text(BARE_APP)
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "uvicorn", "bare_asgi:app", "--host", "127.0.0.1", "--port", str(port),
             "--log-level", "warning"], cwd=str(folder))
        deadline = time.monotonic() + 30
        while True:
            try:
                Client(self.url, timeout=1).get("/")
                return
            except OSError:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError("the bare ASGI server did not start") from None
                time.sleep(0.1)

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


TICKS = os.sysconf("SC_CLK_TCK")


def _stat_fields(pid: int | str) -> list[str]:
    text = Path(f"/proc/{pid}/stat").read_text()
    return text[text.rindex(")") + 2:].split()  # after "pid (name) ": state, ppid, ...


def cpu_of(pid: int) -> tuple[float, float]:
    """CPU seconds (user + system) used so far by the process ``pid`` (all its threads) and by
    its live child processes (a server's query workers): what a request costs the machine,
    which the wall time on a loaded machine does not say (/proc, in clock ticks)."""
    def seconds(fields: list[str]) -> float:
        return (int(fields[11]) + int(fields[12])) / TICKS

    own = seconds(_stat_fields(pid))
    children = 0.0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = _stat_fields(entry.name)
        except (OSError, ValueError):
            continue  # ended meanwhile
        if fields[1] == str(pid):
            children += seconds(fields)
    return own, children


def wait_for_values(url: str, timeout: float = 600) -> None:
    """Until the server says its whole-store values are built (``/health``): they are built by
    a thread and a process beside the server after its start, and timing requests meanwhile
    times that work too (a run at load 19 saw a 100-row SELECT at 3x its time)."""
    client = Client(url)
    deadline = time.monotonic() + timeout
    try:
        while json.loads(client.get("/health")).get("values") != "current":
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url}: the values were not built within {timeout:g} s")
            time.sleep(0.2)
    finally:
        client.close()


def code_of(revision: str, folder: Path) -> Path:
    """The package as it is at ``revision``, importable from ``folder`` (put it first on
    PYTHONPATH: a regular package there wins over the editable install)."""
    package = folder / "mandate_graph"
    package.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(ROOT), "archive", revision], check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", str(package)], input=archive, check=True)
    (package / "__init__.py").write_text("")
    return folder


def item_json(reader: EntityReader, base: str) -> str:
    """What the item route does: the view, as the API's model, as JSON."""
    view = reader.describe(POINT_IRI)
    assert view is not None, POINT_IRI
    links = ItemLinks.model_validate({"self": "", "html": "", "jsonld": ""})
    return ItemResponse.from_view(view, base, links).model_dump_json()


def sparql_cases(store: ReadOnlyStore, sizes: list[str], formats: list[str]) -> list[tuple[str, Any, object]]:
    """(title, URL, in-process call) for each SELECT × result format: the in-process call is
    pyoxigraph's query and serializer on the same store, as the endpoint's default dataset
    (the union of the named graphs)."""
    cases: list[tuple[str, Any, object]] = []
    calls = itertools.count()
    for size in sizes:
        label, text = SELECTS[size]
        rows = len(list(store._store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)))  # type: ignore[arg-type]
        label = f"{label} ({rows} rows)"
        for name in formats:
            fmt = RESULT_FORMATS[name]
            def local(text: str = text, fmt: ox.QueryResultsFormat = fmt) -> bytes:
                result = store._store.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
                return result.serialize(format=fmt)  # type: ignore[union-attr]

            url: Any = "/sparql?" + urlencode({"query": text, "format": name})
            if size == "fresh":
                url = lambda text=text, name=name: "/sparql?" + urlencode(  # noqa: E731
                    {"query": f"{text} # call {next(calls)}", "format": name})
            cases.append((f"SPARQL {label}, {name}", url, local))
    return cases


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400, help="requests per endpoint under load")
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--only", choices=["sparql", "api"], help="run only these cases")
    parser.add_argument("--sizes", default="small,fresh,page,big",
                        help="SPARQL SELECTs to run, of " + ",".join(SELECTS) + " (default: all)")
    parser.add_argument("--formats", default="json,csv", help="result formats, of json,csv (default: both)")
    parser.add_argument("--no-load", action="store_true", help="skip the concurrent clients (one client only)")
    parser.add_argument("--against", metavar="REV", help="also time a server running this git revision's code")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store_path = Path(tmp) / "store"
        build_store(store_path)
        # Every client comes from 127.0.0.1: the per-client limit must let all of them in.
        settings = {"MANDATES_QUERY_TIMEOUT": "10", "MANDATES_MAX_ROWS": "100000", "MANDATES_QUERY_WORKERS": "3",
                    "MANDATES_REQUESTS_PER_CLIENT": str(args.concurrency)}
        other = None
        if args.against:
            shutil.copytree(store_path, Path(tmp) / "store-against")
            code = code_of(args.against, Path(tmp) / "code-against")
            other = start_server(Path(tmp) / "store-against", {**settings, "PYTHONPATH": str(code)})
        server = start_server(store_path, settings)
        bare = BareServer(Path(tmp))
        try:
            for running in (server, other):
                if running is not None:
                    wait_for_values(running.url)
            ctx = make_context(store="memory")
            store = ReadOnlyStore(store_path)
            reader = EntityReader(store, ctx.ids)
            point_local = lambda: item_json(reader, ctx.ids.base)  # noqa: E731
            # What the lineage route does: the walk (networkx view, built once), rendered as JSON.
            lineage_local = lambda: json.dumps(render(lineage(store, ctx.ids, LINEAGE_IRI, "both", 3), ctx.ids, "json"))  # noqa: E731
            client = Client(server.url)
            clients = [client] + ([Client(other.url)] if other is not None else [])
            servers = [server] + ([other] if other is not None else [])
            names = ["HTTP, 1 client "] + ([f"{args.against[:15]:15}"] if other is not None else [])
            try:
                cases = [] if args.only == "sparql" else [
                    ("point lookup (" + POINT + ")", POINT, point_local),
                    ("lineage (" + LINEAGE + ", both directions, depth 3)", LINEAGE, lineage_local)]
                if args.only != "api":
                    cases += sparql_cases(store, args.sizes.split(","), args.formats.split(","))
                print(f"store: corpus + sample graph, {len(store._store)} quads, on disk; "
                      f"{args.requests} requests per case under load, {args.concurrency} concurrent clients\n")
                bare_client = Client(bare.url)
                floors = [lambda: bare_client.get("/")] + [lambda each=each: each.get("/api") for each in clients]
                pids = [bare.process.pid] + [each.process.pid for each in servers]
                before = [cpu_of(pid)[0] for pid in pids]
                floor_times = interleaved_calls(floors, 300)
                cpu = [(cpu_of(pid)[0] - b) / 310 for pid, b in zip(pids, before)]
                print(f"HTTP floor, a bare ASGI app (a constant, same uvicorn): p50 {ms(statistics.median(floor_times[0]))}"
                      f"   server CPU per request {ms(cpu[0])}")
                for name, times, each_cpu in zip(names, floor_times[1:], cpu[1:]):
                    print(f"HTTP floor (GET /api, a constant JSON answer), {name.strip()}: p50 "
                          f"{ms(statistics.median(times))}   server CPU per request {ms(each_cpu)}")
                bare_client.close()
                print()
                for title, url, local in cases:
                    print(title)
                    before = [cpu_of(each.process.pid) for each in servers]
                    a, timings = interleaved(local, clients, url)
                    after = [cpu_of(each.process.pid) for each in servers]
                    print(f"  in-process      p50 {ms(statistics.median(a))}   p99 {ms(pct(a, 99))}")
                    for name, b in zip(names, timings):
                        print(f"  {name} p50 {ms(statistics.median(b))}   p99 {ms(pct(b, 99))}")
                    for name, b, (own0, kids0), (own1, kids1) in zip(names, timings, before, after):
                        calls = len(b) + 10  # with the warm-up
                        print(f"  {name} CPU per request: server {ms((own1 - own0) / calls)}, "
                              f"its query workers {ms((kids1 - kids0) / calls)}")
                    for name, b in zip(names, timings):
                        ratio = statistics.median(b) / statistics.median(a)
                        added = statistics.median(b) - statistics.median(a)
                        verdict = "OK" if ratio <= 2 else "over the 2x target"
                        print(f"  {name.strip()}: HTTP median / in-process median = {ratio:.2f}x, "
                              f"+{added * 1000:.2f} ms  ({verdict})")
                    if args.no_load:
                        print()
                        continue
                    rps, lat = concurrent(server.url, url, args.requests, args.concurrency)
                    print(f"  HTTP, {args.concurrency} clients p50 {ms(statistics.median(lat))}   p99 {ms(pct(lat, 99))}"
                          f"   {rps:7.1f} requests/s")
                    print()
            finally:
                for each in clients:
                    each.close()
        finally:
            stop_server(server)
            bare.stop()
            if other is not None:
                stop_server(other)


if __name__ == "__main__":
    main()

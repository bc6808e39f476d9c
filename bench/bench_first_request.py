"""CPU of a server process's first request, with and without the route warm-up; and the first
page of each kind on a store.

    python bench/bench_first_request.py [--rounds 5]
    python bench/bench_first_request.py --store COPY [--code SRC] [--rounds 2] [--settled]

Without ``--store``: each measurement is a fresh process (the sample corpus in memory, the app
started through its lifespan, then two requests that touch no store: the first pays FastAPI's
per-route set-up unless `api/warm_up.py` did it at start). Prints medians and the ratio warm /
cold from the same run.

With ``--store COPY`` (a copy of `/work/bench-serve/…/store` served once until ``"values":
"current"``, e.g. by `bench/bench_first_tracker.py --settle-only`): for each of the pages
`/mandates`, `/`, a body's `/id/…` page and `/search?q=<its label>`, a fresh `mandates serve
--no-load` per page, asked that page as soon as ``/health`` answers, then again: wall ms and the
server's CPU ms meanwhile (`/proc`, every thread: the start's own background work included).
``--code SRC`` (a folder holding another checkout's ``mandate_graph`` package, `git archive`
extracted into ``SRC/mandate_graph``) runs that code too, alternated with this checkout's in
each round, so the two are compared in the same minutes; ratios are printed against the 100 ms
limit of issue 13 and code / this checkout in the same run. ``--settled``: each page in process
instead (`TestClient` with the app's lifespan, a fresh process a page), asked once the start's
background work is done (``values`` current): the process's CPU is then the request's own.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent

PROBE = r"""
import sys, time
sys.path.insert(0, {tests!r})
from conftest import make_context, loader_for, CORPUS
import mandate_graph.api.app as appmod
from fastapi.testclient import TestClient
if sys.argv[1] == "cold":
    appmod.warm_routes = lambda app: 0
ctx = make_context()
loader_for(ctx).load([CORPUS])
with TestClient(appmod.create_app(ctx)) as client:
    started = time.process_time()
    client.get("/api/lineage/x?format=nope")
    first = time.process_time() - started
    started = time.process_time()
    client.get("/api/lineage/x?format=nope")
    second = time.process_time() - started
print(first, second)
"""


def measure(mode: str) -> tuple[float, float]:
    code = PROBE.format(tests=str(ROOT / "tests"))
    out = subprocess.run([sys.executable, "-c", code, mode], capture_output=True, text=True, check=True, cwd=ROOT)
    first, second = out.stdout.split()[-2:]
    return float(first), float(second)


LIMIT_MS = 100.0
SETTLED = False  # --settled: the first pages in process once the start's work is done, not over HTTP


def store_pages(store: Path) -> list[tuple[str, str]]:
    """(name, path) of the pages measured: their entities taken from the store (read-only)."""
    from bench.bench_serve_scale import probe

    found = probe(store)
    return [("/mandates", "/mandates"), ("/", "/"), ("/id/<body>", f"/id/{found['body']}"),
            ("/search", "/search?" + urlencode({"q": found["body_label"]}))]


SETTLED_PROBE = r"""
import json, sys, time
from fastapi.testclient import TestClient
from mandate_graph.api.app import create_app
from mandate_graph.graph.context import Context
from mandate_graph.graph.settings import Settings
ctx = Context.open(Settings.from_env(store=sys.argv[1]))
with TestClient(create_app(ctx)) as client:  # the lifespan: the start's background work, then idle
    started = time.perf_counter()
    while not ctx.values_current():
        time.sleep(0.05)
    settled = time.perf_counter() - started
    out = []
    for _ in range(2):
        cpu, wall = time.process_time(), time.perf_counter()
        answer = client.get(sys.argv[2], headers={"Accept": "text/html"})
        assert answer.status_code == 200, answer.text[:300]
        out.append([(time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000])
print(json.dumps([settled, *out]))
"""


def settled_first_page(store: Path, code: Path | None, path: str) -> tuple[float, float, float, float]:
    """In a fresh process, once its start's background work is done: (first wall ms, its CPU ms,
    again wall, its CPU), the process's CPU (nothing else runs in it then)."""
    from bench.bench_first_tracker import environment

    found = subprocess.run([sys.executable, "-c", SETTLED_PROBE, str(store), path], cwd=ROOT, env=environment(code),
                           capture_output=True, text=True, check=True)
    _, (first, first_cpu), (again, again_cpu) = json.loads(found.stdout.strip().splitlines()[-1])
    return first, first_cpu, again, again_cpu


def first_pages(store: Path, code: Path | None, pages: list[tuple[str, str]]) -> dict[str, tuple[float, float, float, float]]:
    """Per page, in a fresh server each: (first wall ms, its server CPU ms, again wall, its CPU)."""
    from bench.bench_first_tracker import Server

    out = {}
    for name, path in pages:
        if SETTLED:
            out[name] = settled_first_page(store, code, path)
            continue
        server = Server(store, code)
        try:
            server.health()
            first, first_cpu = server.timed(path)
            again, again_cpu = server.timed(path)
            out[name] = (first, first_cpu, again, again_cpu)
        finally:
            server.stop()
    return out


def store_main(store: Path, code: Path | None, rounds: int) -> None:
    sys.path.insert(0, str(ROOT))  # the bench package, for its other benches' helpers
    pages = store_pages(store)
    codes: dict[str, Path | None] = {"this checkout": None}
    if code is not None:
        codes = {"code " + str(code): code, **codes}
    runs: dict[str, list[dict[str, tuple[float, float, float, float]]]] = {name: [] for name in codes}
    print(f"store {store}, load average {os.getloadavg()[0]:.1f}", flush=True)
    for n in range(rounds):  # alternated: the machine's drift hits both alike
        for name, src in codes.items():
            found = first_pages(store, src, pages)
            runs[name].append(found)
            print(f"  round {n + 1}, {name}: " + "; ".join(
                f"{page} first {f:,.0f} ms ({f / LIMIT_MS:.2f}×), CPU {fc:,.0f} ms; again {a:,.0f} ms, CPU {ac:,.0f}"
                for page, (f, fc, a, ac) in found.items()), flush=True)
    print(f"medians of {rounds} (load average {os.getloadavg()[0]:.1f}):")
    medians = {name: {page: [statistics.median(r[page][i] for r in rs) for i in range(4)] for page, _ in pages}
               for name, rs in runs.items()}
    for page, _ in pages:
        line = "; ".join(f"{name}: first {m[page][0]:,.0f} ms ({m[page][0] / LIMIT_MS:.2f}×), CPU {m[page][1]:,.0f} ms,"
                         f" again {m[page][2]:,.0f} ms, CPU {m[page][3]:,.0f}" for name, m in medians.items())
        print(f"  {page}: {line}")
        if code is not None:
            this, other = medians["this checkout"][page], medians["code " + str(code)][page]
            print(f"    this checkout / code, same run: first wall {this[0] / other[0]:.2f}, first CPU "
                  f"{this[1] / max(other[1], 1e-9):.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--store", type=Path, help="a settled copy of a store: its first pages over HTTP")
    parser.add_argument("--code", type=Path, help="a folder holding another checkout's mandate_graph package")
    parser.add_argument("--settled", action="store_true",
                        help="with --store: in process (TestClient with its lifespan), each page asked once the "
                             "start's background work is done: the CPU of the first request itself")
    args = parser.parse_args()
    global SETTLED
    SETTLED = args.settled
    if args.store is not None:
        store_main(args.store, args.code, args.rounds)
        return
    runs: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": []}
    for _ in range(args.rounds):  # interleaved: the machine's drift hits both alike
        for mode in runs:
            runs[mode].append(measure(mode))
    medians = {m: (statistics.median(r[0] for r in rs), statistics.median(r[1] for r in rs)) for m, rs in runs.items()}
    for mode, (first, second) in medians.items():
        print(f"{mode}: first request {first * 1000:.1f} ms CPU, second {second * 1000:.1f} ms (medians of {args.rounds})")
    print(f"first request, warm / cold: {medians['warm'][0] / medians['cold'][0]:.2f}")


if __name__ == "__main__":
    main()

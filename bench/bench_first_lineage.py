"""The first lineage request after `mandates serve` starts: on an unchanged store, and after a write.

    python bench/bench_first_lineage.py --store /work/bench-serve/synthetic-10000000/store [--restarts 3] [--requests 3]
    python bench/bench_first_lineage.py --store /tmp/syn-1m/store --after-write [--restarts 3]

Works on a checkpoint of the store in a temporary folder (hard links; the store itself is only
read), with the store's saved values (``mandate-graph-views/``: its revision token and the saved
lineage view, hard-linked: a saved file is never changed in place) when it has them: the
checkpoint holds the same content, so the same token names it. Then:

1. *prepare*: when no lineage view is saved for that content, serve once until the view is
   built and saved (79 s at 10 M triples; the SPARQL engine answers meanwhile), then stop;
   with ``--settle``, serve (again) until the server's start has built and saved its other
   values beside the store too (its CPU quiet): without it every restart below builds them
   again (the search index, the lists, the statuses: tens of CPU seconds at 1 M, minutes at
   10 M) in the same process as the lineage request measured;
2. *unchanged*: ``--restarts`` times, start ``mandates serve --no-load``, and as soon as
   ``/health`` answers ask ``/api/lineage/<instrument>?direction=both&depth=3`` (a different
   instrument that cites and is cited each time), then ``--requests`` - 1 more, 0.5 s apart;
3. *after a write*: the same, each restart after a write to the stopped store (one small
   graph added through `OxigraphStore`, as `mandates load` writes): the saved view is of
   another revision, so the server rebuilds it in the background and the SPARQL engine
   answers meanwhile.

With ``--after-write``, instead of 2 and 3: one server runs; ``--restarts`` times, a document
of the corpus (its evidence renamed, so that each is a document of its own) is PUT into a new
named graph through the Graph Store protocol, and the first lineage request follows at once:
the saved view is updated in place from the graph the PUT wrote (`graph/lineage_update.py`:
an overlay of the rows it changed over the unchanged file, `graph/lineage_overlay.py`), by the
PUT itself before it answers (`graph.context.Context.after_write`), and answers. The PUT's
time and the server's CPU meanwhile, the update included, are printed beside. Then
``--restarts`` restarts of the server on the store so written: the first request reads the
overlay over its base.

With ``--in-process``: no server; the same PUTs as ``--after-write``, each a write of the store
opened in this process, then the view brought up to date (`LineageView.fresh`): the update's
CPU (this thread's) and wall time, and the first walk after it, from the updated view.

Prints each answer's time, the engine that gave it, and the p50 of the first requests of each
phase against the limit of issue 13 (100 ms), measured in the same run, with the load average
(2 cores shared with other work: compare ranges over runs).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx
import psutil
import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mandate_graph.graph.namespaces import PREFIXES  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from mandate_graph.graph.store import OxigraphStore  # noqa: E402
from mandate_graph.graph.store.revision import FOLDER  # noqa: E402
from tests.support.http_server import free_port  # noqa: E402

LIMIT_MS = 100.0
QUIET_CPU_PERCENT = 5.0  # a server's CPU over 3 s below this: its start's work is done
VIEW = "lineage-view-*.sqlite"  # graph.lineage.LineageView.SAVED_PREFIX + the revision token

ROOTS = """
SELECT DISTINCT ?x WHERE { ?x mg:cites ?y . ?z mg:cites ?x . ?x mg:adoptedOn ?d } LIMIT 400
"""


def checkpoint(store: Path, target: Path) -> None:
    """A checkpoint of ``store`` in ``target``, with the values saved beside it."""
    ox.Store.read_only(str(store)).backup(str(target))
    saved = store / FOLDER
    if saved.is_dir():
        (target / FOLDER).mkdir()
        for item in saved.iterdir():
            if item.match(VIEW):
                try:  # hundreds of MB at 10 M triples, never written in place: a link will do
                    os.link(item, target / FOLDER / item.name)
                except OSError:  # another file system
                    shutil.copy2(item, target / FOLDER / item.name)
            elif item.is_file() and not item.name.endswith(".partial"):
                shutil.copy2(item, target / FOLDER / item.name)


def pick_roots(store: Path, count: int) -> list[str]:
    """``count`` instruments that cite and are cited, spread over the graph (id paths)."""
    opened = ox.Store.read_only(str(store))
    found = [row["x"].value for row in opened.query(ROOTS, prefixes=PREFIXES, use_default_graph_as_union=True)]  # type: ignore[call-overload, union-attr]
    if len(found) < count:
        raise SystemExit(f"{store}: only {len(found)} instruments that cite and are cited")
    step = len(found) // count
    return [found[i * step].removeprefix(DEFAULT_BASE_IRI) for i in range(count)]


TOKEN = "bench-first-lineage"
# `mandates serve`, with the log lines of the lineage view's updates in place (their CPU) on stderr.
_SERVE_LOGGING_UPDATES = (
    "import logging, runpy; logging.basicConfig(level=logging.WARNING, format='%(name)s: %(message)s'); "
    "logging.getLogger('mandate_graph.graph.lineage_update').setLevel(logging.INFO); "
    "runpy.run_module('mandate_graph.cli', run_name='__main__')"
)


class Server:
    def __init__(self, store: Path, log: Path | None = None) -> None:
        self.port = free_port()
        env = dict(os.environ, MANDATES_STORE=str(store), MANDATES_BASE_IRI=DEFAULT_BASE_IRI, MANDATES_UPDATE_TOKEN=TOKEN)
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            [sys.executable, "-c", _SERVE_LOGGING_UPDATES, "serve", "--no-load", "--port", str(self.port)],
            cwd=str(ROOT), env=env, stdout=subprocess.DEVNULL,
            stderr=log.open("a") if log is not None else subprocess.DEVNULL)
        self.client = httpx.Client(base_url=f"http://127.0.0.1:{self.port}", timeout=300)
        while True:
            if self.process.poll() is not None:
                sys.exit("the server exited")
            try:
                if self.client.get("/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.02)
        self.health_s = time.perf_counter() - self.started

    def lineage(self, instrument: str) -> tuple[float, str, float]:
        """(milliseconds, engine, server CPU ms meanwhile) of one lineage request."""
        process = psutil.Process(self.process.pid)
        cpu = sum(process.cpu_times()[:2])
        t = time.perf_counter()
        answer = self.client.get(f"/api/lineage/{instrument}", params={"direction": "both", "depth": 3})
        ms = (time.perf_counter() - t) * 1000
        engine = answer.json().get("engine") if answer.status_code == 200 else f"status {answer.status_code}"
        return ms, str(engine), 1000 * (sum(process.cpu_times()[:2]) - cpu)

    def put(self, graph: str, ntriples: str) -> tuple[float, float]:
        """(milliseconds, server CPU ms meanwhile) of a Graph Store PUT of ``ntriples`` as the
        named graph ``graph``."""
        process = psutil.Process(self.process.pid)
        cpu = sum(process.cpu_times()[:2])
        t = time.perf_counter()
        answer = self.client.put("/store", params={"graph": graph}, content=ntriples.encode(),
                                 headers={"Content-Type": "application/n-triples", "Authorization": f"Bearer {TOKEN}"})
        if answer.status_code not in (201, 204):
            sys.exit(f"PUT {graph}: {answer.status_code} {answer.text[:200]}")
        return (time.perf_counter() - t) * 1000, 1000 * (sum(process.cpu_times()[:2]) - cpu)

    def stop(self) -> None:
        self.client.close()
        self.process.terminate()
        self.process.wait(timeout=120)


def serve_until_saved(store: Path, instrument: str, timeout: float, settle: bool) -> None:
    """Serve until the lineage view is saved beside the store; ``settle``: and on until the
    server's start has built and saved its other values too (search index, lists, statuses:
    its CPU quiet), so that the restarts measured are restarts of a store served before."""
    server = Server(store)
    started = time.perf_counter()
    try:
        while time.perf_counter() - started < timeout:
            if server.lineage(instrument)[1] == "networkx":
                print(f"prepare: the lineage view was built and saved in {time.perf_counter() - started:.0f} s "
                      f"({sum(f.stat().st_size for f in (store / FOLDER).glob(VIEW)) / 1e6:.0f} MB)", flush=True)
                break
            time.sleep(5)
        else:
            sys.exit(f"prepare: no lineage view after {timeout:.0f} s")
        process = psutil.Process(server.process.pid)
        while settle and time.perf_counter() - started < timeout:
            if process.cpu_percent(interval=3.0) < QUIET_CPU_PERCENT:
                print(f"prepare: the server's start done (CPU quiet) after {time.perf_counter() - started:.0f} s", flush=True)
                return
        if settle:
            sys.exit(f"prepare: the server still busy after {timeout:.0f} s")
    finally:
        server.stop()


def phase(name: str, store: Path, roots: list[str], requests: int, before_each=None) -> list[float]:  # type: ignore[no-untyped-def]
    firsts = []
    for n, instrument in enumerate(roots):
        if before_each is not None:
            before_each(n)
        server = Server(store)
        try:
            line = []
            for i in range(requests):
                ms, engine, cpu = server.lineage(instrument)
                if i == 0:
                    firsts.append(ms)
                line.append(f"{ms:.1f} ms ({engine}, CPU {cpu:.0f} ms)")
                time.sleep(0.5)
            print(f"{name} #{n + 1}: /health after {server.health_s:.1f} s; {instrument}: " + ", ".join(line)
                  + f"; load {os.getloadavg()[0]:.1f}", flush=True)
        finally:
            server.stop()
    return firsts


def write_something(store: Path, n: int) -> None:
    """A small write with the server stopped, through the store as `mandates load` writes:
    the store's revision changes, the saved view no longer names its content."""
    opened = OxigraphStore(store)
    try:
        opened.replace_graphs({f"https://example.org/bench-first-lineage/{n}": f'<https://example.org/s{n}> '
                               f'<http://www.w3.org/2000/01/rdf-schema#label> "bench write {n}" .\n'})
    finally:
        opened.close()


def corpus_documents() -> list[str]:
    """The N-Triples of each document of the corpus, as the loader writes its graph."""
    from tests.conftest import loader_for, make_context

    ctx = make_context()
    documents = sorted((ROOT / "corpus").glob("*.txt"))
    loader_for(ctx).load(documents)
    found = []
    for document in documents:
        graphs = [g for g in ctx.store.named_graphs() if document.stem.split("_")[-1] in g]
        if graphs:
            found.append(ctx.store._store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graphs[0])).decode())  # type: ignore[attr-defined]
    if not found:
        raise SystemExit("no corpus document read")
    return found


def after_put(store: Path, roots: list[str], requests: int) -> list[float]:
    """The first lineage request after each Graph Store PUT of a document, one server running."""
    documents = corpus_documents()
    log = store.parent / "server.log"
    server = Server(store, log)
    firsts = []
    try:
        while server.lineage(roots[-1])[1] != "networkx":  # the saved view opened
            time.sleep(0.5)
        for n, instrument in enumerate(roots[:-1]):
            text = documents[n % len(documents)].replace("/evidence/", f"/evidence/bench-put-{n}/")
            put_ms, put_cpu = server.put(f"https://example.org/bench-first-lineage/put/{n}", text)
            line = []
            for i in range(requests):
                ms, engine, cpu = server.lineage(instrument)
                if i == 0:
                    firsts.append(ms)
                line.append(f"{ms:.1f} ms ({engine}, CPU {cpu:.0f} ms)")
                time.sleep(0.5)
            print(f"after PUT #{n + 1} ({len(text.splitlines())} triples, {put_ms:.0f} ms, CPU {put_cpu:.0f} ms); {instrument}: "
                  + ", ".join(line) + f"; load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        server.stop()
    for line in log.read_text().splitlines():
        if "lineage view updated in place" in line:
            print("  " + line[line.find("lineage view"):])
    print("the saved view: " + ", ".join(f"{f.name[len('lineage-view-'):][:8]}… {f.stat().st_size / 1e6:.1f} MB"
                                         for f in sorted((store / FOLDER).glob(VIEW), key=lambda f: f.stat().st_size)))
    return firsts


def in_process(store: Path, roots: list[str], requests: int) -> list[float]:
    """The update of the saved view after each write of a corpus document, in this process:
    its thread CPU, and the first walk after it (ms)."""
    from mandate_graph.graph import lineage_update
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.lineage import LineageView, walk_graph

    documents = corpus_documents()
    opened = OxigraphStore(store)
    firsts = []
    try:
        view = LineageView(opened, Identifiers(DEFAULT_BASE_IRI))
        if not view.open_saved():
            sys.exit("in process: no saved view for the store's content")
        for n, instrument in enumerate(roots[:-1]):
            text = documents[n % len(documents)].replace("/evidence/", f"/evidence/bench-put-{n}/")
            opened.replace_graphs({f"https://example.org/bench-first-lineage/put/{n}": text})
            cpu, wall = time.thread_time(), time.perf_counter()
            view.fresh()
            cpu, wall = 1000 * (time.thread_time() - cpu), 1000 * (time.perf_counter() - wall)
            report = lineage_update.last_update
            walk_cpu, walk = time.thread_time(), time.perf_counter()
            walk_graph(view.graph, DEFAULT_BASE_IRI + instrument, "both", 3, "networkx")
            firsts.append(1000 * (time.perf_counter() - walk))
            files = sorted((store / FOLDER).glob(VIEW), key=lambda f: f.stat().st_size)
            print(f"write #{n + 1} ({len(text.splitlines())} triples): the view's update {cpu:.0f} ms CPU, {wall:.0f} ms wall"
                  + (f" (reading {1000 * report.read_s:.0f} ms, writing {1000 * report.write_s:.0f} ms wall)" if report else " (built whole)")
                  + f"; then the walk {firsts[-1]:.1f} ms ({1000 * (time.thread_time() - walk_cpu):.1f} ms CPU); files "
                  + ", ".join(f"{f.stat().st_size / 1e6:.1f} MB" for f in files) + f"; load {os.getloadavg()[0]:.1f}", flush=True)
    finally:
        opened.close()
    return firsts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path, required=True, help="an existing store (only read)")
    parser.add_argument("--restarts", type=int, default=3, help="restarts per phase")
    parser.add_argument("--requests", type=int, default=3, help="lineage requests after each restart")
    parser.add_argument("--prepare-timeout", type=float, default=1800)
    parser.add_argument("--after-write", action="store_true",
                        help="the first request after a Graph Store PUT of a document, the server running")
    parser.add_argument("--settle", action="store_true",
                        help="first serve until the server's start has saved all its values beside the store")
    parser.add_argument("--in-process", action="store_true",
                        help="the view's update after a write of a document, and the walk after it, in this process")
    args = parser.parse_args()
    roots = pick_roots(args.store, 2 * args.restarts + 1)
    print(f"{args.store}: lineage, depth 3, both directions; {os.cpu_count()} cores, "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-first-lineage-") as tmp:
        store = Path(tmp) / "store"
        checkpoint(args.store, store)
        if args.settle or not list((store / FOLDER).glob(VIEW)):
            serve_until_saved(store, roots[-1], args.prepare_timeout, args.settle)
        if args.in_process:
            phases = [("walk after the update in place, in process", in_process(store, roots[args.restarts:], args.requests))]
        elif args.after_write:
            phases = [("after a Graph Store PUT of a document", after_put(store, roots[args.restarts:], args.requests)),
                      ("after a restart following the PUTs", phase("restart after the PUTs", store,
                                                                   roots[:args.restarts], args.requests))]
        else:
            unchanged = phase("unchanged", store, roots[:args.restarts], args.requests)
            written = phase("after a write", store, roots[args.restarts:2 * args.restarts], args.requests,
                            before_each=lambda n: write_something(store, n))
            phases = [("after a restart, unchanged store", unchanged), ("after a restart, after a write", written)]
    for name, firsts in phases:
        p50 = statistics.median(firsts)
        print(f"first request {name}: p50 {p50:.1f} ms = {p50 / LIMIT_MS:.2f}x the "
              f"{LIMIT_MS:.0f} ms limit (each: {', '.join(f'{ms:.0f}' for ms in firsts)} ms)")


if __name__ == "__main__":
    main()

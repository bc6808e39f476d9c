"""How long the first open of the store takes after a process was killed (SIGKILL) in the
middle of a big update (issue 12, finding 6: "the first open after a kill during a big update
took 55 s").

    .venv/bin/python bench/bench_kill_open.py [--mb 10] [--files 200] [--kill-after 3]

Builds a corpus with bench/make_corpus.py and loads it into an on-disk store (`mandates
load`), then, in a child process, starts one big SPARQL update on it (copying every source
graph into one more graph: a transaction of the store's size) and kills the child with
SIGKILL ``--kill-after`` seconds into it. Then it times, in fresh processes, the first open
of the store (RocksDB replays its write-ahead log here), a query on it, and a second open,
and checks that the killed update left nothing behind (all or nothing).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASE = "https://w3id.org/mandate-graph/id/"
COPY_GRAPH = "urn:bench:copy"
BIG_UPDATE = f"INSERT {{ GRAPH <{COPY_GRAPH}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"

# Run in a fresh process each: open the store, count its quads and the copy's, print timings.
OPEN_AND_QUERY = """
import sys, time
started = time.perf_counter()
from mandate_graph.graph.store import OxigraphStore
store = OxigraphStore(sys.argv[1])
opened = time.perf_counter() - started
quads, copied = store.count(), store.count(sys.argv[2])
queried = time.perf_counter() - started - opened
distinct = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != <%s>) } }"
triples = int(next(iter(store.query(distinct % sys.argv[2])))["n"].value)
print(f"{opened:.2f} {queried:.2f} {quads} {copied} {triples}")
store.close()
"""

UPDATE = """
import sys
from mandate_graph.graph.store import OxigraphStore
store = OxigraphStore(sys.argv[1])
print("started", flush=True)
store.update(sys.argv[2])
print("finished", flush=True)
"""


def run(*args: str) -> str:
    return subprocess.run([sys.executable, *args], cwd=ROOT, check=True, capture_output=True, text=True,
                          env={**os.environ, "MANDATES_BASE_IRI": BASE}).stdout


def open_once(store: Path) -> tuple[float, float, int, int, int]:
    """Seconds to open, seconds to count; quads, quads in the copy, distinct triples to copy."""
    opened, queried, quads, copied, triples = run("-c", OPEN_AND_QUERY, str(store), COPY_GRAPH).split()
    return float(opened), float(queried), int(quads), int(copied), int(triples)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=10.0)
    parser.add_argument("--files", type=int, default=200)
    parser.add_argument("--kill-after", type=float, nargs="+", default=[3.0],
                        help="seconds into the update (several: one kill each, in turn, on the same store)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus, store = Path(tmp) / "corpus", Path(tmp) / "store"
        run("bench/make_corpus.py", str(corpus), "--mb", str(args.mb), "--files", str(args.files))
        started = time.perf_counter()
        run("-m", "mandate_graph.cli", "--store", str(store), "load", str(corpus))
        print(f"loaded {args.mb:g} MB in {args.files} files in {time.perf_counter() - started:.0f} s")
        opened, queried, quads, _, triples = open_once(store)
        print(f"clean open: {opened:.2f} s, count {queried:.2f} s, {quads} quads, {triples} distinct triples")

        for kill_after in args.kill_after:
            child = subprocess.Popen([sys.executable, "-c", UPDATE, str(store), BIG_UPDATE], cwd=ROOT,
                                     stdout=subprocess.PIPE, text=True)
            assert child.stdout is not None and child.stdout.readline().strip() == "started"
            started = time.perf_counter()
            try:
                child.wait(timeout=kill_after)
                print(f"the update finished in {time.perf_counter() - started:.1f} s, before {kill_after:g} s: nothing to kill")
                return
            except subprocess.TimeoutExpired:
                child.send_signal(signal.SIGKILL)
                child.wait()
            print(f"\nupdate copying {triples} triples killed {time.perf_counter() - started:.1f} s in "
                  f"(exit {child.returncode}), load average {os.getloadavg()[0]:.1f}")
            for name in ("first open after the kill", "second open"):
                opened, queried, after, copied, _ = open_once(store)
                state = ("nothing of the update" if after == quads and copied == 0 else
                         "all of the update (it committed before the kill)" if copied == triples
                         and after == quads + triples else "PART of the update")
                print(f"{name}: {opened:.2f} s, count {queried:.2f} s, {after} quads, {copied} in the copy: {state}")
            if copied:
                return  # the store has changed: later kill points would measure something else


if __name__ == "__main__":
    main()

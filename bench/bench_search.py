"""Search with the text index (graph/search_index.py) against the scan it replaces, at 1 M and 10 M triples.

    python bench/bench_search.py [--folder /tmp/mandates-bench-serve] [--sizes 1000000,10000000] [--repeat 15]

Uses the synthetic stores that bench/bench_serve_scale.py builds (``FOLDER/synthetic-N/store``,
with ``built.json``); opens them read-only and never rebuilds them (build them with that bench).
For each size it prints:

- the index build: wall and CPU seconds (of which reading the store), the file's size, and
  the process's peak memory; then an update with nothing changed (what every write costs at
  least: the store is read again to find the graphs whose rows changed);
- `EntityReader.search` in process (what /api/search and /search call; HTTP excluded) for a
  few needles: the median of ``--repeat`` with the index, as a ratio of issue 13's 100 ms;
  and, for the body label the HTTP bench searches for, the scan's two queries once in the
  same run against the index's rows for them, and the ratio of the two.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_serve_scale import probe  # noqa: E402
from mandate_graph.graph import search_index  # noqa: E402
from mandate_graph.graph.entities import EntityReader  # noqa: E402
from mandate_graph.graph.identifiers import Identifiers  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from mandate_graph.graph.store import OxigraphStore  # noqa: E402

LIMIT_MS = 100.0
# Needles of each kind: common (the limits cut the hits), rare, under 3 characters (read row
# by row, not from the trigram index), and nowhere.
NEEDLES = ["the", "firearms", "zz", "no such text anywhere 4711"]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(call) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return time.perf_counter() - wall, time.process_time() - cpu


def measure(store_path: Path, repeat: int, reread: bool = True) -> None:
    body_label = probe(store_path)["body_label"]
    store = OxigraphStore(store_path, read_only=True)
    reader = EntityReader(store, Identifiers(DEFAULT_BASE_IRI))
    index = search_index.index_for(store, DEFAULT_BASE_IRI)
    wall, cpu = timed(lambda: index.update(store))
    print(f"  index build: {wall:.1f} s wall, {cpu:.1f} s CPU (reading the store {index.last_update['read_cpu_s']:.1f} s CPU); "
          f"file {index.size_bytes() / 1e6:.0f} MB; peak memory of the process {peak_rss_mb():.0f} MB", flush=True)
    if reread:
        wall, cpu = timed(lambda: index.update(store))
        print(f"  update with nothing changed: {wall:.1f} s wall, {cpu:.1f} s CPU", flush=True)
    for needle in [body_label, *NEEDLES]:
        for limit in (50, 200):
            times = []
            for _ in range(repeat):
                started = time.perf_counter()
                hits = reader.search(needle, limit=limit)
                times.append(time.perf_counter() - started)
            p50 = statistics.median(times) * 1000
            print(f"  search {needle[:40]!r:44} limit {limit:3}: {len(hits):3} hits, p50 {p50:7.1f} ms "
                  f"= {p50 / LIMIT_MS:.2f} of 100 ms", flush=True)
    # The scan, as before the index (its two queries, as `EntityReader.search` runs them when
    # the index is not current), and the index's rows for the same needle.
    started = time.perf_counter()
    scanned = (reader._scan_names(body_label), reader._scan_quotes(body_label))
    scan = time.perf_counter() - started
    started = time.perf_counter()
    indexed = search_index.search(store, DEFAULT_BASE_IRI, body_label)
    with_index = time.perf_counter() - started
    print(f"  scan of {body_label[:40]!r}: {scan * 1000:.0f} ms; the index's rows {with_index * 1000:.1f} ms "
          f"({scan / with_index:.0f}x quicker; same rows: {indexed == scanned})", flush=True)
    search_index.discard(store)
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=Path("/tmp/mandates-bench-serve"))
    parser.add_argument("--sizes", default="1000000,10000000")
    parser.add_argument("--repeat", type=int, default=15)
    parser.add_argument("--no-reread", action="store_true", help="skip the update with nothing changed (its time is the build's reading)")
    args = parser.parse_args()
    for size in (int(s) for s in args.sizes.split(",")):
        folder = args.folder / f"synthetic-{size}"
        if not (folder / "built.json").exists():
            sys.exit(f"{folder}: no synthetic store (build it with bench/bench_serve_scale.py --folder {args.folder})")
        print(f"{size:,} triples ({folder / 'store'}):", flush=True)
        measure(folder / "store", args.repeat, not args.no_reread)
        print(f"  load average {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()

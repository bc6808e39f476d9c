"""Lineage latency: the networkx view vs SPARQL property paths, on the corpus and on a
synthetic graph of a million triples.

    python bench/bench_lineage.py [--triples 1000000] [--repeat 5] [--roots 10]

For each graph: the one-time cost of building the networkx view (reported apart), then per
query shape and engine the median and p95 latency *per query* over instruments spread through
the graph:

- ``lineage``: the API's shape: a depth-limited walk up or down, with evidence on every edge
  (networkx: `LineageView.lineage`; SPARQL: `SparqlLineage.lineage`, a ``(step)?/...``
  property path for the nodes in reach + three queries for attributes, edges and evidence).
  Both return the same answer (checked here too).
  On disk, also ``saved``: the same walk on the view saved beside the store
  (`graph.lineage_file`), as a restarted server reads it (same answers, checked).
- ``reachable``: everything upstream/downstream at any depth, no evidence (networkx BFS vs one
  ``(step)+`` property path).

Target: under 50 ms per lineage query at a million triples. The synthetic graph comes from
bench/make_synthetic.py and is bulk-loaded into an on-disk Oxigraph store in a temp folder.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_synthetic import generate  # noqa: E402
from mandate_graph.graph.identifiers import Identifiers  # noqa: E402
from mandate_graph.graph.lineage import LineageView, SparqlLineage, sparql_reachable  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from mandate_graph.graph.store import GraphStore, OxigraphStore  # noqa: E402


def per_query(fn: Callable[[str], object], roots: list[str], repeat: int) -> tuple[float, float]:
    """Median and p95 latency in ms of one call, over every root, ``repeat`` times."""
    times = []
    for _ in range(repeat):
        for root in roots:
            started = time.perf_counter()
            fn(root)
            times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def pick_roots(view: LineageView, count: int) -> list[str]:
    """Instruments with some lineage (two arrows or more), spread evenly over the graph."""
    found = sorted(
        n for n, attrs in view.graph.nodes(data=True) if attrs.get("kind") == "instrument" and view.graph.degree(n) >= 2
    )
    step = max(1, len(found) // count)
    return found[::step][:count]


def run(name: str, store: GraphStore, ids: Identifiers, repeat: int, count: int) -> list[tuple]:
    view = LineageView(store, ids)
    started = time.perf_counter()
    view.fresh()
    build = time.perf_counter() - started
    print(f"\n{name}: {store.count():,} quads; networkx view built in {build:.2f} s "
          f"({view.graph.number_of_nodes():,} nodes, {view.graph.number_of_edges():,} edges) — one-time, "
          "repeated only after a write")
    sparql = SparqlLineage(store, ids)
    # The view saved beside an on-disk store (graph.lineage_file), as a restarted server opens it.
    saved = LineageView(store, ids)
    started = time.perf_counter()
    if saved.open_saved():
        print(f"  saved view opened in {(time.perf_counter() - started) * 1000:.1f} ms ({saved.opened_from})")
    roots = pick_roots(view, count)
    rows = []
    print(f"  {'shape':34} {'engine':9} {'p50 ms':>8} {'p95 ms':>8} {'nodes':>7}")
    for direction in ("up", "down"):
        for depth in (2, 4):
            sizes = [len(view.lineage(r, direction, depth).nodes) for r in roots]  # type: ignore[arg-type]
            same = all(
                view.lineage(r, direction, depth).nodes == sparql.lineage(r, direction, depth).nodes  # type: ignore[arg-type]
                for r in roots
            )
            engines: list[tuple[str, Callable[[str], object]]] = [
                ("networkx", lambda r: view.lineage(r, direction, depth)),  # type: ignore[arg-type]
                ("sparql", lambda r: sparql.lineage(r, direction, depth)),  # type: ignore[arg-type]
            ]
            if saved.opened_from is not None:
                assert all(saved.lineage(r, direction, depth) == view.lineage(r, direction, depth)  # type: ignore[arg-type]
                           for r in roots), "the saved view answers differently"
                engines.insert(1, ("saved", lambda r: saved.lineage(r, direction, depth)))  # type: ignore[arg-type]
            for engine, fn in engines:
                p50, p95 = per_query(fn, roots, repeat)
                shape = f"lineage {direction} depth {depth} + evidence"
                rows.append((name, shape, engine, p50, p95))
                print(f"  {shape:34} {engine:9} {p50:8.2f} {p95:8.2f} {statistics.mean(sizes):7.0f}"
                      + ("" if same or engine != "sparql" else "  (answers differ!)"))
        sizes = [len(view.reachable(r, direction)) for r in roots]  # type: ignore[arg-type]
        for engine, fn in (
            ("networkx", lambda r: view.reachable(r, direction)),  # type: ignore[arg-type]
            ("sparql", lambda r: sparql_reachable(store, r, direction)),  # type: ignore[arg-type]
        ):
            p50, p95 = per_query(fn, roots, max(1, repeat // 2))
            shape = f"reachable {direction} any depth"
            rows.append((name, shape, engine, p50, p95))
            print(f"  {shape:34} {engine:9} {p50:8.2f} {p95:8.2f} {statistics.mean(sizes):7.0f}")
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--roots", type=int, default=10)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    ids = Identifiers(DEFAULT_BASE_IRI)

    from mandate_graph.graph.context import Context
    from mandate_graph.graph.settings import Settings
    from mandate_graph.loaders.pipeline import Loader

    corpus = Context.open(Settings.from_env(store="memory", base_iri=DEFAULT_BASE_IRI))
    Loader(corpus.store, corpus.ids, corpus.registry).load([ROOT / "corpus"])
    run("corpus (in memory)", corpus.store, ids, args.repeat, args.roots)

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "synthetic.nt"
        started = time.perf_counter()
        count = generate(data, args.triples, seed=args.seed)
        print(f"\nsynthetic graph: {count:,} triples ({data.stat().st_size / 1e6:.0f} MB of N-Triples) "
              f"generated in {time.perf_counter() - started:.1f} s")
        store = OxigraphStore(Path(tmp) / "store")
        started = time.perf_counter()
        store.bulk_load(data, ids.source_graph("synthetic"))
        print(f"bulk-loaded into an on-disk Oxigraph store in {time.perf_counter() - started:.1f} s")
        run("synthetic (on disk)", store, ids, args.repeat, args.roots)
        store.close()


if __name__ == "__main__":
    main()

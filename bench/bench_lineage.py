"""Lineage latency: networkx view vs SPARQL property paths, on the corpus and a synthetic graph.

    python bench/bench_lineage.py [--triples 1000000] [--repeat 20]

Prints, for each graph: the one-time cost of building the networkx view, then the median and
p95 latency of an upstream and a downstream walk from instruments spread over the graph,
for both engines. Target: under 50 ms per lineage query at a million triples.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.make_synthetic import generate  # noqa: E402
from graph.identifiers import Identifiers  # noqa: E402
from graph.lineage import LineageView, sparql_reachable  # noqa: E402
from graph.settings import DEFAULT_BASE_IRI  # noqa: E402
from graph.store import GraphStore, OxigraphStore  # noqa: E402


def timed(fn, repeat: int) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    return statistics.median(times), times[min(len(times) - 1, int(len(times) * 0.95))]


def roots(store: GraphStore, count: int) -> list[str]:
    rows = store.query("SELECT ?i WHERE { ?i a mg:Resolution } ORDER BY ?i")
    found = [row["i"].value for row in rows]  # type: ignore[union-attr]
    step = max(1, len(found) // count)
    return found[::step][:count]


def run(name: str, store: GraphStore, ids: Identifiers, repeat: int) -> None:
    view = LineageView(store, ids)
    started = time.perf_counter()
    view.fresh()
    build = time.perf_counter() - started
    print(f"\n{name}: {store.count()} quads; networkx view built in {build:.2f} s "
          f"({view.graph.number_of_nodes()} nodes, {view.graph.number_of_edges()} edges)")
    picks = roots(store, 10)
    print(f"  {'query':38} {'p50 ms':>8} {'p95 ms':>8} {'nodes':>7}")
    for direction in ("up", "down"):
        for depth in (2, 4):
            sizes = []

            def walk() -> None:
                for root in picks:
                    sizes.append(len(view.lineage(root, direction, depth).nodes))  # type: ignore[arg-type]

            p50, p95 = timed(walk, repeat)
            print(f"  networkx {direction:4} depth {depth:<2} (with evidence)  {p50 / len(picks):8.2f} {p95 / len(picks):8.2f} {statistics.mean(sizes):7.0f}")
        sizes = []

        def path() -> None:
            for root in picks:
                sizes.append(len(sparql_reachable(store, root, direction)))  # type: ignore[arg-type]

        p50, p95 = timed(path, max(1, repeat // 4))
        print(f"  SPARQL path {direction:4} any depth (no evidence)  {p50 / len(picks):8.2f} {p95 / len(picks):8.2f} {statistics.mean(sizes):7.0f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    ids = Identifiers(DEFAULT_BASE_IRI)

    from api.context import Context
    from graph.settings import Settings

    corpus = Context.open(Settings.from_env(store="memory", base_iri=DEFAULT_BASE_IRI))
    corpus.load([ROOT / "corpus"])
    run("corpus (in memory)", corpus.store, ids, args.repeat)

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "synthetic.nt"
        started = time.perf_counter()
        count = generate(data, args.triples)
        print(f"\nsynthetic graph: {count} triples generated in {time.perf_counter() - started:.1f} s")
        store = OxigraphStore(Path(tmp) / "store")
        started = time.perf_counter()
        store.bulk_load(data, ids.source_graph("synthetic"))
        print(f"bulk-loaded into an on-disk Oxigraph store in {time.perf_counter() - started:.1f} s")
        run("synthetic (on disk)", store, ids, args.repeat)
        store.close()


if __name__ == "__main__":
    main()

"""The same synthetic graph in both store backends: load time, point lookup and lineage latency.

    .venv/bin/python -m bench.bench_backends [--triples 1000000] [--runs 50] [--reload]

Generates the deterministic synthetic graph of bench/make_synthetic.py (same seed, same
file), then for each backend

- **oxigraph**: an on-disk `OxigraphStore` in a temp folder;
- **virtuoso**: a throw-away Virtuoso (`tests.support.virtuoso.start_virtuoso`, files in the temp
  folder, free ports on 127.0.0.1) reached only through `SparqlHttpStore`, i.e. the SPARQL
  1.1 Query protocol and the Graph Store protocol, as the product reaches any server;

measures

- **load**: the store's own bulk path, `GraphStore.bulk_load` (Oxigraph's bulk loader;
  Graph Store protocol POSTs of N-Triples chunks on Virtuoso); seconds and triples/s.
  With ``--reload`` also the product's transactional path, `GraphStore.replace_graphs` of
  the whole graph (on Virtuoso: checked by pyoxigraph, staged, counted, swapped by one MOVE);
- **point lookup**: the JSON item view of an instrument, what ``/api/instruments/{id}``
  runs (`EntityReader.exists` + `EntityReader.describe`), over ``--roots`` instruments
  spread through the graph, ``--runs`` calls in all: p50 and p95 in ms;
- **lineage** up and down to depth 4 with evidence, what ``/api/lineage/{id}`` runs: the
  networkx view (`LineageView`, built once from *that* store, build time reported apart) and
  SPARQL property paths (`SparqlLineage`), each checked to give the same nodes on both
  backends; p50 and p95 in ms.

Needs Virtuoso (`apt-get install -y virtuoso-opensource`); ``--no-virtuoso`` runs Oxigraph only.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402
from rich.console import Console  # noqa: E402
from rich.table import Table  # noqa: E402

from bench.bench_lineage import pick_roots  # noqa: E402
from bench.make_synthetic import generate  # noqa: E402
from mandate_graph.graph.entities import COLLECTIONS, EntityReader  # noqa: E402
from mandate_graph.graph.identifiers import Identifiers  # noqa: E402
from mandate_graph.graph.lineage import LineageView, SparqlLineage  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI, Settings  # noqa: E402
from mandate_graph.graph.store import GraphStore, OxigraphStore, SparqlHttpStore, StoreError  # noqa: E402

console = Console(width=None if sys.stdout.isatty() else 110)
DEPTH = 4


@dataclass
class Result:
    backend: str
    triples: int = 0
    load_s: float = 0.0
    reload_s: float | None = None
    view_build_s: float = 0.0
    view_size: tuple[int, int] = (0, 0)
    latencies: dict[str, tuple[float, float, float]] = field(default_factory=dict)  # name -> p50, p95, mean size
    notes: list[str] = field(default_factory=list)


def percentiles(times: list[float]) -> tuple[float, float]:
    times = sorted(times)
    return statistics.median(times), times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]


def timed(fn: Callable[[str], object], roots: list[str], runs: int, warmup: int = 2) -> tuple[float, float]:
    """p50 and p95 in ms of ``runs`` calls, cycling through ``roots`` (after a short warm-up
    that is not counted: the first HTTP connection, the first plan)."""
    for root in roots[:warmup]:
        fn(root)
    times = []
    for n in range(runs):
        root = roots[n % len(roots)]
        started = time.perf_counter()
        fn(root)
        times.append((time.perf_counter() - started) * 1000)
    return percentiles(times)


def item_view(reader: EntityReader) -> Callable[[str], object]:
    """What GET /api/instruments/{id} does with the store (api/routes_json.py `_item`)."""
    classes = COLLECTIONS["instruments"][1]

    def run(iri: str) -> object:
        if not reader.exists(iri, classes):
            raise AssertionError(f"{iri} is not an instrument in this store")
        item = reader.describe(iri)
        assert item is not None and item.relations, iri
        return item

    return run


def measure(
    name: str,
    store: GraphStore,
    ids: Identifiers,
    data: Path,
    graph: str,
    args: argparse.Namespace,
    roots: list[str] | None,
    expected: dict[tuple[str, str], list[frozenset[str]]],
) -> tuple[Result, list[str]]:
    result = Result(name)
    console.print(f"[bold]{name}[/]: loading {data.stat().st_size / 1e6:.0f} MB of N-Triples …")
    started = time.perf_counter()
    store.bulk_load(data, graph)
    result.load_s = time.perf_counter() - started
    result.triples = store.count()
    console.print(f"  bulk_load: {result.triples:,} quads in {result.load_s:.1f} s "
                  f"({result.triples / result.load_s:,.0f} triples/s)")
    if args.reload:
        text = data.read_text(encoding="utf-8")
        started = time.perf_counter()
        try:
            store.replace_graphs({graph: text})
            result.reload_s = time.perf_counter() - started
            console.print(f"  replace_graphs (reload of the same graph): {result.reload_s:.1f} s")
        except StoreError as exc:
            result.notes.append(f"replace_graphs failed after {time.perf_counter() - started:.1f} s: {exc}")
            console.print(f"  [red]replace_graphs failed[/]: {exc}")
        del text
        assert store.count() == result.triples, (store.count(), result.triples)

    view = LineageView(store, ids)
    started = time.perf_counter()
    view.fresh()
    result.view_build_s = time.perf_counter() - started
    result.view_size = (view.graph.number_of_nodes(), view.graph.number_of_edges())
    console.print(f"  networkx view built from this store in {result.view_build_s:.1f} s "
                  f"({result.view_size[0]:,} nodes, {result.view_size[1]:,} edges)")
    if roots is None:
        roots = pick_roots(view, args.roots)

    reader = EntityReader(store, ids)
    p50, p95 = timed(item_view(reader), roots, args.runs)
    result.latencies["point lookup: JSON item view"] = (p50, p95, float("nan"))
    console.print(f"  point lookup: p50 {p50:.1f} ms, p95 {p95:.1f} ms")

    sparql = SparqlLineage(store, ids)
    for direction in ("up", "down"):
        for engine, fn in (
            ("networkx view", lambda r: view.lineage(r, direction, DEPTH)),  # type: ignore[arg-type]
            ("SPARQL paths", lambda r: sparql.lineage(r, direction, DEPTH)),  # type: ignore[arg-type]
        ):
            answers = [frozenset(fn(r).nodes) for r in roots]
            key = (direction, engine)
            if key in expected and expected[key] != answers:
                result.notes.append(f"lineage {direction} ({engine}) differs from the first backend's answer")
            expected.setdefault(key, answers)
            p50, p95 = timed(fn, roots, args.runs)
            label = f"lineage {direction} depth {DEPTH}: {engine}"
            result.latencies[label] = (p50, p95, statistics.mean(len(a) for a in answers))
            console.print(f"  {label}: p50 {p50:.1f} ms, p95 {p95:.1f} ms")
    return result, roots


def start_virtuoso_with(directory: Path, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """`tests.support.virtuoso.start_virtuoso`, with TransactionAfterImageLimit raised when asked (the
    swap of `replace_graphs` is one transaction; replacing a million triples needs more log
    than Virtuoso's default 50 MB, see docs/virtuoso.md)."""
    from tests.support.virtuoso import start_virtuoso

    parameters = {"TransactionAfterImageLimit": args.txn_limit} if args.txn_limit else None
    return start_virtuoso(directory, buffers=args.buffers, parameters=parameters)


def machine() -> str:
    try:
        with open("/proc/meminfo") as handle:
            kb = int(next(line for line in handle if line.startswith("MemTotal")).split()[1])
        memory = f"{kb / 1024 / 1024:.0f} GB RAM"
    except (OSError, StopIteration, ValueError):
        memory = "RAM unknown"
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as handle:
            cpu = next(line.split(":", 1)[1].strip() for line in handle if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return (f"{platform.node()}: {cpu}, {os.cpu_count()} cores, {memory}; {platform.platform()}; "
            f"Python {platform.python_version()}, pyoxigraph {ox.__version__}")


def report(results: list[Result], args: argparse.Namespace, count: int, virtuoso_version: str) -> None:
    console.print()
    console.print(f"[bold]bench_backends[/] — {dt.datetime.now().astimezone():%Y-%m-%d %H:%M %Z}")
    console.print(machine())
    if virtuoso_version:
        limit = f", TransactionAfterImageLimit {args.txn_limit:,}" if args.txn_limit else ""
        console.print(f"Virtuoso: {virtuoso_version} (throw-away server, NumberOfBuffers {args.buffers:,}{limit})")
    console.print(f"synthetic graph: {count:,} triples (seed {args.seed}); "
                  f"latencies over {args.runs} calls cycling through {args.roots} instruments")

    load = Table(title="load", title_justify="left")
    load.add_column("backend")
    load.add_column("triples", justify="right")
    load.add_column("bulk_load s", justify="right")
    load.add_column("triples/s", justify="right")
    if args.reload:
        load.add_column("replace_graphs s", justify="right")
    load.add_column("networkx view build s", justify="right")
    for r in results:
        row = [r.backend, f"{r.triples:,}", f"{r.load_s:.1f}", f"{r.triples / r.load_s:,.0f}"]
        if args.reload:
            row.append(f"{r.reload_s:.1f}" if r.reload_s is not None else "")
        row.append(f"{r.view_build_s:.1f}")
        load.add_row(*row)
    console.print(load)

    latency = Table(title="latency (ms)", title_justify="left")
    latency.add_column("query")
    latency.add_column("nodes", justify="right")
    for r in results:
        latency.add_column(f"{r.backend} p50", justify="right")
        latency.add_column(f"{r.backend} p95", justify="right")
    for name in results[0].latencies:
        size = results[0].latencies[name][2]
        row = [name, "" if size != size else f"{size:.0f}"]
        for r in results:
            p50, p95, _ = r.latencies.get(name, (float("nan"),) * 3)
            row += [f"{p50:.1f}", f"{p95:.1f}"]
        latency.add_row(*row)
    console.print(latency)
    for r in results:
        for note in r.notes:
            console.print(f"[red]{r.backend}: {note}[/]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--runs", type=int, default=50, help="timed calls per query (default 50)")
    parser.add_argument("--roots", type=int, default=10, help="instruments the calls cycle through")
    parser.add_argument("--buffers", type=int, default=100_000,
                        help="Virtuoso NumberOfBuffers, 8 KB pages of cache (default 100000 = 800 MB)")
    parser.add_argument("--reload", action="store_true",
                        help="also time replace_graphs of the whole graph (the transactional load path)")
    parser.add_argument("--txn-limit", type=int, default=None,
                        help="Virtuoso TransactionAfterImageLimit in bytes (default: Virtuoso's own, "
                             "50000000; 2000000000 with --reload)")
    parser.add_argument("--no-virtuoso", action="store_true", help="Oxigraph only")
    args = parser.parse_args()
    if args.txn_limit is None and args.reload:
        args.txn_limit = 2_000_000_000
    ids = Identifiers(DEFAULT_BASE_IRI)
    graph = ids.source_graph("synthetic")
    results: list[Result] = []
    expected: dict[tuple[str, str], list[frozenset[str]]] = {}
    virtuoso_version = ""

    with tempfile.TemporaryDirectory(prefix="bench-backends-") as tmp:
        data = Path(tmp) / "synthetic.nt"
        started = time.perf_counter()
        count = generate(data, args.triples, seed=args.seed)
        console.print(f"synthetic graph: {count:,} triples generated in {time.perf_counter() - started:.1f} s")

        store = OxigraphStore(Path(tmp) / "oxigraph")
        try:
            result, roots = measure("oxigraph", store, ids, data, graph, args, None, expected)
            results.append(result)
        finally:
            store.close()

        if not args.no_virtuoso:
            server = start_virtuoso_with(Path(tmp) / "virtuoso", args)
            try:
                console.print(f"virtuoso: started on {server.sparql_url} in {server.started_in:.1f} s")
                remote = SparqlHttpStore.from_settings(
                    Settings(store=server.store_location, base_iri=DEFAULT_BASE_IRI, **server.remote_options)
                )
                virtuoso_version = remote.server_software()
                try:
                    result, _ = measure("virtuoso", remote, ids, data, graph, args, roots, expected)
                    results.append(result)
                finally:
                    remote.close()
            finally:
                server.stop()

    report(results, args, count, virtuoso_version)


if __name__ == "__main__":
    main()

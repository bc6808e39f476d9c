"""`load --bulk` on Virtuoso: its own bulk loader against Graph Store uploads, same shards, same run.

    .venv/bin/python -m bench.bench_virtuoso_bulk [--mb 20] [--files 400] [--rounds 2]

A synthetic corpus (bench/make_corpus.py) is extracted to shards (`mandates extract`, as a
user runs it), a throw-away Virtuoso is started (tests/support/virtuoso.py), and the shards
are loaded into the emptied store by each path in turn, interleaved for ``--rounds`` rounds
(so the machine's load falls on both alike):

- Graph Store uploads (`SparqlHttpStore.bulk_load_quads`, one or more POSTs per document);
- Virtuoso's bulk loader (`ld_add` + `rdf_loader_run()` + `checkpoint` through isql,
  with the strict parse of each shard before it), with one loader session and with
  ``--loaders`` side by side (MANDATES_VIRTUOSO_LOADERS).

Each is timed for the shard load alone (`loaders.shards.load_shards`) and for the links
rebuild after it; CPU seconds are counted for this process and for the Virtuoso server
(from /proc), since the server does the loader's work. Oxigraph's `Store.bulk_load` of the
same shards is the yardstick of issue 13. Both Virtuoso paths must store the same quads.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BASE = "https://w3id.org/mandate-graph/id/"


def process_cpu(pid: int) -> float:
    """CPU seconds (user + system) of a running process, from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_cpu() -> float:
    times = os.times()  # this process and the children it waited for (isql)
    return times.user + times.system + times.children_user + times.children_system


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=20.0)
    parser.add_argument("--files", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--loaders", type=int, default=2, help="rdf_loader_run() sessions of the third path")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scratch", type=Path, help="folder of the corpus and shards (reused when there)")
    parser.add_argument("--paths", default="uploads,loader,loaders",
                        help="which of: uploads (Graph Store), loader (one session), loaders (--loaders sessions)")
    parser.add_argument("--no-compare", action="store_true", help="skip exporting each path's quads to compare them")
    args = parser.parse_args(argv)

    import pyoxigraph as ox

    from bench.make_corpus import make_corpus
    from mandate_graph.graph.context import Context
    from mandate_graph.graph.settings import Settings
    from mandate_graph.graph.store import open_store
    from mandate_graph.graph.store.sparql_http import SparqlHttpStore
    from mandate_graph.loaders.pipeline import Loader
    from mandate_graph.loaders.shards import ShardFolder, load_shards
    from tests.support.virtuoso import start_virtuoso

    scratch = args.scratch or Path(tempfile.mkdtemp(prefix="bench_virtuoso_bulk_"))
    scratch.mkdir(parents=True, exist_ok=True)
    corpus, shards = scratch / "corpus", scratch / "shards"
    started = time.perf_counter()
    if not (shards / "manifest.jsonl").exists():  # else: the corpus and shards of an earlier run
        make_corpus(corpus, args.mb, args.files, args.seed)
        subprocess.run([sys.executable, "-m", "mandate_graph.cli", "--base-iri", BASE, "extract", str(corpus),
                        "--out", str(shards), "--workers", "2"], check=True, stdout=subprocess.DEVNULL)
    extract_seconds = time.perf_counter() - started
    mb = sum(p.stat().st_size for p in corpus.iterdir()) / 2**20
    files = [shard for shard, _ in ShardFolder(shards).shards()]
    shard_mb = sum(f.stat().st_size for f in files) / 2**20

    oxigraph = ox.Store(str(scratch / "oxigraph"))
    cpu, started = own_cpu(), time.perf_counter()
    for shard in files:
        oxigraph.bulk_load(path=str(shard), format=ox.RdfFormat.N_QUADS)
    oxigraph.flush()
    ox_seconds, ox_cpu = time.perf_counter() - started, own_cpu() - cpu
    quads = len(oxigraph)
    del oxigraph
    print(f"corpus: {mb:.1f} MB in {len(list(corpus.iterdir()))} files -> {len(files)} shards, {shard_mb:.0f} MB, {quads:,} quads "
          f"(extract: {extract_seconds:.1f} s); {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")

    server = start_virtuoso(scratch / "virtuoso", buffers=200_000,
                            parameters={"TransactionAfterImageLimit": 2_000_000_000})
    assert server.process is not None
    try:
        settings = Settings(store=server.store_location, base_iri=BASE, **server.remote_options)
        every_path = {
            "Graph Store uploads": settings,
            "Virtuoso bulk loader": Settings(store=server.store_location, base_iri=BASE, **server.remote_options,
                                             virtuoso_isql=f"127.0.0.1:{server.sql_port}"),
            f"bulk loader, {args.loaders} loaders": Settings(
                store=server.store_location, base_iri=BASE, **server.remote_options,
                virtuoso_isql=f"127.0.0.1:{server.sql_port}", virtuoso_loaders=args.loaders),
        }
        chosen = args.paths.split(",")
        paths = {name: value for (name, value), key in zip(every_path.items(), ("uploads", "loader", "loaders"))
                 if key in chosen}
        figures: dict[str, list[dict[str, float]]] = {name: [] for name in paths}
        exports: dict[str, list[str]] = {}
        for _ in range(args.rounds):
            for name, path_settings in paths.items():
                store = open_store(path_settings)
                assert isinstance(store, SparqlHttpStore)
                store.drop_graphs(store.named_graphs())
                ctx = Context.open(Settings.from_env(store="memory", base_iri=BASE), store=store)
                loader = Loader.for_context(ctx)
                cpu, server_cpu, started = own_cpu(), process_cpu(server.process.pid), time.perf_counter()
                load_shards(store, shards)
                load = {"seconds": time.perf_counter() - started, "cpu": own_cpu() - cpu,
                        "server_cpu": process_cpu(server.process.pid) - server_cpu}
                started = time.perf_counter()
                loader.ensure_reference()
                loader.link_documents()
                load["links_seconds"] = time.perf_counter() - started
                figures[name].append(load)
                if name not in exports and not args.no_compare:
                    exports[name] = sorted(line for line in store.export("nquads").decode().splitlines() if line)
                store.close()
        same = len(set(map(tuple, exports.values()))) <= 1
        if exports:
            print(f"the Virtuoso paths store the same quads: {same} ({len(next(iter(exports.values()))):,} quads "
                  "with reference graphs and links)")
        print(f"\n{'path':<24} {'shard load, wall':>18} {'quads/s (wall)':>15} {'client CPU':>11} {'server CPU':>11} "
              f"{'links rebuild':>14}")
        best: dict[str, float] = {}
        for name, runs in figures.items():
            for run in runs:
                print(f"{name:<24} {run['seconds']:16.2f} s {quads / run['seconds']:15,.0f} {run['cpu']:9.2f} s "
                      f"{run['server_cpu']:9.2f} s {run['links_seconds']:12.2f} s")
            best[name] = min(r["seconds"] for r in runs)
        print(f"{'Oxigraph Store.bulk_load':<24} {ox_seconds:16.2f} s {quads / ox_seconds:15,.0f} {ox_cpu:9.2f} s")
        uploads = "Graph Store uploads"
        for name, seconds in best.items():
            against = f"{seconds / best[uploads]:.2f} of Graph Store uploads; " if uploads in best else ""
            print(f"best of {args.rounds}, {name}: {seconds:.2f} s: {against}{seconds / ox_seconds:.2f} of "
                  "Oxigraph's bulk_load")
        print(f"load average now {os.getloadavg()[0]:.1f}")
        if not same:
            raise SystemExit("the two Virtuoso paths stored different quads")
    finally:
        server.stop()


if __name__ == "__main__":
    main()

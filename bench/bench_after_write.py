"""The sorted lists and the mandates' statuses after a write, in process, at 1 M and 10 M
triples (graph/sort_parts.py, graph/status_kept.py).

    python bench/bench_after_write.py STORE_1M STORE_10M

Each STORE is a copy of a synthetic store (bench/bench_serve_scale.py --after-write makes them
and saves the lists beside them); it is written to. For each: open it and read the
instruments' sorted members (a restart: read back from beside the store), then sample
documents are loaded (the loader: their graphs, the links and their index).

Order: restart; load a document in a process that computes nothing after it (`mandates
load`, server stopped); reopen (first start after the write); load another and read the
list again in that process (a write while serving). Prints the seconds of each, and the first
start after a write at the largest size against the restart at the smallest (issue 13: 1.5×).
The statuses (what `/api/mandates` lists) are timed the same way after the list, each against
the 100 ms limit of a request (issue 13), and the first time computed from the whole store for
comparison when nothing is kept beside the store yet.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mandate_graph.graph import search_index  # noqa: E402
from mandate_graph.graph.context import Context  # noqa: E402
from mandate_graph.graph.entities import EntityReader  # noqa: E402
from mandate_graph.graph.generations import derived  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI, Settings  # noqa: E402
from mandate_graph.graph import status_kept  # noqa: E402
from mandate_graph.graph.status import statuses  # noqa: E402
from mandate_graph.loaders.pipeline import Loader  # noqa: E402


def timed_members(store: str) -> tuple[Context, float, int, str]:
    started = time.perf_counter()
    ctx = Context.open(Settings.from_env(store=store, base_iri=DEFAULT_BASE_IRI))
    before = (derived.loaded, derived.updated, derived.computed)
    members = EntityReader(ctx.store, ctx.ids).members("instruments")
    after = (derived.loaded, derived.updated, derived.computed)
    how = ", ".join(f"{n} {name}" for n, name in zip((a - b for a, b in zip(after, before)), ("read back", "updated", "computed")) if n)
    return ctx, time.perf_counter() - started, len(members), how


LIMIT_MS = 100.0


def timed_statuses(ctx: Context, when: str) -> None:
    """The statuses as the first `/api/mandates` gets them, in process: CPU and wall."""
    before = (derived.loaded, derived.updated, derived.computed)
    cpu, t = time.process_time(), time.perf_counter()
    items = statuses.get(ctx.store)
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    after = (derived.loaded, derived.updated, derived.computed)
    how = ", ".join(f"{n} {name}" for n, name in zip((a - b for a, b in zip(after, before)), ("read back", "updated", "computed")) if n)
    detail = f"; {status_kept.last_update}" if after[1] > before[1] else ""
    print(f"  statuses {when}: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU ({len(items):,} mandates; {how}{detail}): "
          f"{wall * 1000 / LIMIT_MS:.2f}x the {LIMIT_MS:.0f} ms limit", flush=True)


def main() -> None:
    documents = sorted((ROOT / "corpus").iterdir())
    results = {}
    for store in sys.argv[1:]:
        ctx, restart, n, how = timed_members(store)
        print(f"{store}: restart, open + sorted instruments: {restart:.2f} s ({n:,}; {how})", flush=True)
        timed_statuses(ctx, "on a restart")
        ctx.close()
        # `mandates load` with the server stopped: nothing computed after the write
        ctx = Context.open(Settings.from_env(store=store, base_iri=DEFAULT_BASE_IRI))
        t = time.perf_counter()
        Loader.for_context(ctx).load([documents[0]])
        print(f"  load {documents[0].name} (nothing computed after it): {time.perf_counter() - t:.2f} s", flush=True)
        ctx.close()
        ctx, after, n, how = timed_members(store)
        print(f"  first start after the write, open + sorted instruments: {after:.2f} s ({n:,}; {how})", flush=True)
        timed_statuses(ctx, "on the first start after the write")
        index = search_index.index_for(ctx.store, ctx.ids.base)
        if index._writer.execute("SELECT revision FROM meta").fetchone()[0]:  # kept beside the store by an earlier run
            t = time.perf_counter()
            index.update(ctx.store)
            print(f"  search index brought up to date: {time.perf_counter() - t:.2f} s ({index.last_update})", flush=True)
        else:
            print("  (no search index kept beside this store: not measured)", flush=True)
        t = time.perf_counter()
        Loader.for_context(ctx).load([documents[1]])
        load = time.perf_counter() - t
        t = time.perf_counter()
        members = EntityReader(ctx.store, ctx.ids).members("instruments")
        in_process = time.perf_counter() - t
        print(f"  load {documents[1].name}: {load:.2f} s; sorted instruments after it, in process: {in_process:.2f} s "
              f"({len(members):,})", flush=True)
        timed_statuses(ctx, "after that load, in process")
        ctx.store.replace_graphs({"https://example.org/bench/after-write":
                                  f'<{DEFAULT_BASE_IRI}bench/quail> <http://www.w3.org/2000/01/rdf-schema#label> "bench quails" .\n'})
        timed_statuses(ctx, "after a one-triple Graph Store write, in process")
        t = time.process_time()
        status_kept.compute_kept(ctx.store)
        print(f"  (the statuses from the whole store, same run: {time.process_time() - t:.2f} s CPU)", flush=True)
        ctx.close()
        ctx = Context.open(Settings.from_env(store=store, base_iri=DEFAULT_BASE_IRI))
        timed_statuses(ctx, "on a restart of the unchanged store")
        ctx.close()
        results[store] = (restart, after)
    small, large = sys.argv[1], sys.argv[-1]
    ratio = results[large][1] / results[small][0]
    print(f"in process, server start excluded: first start after a write at {large}: {results[large][1]:.2f} s; "
          f"restart at {small}: {results[small][0]:.2f} s: {ratio:.2f}x (issue 13's 1.5x is on the whole cold start, "
          f"bench_serve_scale.py --after-write)")


if __name__ == "__main__":
    main()

"""The first list page, the first name resolution and the mandates' statuses after a restart and
after a write, in process, at 1 M and 10 M triples (the files beside the store:
graph/member_values.py, graph/status_kept.py).

    python bench/bench_after_write.py STORE_1M STORE_10M

Each STORE is a copy of a synthetic store (bench/synthetic_store.py; bench/bench_serve_scale.py
--after-write makes copies); it is written to. For each: a warm-up open keeps the lists' and the
labels' files beside the store (built from the whole store when they are not there), then:

- **restart**: open the store, the first page of /instruments (`EntityReader.list`, 50 items:
  the sorted members, then their labels) and the first resolution of a name that is not in
  the graph (`resolve_reference`: the /search page's "best match", which reads the entity
  labels for the exact and the close matches);
- **start after a write**: a sample document loaded by a process that computes nothing after
  it (`mandates load`, server stopped), then the same in a new process (here: a new open);
- **in the process that wrote**: another document loaded, then the same.

Each figure is wall seconds and CPU seconds of this process, and how the files were found
(read back, updated from the graphs written, built). Prints the first page after a write at
the largest size against the restart at the smallest (issue 13: cold start under 1.5×; the
server's own start is not included here: bench_serve_scale.py --after-write).

The statuses (what `/api/mandates` lists) are timed after each, against the 100 ms limit of a
request (issue 13), then after a one-triple Graph Store write, beside a whole-store computation
for comparison, and on a restart of the unchanged store.

Before/after: run it with PYTHONPATH pointing at a folder whose ``mandate_graph`` is the other
code (e.g. a link to ``git archive main``); the corpus and this script stay these.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mandate_graph.graph.context import Context  # noqa: E402
from mandate_graph.graph.entities import COLLECTIONS, EntityReader  # noqa: E402
try:
    from mandate_graph.graph.member_values import how_kept  # noqa: E402
except ImportError:  # the code before the files (for a before/after run): values saved as JSON
    def how_kept(store: object) -> dict[str, str]:
        return {}
from mandate_graph.graph.resolve import entity_labels, resolve_reference  # noqa: E402
from mandate_graph.graph.settings import DEFAULT_BASE_IRI, Settings  # noqa: E402
from mandate_graph.graph import status_kept  # noqa: E402
from mandate_graph.graph.generations import derived  # noqa: E402
from mandate_graph.graph.status import statuses  # noqa: E402
from mandate_graph.loaders.pipeline import Loader  # noqa: E402

QUERY = "firearms trafficking report"  # no entity of the synthetic graph is called so: close matches are looked for


def _open(store: str) -> Context:
    return Context.open(Settings.from_env(store=store, base_iri=DEFAULT_BASE_IRI))


def first_answers(ctx: Context, opened: float = 0.0) -> dict[str, float | str]:
    """Seconds (wall, CPU) to the first instruments page and the first name resolution."""
    found: dict[str, float | str] = {"open": opened}
    wall, cpu = time.perf_counter(), time.process_time()
    total, page = EntityReader(ctx.store, ctx.ids).list("instruments", limit=50)
    found["first page"], found["first page cpu"] = time.perf_counter() - wall, time.process_time() - cpu
    found["instruments"] = float(total)
    wall, cpu = time.perf_counter(), time.process_time()
    answer = resolve_reference(QUERY, ctx.store, ctx.ids, ctx.registry)
    found["first resolve"], found["first resolve cpu"] = time.perf_counter() - wall, time.process_time() - cpu
    found["answer"] = f"{answer.status}, {len(answer.candidates)} candidates"
    kept = how_kept(ctx.store)
    found["lists"] = kept.get("sort-values-instruments", "?")
    found["labels"] = kept.get("entity-labels", "?")
    return found


def timed_open(store: str) -> tuple[Context, float]:
    t = time.perf_counter()
    ctx = _open(store)
    return ctx, time.perf_counter() - t


def show(name: str, found: dict[str, float | str]) -> None:
    print(f"  {name}: open {found['open']:.2f} s; first page {found['first page']:.3f} s "
          f"({found['first page cpu']:.3f} CPU s; {found['instruments']:,.0f} instruments; lists {found['lists']}); "
          f"first resolve {found['first resolve']:.3f} s ({found['first resolve cpu']:.3f} CPU s; labels {found['labels']}; "
          f"{found['answer']})", flush=True)


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
    results: dict[str, dict[str, dict[str, float | str]]] = {}
    for store in sys.argv[1:]:
        print(f"{store}:", flush=True)
        ctx, _ = timed_open(store)  # warm-up: the files kept beside the store
        t = time.perf_counter()
        for collection in COLLECTIONS:
            EntityReader(ctx.store, ctx.ids).members(collection)
        entity_labels(ctx.store, ctx.ids)
        print(f"  warm-up: lists and labels at the store's revision in {time.perf_counter() - t:.1f} s "
              f"({how_kept(ctx.store)})", flush=True)
        ctx.close()
        runs = results[store] = {}
        ctx, opened = timed_open(store)
        runs["restart"] = first_answers(ctx, opened)
        show("restart, unchanged store", runs["restart"])
        timed_statuses(ctx, "on a restart")
        ctx.close()
        ctx = _open(store)  # `mandates load` with the server stopped: nothing computed after the write
        t = time.perf_counter()
        Loader.for_context(ctx).load([documents[0]])
        print(f"  load {documents[0].name} (nothing computed after it): {time.perf_counter() - t:.2f} s", flush=True)
        ctx.close()
        ctx, opened = timed_open(store)
        runs["after a write"] = first_answers(ctx, opened)
        show("first start after the write", runs["after a write"])
        timed_statuses(ctx, "on the first start after the write")
        t = time.perf_counter()
        Loader.for_context(ctx).load([documents[1]])
        print(f"  load {documents[1].name}: {time.perf_counter() - t:.2f} s", flush=True)
        runs["in process"] = first_answers(ctx)
        show("in the process that wrote", runs["in process"])
        timed_statuses(ctx, "after that load, in process")
        ctx.store.replace_graphs({"https://example.org/bench/after-write":
                                  f'<{DEFAULT_BASE_IRI}bench/quail> <http://www.w3.org/2000/01/rdf-schema#label> "bench quails" .\n'})
        timed_statuses(ctx, "after a one-triple Graph Store write, in process")
        t = time.process_time()
        status_kept.compute_kept(ctx.store)
        print(f"  (the statuses from the whole store, same run: {time.process_time() - t:.2f} s CPU)", flush=True)
        ctx.close()
        ctx = _open(store)
        timed_statuses(ctx, "on a restart of the unchanged store")
        ctx.close()
    small, large = sys.argv[1], sys.argv[-1]
    for figure in ("first page", "first resolve"):
        after, reference = results[large]["after a write"][figure], results[small]["restart"][figure]
        assert isinstance(after, float) and isinstance(reference, float)
        print(f"{figure}: first start after a write at {large}: {after:.3f} s; restart at {small}: {reference:.3f} s: "
              f"{after / reference:.2f}x (open excluded)")
    for size in (small, large):
        after, opened = results[size]["after a write"]["first page"], results[size]["after a write"]["open"]
        assert isinstance(after, float) and isinstance(opened, float)
        print(f"{size}: open + first page after a write {opened + after:.2f} s")


if __name__ == "__main__":
    main()

"""The first list page, the first name resolution and the mandates' statuses after a restart and
after a write, in process, at 1 M and 10 M triples (the files beside the store:
graph/member_values.py, graph/status_kept.py).

    python bench/bench_after_write.py STORE_1M STORE_10M
    python bench/bench_after_write.py --statuses STORE_1M STORE_10M
    python bench/bench_after_write.py --sparql-update STORE_1M
    python bench/bench_after_write.py --load-cost CORPUS STORE_1M   (CORPUS: bench/make_corpus.py)

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

The first `/api/mandates` page (50 mandates: read from the statuses file, graph/status_rows.py;
the code before read every status first) is timed after each, against the 100 ms limit of a
request (issue 13), then after a one-triple Graph Store write, and on a restart of the unchanged
store; the warm-up's statuses (built from the whole store when not kept) are the comparison.

``--sparql-update``: every view kept beside the store (lists and labels, search index, statuses,
lineage) made current, then a one-triple SPARQL ``INSERT DATA { GRAPH <g> { … } }`` as ``POST
/update`` runs it, then the CPU and wall seconds each view takes to be current again, and how
(brought up to date from the graphs the update named, or rebuilt from the whole store when
its graphs are "not known", as before graph/store/update_graphs.py).

Before/after: run it with PYTHONPATH pointing at a folder whose ``mandate_graph`` is the other
code (e.g. a link to ``git archive main``); the corpus and this script stay these.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable

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
from mandate_graph.graph.lineage import LineageView  # noqa: E402
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


def _first_mandates_page(ctx: Context) -> tuple[int, str]:
    """What the first `/api/mandates` reads: a page of 50 read from the statuses file (the
    code of graph/status_rows.py), or every status filtered in memory (the code before)."""
    try:
        from mandate_graph.graph.status_rows import StatusFilter
    except ImportError:
        from mandate_graph.graph.status import filter_statuses

        before = (derived.loaded, derived.updated, derived.computed)
        items = filter_statuses(statuses.get(ctx.store))
        after = (derived.loaded, derived.updated, derived.computed)
        how = ", ".join(f"{n} {name}" for n, name in zip((a - b for a, b in zip(after, before)),
                                                         ("read back", "updated", "computed")) if n)
        return len(items), how + (f"; {status_kept.last_update}" if after[1] > before[1] else "")
    total, _ = statuses.page(ctx.store, StatusFilter(), 50, 0)
    kept = statuses.rows(ctx.store).last_update
    how = f"{kept.get('how')} ({kept.get('cpu_s', 0):.2f} CPU s)"
    return total, how + (f"; {status_kept.last_update}" if kept.get("how") == "updated" else "")


def timed_statuses(ctx: Context, when: str) -> None:
    """The first `/api/mandates` page (50 mandates), in process: CPU and wall."""
    cpu, t = time.process_time(), time.perf_counter()
    total, how = _first_mandates_page(ctx)
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    print(f"  first /api/mandates page {when}: {wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU ({total:,} mandates; {how}): "
          f"{wall * 1000 / LIMIT_MS:.2f}x the {LIMIT_MS:.0f} ms limit", flush=True)


def _first_lineage(ctx: Context, root: str) -> str:
    """The first lineage request as `/api/lineage/{root}` makes it (the view if it is current,
    opened from its saved file or caught up from a few graphs, else SPARQL): wall and CPU ms."""
    from mandate_graph.graph.lineage import lineage

    cpu, t = time.process_time(), time.perf_counter()
    found = lineage(ctx.store, ctx.ids, root)
    wall, cpu = time.perf_counter() - t, time.process_time() - cpu
    return (f"{wall * 1000:.0f} ms wall, {cpu * 1000:.0f} ms CPU ({found.engine}, {len(found.nodes)} nodes): "
            f"{wall * 1000 / LIMIT_MS:.2f}x the {LIMIT_MS:.0f} ms limit")


def _write(ctx, document: Path) -> None:  # type: ignore[no-untyped-def]
    """`Loader.load` of one document as a write, also when the store holds it unchanged (which a
    load now skips: `force`, on code that has it; a `PYTHONPATH` of older code has not)."""
    import inspect

    loader = Loader.for_context(ctx)
    loader.load([document], **({"force": True} if "force" in inspect.signature(loader.load).parameters else {}))


def _mandates_load(store: str, documents: list[Path], *options: str) -> None:
    """`mandates load` in a process of its own, as a user runs it (server stopped): its wall
    and CPU seconds (the process's), and what it says of the views beside the store."""
    import resource
    import subprocess

    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "mandate_graph.cli", "--store", store, "--base-iri", DEFAULT_BASE_IRI,
                           "load", *options, *map(str, documents)], capture_output=True, text=True, check=True,
                          env={**__import__("os").environ, "COLUMNS": "250"})
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    views = [line for line in done.stdout.splitlines() if line.startswith("views beside the store")]
    mb = sum(p.stat().st_size for p in documents) / 2**20
    print(f"  mandates load {' '.join(options)} of {len(documents)} documents ({mb:.2f} MB; server stopped): "
          f"{time.perf_counter() - t:.1f} s, {cpu:.2f} CPU s; {views[0] if views else 'no views brought up to date (the code before)'}",
          flush=True)
    if views and "CPU s)" in views[0]:
        views_cpu = float(views[0].rsplit(", ", 1)[1].split()[0])
        print(f"  the views' update: {views_cpu:.2f} CPU s of the load's {cpu:.2f} ({views_cpu / cpu:.0%}); "
              f"{views_cpu / mb:.2f} CPU s per MB loaded; the load without it {(cpu - views_cpu) / mb:.2f} CPU s per MB", flush=True)


def statuses_only(store: str, documents: list[Path]) -> None:
    """``--statuses``: the first `/api/mandates` page and the first lineage request (no lists,
    no labels: at 10 M their warm-up alone takes minutes), after `mandates load corpus/`
    (every sample document, by the command itself: the code after 2026-12-03 brings the views
    kept beside the store up to date before it exits, graph/kept_views.py)."""
    from mandate_graph.graph.lineage import view_for

    print(f"{store}:", flush=True)
    ctx = _open(store)
    t, cpu = time.perf_counter(), time.process_time()
    getattr(statuses, "rows", statuses.get)(ctx.store)  # kept beside the store (from the whole store when not there)
    print(f"  warm-up: statuses at the store's revision in {time.perf_counter() - t:.1f} s, "
          f"{time.process_time() - cpu:.2f} CPU s", flush=True)
    t, cpu = time.perf_counter(), time.process_time()
    view_for(ctx.store, ctx.ids).fresh()  # the lineage view saved beside the store
    print(f"  warm-up: lineage view at the store's revision in {time.perf_counter() - t:.1f} s, "
          f"{time.process_time() - cpu:.2f} CPU s", flush=True)
    ctx.close()
    ctx = _open(store)
    timed_statuses(ctx, "on a restart")
    root = statuses.page(ctx.store, _any_status(), 1, 0)[1][0].instrument if hasattr(statuses, "page") else \
        statuses.get(ctx.store)[0].instrument
    print(f"  first lineage of {root} on a restart: {_first_lineage(ctx, root)}", flush=True)
    ctx.close()
    _mandates_load(store, documents)
    ctx = _open(store)
    timed_statuses(ctx, "on the first start after the load")
    print(f"  first lineage of {root} on the first start after the load: {_first_lineage(ctx, root)}", flush=True)
    _write(ctx, documents[1])
    timed_statuses(ctx, f"after a load of {documents[1].name}, in process")
    ctx.store.replace_graphs({"https://example.org/bench/after-write":
                              f'<{DEFAULT_BASE_IRI}bench/quail> <http://www.w3.org/2000/01/rdf-schema#label> "bench quails" .\n'})
    timed_statuses(ctx, "after a one-triple Graph Store write, in process")
    ctx.close()
    ctx = _open(store)
    timed_statuses(ctx, "on a restart of the unchanged store")
    ctx.close()


def _any_status() -> object:
    from mandate_graph.graph.status_rows import StatusFilter

    return StatusFilter()


def _views_current(ctx: Context, view: LineageView) -> dict[str, tuple[float, float, str]]:
    """Make every view kept beside the store current; (wall s, CPU s, how) of each."""
    from mandate_graph.graph import search_index

    def timed(work: Callable[[], str]) -> tuple[float, float, str]:
        wall, cpu = time.perf_counter(), time.process_time()
        how = work()
        return time.perf_counter() - wall, time.process_time() - cpu, how

    def lists_and_labels() -> str:
        for collection in COLLECTIONS:
            EntityReader(ctx.store, ctx.ids).members(collection)
        entity_labels(ctx.store, ctx.ids)
        return str(how_kept(ctx.store))

    def search() -> str:
        index = search_index.index_for(ctx.store, ctx.ids.base)
        if index is None:
            return "no index"
        index.update(ctx.store)
        return "whole store" if index.last_update.get("full") else f"{index.last_update}"

    def mandate_statuses() -> str:
        statuses.get(ctx.store)
        return str(status_kept.last_update)

    def lineage() -> str:
        from mandate_graph.graph import lineage_update

        before = lineage_update.last_update
        view.fresh()
        return "updated in place" if lineage_update.last_update is not before else "built whole (or read back)"

    return {"lists and labels": timed(lists_and_labels), "search index": timed(search),
            "statuses": timed(mandate_statuses), "lineage": timed(lineage)}


def after_a_sparql_update(store: str) -> None:
    """``--sparql-update``: the views after a one-triple INSERT DATA into a named graph."""
    from mandate_graph.graph.lineage import view_for

    print(f"{store}:", flush=True)
    ctx = _open(store)
    view = view_for(ctx.store, ctx.ids)
    for name, (wall, cpu, how) in _views_current(ctx, view).items():
        print(f"  warm-up, {name}: {wall:.1f} s, {cpu:.2f} CPU s ({how[:160]})", flush=True)
    update = (f"INSERT DATA {{ GRAPH <https://example.org/bench/sparql-update> {{ <{DEFAULT_BASE_IRI}bench/quail> "
              f'<http://www.w3.org/2000/01/rdf-schema#label> "bench quails" }} }}')
    wall, cpu = time.perf_counter(), time.process_time()
    ctx.store.update(update, base_iri="http://127.0.0.1:8000/update", timeout=10.0)
    written = getattr(ctx.store, "graphs_written_since", lambda generation: "?")(ctx.store.generation - 1)
    print(f"  one-triple SPARQL INSERT DATA: {time.perf_counter() - wall:.3f} s, {time.process_time() - cpu:.3f} CPU s; "
          f"graphs recorded: {written}", flush=True)
    total_wall = total_cpu = 0.0
    for name, (wall, cpu, how) in _views_current(ctx, view).items():
        total_wall, total_cpu = total_wall + wall, total_cpu + cpu
        print(f"  after the update, {name}: {wall:.2f} s, {cpu:.2f} CPU s ({how[:160]})", flush=True)
    print(f"  after the update, every view current: {total_wall:.2f} s, {total_cpu:.2f} CPU s", flush=True)
    ctx.close()


def load_cost(corpus: Path, store: str) -> None:
    """``--load-cost CORPUS STORE``: what bringing the views up to date adds to `mandates load`.
    Every view kept beside the store made current first (built from the whole store when not
    there: a server's start), then `mandates load CORPUS --workers 1` in a process of its own;
    its CPU seconds, and those of the views' update it reports (graph/kept_views.py), per MB of
    text loaded; then the first `/api/mandates` page and lineage request of the next start."""
    from mandate_graph.graph.lineage import view_for

    print(f"{store}:", flush=True)
    ctx = _open(store)
    for name, (wall, cpu, how) in _views_current(ctx, view_for(ctx.store, ctx.ids)).items():
        print(f"  warm-up, {name}: {wall:.1f} s, {cpu:.2f} CPU s ({how[:120]})", flush=True)
    root = statuses.page(ctx.store, _any_status(), 1, 0)[1][0].instrument
    ctx.close()
    documents = sorted(p for p in corpus.rglob("*") if p.is_file())
    _mandates_load(store, documents, "--workers", "1")
    ctx = _open(store)
    timed_statuses(ctx, "on the first start after the load")
    print(f"  first lineage of {root} on the first start after the load: {_first_lineage(ctx, root)}", flush=True)
    ctx.close()


def main() -> None:
    documents = sorted((ROOT / "corpus").iterdir())
    if sys.argv[1] == "--load-cost":
        load_cost(Path(sys.argv[2]), sys.argv[3])
        return
    if sys.argv[1] == "--sparql-update":
        for store in sys.argv[2:]:
            after_a_sparql_update(store)
        return
    if sys.argv[1] == "--statuses":
        for store in sys.argv[2:]:
            statuses_only(store, documents)
        return
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
        t, cpu = time.perf_counter(), time.process_time()
        statuses.get(ctx.store)  # kept beside the store too (from the whole store when not there)
        print(f"  warm-up: statuses at the store's revision in {time.perf_counter() - t:.1f} s, "
              f"{time.process_time() - cpu:.2f} CPU s", flush=True)
        ctx.close()
        runs = results[store] = {}
        ctx, opened = timed_open(store)
        runs["restart"] = first_answers(ctx, opened)
        show("restart, unchanged store", runs["restart"])
        timed_statuses(ctx, "on a restart")
        ctx.close()
        ctx = _open(store)  # `mandates load` with the server stopped: nothing computed after the write
        t = time.perf_counter()
        _write(ctx, documents[0])
        print(f"  load {documents[0].name} (nothing computed after it): {time.perf_counter() - t:.2f} s", flush=True)
        ctx.close()
        ctx, opened = timed_open(store)
        runs["after a write"] = first_answers(ctx, opened)
        show("first start after the write", runs["after a write"])
        timed_statuses(ctx, "on the first start after the write")
        t = time.perf_counter()
        _write(ctx, documents[1])
        print(f"  load {documents[1].name}: {time.perf_counter() - t:.2f} s", flush=True)
        runs["in process"] = first_answers(ctx)
        show("in the process that wrote", runs["in process"])
        timed_statuses(ctx, "after that load, in process")
        ctx.store.replace_graphs({"https://example.org/bench/after-write":
                                  f'<{DEFAULT_BASE_IRI}bench/quail> <http://www.w3.org/2000/01/rdf-schema#label> "bench quails" .\n'})
        timed_statuses(ctx, "after a one-triple Graph Store write, in process")
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

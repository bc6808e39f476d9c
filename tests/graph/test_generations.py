"""Whole-store values kept per store generation (graph/generations.py), and the service
context's background refresh that rebuilds them after a write (graph/context.py)."""

from __future__ import annotations

import threading
import time

from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.generations import PerGeneration, derived
from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.stats import current as current_stats
from mandate_graph.graph.store import GraphStore
from tests.graph.test_lineage import WG, context_with, fact, inst, load


def _instruments(store: GraphStore) -> int:
    return int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s a mg:Resolution }")))["n"].value)  # type: ignore[arg-type]  # pyoxigraph's result union includes booleans


def test_a_value_is_computed_once_per_generation_and_again_after_a_write() -> None:
    ctx = context_with(fact(inst(9, 1), "requests", BodyRef(WG), task="to study"))
    cache = PerGeneration()
    assert cache.get(ctx.store, "n", _instruments) == 1
    assert cache.get(ctx.store, "n", _instruments) == 1
    assert cache.computed == 1
    load(ctx, "more", [fact(inst(9, 2), "requests", BodyRef(WG), task="to report")])
    assert cache.get(ctx.store, "n", _instruments) == 2  # never the value of an older generation
    assert cache.computed == 2


def test_concurrent_first_requests_wait_for_one_computation() -> None:
    ctx = context_with(fact(inst(9, 1), "requests", BodyRef(WG), task="to study"))
    cache = PerGeneration()
    calls = []

    def slow(store: GraphStore) -> int:
        calls.append(1)
        time.sleep(0.2)
        return _instruments(store)

    answers: list[int] = []
    threads = [threading.Thread(target=lambda: answers.append(cache.get(ctx.store, "n", slow))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [1, 1, 1, 1]
    assert len(calls) == 1


def test_refresh_recomputes_only_the_values_kept_fresh() -> None:
    ctx = context_with(fact(inst(9, 1), "requests", BodyRef(WG), task="to study"))
    cache = PerGeneration()
    cache.register(ctx.store, "kept", _instruments)
    cache.get(ctx.store, "once", _instruments)
    cache.refresh(ctx.store)
    assert cache.is_current(ctx.store, "kept") and cache.computed == 2
    load(ctx, "more", [fact(inst(9, 2), "requests", BodyRef(WG), task="to report")])
    cache.refresh(ctx.store)
    assert cache.is_current(ctx.store, "kept")
    assert not cache.is_current(ctx.store, "once")
    assert cache.get(ctx.store, "kept", _instruments) == 2 and cache.computed == 3


def test_the_background_refresh_builds_lists_and_statistics_after_a_write() -> None:
    ctx: Context = context_with(fact(inst(9, 1), "requests", BodyRef(WG), task="to study"))
    ctx.start_background(interval=0.05)
    try:
        load(ctx, "more", [fact(inst(9, 2), "requests", BodyRef(WG), task="to report")])
        deadline = time.monotonic() + 20
        kept = [("list", "instruments", ()), "stats", "statuses"]
        while not all(derived.is_current(ctx.store, key) for key in kept) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert all(derived.is_current(ctx.store, key) for key in kept), "the background refresh did not run"
        assert ctx.background_error is None
        computed = derived.counts(ctx.store).computed
        # Served from memory now, and right.
        assert current_stats(ctx.store).classes["Resolution"] == 2
        total, page = EntityReader(ctx.store, ctx.ids).list("instruments", limit=1, offset=1)
        assert total == 2 and page[0].iri.endswith("9/2")
        assert derived.counts(ctx.store).computed == computed
    finally:
        ctx.stop_background()


def test_a_page_need_not_wait_for_a_value_the_background_refresh_is_building() -> None:
    import threading

    from mandate_graph.graph.generations import PerGeneration

    class Store:
        generation = 0

    store, memo = Store(), PerGeneration()
    release, building = threading.Event(), threading.Event()

    def slow(_: object) -> str:
        building.set()
        release.wait(10)
        return "statuses"

    memo.register(store, "statuses", slow)
    refresh = threading.Thread(target=memo.refresh, args=(store,))
    refresh.start()
    assert building.wait(10)
    assert memo.ready(store, "statuses", slow) is None  # being built: the page says so at once
    release.set()
    refresh.join(10)
    assert memo.ready(store, "statuses", slow) == "statuses"
    store.generation += 1  # a write, and no refresh under way: computed on the spot
    assert memo.ready(store, "statuses", lambda _: "again") == "again"


def test_a_stores_counts_are_its_own_while_another_stores_values_are_computed() -> None:
    """Tests count the computations of their own store; another store's background refresh
    still finishing beside them (a test before, on the same xdist worker: `stop_background`
    waits 5 s, a loaded machine's refresh may take longer) must not change that count."""
    mine = context_with(fact(inst(9, 1), "requests", BodyRef(WG), task="to study"))
    other = context_with(fact(inst(9, 2), "requests", BodyRef(WG), task="to report"))
    cache = PerGeneration()
    cache.get(mine.store, "n", _instruments)
    before = cache.counts(mine.store)
    beside = threading.Thread(target=lambda: [cache.get(other.store, ("n", k), _instruments) for k in range(5)])
    beside.start()
    beside.join()
    assert cache.get(mine.store, "n", _instruments) == 1
    assert cache.counts(mine.store) == before and before.computed == 1
    assert cache.counts(other.store).computed == 5 and cache.computed == 6

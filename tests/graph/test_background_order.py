"""After a start (or a write), the background refresh builds what the first list page needs
before it starts the lineage view's build beside the rest: a first request after a restart
does not share the cores with the longest build."""

from __future__ import annotations

import threading

from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import COLLECTIONS
from mandate_graph.graph.generations import derived
from mandate_graph.graph.lineage import LineageView


def test_the_lists_are_ready_when_the_lineage_view_starts_building(loaded_ctx: Context, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    seen: list[dict[str, bool]] = []
    started = threading.Event()

    def record(view: LineageView) -> None:
        seen.append({c: derived.is_current(loaded_ctx.store, ("list", c, ())) for c in COLLECTIONS}
                    | {"statistics": derived.is_current(loaded_ctx.store, "stats")})
        started.set()

    loaded_ctx.store.generation += 1  # as a write does: every value is to be built again
    monkeypatch.setattr(LineageView, "refresh_in_background", record)
    loaded_ctx.start_background(interval=0.05)
    try:
        assert started.wait(60)
    finally:
        loaded_ctx.stop_background()
    lists = {c: seen[0][c] for c in COLLECTIONS}
    assert lists == {c: True for c in COLLECTIONS}
    assert seen[0]["statistics"] is False  # the rest comes after, beside the lineage view


def test_a_refresh_stopped_before_the_first_pages_are_built_starts_no_lineage_build(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`stop_background` waits 5 s; a first-pages value still being built then (a loaded
    machine) must not go on to start the lineage view's build in a thread nobody waits for,
    which ran on beside the tests that came next."""
    from tests.graph.test_lineage import WG, context_with, fact, inst
    from mandate_graph.graph.model import BodyRef

    ctx = context_with(fact(inst(9, 1), "requests", BodyRef(WG), task="to study"))
    building, release = threading.Event(), threading.Event()

    def slow_first_page_value(store: object) -> int:
        building.set()
        release.wait(30)
        return 1

    started_builds: list[LineageView] = []
    monkeypatch.setattr(LineageView, "refresh_in_background", lambda view: started_builds.append(view))
    derived.register(ctx.store, ("test: first page",), slow_first_page_value, rank=0)
    thread = ctx.start_background(interval=0.05)
    assert building.wait(30)
    ctx._stop_background.set()  # what stop_background does first
    release.set()
    thread.join(30)
    assert not thread.is_alive() and started_builds == []

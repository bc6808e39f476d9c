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

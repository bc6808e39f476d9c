"""The home page's lists and the tracker's choices, kept beside an on-disk store for its
content: after a restart they are read back, equal to what the first process showed."""

from __future__ import annotations

from pathlib import Path

from mandate_graph.api.web import routes
from mandate_graph.graph.context import Context
from mandate_graph.graph.generations import derived
from tests.conftest import CORPUS, loader_for, make_context


def _shown(ctx: Context) -> tuple[object, ...]:
    tracker = routes._tracker(ctx.store, ctx.ids)
    bodies = derived.keep_fresh(ctx.store, ("web: home bodies", ctx.ids.base), routes._home_bodies(ctx.ids), rank=12,
                                saved_as=routes._home_bodies_saved(ctx.ids))
    return (tracker.total(), tracker.actions(), tracker.top_addressees(routes.ADDRESSEE_CHOICES),
            tracker.page(0, 5)[0], bodies)


def test_the_home_bodies_and_the_trackers_choices_come_back_equal_after_a_restart(tmp_path: Path) -> None:
    ctx = make_context(str(tmp_path / "store"))
    loader_for(ctx).load([CORPUS])
    try:
        before = _shown(ctx)
    finally:
        ctx.close()
    ctx = make_context(str(tmp_path / "store"))
    try:
        after = _shown(ctx)
        loaded = derived.counts(ctx.store).loaded  # the choices and the bodies read back
    finally:
        ctx.close()
    assert after == before
    assert before[0] > 0 and before[1] and before[2] and before[4]
    assert loaded >= 2
    saved = {p.name.split("-")[0] + "-" + p.name.split("-")[1] for p in (tmp_path / "store" / "mandate-graph-views").glob("*.json")}
    assert {"home-page", "mandates-page"} <= saved

"""The mandates' statuses kept up to date from the graphs a write touched, and beside the store
across restarts (graph/status_kept.py): after each kind of write they equal the statuses
computed from the whole store, and only the mandates the write can change are recomputed."""

from __future__ import annotations

import datetime as dt
import logging
from pathlib import Path

import pytest

from mandate_graph.graph import status_kept
from mandate_graph.graph.context import Context
from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.namespaces import MG, RDF
from mandate_graph.graph.status import compute_statuses, statuses
from mandate_graph.graph.status_rows import FILE, StatusFilter
from mandate_graph.loaders.facts import DateRange
from tests.conftest import CORPUS, loader_for, make_context
from tests.graph.test_lineage import WG, fact, inst, load, meeting, report, session

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())
OTHER_WG = "cop-untoc/wg-smuggling-of-migrants"


def _check(ctx: Context, *, updated: bool | None) -> list:  # type: ignore[type-arg]
    """The statuses served equal those computed from the whole store now, and so does every
    page read from the file; ``updated``: they were brought up to date from the graphs
    written (False: computed from the whole store; None: either, as the update finds best)."""
    served = statuses.get(ctx.store)
    computed = compute_statuses(ctx.store)
    assert served == computed
    how = statuses.rows(ctx.store).last_update["how"]
    if updated is None:
        assert how in ("updated", "built")
    elif updated:
        assert how == "updated" and status_kept.last_update.get("whole_store") == 0
    else:
        assert how == "built"
    _check_pages(ctx, computed)
    return served


def _check_pages(ctx: Context, computed: list) -> None:  # type: ignore[type-arg]
    """Pages read from the file by row equal those cut from the statuses computed in memory,
    for each filter `/api/mandates` takes."""
    first = computed[len(computed) // 2] if computed else None
    filters = [StatusFilter(), StatusFilter(status="open"), StatusFilter(status="fulfilled"),
               StatusFilter(overdue=True), StatusFilter(status="open", overdue=False)]
    if first is not None:
        filters += [StatusFilter(addressee=first.addressee), StatusFilter(instrument=first.instrument),
                    StatusFilter(action=first.action, addressee=first.addressee), StatusFilter(due_at=first.due_at),
                    StatusFilter(addressee=first.addressee, status="renewed")]
    for f in filters:
        matching = [m for m in computed if f.matches(m)]
        for limit, offset in ((5, 0), (7, 3), (1000, 0), (3, len(matching) - 2)):
            offset = max(offset, 0)
            assert statuses.page(ctx.store, f, limit, offset) == (len(matching), matching[offset:offset + limit])
    for m in computed[::17]:
        assert statuses.one(ctx.store, m.iri) == m
    assert statuses.one(ctx.store, f"{ctx.ids.base}mandate/none") is None


def _status(items: list, instrument: str, action: str) -> str:  # type: ignore[type-arg]
    return next(s.status for s in items if s.instrument == instrument and s.action == action)


def test_read_around_gives_every_mandate_the_status_read_from_the_whole_store(tmp_path: Path) -> None:
    """The restricted reads have every fact the rules look up, for any set of mandates."""
    ctx = make_context(store=str(tmp_path / "store"))
    try:
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES))
        everything = compute_statuses(ctx.store)
        assert len(everything) > 40 and {s.status for s in everything} >= {"fulfilled", "open"}
        for chosen in (everything, everything[::7]):
            rows = status_kept.read_rows(ctx.store, [s.iri for s in chosen])
            rows.update(status_kept.read_rows(ctx.store, [s.iri for s in everything if s.addressee in
                                                          {r.addressee for r in rows.values()}]))
            g = status_kept.read_around(ctx.store, rows)
            items, _ = status_kept._traced_statuses(g, rows, [s.iri for s in chosen], {})
            assert items == chosen
    finally:
        ctx.close()


def test_statuses_follow_each_kind_of_write(tmp_path: Path) -> None:
    ctx = make_context(store=str(tmp_path / "store"))
    try:
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
        _check(ctx, updated=False)
        # Add documents (the sample corpus is one conference's: they touch most mandates).
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
        _check(ctx, updated=None)
        total = len(statuses.get(ctx.store))
        # A request to a working group, in a graph of its own: open.
        load(ctx, "hand", [fact(inst(15, 1), "requests", BodyRef(WG), task="to report", due_at=session(16)),
                           fact(inst(15, 1), "adoptedOn", dt.date(2028, 10, 19))])
        items = _check(ctx, updated=True)
        assert status_kept.last_update["recomputed"] < total  # not every mandate
        request = ctx.ids.entity(inst(15, 1))
        assert _status(items, request, "request") == "open"
        # A report that fulfils it arrives in a later load, in another graph.
        load(ctx, "report", [
            fact(meeting(40), "meetingOf", BodyRef(WG)),
            fact(meeting(40), "heldOn", DateRange(dt.date(2029, 5, 10), dt.date(2029, 5, 12))),
            fact(report("CTOC/COP/WG.6/2029/4"), "reportOf", meeting(40), "the report on the fortieth meeting"),
            fact(report("CTOC/COP/WG.6/2029/4"), "pursuantTo", inst(15, 1), "In accordance with resolution 15/1"),
        ])
        assert _status(_check(ctx, updated=True), request, "request") == "fulfilled"
        # The report replaced by one of another body: open again.
        load(ctx, "report", [
            fact(meeting(30, OTHER_WG), "meetingOf", BodyRef(OTHER_WG)),
            fact(report("CTOC/COP/WG.7/2029/4"), "reportOf", meeting(30, OTHER_WG)),
            fact(report("CTOC/COP/WG.7/2029/4"), "pursuantTo", inst(15, 1)),
        ])
        assert _status(_check(ctx, updated=True), request, "request") == "open"
        # A later instrument of the same issuer gives the same task: renewed.
        load(ctx, "later", [fact(inst(17, 3), "requests", BodyRef(WG), task="to report again"),
                            fact(inst(17, 3), "adoptedOn", dt.date(2032, 10, 21))])
        items = _check(ctx, updated=True)
        assert _status(items, request, "request") == "renewed"
        # Only the renewing document's date goes (its graph replaced): still renewed by session number.
        load(ctx, "later", [fact(inst(17, 3), "requests", BodyRef(WG), task="to report again")])
        _check(ctx, updated=True)
        # A session's date in a graph of its own: the due session has met, and the request is overdue.
        ctx.store.drop_graphs([ctx.ids.source_graph("later")])
        items = _check(ctx, updated=True)
        assert _status(items, request, "request") == "open"
        load(ctx, "session", [fact(inst(16, 9), "adoptedAt", session(16))])
        items = _check(ctx, updated=True)
        assert next(s for s in items if s.instrument == request and s.action == "request").overdue
        # Drop the mandate's own graph: it goes.
        ctx.store.drop_graphs([ctx.ids.source_graph("hand")])
        items = _check(ctx, updated=True)
        assert not any(s.instrument == request for s in items)
        # A mandate whose addressee is stated in a graph apart from the rest of it.
        m = f"{ctx.ids.base}mandate/x-split"
        ctx.store.replace_graphs({"urn:x:mandate": (
            f"<{m}> <{RDF.type}> <{MG.Mandate}> .\n<{m}> <{MG.instrument}> <{request}> .\n"
            f"<{m}> <{MG.action}> <{MG.request}> .\n")})
        _check(ctx, updated=True)
        ctx.store.replace_graphs({"urn:x:addressee": f"<{m}> <{MG.addressee}> <{ctx.ids.body(WG)}> .\n"})
        items = _check(ctx, updated=True)
        assert any(s.iri == m for s in items)
        ctx.store.drop_graphs(["urn:x:mandate"])
        items = _check(ctx, updated=True)
        assert not any(s.iri == m for s in items)
        # A user's SPARQL Update whose graphs are not known (GRAPH ?g): the whole store is read.
        ctx.store.update(f"INSERT {{ GRAPH ?g {{ <{m}> a <{MG.Mandate}> ; "
                         f"<{MG.instrument}> <{request}> ; <{MG.action}> <{MG.request}> }} }} "
                         "WHERE { BIND(<urn:x:mandate> AS ?g) }")
        items = _check(ctx, updated=False)
        assert any(s.iri == m for s in items)
    finally:
        ctx.close()


def test_a_restart_reads_the_statuses_back_or_brings_them_up_to_date(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    store = str(tmp_path / "store")
    views = tmp_path / "store" / "mandate-graph-views"
    ctx = make_context(store=store)
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
    first = _check(ctx, updated=False)  # computed, and kept beside the store
    ctx.close()

    ctx = make_context(store=store)  # a restart on the same store: read back, nothing computed
    try:
        total, page = statuses.page(ctx.store, StatusFilter(), 5, 0)
        assert (total, page) == (len(first), first[:5])
        assert statuses.rows(ctx.store).last_update["how"] == "read back"
        assert statuses.get(ctx.store) == first
    finally:
        ctx.close()

    ctx = make_context(store=store)  # `mandates load`: nothing computed after it
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
    ctx.close()
    ctx = make_context(store=store)  # the first start after it: brought up to date from what the load wrote
    try:
        _check(ctx, updated=None)
        assert statuses.rows(ctx.store).last_update["graphs"] > 0
        # and then a replace and a drop, each kept in the file
        load(ctx, "hand", [fact(inst(15, 1), "requests", BodyRef(WG), task="to report", due_at=session(16))])
        _check(ctx, updated=True)
        ctx.store.drop_graphs([ctx.ids.source_graph("hand")])
        after_drop = _check(ctx, updated=True)
    finally:
        ctx.close()
    ctx = make_context(store=store)  # a restart after those: read back as they were left
    try:
        assert statuses.get(ctx.store) == after_drop == compute_statuses(ctx.store)
        assert statuses.rows(ctx.store).last_update["how"] == "read back"
    finally:
        ctx.close()

    saved = views / FILE
    for damage in (lambda data: data[: len(data) // 2],  # cut short
                   lambda data: data[:100] + b"\x07" * (len(data) - 100)):  # pages overwritten
        saved.write_bytes(damage(saved.read_bytes()))
        caplog.clear()
        ctx = make_context(store=store)
        try:
            with caplog.at_level(logging.WARNING):
                _check(ctx, updated=False)  # rebuilt from the whole store
            assert any(saved.name in r.getMessage() for r in caplog.records)
        finally:
            ctx.close()


def test_the_json_the_file_replaces_is_removed_and_not_read(tmp_path: Path) -> None:
    """Statuses saved as JSON by the code before (read back whole) go; the file is built."""
    store = str(tmp_path / "store")
    ctx = make_context(store=store)
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:2]))
    ctx.close()
    views = tmp_path / "store" / "mandate-graph-views"
    old = views / "statuses-0123456789abcdef.json"
    old.write_text('{"revision": "x", "value": {"format": 1}}')
    ctx = make_context(store=store)
    try:
        _check(ctx, updated=False)
        assert not old.exists() and (views / FILE).exists()
    finally:
        ctx.close()

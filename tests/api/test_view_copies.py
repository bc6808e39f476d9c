"""The views kept beside the store, copied for a read-only snapshot (`graph.view_copies`): a
process serving the snapshot answers `/api/mandates`, `/api/stats`, the home page and the lists
from the copies, as the store itself does, and a write to the store after the copy leaves the
copies, and the snapshot's answers, as they were."""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.graph import member_values, stats_kept, view_copies
from mandate_graph.graph.context import Context
from mandate_graph.graph.status import statuses
from mandate_graph.graph.store.revision import FOLDER
from tests.conftest import BASE, make_context
from tests.support.http_server import build_store

PAGES = ("/api/mandates?limit=500", "/api/mandates?status=open&limit=7&offset=3", "/api/stats", "/",
         "/mandates", "/api/bodies?limit=50", "/api/instruments?limit=20&offset=5")


def _served_once(store: Path) -> Context:
    """The store opened for writing and served once (its views built beside it, as after any
    start), with the background stopped."""
    ctx = make_context(store=str(store))
    with TestClient(create_app(ctx)):
        deadline = time.monotonic() + 120
        while not ctx.values_current():
            assert time.monotonic() < deadline, ctx.background_error
            time.sleep(0.1)
    return ctx


def _answers(ctx: Context, pages: tuple[str, ...] = PAGES) -> dict[str, str]:
    client = TestClient(create_app(ctx))  # no lifespan: each view read by the request itself
    found = {}
    for page in pages:
        answer = client.get(page)
        assert answer.status_code == 200, (page, answer.text[:300])
        found[page] = answer.text
    return found


def _snapshot_context(snapshot: Path) -> Context:
    statuses_copy = snapshot / FOLDER / "statuses.sqlite"
    return make_context(store=str(snapshot), read_only=True,
                        tracker_rows=str(statuses_copy) if statuses_copy.exists() else None)


def _documents(ctx: Context) -> list[str]:
    """The named graphs of the documents loaded (one each), in order."""
    found = ctx.store.query("SELECT ?g WHERE { GRAPH ?g { ?g a mg:SourceGraph } } ORDER BY ?g")
    return [row[0].value for row in found]  # type: ignore[union-attr]


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture(scope="module")
def served(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("views") / "store"
    build_store(store)
    _served_once(store).close()
    return store


def _copy_of(served: Path, tmp_path: Path) -> Path:
    store = tmp_path / "store"
    # A view still being written beside the store (``*.partial``, renamed into place when complete:
    # `graph.lineage_file`) is no part of it, and may be renamed while the copy runs (one CI run
    # failed so, a lineage view of an earlier test's context finishing in the background)
    shutil.copytree(served, store, ignore=shutil.ignore_patterns("*.partial"))
    return store


def test_a_snapshot_reads_the_copies_and_answers_as_the_store(served: Path, tmp_path: Path) -> None:
    ctx = make_context(store=str(_copy_of(served, tmp_path)))
    expected = _answers(ctx)
    snapshot = tmp_path / "snapshot"
    ctx.store.checkpoint(snapshot)
    copied = view_copies.copy_for_snapshot(ctx.store, BASE, snapshot)
    ctx.close()
    names = {c.name for c in copied}
    assert {"statuses.sqlite", "statistics.sqlite", "home-instruments.sqlite", "home-documents.sqlite",
            "entity-labels.sqlite", "sort-values-instruments.sqlite", "sort-values-bodies.sqlite"} <= names
    assert all(c.how == "read back" for c in copied), copied  # served before: nothing to bring up to date

    ro = _snapshot_context(snapshot)
    try:
        assert _answers(ro) == expected
        # Every view was read from its copy (opened read-only), none computed from the store.
        rows = statuses.rows(ro.store)
        assert rows.handed_over and rows.last_update["how"] == "read back"
        assert stats_kept.how_kept(ro.store) == "read back"
        kept = member_values.how_kept(ro.store)
        assert kept and set(kept.values()) == {"read back"}, kept
    finally:
        ro.close()


def test_a_write_after_the_copy_leaves_the_copies_as_they_were(served: Path, tmp_path: Path) -> None:
    ctx = make_context(store=str(_copy_of(served, tmp_path)))
    before = _answers(ctx)
    snapshot = tmp_path / "snapshot"
    ctx.store.checkpoint(snapshot)
    view_copies.copy_for_snapshot(ctx.store, BASE, snapshot)
    copies = _digests(snapshot / FOLDER)

    # A document's graph dropped from the store: its views brought up to date in place.
    ctx.store.drop_graphs(_documents(ctx)[:2])
    after = _answers(ctx)
    assert after["/api/stats"] != before["/api/stats"] and after["/api/mandates?limit=500"] != before["/api/mandates?limit=500"]
    assert statuses.rows(ctx.store).last_update["how"] == "updated"
    ctx.close()

    assert _digests(snapshot / FOLDER) == copies  # not one byte of a copy changed
    ro = _snapshot_context(snapshot)
    try:
        assert _answers(ro) == before  # the snapshot's content, read from the copies
        assert statuses.rows(ro.store).handed_over
    finally:
        ro.close()


def test_a_copy_of_another_revision_is_not_read(served: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    """A copy that is not of the snapshot's content (here: the store's statuses after a later
    write, put in its place) is refused, and the process computes that view from the snapshot."""
    ctx = make_context(store=str(_copy_of(served, tmp_path)))
    before = _answers(ctx)
    snapshot = tmp_path / "snapshot"
    ctx.store.checkpoint(snapshot)
    view_copies.copy_for_snapshot(ctx.store, BASE, snapshot)
    ctx.store.drop_graphs(_documents(ctx)[:1])
    _answers(ctx)
    folder = ctx.store.revision.folder  # type: ignore[attr-defined]
    ctx.close()
    for name in ("statuses.sqlite", "statistics.sqlite"):
        shutil.copyfile(folder / name, snapshot / FOLDER / name)

    ro = _snapshot_context(snapshot)
    try:
        with caplog.at_level(logging.WARNING):
            assert _answers(ro, ("/api/mandates?limit=500", "/api/stats")) == {
                p: before[p] for p in ("/api/mandates?limit=500", "/api/stats")}
        rows = statuses.rows(ro.store)
        assert not rows.handed_over and rows.path is None and rows.last_update["how"] == "built"
        assert stats_kept.how_kept(ro.store) == "built"
        assert "another revision" in caplog.text and "computing them in memory" in caplog.text
    finally:
        ro.close()


def test_a_store_that_keeps_no_views_hands_over_none(tmp_path: Path) -> None:
    store = tmp_path / "store"
    build_store(store)  # loaded, never served: no view kept beside it
    ctx = make_context(store=str(store))
    snapshot = tmp_path / "snapshot"
    ctx.store.checkpoint(snapshot)
    assert view_copies.copy_for_snapshot(ctx.store, BASE, snapshot) == []
    ctx.close()
    assert not (snapshot / FOLDER / view_copies.HANDED_OVER).exists()


def test_no_copies_when_the_store_changed_since_its_snapshot(served: Path, tmp_path: Path) -> None:
    """The copies must be of the snapshot's content: a write between the snapshot and the copies
    (which `mandates serve` never makes: it holds the store) leaves the snapshot without any."""
    ctx = make_context(store=str(_copy_of(served, tmp_path)))
    snapshot = tmp_path / "snapshot"
    taken_at = ctx.store.generation
    ctx.store.checkpoint(snapshot)
    ctx.store.drop_graphs(_documents(ctx)[:1])
    assert view_copies.copy_for_snapshot(ctx.store, BASE, snapshot, taken_at) == []
    ctx.close()
    assert not (snapshot / FOLDER / view_copies.HANDED_OVER).exists()


def test_a_snapshot_process_answers_its_first_pages_while_it_starts(served: Path, tmp_path: Path) -> None:
    """A `serve --workers N` process answers `/api/mandates`, `/api/stats` and `/` once in
    process while it starts, before it takes a connection: a reader's first request then finds
    the modules, validators, copies and templates ready (at 10 M triples the first `/` of such a
    process took 183-351 ms, 50 ms with the warm-up). A writable store's server does not (its
    background builds the views then). The answers are those of the store."""
    ctx = make_context(store=str(_copy_of(served, tmp_path)))
    expected = _answers(ctx, ("/api/mandates?limit=5", "/api/stats", "/"))
    with TestClient(create_app(ctx)) as client:
        assert getattr(client.app.state, "pages_warmed", None) is None  # type: ignore[attr-defined]
    snapshot = tmp_path / "snapshot"
    ctx.store.checkpoint(snapshot)
    view_copies.copy_for_snapshot(ctx.store, BASE, snapshot)
    ctx.close()

    ro = _snapshot_context(snapshot)
    try:
        with TestClient(create_app(ro)) as client:
            assert client.app.state.pages_warmed == 3  # type: ignore[attr-defined]
            for page, text in expected.items():
                assert client.get(page).text == text, page
    finally:
        ro.close()

"""`mandates load` brings the views kept beside the store up to date before it exits
(graph/kept_views.py): a server started after it answers from them as they are, with what a
server that built every view from scratch answers; a load that fails leaves them as they were."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path
from typing import Any, Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from mandate_graph.cli.main import app as cli
from mandate_graph.graph.context import Context
from mandate_graph.graph.store.revision import FOLDER
from tests.conftest import BASE, CORPUS, make_context

# Loaded after the views were built: a document with mandates, instruments and a lineage.
LATER = CORPUS / "000_d44268bbfd2a0297.txt"
FIRST = sorted(p for p in CORPUS.iterdir() if p != LATER)
VIEW_FILES = ("statuses.sqlite", "entity-labels.sqlite", "sort-values-instruments.sqlite", "sort-values-bodies.sqlite",
              "sort-values-documents.sqlite", "sort-values-meetings.sqlite", "sort-values-sessions.sqlite",
              "statistics.sqlite", "home-instruments.sqlite", "home-documents.sqlite")


def mandates_load(store: Path, *paths: Path) -> Any:
    """`mandates load PATHS` in this process (so that a test can make it fail half-way)."""
    return CliRunner().invoke(cli, ["--store", str(store), "--base-iri", BASE, "load", *map(str, paths)],
                              catch_exceptions=True)


def build_views(store: Path) -> None:
    """What a server's start leaves beside the store: every view built and kept."""
    ctx = make_context(str(store))
    try:
        ctx.build_views()
    finally:
        ctx.close()


def token(store: Path) -> str:
    return (store / FOLDER / "revision").read_text().strip()


def revision_of(path: Path) -> str:
    """The store revision a view file says it is of."""
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        if path.name.startswith("search-"):
            return str(db.execute("SELECT revision FROM meta").fetchone()[0])
        return str(db.execute("SELECT value FROM meta WHERE name = 'revision'").fetchone()[0])


def dumps(store: Path) -> dict[str, list[str]]:
    """Every view file's content (SQL dump), by name; the lineage files by name only."""
    found: dict[str, list[str]] = {}
    for path in sorted((store / FOLDER).glob("*.sqlite")):
        if path.name.startswith("lineage-view-"):
            found[path.name] = []
            continue
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            found[path.name] = list(db.iterdump())
    return found


@pytest.fixture(scope="module")
def views_built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with four documents loaded and every view built beside it (a server ran)."""
    store = tmp_path_factory.mktemp("load-views") / "store"
    done = mandates_load(store, *FIRST)
    assert done.exit_code == 0, done.output
    build_views(store)
    return store


@pytest.fixture(scope="module")
def loaded_after(views_built: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """A copy of that store, then `mandates load` of one more document; and its output."""
    store = tmp_path_factory.mktemp("load-views-after") / "store"
    shutil.copytree(views_built, store)
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    return store, done.output


def statuses_updates_counted(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """A list that gains an item each time a load asks the statuses' update (which still runs)."""
    from mandate_graph.graph import status_kept

    asked: list[int] = []
    real = status_kept.update

    def counted(*args: Any, **kwargs: Any) -> Any:
        asked.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(status_kept, "update", counted)
    return asked


def test_load_leaves_every_view_at_the_store_revision(loaded_after: tuple[Path, str]) -> None:
    store, output = loaded_after
    said = " ".join(output.split())
    assert all(f"{view} updated" in said for view in ("statuses", "lists", "labels", "search index", "lineage",
                                                      "statistics and home lists")), said
    now = token(store)
    for name in VIEW_FILES:
        assert revision_of(store / FOLDER / name) == now, name
    [search] = (store / FOLDER).glob("search-*.sqlite")
    assert revision_of(search) == now
    assert (store / FOLDER / f"lineage-view-{now}.sqlite").exists()


def _pages(client: TestClient, lineage_roots: list[str], **lineage: str) -> dict[str, Any]:
    pages: dict[str, Any] = {"mandates": client.get("/api/mandates?limit=1000").json()}
    for status in ("open", "fulfilled", "overdue"):
        pages[f"mandates {status}"] = client.get(f"/api/mandates?limit=7&offset=1&status={status}").json()
    for root in lineage_roots:
        for direction in ("up", "down", "both"):
            pages[f"lineage {root} {direction}"] = client.get(f"/api/lineage/{root}",
                                                              params={"direction": direction, "depth": 3, **lineage}).json()
    return pages


@pytest.fixture()
def server(request: pytest.FixtureRequest) -> Iterator[Any]:
    contexts: list[Context] = []

    def start(store: Path) -> tuple[Context, TestClient]:
        from mandate_graph.api.app import create_app

        ctx = make_context(str(store))
        contexts.append(ctx)
        return ctx, TestClient(create_app(ctx))

    yield start
    for ctx in contexts:
        ctx.close()


def _wait_current(client: TestClient) -> None:
    deadline = time.monotonic() + 60
    while client.get("/health").json()["values"] != "current" and time.monotonic() < deadline:
        time.sleep(0.05)
    assert client.get("/health").json()["values"] == "current"


def test_a_server_after_the_load_answers_from_the_views_as_one_that_rebuilt_them(
        loaded_after: tuple[Path, str], server: Any, tmp_path: Path) -> None:
    from mandate_graph.graph import lineage_update, search_index
    from mandate_graph.graph.member_values import how_kept
    from mandate_graph.graph.status import statuses

    store, _ = loaded_after
    scratch = tmp_path / "scratch"
    shutil.copytree(store, scratch)
    shutil.rmtree(scratch / FOLDER)  # every view built from the whole store by its server
    kept = dumps(store)

    lineage_before = lineage_update.last_update
    ctx, client = server(store)
    with client:
        assert ctx.lineage_view.open_saved()  # the saved view is of the store's content: no update, no build
        roots = [m["instrument"].removeprefix(BASE) for m in client.get("/api/mandates?limit=3").json()["items"]]
        assert roots
        pages = _pages(client, roots)
        assert {page["engine"] for name, page in pages.items() if name.startswith("lineage")} == {"networkx"}
        assert statuses.rows(ctx.store).last_update["how"] == "read back"
        _wait_current(client)
        assert set(how_kept(ctx.store).values()) == {"read back"}
        index = search_index.index_for(ctx.store, ctx.ids.base)
        assert index.last_update["graphs_changed"] == 0 and not index.last_update["full"]
        assert lineage_update.last_update is lineage_before
    # Nothing written by the start: the tracker's columns too were brought up to date by the
    # load, with the statuses (graph/tracker_table.py).
    assert {name: rows for name, rows in dumps(store).items() if not name.startswith("search-")} == \
        {name: rows for name, rows in kept.items() if not name.startswith("search-")}

    ctx, client = server(scratch)
    with client:
        _wait_current(client)
        assert _pages(client, roots, engine="networkx") == pages  # its lineage view built from the whole store
        assert statuses.rows(ctx.store).last_update["how"] == "built"


def test_a_load_that_fails_half_way_leaves_the_views_as_they_were(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from mandate_graph.loaders import links

    store = tmp_path / "store"
    shutil.copytree(views_built, store)
    before = dumps(store)

    def broken(*args: object, **kwargs: object) -> int:  # after the documents are stored, before the links
        raise RuntimeError("the links could not be made")

    monkeypatch.setattr(links, "update_links", broken)
    done = mandates_load(store, LATER)
    assert done.exit_code != 0 and isinstance(done.exception, RuntimeError)
    assert dumps(store) == before
    monkeypatch.undo()
    # The next load, or a start, catches them up from the record of the graphs written.
    assert mandates_load(store, LATER).exit_code == 0
    now = token(store)
    assert all(revision_of(store / FOLDER / name) == now for name in VIEW_FILES)


def test_a_view_whose_update_fails_half_way_is_left_as_it_was(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The statuses' update fails after it has changed rows in its transaction: the file is as
    before (the next start catches it up), the other views are brought up to date, the load
    succeeds."""
    from mandate_graph.graph import status_rows

    store = tmp_path / "store"
    shutil.copytree(views_built, store)
    before = dumps(store)

    def broken(db: sqlite3.Connection, token: str | None) -> None:
        assert db.execute("SELECT count(*) FROM mandates").fetchone()[0] >= 0
        raise RuntimeError("stopped half-way")

    monkeypatch.setattr(status_rows.StatusRows, "_set_meta", staticmethod(broken))
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    assert "statuses left" in " ".join(done.output.split())
    assert dumps(store)["statuses.sqlite"] == before["statuses.sqlite"]
    now = token(store)
    assert revision_of(store / FOLDER / "sort-values-instruments.sqlite") == now


def test_views_never_built_are_left_to_the_server(tmp_path: Path) -> None:
    """No view file beside the store (no server ran): the load builds none from the whole store."""
    store = tmp_path / "store"
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    assert not list((store / FOLDER).glob("*.sqlite"))
    assert "views beside the store" not in done.output



def test_no_views_leaves_them_to_the_next_start(views_built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(views_built, store)
    before = dumps(store)
    done = CliRunner().invoke(cli, ["--store", str(store), "--base-iri", BASE, "load", "--no-views", str(LATER)])
    assert done.exit_code == 0, done.output
    assert "views beside the store" not in done.output
    assert dumps(store) == before


def test_a_load_that_rewrote_most_of_the_store_leaves_the_views_to_the_server(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Updating the views graph by graph after a load of most of the store (`load --bulk` into
    a store whose views were of it empty) would read nearly everything: the server builds them."""
    from mandate_graph.graph import kept_views

    store = tmp_path / "store"
    shutil.copytree(views_built, store)
    before = dumps(store)
    monkeypatch.setattr(kept_views, "FEW_GRAPHS", 0)  # the store's few graphs count as many here
    # The load writes 3 of the store's 9 graphs (its document's, the links and their index; the
    # reference graphs are unchanged, not written): "most" of it is a fifth here.
    monkeypatch.setattr(kept_views, "WHOLE_STORE_SHARE", 1 / 5)
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    assert "statuses left" in " ".join(done.output.split())
    assert dumps(store) == before


def test_a_store_with_no_view_kept_costs_the_load_nothing_for_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No view file beside the store: the load does not even call (nor import) the views' update
    (~0.4 CPU s of imports per load); one view file there, and it does."""
    from mandate_graph.graph import kept_views

    called: list[int] = []
    real = kept_views.bring_up_to_date

    def counted(*args: Any, **kwargs: Any) -> Any:
        called.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(kept_views, "bring_up_to_date", counted)
    store = tmp_path / "store"
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    assert called == [] and (store / FOLDER / "revision").exists()
    # A view kept (here the statistics, as a server's start keeps them): the next load updates it.
    ctx = make_context(str(store))
    try:
        from mandate_graph.graph import stats
        stats.kept(ctx.store)
    finally:
        ctx.close()
    assert list((store / FOLDER).glob("*.sqlite"))
    done = mandates_load(store, FIRST[0])
    assert done.exit_code == 0, done.output
    assert called == [1]
    assert "statistics and home lists updated" in " ".join(done.output.split())


def test_statuses_left_leave_the_tracker_rows_without_asking_them_again(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The tracker's rows are updated from the statuses: when the statuses' update was refused
    (a whole-store read, the server's), asking for them again would redo the same reads to be
    refused again. Once asked, both left, the other views updated."""
    from mandate_graph.graph import status_kept, whole_store_reads

    store = tmp_path / "store"
    shutil.copytree(views_built, store)
    before = dumps(store)
    asked: list[int] = []

    def refused(*args: Any, **kwargs: Any) -> Any:
        asked.append(1)
        whole_store_reads.check("the statuses (all of the mandates to recompute)")
        raise AssertionError("the load's updates refuse whole-store reads")

    monkeypatch.setattr(status_kept, "update", refused)
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    assert "statuses left, tracker rows left" in said and "lists updated" in said
    assert asked == [1]
    assert dumps(store)["statuses.sqlite"] == before["statuses.sqlite"]
    assert revision_of(store / FOLDER / "sort-values-instruments.sqlite") == token(store)


def test_statuses_sure_to_be_refused_are_left_before_their_update_reads_anything(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The mandates typed in the graphs written are all recomputed by the statuses' update: when
    their count alone passes its limit, the statuses are left (the server computes them whole)
    without the update's reads; under it (the other tests' loads), the update runs."""
    from mandate_graph.graph import kept_views, status_kept

    store = tmp_path / "store"
    shutil.copytree(views_built, store)
    before = dumps(store)
    asked = statuses_updates_counted(monkeypatch)
    # The limit made nought: one mandate in the document loaded passes it.
    monkeypatch.setattr(status_kept, "WHOLE_STORE_SHARE", 0.0)
    monkeypatch.setattr(kept_views, "STATUSES_FEW", 0)
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    said = " ".join(done.output.split())
    assert "statuses left, tracker rows left" in said and "lists updated" in said
    assert asked == []
    assert dumps(store)["statuses.sqlite"] == before["statuses.sqlite"]
    assert revision_of(store / FOLDER / "sort-values-instruments.sqlite") == token(store)
    # The same load into another copy, the limit as it is: the statuses updated, once.
    monkeypatch.undo()
    asked = statuses_updates_counted(monkeypatch)
    again = tmp_path / "again"
    shutil.copytree(views_built, again)
    done = mandates_load(again, LATER)
    assert done.exit_code == 0, done.output
    assert asked == [1] and "statuses updated" in " ".join(done.output.split())
    assert revision_of(again / FOLDER / "statuses.sqlite") == token(again)


def test_statuses_left_behind_by_a_load_are_left_by_the_next_at_once_and_rebuilt_by_the_server(
        views_built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, server: Any) -> None:
    """A load past the statuses' limit leaves their file at its older revision. The next load,
    however small, would have their update read every graph written since that revision (the
    earlier load's too) and be refused again (S33): it is left at once instead, the mandates of
    those graphs counted, the update never asked. The other views follow that load. A server
    started then answers as one that built every view from the whole store."""
    from mandate_graph.graph import kept_views, status_kept
    from mandate_graph.graph.status import statuses

    store = tmp_path / "store"
    shutil.copytree(views_built, store)
    statuses_file = store / FOLDER / "statuses.sqlite"
    revision_before = revision_of(statuses_file)
    asked = statuses_updates_counted(monkeypatch)
    # The limit made nought: one mandate among the graphs to read passes it.
    monkeypatch.setattr(status_kept, "WHOLE_STORE_SHARE", 0.0)
    monkeypatch.setattr(kept_views, "STATUSES_FEW", 0)
    first = mandates_load(store, LATER)  # a document with mandates: past the limit
    assert first.exit_code == 0, first.output
    assert "statuses left" in " ".join(first.output.split())
    left = dumps(store)["statuses.sqlite"]
    # A small load whose own graphs type no mandate: only the graphs the first load wrote pass it.
    notes = tmp_path / "notes"
    notes.mkdir()
    for at, words in enumerate(("The committee met in Geneva and heard a statement.",
                                "The secretariat circulated the list of participants for information.")):
        note = notes / f"note-{at}.txt"
        note.write_text(f"Note {at}\n\n{words}\n", encoding="utf-8")
        status_kept.last_update.clear()
        done = mandates_load(store, note)
        assert done.exit_code == 0, done.output
        said = " ".join(done.output.split())
        assert "statuses left, tracker rows left" in said and "lists updated" in said, said
        assert asked == [] and status_kept.last_update == {}  # the graphs since their revision not read
        assert revision_of(statuses_file) == revision_before
        assert dumps(store)["statuses.sqlite"] == left
        now = token(store)
        for name in VIEW_FILES:
            if name != "statuses.sqlite":
                assert revision_of(store / FOLDER / name) == now, name

    # A server's start (the limit as it is, or still nought) builds the statuses; its answers
    # are those of a server over the same store whose views were all built from the whole store.
    scratch = tmp_path / "scratch"
    shutil.copytree(store, scratch)
    shutil.rmtree(scratch / FOLDER)
    ctx, client = server(store)
    with client:
        _wait_current(client)
        roots = [m["instrument"].removeprefix(BASE) for m in client.get("/api/mandates?limit=3").json()["items"]]
        assert roots
        pages = _pages(client, roots, engine="networkx")
        assert statuses.rows(ctx.store).last_update["how"] in ("built", "updated")
        assert revision_of(statuses_file) == token(store)
        tracker = client.get("/mandates")
        assert tracker.status_code == 200
    ctx, client = server(scratch)
    with client:
        _wait_current(client)
        assert _pages(client, roots, engine="networkx") == pages
        assert client.get("/mandates").text == tracker.text


def test_the_views_command_builds_every_view_a_server_keeps(tmp_path: Path) -> None:
    """`mandates views` builds, once, what a server builds after a start (so that `serve
    --workers N` finds it ready); a store that keeps no views gets an error that says so."""
    store = tmp_path / "store"
    assert mandates_load(store, *FIRST).exit_code == 0
    assert not list((store / FOLDER).glob("*.sqlite"))  # loaded, never served
    done = CliRunner().invoke(cli, ["--store", str(store), "--base-iri", BASE, "views"])
    assert done.exit_code == 0, done.output
    assert "lineage view" in done.output and "current in" in done.output
    kept = {p.name for p in (store / FOLDER).glob("*.sqlite")}
    assert set(VIEW_FILES) <= kept and any(n.startswith("lineage-view-") for n in kept), kept
    refused = CliRunner().invoke(cli, ["--store", "memory", "views"])
    assert refused.exit_code == 1 and "keeps no views" in refused.output

"""`mandates load` of a folder loaded before skips its unchanged files (loaders/fingerprint.py),
and the views kept beside the store end as a full reload leaves them: an unchanged folder
writes nothing, so no view file changes; with one file edited, every view file has the rows
that `load --force` of the whole folder gives it, and the search answers are the same."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from mandate_graph.cli.main import app as cli
from mandate_graph.graph import search_index
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.store.revision import FOLDER
from tests.cli.test_load_views import _pages, build_views, server, token  # noqa: F401 (server: a fixture)
from tests.cli.test_load_views_read_once import view_rows
from tests.conftest import BASE, CORPUS, make_context


def mandates_load(store: Path, *args: str) -> Any:
    done = CliRunner().invoke(cli, ["--store", str(store), "--base-iri", BASE, "load", *args], catch_exceptions=False)
    assert done.exit_code == 0, done.output
    return done


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("skip-views") / "archive"
    shutil.copytree(CORPUS, copy)
    return copy


@pytest.fixture(scope="module")
def served(archive: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive loaded, every view a server's start builds kept beside the store."""
    store = tmp_path_factory.mktemp("skip-views-store") / "store"
    mandates_load(store, str(archive))
    build_views(store)
    return store


def view_files(store: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted((store / FOLDER).iterdir())
            if path.is_file() and path.suffix in {".sqlite", ".json"}}


def search_answers(store: Path, needles: tuple[str, ...]) -> dict[str, list[str]]:
    """What a search of each needle answers, from the index kept beside the store."""
    ctx = make_context(str(store))
    try:
        assert all(search_index.search(ctx.store, ctx.ids.base, needle) is not None for needle in needles)
        reader = EntityReader(ctx.store, ctx.ids)
        return {needle: [repr(hit) for hit in reader.search(needle, limit=200)] for needle in needles}
    finally:
        ctx.close()


def test_an_unchanged_folder_leaves_every_view_file_as_it_was(served: Path, archive: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    shutil.copytree(served, store)
    before, revision = view_files(store), token(store)

    done = mandates_load(store, str(archive))

    assert "0 loaded, 0 failed, 5 skipped as unchanged" in done.output
    assert "updated" not in done.output  # no view had anything to update
    assert token(store) == revision
    assert view_files(store) == before


def test_one_file_edited_gives_the_views_and_answers_of_a_full_reload(served: Path, archive: Path, tmp_path: Path,
                                                                     server: Any) -> None:
    skipping, forced = tmp_path / "skipping", tmp_path / "forced"
    shutil.copytree(served, skipping)
    shutil.copytree(served, forced)
    edited = archive / "002_6977d9382272e843.txt"
    text = edited.read_text(encoding="utf-8")
    try:
        edited.write_text(text.replace("requests", "invites", 1) + "\n\nThe Conference decided to remain seized.\n",
                          encoding="utf-8")
        skipped = mandates_load(skipping, str(archive))
        full = mandates_load(forced, "--force", str(archive))
    finally:
        edited.write_text(text, encoding="utf-8")

    assert "1 loaded, 0 failed, 4 skipped as unchanged" in skipped.output
    assert "5 loaded, 0 failed, 0 skipped as unchanged" in full.output
    assert "views beside the store:" in skipped.output
    rows_skipping, rows_forced = view_rows(skipping), view_rows(forced)
    assert rows_skipping.keys() == rows_forced.keys()
    for key in rows_skipping:
        if key.startswith("lineage-view "):
            continue  # a base and an overlay of the graphs rewritten: compared by its answers (below)
        if key.startswith("search ") and key.split()[1].endswith(("_data", "_idx", "_docsize")):
            continue  # the full-text index's segments: how it was written, not what it answers (below)
        assert rows_skipping[key] == rows_forced[key], key
    needles = ("council", "resolution", "report", "Secretary-General", "working group", "session", "decid", "xyzzy")
    assert search_answers(skipping, needles) == search_answers(forced, needles)
    answers = []
    for store in (skipping, forced):
        ctx, client = server(store)
        with client:
            assert ctx.lineage_view.open_saved()  # as the load left it: no update, no build
            roots = [m["instrument"].removeprefix(BASE) for m in client.get("/api/mandates?limit=4").json()["items"]]
            pages = _pages(client, roots)
            assert roots and {page["engine"] for name, page in pages.items() if name.startswith("lineage")} == {"networkx"}
            answers.append(pages)
    assert answers[0] == answers[1]

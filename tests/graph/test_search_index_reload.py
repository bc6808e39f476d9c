"""Loading a folder again after editing some of its files (graph/search_index.py): each file
replaces its graph, unchanged or not, but the search index keeps the rows of the nodes whose
rows are the same (their rowids untouched, nothing written for them) and writes those of the
edited files; its rows are still those a build from scratch makes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from mandate_graph.graph import search_index
from mandate_graph.graph.search_index import SearchIndex
from tests.conftest import loader_for, make_context
from tests.graph.test_search_index_incremental import CORPUS_FILES, _contents, _disk_ctx, _same_as_rebuilt


def _rows_by_id(index: SearchIndex) -> dict[str, dict[int, tuple]]:
    db = index._writer
    return {"name": {r[0]: r[1:] for r in db.execute("SELECT id, graph, subject, predicate, text FROM name_rows")},
            "quote": {r[0]: r[1:] for r in db.execute("SELECT id, graph, evidence, subject, predicate, quote, document, "
                                                       "paragraph FROM quote_rows")}}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three of the sample documents, in a folder of their own."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for path in CORPUS_FILES[:3]:
        shutil.copy(path, docs / path.name)
    return docs


def _cut_to_half(text: str) -> str:
    return text[: len(text) // 2]


def _reworded(text: str) -> str:
    return text.replace(" the ", " the said ")


def test_a_reload_of_unchanged_files_writes_no_row(folder: Path, tmp_path: Path) -> None:
    ctx = _disk_ctx(tmp_path / "store")
    try:
        assert all(r.ok for r in loader_for(ctx).load([folder]))
        index = search_index.index_for(ctx.store, ctx.ids.base)
        index.update(ctx.store)
        before = _rows_by_id(index)
        assert before["name"] and before["quote"]

        # the same files, their graphs replaced (`load --force`: a plain load skips them as unchanged)
        assert all(r.ok for r in loader_for(ctx).load([folder], force=True))
        index.update(ctx.store)
        update = index.last_update
        assert update["graphs_changed"] >= 3 and update["nodes_read"] > 0
        assert update["rows_written"] == 0
        assert update["nodes_unchanged"] > 0
        assert _rows_by_id(index) == before  # every row kept, at its rowid
        _same_as_rebuilt(ctx, index, full=False)
    finally:
        ctx.close()


@pytest.mark.parametrize("edit", [_cut_to_half, _reworded])
def test_a_reload_after_editing_one_file_writes_only_its_rows(folder: Path, tmp_path: Path, edit) -> None:  # type: ignore[no-untyped-def]
    ctx = _disk_ctx(tmp_path / "store")
    try:
        assert all(r.ok for r in loader_for(ctx).load([folder]))
        index = search_index.index_for(ctx.store, ctx.ids.base)
        index.update(ctx.store)
        before = _rows_by_id(index)
        rows_before = sum(len(rows) for rows in before.values())

        edited = sorted(folder.iterdir())[1]
        edited.write_text(edit(edited.read_text(encoding="utf-8")), encoding="utf-8")
        assert all(r.ok for r in loader_for(ctx).load([folder]))
        index.update(ctx.store)
        written = int(index.last_update["rows_written"])
        after = _rows_by_id(index)
        _same_as_rebuilt(ctx, index, full=False)  # the rows a build from scratch makes

        # The rows kept at their rowids are most of the index; what was written is fewer rows
        # than the index holds, and every row written is a row of the index now.
        kept = sum(len(before[kind].keys() & after[kind].keys()) for kind in before)
        assert 0 < written < rows_before
        assert kept + written == sum(len(rows) for rows in after.values())
        assert kept > rows_before / 3
    finally:
        ctx.close()


def test_a_reload_into_a_store_reopened_keeps_the_rows_too(folder: Path, tmp_path: Path) -> None:
    """`mandates load` run again later: the index kept beside the store, caught up by the load's process."""
    store = tmp_path / "store"
    ctx = _disk_ctx(store)
    assert all(r.ok for r in loader_for(ctx).load([folder]))
    index = search_index.index_for(ctx.store, ctx.ids.base)
    index.update(ctx.store)
    before = _rows_by_id(index)
    ctx.close()

    ctx = make_context(store=str(store))
    try:
        assert all(r.ok for r in loader_for(ctx).load([folder]))
        index = search_index.index_for(ctx.store, ctx.ids.base)
        index.update(ctx.store)
        assert index.last_update["full"] == 0.0 and index.last_update["rows_written"] == 0
        assert _rows_by_id(index) == before
        assert _contents(index)[1]
    finally:
        ctx.close()


def test_a_reload_of_unchanged_files_does_not_count_as_a_run(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the index one run short of rewriting every row as one (`MAX_RUNS`), a reload of the
    same files writes nothing, so it rewrites nothing; an edited file then does."""
    ctx = _disk_ctx(tmp_path / "store")
    try:
        assert all(r.ok for r in loader_for(ctx).load([folder]))
        index = search_index.index_for(ctx.store, ctx.ids.base)
        index.update(ctx.store)
        runs = len(index._writer.execute("SELECT quote_runs FROM meta").fetchone()[0].split())
        monkeypatch.setattr(search_index, "MAX_RUNS", runs + 1)
        before = _rows_by_id(index)

        assert all(r.ok for r in loader_for(ctx).load([folder]))
        index.update(ctx.store)
        assert index.last_update["rows_written"] == 0 and _rows_by_id(index) == before

        edited = sorted(folder.iterdir())[0]
        edited.write_text(_cut_to_half(edited.read_text(encoding="utf-8")), encoding="utf-8")
        assert all(r.ok for r in loader_for(ctx).load([folder]))
        _same_as_rebuilt(ctx, index, full=False)
        assert index.last_update["rows_written"] == sum(len(rows) for rows in _rows_by_id(index).values())  # all, as one run
    finally:
        ctx.close()

"""The search index handed to the processes of `mandates serve --workers N` (graph/search_index.py
`copy_for_snapshot`, `open_copy`): the parent brings the index kept beside the store up to date
from the graphs written since and copies it beside the snapshot; a process serving the snapshot
read-only searches with that copy, and answers as a search of the snapshot itself would."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph import search_index
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.store import OxigraphStore
from tests.conftest import BASE, CORPUS, loader_for, make_context

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())
NEEDLES = ("firearms", "working group", "of", "the conference of the parties", "nothing like this at all", "é")


def _scanned(store: OxigraphStore, needle: str) -> list[tuple[object, ...]]:
    """The hits of a search that scans the store (no index for it)."""
    search_index.discard(store)
    hits = EntityReader(store, _ids()).search(needle, limit=200)
    return [(h.entity.iri, h.field, h.text, h.quote) for h in hits]


def _ids():  # type: ignore[no-untyped-def]
    from mandate_graph.graph.identifiers import Identifiers

    return Identifiers(BASE)


@pytest.fixture
def served_before(tmp_path: Path) -> Path:
    """An on-disk store with three of the sample documents, served before: its search index is
    kept beside it."""
    ctx = make_context(store=str(tmp_path / "store"))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
    search_index.index_for(ctx.store, BASE).update(ctx.store)
    ctx.close()
    return tmp_path / "store"


def test_a_snapshot_searches_with_the_copy_after_documents_were_loaded_since(served_before: Path, tmp_path: Path) -> None:
    # Two more documents loaded from the command line: the kept index is one load behind.
    ctx = make_context(store=str(served_before))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
    ctx.close()

    parent = OxigraphStore(served_before)
    snapshot, copy = tmp_path / "snapshot", tmp_path / "snapshot.search.sqlite"
    try:
        parent.checkpoint(snapshot)
        assert search_index.copy_for_snapshot(parent, BASE, copy)
        update = search_index.index_for(parent, BASE).last_update
        assert update["full"] == 0.0 and update["graphs_changed"] >= 2  # only what was loaded since
    finally:
        parent.close()

    serving = OxigraphStore(snapshot, read_only=True, query_workers=0)
    try:
        assert search_index.open_copy(serving, BASE, copy)
        index = search_index.index_for(serving, BASE)
        assert index.read_only and index.path == copy
        index.update(serving)  # the background refresh's update: nothing to do, nothing written
        own = search_index.SearchIndex(BASE)  # what the process built before: read from the whole snapshot
        try:
            own.update(serving)
            for needle in NEEDLES:
                found = index.search(serving, needle)
                assert found is not None and found == own.search(serving, needle), needle
        finally:
            own.close()
        hits = EntityReader(serving, _ids()).search("firearms", limit=200)
        assert hits and search_index.search(serving, BASE, "firearms") is not None  # answered by the copy
        assert {h.entity.iri for h in hits} == {iri for iri, *_ in _scanned(serving, "firearms")}
    finally:
        serving.close()
    assert copy.exists()  # the copy is the snapshot's: removed with it, not by a process closing


def test_no_copy_when_only_a_whole_store_read_would_make_it(tmp_path: Path) -> None:
    """A store never served (no kept index), or written by an update whose graphs are not
    known: the processes build their own index, as before; the parent reads nothing whole."""
    ctx = make_context(store=str(tmp_path / "store"))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:2]))
    copy = tmp_path / "copy.sqlite"
    assert not search_index.copy_for_snapshot(ctx.store, BASE, copy) and not copy.exists()

    search_index.index_for(ctx.store, BASE).update(ctx.store)
    ctx.store.update("INSERT { GRAPH ?g { ?s <urn:x:p> 1 } } WHERE { GRAPH ?g { ?s a ?t } }")  # graphs not known
    assert not search_index.copy_for_snapshot(ctx.store, BASE, copy) and not copy.exists()
    ctx.close()


def test_a_copy_of_another_base_is_not_opened(served_before: Path, tmp_path: Path) -> None:
    parent = OxigraphStore(served_before)
    snapshot, copy = tmp_path / "snapshot", tmp_path / "copy.sqlite"
    try:
        parent.checkpoint(snapshot)
        assert search_index.copy_for_snapshot(parent, BASE, copy)
    finally:
        parent.close()
    serving = OxigraphStore(snapshot, read_only=True, query_workers=0)
    try:
        assert not search_index.open_copy(serving, "https://example.org/other/", copy)
        assert search_index.open_copy(serving, BASE, copy)
    finally:
        serving.close()

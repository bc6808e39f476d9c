"""The text index behind search (graph/search_index.py): the same hits as the SPARQL scan, in
the same order, and never an answer from an index older than the store."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph import search_index
from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.generations import derived
from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.search_index import NameMatch, QuoteMatch, name_order, quote_order
from tests.conftest import CORPUS, loader_for, make_context
from tests.graph.test_lineage import WG, context_with, fact, inst, load

# Texts whose lower case is not ASCII's, put in quotes of a hand-made document beside the corpus.
UNICODE_QUOTES = [
    "ΟΔΥΣΣΕΥΣ met at İstanbul",  # final sigma; a dotted capital I (lowered to two code points)
    "the Straße of Côte d'Ivoire",
    "reports on 50% of the cases_ [sic] \"quoted\" (sic)",  # LIKE's and FTS5's special characters
    "abcx then bcdy",  # every trigram of "abcd", not in a row
]

NEEDLES = [
    "firearms", "FIREARMS", "FiReArMs", "conference of the parties", "CTOC/COP", "2020",
    "working group", "the",  # hundreds of hits: the limits cut them
    "of", "e", " ", "/",  # under three characters: the index's own rows are read
    "türkiye", "TÜRKIYE", "côte d'ivoire", "ΟΔΥΣΣΕΥΣ", "οδυσσευς", "ς", "İstanbul", "i̇stanbul", "STRASSE", "straße",
    "50%", "cases_", "[sic]", '"quoted"', "(sic)", "'", "%", "_",
    "no such text anywhere 4711", "abcd", "ABCX",
]


@pytest.fixture(scope="module")
def ctx() -> Context:
    ctx = make_context()
    results = loader_for(ctx).load([CORPUS])
    assert all(r.ok for r in results)
    load(ctx, "unicode", [fact(inst(9, n), "requests", BodyRef(WG), quote=q) for n, q in enumerate(UNICODE_QUOTES, 1)])
    return ctx


def _index(ctx: Context) -> search_index.SearchIndex:
    index = search_index.index_for(ctx.store, ctx.ids.base)
    index.update(ctx.store)
    return index


def _same_up_to_ties(indexed: list, scanned: list, order, limit: int) -> None:  # type: ignore[no-untyped-def]
    """The same rows in the same order, where the order decides; rows the order ties may come
    in any order, and at the limit, any of the tied rows may be the ones kept."""
    assert [order(r) for r in indexed] == [order(r) for r in scanned]
    if len(scanned) < limit:
        assert set(indexed) == set(scanned)
    elif scanned:
        last = order(scanned[-1])
        assert {r for r in indexed if order(r) != last} == {r for r in scanned if order(r) != last}


@pytest.mark.parametrize("needle", NEEDLES)
def test_the_index_answers_as_the_scan(ctx: Context, needle: str) -> None:
    index = _index(ctx)
    reader = EntityReader(ctx.store, ctx.ids)
    found = index.search(ctx.store, needle)
    assert found is not None
    names, quotes = found
    _same_up_to_ties(names, reader._scan_names(needle), name_order, search_index.NAME_LIMIT)
    _same_up_to_ties(quotes, reader._scan_quotes(needle), quote_order, search_index.QUOTE_LIMIT)


@pytest.mark.parametrize("needle", [n for n in NEEDLES if len(n) < search_index.TRIGRAM])
def test_short_needles_read_row_by_row_answer_the_same(ctx: Context, needle: str) -> None:
    """A short needle is looked for in the runs' texts kept in memory; a run whose texts are not
    there (a search that began before an update published them) is read with SQLite's instr."""
    index = _index(ctx)
    from_memory = index.search(ctx.store, needle)
    index._folded = {}
    assert index.search(ctx.store, needle) == from_memory


def test_needles_find_what_they_should(ctx: Context) -> None:
    """The comparison above is not vacuous: a needle of each kind finds something, the limits
    bite, and a needle found nowhere finds nothing."""
    index = _index(ctx)

    def found(needle: str) -> tuple[list[NameMatch], list[QuoteMatch]]:
        answer = index.search(ctx.store, needle)
        assert answer is not None
        return answer

    assert any("Firearms" in n.text for n in found("FIREARMS")[0])
    assert len(found("the")[1]) == search_index.QUOTE_LIMIT
    assert [q.quote for q in found("οδυσσευς")[1]] == [UNICODE_QUOTES[0]]
    assert [q.quote for q in found("i̇stanbul")[1]] == [UNICODE_QUOTES[0]]
    assert [q.quote for q in found("côte")[1]] == [UNICODE_QUOTES[1]]
    assert [q.quote for q in found("(sic)")[1]] == [UNICODE_QUOTES[2]]
    assert found("_")[1] and all("_" in q.quote for q in found("_")[1])
    assert found("no such text anywhere 4711") == ([], [])
    assert found("abcd") == ([], [])  # its trigrams are there, but not in a row
    assert [q.quote for q in found("ABCX")[1]] == [UNICODE_QUOTES[3]]


def test_search_hits_are_the_scans(ctx: Context) -> None:
    """What a user gets (entities, fields, texts, where quotes are) is the same either way."""
    reader = EntityReader(ctx.store, ctx.ids)
    for needle in ("firearms", "Working Group on", "of", "conference"):
        search_index.discard(ctx.store)  # no index: the scan answers
        with_scan = reader.search(needle, limit=30)
        _index(ctx)
        assert search_index.search(ctx.store, ctx.ids.base, needle) is not None
        with_index = reader.search(needle, limit=30)
        assert [(h.entity.iri, h.text) for h in with_index] == [(h.entity.iri, h.text) for h in with_scan]
        assert [h.quote for h in with_index] == [h.quote for h in with_scan]


def test_a_write_is_never_answered_by_the_older_index() -> None:
    ctx = context_with(fact(inst(9, 1), "requests", BodyRef(WG), quote="to study the matter of quails"))
    reader = EntityReader(ctx.store, ctx.ids)
    reader.keep_search_index_fresh()
    derived.refresh(ctx.store)
    assert search_index.search(ctx.store, ctx.ids.base, "quails") is not None
    assert [h.text for h in reader.search("quails")] == ["to study the matter of quails"]

    load(ctx, "second", [fact(inst(9, 2), "requests", BodyRef(WG), quote="to report on partridges")])
    index = search_index.index_for(ctx.store, ctx.ids.base)
    assert index.search(ctx.store, "partridges") is None  # behind the store
    # a search brings it up to date itself, reading only the new document's graph
    assert search_index.search(ctx.store, ctx.ids.base, "partridges") is not None
    assert index.last_update["graphs_changed"] == 1 and index.last_update["full"] == 0.0
    assert [h.text for h in reader.search("partridges")] == ["to report on partridges"]

    # a write whose graphs are not known: the search scans, the background refresh reads all
    ctx.store.update('INSERT { GRAPH ?g { <urn:x:s> <urn:x:p> "o" } } WHERE { BIND(<urn:x:g> AS ?g) }')
    assert search_index.search(ctx.store, ctx.ids.base, "partridges") is None
    assert [h.text for h in reader.search("partridges")] == ["to report on partridges"]  # the scan's
    derived.refresh(ctx.store)  # what the background thread does after a write
    assert index.last_update["full"] == 1.0
    assert search_index.search(ctx.store, ctx.ids.base, "partridges") is not None

    load(ctx, "second", [fact(inst(9, 2), "requests", BodyRef(WG), quote="to report on pheasants")])
    derived.refresh(ctx.store)
    assert search_index.search(ctx.store, ctx.ids.base, "partridges") == ([], [])  # replaced, gone
    assert [h.text for h in reader.search("pheasants")] == ["to report on pheasants"]
    assert [h.text for h in reader.search("quails")] == ["to study the matter of quails"]


def test_many_writes_keep_the_order_across_runs() -> None:
    """Each write adds a run of rows; past `MAX_RUNS` they are rewritten as one. The order of
    hits is the scan's throughout."""
    ctx = context_with(fact(inst(9, 1), "requests", BodyRef(WG), quote="a common task, the first"))
    reader = EntityReader(ctx.store, ctx.ids)
    index = search_index.index_for(ctx.store, ctx.ids.base)
    for n in range(2, search_index.MAX_RUNS + 4):
        load(ctx, f"doc-{n}", [fact(inst(9, n), "requests", BodyRef(WG), quote=f"a common task, number {n}")])
        index.update(ctx.store)
        for needle in ("common task", "mm"):
            found = index.search(ctx.store, needle)
            assert found is not None
            _same_up_to_ties(found[1], reader._scan_quotes(needle), quote_order, search_index.QUOTE_LIMIT)
            _same_up_to_ties(found[0], reader._scan_names(needle), name_order, search_index.NAME_LIMIT)
            assert len(found[1]) == n


def test_without_the_trigram_tokenizer_search_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = context_with(fact(inst(9, 1), "requests", BodyRef(WG), quote="to study the matter of quails"))
    monkeypatch.setattr(search_index, "_available", False)
    EntityReader(ctx.store, ctx.ids).keep_search_index_fresh()
    derived.refresh(ctx.store)
    assert search_index.search(ctx.store, ctx.ids.base, "quails") is None
    assert [h.text for h in EntityReader(ctx.store, ctx.ids).search("quails")] == ["to study the matter of quails"]


def test_an_index_folder_left_by_a_dead_process_is_removed_by_the_next_index(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A killed server cannot remove its index folder (a gigabyte at 10 M triples): the next
    index removes the folders whose process is gone, and keeps those of live processes."""
    import subprocess
    import sys
    import tempfile

    from mandate_graph.graph.search_index import SearchIndex

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    dead = tmp_path / f"mandates-search-{gone.stdout.strip()}-abc"
    (dead / "search.sqlite").parent.mkdir()
    (dead / "search.sqlite").write_bytes(b"x" * 1000)
    alive = tmp_path / "mandates-search-1-def"  # pid 1 is always alive
    alive.mkdir()
    index = SearchIndex("https://example.org/")
    try:
        assert not dead.exists()
        assert alive.exists()
        assert Path(index.path).parent.parent == tmp_path
    finally:
        index.close()

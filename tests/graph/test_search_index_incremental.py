"""The search index brought up to date from the graphs a write touched (graph/search_index.py,
graph/store/revision.py): after each kind of write, in the same process and across a restart,
its rows are those a build from scratch makes; a write whose graphs are not known, a gap in
the record of changes or a killed update make it read everything again, never keep old rows."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from mandate_graph.graph import search_index
from mandate_graph.graph.context import Context
from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.namespaces import MG, RDF
from mandate_graph.graph.search_index import SearchIndex
from mandate_graph.graph.store import OxigraphStore
from tests.conftest import CORPUS, loader_for, make_context
from tests.graph.test_lineage import WG, fact, inst, load

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())


def _contents(index: SearchIndex) -> tuple[set, set, set]:
    """What the index holds, rowids aside: its rows with their graphs, and the spanning nodes."""
    db = index._writer
    names = set(db.execute("SELECT graph, subject, predicate, text, folded FROM name_rows"))
    quotes = set(db.execute("SELECT graph, evidence, subject, predicate, quote, document, paragraph, folded FROM quote_rows"))
    spanning = set(db.execute("SELECT node, graph FROM spanning"))
    return names, quotes, spanning


def _same_as_rebuilt(ctx: Context, index: SearchIndex, *, full: bool) -> None:
    """Bring ``index`` up to date (from the touched graphs, or reading all when ``full``) and
    compare it with an index built from scratch: the same rows, the same answers."""
    index.update(ctx.store)
    assert index.last_update["full"] == float(full)
    fresh = SearchIndex(ctx.ids.base)  # a temporary file, built by reading the whole store
    try:
        fresh.update(ctx.store)
        assert fresh.last_update["full"] == 1.0
        assert _contents(index) == _contents(fresh)
        for needle in ("firearms", "the", "of", "partridges", "quails", "pheasants"):
            found = index.search(ctx.store, needle)
            assert found is not None
            assert found == fresh.search(ctx.store, needle)
    finally:
        fresh.close()


def _disk_ctx(folder: Path) -> Context:
    return make_context(store=str(folder))


@pytest.fixture
def disk(tmp_path: Path) -> Path:
    """An on-disk store with three of the sample documents loaded."""
    ctx = _disk_ctx(tmp_path / "store")
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
    ctx.close()
    return tmp_path / "store"


def test_add_replace_drop_and_an_unknown_update_give_the_rebuilt_rows(disk: Path) -> None:
    ctx = _disk_ctx(disk)
    try:
        index = search_index.index_for(ctx.store, ctx.ids.base)
        index.update(ctx.store)
        before = _contents(index)
        assert before[0] and before[1]

        # add: the other sample documents, through the loader (document graphs, links, index)
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
        assert ctx.store.graphs_written_since(0)  # the loader's writes named their graphs
        _same_as_rebuilt(ctx, index, full=False)
        assert 0 < index.last_update["nodes_read"]

        # add and replace a hand-made document, then drop it
        load(ctx, "hand", [fact(inst(9, 1), "requests", BodyRef(WG), quote="to report on partridges")])
        _same_as_rebuilt(ctx, index, full=False)
        assert index.search(ctx.store, "partridges") != ([], [])
        load(ctx, "hand", [fact(inst(9, 1), "requests", BodyRef(WG), quote="to report on pheasants")])
        _same_as_rebuilt(ctx, index, full=False)
        assert index.search(ctx.store, "partridges") == ([], [])
        ctx.store.drop_graphs([ctx.ids.source_graph("hand")])
        _same_as_rebuilt(ctx, index, full=False)
        assert index.search(ctx.store, "pheasants") == ([], [])
        assert _contents(index) != before  # the comparisons above saw the added documents

        # a user's SPARQL Update whose graphs are not known (GRAPH ?g): everything is read again
        ctx.store.update(f'INSERT {{ GRAPH ?g {{ <{ctx.ids.base}x/1> <http://www.w3.org/2000/01/rdf-schema#label> "quails" }} }} '
                         'WHERE { BIND(<urn:x:g> AS ?g) }')
        assert ctx.store.graphs_written_since(ctx.store.generation - 1) is None
        _same_as_rebuilt(ctx, index, full=True)
        assert index.search(ctx.store, "quails") != ([], [])
    finally:
        ctx.close()


def test_a_node_whose_quads_are_in_two_graphs_follows_either(tmp_path: Path) -> None:
    """A row depends on its node's quads in every graph: an evidence node typed in one graph and
    quoted in another loses its row when the first graph goes; a name becomes a row again when
    the graph that made its node evidence goes (`Rows.spanning`)."""
    ctx = _disk_ctx(tmp_path / "store")
    try:
        base = ctx.ids.base
        ev, thing = f"{base}evidence/e1", f"{base}thing/t1"
        quote = (f"<{ev}> <{MG.quote}> \"the quails of the marsh\" .\n"
                 f"<{ev}> <{RDF.subject}> <{thing}> .\n<{ev}> <{RDF.predicate}> <{MG.requests}> .\n")
        label = f"<{ev}> <http://www.w3.org/2000/01/rdf-schema#label> \"an evidence label\" .\n"
        ctx.store.replace_graphs({"urn:x:quoted": quote + label, "urn:x:typed": f"<{ev}> <{RDF.type}> <{MG.Evidence}> .\n"})
        index = search_index.index_for(ctx.store, base)
        index.update(ctx.store)
        assert index.search(ctx.store, "quails")[1]  # type: ignore[index]
        assert not index.search(ctx.store, "evidence label")[0]  # type: ignore[index]
        assert (ev, "urn:x:typed") in _contents(index)[2]
        ctx.store.drop_graphs(["urn:x:typed"])
        _same_as_rebuilt(ctx, index, full=False)
        assert index.search(ctx.store, "quails") == ([], [])
        assert index.search(ctx.store, "evidence label")[0]  # type: ignore[index]
        ctx.store.replace_graphs({"urn:x:typed": f"<{ev}> <{RDF.type}> <{MG.Evidence}> .\n"})
        _same_as_rebuilt(ctx, index, full=False)
        assert index.search(ctx.store, "quails")[1]  # type: ignore[index]
    finally:
        ctx.close()


def test_a_restart_reuses_the_index_and_reads_only_what_a_load_wrote(disk: Path) -> None:
    ctx = _disk_ctx(disk)
    index = search_index.index_for(ctx.store, ctx.ids.base)
    index.update(ctx.store)
    assert index.last_update["full"] == 1.0
    ctx.close()

    ctx = _disk_ctx(disk)  # a restart on the unchanged store: nothing read
    index = search_index.index_for(ctx.store, ctx.ids.base)
    index.update(ctx.store)
    assert index.last_update == {**index.last_update, "full": 0.0, "nodes_read": 0.0}
    assert index.search(ctx.store, "firearms") is not None
    ctx.close()

    ctx = _disk_ctx(disk)  # `mandates load` with the server stopped: no index open meanwhile
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
    ctx.close()

    ctx = _disk_ctx(disk)
    try:
        # the first search, before any refresh, opens the kept index and catches it up itself
        assert search_index.search(ctx.store, ctx.ids.base, "firearms") is not None
        index = search_index.index_for(ctx.store, ctx.ids.base)
        assert index.last_update["full"] == 0.0
        assert index.last_update["graphs_changed"] >= len(CORPUS_FILES[3:])
        _same_as_rebuilt(ctx, index, full=False)
    finally:
        ctx.close()


def test_a_gap_in_the_record_or_an_unknown_write_reads_everything(disk: Path) -> None:
    ctx = _disk_ctx(disk)
    search_index.index_for(ctx.store, ctx.ids.base).update(ctx.store)
    ctx.close()

    # a write killed half-way: the token was removed, no finish; the next open starts a new one
    store = OxigraphStore(disk)
    assert store.revision is not None
    store.revision.start_write()
    store.close()
    ctx = _disk_ctx(disk)
    load(ctx, "hand", [fact(inst(9, 1), "requests", BodyRef(WG), quote="to report on partridges")])
    index = search_index.index_for(ctx.store, ctx.ids.base)
    _same_as_rebuilt(ctx, index, full=True)
    ctx.close()

    # a SPARQL Update from the command line, server stopped: not known, read again
    store = OxigraphStore(disk)
    store.update("INSERT { GRAPH ?g { <urn:x:s> <urn:x:p> 1 } } WHERE { BIND(<urn:x:nothing> AS ?g) }")
    store.close()
    ctx = _disk_ctx(disk)
    try:
        index = search_index.index_for(ctx.store, ctx.ids.base)
        _same_as_rebuilt(ctx, index, full=True)
    finally:
        ctx.close()


def test_an_update_killed_half_way_leaves_the_file_at_its_content(disk: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = _disk_ctx(disk)
    index = search_index.index_for(ctx.store, ctx.ids.base)
    index.update(ctx.store)
    before = _contents(index)
    load(ctx, "hand", [fact(inst(9, 1), "requests", BodyRef(WG), quote="to report on partridges")])

    def killed(*args: object) -> None:
        raise KeyboardInterrupt  # as a kill would stop it: between two statements of the transaction

    monkeypatch.setattr(SearchIndex, "_kept_runs", staticmethod(killed))
    with pytest.raises(KeyboardInterrupt):
        index.update(ctx.store)
    monkeypatch.undo()
    assert _contents(index) == before
    assert index.search(ctx.store, "partridges") is None  # behind the store: the caller scans
    ctx.close()

    ctx = _disk_ctx(disk)  # the next process: the file is at the old content, the record says what changed
    try:
        index = search_index.index_for(ctx.store, ctx.ids.base)
        _same_as_rebuilt(ctx, index, full=False)
        assert index.search(ctx.store, "partridges") != ([], [])
    finally:
        ctx.close()


def test_the_record_of_changes_follows_tokens(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    try:
        revision = store.revision
        assert revision is not None
        first = revision.token_at(0)
        assert first is not None
        store.replace_graphs({"urn:x:a": "<urn:x:s> <urn:x:p> \"1\" .\n"})
        store.replace_graphs({"urn:x:b": "<urn:x:s> <urn:x:p> \"2\" .\n"})
        assert revision.graphs_changed_since(first, store.generation) == {"urn:x:a", "urn:x:b"}
        assert store.graphs_written_since(0) == {"urn:x:a", "urn:x:b"}
        assert store.graphs_written_since(1) == {"urn:x:b"}
        assert revision.graphs_changed_since(first, 1) is None  # the store has changed since generation 1
        assert revision.graphs_changed_since("no-such-token", store.generation) is None
        store.update("CLEAR SILENT GRAPH <urn:x:a>")  # a graph the text names: known
        assert store.graphs_written_since(2) == {"urn:x:a"}
        assert revision.graphs_changed_since(first, store.generation) == {"urn:x:a", "urn:x:b"}
        store.update("DELETE WHERE { ?s ?p ?o }")  # the default graph: not known
        assert revision.graphs_changed_since(first, store.generation) is None
        assert store.graphs_written_since(0) is None
    finally:
        store.close()


def test_the_rows_of_given_nodes_are_those_a_whole_read_gives_them(loaded_ctx: Context) -> None:
    """`node_rows` (what an update reads, one lookup per node) gives every node of the sample
    corpus the names, quotes and graphs `read_rows` (the whole-store read) gives it, with a
    node made to span two graphs and a name on a node outside the base among them."""
    native = search_index._native(loaded_ctx.store)
    assert native is not None
    store = OxigraphStore(None)
    store._store.extend(native.quads_for_pattern(None, None, None, None))
    spanning = next(q.subject for q in native.quads_for_pattern(None, ox.NamedNode(str(MG.quote)), None, None))
    store.replace_graphs({
        "https://example.org/second": f'<{spanning.value}> <{MG.quote}> "a second quote" .\n'
                                      f'<{spanning.value}> <{RDF.type}> <{MG.Evidence}> .\n'
                                      f'<https://example.org/outside> <http://www.w3.org/2000/01/rdf-schema#label> "outside" .\n'})
    native = store._store
    subjects = {q.subject.value for q in native.quads_for_pattern(None, None, None, None) if isinstance(q.subject, ox.NamedNode)}
    whole = search_index.read_rows(native, loaded_ctx.ids.base)
    given = search_index.node_rows(native, sorted(subjects), loaded_ctx.ids.base)

    def as_sets(rows: search_index.Rows) -> tuple[dict, dict]:
        return ({g: (set(r.names), set(r.quotes)) for g, r in rows.by_graph.items() if r.names or r.quotes},
                {n: set(gs) for n, gs in rows.spanning.items()})

    assert as_sets(given) == as_sets(whole)
    assert spanning.value in given.spanning
    assert sum(len(r.quotes) for r in given.by_graph.values()) > 1000

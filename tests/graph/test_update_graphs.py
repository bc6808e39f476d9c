"""A user's SPARQL Update and a bulk N-Quads load name the graphs they write
(graph/store/update_graphs.py, graph/store/nquads_graphs.py): the graphs recorded are exactly
those whose quads changed, never fewer; what cannot be known from the text (the default
graph, GRAPH ?g, DROP ALL…) stays "not known"; and after each form the views kept beside the
store (search index, labels, statuses, lineage), brought up to date from those graphs alone,
equal the views built from the whole store."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandate_graph.graph import search_index
from mandate_graph.graph.lineage import LineageView
from mandate_graph.graph.namespaces import MG, PREFIXES, RDFS
from mandate_graph.graph.store import OxigraphStore
from mandate_graph.graph.store.nquads_graphs import graphs_of_nquads_file
from mandate_graph.graph.store.update_graphs import graphs_an_update_writes
from tests.conftest import CORPUS, loader_for, make_context
from tests.graph.test_lineage import CHAIN, inst, iri, load
from tests.graph.test_lineage_file_update import assert_as_built_whole
from tests.graph.test_member_values import _check_labels
from tests.graph.test_search_index_incremental import _same_as_rebuilt
from tests.graph.test_status_kept import _check as _check_statuses

EX = "http://example.org/"
BASE = "http://example.org/update"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"


# ------------------------------------------------------------------------------ the text alone

@pytest.mark.parametrize("update, graphs", [
    # DATA blocks: each GRAPH, however the IRI is written
    (f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> 'o' }} }}", {f"{EX}a"}),
    (f"PREFIX ex: <{EX}> DELETE DATA {{ GRAPH ex:a {{ ex:s ex:p 1 }} GRAPH ex:b {{ ex:s ex:p 'x' }} }}",
     {f"{EX}a", f"{EX}b"}),
    ("insert data { graph mg:g { mg:s mg:p mg:o } }", {f"{MG}g"}),  # the store's prefixes, any case
    ("INSERT DATA { GRAPH <rel> { <urn:s> <urn:p> <urn:o> } }", {f"{EX}rel"}),  # against the base
    (f"BASE <{EX}b/> INSERT DATA {{ GRAPH <c> {{ <urn:s> <urn:p> <urn:o> }} }}", {f"{EX}b/c"}),
    (f"INSERT DATA {{ GRAPH <{EX}\\u0041> {{ <urn:s> <urn:p> <urn:o> }} }}", {f"{EX}A"}),
    # braces, hashes and keywords inside strings, IRIs and comments are not structure
    (f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s#x> <{EX}p> '}} GRAPH <{EX}z> {{' , \"\"\"a\n}}\"\"\" }} # }} GRAPH <{EX}y>\n}}",
     {f"{EX}a"}),
    # templates: GRAPH <g>, and WITH's graph for triples outside one
    (f"DELETE {{ GRAPH <{EX}a> {{ ?s ?p ?o }} }} INSERT {{ GRAPH <{EX}b> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{EX}a> {{ ?s ?p ?o }} }}",
     {f"{EX}a", f"{EX}b"}),
    (f"WITH <{EX}w> DELETE {{ ?s ?p ?o }} INSERT {{ GRAPH <{EX}b> {{ ?s ?p ?o }} }} USING <{EX}u> WHERE {{ ?s ?p ?o FILTER(?o < 3) }}",
     {f"{EX}w", f"{EX}b"}),
    (f"WITH <{EX}w> INSERT {{ ?s <{EX}p> 1 }} WHERE {{ ?s ?p ?o }}", {f"{EX}w"}),
    (f"DELETE WHERE {{ GRAPH <{EX}a> {{ ?s ?p ?o }} }}", {f"{EX}a"}),
    # graph management
    (f"DROP GRAPH <{EX}a> ; CLEAR SILENT GRAPH <{EX}b> ; CREATE GRAPH <{EX}c>", {f"{EX}a", f"{EX}b", f"{EX}c"}),
    (f"LOAD <{EX}file.nt> INTO GRAPH <{EX}a>", {f"{EX}a"}),
    (f"COPY <{EX}a> TO <{EX}b>", {f"{EX}b"}),
    (f"ADD DEFAULT TO GRAPH <{EX}b>", {f"{EX}b"}),
    (f"MOVE GRAPH <{EX}a> TO <{EX}b>", {f"{EX}a", f"{EX}b"}),
    (f"INSERT DATA {{ }} ; DELETE DATA {{ GRAPH <{EX}a> {{ }} }}", {f"{EX}a"}),
    # not known: the default graph, a variable, the whole store, escapes, an operation after a WHERE
    (f"INSERT DATA {{ <{EX}s> <{EX}p> <{EX}o> }}", None),
    (f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> 1 }} <{EX}s> <{EX}p> 2 }}", None),
    (f"DELETE {{ ?s ?p ?o }} WHERE {{ GRAPH <{EX}a> {{ ?s ?p ?o }} }}", None),
    ("INSERT { GRAPH ?g { ?s ?p 1 } } WHERE { GRAPH ?g { ?s ?p ?o } }", None),
    ("DELETE WHERE { ?s ?p ?o }", None),
    ("DROP ALL", None), ("CLEAR DEFAULT", None), ("CLEAR NAMED", None), ("DROP SILENT DEFAULT", None),
    (f"LOAD <{EX}file.nt>", None),
    (f"COPY <{EX}a> TO DEFAULT", None), (f"MOVE DEFAULT TO <{EX}a>", None),
    (f"PREFIX ex: <{EX}> INSERT DATA {{ GRAPH ex:a\\-b {{ ex:s ex:p 1 }} }}", None),
    # inside a graph's block: an escape that could hide a quote or a hash, a nested brace, no end
    (f"PREFIX ex: <{EX}> INSERT DATA {{ GRAPH ex:a {{ ex:s ex:p ex:it\\'s }} }} ; DROP ALL #'", None),
    (f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> 1 {{ }} }} }}", None),
    (f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> 'x }} }}", None),
    (f"DELETE {{ GRAPH <{EX}a> {{ ?s ?p ?o }} }} WHERE {{ ?s ?p ?o }} ; DROP GRAPH <{EX}b>", None),
    # (an operator '<' read as an IRI, then a string: the DROP ALL could hide in it)
    (f"INSERT {{ GRAPH <{EX}a> {{ ?s ?p 1 }} }} WHERE {{ ?s ?p ?o FILTER(?o<'>') }} ; DROP ALL ; INSERT DATA {{ GRAPH <{EX}b> {{ <{EX}s> <{EX}p> 'x' }} }}",
     None),
    (f"INSERT {{ GRAPH <{EX}a> {{ ?s ?p 1 }} }} WHERE {{ ?s ?p ?o }} ; \\u0044ROP ALL", None),
    (f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s> <{EX}p> 1 }} }} ; PREFIX ex: <{EX}x/> DROP GRAPH ex:b", None),
    ("INSERT DATA { GRAPH <rel> { <urn:s> <urn:p> <urn:o> } }", None),  # no base given: see below
    ("SELECT * WHERE { ?s ?p ?o }", None),
    ("DROP GRAPH mg:a)(mg:b", None),  # not a prefixed name: never two graphs for one
])
def test_the_graphs_an_update_names(update: str, graphs: set[str] | None) -> None:
    base = None if update.startswith("INSERT DATA { GRAPH <rel>") and graphs is None else BASE
    found = graphs_an_update_writes(update, prefixes=PREFIXES, base_iri=base)
    assert found == (frozenset(graphs) if graphs is not None else None)


def _quads_by_graph(store: OxigraphStore) -> dict[str, set[str]]:
    by_graph: dict[str, set[str]] = defaultdict(set)
    for quad in store._store.quads_for_pattern(None, None, None, None):
        name = quad.graph_name
        by_graph["DEFAULT" if isinstance(name, ox.DefaultGraph) else name.value].add(str(quad))
    for name in store._store.named_graphs():  # an empty graph is there too (CREATE)
        by_graph.setdefault(name.value, set())
    return by_graph


SEED = "\n".join([
    f'<{EX}s1> <{EX}p> "1"^^<{XSD_INTEGER}> <{EX}a> .', f'<{EX}s2> <{EX}p> "2"^^<{XSD_INTEGER}> <{EX}a> .',
    f'<{EX}s1> <{EX}q> "b" <{EX}b> .', f'<{EX}s3> <{EX}p> "3"^^<{XSD_INTEGER}> <{EX}c> .',
    f'<{EX}s9> <{EX}p> "9"^^<{XSD_INTEGER}> .',
]) + "\n"


@pytest.mark.parametrize("update", [
    f"INSERT DATA {{ GRAPH <{EX}a> {{ <{EX}s4> <{EX}p> 4 }} GRAPH <{EX}new> {{ <{EX}s4> <{EX}p> 4 }} }}",
    f"DELETE DATA {{ GRAPH <{EX}a> {{ <{EX}s1> <{EX}p> 1 }} }}",
    f"DELETE {{ GRAPH <{EX}a> {{ ?s ?p ?o }} }} INSERT {{ GRAPH <{EX}d> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{EX}a> {{ ?s ?p ?o FILTER(?o > 1) }} }}",
    f"WITH <{EX}b> DELETE {{ ?s ?p ?o }} INSERT {{ ?s ?p 'c' }} WHERE {{ ?s ?p ?o }}",
    f"DELETE WHERE {{ GRAPH <{EX}c> {{ ?s ?p ?o }} }}",
    f"DROP GRAPH <{EX}a> ; CREATE GRAPH <{EX}e>",
    f"CLEAR GRAPH <{EX}b>",
    f"COPY <{EX}a> TO <{EX}b>", f"MOVE <{EX}a> TO <{EX}c>", f"ADD <{EX}a> TO <{EX}c>", f"ADD DEFAULT TO <{EX}c>",
    # not known: recorded so, whatever changed
    f"INSERT DATA {{ <{EX}s5> <{EX}p> 5 }}", "CLEAR ALL", "INSERT { GRAPH ?g { ?s ?p 0 } } WHERE { GRAPH ?g { ?s ?p 1 } }",
])
def test_the_graphs_recorded_are_those_whose_quads_changed(update: str) -> None:
    store = OxigraphStore()
    store._store.load(SEED.encode(), format=ox.RdfFormat.N_QUADS)
    before = _quads_by_graph(store)
    store.update(update, base_iri=BASE)
    after = _quads_by_graph(store)
    changed = {g for g in {*before, *after} if before.get(g) != after.get(g)}
    recorded = store.graphs_written_since(store.generation - 1)
    assert changed  # every update here changes something
    if recorded is not None:
        assert recorded == changed
    else:
        assert graphs_an_update_writes(update, prefixes=PREFIXES, base_iri=BASE) is None


def test_the_graphs_of_an_nquads_file(tmp_path: Path) -> None:
    path = tmp_path / "shard.nq"
    path.write_text(f"<{EX}s> <{EX}p> \"x\" <{EX}a> .\n# a comment <{EX}z> .\n<{EX}s> <{EX}p> <{EX}o> <{EX}b> . # <{EX}y>\n"
                    f"<{EX}s> <{EX}p> \"<{EX}w> .\" <{EX}a> .\n")
    assert graphs_of_nquads_file(path) == {f"{EX}a", f"{EX}b"}
    path.write_text(f"<{EX}s> <{EX}p> \"x\" <{EX}a> .\n<{EX}s> <{EX}p> <{EX}o> .\n")  # a triple of the default graph
    assert graphs_of_nquads_file(path) is None
    path.write_text(f"<{EX}s> <{EX}p> \"x\" _:g .\n")
    assert graphs_of_nquads_file(path) is None
    path.write_text(f"<{EX}s> <{EX}p> \"x\" <{EX}a>\n")  # no dot: the load fails too
    assert graphs_of_nquads_file(path) is None
    assert graphs_of_nquads_file(tmp_path / "missing.nq") is None
    store = OxigraphStore(tmp_path / "store")
    try:
        path.write_text(f"<{EX}s> <{EX}p> \"x\" <{EX}a> .\n<{EX}s> <{EX}p> \"y\" <{EX}b> .\n")
        store.bulk_load_quads(path)
        assert store.graphs_written_since(0) == {f"{EX}a", f"{EX}b"}
        path.write_text(f"<{EX}s> <{EX}p> \"z\" .\n")
        store.bulk_load_quads(path)
        assert store.graphs_written_since(1) is None
    finally:
        store.close()


# ------------------------------------------------------------------------------ the views

def test_the_views_follow_each_form_of_update_as_built_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_context(store=str(tmp_path / "store"))
    builds: list[int] = []
    original = LineageView._build
    monkeypatch.setattr(LineageView, "_build", lambda self: (builds.append(1), original(self))[1])
    try:
        assert all(r.ok for r in loader_for(ctx).load(sorted(p for p in CORPUS.iterdir() if p.is_file())[:2]))
        load(ctx, "first", CHAIN)
        first = ctx.ids.source_graph("first")
        index = search_index.index_for(ctx.store, ctx.ids.base)
        index.update(ctx.store)
        _check_labels(ctx, "built")
        _check_statuses(ctx, updated=False)
        view = LineageView(ctx.store, ctx.ids)
        view.fresh()
        a, b = iri(ctx, inst(9, 1)), iri(ctx, inst(7, 3))

        def write(update: str) -> None:
            before = _quads_by_graph(ctx.store)
            ctx.store.update(update, base_iri=BASE)
            after = _quads_by_graph(ctx.store)
            recorded = ctx.store.graphs_written_since(ctx.store.generation - 1)
            assert recorded == {g for g in {*before, *after} if before.get(g) != after.get(g)}
            check()

        def check() -> None:
            _same_as_rebuilt(ctx, index, full=False)
            _check_labels(ctx, "updated")
            _check_statuses(ctx, updated=None)
            builds.clear()
            view.fresh()
            assert not builds  # updated in place, not built again
            assert_as_built_whole(view, tmp_path)

        write(f"INSERT DATA {{ GRAPH <urn:x:hand> {{ <{a}> <{MG.cites}> <{b}> . <{b}> a <{MG.Resolution}> ; "
              f"<{RDFS.label}> 'Resolution on quails' }} }}")
        assert view.lineage(a, "up").nodes
        write(f"WITH <urn:x:hand> DELETE {{ ?s <{RDFS.label}> ?l }} INSERT {{ ?s <{RDFS.label}> 'Resolution on pheasants' }} "
              f"WHERE {{ ?s <{RDFS.label}> ?l }}")
        write("COPY <urn:x:hand> TO <urn:x:copy>")  # (a document graph copied: its evidence in two graphs, the lineage is built whole)
        write(f"DELETE WHERE {{ GRAPH <{first}> {{ ?s <{MG.cites}> ?o }} }}")
        write(f"DELETE {{ GRAPH <urn:x:copy> {{ ?s ?p ?o }} }} INSERT {{ GRAPH <urn:x:other> {{ ?s ?p ?o }} }} "
              f"WHERE {{ GRAPH <urn:x:copy> {{ ?s ?p ?o FILTER(?p = <{MG.cites}>) }} }}")
        write("MOVE <urn:x:hand> TO GRAPH <urn:x:moved>")
        write("ADD <urn:x:moved> TO <urn:x:copy> ; DROP GRAPH <urn:x:moved>")
        write("CLEAR GRAPH <urn:x:copy>")
        # a bulk N-Quads load (a shard of `mandates extract`)
        shard = tmp_path / "shard.nq"
        shard.write_text(f"<{b}> <{RDFS.label}> \"Resolution on partridges\" <urn:x:shard> .\n"
                         f"<{b}> <{MG.cites}> <{a}> <urn:x:shard> .\n")
        ctx.store.bulk_load_quads(shard)
        assert ctx.store.graphs_written_since(ctx.store.generation - 1) == {"urn:x:shard"}
        check()
    finally:
        ctx.close()


def test_an_update_sent_to_the_endpoint_records_its_graphs(tmp_path: Path) -> None:
    """``POST /update``: a relative graph IRI resolves against the endpoint's URL, as the
    store runs it; the protocol's using-graph-uri (a USING clause) writes nothing."""
    from fastapi.testclient import TestClient

    from mandate_graph.api.app import create_app
    from tests.support.http_server import TOKEN

    ctx = make_context(store=str(tmp_path / "store"), update_token=TOKEN)
    try:
        client = TestClient(create_app(ctx))
        auth = {"Authorization": f"Bearer {TOKEN}"}
        r = client.post("/update", data={"update": "INSERT DATA { GRAPH <mine> { <urn:x:s> <urn:x:p> 1 } }"}, headers=auth)
        assert r.status_code == 204, r.text
        (written,) = ctx.store.graphs_written_since(ctx.store.generation - 1) or [None]
        assert written is not None and written.endswith("/mine") and written in ctx.store.named_graphs()
        r = client.post("/update", headers=auth, data={
            "update": "DELETE { GRAPH <urn:x:g> { ?s ?p ?o } } INSERT { GRAPH <urn:x:h> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
            "using-graph-uri": written})
        assert r.status_code == 204, r.text
        assert ctx.store.graphs_written_since(ctx.store.generation - 1) == {"urn:x:g", "urn:x:h"}
        assert ctx.store.count("urn:x:h") == 1
    finally:
        ctx.close()

"""The store interface: named-graph replace, atomicity, persistence, export round-trips."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from graph.store import NetworkDisabledError, OxigraphStore, QuerySyntaxError, StoreError

G1 = "http://example.org/graph/one"
G2 = "http://example.org/graph/two"


def nt(*triples: tuple[str, str, str]) -> str:
    return "".join(f"<{s}> <{p}> {o} .\n" for s, p, o in triples)


A = ("http://example.org/a", "http://example.org/p", '"one"')
B = ("http://example.org/b", "http://example.org/p", '"two"')
C = ("http://example.org/c", "http://example.org/p", '"three"')


def values(store: OxigraphStore) -> set[str]:
    return {row["o"].value for row in store.query("SELECT ?o WHERE { ?s ?p ?o }")}


def test_replace_graph_replaces_exactly_that_graph() -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B), G2: nt(C)})
    store.replace_graphs({G1: nt(A)})
    assert store.count(G1) == 1
    assert store.count(G2) == 1
    assert values(store) == {"one", "three"}
    # The default graph of a query is the union of the named graphs.
    assert store.named_graphs() == [G1, G2]


def test_failing_replace_changes_nothing() -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A), G2: nt(C)})
    before = store.export("nquads")
    broken = "<http://example.org/x> <http://example.org/p> this is not N-Triples .\n"
    with pytest.raises(StoreError, match="store unchanged"):
        store.replace_graphs({G1: nt(B), G2: broken})
    assert store.export("nquads") == before


def test_on_disk_store_persists_across_reopen(tmp_path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({G1: nt(A, B)})
    store.close()
    reopened = OxigraphStore(tmp_path / "store")
    assert reopened.count() == 2


def test_second_writer_gets_a_clear_error(tmp_path) -> None:
    import subprocess
    import sys

    first = OxigraphStore(tmp_path / "store")
    code = f"from graph.store import OxigraphStore; OxigraphStore({str(tmp_path / 'store')!r})"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode != 0
    assert "in use by another process" in done.stderr
    first.close()


@pytest.mark.parametrize("fmt, parser", [("trig", "trig"), ("nquads", "nquads")])
def test_dataset_export_round_trips_through_rdflib(fmt: str, parser: str) -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B), G2: nt(C)})
    dataset = rdflib.Dataset()
    dataset.parse(data=store.export(fmt).decode(), format=parser)
    graphs = {str(g.identifier): len(g) for g in dataset.graphs() if len(g)}
    assert graphs == {G1: 2, G2: 1}


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("jsonld", "json-ld"), ("ntriples", "nt")])
def test_union_export_round_trips_through_rdflib(fmt: str, parser: str) -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B), G2: nt(C, A)})
    graph = rdflib.Graph().parse(data=store.export(fmt).decode(), format=parser)
    assert {str(o) for o in graph.objects()} == {"one", "two", "three"}
    assert len(graph) == 3  # A appears in two graphs, once in the union


def test_query_errors_are_typed() -> None:
    store = OxigraphStore(None)
    with pytest.raises(QuerySyntaxError):
        store.query("SELECT WHERE {")
    with pytest.raises(NetworkDisabledError, match="MANDATES_ALLOW_NETWORK"):
        store.query("SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }")
    with pytest.raises(NetworkDisabledError):
        store.update("LOAD <http://example.org/data.ttl>")
    # The word inside a string or IRI is not the keyword.
    assert list(store.query('SELECT ?x WHERE { BIND("SERVICE LOAD" AS ?x) }'))


def test_bindings_are_substituted_not_pasted() -> None:
    store = OxigraphStore(None)
    store.replace_graphs({G1: nt(A, B)})
    hostile = ox.Literal('one" } ; DROP ALL ; SELECT * { "')
    rows = list(store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o": hostile}))
    assert rows == []
    rows = list(store.query("SELECT ?s WHERE { ?s ?p ?o }", bindings={"o": ox.Literal("one")}))
    assert [r["s"].value for r in rows] == ["http://example.org/a"]
    assert store.count() == 2

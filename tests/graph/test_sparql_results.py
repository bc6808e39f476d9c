"""`graph.sparql_results.select_rows`: a SELECT's rows, and a clear error for any other answer."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from mandate_graph.graph.sparql_results import select_rows


@pytest.fixture()
def store() -> ox.Store:
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://example.org/s"), ox.NamedNode("http://example.org/p"), ox.Literal("o")))
    return store


def test_the_rows_of_a_select(store: ox.Store) -> None:
    rows = select_rows(store.query("SELECT ?o WHERE { ?s ?p ?o }"))
    assert [row["o"].value for row in rows] == ["o"]


@pytest.mark.parametrize(
    ("query", "answered"),
    [("ASK { ?s ?p ?o }", "a boolean"), ("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", "triples")],
)
def test_another_form_is_refused_saying_what_came(store: ox.Store, query: str, answered: str) -> None:
    with pytest.raises(TypeError, match=f"expected the rows of a SELECT query, the store answered {answered}"):
        select_rows(store.query(query))

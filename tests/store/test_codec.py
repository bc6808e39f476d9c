"""The result codec between a query worker and the server: every term comes back exactly, and
the row limit and the deadline are enforced on the bytes as they are written."""

from __future__ import annotations

import time

import pyoxigraph as ox
import pytest

from mandate_graph.graph.store.codec import RowLimitExceeded, decode_result, encode_result

EX = "http://example.org/"
XSD = "http://www.w3.org/2001/XMLSchema#"
G = ox.NamedNode(EX + "g")


def awkward_store() -> ox.Store:
    """Terms that a line-per-row encoding could get wrong: newlines and tabs inside literals,
    languages, datatypes, blank nodes, a quoted triple."""
    store = ox.Store()
    objects = [
        ox.Literal("line one\nline two\ttabbed\r\"quoted\" \\ é 𝄞"),
        ox.Literal("Working Group", language="en-gb"),
        ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")),
        ox.Literal("-0.5", datatype=ox.NamedNode(XSD + "decimal")),
        ox.Literal("2022-10-21", datatype=ox.NamedNode(XSD + "date")),
        ox.Literal("abc", datatype=ox.NamedNode(EX + "custom")),
        ox.Literal(""),
        ox.BlankNode("b1"),
        ox.Triple(ox.NamedNode(EX + "a"), ox.NamedNode(EX + "b"), ox.Literal("c")),
    ]
    for n, obj in enumerate(objects):
        store.add(ox.Quad(ox.NamedNode(f"{EX}s{n}"), ox.NamedNode(EX + "p"), obj, G))
    return store


SELECT = "SELECT ?s ?o ?never WHERE { ?s ?p ?o } ORDER BY ?s"


def rows(result: ox.QuerySolutions) -> list[tuple[object, ...]]:
    names = [v.value for v in result.variables]
    return [tuple(row[name] for name in names) for row in result]


def test_solutions_round_trip_every_term_and_unbound_variables() -> None:
    store = awkward_store()
    kind, data = encode_result(store.query(SELECT, use_default_graph_as_union=True))
    assert kind == "solutions"
    decoded = decode_result(kind, data)
    assert [v.value for v in decoded.variables] == ["s", "o", "never"]
    assert rows(decoded) == rows(store.query(SELECT, use_default_graph_as_union=True))  # type: ignore[arg-type]


def test_computed_terms_round_trip_as_computed() -> None:
    """Values a query makes (not normalized by the store) come back with their lexical form."""
    query = f"""SELECT ?x WHERE {{ VALUES ?v {{ "01" "+1" "1.0e0" ".5" "TRUE" }}
        VALUES ?f {{ 1 2 3 4 }}
        BIND(IF(?f = 1, STRDT(?v, <{XSD}integer>), IF(?f = 2, STRDT(?v, <{XSD}decimal>),
             IF(?f = 3, STRDT(?v, <{XSD}boolean>), STRLANG(?v, "EN-gb")))) AS ?x) }}"""
    store = ox.Store()
    kind, data = encode_result(store.query(query))
    assert rows(decode_result(kind, data)) == rows(store.query(query))  # type: ignore[arg-type]


@pytest.mark.parametrize("query, expected", [
    ("SELECT * WHERE {}", [()]),  # one solution binding nothing
    ("SELECT * WHERE { FILTER(false) }", []),
    ("SELECT ?x WHERE { FILTER(false) }", []),
])
def test_empty_and_variable_free_answers(query: str, expected: list[tuple[object, ...]]) -> None:
    assert rows(decode_result(*encode_result(ox.Store().query(query)))) == expected


def test_the_row_limit_counts_rows_not_lines_of_text() -> None:
    """Nine rows, one of them a literal of three lines: nine is allowed, eight is not."""
    store = awkward_store()
    assert len(rows(decode_result(*encode_result(store.query(SELECT, use_default_graph_as_union=True), max_rows=9)))) == 9
    with pytest.raises(RowLimitExceeded):
        encode_result(store.query(SELECT, use_default_graph_as_union=True), max_rows=8)


def test_the_row_limit_stops_a_large_answer_early() -> None:
    store = ox.Store()
    query = "SELECT ?n WHERE { VALUES ?a { 0 1 2 3 4 5 6 7 8 9 } VALUES ?b { 0 1 2 3 4 5 6 7 8 9 } " \
            "VALUES ?c { 0 1 2 3 4 5 6 7 8 9 } VALUES ?d { 0 1 2 3 4 5 6 7 8 9 } BIND(?a + ?b + ?c + ?d AS ?n) }"
    assert len(rows(decode_result(*encode_result(store.query(query), max_rows=10_000)))) == 10_000
    with pytest.raises(RowLimitExceeded):
        encode_result(store.query(query), max_rows=9_999)


def test_graphs_are_limited_by_triples() -> None:
    store = awkward_store()
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    kind, data = encode_result(store.query(construct, use_default_graph_as_union=True), max_rows=9)
    assert kind == "triples"
    assert set(decode_result(kind, data)) == set(store.query(construct, use_default_graph_as_union=True))
    with pytest.raises(RowLimitExceeded):
        encode_result(store.query(construct, use_default_graph_as_union=True), max_rows=8)


def test_a_deadline_already_past_stops_the_encoding() -> None:
    store = awkward_store()
    with pytest.raises(TimeoutError):
        encode_result(store.query(SELECT, use_default_graph_as_union=True), deadline=time.monotonic() - 1)


def test_booleans() -> None:
    store = awkward_store()
    assert bool(decode_result(*encode_result(store.query("ASK { ?s ?p 42 }", use_default_graph_as_union=True)))) is True
    assert bool(decode_result(*encode_result(store.query("ASK { ?s ?p 43 }", use_default_graph_as_union=True)))) is False

"""Parameters bound by writing the IRI in place of the variable, where that means the same as
the VALUES block, and by the VALUES block everywhere else: each case is checked against the
VALUES-only binding on a small store."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from mandate_graph.graph.store.base import StoreError
from mandate_graph.graph.store.sparql_text import bind_values, bind_with_values_block

EX = "http://example.org/"
A, B, C = (ox.NamedNode(EX + x) for x in "abc")
P, Q = ox.NamedNode(EX + "p"), ox.NamedNode(EX + "q")
G1, G2 = ox.NamedNode(EX + "g1"), ox.NamedNode(EX + "g2")


@pytest.fixture(scope="module")
def store() -> ox.Store:
    s = ox.Store()
    for subject, predicate, obj, graph in [
        (A, P, B, G1), (A, P, C, G1), (B, P, C, G2), (C, Q, A, G2), (B, Q, ox.Literal("x"), G1),
    ]:
        s.add(ox.Quad(subject, predicate, obj, graph))
    return s


def answers(store: ox.Store, text: str) -> list[tuple[str, ...]]:
    result = store.query(f"PREFIX ex: <{EX}>\n" + text, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return [(str(bool(result)),)]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return sorted(tuple(str(row[n]) for n in names) for row in result)
    return sorted((str(t),) for t in result)


CASES = {
    # query, bindings, whether the variable must be gone from the text
    "triple patterns only": ("SELECT ?o WHERE { ?s ex:p ?o }", {"s": A}, True),
    "union of subject and object": ("ASK { { ?s ex:p ?o } UNION { ?x ex:q ?s } }", {"s": C}, True),
    "optional": ("SELECT ?o ?x WHERE { ?s ex:p ?o OPTIONAL { ?o ex:p ?x . ?s ex:p ?o } }", {"s": A}, True),
    "graph name": ("SELECT ?s ?o WHERE { GRAPH ?g { ?s ex:p ?o } }", {"g": G2}, True),
    "projected": ("SELECT ?s ?o WHERE { ?s ex:p ?o }", {"s": A}, False),
    "select star": ("SELECT * WHERE { ?s ex:p ?o }", {"s": A}, False),
    "top-level filter": ("SELECT ?o WHERE { ?s ex:p ?o FILTER(?o != ?s) }", {"s": A}, False),
    "filter inside an optional": (
        "SELECT ?o ?x WHERE { ?o ex:p ?y OPTIONAL { ?o ex:q ?x FILTER(?s = ex:a) } }", {"s": A}, False),
    "minus": ("SELECT ?s WHERE { ?s ex:p ?o MINUS { ?s ex:p ?c } }", {"c": C}, False),
    "sub-select": ("SELECT ?o WHERE { { SELECT ?o WHERE { ?s ex:p ?o } } }", {"s": A}, False),
    "values of its own": ("SELECT ?o WHERE { VALUES ?s { ex:a ex:b } ?s ex:p ?o }", {"s": A}, False),
    "construct template": ("CONSTRUCT { ?s ex:r ?o } WHERE { ?s ex:p ?o }", {"s": A}, False),
    "literal": ("SELECT ?s WHERE { ?s ex:q ?v }", {"v": ox.Literal("x")}, False),
    "without WHERE": ("SELECT ?o { ?s ex:p ?o }", {"s": B}, True),
    "longer names are other variables": ("SELECT ?sx WHERE { ?s ex:p ?sx }", {"s": A}, True),
    "group by": ("SELECT ?s (COUNT(?o) AS ?n) WHERE { ?s ex:p ?o } GROUP BY ?s", {"s": A}, False),
    "strings and comments are not variables": (
        'SELECT ?o WHERE { ?s ex:p ?o # ?s in a comment\n FILTER(STR(?o) != "?s") }', {"s": A}, True),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_same_answers_as_the_values_block(store: ox.Store, case: str) -> None:
    text, bindings, gone = CASES[case]
    inline = bind_values(text, bindings)  # type: ignore[arg-type]
    assert answers(store, inline) == answers(store, bind_with_values_block(text, bindings)), inline  # type: ignore[arg-type]
    name = next(iter(bindings))
    outside_strings = inline.split("#")[0].replace('"?s"', "")
    assert (f"?{name} " not in outside_strings and f"?{name})" not in outside_strings
            and f"?{name}}}" not in outside_strings) == gone, inline


def test_the_iri_is_in_the_patterns_even_when_values_stays() -> None:
    text = bind_values("SELECT ?s ?o WHERE { ?s ex:p ?o }", {"s": A})
    assert text.count(f"<{EX}a>") == 2 and "VALUES (?s)" in text


def test_names_and_terms_are_checked() -> None:
    with pytest.raises(StoreError, match="invalid variable name"):
        bind_values("SELECT ?s WHERE { ?s ?p ?o }", {"s }": A})
    with pytest.raises(StoreError, match="only IRIs and literals"):
        bind_values("SELECT ?s WHERE { ?s ?p ?o }", {"s": ox.BlankNode("b")})  # type: ignore[dict-item]
    with pytest.raises(StoreError, match="no WHERE clause"):
        bind_values("DESCRIBE ?s", {"s": A})

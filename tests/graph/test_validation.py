"""`mandates validate`: the shapes run as SPARQL on the store find what pySHACL finds, fast.

A graph breaking every constraint of every shape (one node per kind of mistake) is checked
by both the SPARQL translation and pySHACL: the same focus nodes, paths, constraint
components and values must come back. The sample corpus conforms, and is validated in
seconds.
"""

from __future__ import annotations

import time

import pytest

from mandate_graph.graph.validation import ValidationReport, shape_checks, validate, validate_with_pyshacl
from mandate_graph.loaders.pipeline import Loader
from tests.conftest import make_context

BROKEN_GRAPH = "https://example.org/broken"
X = "https://example.org/x/"

BROKEN = f"""
@prefix mg: <https://w3id.org/mandate-graph/ontology#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix x: <{X}> .

x:body a mg:Body ; mg:key "good" ; skos:prefLabel "A body" .
x:session a mg:Session ; mg:meetingOf x:body ; mg:ordinal 3 .

# Instruments: nothing at all; then everything wrong.
x:bare a mg:Resolution .
x:wrong a mg:Decision ;
    mg:issuedBy x:body, x:notABody ;
    mg:number "eleven/2", "11/2" ;
    mg:adoptedOn "21 October 2022", "2022-13-45"^^xsd:date ;
    mg:adoptedAt x:body ;
    mg:cites "resolution 10/4" ;
    rdfs:label "decision 11/2" .

# Gatherings.
x:gathering a mg:Meeting ;
    mg:ordinal 0, 1 ;
    mg:heldOn "2022-05-02"^^xsd:date ; mg:heldUntil "2022-05-01"^^xsd:date ;
    mg:heldIn 1010 .
x:session2 a mg:Session ; mg:meetingOf x:body, x:session ; mg:ordinal "third" .

# Documents.
x:doc a mg:Document ;
    skos:notation "not a symbol" ;
    mg:reportOf x:body ; mg:submittedTo x:body ; mg:pursuantTo x:session ; mg:mentions x:body ;
    dcterms:date "last week" .

# Mandates.
x:mandate a mg:Mandate ; mg:instrument x:body ; mg:action x:body ; mg:dueAt x:body .
x:mandate2 a mg:Mandate ; mg:addressee x:body, x:session .

# Evidence: of a statement nobody made, with a literal subject, an empty quote, a negative start.
x:evidence a mg:Evidence ;
    rdf:subject "a literal" ; rdf:predicate x:p, x:q ; rdf:object x:o ;
    mg:document x:body ; mg:quote "" ; mg:start -1 ; mg:end "ten" .

# A relation with no evidence.
x:wrong mg:establishes x:body .

# A body unknown to the reference data; one with two keys.
x:stranger a mg:Body .
x:twice a mg:Body ; mg:key "a", "b" ; skos:prefLabel "Twice" .

# What the nodes above do not break yet: missing and doubled values, other wrong kinds.
x:empty a mg:Evidence .
x:doubled a mg:Evidence ;
    rdf:subject x:a, x:b ; rdf:predicate "p" ; rdf:object x:o, x:o2 ; mg:document x:doc, x:doc2 ;
    mg:quote "one", 2 ; mg:start 1, "two" ; mg:end 3, 4 ; rdf:type mg:Evidence .
x:nameless a mg:Session ; mg:meetingOf x:body ; mg:heldOn "2022-05-01" ; mg:heldUntil "2022-05-03" .
x:numberless a mg:Resolution ; mg:issuedBy x:body ; mg:number 7 ; rdfs:label "r" .
x:doc2 a mg:Document ; skos:notation x:notALiteral .
x:mandate3 a mg:Mandate ; mg:instrument x:wrong, x:bare ; mg:action x:a1, x:a2 ; mg:addressee x:body ;
    mg:evidence x:body .
"""


def _store_with_broken_graph():  # type: ignore[no-untyped-def]
    import rdflib

    ctx = make_context()
    Loader(ctx.store, ctx.ids, ctx.registry).ensure_reference()
    ntriples = rdflib.Graph().parse(data=BROKEN, format="turtle").serialize(format="nt")
    ctx.store.replace_graphs({BROKEN_GRAPH: ntriples})
    return ctx.store


def _found(report: ValidationReport) -> set[tuple[str, str | None, str, str | None]]:
    return {(v.focus, v.path, v.constraint, v.value) for v in report.violations}


@pytest.fixture(scope="module")
def broken_store():  # type: ignore[no-untyped-def]
    return _store_with_broken_graph()


def test_sparql_validation_finds_what_pyshacl_finds(broken_store) -> None:  # type: ignore[no-untyped-def]
    fast = validate(broken_store)
    reference = validate_with_pyshacl(broken_store)
    assert not fast.conforms and not reference.conforms
    missing, extra = _found(reference) - _found(fast), _found(fast) - _found(reference)
    assert not missing and not extra, f"missed {sorted(map(str, missing))}\nextra {sorted(map(str, extra))}"


def test_every_shape_and_every_constraint_is_violated_by_the_broken_graph(broken_store) -> None:  # type: ignore[no-untyped-def]
    report = validate(broken_store)
    checks = shape_checks()
    assert {c.shape for c in checks} == {v.shape for v in report.violations}
    reported = {(v.shape, v.constraint, v.path) for v in report.violations}
    assert {(c.shape, c.constraint, c.path) for c in checks if c.path is not None} <= reported
    # Every violation is about the broken graph, none about the vocabulary or the reference data.
    assert all(v.focus.startswith(X) for v in report.violations)


@pytest.mark.parametrize(
    "focus, path, constraint",
    [
        ("bare", "https://w3id.org/mandate-graph/ontology#issuedBy", "MinCountConstraintComponent"),
        ("wrong", "https://w3id.org/mandate-graph/ontology#issuedBy", "ClassConstraintComponent"),
        ("wrong", "https://w3id.org/mandate-graph/ontology#adoptedOn", "DatatypeConstraintComponent"),
        ("gathering", None, "SPARQLConstraintComponent"),
        ("gathering", "https://w3id.org/mandate-graph/ontology#ordinal", "MinInclusiveConstraintComponent"),
        ("doc", "http://www.w3.org/2004/02/skos/core#notation", "PatternConstraintComponent"),
        ("evidence", "http://www.w3.org/1999/02/22-rdf-syntax-ns#subject", "NodeKindConstraintComponent"),
        ("evidence", "https://w3id.org/mandate-graph/ontology#quote", "MinLengthConstraintComponent"),
        ("wrong", "https://w3id.org/mandate-graph/ontology#establishes", "SPARQLConstraintComponent"),
        ("stranger", "https://w3id.org/mandate-graph/ontology#key", "MinCountConstraintComponent"),
    ],
)
def test_each_kind_of_mistake_is_reported_with_its_node(broken_store, focus: str, path: str | None, constraint: str) -> None:  # type: ignore[no-untyped-def]
    found = {(v.focus, v.path, v.constraint) for v in validate(broken_store).violations}
    assert (X + focus, path, constraint) in found


def test_an_ill_formed_date_is_a_datatype_violation(broken_store) -> None:  # type: ignore[no-untyped-def]
    values = {v.value for v in validate(broken_store).violations if v.constraint == "DatatypeConstraintComponent"}
    assert {"2022-13-45", "21 October 2022", "last week", "third", "1010"} <= values


def test_the_corpus_conforms_and_is_validated_in_seconds(loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    started = time.process_time()
    report = validate(loaded_ctx.store)
    assert report.conforms, [str(v) for v in report.violations[:10]]
    assert report.triples_checked > 5000
    assert time.process_time() - started < 10

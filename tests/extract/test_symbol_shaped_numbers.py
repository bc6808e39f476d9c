"""A body that numbers its decisions as document symbols ("OFA/32/C/10"), with no instrument
word in them, prints its reports with symbols of the same shape ("OFA/32/C/4"): such a number
is a document, not a decision, in brackets after what it is ("the report (OFA/32/C/4)") or
before a document's title in a list ("OFA/32/C/4 – Report of ..."); after its kind word
("decision OFA/32/C/10", "decisions OFA/32/C/9 and OFA/32/C/10") it is a decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

TTL = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/ofa> a mg:Body ;
    mg:key "ofa" ;
    skos:prefLabel "Ocean Floor Authority"@en ;
    skos:altLabel "OFA"@en .

<body/ofa/council> a mg:Body ;
    mg:key "ofa/council" ;
    skos:prefLabel "Council of the Ocean Floor Authority"@en ;
    mg:shortName "Council" ;
    mg:symbolPrefix "OFA" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "OFA/{session}/C/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/ofa> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    ttl = tmp_path_factory.mktemp("ofa") / "ofa.ttl"
    ttl.write_text(TTL)
    return load_registry(DEFAULT_BASE_IRI, [Path(ttl)])


def _mentioned(paragraph: str, registry: BodyRegistry) -> set[tuple[str, str]]:
    text = (
        "Council of the Ocean Floor Authority\n\nThirty-second session\n\n"
        "Summary of the work of the Council of the Ocean Floor Authority\n\n"
        f"1. {paragraph}\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    return {(o.session, o.number) for f in facts if f.relation == "mentions" and isinstance(o := f.object, InstrumentRef)}


@pytest.mark.parametrize("paragraph, decisions", [
    ("By decision OFA/32/C/9, the Council approved the plan of work.", {("32", "9")}),
    ("The Council adopted decisions OFA/32/C/9 and OFA/32/C/10 without a vote.", {("32", "9"), ("32", "10")}),
    ("The Council, recalling its decision OFA/31/C/12, took note of the report.", {("31", "12")}),
    # a list whose row gives no document's title after the number: read as before, a decision
    ("OFA/31/C/12 – Regulations on exploration in the Area.", {("31", "12")}),
])
def test_a_number_after_its_kind_word_is_a_decision(paragraph: str, decisions: set[tuple[str, str]], registry: BodyRegistry) -> None:
    assert decisions <= _mentioned(paragraph, registry)


@pytest.mark.parametrize("paragraph", [
    "The Council had before it the report of the Secretary-General (OFA/32/C/4).",
    "The Council took note of the annual report (OFA/32/C/2–OFA/32/C/5).",
    "OFA/32/C/4 – Report of the Chair of the Legal and Technical Commission.",
])
def test_a_symbol_without_a_kind_word_is_a_document(paragraph: str, registry: BodyRegistry) -> None:
    assert not _mentioned(paragraph, registry)

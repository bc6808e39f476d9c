"""An organisation's own word for itself in its board's documents: "the Entity" (UN-Women's
documents), "the Fund", "the Agency", "the Unit" are the head noun of the full name of the
author's organisation ("United Nations Entity for ..."), read as that organisation where the
document is its own or its organ's (`rules.own_body_names.HEAD_NOUNS`): "by which the Assembly
established the Entity". In another author's document, or followed by "for"/"of" (another name
begins), the word names nobody.

Invented reference data and texts."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, facts

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/uncl> a mg:Body ;
    mg:key "uncl" ;
    skos:prefLabel "United Nations Entity for Coastal Livelihoods"@en ;
    skos:altLabel "UN-Coast"@en .
<body/uncl/executive-board> a mg:Body ;
    mg:key "uncl/executive-board" ;
    skos:prefLabel "Executive Board of the United Nations Entity for Coastal Livelihoods"@en ;
    skos:altLabel "Executive Board of UN-Coast"@en ;
    mg:shortName "Executive Board" ;
    mg:symbolPrefix "UNCL/EB" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    org:subOrganizationOf <body/uncl> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "entity.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


def _board_decision(*paragraphs: str) -> str:
    # the organisation's board's decision (the organisation shows itself as the text names it)
    return (
        "UNCL/EB/2031/9\n\nExecutive Board of the United Nations Entity for Coastal Livelihoods\n\n"
        "Annual session 2031\n\nDecisions adopted by the Executive Board at its annual session 2031\n\n"
        "Decision 2031/3\n\nWorking methods\n\nThe Executive Board,\n\n" + "\n\n".join(paragraphs) + "\n"
    )


ESTABLISHED_BY = InstrumentRef("ga", "resolution", "80", "200")


def test_the_assembly_established_the_entity(registry: BodyRegistry) -> None:
    text = _board_decision("1. Recalls General Assembly resolution 80/200, by which the Assembly established the Entity;")
    assert (ESTABLISHED_BY, BodyRef("uncl")) in facts(text, registry, "establishes")


@pytest.mark.parametrize("paragraph", [
    # another name begins with the word
    "1. Recalls General Assembly resolution 80/200, by which the Assembly established the Entity for Coastal Data;",
    # the word in lower case is no name
    "1. Recalls General Assembly resolution 80/200, by which the Assembly established an entity for coastal data;",
])
def test_not_the_organisation(registry: BodyRegistry, paragraph: str) -> None:
    assert (ESTABLISHED_BY, BodyRef("uncl")) not in facts(_board_decision(paragraph), registry, "establishes")


def test_another_authors_entity_is_nobody(registry: BodyRegistry) -> None:
    text = (
        "A/RES/80/201\n\nGeneral Assembly\n\nResolution adopted by the General Assembly on 20 December 2030\n\n"
        "80/201. Coastal cooperation\n\nThe General Assembly,\n\n"
        "Recalling its resolution 80/200, by which it established the Entity,\n\n"
        "1. Requests the Secretary-General to report to the General Assembly at its eighty-first session;\n"
    )
    assert (ESTABLISHED_BY, BodyRef("uncl")) not in facts(text, registry, "establishes")

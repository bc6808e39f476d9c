"""A short name in a document the organisation itself issues: "Requests the Bureau to ..." in a
decision whose author is the organisation (its symbol series), where the only bureau below it is
its Executive Board's, is that bureau, though other organisations' bureaux carry the name too.
Where two bodies of that name sit below the author, which one is meant is not said: none.

Invented reference data and texts."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, facts

_ORGANISATION = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/icw> a mg:Body ;
    mg:key "icw" ;
    skos:prefLabel "International Coastal Watch"@en ;
    skos:altLabel "ICW"@en ;
    mg:symbolPrefix "ICW" ;
    mg:issuesInstruments true .
<body/icw/board> a mg:Body ;
    mg:key "icw/board" ;
    skos:prefLabel "Executive Board of the International Coastal Watch"@en ;
    mg:shortName "Executive Board" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/icw> .
<body/icw/board/bureau> a mg:Body ;
    mg:key "icw/board/bureau" ;
    skos:prefLabel "Bureau of the Executive Board of the International Coastal Watch"@en ;
    mg:shortName "Bureau" ;
    org:subOrganizationOf <body/icw/board> .
<body/tfo> a mg:Body ;
    mg:key "tfo" ;
    skos:prefLabel "Tidal Forecasting Organization"@en .
<body/tfo/bureau> a mg:Body ;
    mg:key "tfo/bureau" ;
    skos:prefLabel "Bureau of the Tidal Forecasting Organization"@en ;
    mg:shortName "Bureau" ;
    org:subOrganizationOf <body/tfo> .
"""
# a second bureau below the organisation: which one "the Bureau" is, is no longer said
_SECOND_BUREAU = """
<body/icw/science-committee> a mg:Body ;
    mg:key "icw/science-committee" ;
    skos:prefLabel "Science Committee of the International Coastal Watch"@en ;
    org:subOrganizationOf <body/icw> .
<body/icw/science-committee/bureau> a mg:Body ;
    mg:key "icw/science-committee/bureau" ;
    skos:prefLabel "Bureau of the Science Committee of the International Coastal Watch"@en ;
    mg:shortName "Bureau" ;
    org:subOrganizationOf <body/icw/science-committee> .
"""


def _registry(tmp_path_factory: pytest.TempPathFactory, text: str) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "icw.ttl"
    path.write_text(text, encoding="utf-8")
    return load_registry(BASE, [path])


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, _ORGANISATION)


@pytest.fixture(scope="module")
def two_bureaux(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, _ORGANISATION + _SECOND_BUREAU)


TEXT = (
    "ICW/2031/5\n\nInternational Coastal Watch\n\nDecisions adopted by the Executive Board at its annual session 2031\n\n"
    "Decision 2031/5\n\nWorking methods\n\nThe Executive Board,\n\n"
    "1. Decides to review its working methods;\n\n"
    "2. Requests the Bureau to convene an informal consultation on 8 September 2031;\n"
)


def _requested(text: str, registry: BodyRegistry) -> set[object]:
    return {o for _, o in facts(text, registry, "requests")}


def test_the_only_bureau_below_the_author(registry: BodyRegistry) -> None:
    requested = _requested(TEXT, registry)
    assert BodyRef("icw/board/bureau") in requested
    assert BodyRef("tfo/bureau") not in requested


def test_two_bureaux_below_the_author_neither(two_bureaux: BodyRegistry) -> None:
    requested = _requested(TEXT, two_bureaux)
    assert not requested & {BodyRef("icw/board/bureau"), BodyRef("icw/science-committee/bureau"), BodyRef("tfo/bureau")}

"""Two organs of one organisation that number their instruments the same way ("Resolution
{number}/{session}"): "Assembly Resolution 7/2031" in the Board's report is the Assembly's, the
short name right before the keyword saying which of the two the number belongs to; a number
with no name before it stays the convention's (the author's)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/oto> a mg:Body ; mg:key "oto" ;
    skos:prefLabel "Ocean Tides Organization"@en ; skos:altLabel "OTO"@en .
<body/oto/assembly> a mg:Body ; mg:key "oto/assembly" ;
    skos:prefLabel "Assembly of the Ocean Tides Organization"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/oto> .
<body/oto/board> a mg:Body ; mg:key "oto/board" ;
    skos:prefLabel "Board of the Ocean Tides Organization"@en ; mg:shortName "Board" ; mg:symbolPrefix "OTB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/oto> .
<body/lca> a mg:Body ; mg:key "lca" ;
    skos:prefLabel "Lagoon Conservation Agency"@en ; skos:altLabel "LCA"@en .
<body/lca/assembly> a mg:Body ; mg:key "lca/assembly" ;
    skos:prefLabel "Assembly of the Lagoon Conservation Agency"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/lca> .
"""

REPORT = (
    "OTB 44/REP\n\nBoard of the Ocean Tides Organization\n\nForty-fourth Session\n\n"
    "Report of the Board of the Ocean Tides Organization on its Forty-fourth Session\n\n"
    "1. {sentence}\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def cited(sentence: str, registry: BodyRegistry) -> set[InstrumentRef]:
    extraction = extract(REPORT.format(sentence=sentence), source_key="test", registry=registry)
    return {f.object for f in extraction.facts if f.relation == "mentions" and isinstance(f.object, InstrumentRef)}


@pytest.mark.parametrize("sentence", [
    "The Board recalled Assembly Resolution 7/2031 on tidal data.",
    "Recalling Assembly Resolution 7/2031 and its own Resolution 3/43, the Board agreed.",
])
def test_the_sibling_named_before_the_keyword(sentence: str, registry: BodyRegistry) -> None:
    mentioned = cited(sentence, registry)
    assert InstrumentRef("oto/assembly", "resolution", "2031", "7") in mentioned
    assert InstrumentRef("oto/board", "resolution", "2031", "7") not in mentioned


def test_no_name_before_the_keyword_stays_the_conventions(registry: BodyRegistry) -> None:
    assert InstrumentRef("oto/board", "resolution", "43", "3") in cited("The Board recalled Resolution 3/43.", registry)

"""A number another body's convention also reads ("{number} ({session})", a regional
commission's "812 (XLII)"), written after "its": "the General Assembly, recalling its resolution
2205 (XXI)" is the Assembly's resolution, the subject named right before "recalling its"; the
commission's own "The Commission, recalling its resolution 790 (XL)" stays the commission's."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/ecco> a mg:Body ; mg:key "ecco" ;
    skos:prefLabel "Economic Commission for Coastal Oceania"@en ; skos:altLabel "ECCO"@en ; mg:shortName "Commission" ;
    mg:symbolPrefix "E/ECCO" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} ({session})" ; mg:instrumentKind "resolution" ] .
"""

NOTE = (
    "E/ECCO/42/3\n\nEconomic Commission for Coastal Oceania\n\nForty-second session\n\nSuva, 3–5 May 2031\n\n"
    "Note by the secretariat\n\n1. {sentence}\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def mentioned(sentence: str, registry: BodyRegistry) -> set[InstrumentRef]:
    extraction = extract(NOTE.format(sentence=sentence), source_key="test", registry=registry)
    return {f.object for f in extraction.facts if f.relation == "mentions" and isinstance(f.object, InstrumentRef)}


@pytest.mark.parametrize("sentence", [
    "By its resolution 85/102, the General Assembly, recalling its resolution 2205 (XXI), endorsed the plan.",
    "The General Assembly reaffirmed its resolution 2205 (XXI) on trade law.",
    "In 2030 the General Assembly, noting also its resolution 2205 (XXI), acted.",
])
def test_its_resolution_is_the_subjects(sentence: str, registry: BodyRegistry) -> None:
    found = mentioned(sentence, registry)
    assert InstrumentRef("ga", "resolution", "21", "2205") in found
    assert InstrumentRef("ecco", "resolution", "21", "2205") not in found


def test_the_commissions_own_stays_its_own(registry: BodyRegistry) -> None:
    found = mentioned("The Commission, recalling its resolution 790 (XL), agreed to meet in Suva.", registry)
    assert InstrumentRef("ecco", "resolution", "40", "790") in found

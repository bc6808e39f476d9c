"""An instrument numbered within the gathering named after its number (E242,
`rules/numbered_within_gatherings`): "decision 2 of the Eighth Review Conference", "resolution 4
of the Third Conference of the Parties", "decision 3 of its twelfth session" are the gathering's
body's instrument, its session the gathering's ordinal; that gathering adopted it, and what the
sentence says of it (a title "on ...", a request, an establishment, a report "submitted pursuant
to" it) is read as of any instrument. Near misses: a draft's number, a body that issues no
instruments, a number with a date after "of", a number with its session ("16/32")."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

# An invented treaty: its Review Conferences number the decisions of each Final Document from 1, the
# annual Meeting of States Parties issues none; an agency's General Conference numbers its
# resolutions within each session too.
BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/e242-revcon> a mg:Body ; mg:key "e242-revcon" ;
    skos:prefLabel "Review Conference of the States Parties to the Convention on Marine Debris"@en ;
    mg:shortName "Review Conference" ; mg:symbolPrefix "CMD/CONF" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/e242-msp> a mg:Body ; mg:key "e242-msp" ;
    skos:prefLabel "Meeting of States Parties to the Convention on Marine Debris"@en ;
    mg:shortName "Meeting of States Parties" ; mg:symbolPrefix "CMD/MSP" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/e242-revcon> .
<body/e242-panel> a mg:Body ; mg:key "e242-panel" ;
    skos:prefLabel "Expert Panel on Debris Monitoring"@en ; mg:shortName "Panel" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/e242-revcon> .
<body/e242-unit> a mg:Body ; mg:key "e242-unit" ;
    skos:prefLabel "Marine Debris Support Unit"@en ; mg:shortName "Support Unit" ;
    org:subOrganizationOf <body/e242-msp> .
<body/e242-experts> a mg:Body ; mg:key "e242-experts" ;
    skos:prefLabel "Meeting of Experts on Marine Debris"@en ; mg:shortName "Meeting of Experts" ; mg:gatheringTerm "session" .
<body/e242-gc> a mg:Body ; mg:key "e242-gc" ;
    skos:prefLabel "General Conference of the World Oceans Agency"@en ; mg:shortName "General Conference" ;
    mg:symbolPrefix "WOA/GC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""

FRAME = (
    "CMD/MSP/2031/6\nMeeting of States Parties to the Convention on Marine Debris\n\n"
    "Geneva, 3-5 December 2031\n\nFinal report\n\n1. {s}\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts(sentence: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    extraction = extract(FRAME.format(s=sentence), source_key="doc", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


DEC_7_2 = "e242-revcon/dec/7/2"


@pytest.mark.parametrize(
    "sentence",
    [
        "By decision 2 of the Seventh Review Conference, on debris monitoring, the Conference requested the Panel to report annually.",
        "In its decision 2 of the Seventh Review Conference, on debris monitoring, the Conference requested the Panel to report annually.",
        "In decision 2 of the Seventh Review Conference, on debris monitoring, the Conference had requested the Panel to report annually.",
        "The Seventh Review Conference, by decision 2 of the Seventh Review Conference, on debris monitoring, requested the Panel to report annually.",
    ],
)
def test_the_number_is_the_gatherings_bodys_instrument(sentence: str, registry: BodyRegistry) -> None:
    found = facts(sentence, registry)
    assert ("adoptedAt", DEC_7_2, "e242-revcon#7") in found
    assert ("title", DEC_7_2, "debris monitoring") in found
    assert ("requests", DEC_7_2, "e242-panel") in found
    assert ("mentions", "CMD/MSP/2031/6", DEC_7_2) in found


def test_an_establishment_narrated_and_a_report_pursuant(registry: BodyRegistry) -> None:
    found = facts(
        "The Panel, established by decision 1 of the Fifth Review Conference (Geneva, 10-14 November 2025), "
        "submitted its report (CMD/MSP/2031/3) pursuant to decision 2 of the Seventh Review Conference.",
        registry,
    )
    assert ("establishes", "e242-revcon/dec/5/1", "e242-panel") in found
    assert ("adoptedAt", "e242-revcon/dec/5/1", "e242-revcon#5") in found
    assert ("heldIn", "e242-revcon#5", "Geneva") in found
    assert ("pursuantTo", "CMD/MSP/2031/3", DEC_7_2) in found


def test_of_another_bodys_sessions(registry: BodyRegistry) -> None:
    found = facts(
        "By resolution 14 of the 41st session of the General Conference of the World Oceans Agency, "
        "the General Conference requested the Support Unit to cooperate with the Agency.",
        registry,
    )
    assert ("adoptedAt", "e242-gc/res/41/14", "e242-gc#41") in found
    assert ("requests", "e242-gc/res/41/14", "e242-unit") in found


@pytest.mark.parametrize(
    "sentence",
    [
        # a draft's number: never adopted
        "The Meeting considered draft decision 2 of the Seventh Review Conference and requested the Support Unit to revise it.",
        # a body that issues no instruments numbers none
        "Decision 2 of the Third Meeting of Experts invited the Support Unit to report.",
        # "of" a day, not a gathering
        "By decision 2 of 14 November 2029, the Conference requested the Panel to report.",
        # a paragraph of the conference's Final Document, not a numbered decision
        "Paragraph 2 of the Seventh Review Conference's Final Document requested the Panel to report.",
    ],
)
def test_near_misses_number_nothing(sentence: str, registry: BodyRegistry) -> None:
    found = facts(sentence, registry)
    assert not any(r in ("adoptedAt", "requests", "title") and s.startswith(("e242-revcon/", "e242-experts/")) for r, s, _ in found)
    assert not any(r == "mentions" and o.startswith(("e242-revcon/", "e242-experts/")) for r, _, o in found)

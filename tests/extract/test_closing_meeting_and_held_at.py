"""Three forms of a resolution's surroundings (`loaders/extract/segment.py`, `relate.py`):
a heading numbered in the default way ("Resolution 21/2") under an "Annex" heading of a letter is
the adopted text, not a draft; the closing line may group a numeral's thousands ("1,201st plenary
meeting") or leave "plenary" out ("8th meeting", the date on the next line); a gathering "held at
Rome" or "held at United Nations Headquarters in New York" was held there. Invented bodies."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/lake-forum> a mg:Body ; mg:key "lake-forum" ;
    skos:prefLabel "Forum on Great Lakes"@en ; mg:shortName "Forum" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; mg:symbolPrefix "FGL" .
<body/lake-partnership> a mg:Body ; mg:key "lake-partnership" ;
    skos:prefLabel "Lake Partnership"@en ; mg:gatheringTerm "meeting" .
<body/lake-bureau> a mg:Body ; mg:key "lake-bureau" ; skos:prefLabel "Bureau of the Forum on Great Lakes"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _letter(closing: str, held: str = "held at Kampala on 2 April 2031") -> str:
    return (
        "Secretariat of the Forum on Great Lakes\n\nReference: FGL/2031/17\n\n12 May 2031\n\n"
        "Sir/Madam,\n\nI have the honour to transmit herewith resolution 9/4, adopted by the Forum on Great Lakes "
        "at its ninth session.\n\nAccept the assurances of my highest consideration.\n\n"
        "Annex\n\nResolution 9/4\n\nLake monitoring\n\nThe Forum on Great Lakes,\n\n"
        f"1. Endorses the recommendations adopted by the Lake Partnership at its 12th meeting, {held};\n\n"
        "2. Requests the Bureau of the Forum on Great Lakes to report on monitoring.\n\n"
        f"{closing}\n"
    )


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


OWN = InstrumentRef("lake-forum", "resolution", "9", "4")


@pytest.mark.parametrize(
    "closing",
    ["8th meeting\n9 May 2031", "1,201st plenary meeting\n9 May 2031", "2,005th plenary meeting, 9 May 2031", "Eighth meeting\n9 May 2031"],
)
def test_an_annexed_resolution_is_adopted_and_dated(registry: BodyRegistry, closing: str) -> None:
    facts = _facts(_letter(closing), registry)
    assert (OWN, "requests", BodyRef("lake-bureau")) in facts
    assert (OWN, "adoptedOn", dt.date(2031, 5, 9)) in facts


def test_a_meeting_line_saying_more_is_no_closing_line(registry: BodyRegistry) -> None:
    facts = _facts(_letter("8th meeting of the Bureau, 9 May 2031, Kampala"), registry)
    assert not any(r == "adoptedOn" and s == OWN for s, r, _ in facts)


@pytest.mark.parametrize(
    "held, place",
    [
        ("held at Kampala on 2 April 2031", "Kampala"),
        ("held at United Nations Headquarters in New York from 1 to 3 April 2031", "New York"),
        ("held at the Headquarters of the Partnership in Entebbe on 2 April 2031", "Entebbe"),
        ("held in Jinja on 2 April 2031", "Jinja"),
    ],
)
def test_a_gathering_held_at_a_place_was_held_there(registry: BodyRegistry, held: str, place: str) -> None:
    facts = _facts(_letter("8th meeting\n9 May 2031", held), registry)
    assert (GatheringRef("lake-partnership", "meeting", 12), "heldIn", place) in facts
    assert not any(r == "heldIn" and o == "Headquarters" for _, r, o in facts)


@pytest.mark.parametrize("letter", ["A. ", "B. ", ""])
def test_a_lettered_list_title_says_where_its_decisions_were_adopted(registry: BodyRegistry, letter: str) -> None:
    text = (
        "FGL/9/12\n\nReport of the Forum on Great Lakes on its ninth session\n\n"
        f"{letter}Decisions adopted by the Forum at its ninth session\n\n"
        "Decision 9/4\n\nLake monitoring\n\nThe Forum on Great Lakes,\n\n"
        "1. Requests the Bureau of the Forum on Great Lakes to report on monitoring.\n\n"
        "12th plenary meeting\n9 May 2031\n"
    )
    facts = _facts(text, registry)
    assert (InstrumentRef("lake-forum", "decision", "9", "4"), "adoptedAt", GatheringRef("lake-forum", "session", 9)) in facts

"""A gathering told beside names that could take it over: "at its 15th Meeting" where another
body's short name is "Meeting" (a Meeting of States Parties) is the subject's own meeting; "the
fortieth meeting of the Committee of Experts of the Conference, held at the same venue from 24 to
26 April" is held on those days (the body's name runs on past the body matched, before the
comma)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import facts, in_note, key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/wtc-cop> a mg:Body ; mg:key "wtc-cop" ;
    skos:prefLabel "Conference of the Parties to the Wetland Treaty"@en ;
    skos:altLabel "Conference of the Parties"@en ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/csp> a mg:Body ; mg:key "csp" ;
    skos:prefLabel "Meeting of States Parties to the Coastal Convention"@en ; mg:shortName "Meeting" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


@pytest.mark.parametrize("line", [
    "Adopted by the Conference of the Parties at its 15th Meeting (Campo Grande, 23 – 29 March 2026)",
    "Adopted by the Conference of the Parties to the Wetland Treaty at its 15th Meeting (Campo Grande, 23 – 29 March 2026)",
])
def test_its_numbered_meeting_in_capitals(line: str, registry: BodyRegistry) -> None:
    text = f"Conference of the Parties to the Wetland Treaty\n\nResolution 15.4\n\nWetland corridors\n\n{line}\n\nThe Conference of the Parties,\n\n1. Decides to act.\n"
    found = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="test", registry=registry).facts}
    assert ("heldIn", "wtc-cop#15", "Campo Grande") in found
    assert ("heldOn", "wtc-cop#15", "2026-03-23/2026-03-29") in found
    assert ("meetingOf", "wtc-cop#15", "wtc-cop") in found
    assert not {s for r, s, _ in found if s.startswith("csp#")}


def test_the_meeting_named_by_the_short_name_is_still_that_body(registry: BodyRegistry) -> None:
    text = "Coastal Convention\n\nRecord\n\n1. The forty-first Meeting was held in New York from 16 to 20 June 2031.\n"
    found = {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="test", registry=registry).facts}
    assert not {s for r, s, _ in found if s.startswith("wtc-cop#")}


@pytest.mark.parametrize("sentence, gathering, dates", [
    ("The Commission session was preceded by the fourth meeting of the Working Group on Early Warning Systems of the"
     " Commission, held in Lisbon from 24 to 26 April 2031.", "ccr/wg-early-warning#4", "2031-04-24/2031-04-26"),
    ("The fourth session of the Committee on Coastal Data of the Commission, held in Lisbon on 3 May 2031, adopted its report.",
     "ccr/committee-on-data#4", "2031-05-03"),
])
def test_held_after_the_rest_of_the_name(sentence: str, gathering: str, dates: str) -> None:
    text = in_note(sentence)
    assert (gathering, dates) in facts(text, "heldOn")
    assert (gathering, "Lisbon") in facts(text, "heldIn")


@pytest.mark.parametrize("sentence", [
    "Welcomes the report of the Committee on Coastal Data on its fourth session (E/CN.21/CD/2031/4), held in Lisbon in August 2031;",
    "The Commission took note of the report on the fourth session of the Committee on Coastal Data (E/CN.21/CD/2031/4), which was held in Lisbon in August 2031.",
])
def test_held_in_a_place_after_the_reports_symbol(sentence: str) -> None:
    assert ("ccr/committee-on-data#4", "Lisbon") in facts(in_note(sentence), "heldIn")


def test_no_place_of_another_clause() -> None:
    sentence = "The report of the Committee on Coastal Data on its fourth session (E/CN.21/CD/2031/4) was discussed in Lisbon in August 2031."
    assert ("ccr/committee-on-data#4", "Lisbon") not in facts(in_note(sentence), "heldIn")

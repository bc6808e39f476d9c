"""A note by a secretariat tells what other instruments did: "In its preamble, resolution 9/4
recalls Assembly resolution 5/8 and General Assembly resolution 76/300" (the resolution cites
both), and "The Governing Council of the Lake Programme established the Committee as a subsidiary
organ by its decision 19/32 of 4 April 1997" ("its" is the sentence's subject, not the
document's body)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/lake-assembly> a mg:Body ; mg:key "lake-assembly" ; skos:prefLabel "Lake Assembly"@en ;
    mg:shortName "Assembly" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lake-gc> a mg:Body ; mg:key "lake-gc" ; skos:prefLabel "Governing Council of the Lake Programme"@en ;
    mg:shortName "Governing Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/lake-committee> a mg:Body ; mg:key "lake-committee" ; skos:prefLabel "Committee of Lake Representatives"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "LKP/CLR" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/lake-assembly> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def note(*paragraphs: str) -> str:
    head = (
        "United Nations LKP/CLR/88/4\n\nDistr.: General\n2 May 2031\n\nOriginal: English\n\n"
        "Committee of Lake Representatives\n88th meeting\nNairobi, 23 May 2031\n\n"
        "Progress report on lake indicators\n\nNote by the secretariat\n\n"
    )
    return head + "\n\n".join(f"{i}. {text}" for i, text in enumerate(paragraphs, 1)) + "\n"


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="note", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize("sentence", [
    "In its preamble, resolution 9/4 recalls Lake Assembly resolution 5/8, entitled “Lake water quality”, and General Assembly resolution 76/300 of 28 July 2022.",
    "In the preamble, resolution 9/4 recalls General Assembly resolution 76/300 and Lake Assembly resolution 5/8.",
])
def test_a_resolution_recalls_others_in_its_preamble(registry: BodyRegistry, sentence: str) -> None:
    text = note("In paragraph 6 of its resolution 9/4, the Lake Assembly requested a report.", sentence)
    assert facts(text, registry, "cites") >= {("lake-assembly/res/9/4", "lake-assembly/res/5/8"), ("lake-assembly/res/9/4", "ga/res/76/300")}


@pytest.mark.parametrize(("verb", "number"), [("established", "19/32"), ("formally established", "7/3"), ("created", "21/4")])
def test_its_decision_is_the_subjects(registry: BodyRegistry, verb: str, number: str) -> None:
    text = note(
        f"The Governing Council of the Lake Programme {verb} the Committee of Lake Representatives as a subsidiary organ "
        f"by its decision {number} of 4 April 1997. The Committee prepares the sessions of the Lake Assembly."
    )
    session, n = number.split("/")
    if "established" in verb:
        assert (f"lake-gc/dec/{session}/{n}", "lake-committee") in facts(text, registry, "establishes")
    assert (f"lake-gc/dec/{session}/{n}", "1997-04-04") in facts(text, registry, "adoptedOn")
    assert not any(s.startswith("lake-assembly/dec/") for s, _ in facts(text, registry, "adoptedOn"))


@pytest.mark.parametrize(("before", "day"), [(87, 17), (85, 3)])
def test_an_earlier_meeting_of_a_body_meeting_in_a_long_series(registry: BodyRegistry, before: int, day: int) -> None:
    """"At its 87th meeting" in a note for the 88th meeting of a committee that meets in numbered
    meetings: the meeting before (no sitting of this one), and "that meeting" its report's."""
    text = note(
        f"At its {before}th meeting, held on {day} June 2031, the Committee considered an initial update by the "
        f"secretariat (LKP/CLR/{before}/5); the report of that meeting is contained in document LKP/CLR/{before}/7."
    )
    assert (f"lake-committee#{before}", "lake-committee") in facts(text, registry, "meetingOf")
    assert (f"lake-committee#{before}", f"2031-06-{day:02d}") in facts(text, registry, "heldOn")
    assert (f"LKP/CLR/{before}/7", f"lake-committee#{before}") in facts(text, registry, "reportOf")
    assert (f"LKP/CLR/{before}/7", "lake-committee#88") not in facts(text, registry, "reportOf")


def test_a_sitting_of_a_short_series_stays_a_sitting(registry: BodyRegistry) -> None:
    text = note("At its 3rd meeting, held on 23 May 2031, the Committee considered the update (LKP/CLR/88/5).").replace(
        "88th meeting", "Fifth meeting"
    ).replace("LKP/CLR/88/4", "LKP/CLR/5/4")
    assert not any(s == "lake-committee#3" for s, _ in facts(text, registry, "meetingOf"))


@pytest.mark.parametrize("group", ["expert group on lake indicators", "task force on shoreline data"])
def test_its_report_on_that_meeting_is_not_the_notes_own_meeting(registry: BodyRegistry, group: str) -> None:
    text = note(f"The {group} met for the first time in Rome in May 2031. Its report on that meeting (LKP/EG/1/6) will be made available.")
    assert ("LKP/EG/1/6", "lake-committee#88") not in facts(text, registry, "reportOf")

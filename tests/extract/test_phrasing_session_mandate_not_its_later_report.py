"""A session "convened in accordance with" an instrument does not make every report on that
session, named paragraphs later, pursuant to the instrument: the text gives the session its
mandate, not the report ("The session is convened in accordance with decision 11/101 ..." at the
top of a note, "The report on the session will be issued as X" under another heading). Within one
paragraph, a meeting held under an instrument and the report on that meeting named in the next
sentence still carry it to the report (the lineage of a mandate)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

MANDATE = "ccr/dec/11/101"


@pytest.mark.parametrize("paragraphs", [
    ("The thirteenth session of the Commission is convened in accordance with Commission decision 11/101.",
     "The Commission will consider its programme of work.",
     "The report of the Commission on its thirteenth session will be issued as E/CN.21/2032/10."),
    ("The session is convened in accordance with Commission decision 11/101 of 12 March 2030.",
     "The report on the thirteenth session will be issued as E/CN.21/2032/10 and transmitted to the Council."),
])
def test_a_report_paragraphs_later_is_not_pursuant_to_the_sessions_mandate(paragraphs: tuple[str, ...]) -> None:
    pursuant = facts(in_note(*paragraphs), "pursuantTo")
    assert ("E/CN.21/2032/10", MANDATE) not in pursuant


@pytest.mark.parametrize("paragraph", [
    "The Working Group on Early Warning Systems held its fourth meeting from 3 to 5 May 2031, with a thematic discussion "
    "held in accordance with Commission decision 11/101. The report on that meeting (E/CN.21/2032/7) will be "
    "made available to the Commission at its thirteenth session.",
    "The Working Group on Early Warning Systems held its fourth meeting in accordance with Commission decision 11/101. "
    "The report on the meeting (E/CN.21/2032/7) will be before the Commission.",
])
def test_a_report_named_in_the_same_paragraph_keeps_the_meetings_mandate(paragraph: str) -> None:
    assert ("E/CN.21/2032/7", MANDATE) in facts(in_note(paragraph), "pursuantTo")


@pytest.mark.parametrize("paragraph", [
    # the report names its session again: told of on its own, not as the sequel of the session (E125)
    "The thirteenth session was convened in accordance with Commission decision 11/101 and met in Bonn. "
    "E/CN.21/2032/10 is the report of the Commission on its thirteenth session.",
    "In accordance with Commission decision 11/101, the Working Group on Early Warning Systems will hold its fourth "
    "meeting in Bonn. The Commission will have before it the report of the Working Group on Early Warning Systems on "
    "its fourth meeting (E/CN.21/2032/7).",
])
def test_a_report_naming_its_gathering_again_is_not_pursuant_to_its_mandate(paragraph: str) -> None:
    pursuant = facts(in_note(paragraph), "pursuantTo")
    assert ("E/CN.21/2032/10", MANDATE) not in pursuant and ("E/CN.21/2032/7", MANDATE) not in pursuant

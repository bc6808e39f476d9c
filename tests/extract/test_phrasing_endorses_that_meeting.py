"""An endorsement that points back at the meeting the sentence named: "Welcomes the report of the
Working Group on its third meeting (X) and endorses the recommendations adopted at that meeting",
"… and endorses the conclusions agreed upon at that session". The meeting endorsed is the one
named before the verb, of the kind the words say; without "that meeting" nothing is endorsed
unless named."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

WG = "ccr/wg-early-warning"
COMMITTEE = "ccr/committee-on-data"

ENDORSED = [
    ("1. Welcomes the report of the Working Group on Early Warning Systems on its third meeting (E/CN.21/WG.1/2031/2) and endorses the recommendations adopted at that meeting;", f"{WG}#3"),
    ("1. Takes note of the report of the Working Group on its fourth meeting and endorses the conclusions agreed upon at that meeting;", f"{WG}#4"),
    ("1. Welcomes the report of the Committee on Coastal Data on its second session (E/CN.21/CD/2031/2), and endorses the recommendations made during that session;", f"{COMMITTEE}#2"),
    ("1. Welcomes the report of the Working Group on its fifth meeting and also endorses the recommendations formulated at the same meeting;", f"{WG}#5"),
]


@pytest.mark.parametrize("paragraph, meeting", ENDORSED)
def test_endorses_the_meeting_named_before(paragraph: str, meeting: str) -> None:
    assert (RESOLUTION, meeting) in facts(in_resolution(paragraph), "endorses")


def test_a_meeting_of_another_kind_is_not_that_one() -> None:
    # "that session" cannot be the Working Group's third meeting
    text = in_resolution("1. Welcomes the report of the Working Group on its third meeting and endorses the recommendations adopted at that session;")
    assert (RESOLUTION, f"{WG}#3") not in facts(text, "endorses")


def test_no_endorsement_without_the_verb() -> None:
    text = in_resolution("1. Welcomes the report of the Working Group on its third meeting and notes the recommendations adopted at that meeting;")
    assert not facts(text, "endorses")

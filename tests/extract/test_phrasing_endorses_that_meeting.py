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


# "Welcoming the report of the 63rd session of the Bureau ..., / 1. Endorses the recommendations
# contained in that report": the report a preambular paragraph named, of a gathering (E134)
THAT_REPORT = [
    ("Welcoming the report of the Working Group on Early Warning Systems on its third meeting, held online on 3 March 2031 (E/CN.21/WG.1/2031/2),",
     "1. Endorses the recommendations contained in that report;", f"{WG}#3"),
    ("Having considered the report of the Committee on Coastal Data on its second session,",
     "1. Endorses the conclusions set out in the said report;", f"{COMMITTEE}#2"),
    ("Taking note of the report of the Working Group on its fifth meeting,",
     "1. Endorses the recommendations of that report;", f"{WG}#5"),
]


@pytest.mark.parametrize("preamble, operative, meeting", THAT_REPORT)
def test_endorses_the_meeting_whose_report_was_named(preamble: str, operative: str, meeting: str) -> None:
    assert (RESOLUTION, meeting) in facts(in_resolution(preamble, operative), "endorses")


def test_that_report_of_no_gathering() -> None:
    # the report named is the Secretary-General's, on no meeting: nothing endorsed
    text = in_resolution(
        "Recalling the third meeting of the Working Group on Early Warning Systems,",
        "Welcoming the report of the Secretary-General on early warning (E/CN.21/2031/5),",
        "1. Endorses the recommendations contained in that report;",
    )
    assert not facts(text, "endorses")

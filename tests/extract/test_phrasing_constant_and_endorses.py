"""makes_constant_element and endorses in the wording of operative paragraphs: a body made
standing or permanent ("shall be a standing body", "becomes a permanent ...", "shall continue to
serve as a standing body", "a permanent feature", "constant element"), and the recommendations or
outcome of a meeting endorsed ("Endorses the recommendations adopted by X at its Nth meeting",
"Welcomes and endorses the outcome of ...", "Approves the report ... and endorses the
recommendations contained therein")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

WG = "ccr/wg-early-warning"
COMMITTEE = "ccr/committee-on-data"
NAMED = "Recalling its resolution 9/4, by which it established the Working Group on Early Warning Systems and the Committee on Coastal Data,"

CONSTANT = [
    ("1. Decides that the Working Group on Early Warning Systems shall be a standing body of the Commission;", WG),
    ("1. Decides that the Working Group shall be a permanent subsidiary body of the Commission;", WG),
    ("1. Decides that the Committee on Coastal Data shall become a permanent body;", COMMITTEE),
    ("1. Decides that the Working Group shall continue to serve as a standing body;", WG),
    ("1. Decides to make the Working Group on Early Warning Systems a permanent feature of the Commission;", WG),
    ("1. Decides that the Working Group shall be a constant element of the Commission;", WG),
    ("1. Decides that the Committee on Coastal Data shall be a constant element of the work of the Commission;", COMMITTEE),
    ("1. Decides that the Working Group on Early Warning Systems will be a standing working group;", WG),
    ("1. Decides to convert the Working Group on Early Warning Systems into a standing body of the Commission;", WG),
    ("1. Decides to establish the Committee on Coastal Data as a permanent body of the Commission;", COMMITTEE),
    ("1. Decides that the Working Group shall henceforth be a standing body;", WG),
    ("1. Decides that the Committee on Coastal Data shall serve as a permanent forum for the exchange of data;", COMMITTEE),
    ("1. Decides to maintain the Working Group on Early Warning Systems as a standing body;", WG),
    ("1. Agrees that the Working Group shall become a permanent body of the Commission;", WG),
    ("1. Decides that the Working Group, which shall be a standing body, shall meet annually;", WG),
]


@pytest.mark.parametrize("paragraph, body", CONSTANT)
def test_constant_element(paragraph: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(in_resolution(NAMED, paragraph), "makesConstantElement")


def test_a_standing_item_of_the_agenda_is_no_body() -> None:
    text = in_resolution(NAMED, "1. Decides to include early warning as a standing item on the agenda of the Working Group;")
    assert (RESOLUTION, WG) not in facts(text, "makesConstantElement")


def test_a_standing_invitation_is_no_body() -> None:
    text = in_resolution(NAMED, "1. Extends a standing invitation to the Working Group to attend its sessions;")
    assert (RESOLUTION, WG) not in facts(text, "makesConstantElement")


ENDORSES = [
    ("1. Endorses the recommendations adopted by the Working Group on Early Warning Systems at its third meeting;", "ccr/wg-early-warning#3"),
    ("1. Endorses the conclusions and recommendations adopted by the Working Group at its third meeting;", "ccr/wg-early-warning#3"),
    ("1. Welcomes and endorses the outcome of the third meeting of the Working Group on Early Warning Systems;", "ccr/wg-early-warning#3"),
    ("1. Approves the report of the Committee on Coastal Data on its second session and endorses the recommendations contained therein;", "ccr/committee-on-data#2"),
    ("1. Endorses the recommendations made by the Committee on Coastal Data at its second session;", "ccr/committee-on-data#2"),
    ("1. Endorses the recommendations of the Working Group on Early Warning Systems adopted at its third meeting;", "ccr/wg-early-warning#3"),
    ("1. Takes note of the report of the Working Group on Early Warning Systems on its third meeting and endorses the recommendations contained therein;", "ccr/wg-early-warning#3"),
    ("1. Endorses the outcome of the second session of the Committee on Coastal Data;", "ccr/committee-on-data#2"),
    ("1. Also endorses the recommendations contained in the report of the Committee on Coastal Data on its second session;", "ccr/committee-on-data#2"),
    ("1. Endorses the conclusions reached by the Working Group at its third meeting;", "ccr/wg-early-warning#3"),
    ("1. Further endorses the recommendations of the third meeting of the Working Group on Early Warning Systems;", "ccr/wg-early-warning#3"),
    ("1. Welcomes the report of the Committee on Coastal Data on its second session and endorses the recommendations therein;", "ccr/committee-on-data#2"),
    ("1. Endorses the decisions taken by the Committee on Coastal Data at its second session;", "ccr/committee-on-data#2"),
    ("1. Endorses the agreed conclusions adopted by the Working Group at its third meeting;", "ccr/wg-early-warning#3"),
    ("1. Endorses the recommendations adopted by the Working Group at its third meeting, held in Nairobi from 4 to 6 May 2030;", "ccr/wg-early-warning#3"),
    # operative verbs printed in capitals, as IMO and CITES resolutions do
    ("1. ENDORSES the recommendations adopted by the Working Group on Early Warning Systems at its third meeting;", "ccr/wg-early-warning#3"),
    ("ENDORSES the recommendations of the Committee on Coastal Data at its 2nd session on coastal surveys;", "ccr/committee-on-data#2"),
    ("1. WELCOMES AND ENDORSES the outcome of the second session of the Committee on Coastal Data;", "ccr/committee-on-data#2"),
]


@pytest.mark.parametrize("paragraph, meeting", ENDORSES)
def test_endorses(paragraph: str, meeting: str) -> None:
    assert (RESOLUTION, meeting) in facts(in_resolution(NAMED, paragraph), "endorses")


NOT_ENDORSED = [
    # noted, not endorsed
    ("1. Takes note of the recommendations adopted by the Working Group at its third meeting;", "ccr/wg-early-warning#3"),
    # another body's endorsement told in the preamble
    ("Noting that the Committee on Coastal Data endorsed the recommendations adopted by the Working Group at its third meeting,", "ccr/wg-early-warning#3"),
    # endorsing its own session's agenda is no meeting's recommendations
    ("1. Requests the Working Group to endorse at its fourth meeting the guidelines it drafted;", "ccr/wg-early-warning#4"),
    # in capitals too: noted, or another body's endorsement told in the preamble
    ("1. TAKES NOTE OF the recommendations adopted by the Working Group at its third meeting;", "ccr/wg-early-warning#3"),
    ("NOTING that the Committee on Coastal Data ENDORSED the recommendations adopted by the Working Group at its third meeting,", "ccr/wg-early-warning#3"),
]


@pytest.mark.parametrize("paragraph, meeting", NOT_ENDORSED)
def test_not_endorsed(paragraph: str, meeting: str) -> None:
    assert (RESOLUTION, meeting) not in facts(in_resolution(NAMED, paragraph), "endorses")

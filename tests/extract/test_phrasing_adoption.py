"""adopted_at and adopted_on: how a report or a text says where and when an instrument was
adopted ("adopted at its Nth plenary meeting, on 12 March 2031", "(See chap. I, sect. B)",
"Resolution adopted by the Commission at its Nth session", dates in the forms UN texts print)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, SESSION_REPORT, facts, in_note, in_resolution

DATES = [
    ("its resolution 10/2 of 12 March 2029", "2029-03-12"),
    ("its resolution 10/2 of 12 March 2029,", "2029-03-12"),
    ("its resolution 10/2, adopted on 12 March 2029,", "2029-03-12"),
    ("its resolution 10/2 adopted on 12 March 2029", "2029-03-12"),
    ("its resolution 10/2 of 12 March 2029", "2029-03-12"),
]


@pytest.mark.parametrize("cited, day", DATES)
def test_adopted_on_in_a_citation(cited: str, day: str) -> None:
    assert ("ccr/res/10/2", day) in facts(in_resolution(f"Recalling {cited},"), "adoptedOn")


def test_adopted_on_and_at_a_plenary_meeting() -> None:
    text = in_resolution(
        "1. Requests the Executive Secretary to report on the matter;",
        "8th plenary meeting\n14 March 2031",
    )
    assert (RESOLUTION, "2031-03-14") in facts(text, "adoptedOn")


ADOPTED_IN_REPORT = [
    "At its 8th meeting, on 14 March 2031, the Commission adopted draft resolution E/CN.21/2031/L.4 (see chap. I, sect. B, resolution 12/1).",
    "At its 8th meeting, on 14 March 2031, the Commission adopted resolution 12/1.",
    "At the 8th meeting, on 14 March 2031, the Commission adopted resolution 12/1, as orally revised.",
]


@pytest.mark.parametrize("sentence", ADOPTED_IN_REPORT)
def test_adopted_in_a_report_narrative(sentence: str) -> None:
    text = SESSION_REPORT.split("Chapter I")[0] + "Chapter IV\n\nAction taken by the Commission\n\n1. " + sentence + "\n"
    assert (RESOLUTION, "2031-03-14") in facts(text, "adoptedOn")
    assert (RESOLUTION, "ccr#12") in facts(text, "adoptedAt")


ADOPTED_AT = [
    ("Recalling its resolution 10/2, adopted at its tenth session,", "ccr/res/10/2", "ccr#10"),
    ("Recalling its resolution 10/2 adopted at its tenth session,", "ccr/res/10/2", "ccr#10"),
    ("Recalling its decision 11/101, adopted at its eleventh session,", "ccr/dec/11/101", "ccr#11"),
]


@pytest.mark.parametrize("paragraph, instrument, session", ADOPTED_AT)
def test_adopted_at_in_a_citation(paragraph: str, instrument: str, session: str) -> None:
    assert (instrument, session) in facts(in_resolution(paragraph), "adoptedAt")


def test_resolution_in_a_session_report_is_adopted_at_that_session() -> None:
    assert (RESOLUTION, "ccr#12") in facts(in_resolution("1. Requests the Executive Secretary to report;"), "adoptedAt")


def test_a_deadline_is_no_adoption_date() -> None:
    text = in_note("In its resolution 11/2, the Commission requested the Executive Secretary to report by 31 December 2031.")
    assert not facts(text, "adoptedOn")

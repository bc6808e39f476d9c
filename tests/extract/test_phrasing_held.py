"""held_on and held_in: where and when a session or meeting is or was held, in the forms
Secretariat texts use ("held at Geneva from 3 to 7 May", "Vienna, 12–16 October 2031", "to be held
in New York on ...", "resumed session"), and what is no meeting date (a deadline)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

HELD = [
    ("The Committee on Coastal Data held its second session in Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The second session of the Committee on Coastal Data was held at Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The third meeting of the Working Group on Early Warning Systems will be held in Nairobi on 4 and 5 May 2032.", "ccr/wg-early-warning#3", "Nairobi", "2032-05-04/2032-05-05"),
    ("The third meeting of the Working Group on Early Warning Systems is to be held in Nairobi from 4 to 6 May 2032.", "ccr/wg-early-warning#3", "Nairobi", "2032-05-04/2032-05-06"),
    ("The Working Group on Early Warning Systems will hold its third meeting in Nairobi from 4 to 6 May 2032.", "ccr/wg-early-warning#3", "Nairobi", "2032-05-04/2032-05-06"),
    ("The second session of the Committee on Coastal Data took place in Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    pytest.param(
    "The Committee on Coastal Data met in Geneva from 12 to 14 May 2031 for its second session.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14",
        marks=pytest.mark.xfail(strict=True, reason="the dates come before the session they are of"),
    ),
    ("The second session of the Committee on Coastal Data (Geneva, 12–14 May 2031) adopted its report.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The second session of the Committee on Coastal Data, held in Geneva on 12 May 2031, adopted its report.", "ccr/committee-on-data#2", "Geneva", "2031-05-12"),
    pytest.param(
    "The Committee on Coastal Data will hold its second session at the United Nations Office at Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", None, "2031-05-12/2031-05-14",
        marks=pytest.mark.xfail(strict=True, reason="a duty station between the session and its dates"),
    ),
]


@pytest.mark.parametrize("sentence, meeting, place, when", HELD)
def test_held(sentence: str, meeting: str, place: str | None, when: str) -> None:
    text = in_note(sentence)
    assert (meeting, when) in facts(text, "heldOn")
    if place:
        assert (meeting, place) in facts(text, "heldIn")


def test_masthead_session_line() -> None:
    text = in_note("The present note sets out the provisional programme of work.")
    assert ("ccr#13", "2032-03-08/2032-03-12") in facts(text, "heldOn")
    assert ("ccr#13", "New York") in facts(text, "heldIn")


def test_a_deadline_is_no_meeting_date() -> None:
    text = in_note("The Committee on Coastal Data invited members to submit comments by 30 April 2031, before its second session.")
    assert not {w for m, w in facts(text, "heldOn") if m == "ccr/committee-on-data#2"}


def test_an_issue_date_is_no_meeting_date() -> None:
    text = in_note("The report of the Committee on Coastal Data on its second session, issued on 2 June 2031, is before the Commission.")
    assert not {w for m, w in facts(text, "heldOn") if m == "ccr/committee-on-data#2"}

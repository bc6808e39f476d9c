"""held_on and held_in: where and when a session or meeting is or was held, in the forms
Secretariat texts use ("held at Geneva from 3 to 7 May", "Vienna, 12–16 October 2031", "to be held
in New York on ...", "resumed session"), and what is no meeting date (a deadline)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts, in_note

HELD = [
    ("The Committee on Coastal Data held its second session in Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The second session of the Committee on Coastal Data was held at Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The third meeting of the Working Group on Early Warning Systems will be held in Nairobi on 4 and 5 May 2032.", "ccr/wg-early-warning#3", "Nairobi", "2032-05-04/2032-05-05"),
    ("The third meeting of the Working Group on Early Warning Systems is to be held in Nairobi from 4 to 6 May 2032.", "ccr/wg-early-warning#3", "Nairobi", "2032-05-04/2032-05-06"),
    ("The Working Group on Early Warning Systems will hold its third meeting in Nairobi from 4 to 6 May 2032.", "ccr/wg-early-warning#3", "Nairobi", "2032-05-04/2032-05-06"),
    ("The second session of the Committee on Coastal Data took place in Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    # the place and dates before the session they are of
    ("The Committee on Coastal Data met in Geneva from 12 to 14 May 2031 for its second session.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The Working Group on Early Warning Systems met in Nairobi on 4 May 2032 for its third meeting.", "ccr/wg-early-warning#3", "Nairobi", "2032-05-04"),
    ("The Committee on Coastal Data convened in Bonn, Germany, from 2 to 4 June 2031 for the second session.", "ccr/committee-on-data#2", "Bonn", "2031-06-02/2031-06-04"),
    ("The second session of the Committee on Coastal Data (Geneva, 12–14 May 2031) adopted its report.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The second session of the Committee on Coastal Data, held in Geneva on 12 May 2031, adopted its report.", "ccr/committee-on-data#2", "Geneva", "2031-05-12"),
    # a duty station between the session and its dates
    ("The Committee on Coastal Data will hold its second session at the United Nations Office at Geneva from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    ("The second session of the Committee on Coastal Data was held at the United Nations Office in Nairobi from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Nairobi", "2031-05-12/2031-05-14"),
    ("The Committee on Coastal Data held its second session from 12 to 14 May 2031 at the United Nations Office at Geneva.", "ccr/committee-on-data#2", "Geneva", "2031-05-12/2031-05-14"),
    # "scheduled to take place", a session held virtually or in a hybrid format
    ("The second session of the Committee on Coastal Data is scheduled to take place in Vienna from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Vienna", "2031-05-12/2031-05-14"),
    ("The Committee on Coastal Data held its second session virtually from 12 to 14 May 2031.", "ccr/committee-on-data#2", None, "2031-05-12/2031-05-14"),
    ("The Committee on Coastal Data held its second session in a hybrid format in Vienna from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Vienna", "2031-05-12/2031-05-14"),
    ("The Committee on Coastal Data held its second session at the Economic Commission for Africa in Addis Ababa from 12 to 14 May 2031.", "ccr/committee-on-data#2", "Addis Ababa", "2031-05-12/2031-05-14"),
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


@pytest.mark.parametrize("sentence", [
    # a deadline or a date of something else before the session is no date of it
    "The Committee on Coastal Data asked for comments by 30 April 2031 for its second session.",
    "The Committee on Coastal Data met in Geneva on 2 March 2031 and decided to hold its second session later.",
    "The bureau of the Committee on Coastal Data met in Geneva on 2 March 2031 to prepare for its second session.",
])
def test_dates_before_a_session_that_are_not_its_dates(sentence: str) -> None:
    assert not {w for m, w in facts(in_note(sentence), "heldOn") if m == "ccr/committee-on-data#2"}


def test_an_office_that_is_no_duty_station() -> None:
    text = in_note("The Committee on Coastal Data held its second session at the Office of Legal Affairs from 12 to 14 May 2031.")
    assert not {p for m, p in facts(text, "heldIn") if m == "ccr/committee-on-data#2"}


STACKED = [
    # masthead lines printed one under the other, no blank line between them
    ("Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n", "ccr#13", "New York", "2032-03-08/2032-03-12"),
    ("Commission on Coastal Resilience\n13th session\nBonn, Germany, 2–4 June 2032\n", "ccr#13", "Bonn", "2032-06-02/2032-06-04"),
    ("Commission on Coastal Resilience\nThirteenth session\nGeneva, 30 June–2 July 2032\n", "ccr#13", "Geneva", "2032-06-30/2032-07-02"),
]


@pytest.mark.parametrize("masthead, meeting, place, when", STACKED)
def test_stacked_masthead_lines(masthead: str, meeting: str, place: str, when: str) -> None:
    stacked = NOTE.replace("Commission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n", masthead)
    text = stacked + "1. The present note sets out the provisional programme of work.\n"
    assert (meeting, when) in facts(text, "heldOn")
    assert (meeting, place) in facts(text, "heldIn")
    assert not {m for m, _ in facts(text, "meetingOf") if m.startswith("ecosoc")}


@pytest.mark.parametrize("masthead", [
    # a title wrapped before its session: one heading, not a masthead's session line
    "Commission on Coastal Resilience\nReport of the Committee on Coastal Data on its\nSecond session\n",
    "Commission on Coastal Resilience\nReport of the Committee on Coastal Data on its\nsecond session\n",
])
def test_a_wrapped_title_is_no_session_line(masthead: str) -> None:
    text = NOTE.replace("Commission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n", masthead)
    assert not {m for m, _ in facts(text + "1. The note.\n", "meetingOf") if m in ("ccr#2", "ecosoc#2")}


def test_a_meeting_of_an_office_after_the_dates_is_not_the_sessions_place() -> None:
    text = in_note("The Committee on Coastal Data held its second session from 12 to 14 May 2031 at the invitation of the Office of Legal Affairs.")
    assert not {p for m, p in facts(text, "heldIn") if m == "ccr/committee-on-data#2"}

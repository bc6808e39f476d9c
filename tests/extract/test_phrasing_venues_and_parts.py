"""held_in and held_on in the venue and session forms of UN texts (round 3): a named venue before
the town ("at the Palais des Nations, Geneva", "at United Nations Headquarters, New York", "at
the Vienna International Centre"), the country in brackets ("in Vienna (Austria)"), a session held
"via video conference" (dates, no place), and mastheads printing a part of a session ("Resumed
thirteenth session", "Second part of the thirteenth session"), a venue, a town alone above its
dates, or no place at all ("Online, 8–12 March 2032")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts, in_note

COMMITTEE = "ccr/committee-on-data#2"
MAY = "2031-05-12/2031-05-14"

HELD = [
    ("The Committee on Coastal Data held its second session at the Palais des Nations, Geneva, from 12 to 14 May 2031.", "Geneva"),
    ("The Committee on Coastal Data held its second session at the Palais des Nations in Geneva from 12 to 14 May 2031.", "Geneva"),
    ("The Committee on Coastal Data held its second session at United Nations Headquarters, New York, from 12 to 14 May 2031.", "New York"),
    ("The Committee on Coastal Data held its second session in Vienna (Austria) from 12 to 14 May 2031.", "Vienna"),
    ("The Committee on Coastal Data held its second session at the Vienna International Centre from 12 to 14 May 2031.", "Vienna"),
    ("The Committee on Coastal Data held its second session at the Vienna International Centre, Vienna, from 12 to 14 May 2031.", "Vienna"),
    ("The second session of the Committee on Coastal Data was held at the World Conference Center in Bonn from 12 to 14 May 2031.", "Bonn"),
    ("The Committee on Coastal Data met at the Palais des Nations, Geneva, from 12 to 14 May 2031 for its second session.", "Geneva"),
    ("The Committee on Coastal Data held its second session from 12 to 14 May 2031 at the Palais des Nations, Geneva.", "Geneva"),
    ("The Committee on Coastal Data held its second session via video conference from 12 to 14 May 2031.", None),
    ("The Committee on Coastal Data held its second session by videoconference from 12 to 14 May 2031.", None),
    ("The Committee on Coastal Data held its second session in a virtual format from 12 to 14 May 2031.", None),
    ("The Committee on Coastal Data held the second part of its second session in Geneva from 12 to 14 May 2031.", "Geneva"),
]


@pytest.mark.parametrize("sentence, place", HELD)
def test_held(sentence: str, place: str | None) -> None:
    text = in_note(sentence)
    assert (COMMITTEE, MAY) in facts(text, "heldOn")
    places = {p for m, p in facts(text, "heldIn") if m == COMMITTEE}
    assert places == ({place} if place else set())


def test_a_convention_centre_named_after_a_person_names_no_town() -> None:
    text = in_note("The Committee on Coastal Data held its second session at the Kenyatta International Convention Centre from 12 to 14 May 2031.")
    assert not {p for m, p in facts(text, "heldIn") if m == COMMITTEE}


SESSION_LINE = "Thirteenth session\n\nNew York, 8–12 March 2032\n"
MASTHEADS = [
    ("Resumed thirteenth session\n\nVienna, 7 and 8 December 2032\n", "Vienna", "2032-12-07/2032-12-08"),
    ("Thirteenth session (resumed)\n\nVienna, 7 and 8 December 2032\n", "Vienna", "2032-12-07/2032-12-08"),
    ("Second part of the thirteenth session\n\nVienna, 7 and 8 December 2032\n", "Vienna", "2032-12-07/2032-12-08"),
    ("Thirteenth session, second part\n\nVienna, 7–8 December 2032\n", "Vienna", "2032-12-07/2032-12-08"),
    ("Thirteenth session\n\nPalais des Nations, Geneva, 8–12 March 2032\n", "Geneva", "2032-03-08/2032-03-12"),
    ("Thirteenth session\n\nVienna International Centre, Vienna, 8–12 March 2032\n", "Vienna", "2032-03-08/2032-03-12"),
    ("Thirteenth session\n\nVienna (Austria), 8–12 March 2032\n", "Vienna", "2032-03-08/2032-03-12"),
    ("Thirteenth session\nNew York\n8–12 March 2032\n", "New York", "2032-03-08/2032-03-12"),
    ("Thirteenth session\n\nOnline, 8–12 March 2032\n", None, "2032-03-08/2032-03-12"),
    ("Thirteenth session\n\nVirtual meeting, 8–12 March 2032\n", None, "2032-03-08/2032-03-12"),
]


@pytest.mark.parametrize("lines, place, when", MASTHEADS)
def test_masthead_session_lines(lines: str, place: str | None, when: str) -> None:
    text = NOTE.replace(SESSION_LINE, lines) + "1. The present note sets out the provisional programme of work.\n"
    assert ("ccr#13", when) in facts(text, "heldOn")
    assert {p for m, p in facts(text, "heldIn") if m == "ccr#13"} == ({place} if place else set())


@pytest.mark.parametrize("lines", [
    # a special session is not the regular session of the same number
    "Thirteenth special session\n\nVienna, 7 and 8 December 2032\n",
    # a title line that only names the session is no session line of a masthead
    "Report on the resumed thirteenth session\n\nVienna, 7 and 8 December 2032\n",
])
def test_not_the_regular_session(lines: str) -> None:
    text = NOTE.replace(SESSION_LINE, lines) + "1. The present note sets out the provisional programme of work.\n"
    assert ("ccr#13", "2032-12-07/2032-12-08") not in facts(text, "heldOn")


@pytest.mark.parametrize("sentence", [
    # a deadline after the venue is no date of the session
    "The Committee on Coastal Data will hold its second session at the Palais des Nations, Geneva; comments are due by 30 April 2031.",
    # a meeting of another body at the venue
    "The Bureau met at the Palais des Nations, Geneva, on 2 March 2031 to prepare for the second session of the Committee on Coastal Data.",
])
def test_no_date_of_the_session(sentence: str) -> None:
    assert not {w for m, w in facts(in_note(sentence), "heldOn") if m == COMMITTEE}

"""A body the text recounts the creation of, taken up again by its kind: "Recalling its resolution
9/1, by which it established the Working Group on Tidal Planning, ..." then "Takes note of the
report of the Working Group on its fourth meeting, held ... (symbol)": the report and the meeting
are that Working Group's, "on its" being no longer name (`new_bodies.later_mentions`; "the
Working Group on Firearms" still is another body). An abbreviation inside a document's symbol
("E/CN.21/CCR/2031/3") names no body (`references.BodyMatcher.find`)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

BORN = "ccr/working-group-on-tidal-planning"
PREAMBLE = ("Recalling its resolution 9/1 of 2 May 2030, by which it established the Working Group on Tidal "
            "Planning to support member States in the preparation of their plans,")


@pytest.mark.parametrize("paragraph", [
    "1. Takes note with interest of the report of the Working Group on its fourth meeting, held via video "
    "conference on 9 and 10 February 2031 (E/CN.21/2031/3);",
    "1. Welcomes the report of the Working Group on its fourth meeting, held in Suva on 9 and 10 February 2031 "
    "(E/CN.21/2031/3);",
])
def test_the_report_of_the_working_group_on_its_meeting(paragraph: str) -> None:
    text = in_resolution(PREAMBLE, paragraph)
    assert (f"{BORN}#4", BORN) in facts(text, "meetingOf")
    assert ("E/CN.21/2031/3", f"{BORN}#4") in facts(text, "reportOf")
    assert (f"{BORN}#4", "2031-02-09/2031-02-10") in facts(text, "heldOn")


def test_another_working_group_named_in_full_is_not_the_born_one() -> None:
    text = in_resolution(PREAMBLE, "1. Takes note of the report of the Working Group on Early Warning Systems on "
                                   "its fourth meeting (E/CN.21/WG.1/2031/3);")
    assert ("E/CN.21/WG.1/2031/3", "ccr/wg-early-warning#4") in facts(text, "reportOf")
    assert not any(g.startswith(BORN) for g, _ in facts(text, "meetingOf"))


def test_an_abbreviation_inside_a_symbol_names_no_body() -> None:
    text = in_resolution(PREAMBLE, "1. Takes note with interest of the report of the Working Group on its fourth "
                                   "meeting (E/CCR/WGTP/4/3);")
    assert ("E/CCR/WGTP/4/3", f"{BORN}#4") in facts(text, "reportOf")


@pytest.mark.parametrize(("sentence", "dates"), [
    ("It will be preceded by the ninth session of the Committee on Coastal Data, held at the same venue from 3 to 5 "
     "March 2032.", "2032-03-03/2032-03-05"),
    ("It will be preceded by the ninth session of the Committee on Coastal Data, held at the same place on 3 March "
     "2032.", "2032-03-03"),
])
def test_held_at_the_same_venue_tells_when(sentence: str, dates: str) -> None:
    from tests.extract.phrasing import in_note

    assert ("ccr/committee-on-data#9", dates) in facts(in_note(sentence), "heldOn")


def test_held_at_the_same_time_tells_nothing() -> None:
    from tests.extract.phrasing import in_note

    text = in_note("It will be preceded by the ninth session of the Committee on Coastal Data, held at the same time "
                   "as the seminar of 3 March 2032.")
    assert not any(g == "ccr/committee-on-data#9" for g, _ in facts(text, "heldOn"))

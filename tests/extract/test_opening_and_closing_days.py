"""The days of a gathering told by its opening and its closing, as a governing body decides the dates
of its next session or of its assembly's (E171, from the spent u210): "should be held in the Palais des
Nations, Geneva, opening on Monday, 18 May 2036, and closing no later than Tuesday, 26 May 2036", "its
179th session should be convened at WHO headquarters, Geneva, on Wednesday, 27 May 2036, and close no
later than Thursday, 28 May 2036". The gathering is held from the first day to the last; a venue named
"in" before its town is as one named "at"; a session in figures after "its" is the body's own when the
sentence says it "should be held", "be convened". Near misses: an opening day with no closing gives no
days (one day is not the session's), a proposal that it "be held" settles nothing."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def told(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "heldOn", "heldIn", "meetingOf") - {("ga#79", "ga")}


@pytest.mark.parametrize(
    ("sentence", "gathering", "days", "town"),
    [
        ("The Commission on the Status of Women decided that its seventy-first session should be held at United Nations "
         "Headquarters, New York, opening on Monday, 8 March 2027, and closing no later than Friday, 19 March 2027.",
         "ecosoc/csw#71", "2027-03-08/2027-03-19", "New York"),
        ("The Human Rights Council decided that its sixty-fourth session should be convened at the Palais des Nations, "
         "Geneva, on Monday, 15 February 2027, and close no later than Friday, 2 April 2027.",
         "hrc#64", "2027-02-15/2027-04-02", "Geneva"),
        ("The Human Rights Council decided that its sixty-fourth session should be held in the Palais des Nations, Geneva, "
         "from 15 February to 2 April 2027.",
         "hrc#64", "2027-02-15/2027-04-02", "Geneva"),
        ("The Commission on Narcotic Drugs decided that its seventy-first session would be held in Vienna, opening on "
         "Monday, 15 March 2027 and closing on Friday, 19 March 2027.",
         "ecosoc/cnd#71", "2027-03-15/2027-03-19", "Vienna"),
        ("The Commission on Narcotic Drugs agreed that its seventy-first session should be held in Vienna, opening on "
         "15 March 2027, and ending on 19 March 2027.",
         "ecosoc/cnd#71", "2027-03-15/2027-03-19", "Vienna"),
    ],
)
def test_held_from_its_opening_to_its_closing(sentence: str, gathering: str, days: str, town: str) -> None:
    body = gathering.split("#")[0]
    assert told(sentence) == {(gathering, days), (gathering, town), (gathering, body)}


def test_a_session_in_figures_the_body_decides_to_hold_is_its_own() -> None:
    assert ("hrc#64", "2027-02-15/2027-04-02") in told(
        "The Human Rights Council decided that its 64th session should be convened in Geneva on 15 February 2027, "
        "and close no later than 2 April 2027."
    )
    assert ("hrc#64", "hrc") in told("The Human Rights Council decided that its 64th session be held in Geneva.")


def test_an_opening_day_alone_gives_the_place_but_no_days() -> None:
    assert told(
        "The Commission on Narcotic Drugs decided that its seventy-first session would be held in Vienna, opening on "
        "Monday, 15 March 2027."
    ) == {("ecosoc/cnd#71", "Vienna"), ("ecosoc/cnd#71", "ecosoc/cnd")}


def test_a_proposal_that_it_be_held_settles_nothing() -> None:
    assert told(
        "The Commission on Narcotic Drugs will propose that its seventy-first session be held in Vienna, opening on "
        "Monday, 15 March 2027, and closing on Friday, 19 March 2027."
    ) == {("ecosoc/cnd#71", "ecosoc/cnd")}

"""report_of, round 4: a report said to be of several sessions ("its annual report covering its
111th, 112th and 113th sessions, which will be issued as X"), sessions numbered in figures after
"its" (a treaty body's long series: "held its 111th session", which sittings never are: those
are "meetings"), and reports in brackets after the meetings a sentence says were held ("(reports
A and B, respectively)", "(report X)")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

THREE = {("E/2032/31", "ccr#111"), ("E/2032/31", "ccr#112"), ("E/2032/31", "ccr#113")}


@pytest.mark.parametrize("sentence", [
    "The Commission will submit its annual report covering its 111th, 112th and 113th sessions, which will be issued as E/2032/31.",
    "The annual report covering its 111th, 112th and 113th sessions will be issued as E/2032/31.",
    "The annual report of the Commission covering its 111th, 112th and 113th sessions will be issued as E/2032/31.",
])
def test_a_report_covering_several_sessions(sentence: str) -> None:
    assert THREE <= facts(in_note(sentence), "reportOf")


def test_words_too() -> None:
    text = in_note("The annual report covering its eleventh, twelfth and thirteenth sessions will be issued as E/2032/31.")
    assert {("E/2032/31", "ccr#11"), ("E/2032/31", "ccr#12"), ("E/2032/31", "ccr#13")} <= facts(text, "reportOf")


def test_a_session_in_figures_after_its() -> None:
    text = in_note("The Commission held its 111th session in Geneva from 1 to 3 May 2031.")
    assert ("ccr#111", "Geneva") in facts(text, "heldIn")
    assert ("ccr#111", "2031-05-01/2031-05-03") in facts(text, "heldOn")


def test_a_session_in_figures_needs_a_verb_of_its_own_sessions() -> None:
    # "of its 98th session" in a recital says nothing of whose session (tests of E15's rule)
    text = in_note("The Commission recalled resolution 9/4 of its 98th session.")
    assert not {g for g, _ in facts(text, "meetingOf") if g == "ccr#98"}


def test_a_meeting_in_figures_is_still_a_sitting() -> None:
    # a body that holds sessions has no numbered "meetings" of its own: its 11th meeting is a sitting
    text = in_note("The Commission, at its 11th meeting, on 3 May 2031, held a panel discussion in Geneva.")
    assert not {g for g, _ in facts(text, "heldIn") if g.startswith("ccr#11")}


@pytest.mark.parametrize("sentence, expected", [
    ("The Committee on Coastal Data held its second and third sessions in Geneva in May 2031 (reports E/CN.21/CD/2031/5 and E/CN.21/CD/2031/7, respectively).",
     {("E/CN.21/CD/2031/5", "ccr/committee-on-data#2"), ("E/CN.21/CD/2031/7", "ccr/committee-on-data#3")}),
    ("The Committee on Coastal Data held its second session in Geneva from 12 to 14 May 2031 (report E/CN.21/CD/2031/5).",
     {("E/CN.21/CD/2031/5", "ccr/committee-on-data#2")}),
    ("The Working Group on Early Warning Systems held its first meeting via video conference on 3 and 4 March 2031 and its second meeting in Nairobi on 8 and 9 October 2031 (reports E/CN.21/WG.1/2031/2 and E/CN.21/WG.1/2031/4, respectively).",
     {("E/CN.21/WG.1/2031/2", "ccr/wg-early-warning#1"), ("E/CN.21/WG.1/2031/4", "ccr/wg-early-warning#2")}),
])
def test_reports_in_brackets_after_the_meetings(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= facts(in_note(sentence), "reportOf")


@pytest.mark.parametrize("sentence", [
    # two reports for three sessions: which is whose is not said
    "The Committee on Coastal Data held its first, second and third sessions in Geneva (reports E/CN.21/CD/2031/5 and E/CN.21/CD/2031/7).",
    # a bracketed note that is no report
    "The Committee on Coastal Data held its second session in Geneva (see E/CN.21/CD/2031/5, para. 3).",
])
def test_no_bracketed_report(sentence: str) -> None:
    assert not facts(in_note(sentence), "reportOf")


def test_adopted_at_a_session_in_figures() -> None:
    text = in_note("The Commission adopted resolution 108/2 at its 108th session, held in Geneva from 14 November to 2 December 2022.")
    assert ("ccr#108", "Geneva") in facts(text, "heldIn")


def test_its_after_a_possessive_is_the_possessors() -> None:
    # "the Panel's decision at its 98th session": whose session it is, is not the speaker's to guess
    text = in_note("Recalling also resolution 11/2 and the Panel's decision at its 98th session;")
    assert not {g for g, _ in facts(text, "meetingOf") if g == "ccr#98"}

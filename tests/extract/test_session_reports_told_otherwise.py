"""What session reports and resolutions of governing bodies tell in other words: the report of a
body "on its 41st meeting" is of that body's meeting; "a Team of Specialists on ..." and "a
women's advisory panel" are bodies an instrument sets up; "Entrusts X with <a task>" asks X only;
"(Y), prepared pursuant to ..." after a meeting's report (X) is Y's mandate, not the meeting's;
"Having considered A (X) and the report ... (Y)" puts both papers before the session; "its 14th
session in March 2032, and its 15th session" are both the body's. Invented text of the phrasing
harness's commission. Rules from the spent held-out set x65-x69 (E56)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution


@pytest.mark.parametrize(("sentence", "symbol", "meeting"), [
    ("The Commission had before it the report of the Working Group on Early Warning on its 41st meeting (E/CN.21/WG.1/2031/2).",
     "E/CN.21/WG.1/2031/2", "ccr/wg-early-warning#41"),
    ("It considered the report of the Tides Committee on the work of its 7th meeting (E/CN.21/2031/12) and took note of it.",
     "E/CN.21/2031/12", "ccr/tides-committee#7"),
])
def test_the_report_of_a_body_on_its_meeting_in_figures(sentence: str, symbol: str, meeting: str) -> None:
    text = in_note(sentence)
    assert (symbol, meeting) in facts(text, "reportOf")
    assert (meeting, meeting.split("#")[0]) in facts(text, "meetingOf")


def test_a_plenary_meeting_of_the_session_is_still_no_report_of_a_body() -> None:
    text = in_note("At its 11th meeting, the Commission considered the report (E/CN.21/2031/12).")
    assert not {m for _, m in facts(text, "reportOf") if m.startswith("ccr#")}


@pytest.mark.parametrize(("paragraph", "key"), [
    ("1. Decides to establish a Team of Specialists on Tide Gauge Networks, reporting to the Bureau;", "ccr/team-of-specialists-on-tide-gauge-networks"),
    ("1. Decides to set up a team of experts on coastal erosion data;", "ccr/team-of-experts-on-coastal-erosion-data"),
    ("1. Decides to set up a women's advisory panel composed of ten members from coastal communities;", "ccr/women-s-advisory-panel"),
])
def test_bodies_an_instrument_sets_up(paragraph: str, key: str) -> None:
    text = in_resolution(paragraph, "2. Decides that the body shall meet once a year;")
    assert ("ccr/res/12/1", key) in facts(text, "establishes")


def test_a_body_named_for_whom_it_serves_becomes_standing() -> None:
    text = in_resolution(
        "1. Decides to set up a women's advisory panel composed of ten members from coastal communities;",
        "2. Decides that the women's advisory panel is to be a standing advisory body of the Commission;",
    )
    assert ("ccr/res/12/1", "ccr/women-s-advisory-panel") in facts(text, "makesConstantElement")


def test_an_advisory_panel_that_says_nothing_more_is_no_new_body() -> None:
    text = in_resolution("1. Decides to set up an advisory panel composed of ten members;")
    assert not facts(text, "establishes")


@pytest.mark.parametrize("paragraph", [
    "1. Entrusts the Executive Secretary with servicing the Working Group on Early Warning within existing resources;",
    "1. Entrusts the Executive Secretary with the preparation of a study for the Bureau;",
])
def test_entrusted_with_a_task_asks_only_the_one_entrusted(paragraph: str) -> None:
    requested = facts(in_resolution(paragraph), "requests")
    assert ("ccr/res/12/1", "ccr/executive-secretary") in requested
    assert requested == {("ccr/res/12/1", "ccr/executive-secretary")}


def test_a_participle_on_a_later_paper_is_no_mandate_of_the_meeting() -> None:
    text = in_note(
        "The Commission had before it the report of the Tides Committee on its 12th meeting (E/CN.21/2031/12) and the note "
        "by the secretariat on tide gauges (E/CN.21/2031/13), prepared pursuant to paragraph 4 of resolution 10/2."
    )
    assert ("E/CN.21/2031/13", "ccr/res/10/2") in facts(text, "pursuantTo")
    assert ("E/CN.21/2031/12", "ccr/res/10/2") not in facts(text, "pursuantTo")


@pytest.mark.parametrize("recital", [
    "Having considered the Programme of Work for 2032 (E/CN.21/2031/5) and the report of the Bureau on its work (E/CN.21/2031/6),",
    "Having considered the Budget Outline (E/CN.21/2031/5), as well as the note by the secretariat (E/CN.21/2031/6),",
])
def test_several_papers_considered_in_one_recital(recital: str) -> None:
    submitted = facts(in_resolution(recital, "1. Approves the programme of work;"), "submittedTo")
    assert {("E/CN.21/2031/5", "ccr#12"), ("E/CN.21/2031/6", "ccr#12")} <= submitted


def test_a_paper_cited_in_the_recital_is_not_one_considered() -> None:
    recital = "Having considered the Budget Outline (E/CN.21/2031/5), which follows resolution 10/2 (see E/CN.21/2029/7),"
    submitted = facts(in_resolution(recital, "1. Approves the outline;"), "submittedTo")
    assert ("E/CN.21/2031/5", "ccr#12") in submitted
    assert ("E/CN.21/2029/7", "ccr#12") not in submitted


@pytest.mark.parametrize("sentence", [
    "The Commission decided to hold its 14th session in Nairobi from 2 to 6 March 2032, and its 15th session in March 2033.",
    "The Commission will hold its 14th session in Nairobi in March 2032 as well as its 15th session in Apia.",
])
def test_the_next_session_in_figures_after_and(sentence: str) -> None:
    met = facts(in_note(sentence), "meetingOf")
    assert {("ccr#14", "ccr"), ("ccr#15", "ccr")} <= met


def test_another_body_named_between_keeps_its_own() -> None:
    sentence = "The Commission will hold its 14th session in March 2032, and the Tides Committee its 15th meeting in May."
    assert ("ccr#15", "ccr") not in facts(in_note(sentence), "meetingOf")

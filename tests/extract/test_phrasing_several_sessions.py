"""report_of, round 5: a report of several sessions named as a range ("on its 111th to 113th
sessions", "eleventh through thirteenth", "111th–113th") or a list, in a sentence or as the
title of the report itself ("Report of the Committee ... on its second and third sessions"):
every session gets its `reportOf`. A range that runs backwards or implausibly far, or a single
compound ordinal ("twenty-first"), names no session in between."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

CD = "ccr/committee-on-data"
REPORT = "E/CN.21/CD/2031/5"


def sessions(*numbers: int) -> set[tuple[str, str]]:
    return {(REPORT, f"{CD}#{n}") for n in numbers}


@pytest.mark.parametrize("sentence, numbers", [
    ("The Commission will consider the report of the Committee on Coastal Data on its 111th to 113th sessions (E/CN.21/CD/2031/5).", (111, 112, 113)),
    ("The report of the Committee on Coastal Data on its second to fourth sessions is contained in document E/CN.21/CD/2031/5.", (2, 3, 4)),
    ("The report of the Committee on Coastal Data on its 111th–113th sessions (E/CN.21/CD/2031/5) is before the Commission.", (111, 112, 113)),
    ("The report of the Committee on Coastal Data on its 111th-113th sessions (E/CN.21/CD/2031/5) is before the Commission.", (111, 112, 113)),
    ("The report of the Committee on Coastal Data on its twenty-first through twenty-third sessions (E/CN.21/CD/2031/5) is before the Commission.", (21, 22, 23)),
    ("The report of the Committee on Coastal Data on its ninth, tenth and eleventh sessions (E/CN.21/CD/2031/5) is before the Commission.", (9, 10, 11)),
])
def test_every_session_of_a_range_or_list(sentence: str, numbers: tuple[int, ...]) -> None:
    found = facts(in_note(sentence), "reportOf")
    assert sessions(*numbers) <= found
    assert {o for s, o in found if s == REPORT and o.startswith(CD)} == {o for _, o in sessions(*numbers)}


@pytest.mark.parametrize("sentence, numbers", [
    # backwards, or too long a run to be one report's sessions: no session in between is made up
    ("The report of the Committee on Coastal Data on its 113th to 111th sessions (E/CN.21/CD/2031/5) is before the Commission.", {112}),
    ("The Committee on Coastal Data held its 1st to 90th sessions in Geneva.", set(range(2, 90))),
    # one compound ordinal is no range
    ("The report of the Committee on Coastal Data on its twenty-first session (E/CN.21/CD/2031/5) is before the Commission.", {20, 22}),
    # two sessions listed, not a range: the one between is not named
    ("The report of the Committee on Coastal Data on its second and fourth sessions (E/CN.21/CD/2031/5) is before the Commission.", {3}),
])
def test_no_session_in_between(sentence: str, numbers: set[int]) -> None:
    named = {g for g, _ in facts(in_note(sentence), "meetingOf")}
    assert not named & {f"{CD}#{n}" for n in numbers}


def test_a_range_held_in_one_place() -> None:
    text = in_note("The Committee on Coastal Data held its eleventh to thirteenth sessions in Geneva.")
    assert {(f"{CD}#{n}", "Geneva") for n in (11, 12, 13)} <= facts(text, "heldIn")


MASTHEAD = (
    "United Nations E/CN.21/CD/2031/5\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n20 May 2031\n\nOriginal: English\n\n"
    "{title}\n\n"
    "1. The Committee adopted the present report at its last session.\n"
)


@pytest.mark.parametrize("title, numbers", [
    ("Report of the Committee on Coastal Data on its 111th to 113th sessions", (111, 112, 113)),
    ("Report of the Committee on Coastal Data on its second and third sessions", (2, 3)),
    ("Report of the Committee on Coastal Data on the work of its fourth, fifth and sixth sessions", (4, 5, 6)),
    ("Report on the second to fourth sessions of the Committee on Coastal Data", (2, 3, 4)),
    ("Report of the Committee on Coastal Data on its third session", (3,)),
])
def test_the_title_of_a_report_of_several_sessions(title: str, numbers: tuple[int, ...]) -> None:
    found = facts(MASTHEAD.format(title=title), "reportOf")
    assert {s for s in found if s[0] == REPORT} == sessions(*numbers)


def test_the_title_of_several_sessions_gives_none_its_dates() -> None:
    # one span after the title of several sessions is not the last session's alone
    text = MASTHEAD.format(title="Report of the Committee on Coastal Data on its second and third sessions (Geneva, 3–7 May 2031)")
    assert sessions(2, 3) <= facts(text, "reportOf")
    assert not {g for g, _ in facts(text, "heldOn")} & {f"{CD}#2", f"{CD}#3"}
    single = MASTHEAD.format(title="Report of the Committee on Coastal Data on its third session (Geneva, 3–7 May 2031)")
    assert (f"{CD}#3", "2031-05-03/2031-05-07") in facts(single, "heldOn")


AGENDA = (
    "United Nations E/CN.21/2032/1\n\n"
    "Economic and Social Council\n\n"
    "Distr.: General\n2 January 2032\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n\n"
    "Annotated provisional agenda\n\n3. Early warning\n\nDocumentation\n\n"
    "Report of the Committee on Coastal Data on its second to fourth sessions (E/CN.21/CD/2031/5)\n\n"
    "Report of the Working Group on Early Warning Systems on its fifth and sixth meetings (E/CN.21/WG.1/2031/7)\n"
)


def test_a_documentation_list_of_reports_of_several_sessions() -> None:
    found = facts(AGENDA, "reportOf")
    assert sessions(2, 3, 4) <= found
    assert {("E/CN.21/WG.1/2031/7", "ccr/wg-early-warning#5"), ("E/CN.21/WG.1/2031/7", "ccr/wg-early-warning#6")} <= found
    assert {(REPORT, "ccr#13"), ("E/CN.21/WG.1/2031/7", "ccr#13")} <= facts(AGENDA, "submittedTo")

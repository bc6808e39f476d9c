"""reportOf from "its reports are issued as X (101st session) and Y (102nd session)": each symbol
followed by the session (or meeting) its bracket numbers, in figures or words, is that gathering's
report, of the one body named before "its reports" (`relate.reports_by_bracketed_session`).

Negative cases: a bracket naming the other kind of gathering than the body holds, two bodies
before "their reports" (whose is not said)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

FORMS = [
    "The Committee on Coastal Data meets in closed session; its reports are issued as E/CN.21/CD/2031/5 (5th session) and E/CN.21/CD/2032/2 (6th session).",
    "The Committee on Coastal Data met twice; its reports are contained in documents E/CN.21/CD/2031/5 (fifth session) and E/CN.21/CD/2032/2 (sixth session).",
    "The Committee on Coastal Data met twice in 2031, and its reports were issued as E/CN.21/CD/2031/5 (Fifth session) and E/CN.21/CD/2032/2 (Sixth session).",
]


def note(sentence: str) -> str:
    return NOTE + "1. " + sentence + "\n"


@pytest.mark.parametrize("sentence", FORMS)
def test_each_symbol_its_bracketed_session(sentence: str) -> None:
    found = facts(note(sentence), "reportOf")
    assert ("E/CN.21/CD/2031/5", "ccr/committee-on-data#5") in found
    assert ("E/CN.21/CD/2032/2", "ccr/committee-on-data#6") in found


def test_a_meeting_body() -> None:
    text = note("The Working Group on Early Warning Systems met in Bonn; its reports are issued as E/CN.21/WG.1/2031/2 (3rd meeting) and E/CN.21/WG.1/2031/4 (4th meeting).")
    assert ("E/CN.21/WG.1/2031/4", "ccr/wg-early-warning#4") in facts(text, "reportOf")


@pytest.mark.parametrize("sentence", [
    # meetings of a body that holds sessions: plenary meetings, not its gatherings
    "The Committee on Coastal Data met twice; its reports are contained in documents E/CN.21/CD/2031/5 (fifth meeting) and E/CN.21/CD/2032/2 (sixth meeting).",
    # two bodies: whose reports is not said
    "The Committee on Coastal Data and the World Coastal Congress met; their reports are issued as E/CN.21/CD/2031/5 (fifth session) and E/CN.21/CD/2032/2 (sixth session).",
])
def test_not_read(sentence: str) -> None:
    assert not {f for f in facts(note(sentence), "reportOf") if f[0] in ("E/CN.21/CD/2031/5", "E/CN.21/CD/2032/2")}

"""A report "on that meeting" ("on that session") whose gathering the sentence names some other way
(E220, empty cells of the lead's grids; `relate.Reader.report_on_that_session`):

- its author named: "The outcome of the third meeting is set out in the report of the Working Group on
  that meeting (X)" — the third meeting, said with no body, is the author's, where the author holds
  meetings; "…; the report of the Working Group on that meeting (X)" after the Working Group's third
  meeting is named: that one, and only a gathering of the author's, of the word said.
- its adoption after the symbol: "its report on that session (X), adopted at the eleventh session" —
  a report on a session adopted at a session is that session's.

Frames: a note by the Secretariat for the invented Commission's thirteenth session, the "action taken"
chapter of its report on the twelfth session. Near misses: a session of another body before "the report
of the Working Group on that meeting"; two meetings named ("the third and fourth meetings"); a report
of the Working Group adopted at the Commission's session."""

from __future__ import annotations

import pytest

from . import phrasing as P

WG = "ccr/wg-early-warning"


def _in_note(sentence: str) -> set[tuple[str, str]]:
    return P.facts(P.in_note(sentence), "reportOf")


def _in_report(sentence: str) -> set[tuple[str, str]]:
    return P.facts(P.ACTION_TAKEN.format(s=sentence), "reportOf")


@pytest.mark.parametrize(
    ("sentence", "report"),
    [
        ("The outcome of the third meeting is set out in the report of the Working Group on that meeting (E/CN.21/2032/6).",
         ("E/CN.21/2032/6", f"{WG}#3")),
        ("The outcome of the third meeting is set out in the report of the Working Group on Early Warning Systems on that meeting (E/CN.21/2032/6).",
         ("E/CN.21/2032/6", f"{WG}#3")),
        ("The conclusions of the second session are contained in the report of the Committee on Coastal Data on that session (E/CN.21/2032/7).",
         ("E/CN.21/2032/7", "ccr/committee-on-data#2")),
        ("The Working Group on Early Warning Systems held its third meeting in Vienna; the report of the Working Group on that meeting "
         "(E/CN.21/2032/6) is before the Commission.", ("E/CN.21/2032/6", f"{WG}#3")),
    ],
)
def test_the_report_of_the_author_on_that_meeting(sentence, report):
    assert report in _in_note(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission's conclusions are set out in its report on that session (E/CN.21/2031/9), adopted at the eleventh session.",
        "The conclusions are set out in the report of the Commission on that session (E/CN.21/2031/9), which was adopted at its eleventh session.",
    ],
)
def test_the_report_adopted_at_the_session(sentence):
    assert ("E/CN.21/2031/9", "ccr#11") in _in_report(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The conclusions of the third session are contained in the report of the Working Group on that meeting (E/CN.21/2032/6).",
        "The third and fourth meetings were productive; the report of the Working Group on that meeting (E/CN.21/2032/6) is before the Commission.",
    ],
)
def test_no_meeting_of_the_author(sentence):
    assert not [g for d, g in _in_note(sentence) if d == "E/CN.21/2032/6"]


def test_the_authors_report_adopted_at_anothers_session():
    sentence = ("The conclusions are set out in the report of the Working Group on that meeting (E/CN.21/2031/9), "
                "adopted at the eleventh session of the Commission.")
    assert not [g for d, g in _in_report(sentence) if d == "E/CN.21/2031/9"]

"""An agenda tells of a report by its session, then under which symbol it will be issued, in the
next sentence of the same paragraph: "The Commission will adopt its report on its thirteenth
session. The report will be issued as Official Records …, Supplement No. 11 (E/2032/31)." The
symbol is the report on that session. Another paragraph's "The report will be issued as …", or a
report never said to be on a session, is none."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

ISSUED = [
    ("The Commission will adopt its report on its thirteenth session, which will be submitted to the Economic and Social Council. "
     "The report will be issued as Official Records of the Economic and Social Council, 2032, Supplement No. 11 (E/2032/31).",
     "E/2032/31", "ccr#13"),
    ("The Working Group will consider the report of the Working Group on Early Warning Systems on its fourth meeting. "
     "The report is to be published as document E/CN.21/WG.1/2032/2.",
     "E/CN.21/WG.1/2032/2", "ccr/wg-early-warning#4"),
    ("The Commission will adopt its report on the work of its thirteenth session. Its report will be issued as E/2032/31.",
     "E/2032/31", "ccr#13"),
]


@pytest.mark.parametrize("paragraph, symbol, session", ISSUED)
def test_the_report_said_of_a_session_issued_as(paragraph: str, symbol: str, session: str) -> None:
    assert (symbol, session) in facts(in_note(paragraph), "reportOf")


def test_another_paragraphs_report_is_not_that_one() -> None:
    text = in_note(
        "The Commission will adopt its report on its thirteenth session.",
        "The report will be issued as document E/CN.21/2032/9.",
    )
    assert ("E/CN.21/2032/9", "ccr#13") not in facts(text, "reportOf")


def test_a_report_said_of_no_session_is_no_report_of_one() -> None:
    text = in_note("The Commission will consider the report of the Secretary-General. The report will be issued as document E/CN.21/2032/3.")
    assert not {o for s, o in facts(text, "reportOf") if s == "E/CN.21/2032/3"}

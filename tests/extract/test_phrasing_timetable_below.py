""""The provisional timetable below is proposed for the consideration of the Commission under
agenda item 1": a timetable, a programme or organization of work set out below is the document
being read, which goes to the session it is for (`rules/documents._SELF`).

Negative cases: "the table below" (a part of the document, not the document), and a timetable
that is not below ("The timetable of the Committee is proposed ...": another's)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, NOTE_SYMBOL, NOTE_UNDER_NO_ITEM, facts


def note(sentence: str) -> str:
    return NOTE + "1. " + sentence + "\n"


@pytest.mark.parametrize("sentence", [
    "The provisional timetable below is proposed for the consideration of the Commission under agenda item 1.",
    "The proposed programme of work set out below is submitted for the consideration of the Commission.",
    "The tentative organization of work below has been prepared for the consideration of the Commission at its thirteenth session.",
])
def test_the_document_itself(sentence: str) -> None:
    assert (NOTE_SYMBOL, "ccr#13") in facts(note(sentence), "submittedTo")


@pytest.mark.parametrize("sentence", [
    "The table below is proposed for the consideration of the Commission.",
    "The timetable of the Committee on Coastal Data is proposed for the consideration of the Commission.",
])
def test_not_the_document(sentence: str) -> None:
    assert (NOTE_SYMBOL, "ccr#13") not in facts(NOTE_UNDER_NO_ITEM + "1. " + sentence + "\n", "submittedTo")


@pytest.mark.parametrize("issued", ["February 2032", "14 February 2032", "Original: English"])
def test_a_symbol_under_the_session_with_a_month_below(issued: str) -> None:
    # the body, its session, place and dates first, then the symbol and the month of issue
    text = (
        "COMMISSION ON COASTAL RESILIENCE\nThirteenth Session\nNew York\n8–12 March 2032\n\n"
        f"E/CN.21/2032/5\n{issued}\n\nPROVISIONAL TIMETABLE\n\n"
        "1. The provisional timetable below is proposed for the consideration of the Commission.\n"
    )
    assert ("E/CN.21/2032/5", "ccr#13") in facts(text, "submittedTo")


def test_a_month_above_the_symbol_is_no_issue_date() -> None:
    text = (
        "COMMISSION ON COASTAL RESILIENCE\nThirteenth Session\nNew York\n8–12 March 2032\n\n"
        "February 2032\n\nSee also E/CN.21/2032/5\nRome 2032\n\nPROVISIONAL TIMETABLE\n\n"
        "1. The provisional timetable below is proposed for the consideration of the Commission.\n"
    )
    assert ("E/CN.21/2032/5", "ccr#13") not in facts(text, "submittedTo")

"""A report named by the gathering it is of, whose symbol a footnote gives: "Taking note of the
report of the Working Group on the work of its fourteenth meeting,¹" with "¹ E/CN.21/WG.1/2031/5."
or "¹ Official Records of ..., Supplement No. 11 (E/2030/31)." at the foot. The note's mark as
the text keeps it (glued "meeting,1", raised "meeting¹", "meeting[1]", "meeting^1", the UN's older
"meeting 1/"), or, where cleaning took the mark out and placed the note after the paragraph that
called it, the paragraph just before the note. Not: a note whose mark stands on a sentence naming
no such report, a sentence naming two gatherings, a note that says more than the document, two
documents, a passage of a conference room paper. (A raised mark glued to a letter, "meeting¹", is
left: a superscript digit is a word character, so the gathering is not read there at all.)
Invented wording (phrasing harness)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

REPORT = ("E/CN.21/WG.1/2031/5", "ccr/wg-early-warning#14")
NAMED = "Taking note of the report of the Working Group on Early Warning Systems on the work of its fourteenth meeting"


def reports(*paragraphs: str) -> set[tuple[str, str]]:
    return facts(in_resolution(*paragraphs), "reportOf")


@pytest.mark.parametrize(("mark", "note"), [
    (",1", "1 E/CN.21/WG.1/2031/5."),
    (",¹", "¹ E/CN.21/WG.1/2031/5."),
    (".¹", "¹ E/CN.21/WG.1/2031/5."),
    ("[2]", "[2] E/CN.21/WG.1/2031/5."),
    ("^2", "^2 E/CN.21/WG.1/2031/5."),
    (" 3/", "3/ E/CN.21/WG.1/2031/5."),
    (",1", "1 See E/CN.21/WG.1/2031/5."),
])
def test_the_note_gives_the_report_named_at_its_mark(mark: str, note: str) -> None:
    assert REPORT in reports(NAMED + mark, "1. Requests the Bureau to act;", note)


def test_the_official_records_supplement_is_the_sessions_report() -> None:
    found = reports(
        "Taking note of the report of the Commission on its eleventh session,1 held in Geneva from 12 to 16 April 2030,",
        "1. Requests the Bureau to act;",
        "1 Official Records of the Economic and Social Council, 2030, Supplement No. 11 (E/2030/31).",
    )
    assert ("E/2030/31", "ccr#11") in found


def test_a_label_glued_to_capitals_is_no_mark() -> None:
    # "PP1", "OP2": paragraph labels, an acronym's figure, not a footnote's mark (as "CO2")
    found = reports(
        "PP1\tRecalling its resolution 11/2,",
        "PP2\tTaking note of the report of the Commission on its eleventh session,1 held in Geneva from 12 to 16 April 2030,",
        "OP1\tRequests the Bureau to act;",
        "1 Official Records of the Economic and Social Council, 2030, Supplement No. 11 (E/2030/31).",
    )
    assert ("E/2030/31", "ccr#11") in found


def test_a_report_of_the_session_of_a_body() -> None:
    found = reports(
        "Having considered the report of the eleventh session of the Committee on Coastal Data,²",
        "1. Requests the Bureau to act;",
        "² E/CN.21/CD/2030/4.",
    )
    assert ("E/CN.21/CD/2030/4", "ccr/committee-on-data#11") in found


@pytest.mark.parametrize("paragraphs", [
    # the mark stands on a sentence naming no report of a gathering
    (NAMED + ",", "Recalling its resolution 11/2,1", "1. Requests the Bureau to act;", "1 E/CN.21/WG.1/2031/5."),
    # two gatherings: whose report is not said
    ("Taking note of the reports of the Working Group on Early Warning Systems on its thirteenth and fourteenth meetings,1", "1. Requests the Bureau to act;", "1 E/CN.21/WG.1/2031/5."),
    # the note says more than the document
    (NAMED + ",1", "1. Requests the Bureau to act;", "1 The Working Group did not adopt E/CN.21/WG.1/2031/5 at that meeting."),
    # two documents
    (NAMED + ",1", "1. Requests the Bureau to act;", "1 E/CN.21/WG.1/2031/5 and E/CN.21/WG.1/2031/6."),
    # a conference room paper is no report
    (NAMED + ",1", "1. Requests the Bureau to act;", "1 E/CN.21/WG.1/2031/CRP.5."),
])
def test_no_report_from_the_note(paragraphs: tuple[str, ...]) -> None:
    assert not {doc for doc, _ in reports(*paragraphs) if doc.startswith("E/CN.21/WG.1/")}

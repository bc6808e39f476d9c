"""What other tools do to the nineteenth round's second spent set (u275–u281, L14), as general layout
rules. Word's text and antiword's bars of a list of adopted decisions, a symbol and a title in two
cells; decision points whose hanging indent a tool re-flowed, a point run onto the one above or onto
its item's heading; a page's "Key: value" fields one a line (Word's text of bold labels); an
instrument's titled heading that fills its line over "Recalling …" (pdftotext -raw); a table of
three columns between two paragraphs of a text one paragraph a line; a footnote's number set apart
by a gap under the notes' rule (antiword). Invented text; the decision points' board is E225's
(tests/data/decision_points_told_e225.ttl)."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.run_in_clauses import run_in_point_changes
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "decision_points_told_e225.ttl")


def of(relation: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts(text) if r == relation}


def _blocks(text: str) -> list[tuple[str, str]]:
    cleaned = clean(text)
    return [(b.kind, cleaned.text[b.start : b.end]) for b in cleaned.blocks]


# --------------------------------------------------------------------------- a list of adopted decisions in cells

_HEADING = "Annex\n\nDecisions adopted by the Governing Board at its 58th session\n\n(all adopted on 3 May 2033)\n\n"
_CLOSING = "\n\nThe session was closed by the Chair at 6 p.m.\n"
_ROWS = {
    "word": "GB 58/1\tReport of the Chair of the Finance Committee\nGB 58/2\tDates of the sessions of the Board in 2034",
    "antiword": (
        "|GB 58/1|Report of the Chair of the     |\n|       |Finance Committee              |\n"
        "|GB 58/2|Dates of the sessions of the   |\n|       |Board in 2034                  |"
    ),
}


@pytest.mark.parametrize("layout", sorted(_ROWS))
def test_a_list_of_adopted_decisions_in_cells_is_a_list(layout: str) -> None:
    listed = [p.text for p in segment(clean(_HEADING + _ROWS[layout] + _CLOSING)) if p.kind == "listing"]
    assert listed == ["GB 58/1 Report of the Chair of the Finance Committee", "GB 58/2 Dates of the sessions of the Board in 2034"]


def test_rows_of_symbols_under_another_heading_stay_a_table() -> None:
    text = "Documents before the Board\n\n" + _ROWS["word"] + _CLOSING
    assert not [p for p in segment(clean(text)) if p.kind == "listing"]


# --------------------------------------------------------------------------- decision points re-flowed

_POINTS = [
    ("Agenda item 4: Annual report of the Executive Director", [
        "4.1 Takes note of the annual report of the Executive Director (JPWS/CB (31)/12.2);",
        "4.2 Requests the Executive Director to submit a revised workplan to the Board at its 32nd meeting;",
    ]),
    ("Agenda item 5: Groundwater", [
        "5.1 Endorses the recommendations adopted by the Technical Panel on Groundwater at its second meeting;",
        "5.2 Requests the JPWS Secretariat to publish the recommendations;",
    ]),
]
_INTRO = "Below are the decision points adopted by the JPWS Coordinating Board at its 31st meeting (Nairobi, 2-4 June 2031)."
_NOTE = "(Decision points 4.1 to 5.2 adopted on 3 June 2031)"


def _reflowed(width: int | None) -> str:
    """Each item's points run on as one paragraph, the first onto the heading (a tool reading a
    hanging indent as prose): one paragraph a line (Word's) or wrapped at ``width``, blank lines between."""
    paragraphs = [_INTRO] + [heading + " " + " ".join(points) for heading, points in _POINTS] + [_NOTE]
    if width is None:
        return "\n".join(paragraphs) + "\n"
    return "\n\n".join(textwrap.fill(p, width) for p in paragraphs) + "\n"


@pytest.mark.parametrize("width", [None, 72, 78])
def test_points_run_on_are_read_as_points(width: int | None) -> None:
    text = _reflowed(width)
    points = {f"jpws/board/dec/31-{p}" for p in ("4/1", "4/2", "5/1", "5/2")}
    assert {(p, "jpws/board#31") for p in points} <= of("adoptedAt", text)
    assert {(p, "2031-06-03") for p in points} <= of("adoptedOn", text)
    assert ("jpws/board/dec/31-4/2", "jpws/executive-director") in of("requests", text)
    assert ("jpws/board/dec/31-5/2", "jpws/secretariat") in of("requests", text)


def _breaks(text: str) -> list[str]:
    lines = text.split("\n")
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return [text[end : end + 12] for _, end, _ in run_in_point_changes(lines, starts)]


@pytest.mark.parametrize("text", [
    # not the next point: a cited decision's number after a semicolon
    "4.1 Recalls its decisions 2.1; 3.2 Other matters were taken up later;\n",
    # a point under another item's heading
    "Agenda item 6: Other matters 4.1 Takes note of the report;\n",
])
def test_no_break_where_the_number_does_not_follow(text: str) -> None:
    assert _breaks(text) == []


# --------------------------------------------------------------------------- a page's fields, Word's text

_FIELDS = (
    "Decisions 9.14 - 9.16 Wetland Restoration\n"
    "Document number: CWA/COP9/Decisions 9.14-9.16\n"
    "Meeting: 9th Meeting of the Conference of the Parties, Lima, 3 - 8 March 2033\n"
    "Date of adoption: 8 March 2033\n"
    "Status: Active\n"
    "Directed to the Secretariat\n"
)


def test_a_pages_fields_one_a_line_are_a_table_of_fields() -> None:
    kinds = dict((text.split(":")[0], kind) for kind, text in _blocks(_FIELDS) if ":" in text)
    assert kinds["Document number"] == kinds["Meeting"] == kinds["Status"] == "table"


def test_two_masthead_fields_stay_paragraphs() -> None:
    text = "United Nations\nSymbol: CWA/COP9/12\nDate: 3 March 2033\nThe Conference of the Parties met in Lima.\n"
    assert all(kind == "text" for kind, _ in _blocks(text))


# --------------------------------------------------------------------------- a titled heading over "Recalling", -raw

_TITLE = "Resolution B12-7: Coordination of aeronautical and maritime weather information services"
_PARAGRAPHS = [
    "Note by the Secretariat: a proposal to establish, in addition, a regional weather information group"
    " in each region was considered by the Technical Commission but was not retained; the Commission agreed"
    " that the Council would consider the needs of the regions.",
    _TITLE,
    "Recalling Resolution B10-3, by which the Assembly asked the Council to strengthen its cooperation with"
    " the World Weather Union in the field of aeronautical and maritime weather information;",
    "Noting with appreciation the work of the joint group of experts of the two Organizations, which has met"
    " every year since its establishment;",
    "The Assembly:",
    "1. Requests the Council to report to the next session of the Assembly on the arrangements made with the"
    " World Weather Union for the exchange of weather information.",
]


def _raw(title: str) -> str:
    """pdftotext -raw's text: lines wrapped at 88 columns, no blank line anywhere; the title whole."""
    return "\n".join(title if p == _TITLE else textwrap.fill(p, 88) for p in _PARAGRAPHS) + "\n"


def test_a_titled_heading_that_fills_its_line_ends_before_the_recital() -> None:
    assert _TITLE in [text for _, text in _blocks(_raw(_TITLE))]


def test_a_titled_heading_wrapped_on_a_word_that_goes_on_is_one() -> None:
    title = _TITLE.replace("information services", "information in the")
    assert title not in [text for _, text in _blocks(_raw(title))]


# --------------------------------------------------------------------------- a table between two paragraphs, Word's text

_TABLED = (
    "Decision CWA/COP/2/4\r\n"
    "Marine protected areas\r\n"
    "The Conference of the Parties,\r\n"
    "Recalling article 17 of the Convention, by which the Parties agreed to cooperate in the establishment of"
    " marine protected areas in the waters under the Convention,\r\n"
    "Having considered the report of the Scientific Committee on its third meeting, held in Lima from 2 to 5"
    " May 2033, and the proposals that the Committee reviewed at that meeting,\r\n"
    "1. Takes note of the proposals for marine protected areas listed in the annex to the present decision,"
    " and of the review of each of them by the Scientific Committee;\r\n"
    "2. Requests the Scientific Committee to complete its review of the proposals under review and to report"
    " on it to the Conference of the Parties at its third meeting.\r\n"
    "Annex\r\n"
    "Proposals for marine protected areas before the Conference of the Parties at its second meeting\r\n"
    "Proposal\tArea\tProponents\tStatus\r\n"
    "CWA/COP/2/5/Add.1\tNorthern shelf\ttwo Parties\tunder review by the Committee\r\n"
    "CWA/COP/2/5/Add.2\tEastern seamounts\tone Party\treview completed\r\n"
    "Note: The status column reflects the review of the Scientific Committee; it does not prejudge the"
    " decisions of the Conference of the Parties.\r\n"
)


def test_a_table_parts_the_paragraphs_above_and_below_it() -> None:
    texts = [text for kind, text in _blocks(_TABLED) if kind == "text"]
    assert "Proposals for marine protected areas before the Conference of the Parties at its second meeting" in texts


# --------------------------------------------------------------------------- a footnote set apart by a gap

def test_a_footnote_number_set_apart_by_a_gap_under_the_rule() -> None:
    text = "Taking note of the report of the Secretariat,1 submitted to the Conference.\n\n_______________\n\n1       CWA/COP/2/7.\n"
    assert ("footnote", "1 CWA/COP/2/7.") in [(kind, " ".join(text.split())) for kind, text in _blocks(text)]


def test_a_sections_number_and_heading_is_no_footnote() -> None:
    assert all(kind == "text" for kind, _ in _blocks("1       Introduction\n\nThe report covers the year.\n"))

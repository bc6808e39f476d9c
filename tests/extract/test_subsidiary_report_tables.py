"""A table of subsidiary bodies' reports under the lead-in that puts them before a session ("The
Commission had before it the reports of the following subsidiary bodies:"): each row names a body,
its session's ordinal, the days and town in one "Dates and venue" cell, and the report's symbol.
Each row gives the session's meeting_of, held_on, held_in, the report's report_of, and its
submitted_to the session the lead-in names.

Layouts: a converter's one cell a line (LibreOffice's text of a Word table: two key-shaped
cells a row, the ordinal and the symbol, `line_cell_tables._two_key_columns`), tab-separated
rows (Word's text, a short numbered paragraph after them ending the table); the combined column named "Dates and venue", "Venue and
dates", "Date and place", its cell the days first or the town first
(`rules.meeting_tables`).

Near misses: a table under no lead-in (its sessions, no submitted_to); a two-column list of
symbols and titles under short lines that look like four column names (no rows of four); a
combined cell with two dates (no held_on) or no town."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.meeting_tables import header_columns, listed_meeting
from tests.extract.phrasing import facts, in_note

CD, WG = "ccr/committee-on-data", "ccr/wg-early-warning"
LEAD = "The Commission will have before it the reports of the following subsidiary bodies, which have met since its twelfth session:"
NEXT = "The Commission may wish to take note of the reports."

ONE_CELL_A_LINE = (
    "{header}\n"
    "Committee on Coastal Data (CCD)\n5th\n3–7 March 2031, Bonn, Germany\nE/CN.21/CD/2031/5\n"
    "Working Group on Early Warning Systems\n4th\n12–14 May 2031, Nairobi, Kenya\nE/CN.21/WG.1/2031/2\n"
    "Committee on Coastal Data (CCD)\n6th\n1–5 December 2031, Suva, Fiji\nE/CN.21/CD/2031/9\n"
)
HEADERS = [
    "Subsidiary body\nSession\nDates and venue\nReport",
    "Committee\nSession\nDate and place\nReport symbol",
    "Body\nMeeting\nDates and venue\nReport",
]


def _note(table: str, lead: str = LEAD) -> str:
    return in_note(lead).rstrip("\n") + "\n" + table + f"2. {NEXT}\n"


def _row_facts(text: str) -> dict[str, set[tuple[str, str]]]:
    return {r: facts(text, r) for r in ("meetingOf", "heldOn", "heldIn", "reportOf", "submittedTo")}


def _expect_rows(found: dict[str, set[tuple[str, str]]], submitted: bool = True) -> None:
    assert {(f"{CD}#5", CD), (f"{WG}#4", WG), (f"{CD}#6", CD)} <= found["meetingOf"]
    assert {(f"{CD}#5", "2031-03-03/2031-03-07"), (f"{WG}#4", "2031-05-12/2031-05-14"), (f"{CD}#6", "2031-12-01/2031-12-05")} <= found["heldOn"]
    assert {(f"{CD}#5", "Bonn"), (f"{WG}#4", "Nairobi"), (f"{CD}#6", "Suva")} <= found["heldIn"]
    assert {("E/CN.21/CD/2031/5", f"{CD}#5"), ("E/CN.21/WG.1/2031/2", f"{WG}#4"), ("E/CN.21/CD/2031/9", f"{CD}#6")} <= found["reportOf"]
    reports = {("E/CN.21/CD/2031/5", "ccr#13"), ("E/CN.21/WG.1/2031/2", "ccr#13"), ("E/CN.21/CD/2031/9", "ccr#13")}
    assert (reports <= found["submittedTo"]) is submitted
    if not submitted:
        assert not reports & found["submittedTo"]


@pytest.mark.parametrize("header", HEADERS)
def test_one_cell_a_line_two_key_columns(header: str) -> None:
    _expect_rows(_row_facts(_note(ONE_CELL_A_LINE.format(header=header))))


def _tabbed(header: str, town_first: bool = False) -> str:
    lines = ONE_CELL_A_LINE.format(header=header).rstrip("\n").split("\n")
    rows = [lines[i : i + 4] for i in range(0, len(lines), 4)]
    if town_first:
        for row in rows[1:]:
            days, town = row[2].split(", ", 1)
            row[2] = f"{town}, {days}"
    return "".join("\t".join(row) + "\n" for row in rows)


@pytest.mark.parametrize("header", HEADERS)
def test_tab_separated_rows(header: str) -> None:
    _expect_rows(_row_facts(_note(_tabbed(header))))


def test_the_town_before_the_days_under_venue_and_dates() -> None:
    header = "Subsidiary body\nSession\nVenue and dates\nReport"
    _expect_rows(_row_facts(_note(_tabbed(header, town_first=True))))


@pytest.mark.parametrize(
    "lead",
    [
        "The Commission had before it the reports of the following subsidiary bodies:",
        "The following reports of subsidiary bodies will be before the Commission at its thirteenth session:",
    ],
)
def test_other_lead_ins(lead: str) -> None:
    _expect_rows(_row_facts(_note(ONE_CELL_A_LINE.format(header=HEADERS[0]), lead=lead)))


def test_no_lead_in_no_submission() -> None:
    lead = "The subsidiary bodies met as shown below:"
    _expect_rows(_row_facts(_note(ONE_CELL_A_LINE.format(header=HEADERS[0]), lead=lead)), submitted=False)


def test_a_two_column_list_under_short_lines_is_no_four_column_table() -> None:
    table = (
        "Annex\nDocuments\nSymbol\nTitle\n"
        "E/CN.21/2032/1\nProvisional agenda\nE/CN.21/2032/2\nReport of the Bureau\n"
        "E/CN.21/2032/3\nNote by the Secretariat\nE/CN.21/2032/5\nReport on early warning\n"
    )
    assert not any(s.startswith("E/CN.21/2032/1") and o.startswith("E/CN.21/2032/2") for s, o in facts(_note(table), "reportOf"))
    assert not facts(_note(table), "heldOn") - facts(_note(""), "heldOn")


def test_a_combined_cell_with_two_dates_or_no_town() -> None:
    columns = header_columns("| Committee | Session | Dates and venue | Report |")
    assert columns is not None and columns.dates == columns.venue == 2
    two = listed_meeting("| Committee on Coastal Data | 5th | 3 March 2031 and 9 April 2031, Bonn | X/1 |", columns)
    assert two is not None and two.dates is None
    virtual = listed_meeting("| Committee on Coastal Data | 5th | 3–7 March 2031, online | X/1 |", columns)
    assert virtual is not None and virtual.place is None and virtual.dates is not None

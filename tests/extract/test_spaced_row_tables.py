"""A table whose cells a single space sets apart (pdftotext -raw of a PDF that draws a row's cells
on one baseline; lynx, whose columns are one space apart) is read back as its rows: the header's
column names tell the cells' shapes (a key, an agenda item, a date, a vote) and the one free
column (the title) takes what is left; a wrapped cell's further lines join their row.

Invented tables (other bodies, numbers, column orders), not the unseen documents' lines; the
extraction of each must state what the same table states in pdftotext -layout's columns.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import plain_layouts
from mandate_graph.loaders.extract.spaced_row_tables import may_hold_spaced_row_table, spaced_row_table_changes
from tests.extract.phrasing import assert_table_states_what_aligned_columns_state
from tests.extract.test_gates import texts


def _rows(text: str) -> list[str]:
    """The table's rows, each as its cells parted by tabs (a pipe table's bars read as tabs)."""
    rows = []
    for line in plain_layouts.normalise_layout(text)[0].split("\n"):
        line = line.strip(" ")
        if line.startswith("| ") and line.endswith(" |"):
            rows.append("\t".join(cell.strip() for cell in line[2:-2].split(" | ")))
        elif "\t" in line:
            rows.append(line)
    return rows


RAW_ROWS = (
    "4. The Board adopted the following decisions:\n"
    "Decision Title Date of adoption\n"
    "2040/7 Ocean acidification observing network 3 May 2040\n"
    "2040/8 Arrangements for the thirteenth session of the Board and its\n"
    "subsidiary bodies\n"
    "4 May 2040\n"
    "2040/9 Programme budget for 2041 5 May 2040\n"
    "5. By decision 2040/7, the Board decided to establish a network.\n"
)


def test_raw_rows_under_a_header_become_a_table_with_the_wrapped_title_whole() -> None:
    assert _rows(RAW_ROWS) == [
        "Decision\tTitle\tDate of adoption",
        "2040/7\tOcean acidification observing network\t3 May 2040",
        "2040/8\tArrangements for the thirteenth session of the Board and its subsidiary bodies\t4 May 2040",
        "2040/9\tProgramme budget for 2041\t5 May 2040",
    ]
    assert "\n|---|---|---|" in plain_layouts.normalise_layout(RAW_ROWS)[0]  # a table of decisions


def test_lynx_columns_one_space_apart_become_rows() -> None:
    text = (
        "   Resolution Adopted     Subject\n"
        "   XV/4       2 June 2039 Sand and dust storms\n"
        "   XV/5       2 June 2039 Cooperation with regional fisheries bodies\n"
        "   XV/6       13 June 2039 Venue of the sixteenth session\n"
        "\n   12. The Conference also heard statements.\n"
    )
    assert _rows(text) == [
        "Resolution\tAdopted\tSubject",
        "XV/4\t2 June 2039\tSand and dust storms",
        "XV/5\t2 June 2039\tCooperation with regional fisheries bodies",
        "XV/6\t13 June 2039\tVenue of the sixteenth session",
    ]


def test_a_documents_list_with_its_title_last_takes_the_title_wrapped_in_lower_case() -> None:
    text = (
        "Documentation\nAgenda item Symbol Title\n"
        "2 TDX/B/44/1 Provisional agenda\n"
        "3 TDX/B/44/2 Report of the Executive Secretary on the evaluation of the\n"
        "regional programme\n"
        "3 TDX/B/44/INF.2 List of participants\n"
        "Annex\n"
    )
    assert _rows(text) == [
        "Agenda item\tSymbol\tTitle",
        "2\tTDX/B/44/1\tProvisional agenda",
        "3\tTDX/B/44/2\tReport of the Executive Secretary on the evaluation of the regional programme",
        "3\tTDX/B/44/INF.2\tList of participants",
    ]
    assert "Annex" in plain_layouts.normalise_layout(text)[0].split("\n")  # the line after the table stays


def test_an_item_before_a_key_with_spaces_inside() -> None:
    text = (
        "Item Decision Title Adopted on\n"
        "4 318 EX/Decision 4 Programme and budget 9 October 2035\n"
        "11 318 EX/Decision 11 Heritage at risk 10 October 2035\n"
    )
    assert _rows(text) == [
        "Item\tDecision\tTitle\tAdopted on",
        "4\t318 EX/Decision 4\tProgramme and budget\t9 October 2035",
        "11\t318 EX/Decision 11\tHeritage at risk\t10 October 2035",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a header without a key's column, a free column twice, prose after a header
        "Title Date\nOcean network 3 May 2040\nBudget 4 May 2040\n",
        "Decision Title Subject\n9/1 Ocean network Science\n9/2 Budget Money\n",
        "Decision Title Adopted on\n1. The Board adopted decision 9/1 on 3 May 2040.\n2. It adopted 9/2 on 4 May 2040.\n",
        # one row only
        "Decision Title Adopted on\n9/1 Ocean network 3 May 2040\n\nThe Board closed its session.\n",
        # a wrapped title's words printed after the row's date: where they go is not told
        "Decision Title Adopted on\n9/1 Ocean network 3 May 2040\n9/2 Cooperation with the Panel on 5 May 2040\n"
        "Sea Level Rise\n9/3 Budget 6 May 2040\n",
        # pdftotext -layout's columns: `aligned_tables` reads them
        "Decision    Title              Adopted on\n9/1         Ocean network      3 May 2040\n"
        "9/2         Budget             4 May 2040\n9/3         Venue              4 May 2040\n",
    ],
)
def test_what_is_no_such_table_is_left_to_the_other_readers(text: str) -> None:
    lines = text.split("\n")
    assert spaced_row_table_changes(lines, plain_layouts._line_starts(lines)) == []


def test_offsets_map_back_to_the_text() -> None:
    fixed, offsets = plain_layouts.normalise_layout(RAW_ROWS)
    assert offsets is not None
    for at, char in enumerate(fixed):
        if char not in "\t |-\n":
            assert RAW_ROWS[offsets[at]] == char


@pytest.mark.parametrize(
    "table",
    [
        # raw rows, a title wrapped with its date on a line of its own
        "Resolution Title Adopted on\n12/1 Early warning for coastal\ncommunities\n12 March 2031\n"
        "12/2 Mangrove restoration 13 March 2031\n12/3 Programme of work for 2032 14 March 2031\n",
        # lynx: the date column before the title, one space after the widest cell
        "   Resolution Adopted on    Title\n   12/1       12 March 2031 Early warning for coastal communities\n"
        "   12/2       13 March 2031 Mangrove restoration\n   12/3       14 March 2031 Programme of work for 2032\n",
    ],
)
def test_the_table_states_what_it_states_in_aligned_columns(table: str) -> None:
    assert_table_states_what_aligned_columns_state(table)


def test_the_gate_holds_every_table_the_walk_finds() -> None:
    for text in [*texts(), RAW_ROWS]:
        lines = text.split("\n")
        if not may_hold_spaced_row_table(text):
            assert spaced_row_table_changes(lines, plain_layouts._line_starts(lines)) == []
    assert may_hold_spaced_row_table(RAW_ROWS)

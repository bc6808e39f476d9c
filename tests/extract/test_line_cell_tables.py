"""A table printed one cell a line (a PDF viewer's copy, a converter that writes each drawn cell
on a line of its own) is read back as its rows: a row's key (a symbol or a number) recurs at the
table's period, a header of column names may stand above, a wrapped cell takes one line more.

Invented tables (other bodies, symbols, periods 2 to 4), not the unseen documents' lines; the
extraction of each must state what the same table states in pdftotext -layout's columns.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import plain_layouts
from mandate_graph.loaders.extract.line_cell_tables import line_cell_table_changes, may_hold_line_cell_table
from tests.extract.test_gates import texts
from tests.extract.phrasing import assert_table_states_what_aligned_columns_state


def _rows(text: str) -> list[str]:
    """The table's rows, each as its cells parted by tabs (a pipe table's bars read as tabs)."""
    rows = []
    for line in plain_layouts.normalise_layout(text)[0].split("\n"):
        if line.startswith("| ") and line.endswith(" |"):
            rows.append("\t".join(cell.strip() for cell in line[2:-2].split(" | ")))
        elif "\t" in line:
            rows.append(line)
    return rows


def _is_pipe_table(text: str) -> bool:
    return "\n|---|" in plain_layouts.normalise_layout(text)[0]


HEADED_THREE = (
    "4. The Assembly adopted the following resolutions:\n"
    "Symbol\nTitle\nAdopted\n"
    "ABC/R/12/1\nCoral reef monitoring network\n3 May 2040\n"
    "ABC/R/12/2\nArrangements for the thirteenth session of the\nAssembly and its subsidiary bodies\n4 May 2040\n"
    "ABC/R/12/3\nProgramme budget for 2041\n4 May 2040\n"
    "5. By resolution 12/1, the Assembly decided to establish a network.\n"
)


def test_a_headed_table_of_three_columns_becomes_rows_with_its_wrapped_title_whole() -> None:
    assert _rows(HEADED_THREE) == [
        "Symbol\tTitle\tAdopted",
        "ABC/R/12/1\tCoral reef monitoring network\t3 May 2040",
        "ABC/R/12/2\tArrangements for the thirteenth session of the Assembly and its subsidiary bodies\t4 May 2040",
        "ABC/R/12/3\tProgramme budget for 2041\t4 May 2040",
    ]
    assert not _is_pipe_table(HEADED_THREE)  # "Symbol" names no kind of instrument: rows of tabs


def test_a_table_without_header_becomes_rows() -> None:
    text = (
        "Annex\nDocuments before the Board\n"
        "XYZ/EB.9/1\nProvisional agenda\n2\n"
        "XYZ/EB.9/2\nReport of the Director on the\nimplementation of the work plan\n3\n"
        "XYZ/EB.9/3\nNote by the secretariat\n5\n"
        "XYZ/EB.9/INF.1\nList of participants\n1\n"
    )
    assert _rows(text) == [
        "XYZ/EB.9/1\tProvisional agenda\t2",
        "XYZ/EB.9/2\tReport of the Director on the implementation of the work plan\t3",
        "XYZ/EB.9/3\tNote by the secretariat\t5",
        "XYZ/EB.9/INF.1\tList of participants\t1",
    ]


def test_a_list_of_documents_in_two_columns_is_left_to_the_symbol_title_pairs() -> None:
    """A symbol over its title, no header: `clean` reads those pairs already, and the title's own
    sentence ("held in Geneva on 4 February 2031") is read on its line."""
    text = (
        "XYZ/EB.9/1\nProvisional agenda\n"
        "XYZ/EB.9/2\nReport of the Bureau on its 12th meeting, held in Nairobi on 3 May 2031\n"
        "XYZ/EB.9/3\nNote by the secretariat\n"
    )
    assert plain_layouts.normalise_layout(text)[0] == text


def test_a_two_column_table_of_adoptions_under_its_header_becomes_a_pipe_table() -> None:
    text = "Decision\nAdopted on\n9/1\n3 May 2031\n9/2\n3 May 2031\n9/3\n4 May 2031\n"
    assert _is_pipe_table(text)
    assert _rows(text)[1:] == ["9/1\t3 May 2031", "9/2\t3 May 2031", "9/3\t4 May 2031"]


def test_a_four_column_table_numbered_by_decision_is_read_under_its_header() -> None:
    text = (
        "Decisions of the seventh session\n"
        "Decision\nTitle\nAgenda item\nAdopted on\n"
        "7/1\nWetland inventories\n3\n12 June 2039\n"
        "7/2\nMigratory species corridors\n4\n12 June 2039\n"
        "7/3\nFinancial rules\n9\n13 June 2039\n"
    )
    assert _rows(text)[0] == "Decision\tTitle\tAgenda item\tAdopted on"
    assert _rows(text)[3] == "7/3\tFinancial rules\t9\t13 June 2039"  # the agenda item's "9" is a cell, no key
    assert _is_pipe_table(text)  # a table of the decisions the document holds, as aligned_tables writes it


@pytest.mark.parametrize(
    "text",
    [
        # a contents: numbers over headings, no header
        "Contents\n1\nIntroduction\n2\nScope of the review\n3\nMethods\n4\nFindings\n",
        # prose whose lines hold symbols in running text
        "The Board had before it\nXYZ/EB.9/1\nand the report.\nIt also considered\nXYZ/EB.9/2\nwith thanks.\n",
        # two keys only: no table of three rows
        "XYZ/EB.9/1\nProvisional agenda\nXYZ/EB.9/2\nAnnotations\n",
        # keys at no fixed period
        "ABC/R/1\nA\nABC/R/2\nB\nC\nD\nE\nF\nABC/R/3\nG\n",
        # paragraph numbers alone on their lines, the paragraphs after them
        "12.\nRequests the secretariat to report;\n13.\nDecides to remain seized;\n14.\nInvites the parties.\n",
    ],
)
def test_lists_that_only_look_periodic_stay_as_they_were(text: str) -> None:
    assert plain_layouts.normalise_layout(text)[0] == text


def test_offsets_map_back_to_the_text() -> None:
    fixed, offsets = plain_layouts.normalise_layout(HEADED_THREE)
    assert offsets is not None
    for at, char in enumerate(fixed):
        if char not in "\t ":
            assert HEADED_THREE[offsets[at]] == char


@pytest.mark.parametrize(
    "table",
    [
        # header, a title wrapped over two lines
        "Resolution\nTitle\nAdopted on\n12/1\nEarly warning for coastal\ncommunities\n12 March 2031\n"
        "12/2\nMangrove restoration\n13 March 2031\n12/3\nProgramme of work for 2032\n14 March 2031\n",
        # the date column first after the number, the title last
        "Resolution\nAdopted on\nTitle\n12/1\n12 March 2031\nEarly warning for coastal communities\n"
        "12/2\n13 March 2031\nMangrove restoration\n12/3\n14 March 2031\nProgramme of work for 2032\n",
    ],
)
def test_the_table_states_what_it_states_in_aligned_columns(table: str) -> None:
    assert_table_states_what_aligned_columns_state(table)


def test_the_gate_holds_every_table_the_walk_finds() -> None:
    for text in [*texts(), HEADED_THREE]:
        lines = text.split("\n")
        if not may_hold_line_cell_table(text):
            assert line_cell_table_changes(lines, plain_layouts._line_starts(lines)) == []
    assert may_hold_line_cell_table(HEADED_THREE)


def test_a_table_of_contents_and_a_page_turn_are_no_rows() -> None:
    contents = (
        "Contents\nResolution\nPage\n"
        "88 (XL)\nStatistics for the regional agenda\n2\n"
        "89 (XL)\nCommittee of experts on critical minerals and the green\nindustrial transition\n4\n"
        "90 (XL)\nWorking Group on Planning\n5\n"
    )
    assert plain_layouts.normalise_layout(contents)[0] == contents
    turned = (
        "Decision\nTitle\nAdopted on\n"
        "9/1\nTidal gauges\n3 May 2031\n9/2\nRegional observatories\n3 May 2031\n9/3\nBudget\n4 May 2031\n"
        "\fTB/9/12\nTB/9/12/Corr.1\n2\n"
    )
    assert "\fTB/9/12\nTB/9/12/Corr.1\n2\n" in plain_layouts.normalise_layout(turned)[0]


def test_a_page_turning_inside_the_table_leaves_its_rows_one_table() -> None:
    text = (
        "Decision\nTitle\nAdopted on\n"
        "9/1\nTidal gauges\n3 May 2031\n"
        "GE.31-04411 (E) 120531\n*3104411*\n\fTB/9/12\n"
        "9/2\nRegional observatories\n3 May 2031\n9/3\nBudget\n4 May 2031\n"
        "6. By decision 9/1, the Board established a panel.\n"
    )
    assert _rows(text) == [
        "Decision\tTitle\tAdopted on", "9/1\tTidal gauges\t3 May 2031",
        "9/2\tRegional observatories\t3 May 2031", "9/3\tBudget\t4 May 2031",
    ]
    assert _is_pipe_table(text)


def test_a_key_in_the_second_column_rows_open_where_the_header_says() -> None:
    text = (
        "Documentation\nAgenda item\nSymbol\nTitle\n"
        "1\nQ/CDR/2039/1\nProvisional agenda\n"
        "2\nQ/CDR/2039/2\nNote on the data for the\nreview criteria\n"
        "2\nQ/CDR/2039/CRP.2\nCountry profiles\n"
        "4\nQ/CDR/2039/3\nMonitoring of reviewed countries\n"
    )
    assert _rows(text) == [
        "Agenda item\tSymbol\tTitle", "1\tQ/CDR/2039/1\tProvisional agenda",
        "2\tQ/CDR/2039/2\tNote on the data for the review criteria", "2\tQ/CDR/2039/CRP.2\tCountry profiles",
        "4\tQ/CDR/2039/3\tMonitoring of reviewed countries",
    ]

"""A Word table saved as plain text (docx2txt, antiword) keeps no grid: each cell is a paragraph
of its own between blank lines. A header of column names (one at least a word tables use:
"Symbol", "Title", "Decision", "Date of adoption") and the cells below it, taken by the
header's count, are read as the table's rows: "Decision / Date of adoption / Vote" gives each
decision's adoption day, the report's "LIST OF DOCUMENTS" appendix the documents before the
session it reports ("CFS 2031/55/1 Rev.1": a spaced series writes its revision after a space),
and an instrument named in a cell is mentioned. A table of contents ("Number / Title / Page"),
a list of headings, and cells left over after the last whole row stay as they were."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import facts
from tests.extract.test_decisions_in_a_word_export import FIRST, report

ADOPTION_TABLE = "ADOPTION OF DECISIONS\n\nDecision\n\nDate of adoption\n\nVote\n\n12/1\n\n13 March 2031\n\nConsensus\n\n12/2\n\n14 March 2031\n\nRecorded vote"
DECISIONS = FIRST.format(heading="DECISION 12/1. COASTAL DATA") + "\n\nDECISION 12/2. TIDES\n\nThe Commission:\n\na) Requests the Bureau to report."


def test_the_rows_are_joined_and_the_rest_left() -> None:
    text = "Intro.\n\nSymbol\n\nTitle\n\nE/CN.21/2031/1\n\nAgenda\n\nE/CN.21/2031/2\n\nNote\n\nOTHER MATTERS\n\nThe end.\n"
    table = normalise_layout(text)[0]
    assert "| Symbol | Title |\n|---|---|\n| E/CN.21/2031/1 | Agenda |\n| E/CN.21/2031/2 | Note |" in table
    assert "\n\nOTHER MATTERS\n\nThe end." in table


@pytest.mark.parametrize(
    "text",
    [
        # a table of contents: its page column says so
        "Number\n\nTitle\n\nPage\n\n12/1\n\nCoastal data\n\n3\n\n12/2\n\nTides\n\n5\n",
        # headings in a row, no column word among them
        "Contents\n\nOrganizational matters\n\nAction on draft decisions\n\nClosure of the session\n\nThe meeting opened.\n",
        # a header and no whole row below it
        "Symbol\n\nTitle\n\nE/CN.21/2031/1\n\nThe list ends here with a sentence.\n",
    ],
)
def test_left_alone(text: str) -> None:
    assert "|" not in normalise_layout(text)[0]


def test_adoption_days_from_the_table() -> None:
    text = report(DECISIONS + "\n\n" + ADOPTION_TABLE)
    assert facts(text, "adoptedOn") >= {("ccr/dec/12/1", "2031-03-13"), ("ccr/dec/12/2", "2031-03-14")}


def test_the_reports_list_of_documents() -> None:
    listing = (
        "APPENDIX C – LIST OF DOCUMENTS\n\nSymbol\n\nTitle\n\nE/CN.21/2031/1\n\nProvisional agenda\n\n"
        "E/CN.21/2031/2\n\nReport of the Secretary-General on Economic and Social Council resolution 2029/14"
    )
    text = report(DECISIONS, after=listing)
    assert facts(text, "submittedTo") >= {("E/CN.21/2031/1", "ccr#12"), ("E/CN.21/2031/2", "ccr#12")}
    assert ("E/CN.21/2031/9", "ecosoc/res/2029/14") in facts(text, "mentions")


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("| CFS 2031/55/1 Rev.1 | Agenda |", "CFS 2031/55/1 Rev.1"),
        ("(CL 170/3 Add.1) and", "CL 170/3 Add.1"),
        ("document C 2031/12 Corr.1, issued", "C 2031/12 Corr.1"),
        ("CL 170/3 Revised text", "CL 170/3"),  # a word, no revision
        ("A/80/1 Rev.1", "A/80/1"),  # a slash series writes "/Rev.1"
    ],
)
def test_a_spaced_series_revision(text: str, symbol: str) -> None:
    assert find_symbols(text)[0].symbols == (symbol,)

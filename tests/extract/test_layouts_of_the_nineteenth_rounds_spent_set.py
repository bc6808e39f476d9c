"""What other tools do to the nineteenth round's first spent set (u270–u274, L13), as general layout
rules. A mail's quoted passage re-flowed as prose by a tool that takes the quotation marks for words:
the marks of the lines it joined stand inside the paragraph ("… on coastal monitoring > and its
data;"), the lines it wrapped anew open without one, blank lines or a quoted blank line between the
paragraphs, perhaps a page's margin before every line and justified blanks (pdftotext -layout).
Invented text: the Commission on Coastal Resilience of `tests/extract/phrasing.py`."""

from __future__ import annotations

import re
import textwrap

import pytest

from tests.extract.phrasing import facts
from tests.extract.test_quoted_decisions_in_mail import _unquoted

# --------------------------------------------------------------------------- a quoted passage re-flowed

_COVER = (
    "From: Secretariat of the Commission on Coastal Resilience <ccr@example.org>\n"
    "To: Members of the Commission on Coastal Resilience\n"
    "Subject: Twelfth session - texts adopted\n\n"
    "Dear colleagues,\n\n"
    "The secretariat transmits below the advance text of the two decisions that the\n"
    "Commission on Coastal Resilience adopted at its twelfth session.\n\n"
)

# the quoted passage as the mail quoted it: paragraphs of quoted lines, a quoted blank line between
_QUOTED = [
    ["> 2031/4  Early warning for coastal communities"],
    ["> The Commission,"],
    ["> 1. Recalls its decision 2029/7 on coastal monitoring and on", "> the sharing of tide-gauge data between its members;"],
    ["> 2. Requests the Bureau to prepare, in consultation with the", "> regional seas programmes, a proposal on early warning for", "> coastal communities."],
    ["> 14 March 2031"],
    ["> 2031/5  Coastal data"],
    ["> The Commission,"],
    ["> 1. Requests the secretariat to report on the matter to the", "> Commission at its thirteenth session."],
    ["> 14 March 2031"],
]


def _reflowed(width: int, between: str, margin: str = "", justified: bool = False) -> str:
    """The passage as a re-flowing tool leaves it: each paragraph's lines joined with their marks,
    wrapped anew at ``width``, ``between`` the paragraphs."""
    paragraphs = []
    for lines in _QUOTED:
        wrapped = textwrap.wrap(" ".join(lines), width)
        if justified:
            wrapped = [line.replace(" ", "  ", 2) for line in wrapped[:-1]] + wrapped[-1:]
        paragraphs.append("\n".join(margin + line for line in wrapped))
    body = between.join(paragraphs)
    return "\n".join(margin + line if line and not line.startswith(margin) else line for line in _COVER.split("\n")) + body + "\n\nBest regards,\n"


_LAYOUTS = {
    "one line a paragraph, a quoted blank line between (Word's text)": _reflowed(400, "\n>\n"),
    "wrapped, blank lines between (antiword)": _reflowed(72, "\n\n>\n\n"),
    "wrapped, no blank line (pdftotext -raw)": _reflowed(80, "\n>\n"),
    "a page's margin, justified (pdftotext -layout)": _reflowed(76, "\n\n    >\n\n", margin="    ", justified=True),
}


@pytest.mark.parametrize("text", list(_LAYOUTS.values()), ids=list(_LAYOUTS))
def test_a_quoted_passage_reflowed_is_read_as_quoted(text: str) -> None:
    assert " > " in text  # the layout holds run-in marks
    assert ("ccr/dec/2031/4", "Early warning for coastal communities") in facts(text, "title")
    assert ("ccr/dec/2031/5", "Coastal data") in facts(text, "title")
    assert ("ccr/dec/2031/4", "ccr/dec/2029/7") in facts(text, "cites")
    assert ("ccr/dec/2031/4", "ccr/bureau") in facts(text, "requests")
    assert ("ccr/dec/2031/5", "ccr/secretariat") in facts(text, "requests")


def test_the_run_in_marks_go_and_the_wrapped_lines_stay() -> None:
    text = _reflowed(72, "\n\n>\n\n")
    unquoted = _unquoted(text)
    assert ">" not in unquoted.split("Dear colleagues")[1]
    assert "2. Requests the Bureau to prepare, in consultation with the regional seas programmes," in " ".join(unquoted.split())


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a comparison in one quoted paragraph is no re-flow's mark
        "> The share rose > 5 per cent in two years\n>\n> and fell after.\n>\n> Noted.\n",
        # nor in prose that is not quoted
        "The ratio a > b holds here\nand c > d there.\n\nThe ratio e > f holds too\nand g > h.\n",
    ],
)
def test_greater_than_is_no_run_in_mark(text: str) -> None:
    unquoted = _unquoted(text)
    assert unquoted.count(" > ") == text.count(" > ")


# --------------------------------------------------------------------------- an antiword table laid out again

from mandate_graph.loaders.extract.bar_tables import bar_table_export  # noqa: E402

_ANTIWORD = [
    "|2031/4  |Coastal observation network                           |",
    "|        |The Authority approved the coastal observation        |",
    "|        |network (CWA/2031/4) and requested the Director to    |",
    "|        |report on it at its next session.                     |",
    "|        |                                         12 March 2031|",
    "|2031/5  |Report of the Finance Committee                       |",
    "|        |The Authority took note of the report of the Finance  |",
    "|        |Committee (CWA/2031/5).                               |",
    "|        |                                         13 March 2031|",
    "|2031/6  |Working methods of the Authority                      |",
    "|        |Recalling its decision 2029/3, the Authority decided  |",
    "|        |that its bureau shall meet twice a year.              |",
    "|        |                                         14 March 2031|",
]
_ABOVE = "Annex\n\nDecisions adopted at the eleventh session\n\n"
_BELOW = "\n\nEnd of the annex\n"


def _rows(text: str) -> str:
    exported = bar_table_export(text)
    assert exported is not None
    return exported[0].split("Decisions adopted at the eleventh session")[1].split("End of the annex")[0].strip()


def _word_tabs(line: str) -> str:
    """Word's text of the lines: a run of blanks a tab."""
    return re.sub(r" {2,}", "\t", line)


def _justified(line: str, indent: str) -> str:
    """pdftotext -layout's: indented, a cell's padding shortened."""
    return indent + re.sub(r" {4,}", "   ", line)


_PAGE_BREAK = ["", "", "GE.31-00001                                         3/4", "\fCWA/2031/12", ""]
_LOOSE = {
    "Word's text (tabs)": "\n".join(_word_tabs(line) for line in _ANTIWORD),
    "pdftotext -layout (indented, blank lines, a page break)": "\n".join(
        [_justified(line, " " if n % 2 else "") for n, line in enumerate(_ANTIWORD[:5])]
        + [""]
        + [_justified(line, "   ") for line in _ANTIWORD[5:9]]
        + _PAGE_BREAK
        + [_justified(line, " ") for line in _ANTIWORD[9:]]
    ),
    "LaTeX's tabular read back (a blank line under each row, a row taken for a section heading)": (
        "\n\n".join(_word_tabs(line) + " " for line in _ANTIWORD[:5])
        + "\n\n\n\n" + _ANTIWORD[5] + "\n\n\n"
        + "\n\n".join(_word_tabs(line) + " " for line in _ANTIWORD[6:])
    ),
    "lynx (indented, a line wrapped before its bar)": "\n".join(
        ["   " + re.sub(r" {2,}\|$", " |", line) for line in _ANTIWORD[:6]]
        + ["   |        |The Authority took note of the report of the", "   Finance  |"]
        + ["   " + re.sub(r" {2,}\|$", " |", line) for line in _ANTIWORD[7:]]
    ),
}


@pytest.mark.parametrize("table", list(_LOOSE.values()), ids=list(_LOOSE))
def test_an_antiword_table_laid_out_again_is_read_as_antiwords(table: str) -> None:
    assert _rows(_ABOVE + table + _BELOW) == _rows(_ABOVE + "\n".join(_ANTIWORD) + _BELOW)


def test_the_aligned_table_reads_its_rows_and_paragraphs() -> None:
    rows = _rows(_ABOVE + "\n".join(_ANTIWORD) + _BELOW)
    assert "2031/4\tCoastal observation network\n\nThe Authority approved" in rows
    assert "\n\n12 March 2031\n\n2031/5\tReport of the Finance Committee" in rows


@pytest.mark.parametrize(
    "text",
    [
        # near misses: a Markdown pipe table (its rule under the header), a list set between bars
        # whose first cell is never blank, and two loose lines only
        "| Symbol | Title |\n|---|---|\n| 2031/4 | Coastal network |\n|  | continued |\n| 2031/5 | Finance |\n",
        "| Home | About us |\n| Sessions |  News |\n|   Documents | Contact |\n",
        "|2031/4 |Coastal network |\n|  |the text\t|\n",
    ],
)
def test_no_loose_table(text: str) -> None:
    exported = bar_table_export(text)
    assert exported is None or exported[0] == text

"""The layout variants lay out a document's text, never a source or data file, and leave nothing
of the original's own layout that the new layout cannot have (E91). Invented text.

- A source or data file (XML, JSON, a CSV export, RTF or LaTeX source, WebVTT, a diff, a telex,
  a page of two columns of prose) is named by `sources.source_format` and left out by the
  runner: no converter reflows an XML file's tags into paragraphs.
- A draft's margin line numbers go before its lines are broken again (they stood inside the
  rewrapped sentences).
- A masthead set by tab stops ("EP<tab><tab>ABC/12/3") is no table of one row (a column of
  nothing crashed the PDF layout).
- A Markdown pipe table without outer bars is rendered as rows, as one with them.
- lynx measures its columns on the cells as shown, a link's number counted.
"""

from __future__ import annotations

import pytest

from tests.variants import markdown, sources, web_pdf

PROSE = (
    "United Nations\tABC/EB/12/3\n\nExecutive Board\n\nTwelfth session\n\n"
    "1. The Board adopted decision 12/1 on 3 May 2040 and requested the Director to report.\n"
)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ('<?xml version="1.0"?>\n<doc>\n<p>Decision 12/1</p>\n</doc>\n', "XML or HTML source"),
        ("<!DOCTYPE html>\n<html>\n<body>Decision 12/1</body>\n", "XML or HTML source"),
        ('{\n  "symbol": "ABC/EB/12/3",\n  "body": "Executive Board"\n}\n', "JSON record"),
        ('"id","field","value"\n"R-1","symbol","ABC/EB/12/3"\n', "CSV export"),
        ("{\\rtf1\\ansi\\deff0 {\\fonttbl}\n\\pard Decision 12/1\\par\n}", "RTF source"),
        ("% report\n\\documentclass{article}\n\\begin{document}\nDecision 12/1\n", "LaTeX source"),
        ("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nThe Board adopted decision 12/1.\n", "WebVTT captions"),
        ("--- a.txt\n+++ b.txt\n@@ -1,2 +1,2 @@\n-Decision 12/1\n+Decision 12/2\n", "unified diff"),
        ("# export\n---\nrecord:\n  symbol: ABC/EB/12/3\n  date: 2040-05-03\n", "YAML record"),
        ("ZCZC ABC123 GVA045\nRR UNNY\nDE ABC GENEVA\n", "telex"),
    ],
)
def test_a_source_or_data_file_is_named_and_left_out(text: str, name: str) -> None:
    assert sources.source_format(text) == name


def test_a_documents_text_is_laid_out() -> None:
    assert sources.source_format(PROSE) is None
    front_matter = "---\ntitle: Decisions of the Board\nsession: 12\n---\n\n# Decisions\n\nDecision 12/1\n"
    assert sources.source_format(front_matter) is None  # a Markdown page under its front matter


def test_a_page_of_two_columns_of_prose_is_left_out() -> None:
    left = ["The Executive Board,", "Recalling its decision 11/4 on the", "work plan for the biennium,"] * 8
    right = ["1. Requests the Director to prepare", "a report on the implementation of", "the work plan for its session;"] * 8
    text = "\n".join(f"  {a:<48}{b}" for a, b in zip(left, right))
    assert sources.source_format(text) == "two columns of prose"


def test_margin_line_numbers_go_before_the_lines_are_broken_again() -> None:
    body = [f"{n:>4}  Line {n} of the draft resolution on tidal gauges" if n % 3 else f"{n:>4}" for n in range(1, 31)]
    text = "DRAFT RESOLUTIONS\n\n(Adopted on 3 May 2040;\n4 May 2040 in plenary)\n\n" + "\n".join(body) + "\n"
    dropped = sources.margin_numbers_dropped(text)
    assert "4 May 2040 in plenary)" in dropped  # a date opening a line of the masthead stays
    assert "Line 2 of the draft resolution" in dropped.split("\n")[6]
    assert not any(line.strip().isdigit() for line in dropped.split("\n"))
    assert "  7  Line" not in web_pdf.pdf_layout(text) and " 8 Line" not in web_pdf.pdf_layout(text)
    assert sources.margin_numbers_dropped(PROSE) == PROSE


def test_a_tab_set_masthead_is_printed_as_a_masthead() -> None:
    text = "XY\t\tABC/CPR/12/3\n\nCommittee of Permanent Representatives\n\n1. The Committee met.\n"
    printed = web_pdf.pdf_layout(text)  # a column of nothing crashed the table's layout
    assert any(line.strip().startswith("XY") and line.rstrip().endswith("ABC/CPR/12/3") for line in printed.split("\n"))


def test_a_pipe_table_without_outer_bars_is_rendered_as_rows() -> None:
    text = "**United Nations** | ABC/EB/12/3\n---|---\n**Executive Board** | Distr.: General<br>3 May 2040\n\n# Decisions\n\n## Decision 12/1\n"
    assert markdown.rendered(text).split("\n")[:3] == [
        "United Nations\tABC/EB/12/3", "Executive Board\tDistr.: General", "\t3 May 2040"]


def test_lynx_columns_are_as_wide_as_their_cells_with_links() -> None:
    text = (
        "1. The Board had before it:\n\n"
        "Symbol\tTitle\tItem\nABC/EB/12/INF.1\tList of participants\t2\n"
        "Room paper\tDraft decisions\t3\nRoom paper\tWork plan\t4\n\n2. The Board closed.\n"
    )
    lines = web_pdf.lynx(text).split("\n")
    rows = [line for line in lines if "List of" in line or "Draft decisions" in line or "Work plan" in line]
    assert len(rows) == 3 and "]ABC/EB/12/INF.1" in rows[0]
    # the titles start in one column, the link's number counted in the widest cell
    assert len({line.index(title) for line, title in zip(rows, ("List of", "Draft decisions", "Work plan"))}) == 1

"""The layout variants (tests/variants/web_pdf.py, office.py) start from what the document shows
(E84): pandoc's simple and multiline tables are read back as rows, their cells' lines joined, as a
PDF or a web page of the same table has them; a Markdown document is rendered first, so that no
heading mark, emphasis, pipe row or <br> is left in a Word, PDF or web variant. Invented text."""

from __future__ import annotations

import pytest

from tests.variants import markdown, office, web_pdf

MULTILINE = """4.  The Board adopted the decisions below.

  -------------------------------------------------------------
  Decision   Title                                Adopted
  ---------- ------------------------------------ -------------
  17/1       Panel on tidal gauges                2 May 2031

  17/2       Cooperation with regional            7 May 2031
             observatories and networks
  -------------------------------------------------------------

5.  In decision 17/1, the Board decided to establish a panel.
"""

SIMPLE = """Previous sessions

   Session        Dates                 Report
   -------------  --------------------  ------------------
   Ninth          14-25 April 2029      TB/2029/4
   Eighth         22 April-3 May 2028   TB/2028/9

Next session
"""


@pytest.mark.parametrize(("text", "rows"), [
    (MULTILINE, [["Decision", "Title", "Adopted"], ["17/1", "Panel on tidal gauges", "2 May 2031"],
                 ["17/2", "Cooperation with regional observatories and networks", "7 May 2031"]]),
    (SIMPLE, [["Session", "Dates", "Report"], ["Ninth", "14-25 April 2029", "TB/2029/4"],
              ["Eighth", "22 April-3 May 2028", "TB/2028/9"]]),
])
def test_pandoc_tables_are_read_back_as_rows(text: str, rows: list[list[str]]) -> None:
    read = [line.split("\t") for line in web_pdf.pandoc_tables(text).split("\n") if "\t" in line]
    assert read == rows


@pytest.mark.parametrize("tool", ["pdf_layout", "html2text"])
def test_a_cell_over_two_lines_stays_in_its_row(tool: str) -> None:
    out = web_pdf.VARIANTS[tool](MULTILINE)
    assert "-----" not in out.replace("---|", "")
    row = next(line for line in out.split("\n") if "17/2" in line and "Cooperation" in line)
    assert "7 May 2031" in row


MARKDOWN = """| **Tide Board**<br>**Seventeenth session** | **TB/17/1**<br>Original: English |
|----|----|

# DECISIONS ADOPTED BY THE TIDE BOARD AT ITS 17th SESSION

## List of decisions

| Item | Decision | Title |
|---|---|---|
| 5 | 17 TB/Decision 5 | Tidal gauges |

### 5 Tidal gauges

1.  *Recalling* [its decision 16/2](https://example.org/16-2),
2.  **Requests** the Secretary to report.
"""


@pytest.mark.parametrize(("module", "tool"), [(web_pdf, name) for name in ("pdf_layout", "pdf_raw", "lynx")]
                         + [(office, name) for name in office.VARIANTS])
def test_no_markdown_is_left_in_a_variant(module: object, tool: str) -> None:
    out = module.VARIANTS[tool](MARKDOWN)  # type: ignore[attr-defined]
    assert "**" not in out and "<br>" not in out and "|---" not in out and "\n#" not in out
    assert "*Recalling*" not in out and "](https" not in out
    assert "Seventeenth session" in out


def test_plain_text_is_not_read_as_markdown() -> None:
    plain = "1. The Board recalled its decision 16/2.\n\n| a | b |\nno separator row here\n"
    assert markdown.rendered(plain) == plain


_RAW_TABLE = (
    "The Board adopted the decisions below.\n\n"
    "Decision\tTitle\tAdopted\n"
    "17/1\tPanel on tidal gauges\t2 May 2031\n"
    "17/2\tCooperation with regional observatories and networks of coastal stations in every "
    "ocean basin and their data centres and archives\t7 May 2031\n\n"
    "Documents\n\n"
    "TB/17/1\tProvisional agenda\n"
    "TB/17/2\tReport of the Bureau\n"
)


def test_pdf_raw_prints_a_tables_cells_one_a_line_a_wrapped_cells_lines_together() -> None:
    """pdftotext -raw writes words in the order the PDF draws them, a row's cells left to right and
    a cell's lines top to bottom; cells on baselines of their own stand one a line (E85; before, a
    wrapped title's further lines came after the row's date, which no drawing order gives)."""
    lines = web_pdf.pdf_raw(_RAW_TABLE).split("\n")
    at = lines.index("17/2")
    assert lines[at - 6 : at] == ["Decision", "Title", "Adopted", "17/1", "Panel on tidal gauges", "2 May 2031"]
    date = lines.index("7 May 2031")
    assert lines[at + 1].startswith("Cooperation") and all(line[:1].islower() for line in lines[at + 2 : date])
    assert lines[lines.index("TB/17/1") + 1] == "Provisional agenda"


def test_pdf_raw_rows_prints_a_row_on_one_line_and_a_wrapped_cell_below_it() -> None:
    """Where the PDF draws a row's cells on one baseline, raw mode breaks a line only where the
    next word leaves it (poppler's TextPage::dump, raw order): a row of one-line cells is one line,
    its cells parted by a space; a wrapped cell's further lines follow, and the next cell (back on
    the row's first baseline) opens a line."""
    lines = web_pdf.pdf_raw_rows(_RAW_TABLE).split("\n")
    assert "Decision Title Adopted" in lines
    assert "17/1 Panel on tidal gauges 2 May 2031" in lines
    wrapped = next(i for i, line in enumerate(lines) if line.startswith("17/2 Cooperation"))
    date = lines.index("7 May 2031")  # on a line of its own, after the title's further lines
    assert date > wrapped + 1 and all(line[:1].islower() for line in lines[wrapped + 1 : date])
    assert "TB/17/1 Provisional agenda" in lines and "TB/17/2 Report of the Bureau" in lines

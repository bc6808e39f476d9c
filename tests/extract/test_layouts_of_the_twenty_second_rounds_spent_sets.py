"""What other tools do to the twenty-second round's spent sets (u305–u314, L18), as general layout
rules: lynx's page as a word processor or pdftotext re-saves it, its link marks gone — the head
links line "#[1]Site [2]alternate" left as "#Site alternate", the breadcrumb's last crumb set flush
with the menu above it or one blank line under its separator; and w3m's box-drawn table that Word's
text ran into one paragraph ("┌──┬──┐ │Symbol │Title │ ├──┼──┤ …") or antiword wrapped at its width.
Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.box_tables import reflowed_box_table_changes
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from mandate_graph.loaders.extract.web_chrome import chrome_lines

# --------------------------------------------------------------------------- lynx's page re-saved

_PAGE = [
    "#Coastal Resilience Network - Home of the Commission alternate",
    "Skip to main content",
    "CRN logo",
    "• Home",
    "• About us",
    "• Sessions",
    "• Contact",
    "Home > Sessions > Resolutions and decisions >",
    "Twelfth session",
    "Resolutions and decisions",
    "Commission on Coastal Resilience, twelfth session, Suva, 10-14 March 2031",
    "Resolution 12/1",
    "Strengthening early warning for coastal communities",
    "The Commission on Coastal Resilience,",
    "1. Requests the Executive Secretary to report to it at its thirteenth session.",
    "Privacy | Terms of use | (c) 2031 Coastal Resilience Network",
]


def _spaced(lines: list[str]) -> list[str]:
    """antiword's and stripped RTF's text: each line a paragraph, a blank line under it."""
    return [piece for line in lines for piece in (line, "")]


@pytest.mark.parametrize("shape", ["word", "antiword"])
def test_head_links_line_and_a_crumb_by_the_menu_are_chrome(shape: str) -> None:
    lines = _PAGE if shape == "word" else _spaced(_PAGE)
    chrome = {lines[i] for i in chrome_lines(lines)}
    # the site's name on lynx's head links line, the menu with the logo, the wrapped crumb
    assert {_PAGE[0], "CRN logo", "• Sessions", "Twelfth session"} <= chrome
    # the document's own masthead and text stay
    assert not {_PAGE[10], "Resolution 12/1", _PAGE[13], _PAGE[14]} & chrome


def test_a_markdown_heading_and_a_plain_text_keep_their_lines() -> None:
    # (a heading long enough, with a comma, to be no menu entry either)
    heading = ["# Coastal Resilience Network, the network of the Commission's members", *_PAGE[1:]]
    assert heading[0] not in {heading[i] for i in chrome_lines(heading)}
    # no page's marks: no chrome at all, the "#" line included
    plain = [_PAGE[0], *_PAGE[10:15]]
    assert chrome_lines(plain) == set()


def test_a_session_under_the_menu_that_no_crumb_carries_stays() -> None:
    # a masthead's session under the menu, the breadcrumb closed on its line: no chrome
    lines = [*_PAGE[:7], "Home > Sessions > Twelfth session", "Commission on Coastal Resilience", "Twelfth session", *_PAGE[11:]]
    chrome = {lines[i] for i in chrome_lines(lines)}
    assert "Commission on Coastal Resilience" not in chrome


# --------------------------------------------------------------------------- a box table re-flowed

_RULES = ("┌────────┬──────────────────────────────┬────────────┐", "├────────┼──────────────────────────────┼────────────┤",
          "└────────┴──────────────────────────────┴────────────┘")
_ROWS = ("│Symbol │Title │Adopted │", "│12/1 │Strengthening early warning for │10 March 2031 │",
         "│ │coastal communities │ │", "│12/2 │Dates of the thirteenth session │14 March 2031 │")


def _reflowed() -> str:
    top, middle, bottom = _RULES
    return " ".join([top, _ROWS[0], middle, _ROWS[1], _ROWS[2], middle, _ROWS[3], bottom])


def _rows(text: str) -> list[str]:
    fixed, _ = normalise_layout(text)
    return [line.replace("\r", "") for line in fixed.split("\n")]


@pytest.mark.parametrize("newline", ["\r\n", "\n"])
def test_a_box_table_run_into_one_paragraph_reads_as_rows(newline: str) -> None:
    text = newline.join(["Resolutions adopted", _reflowed(), "The Commission closed its session."]) + newline
    rows = _rows(text)
    # each line of the table on its own again, its bars antiword's (`box_tables`, then `bar_tables`)
    at = rows.index("|12/1 |Strengthening early warning for |10 March 2031 |")
    assert rows[at + 1 : at + 3] == ["| |coastal communities | |", "|12/2 |Dates of the thirteenth session |14 March 2031 |"]
    # the heading stands apart from the table (a blank line where the top rule stood)
    assert rows[rows.index("Resolutions adopted") + 1] == ""


def test_a_box_table_run_on_and_wrapped_by_antiword() -> None:
    flat = _reflowed()
    wrapped, line = [], ""
    for word in flat.split(" "):  # antiword's 76 columns (the rules, one word, stand longer)
        if line and len(line) + 1 + len(word) > 76:
            wrapped.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    wrapped.append(line)
    assert any(not piece.endswith(("│", "┐", "┤", "┘")) for piece in wrapped)  # rows broken inside their cells
    rows = _rows("Resolutions adopted\n\n" + "\n".join(wrapped) + "\n\nThe Commission closed its session.\n")
    at = rows.index("|12/1 |Strengthening early warning for |10 March 2031 |")
    assert rows[at + 1 : at + 3] == ["| |coastal communities | |", "|12/2 |Dates of the thirteenth session |14 March 2031 |"]


def test_a_top_rule_over_prose_or_too_few_bars_is_left() -> None:
    top, middle, bottom = _RULES
    prose = f"{top} │The Commission met twice. {bottom}"
    lines = [prose]
    assert reflowed_box_table_changes(lines, [0]) == []
    short = " ".join([top, "│12/1 │Strengthening │", middle, "│12/2 │Dates │", bottom])  # two bars a row, three columns
    assert reflowed_box_table_changes([short], [0]) == []

"""What pdftotext -raw does to a page printed from pandoc's text (L19), as general layout rules: a grid
masthead's row run into one line without its bars ("General Assembly TA(12)/RES/4": the body's name and
the symbol that numbers the text, which heads it as the symbol alone does), the grid's rules left over
("+------+------+", a blank line, not words of the line above or below), and a page's record set one cell
a line ("Adopted:" / "9 April 2031 (6th plenary meeting)": the label and its value one field).
Invented text: the Tidal Energy Agency of tests/data/layouts_l19.ttl and the Commission on Coastal
Resilience of tests/data/phrasing.ttl."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "layouts_l19.ttl")
RULE = "+-----------------------------------+-----------------------------------+"
RES = "tea/general-assembly/res/12/4"


def _texts(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in segment(clean(text))]


def _resolution(masthead: list[str]) -> str:
    return "\n".join([
        *masthead,
        "Twelfth regular session",
        "Harnessing tidal energy for island communities",
        "The General Assembly,",
        "(a) Recalling resolution TA(11)/RES/7, by which it requested the Director to report to it",
        "at its twelfth session,",
        "1. Requests the Director to report on the implementation of this resolution to the General",
        "Assembly at its thirteenth regular session.",
    ]) + "\n"


@pytest.mark.parametrize("masthead", [
    # pdftotext -raw: the grid's rules kept, the row's two cells one line
    [RULE, "General Assembly TA(12)/RES/4", "September 2031", "General Distribution", "Original: English", RULE],
    # the same without the rules
    ["General Assembly TA(12)/RES/4", "September 2031", "Original: English"],
    # the symbol alone (as before)
    ["General Assembly", "TA(12)/RES/4", "September 2031", "Original: English"],
])
def test_a_body_and_its_resolutions_symbol_on_one_masthead_line_head_the_text(masthead: list[str]) -> None:
    found = facts(_resolution(masthead))
    assert ("title", RES, "Harnessing tidal energy for island communities") in found, found
    assert ("cites", RES, "tea/general-assembly/res/11/7") in found, found


def test_a_sentence_ending_in_the_symbol_heads_nothing() -> None:
    # a line of words before the symbol is no body's name: the document's symbol stays read as such
    found = facts(_resolution(["the text adopted as TA(12)/RES/4", "September 2031"]))
    assert not any(s == RES and r == "title" for r, s, _ in found), found


def test_a_grids_rule_without_its_bars_is_no_words_of_a_paragraph() -> None:
    read = _texts("Report of the Commission\n" + RULE + " {width=\"1in\"}\nOriginal: English\n" + RULE
                  + "\nThe Commission on Coastal Resilience,\n")
    assert "Original: English" in read and not any("+---" in t for t in read), read


def test_a_grid_drawn_whole_keeps_its_rules_for_the_grid_reader() -> None:
    grid = f"{RULE}\n| Symbol                            | E/CN.21/2031/4                    |\n{RULE}\n"
    read = _texts("Note by the Secretariat\n\n" + grid + "\nThe Commission on Coastal Resilience,\n")
    assert any("E/CN.21/2031/4" in t for t in read), read


_RECORD = (
    "Decision 12/3\n"
    "Dates and venue of the thirteenth session of the Commission\n"
    "Session: twelfth session of the Commission on Coastal Resilience\n"
    "Item:\n5 (Organizational matters)\n"
    "Adopted:\n14 March 2031 (6th plenary meeting)\n"
    "Documents:\nE/CN.21/2031/4\n"
    "The Commission on Coastal Resilience,\n"
    "1. Decides to hold its thirteenth session in Nairobi in March 2032.\n"
)


def _lines(text: str) -> list[str]:
    return [line.strip() for line in clean(text).text.split("\n")]


def test_a_records_label_over_its_value_is_one_field() -> None:
    read = _lines(_RECORD)
    assert any("Adopted: 14 March 2031 (6th plenary meeting)" in line for line in read), read
    assert any("Item: 5 (Organizational matters)" in line for line in read), read


def test_a_label_alone_among_no_other_fields_stays_a_line() -> None:
    # a heading that ends in a colon over a paragraph: no record around it
    read = _lines("Note by the Secretariat\n\nSummary:\nThe Commission will consider the dates of its next session.\n")
    assert "Summary:" in read, read

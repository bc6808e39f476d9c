"""A list of mandates (a number, a tab or spaces, a title) whose title a tool wrapped onto a line
of its own at the margin (Word's text, pdftotext -raw, lynx; L5): the rest of the title runs on
when another row or the next list's heading follows. Invented text."""

from __future__ import annotations

from mandate_graph.loaders.extract.plain_layouts import normalise_layout, wrapped_list_rows

_LIST = [
    "Legislative mandates",
    "General Assembly resolutions",
    "71/310\tStrengthening coastal early warning systems in small island",
    "developing States",
    "73/15\tOceans and the law of the sea",
    "74/201\tCooperation between the United Nations and regional coastal",
    "organizations",
    "Human Rights Council resolutions",
    "48/3\tThe right to a clean, healthy and sustainable environment",
    "Deliverables",
    "Table 3.1 lists all deliverables.",
]


def test_wrapped_titles_run_on() -> None:
    text, _ = normalise_layout("\n".join(_LIST) + "\n")
    assert "71/310\tStrengthening coastal early warning systems in small island developing States\n" in text
    assert "74/201\tCooperation between the United Nations and regional coastal organizations\n" in text


def test_blank_lines_and_spaces_between() -> None:
    lines = ["Commission decisions", "", "   2030/4 Programme of work of the Commission for the biennium", "", "2031-2032", "",
             "   2030/7 Provisional agenda for the next session", "", "Council resolutions"]
    assert wrapped_list_rows(lines) == [(2, 4)]


def test_near_misses() -> None:
    # the last row before a heading of another kind, a sentence after a row, a row ending on a stop
    lines = ["General Assembly resolutions", "71/310\tStrengthening coastal early warning", "Deliverables",
             "Table 3.1 lists all deliverables.", "73/15\tOceans and the law of the sea.", "developing States",
             "74/201\tCooperation", "The Board noted the list, as amended by the secretariat.", "75/3\tTitle"]
    assert wrapped_list_rows(lines) == []


def test_a_heading_after_a_blank_line_is_no_wrapped_rest() -> None:
    # a blank line above and none below: the heading of the next rows, not the rest of a title
    # (a tool that sets blank lines inside a list sets them on both sides of a wrapped rest)
    lines = ["General Assembly resolutions", "70/1\tTransforming our world: the 2030 Agenda for Sustainable Development", "",
             "Background documents", "45 (XII)\tRegional cooperation on fisheries data", "52 (XIV)\tOcean governance"]
    assert wrapped_list_rows(lines) == []

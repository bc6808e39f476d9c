"""The eleventh round's documents as other tools give them (L1): `pdftotext -raw` of a list of
decisions headed "Decision 284 (2021)", of a news story printed from the web and of a chair's
summary whose symbols a line end hyphenated; `lynx -dump` of a concept note whose masthead sits
under the site's menu and whose list of documents has a status column. Each rule on invented
texts in the tool's layout, beside near misses that must stay as they are."""

from __future__ import annotations

from collections import Counter

from mandate_graph.loaders.extract.layout import (
    dateline_lines,
    instrument_heading_lines,
    keeps_hyphen,
    masthead_item_lines,
)
from mandate_graph.loaders.extract.spaced_row_tables import spaced_row_table_changes
from mandate_graph.loaders.extract.web_chrome import chrome_lines


def _starts(lines: list[str]) -> list[int]:
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    return starts


def _applied(lines: list[str], changes: list[tuple[int, int, str | None]]) -> str:
    text = "\n".join(lines)
    for begin, end, new in sorted(changes, reverse=True):
        text = text[:begin] + (new or "") + text[end:]
    return text


# --------------------------------------------------------------------------- "Decision 12 (2030)"

RAW_DECISIONS = [
    "progress report",
    "Decision 12 (2030)",
    "Arrears of contributions to the trust fund",
    "The Steering Board,",
    "Recalling its decision 7 (2028),",
    "1. Requests the secretariat to report on the arrears;",
    "Resolution 2719 (2031)",
    "Adopted by the Council at its 9100th meeting",
]


def test_a_heading_numbered_with_its_year_in_brackets_begins_a_paragraph_in_raw_text() -> None:
    starts = instrument_heading_lines(RAW_DECISIONS)
    assert {1, 2} <= starts  # the heading and its title under it
    assert {6, 7} <= starts  # a resolution numbered so, and the note under it


def test_a_citation_run_onto_its_own_line_is_no_heading() -> None:
    lines = [
        "The Board recalled, in this regard, its earlier decision",
        "Decision 12 (2030)",
        "and asked the secretariat to act on it.",
        "Decision 12 (2030) of the Board on the arrears was then recalled",
    ]
    starts = instrument_heading_lines(lines)
    assert not {1, 2} & set(starts)  # "... its earlier decision" runs on
    assert 3 not in starts  # the words go on after the number: a sentence, not a heading


# --------------------------------------------------------------------------- a news story's dateline

def test_a_news_storys_dateline_begins_its_lead_under_the_headline() -> None:
    lines = [
        "Assembly of the Ocean Organization sets up a panel on coastal data",
        "LISBON, 14 May 2027 — Member States of the World Ocean Organization today agreed to",
        "create a panel on coastal data, closing the twelfth session of the Assembly.",
        "Board elects new chair",
        "NEW YORK, 3 March (Ocean News) – The Council today elected its chair.",
    ]
    assert dateline_lines(lines) == {1, 4}


def test_a_place_and_date_in_a_masthead_or_a_sentence_is_no_dateline() -> None:
    lines = [
        "Assembly of the World Ocean Organization",
        "Lisbon, 10–14 May 2027",
        "Geneva, 3 May 2027 – 7 May 2027",
        "The Council met in LISBON, 14 May 2027 — a date the Assembly had fixed.",
        "",
        "LISBON, 14 May 2027 — the first line of the text, above it a blank line.",
    ]
    assert dateline_lines(lines) == set()


# --------------------------------------------------------------------------- a symbol hyphenated before a figure

def test_a_symbol_broken_after_its_hyphen_keeps_it() -> None:
    words = Counter({"bc": 3, "decision": 5, "covid": 1, "implementation": 2})
    assert keeps_hyphen("BC", "19", words)  # "decision BC-" / "19/6"
    assert keeps_hyphen("OA", "12", words)  # "OA-" / "12/3"
    assert keeps_hyphen("COVID", "19", words)


def test_a_word_cut_to_fit_its_line_still_loses_the_hyphen() -> None:
    words = Counter({"implementation": 2, "intersessional": 1})
    assert not keeps_hyphen("implemen", "tation", words)
    assert not keeps_hyphen("inter", "sessional", words)


# --------------------------------------------------------------------------- a masthead under a site's menu

# (as `clean` hands it on: lynx's link numbers and bullets gone)
LYNX_PAGE = [
    "Skip to main content",
    "",
    "Home",
    "Documents",
    "Meetings",
    "",
    "World Ocean Organization",
    "Council of the Organization",
    "Thirty-first session",
    "Lisbon, 2–4 March 2027",
    "",
    "Note by the secretariat",
    "",
    "Copyright  Fraud alert  Privacy notice",
]


def test_a_documents_masthead_under_the_menu_is_no_menu() -> None:
    chrome = chrome_lines(LYNX_PAGE)
    assert {0, 2, 3, 4} <= chrome
    assert not {6, 7, 8, 9} & chrome


def test_the_masthead_is_kept_when_the_session_line_follows_the_short_lines() -> None:
    page = LYNX_PAGE[:8] + ["Lisbon, 2–4 March 2027"] + LYNX_PAGE[10:]
    page[6:8] = ["World Ocean Organization", "Council of the Organization", "Coastal Committee"]
    chrome = chrome_lines(page)
    assert not {6, 7, 8} & chrome


def test_a_breadcrumb_ending_on_a_session_in_figures_is_still_chrome() -> None:
    page = LYNX_PAGE[:6] + ["Home", ">", "Treaty bodies", ">", "Sessions", ">", "31st session",
                            "Council of the Organization", "Note by the secretariat", "", LYNX_PAGE[-1]]
    assert {6, 7, 8, 9, 10, 11} <= chrome_lines(page)


def test_a_menu_of_short_entries_is_still_chrome() -> None:
    page = LYNX_PAGE[:6] + ["About us", "Member States", "Secretariat", "", "Note by the secretariat", "",
                            LYNX_PAGE[-1]]
    assert {6, 7, 8} <= chrome_lines(page)


# --------------------------------------------------------------------------- a lone symbol in the masthead

def test_a_symbol_on_a_line_of_its_own_under_the_title_is_a_masthead_item() -> None:
    lines = [
        "World Ocean Organization",
        "Council of the Organization",
        "Item 4 of the provisional agenda",
        "Coastal observation: options for the modernization of the network in the region",
        "OA/C/2027/4/Add.1",
        "Note by the secretariat",
        "1. The Council requested this note.",
    ]
    assert {4, 5} <= masthead_item_lines(lines)


def test_a_line_with_a_symbol_among_words_is_no_masthead_item() -> None:
    lines = [
        "World Ocean Organization",
        "Coastal observation: see document",
        "OA/C/2027/4 for the options",
        "Note by the secretariat",
    ]
    assert 2 not in masthead_item_lines(lines)


# --------------------------------------------------------------------------- a status column

def test_a_list_of_documents_with_a_status_column_is_read_as_a_table() -> None:
    lines = [
        "IV. Documentation",
        "Symbol Title Status",
        "OA/C/2027/5 Coastal observation in the region: progress since the thirtieth session Issued",
        "OA/C/2027/6 Data exchange among the coastal States of the Group of Experts Advance unedited version",
        "OA/C/2027/INF.2 List of participants Web only",
        "",
    ]
    text = _applied(lines, spaced_row_table_changes(lines, _starts(lines)))
    assert "OA/C/2027/5\tCoastal observation in the region: progress since the thirtieth session\tIssued" in text
    assert "of the Group of Experts\tAdvance unedited version" in text
    assert "OA/C/2027/INF.2\tList of participants\tWeb only" in text


def test_a_title_ending_in_a_word_that_is_no_status_leaves_the_table_alone() -> None:
    lines = [
        "Symbol Title Status",
        "OA/C/2027/5 Coastal observation in the region: progress report",
        "OA/C/2027/6 Data exchange among the coastal States",
        "",
    ]
    assert spaced_row_table_changes(lines, _starts(lines)) == []


# --------------------------------------------------------------------------- a word cut across a page break

def test_a_word_cut_across_a_page_break_is_joined_whole() -> None:
    from mandate_graph.loaders.extract.clean import _Hyphens

    text = (
        "the regulation, monitoring and over-\n\nGE.30-01234 (E)\n\f\nOA/12/L.4\n\n"
        "sight of the activities of the Council, which met over two days.\n"
    )
    assert _Hyphens(text).joined_across_page("over", "sight") == ""  # "oversight"
    # a compound whose parts the document prints elsewhere keeps its hyphen
    compound = "a follow-\n\f\nup meeting; the follow up of the report, drawn up in full.\n"
    assert _Hyphens(compound).joined_across_page("follow", "up") == "-"

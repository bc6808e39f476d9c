"""The cheap tests `clean` runs before a pattern or a layout detector (S37) hold wherever the
pattern could match: each is a superset of what it guards, or the same matches found faster.

`clean` reads every line of every document through ~20 layout detectors; most find nothing, and
a character test or one search of the whole text now tells them so before the line-by-line walk.
A test that ruled out a line its pattern matches would drop a layout, and facts with it, without a
word: each test here runs the pattern ungated over the sample corpus, the unseen set, the eval's
dev set and invented lines of every kind, and fails where the pattern finds what the test ruled
out (as tests/extract/test_gates.py does for the gates before them).
"""

from __future__ import annotations

import re
from collections import Counter

import pytest

from mandate_graph.loaders.extract import (
    capitals, export_layouts, layout, markdown_tables, markup_pages, plain_layouts, slide_decks, web_chrome,
)
from mandate_graph.loaders.extract.clean import (
    _BOLD_LINE, _BREAK_AFTER_HYPHEN_OR_SLASH, _DOCUMENTATION_HEADING, _FOOTNOTE_LINE, _FOOTNOTE_OPENINGS, _HEADING_MARK,
    _IMAGE_MARK, _LINE_END_BREAK, _NOTE_RULE, _NOTE_RULE_OPENINGS, _PAGE_HEADER, _SPACES_AND_STARS, _A_DIGIT,
    _tabbed_masthead_rows,
)
from mandate_graph.loaders.extract.symbols import SYMBOL
from tests.extract.test_gates import texts

# Lines of the kinds the first-character tests guard, written as converters write them.
INVENTED_LINES = [
    "Documentation", "Documentation:", "V.22-25156 3/56", "**4/56** V.22-25156", "Page 2 of 9", "26-23871 (E)", "[pic]", "[Image]", "  <sup>1</sup> See the report.", "$<sup>2</sup>$ Ibid.",
    "*  A note.", "\\* A note.", "[^3]: The note.", "____________", "-----", "\u2014\u2014\u2014\u2014\u2014",
    "**Skip to main content**", "  * [Home](https://x.org) / Decisions", "[Share this page](https://x)",
    "skip to content", "\u017fhare:", "SHARE:", "Follow us", "download", "Print this page",
    "Was this page helpful?", "\u00a9 2031 United Nations", "Copyright 2031", "(c) 2031 UNEP",
    "You are here: Home / Bodies", "Breadcrumb: Home", "Home > Decisions",
]


def lines_of_every_text() -> list[str]:
    return [line for text in texts() for line in text.split("\n")] + INVENTED_LINES


def test_a_lines_first_character_holds_every_match_of_the_patterns_it_guards() -> None:
    matched = Counter()
    for raw in lines_of_every_text():
        stripped = raw.strip().strip("\f")
        opening = stripped[:1]
        if _DOCUMENTATION_HEADING.match(stripped):
            matched["documentation"] += 1
            assert opening == "D"
        if _IMAGE_MARK.match(stripped):
            matched["image"] += 1
            assert opening == "["
        if stripped and _FOOTNOTE_LINE.match(raw):
            matched["footnote"] += 1
            assert opening in _FOOTNOTE_OPENINGS, raw
        if _NOTE_RULE.match(stripped):
            matched["rule"] += 1
            assert opening in _NOTE_RULE_OPENINGS
        if stripped and (_PAGE_HEADER.match(_SPACES_AND_STARS.sub("", stripped)) or layout.is_page_number_line(stripped)):
            matched["page"] += 1
            assert _A_DIGIT.search(stripped), raw
        if _HEADING_MARK.match(raw) or _BOLD_LINE.match(raw):
            matched["marked"] += 1
            assert raw.lstrip()[:1] in ("#", "*")
    assert set(matched) == {"documentation", "image", "footnote", "rule", "marked", "page"}, "each pattern met a line it matches"


def test_a_copied_pages_marks_are_read_on_the_lines_that_may_open_with_one() -> None:
    marks = 0
    for line in lines_of_every_text():
        if web_chrome._ANY_PAGE_MARK.match(web_chrome._visible(line)):
            marks += 1
            assert line.lstrip()[:1].upper() in web_chrome._MARK_OPENINGS or "](" in line, line
    assert marks >= 15
    # any character a mark's first letter matches, in any case (the long s is an "s" to IGNORECASE)
    for code in range(0x250):
        c = chr(code)
        for rest in ("kip to content", "hare:", "ownload", "rint", "ollow us", "as this page helpful", "ou are here:", "readcrumbs:"):
            if web_chrome._ANY_PAGE_MARK.match(c + rest):
                assert c.upper() in web_chrome._MARK_OPENINGS, c
    page = "Skip to main content\nYou are here: Home / Decisions\n\nDecision 5/2\n\nThe Conference,\n\n\u00a9 2031 UNEP\n"
    assert web_chrome.is_copied_page(page.split("\n"))
    assert not web_chrome.is_copied_page("Share of the budget\nThe Conference,\n".split("\n"))


def test_export_and_plain_layout_gates_hold_every_text_their_detector_reads_as_such() -> None:
    for text in texts():
        lines = text.split("\n")
        if export_layouts._RST_EXPLICIT_LINE.search("\n" + text) is None:
            assert not export_layouts._is_restructured_text(lines)
        if text.count('\n"') + text.startswith('"') < plain_layouts._FEWEST_QUOTED_LINES:
            assert not plain_layouts._is_csv_export(lines)
        if plain_layouts._DASHED_PAGE_NUMBER_LINE.search(text) is not None:
            assert plain_layouts._DASHED_NUMBER_AT_LINE_END.search(text) is not None
        if "|" not in text:
            assert markdown_tables.pipe_tables(lines) == []
        if ">" not in text:
            assert plain_layouts.quote_marker_changes(lines, plain_layouts._line_starts(lines)) == []
        if "lide" not in text and "LIDE" not in text:
            assert not slide_decks.is_slide_deck(lines)
        if "{|" not in text and "\n==" not in text and not text.startswith("=="):
            assert not any(markup_pages._WIKI_HEADING.match(line) or markup_pages._TABLE_OPEN.match(line) for line in lines)
        if any(layout._NUMBERED_NOTE.match(line) for line in lines):
            assert layout._NUMBERED_NOTE_LINE.search("\n" + text) is not None
        if not plain_layouts.may_hold_margin_numbers(text):
            assert plain_layouts.margin_number_changes(lines, plain_layouts._line_starts(lines)) == []
        per_line = sum(1 for line in lines if plain_layouts._MARGIN_NUMBER.match(line))
        assert per_line == len(plain_layouts._MARGIN_NUMBER_LINE.findall("\n" + text))
        if not plain_layouts.may_hold_cell_per_paragraph_table(text):
            assert plain_layouts.cell_per_paragraph_table_changes(lines, plain_layouts._line_starts(lines)) == []
        if "\t" not in text:
            assert _tabbed_masthead_rows(lines) == set()
    rst = ".. title:: Decision 5/2\n\n:Venue: Geneva\n\n#. Requests.\n#. Invites.\n"
    assert export_layouts.restructured_text_changes(rst)
    records = '"Symbol","A/1"\n"Title","Report"\n"Date","3 May 2029"\n"Body","Board"\n"Text","Decides."\n'
    assert plain_layouts.csv_export(records) is not None
    wiki = "== Decision 5/2 ==\n\nThe Conference,\n\n{| class=wikitable\n| A/1 || Report\n|}\n"
    assert markup_pages.is_wiki_source(wiki) and markup_pages.is_wiki_source(wiki[wiki.index("{|"):])
    deck = "Slide 1\n\nDecision 5/2\n\nSLIDE 2 of 9\n\n• Requests the Secretariat\n"
    assert slide_decks.is_slide_deck(deck.split("\n"))
    quoted = "From: A\n\n> The Board,\n> Requests UNDP\n>   to report.\n"
    assert plain_layouts.quote_marker_changes(quoted.split("\n"), plain_layouts._line_starts(quoted.split("\n")))
    numbered = "".join(f"{n:>3}  {'the Commission decides to' if n % 2 else 'continue its work on the'}\n" for n in range(1, 15))
    assert plain_layouts.may_hold_margin_numbers(numbered)
    assert plain_layouts.margin_number_changes(numbered.split("\n"), plain_layouts._line_starts(numbered.split("\n")))
    for cells in ("Symbol\n\nTitle", "SYMBOL\n\nTITLE", "  Document \n\n\tSubject\t", "Number\n\nDate of adoption"):
        table = f"{cells}\n\nCFS 2031/55/1\n\nProvisional agenda\n\nCFS 2031/55/2\n\nReport of the Bureau\n"
        lines = table.split("\n")
        assert plain_layouts.may_hold_cell_per_paragraph_table(table), cells
        assert plain_layouts.cell_per_paragraph_table_changes(lines, plain_layouts._line_starts(lines)), cells


def test_every_symbol_alone_on_a_line_holds_a_slash() -> None:
    alone = 0
    for line in [*lines_of_every_text(), "CFS 2031/55/1", "CX/CAC 31/54/1 Add.1", "EUR/RC81/R4", "A /80/1"]:
        if SYMBOL.fullmatch(line.strip()):
            alone += 1
            assert "/" in line
    assert alone > 20


def test_line_end_breaks_are_searched_where_a_hyphen_or_slash_ends_a_line() -> None:
    pieces = [*texts(), "implemen-\ntation", "CTOC/COP/WG.7/ \n2025/2", "open- \n\f ended", "a -\nb"]
    for text in pieces:
        if _LINE_END_BREAK.search(text) is not None:
            assert _BREAK_AFTER_HYPHEN_OR_SLASH.search(text) is not None


def test_words_cut_at_line_ends_are_the_same_read_from_the_hyphens() -> None:
    tricky = "ab-\ncd-\nef x-\n-\nyz q-  \n \fzz implemen-\ntation co-\nop-\neration -\nab a-\nb-\nc"
    found = 0
    for text in [*texts(), tricky, tricky[3:], "-" + tricky]:
        lowered = text.lower()
        expected = [m.groups() for m in layout._CUT_WORD.finditer(lowered)]
        assert list(layout._cut_words(lowered)) == expected
        found += len(expected)
    assert found > 10


def test_word_counts_count_compounds_whole_and_in_parts() -> None:
    text = "The open-ended working group, an open-ended body, met.\nIts implemen-\ntation is open."

    expected: Counter[str] = Counter()
    for word in layout._WORD_WITH_HYPHEN.findall(text.lower()):
        expected[word] += 1
        if "-" in word:
            expected.update(word.split("-"))
    for cut in layout._CUT_WORD.finditer(text.lower()):
        expected[cut.group(1)] -= 1
        expected[cut.group(2)] -= 1
    counts = layout.word_counts(text)
    assert {w: n for w, n in counts.items() if n} == {w: n for w, n in expected.items() if n}
    assert counts["open-ended"] == 2 and counts["open"] == 3 and counts["ended"] == 2


def test_a_name_in_a_text_in_capitals_is_found_where_a_word_begins_only() -> None:
    def at_every_position(name: str) -> re.Pattern[str]:
        return re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w.lower()) for w in name.split()) + r"(?!\w)")

    names = ["Conference of the Parties", "Bureau", "UNEP", "Open-ended Working Group", "(Ad hoc) Group", "İstanbul Office"]
    lowered = [t.lower() for t in texts()[:40]] + ["the bureau; sub-bureau, xbureau and bureau\n", "conference  of\nthe parties"]
    found = 0
    for text in lowered:
        for name in names:
            expected = [m.span() for m in at_every_position(name).finditer(text)]
            pattern = capitals._name_pattern(name)
            assert pattern is not None
            assert [m.span() for m in pattern.finditer(text)] == expected, name
            found += len(expected)
    assert found > 3


def test_a_masthead_line_is_a_session_item_only_where_it_ends_as_one() -> None:
    items = [
        "Thirteenth session", "RESUMED SEVENTIETH SESSION", "13th meeting", "Resumed seventieth session (resumed)",
        "Fifth session*", "Geneva, 3\u20135 May 2031", "Bonn, Germany, 2\u20134 June 2031*", "7\u201311 October 2030.",
        "Held at the Palais des Nations, Geneva, from 7 to 11 October 2030",
    ]
    for item in items:
        assert layout.session_item_line(item), item
    for line in [raw.strip() for raw in lines_of_every_text()]:
        if line and any(p.match(line) for p in (layout._SESSION_LINE, layout._PLACE_DATES_LINE, layout._HELD_LINE, layout._DATES_LINE)):
            assert layout.session_item_line(line), line


def test_page_marks_are_the_same_read_on_the_lines_that_may_hold_one(monkeypatch: pytest.MonkeyPatch) -> None:
    pages = [*texts(), "Report\n======\n\nText.\fUNEP/EA.7/1\nMore.\n", "UNEP/EA.7/1\nText.\n\n- 2 -\n\nUNEP/EA.7/1\nMore.\n"]
    prepared = [(text.split("\n"), plain_layouts._line_starts(text.split("\n"))) for text in pages]
    read_so = [plain_layouts.page_mark_changes(lines, starts) for lines, starts in prepared]
    monkeypatch.setattr(plain_layouts, "_lines_that_may_hold_page_marks", lambda lines, starts: range(len(lines)))
    every_line = [plain_layouts.page_mark_changes(lines, starts) for lines, starts in prepared]
    assert read_so == every_line
    assert all(read_so[-2:]), "an underline, a symbol after a page break and a dashed page number are marks"

"""The layouts other tools give a secretariat's report, a decisions report and a web page (E78):
paragraphs numbered "1.1" that a converter set as a table (LaTeX ``tabular``, antiword's bars),
a Word table of decisions with no blank line around it (Word, and the same rows set apart by RTF's
``\\par`` or LaTeX's ``\\\\``), a web page printed to PDF (its bar of links wrapped, its lines
wrapped with no blank line between paragraphs), a site's menu above the skip link, html2text's
bold chrome, and a Word export without its numbering whose clauses open in lower case.

Every document is invented (the Commission on Coastal Resilience of tests/data/phrasing.ttl);
each is written out as the tool writes any document."""

from __future__ import annotations

from pathlib import Path

from mandate_graph.loaders.extract.bar_tables import bar_table_export
from mandate_graph.loaders.sources import decode_text
from tests.extract import phrasing


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    """The facts of the text as the loader reads it from a file (its line ends made LF)."""
    return phrasing.facts(decode_text(Path("saved.txt"), text.encode("utf-8")), relation)


# --------------------------------------------------------------------------- numbered paragraphs set as a table

LATEX_REPORT = r"""\documentclass{article}
\usepackage{enumitem}
\begin{document}
E/CN.21/2032/7 \\
Commission on Coastal Resilience \\
Thirteenth session \\

\section*{Report of the Executive Secretary}

\begin{tabular}{ll}
1 & Introduction \\
1.1 & By its resolution 12/1, adopted on 14~March 2031, the Commission requested the Bureau of the Commission to review the network of tide gauges and to report on it at the thirteenth session. \\
1.2 & In the same resolution, the Commission invited the Working Group on Early Warning Systems to share its data with the expert group. \\
2 & Status \\
Paragraph & Action & Responsible & Status \\
requests 1 & review of the network & Bureau & Completed \\
invites 2 & sharing of data & Working Group & Ongoing \\
\end{tabular}

\end{document}
"""


def test_a_latex_table_of_numbered_paragraphs_reads_as_the_paragraphs() -> None:
    # "1.1 & By its resolution ..." : the spaces around "&" are the source's, not the cell's,
    # so "1.1<tab>By ..." is a numbered paragraph as in Word's plain text
    assert ("ccr/res/12/1", "ccr/bureau") in facts(LATEX_REPORT, "requests")
    assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(LATEX_REPORT, "invites")


ANTIWORD_REPORT = """[pic]

E/CN.21/2032/7

Commission on Coastal Resilience

Thirteenth session

Report of the Executive Secretary

|1  |Introduction                  |
|1.1|By its resolution 12/1, the   |
|   |Commission requested the      |
|   |Executive Secretary to map the|
|   |coastal early-warning systems |
|   |of the region.                |
|1.2|In the same resolution, the   |
|   |Commission invited the Working|
|   |Group on Early Warning Systems|
|   |to contribute to the regional-|
|   |level review.                 |

|Paragraph of the resolution   |Action              |Responsible        |
|12/1                          |                    |                   |
|requests 1                    |mapping             |Executive Secretary|
|invites 2                     |regional review     |Working Group      |
"""


def test_antiwords_wrapped_cells_keep_their_hyphens_and_rows_begin_where_a_word_would_have_fitted() -> None:
    exported = bar_table_export(ANTIWORD_REPORT)
    assert exported is not None
    text, offsets = exported
    assert len(offsets) == len(text) + 1
    # a cell's line ends after a word's own hyphen: "regional-" / "level" is "regional-level"
    assert "to contribute to the regional-level review." in text
    # "12/1" would not have fitted after "Paragraph of the resolution": it goes on in that cell;
    # "requests 1" would have fitted after "12/1": it begins a row of its own
    assert "Paragraph of the resolution 12/1\tAction\tResponsible" in text
    assert "\nrequests 1\tmapping\tExecutive Secretary\ninvites 2\tregional review\tWorking Group" in text


def test_antiwords_table_of_numbered_paragraphs_gives_their_facts() -> None:
    assert ("ccr/res/12/1", "ccr/executive-secretary") in facts(ANTIWORD_REPORT, "requests")
    assert ("ccr/res/12/1", "ccr/wg-early-warning") in facts(ANTIWORD_REPORT, "invites")


# --------------------------------------------------------------------------- a Word table of decisions

WORD_DECISIONS = "\r\n".join([
    "United Nations\tE/CN.21/2032/9",
    "Economic and Social Council\tDistr.: General",
    "Commission on Coastal Resilience",
    "Report of the Commission on its thirteenth session",
    "I.\tDecisions adopted at the thirteenth session",
    "1.\tThe Commission adopted the two decisions listed below, both without a vote.",
    "Decision\tTitle\tAdopted",
    "13/1\tTide gauges in small island States\t9 March 2032",
    "13/2\tDates of the fourteenth session\t12 March 2032",
    "2.\tBy decision 13/1, the Commission requested the Bureau of the Commission to report on the tide gauges.",
    "",
])


def test_a_word_table_of_decisions_without_blank_lines_gives_titles_and_dates() -> None:
    titles = facts(WORD_DECISIONS, "title")
    assert ("ccr/dec/13/1", "Tide gauges in small island States") in titles
    assert ("ccr/dec/13/2", "Dates of the fourteenth session") in titles
    assert ("ccr/dec/13/2", "2032-03-12") in facts(WORD_DECISIONS, "adoptedOn")
    # the paragraph under the table is no row of it
    assert ("ccr/dec/13/1", "ccr/bureau") in facts(WORD_DECISIONS, "requests")


def test_a_table_of_decisions_whose_rows_a_converter_set_apart_gives_every_row() -> None:
    # RTF's "\\par" and LaTeX's "\\\\" at a line's end leave a blank line after every row
    spaced = WORD_DECISIONS.replace("\r\n", "\r\n\r\n")
    titles = facts(spaced, "title")
    assert ("ccr/dec/13/1", "Tide gauges in small island States") in titles
    assert ("ccr/dec/13/2", "Dates of the fourteenth session") in titles
    assert ("ccr/dec/13/1", "2032-03-09") in facts(spaced, "adoptedOn")


def test_two_tab_lines_of_a_paragraph_are_no_table() -> None:
    # a label's tab and a line of two cells under the header's count: nothing is a table
    text = WORD_DECISIONS.replace("Decision\tTitle\tAdopted", "Decision\tTitle")
    assert ("ccr/dec/13/1", "Tide gauges in small island States") not in facts(text, "title")


# --------------------------------------------------------------------------- a web page printed to PDF

PAGE_HEAD = """Skip to content
United Nations Commission on Coastal Resilience and Early Warning
Home | About the Commission | Working Groups | Data & Maps | Sessions |
Library
13th session (New York, 8-12 March 2032)
E/CN.21/2032/1 - Provisional agenda and annotations of the thirteenth session
You are here: Home > Sessions > 13th session > Provisional agenda
"""

RAW_PAGE = PAGE_HEAD + """Item 1. Opening of the session
1. The thirteenth session of the Commission will be held at United Nations
Headquarters in New York from 8 to 12 March 2032. The opening meeting will begin at
10 a.m. on Monday, 8 March 2032, in the conference room of the Economic and Social
Council.
2. The present annotations have been prepared pursuant to Commission
resolution 12/1, in which the Commission requested the Executive Secretary to prepare
a report on early warning for coastal communities for its thirteenth session and to
consult the Working Group on Early Warning Systems on the draft of that report.
Item 2. Early warning for coastal communities
3. The Working Group on Early Warning Systems held its fourth session in Geneva from
3 to 5 June 2031 and considered the draft report of the Executive Secretary, which it
welcomed. The report of the Working Group is contained in document E/CN.21/WG.1/2031/4.
Item 3. Dates of the fourteenth session
4. The fourteenth session of the Commission is scheduled to take place in
Nairobi from 5 to 9 March 2033, subject to the approval of the Economic and Social
Council at its coordination and management meeting in the summer of 2032.
"""


def test_a_web_page_wrapped_at_a_width_reads_its_paragraphs_whole() -> None:
    # pdftotext -raw of a page printed to PDF: no blank lines, but paragraphs wrapped over
    # several lines (not a page copied from a browser, one paragraph a line)
    assert ("E/CN.21/2032/1", "ccr/res/12/1") in facts(RAW_PAGE, "pursuantTo")
    assert ("ccr/res/12/1", "ccr/executive-secretary") in facts(RAW_PAGE, "requests")
    assert ("ccr#14", "Nairobi") in facts(RAW_PAGE, "heldIn")


def test_a_bar_of_links_wrapped_after_its_separator_is_the_pages_chrome() -> None:
    from mandate_graph.loaders.extract.web_chrome import chrome_lines

    lines = RAW_PAGE.split("\n")
    chrome = chrome_lines(lines)
    assert lines.index("Library") in chrome
    assert lines.index("13th session (New York, 8-12 March 2032)") not in chrome
    # html2text breaks the line before the separator: "... | Sessions" / "| Library"
    opened = RAW_PAGE.replace("Sessions |\nLibrary", "Sessions\n| Library")
    lines = opened.split("\n")
    assert lines.index("| Library") in chrome_lines(lines)
    # a bar that ends on its last item is whole: the line under it is the document's
    unbroken = RAW_PAGE.replace("Sessions |\nLibrary", "Sessions | Library\nLibraries")
    lines = unbroken.split("\n")
    assert lines.index("Libraries") not in chrome_lines(lines)


SITE_MENU_PAGE = """Skip to main content
Home
About us
Documents
Meetings
Skip to main content
English | Français | Español
United Nations Coastal Portal
Menu
Bodies
Sessions
Commission on Coastal Resilience
E/CN.21/2032/1 - Provisional agenda and annotations of the thirteenth session
Date issued: 2 January 2032
Share this page
"""


def test_a_banner_under_the_sites_menu_and_a_second_skip_link_is_chrome() -> None:
    from mandate_graph.loaders.extract.web_chrome import chrome_lines

    lines = SITE_MENU_PAGE.split("\n")
    chrome = chrome_lines(lines)
    assert lines.index("United Nations Coastal Portal") in chrome
    assert lines.index("E/CN.21/2032/1 - Provisional agenda and annotations of the thirteenth session") not in chrome
    # html2text writes the same chrome in bold
    bold = "\n".join(f"**{line}**" if line in ("Skip to main content", "United Nations Coastal Portal") else line for line in lines)
    lines = bold.split("\n")
    assert lines.index("**United Nations Coastal Portal**") in chrome_lines(lines)


def test_a_menu_whose_entries_a_word_processor_set_apart_is_chrome() -> None:
    from mandate_graph.loaders.extract.web_chrome import chrome_lines

    spaced = SITE_MENU_PAGE.replace("\n", "\n\n")
    lines = spaced.split("\n")
    chrome = chrome_lines(lines)
    assert lines.index("Bodies") in chrome and lines.index("Sessions") in chrome
    assert lines.index("Date issued: 2 January 2032") not in chrome


# --------------------------------------------------------------------------- Word without its numbering

WORD_UNNUMBERED = "\r\n".join([
    "E/CN.21/2032/11",
    "Commission on Coastal Resilience",
    "Thirteenth session",
    "Report of the Executive Secretary",
    "Introduction",
    "By its resolution 12/1, adopted on 14 March 2031, the Commission requested the Bureau of the Commission to review"
    " the network of tide gauges of the region, and to report on the review to the Commission at its thirteenth session.",
    "In the same resolution, the Commission invited the Working Group on Early Warning Systems to share its data with the"
    " Bureau, and to contribute to the regional review of early warning for coastal communities.",
    "The Bureau met three times in 2031 and agreed on the plan of the review, which it will present to the Commission"
    " at its thirteenth session together with the data gathered by the Working Group.",
    "Annex",
    "Draft decision",
    "The Commission,",
    "considering its resolution 12/1,",
    "decides",
    "to take note of the review of the network of tide gauges;",
    "to extend the review to the small island States;",
    "requests the Executive Secretary",
    "to report on the extended review at its fourteenth session.",
    "",
])


def test_a_word_export_whose_clauses_open_in_lower_case_keeps_one_paragraph_a_line() -> None:
    from mandate_graph.loaders.extract.clean import clean

    # short lines ("The Commission,", "decides") were not wrapped: a line wraps only when full
    cleaned = clean(decode_text(Path("saved.txt"), WORD_UNNUMBERED.encode("utf-8")))
    blocks = [cleaned.text[b.start : b.end] for b in cleaned.blocks]
    assert "Introduction" in blocks and "Annex" in blocks and "Draft decision" in blocks
    assert any(block.startswith("By its resolution 12/1, adopted on 14 March 2031") for block in blocks)
    assert ("ccr/res/12/1", "ccr/bureau") in facts(WORD_UNNUMBERED, "requests")

"""What other tools do to the eighteenth round's documents (u250–u259, L9), as general layout rules.
antiword's table whose cell holds bars of its own ("|Languages |Arabic | English |  |", a page's
field of values a bar sets apart); html2text's bold line closed where the PDF's line ended, on a
word that goes on ("**Resolution adopted by the Assembly on**" / "5 March 2031"), and a heading's
last line printed bold under the line it ends ("4/2. Marine litter in" / "**the coastal zone**");
pdftotext -raw's rule of underscores set on the line of the words beside it ("Share Print Download
… ______________________") over the next decision's heading. Invented text."""

from __future__ import annotations

from mandate_graph.loaders.extract.bar_tables import bar_table_export
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment


def _blocks(text: str) -> list[tuple[str, str, bool]]:
    cleaned = clean(text)
    return [(b.kind, cleaned.text[b.start : b.end], b.marked) for b in cleaned.blocks]


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in segment(clean(text))]


BAR_TABLE = """Decision CWC-4/2: Marine litter and the coastal zone

|Document symbol |CWC/AP.4/Dec.2                |
|Meeting         |Fourth meeting of the Assembly|
|                |of the Parties, Nairobi       |
|Date of adoption|3 June 2031                   |
|Languages       |English | French | Spanish |  |
|                |Portuguese | Swahili          |

The Assembly of the Parties,

Recalling its decision CWC-3/7 on marine litter,
"""


def test_antiwords_table_whose_cell_holds_bars_is_read_by_its_grid() -> None:
    exported = bar_table_export(BAR_TABLE)
    assert exported is not None
    text = exported[0]
    assert "Languages\tEnglish | French | Spanish | Portuguese | Swahili" in text.split("\n")
    assert "Meeting\tFourth meeting of the Assembly of the Parties, Nairobi" in text.split("\n")
    assert "|" not in text.replace(" | ", "")
    blocks = _blocks(BAR_TABLE)
    assert ("table", "Date of adoption 3 June 2031", False) in blocks
    assert not any(body.startswith("|") for _, body, _ in blocks)


def test_bars_of_two_grids_are_no_table_of_bars_in_cells() -> None:
    # (near miss: no two lines print the same bars, and no line's bars hold another's)
    assert bar_table_export("Intro\n\n|ab|cd|\n|a|bc|d|\n\nEnd\n") is None
    # a table whose every line prints the same bars is read as before
    plain = bar_table_export("|CWC-4/1|Agenda    |\n|CWC-4/2|Litter    |\n")
    assert plain is not None and plain[0] == "CWC-4/1\tAgenda\nCWC-4/2\tLitter\n"


RESOLUTION_HTML2TEXT = """**Assembly of the Parties to the Coastal Waters Convention of the**

Coastal Waters Secretariat  
Fourth meeting  
Nairobi, 1–5 June 2031

**Decision adopted by the Assembly of the Parties on**

4 June 2031

CWC-4/5. Marine litter and the restoration of the coastal zone in

**the Western Region**

The Assembly of the Parties,

_Recalling_ its decision CWC-3/7 of 2 June 2029 on marine litter,

1\\. Requests the Secretariat to report to the Assembly at its fifth meeting.
"""


def test_html2texts_bold_line_cut_on_an_open_word_runs_on() -> None:
    blocks = _blocks(RESOLUTION_HTML2TEXT)
    texts = [body for _, body, _ in blocks]
    assert "Decision adopted by the Assembly of the Parties on 4 June 2031" in texts
    assert "Assembly of the Parties to the Coastal Waters Convention of the Coastal Waters Secretariat" in texts
    # the paragraph so joined is no heading
    assert ("text", "Decision adopted by the Assembly of the Parties on 4 June 2031", False) in blocks


def test_a_headings_last_line_printed_bold_goes_on_the_line_it_ends() -> None:
    texts = [body for _, body, _ in _blocks(RESOLUTION_HTML2TEXT)]
    assert "CWC-4/5. Marine litter and the restoration of the coastal zone in the Western Region" in texts
    assert "the Western Region" not in texts


def test_a_bold_line_ending_finished_stays_apart() -> None:
    # near misses: a bold heading over a paragraph, a finished line over a bold heading
    text = "**Report of the Bureau**\n\nThe Bureau met twice.\n\nThe Parties met in Nairobi.\n\n**Other matters**\n\nNone were raised.\n"
    blocks = _blocks(text)
    assert ("text", "Report of the Bureau", True) in blocks
    assert ("text", "Other matters", True) in blocks
    assert ("text", "The Bureau met twice.", False) in blocks


# the page's share links and its rule on one baseline, as long as a line of the text
SHARE_LINE = "Share Print Email Download the report of the meeting (PDF, 1.2 MB) ______________________"


def _raw_page(share_line: str) -> str:
    lines = [
        "Decisions adopted by the Assembly of the Parties at its fourth meeting",
        "The fourth meeting of the Assembly of the Parties to the Coastal Waters Convention was",
        "held in Nairobi from 1 to 5 June 2031. At the meeting, the Assembly of the Parties adopted",
        "two decisions, which are reproduced below as contained in the report of the meeting.",
        share_line,
        "4/1. Marine litter and the restoration of the coastal zone in the",
        "Western Region",
        "The Assembly of the Parties,",
        "Recalling its decision CWC-3/7 of 2 June 2029 on marine litter in the coastal zone of",
        "the region, and the report of the Secretariat on its implementation,",
        "1. Requests the Secretariat to prepare a report on marine litter in the coastal zone",
        "for consideration by the Assembly of the Parties at its fifth meeting;",
        "2. Invites Parties and observers to submit information on their national measures to",
        "the Secretariat by 31 December 2031.",
        "3rd plenary meeting",
        "4 June 2031",
        "______________________",
        "4/2. Venue and date of the fifth meeting of the Assembly of the Parties",
        "The Assembly of the Parties,",
        "Decides to hold its fifth meeting in Nairobi in the first half of 2033, back to back",
        "with the meetings of the other conventions of the region, subject to resources.",
    ]
    return "\n".join(lines) + "\n"


def test_raw_rule_set_on_the_line_of_the_words_beside_it_ends_that_line() -> None:
    paragraphs = _paragraphs(_raw_page(SHARE_LINE))
    assert "4/1. Marine litter and the restoration of the coastal zone in the Western Region" in paragraphs
    assert not any(p.startswith("Share Print") and "4/1." in p for p in paragraphs)


def test_a_blank_to_fill_in_at_a_lines_end_is_no_rule() -> None:
    # near miss: "… on ____________" / "and …": a blank to fill in, the sentence goes on below
    text = _raw_page(SHARE_LINE).replace(
        "1. Requests the Secretariat to prepare a report on marine litter in the coastal zone",
        "1. Requests the Secretariat to convene the expert group on ____________",
    ).replace("for consideration by the Assembly", "and to report to the Assembly")
    paragraphs = _paragraphs(text)
    assert any(p.startswith("Requests the Secretariat to convene") and "and to report" in p for p in paragraphs)

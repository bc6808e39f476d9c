"""A web page's two-column table of fields under an instrument's or a meeting's heading, in each
tool's layout (L10): aligned columns (pdftotext -layout), a key line then a value line and a value
a space after its key (pdftotext -raw), a space or a column gap (lynx), a Markdown table with a row
left outside it (html2text), "Key: value" wrapped. Each becomes Word's row "Key<tab>value", so that
the heading still finds its opening formula and the fields' readers read them. Near misses: a list
of participants, a budget's lines, a calendar's column names one a line, a wider Markdown table,
one-line "Key: value" fields (read as they are). Invented text."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.field_tables import field_table_changes, may_hold_field_table
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.phrasing import extracted_with

HEADING = "Resolution 12/3: Coastal wetlands and migratory waterbirds"
FORMULA = "The Commission on Coastal Resilience,"
BODY = (
    "Recalling its resolution 11/7 on marine litter,\n\n"
    # (wrapped as the table's lines are: the width a value was wrapped at is the text's)
    "1. Requests the Executive Secretary of the Commission on Coastal Resilience\n"
    "to report on the implementation of the present resolution.\n"
)
ROWS = [
    "Document symbol\tCCR/12/Res.3",
    "Session\tTwelfth session of the Commission on Coastal Resilience, held in Nairobi, 2–6 June 2031",
    "Date of adoption\t6 June 2031",
    "Agenda item\t7",
]

PDF_LAYOUT = f"""    {HEADING}

 Document symbol                                                      CCR/12/Res.3
Session     Twelfth  session  of  the  Commission  on  Coastal  Resilience,  held  in
    Nairobi, 2–6 June 2031

 Date of adoption                                                        6 June 2031
 Agenda item                                                                       7
 Languages                                           English | French | Spanish
    {FORMULA}
    Recalling its resolution 11/7 on marine litter,
"""

PDF_RAW = f"""{HEADING}
Document symbol
CCR/12/Res.3
Session Twelfth session of the Commission on Coastal Resilience, held in Nairobi,
2–6 June 2031
Date of adoption
6 June 2031
Agenda item
7
Languages
English | French | Spanish
{FORMULA}
Recalling its resolution 11/7 on marine litter,
"""

LYNX = f"""   {HEADING}

   Document symbol [4]CCR/12/Res.3

   Session Twelfth session of the Commission on Coastal Resilience, held in
   Nairobi, 2–6 June 2031

   Date of adoption 6 June 2031
   Agenda item      7
   Languages        English | French | Spanish

   {FORMULA}
"""

HTML2TEXT = f"""{HEADING}

Document symbol | CCR/12/Res.3
---|---

Session Twelfth session of the Commission on Coastal Resilience, held in
Nairobi, 2–6 June 2031

Date of adoption | 6 June 2031
---|---
Agenda item | 7
Languages | English | French | Spanish

{FORMULA}
"""


def _rows(text: str) -> list[str]:
    # (a justified line's double spaces stay for `clean`, which reads a run of spaces as one)
    return [re.sub(" +", " ", line) for line in normalise_layout(text)[0].split("\n")]


def _blocks(text: str) -> list[tuple[str, str]]:
    cleaned = clean(text)
    return [(b.kind, cleaned.text[b.start : b.end]) for b in cleaned.blocks]


def test_each_tools_table_of_fields_is_words_tab_rows() -> None:
    for text in (PDF_LAYOUT, PDF_RAW, LYNX, HTML2TEXT):
        rows = _rows(text)
        for row in ROWS:
            assert row in rows or row.replace("Document symbol\t", "Document symbol\t[4]") in rows, (row, text)
        assert "Languages\tEnglish | French | Spanish" in rows
        assert not any(line.startswith("---|") for line in rows)


def test_the_heading_still_finds_its_formula_over_the_fields() -> None:
    for text in (PDF_LAYOUT, PDF_RAW, LYNX, HTML2TEXT):
        blocks = _blocks(text)
        texts = [body for kind, body in blocks if kind != "table"]
        heading = texts.index(HEADING)
        assert texts[heading + 1].startswith(FORMULA), text
        assert ("table", "Date of adoption 6 June 2031") in blocks


def test_the_resolution_and_its_record_are_read_in_every_layout() -> None:
    extracted = extracted_with()
    for layout in (PDF_LAYOUT, PDF_RAW, LYNX, HTML2TEXT):
        facts = extracted(layout.rstrip("\n") + "\n\n" + BODY)
        titles = {(s, o) for r, s, o in facts if r == "title"}
        assert any(o == "Coastal wetlands and migratory waterbirds" for _, o in titles), layout
        assert any(r == "adoptedOn" and o == "2031-06-06" for r, _, o in facts), layout
        assert any(r == "requests" for r, _, _ in facts), layout


def test_a_meetings_fields_with_colons_as_spaced_columns_a_markdown_table_or_wrapped() -> None:
    layout = (
        "Meeting:     Fourth meeting of the Assembly of the Parties to the Coastal Waters\n"
        "    Convention (AP-4)\n\n"
        " Dates:                                                        2–6 June 2031\n"
        " Venue:                              Kenyatta International Centre, Nairobi\n"
    )
    markdown = (
        "Meeting: Fourth meeting of the Assembly of the Parties to the Coastal\nWaters Convention (AP-4)\n\n"
        "Dates: | 2–6 June 2031\n---|---\nVenue: | Kenyatta International Centre, Nairobi\n\nThe Assembly adopted six resolutions.\n"
    )
    for text in (layout, markdown):
        rows = _rows(text)
        assert "Meeting:\tFourth meeting of the Assembly of the Parties to the Coastal Waters Convention (AP-4)" in rows
        assert "Dates:\t2–6 June 2031" in rows
        assert "Venue:\tKenyatta International Centre, Nairobi" in rows


def test_a_value_hyphenated_at_the_lines_end_is_one_word_again() -> None:
    text = "Dates:\n3–7 May 2032\nMeeting: Second session of the Committee on Wetland Restor-\nation\nVenue:\nBonn, Germany\nThe Committee met.\n"
    rows = _rows(text)
    assert "Meeting:\tSecond session of the Committee on Wetland Restoration" in rows


def test_two_column_tables_of_other_things_are_left_alone() -> None:
    participants = (
        "List of participants\n\n"
        " Name                                      Country\n"
        " Ms. Amina Odhiambo                        Kenya\n"
        " Mr. Tomas Varga                           Hungary\n"
    )
    budget = "Budget for 2032–2033\n\nStaff costs          1 240 000\nTravel                 85 000\nMeetings              310 000\n"
    calendar = "Session\nDates\nWeeks\nVenue\nEighty-fifth session\n26 February–5 April 2034\n6\nPalais des Nations, Geneva\n"
    columns = "Documents before the Commission\nSymbol\nTitle\nAgenda item\nE/CN.21/2031/1\nProvisional agenda\n2\n"
    wider = "| Session | Dates | Venue |\n|---|---|---|\n| Fourth | 2–6 June 2031 | Nairobi |\n"
    prose = "Session Two will address funding.\nVenue arrangements are described in annex I.\n"
    header = "Languages: A = Arabic, E = English\nSymbol Item Title A E\n"
    for text in (participants, budget, calendar, columns, wider, prose, header):
        lines = text.split("\n")
        starts = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines))]
        assert field_table_changes(lines, starts) == [], text


def test_one_line_key_value_fields_are_read_as_they_are() -> None:
    text = "Report of the Council\n\nSymbol: A/90/12\nDate: 28 July 2035\n\nSession: Ninetieth session of the General Assembly\n\nSummary\n"
    assert may_hold_field_table(text)
    assert normalise_layout(text)[0] == text

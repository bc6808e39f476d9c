"""What other tools do to the twenty-first round's retired set (u300–u304) and L16's leftovers (L17),
as general layout rules: a mail's quoted decision re-flowed by a tool that took the quotation marks
for words ("> ------ > 12/3: Title" / "wrapped words", "… the Convention >" over "> The Commission
…,": Word's text, pdftotext, LaTeX); html2text's loose list, its items' wrapped lines set flush with
the bullet and a blank line between the items ("* The report … will be issued as" / "[E/2031/31](…)
…"), which is no page's note "* …"; and a page's record of fields as Word's text sets it, a label
and its value a row of two cells ("Place and dates:<tab>Suva, 10-14 March 2031").
Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.rules import records
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import extracted_with

facts = extracted_with()


def _texts(text: str) -> list[str]:
    return [" ".join(p.text.split()) for p in segment(clean(text))]


# --------------------------------------------------------------------------- a quoted decision re-flowed

_MAIL = (
    "From: Coastal Desk <desk@example.org>\n"
    "Sent: Monday, 17 March 2031 09:12\n"
    "To: Delegates <delegates@example.org>\n"
    "Subject: FW: Advance text of decision 12/3\n\n"
    "Colleagues,\n\nFor your files.\n\n"
    "-----Original Message-----\n"
    "From: Secretariat <ccr@example.org>\n"
    "Subject: Advance text of decision 12/3\n\n"
)
_TITLE = "12/3: Dates and venue of the thirteenth session of the Commission"


def _quoted(rule_line: str, title_lines: list[str], margin: str = "") -> str:
    return _MAIL + "\n".join(margin + line if line else line for line in [
        "> Dear delegates,",
        ">",
        "> The Commission on Coastal Resilience, at its twelfth session, held in > Suva from",
        "10 to 14 March 2031, adopted the decision reproduced > below for your information.",
        ">",
        rule_line,
        *title_lines,
        "> The Commission on Coastal Resilience,",
        ">",
        "> 1. Decides to hold its thirteenth session in Nairobi > in March 2032;",
        ">",
        "> 2. Requests the Executive Secretary to report on > the preparations to the",
        "Commission at its thirteenth session.",
    ]) + "\n"


@pytest.mark.parametrize("rule_line, title_lines", [
    # pdftotext -raw: the title ran onto the rule, its end wrapped onto a line of its own
    ("> --------------------------------------------- > 12/3: Dates and venue",
     ["of the thirteenth session of the Commission", ">"]),
    # pdftotext -layout (its margin on every line): the justified line sets the mark two blanks after the rule
    (">  ---------------------------------------------  > 12/3: Dates and venue",
     ["of the thirteenth session of the Commission", ""]),
    # Word's text: each paragraph a line, the quoted blank line run onto the title's end
    ("> --------------------------------------------- > " + _TITLE + " >", []),
    # LaTeX: the rule's "---" read as dashes, the mark at the line's end
    ("> ——————————————— >", [_TITLE + " >", ""]),
])
def test_a_quoted_title_run_onto_the_rule_is_a_paragraph_of_its_own(rule_line: str, title_lines: list[str]) -> None:
    read = _texts(_quoted(rule_line, title_lines, "    " if rule_line.startswith(">  ") else ""))
    assert _TITLE in read and "The Commission on Coastal Resilience," in read, read


def test_a_mark_run_into_a_sentence_stays_a_space() -> None:
    read = _texts(_quoted("> --------------------------------------------- >", [_TITLE, ">"]))
    assert any(t.startswith("The Commission on Coastal Resilience, at its twelfth session, held in Suva from 10 to 14 March 2031") for t in read), read
    assert "Requests the Executive Secretary to report on the preparations to the Commission at its thirteenth session." in read, read


# --------------------------------------------------------------------------- html2text's loose list

_DIGEST = (
    "[Skip to main content](https://example.org/#main)\n\n"
    "4\\. REPORT OF THE SESSION AND NEXT SESSION\n\n"
    "* The report of the Commission on its twelfth session will be issued as\n"
    "[E/2031/31](https://undocs.org/E/2031/31)-E/CN.21/2031/9. Comments on the draft\n"
    "are due by 25 March 2031.\n\n"
    "* The thirteenth session will be held in Nairobi from 3 to 7 March 2032. The\n"
    "Bureau will meet in November 2031.\n\n"
    "* The draft resolutions will be before the Council at its 2031 management\n"
    "segment in July.\n"
)


@pytest.mark.parametrize("tight", [False, True])  # html2text's blank lines between the items; pdftotext -raw's none
def test_a_loose_lists_items_are_no_notes(tight: bool) -> None:
    text = _DIGEST.replace(".\n\n* ", ".\n* ") if tight else _DIGEST
    cleaned = clean(text)
    assert not [b for b in cleaned.blocks if b.kind == "footnote"], cleaned.blocks
    read = _texts(text)
    assert any(t.startswith("The report of the Commission on its twelfth session will be issued as E/2031/31-E/CN.21/2031/9.") for t in read), read
    assert any(t.startswith("The thirteenth session will be held in Nairobi from 3 to 7 March 2032. The Bureau will meet") for t in read), read


def test_one_line_items_set_apart_by_blank_lines_are_a_list_and_a_rule_of_stars_no_item() -> None:
    # LaTeX's paragraphs: each item one line, a blank line between
    text = "".join(" ".join(item.split("\n")) + "\n\n" for item in _DIGEST.split("\n\n")[2:])
    assert not [b for b in clean(text).blocks if b.kind == "footnote"], clean(text).blocks
    assert any(t.startswith("The thirteenth session will be held in Nairobi") for t in _texts(text))
    ruled = "The Commission adopted the agenda.\n\n* * *\n\n* Reissued for technical reasons on 20 March 2031.\n"
    assert [b for b in clean(ruled).blocks if b.kind == "footnote"]


def test_a_pages_note_under_its_text_is_still_a_note() -> None:
    text = (
        "Commission on Coastal Resilience\nTwelfth session\n\n"
        "The Commission adopted the agenda as set out below.\n"
        "It agreed to hold its next session in Nairobi.\n\n"
        "* Reissued for technical reasons on 20 March 2031.\n\n"
        "Agenda item 3\n"
    )
    assert [b for b in clean(text).blocks if b.kind == "footnote"]


# --------------------------------------------------------------------------- a record's fields in Word's text

_PAGE = (
    "#Coastal Resilience Portal Economic and Social Council decisions (RSS)\n"
    "Skip to main content\n"
    "Home > Commission on Coastal Resilience > Twelfth session\n"
    "Decision 12/3\n"
    "Dates of the thirteenth session of the Commission\n"
    "Session:\tTwelfth session of the Commission on Coastal Resilience\n"
    "{place}\n"
    "Adopted:\t14 March 2031\n"
    "The Commission on Coastal Resilience,\n"
    "1.\tDecides to hold its thirteenth session in Nairobi in March 2032;\n"
    "2.\tRequests the Executive Secretary to report on the preparations to the Commission at its thirteenth session.\n"
    "(c) Coastal Resilience Portal 2031\n"
)


@pytest.mark.parametrize("label", ["Place and dates:\t", "Venue and dates\t"])
def test_a_record_field_of_the_place_and_the_days(label: str) -> None:
    read = facts(_PAGE.format(place=label + "Suva, 10-14 March 2031"))
    assert ("heldIn", "ccr#12", "Suva") in read and ("heldOn", "ccr#12", "2031-03-10/2031-03-14") in read, sorted(read)
    assert ("adoptedAt", "ccr/dec/12/3", "ccr#12") in read


def test_a_place_field_alone_gives_no_days() -> None:
    field = records.record_field("Place:\tSuva")
    assert field is not None and field.name == "venue"
    both = records.record_field("Place and dates:\tSuva, 10-14 March 2031")
    assert both is not None and both.name == "venue_dates"
    assert records.record_field("Places and days of the sessions:\tSuva") is None

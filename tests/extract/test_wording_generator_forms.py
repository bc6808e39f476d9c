"""The wording generator (tests/variants/wording.py) writes what a real document of the kind would
(E79, read from drops that were the generator's, not extraction's): IMO's "MEPC.412(86)" moves its
session and keeps its number; a line set in columns by spaces keeps every column where it stood
when a cell grows or shrinks (as a page laid out at fixed positions does), and the gold's quote of
such a row follows it; a series of two parts whose last is the body's own letters ("CTBT/PC" beside
decisions "PC-67/2") stays two parts when the body is renamed, so that a report's symbol never reads
as a decision's number. Invented text and bodies."""

from __future__ import annotations

import pytest

from tests.variants import wording


def _gold(*sessions: int) -> list[wording.Row]:
    return [{"s": f"NEW:X#{n}", "p": "meeting_of", "o": "NEW:X", "src": "t1", "line": 1, "quote": "x"}
            for n in sessions]


@pytest.mark.parametrize(("written", "moved"), [
    ("RESOLUTION MSC.530(104)", "RESOLUTION MSC.530(106)"),
    ("resolution MEPC.412(86) and MEPC.355(78)", "resolution MEPC.412(88) and MEPC.355(78)"),
    ("Assembly resolution A.1173(86)", "Assembly resolution A.1173(88)"),
    ("decision EB86(4)", "decision EB88(4)"),
    ("IPCC-86", "IPCC-88"),
])
def test_a_number_before_its_session_in_brackets_keeps_its_number(written: str, moved: str) -> None:
    rewording = wording.sessions("", _gold(86, 104))
    assert rewording.text(written) == moved


ROWS = [
    "          BX-41/1      Report of the Audit Panel on its seventy-sixth meeting    3 May 2031",
    "          BX-41/2      Dates of the sixty-eighth session                         4 May 2031",
    "   12   Working Group on Buoys, seventeenth session   Lisbon   3-5 May",
]


@pytest.mark.parametrize("row", ROWS)
def test_space_aligned_columns_stay_in_place(row: str) -> None:
    rewording = wording.sessions(row, _gold(41, 76, 68, 17))
    out, gold, _ = wording.reworded(row, [{"s": "NEW:X#41", "p": "meeting_of", "o": "NEW:X", "src": "t1",
                                          "line": 1, "quote": row.strip()}], "sessions", rewording)
    assert len(rewording.text(row)) != len(row)  # a cell grew or shrank
    last_cell = row.rstrip().rsplit("   ", 1)[1].strip()
    assert out.index(last_cell) == row.index(last_cell)  # the last column did not move
    assert out[out.index(last_cell) - 2 : out.index(last_cell)] == "  "  # still a gap before it
    assert str(gold[0]["quote"]) in out  # the quote follows the row


def test_one_gap_after_a_paragraph_number_moves_nothing() -> None:
    line = "          8.        By decision BX-41/1, adopted on 3 May 2031, the Board took note"
    rewording = wording.sessions(line, _gold(41))
    assert wording.reworded(line, [], "sessions", rewording)[0] == rewording.text(line)


@pytest.mark.parametrize(("prefix", "letters"), [("CTBT/PC", "PC"), ("ORG/TB", "TB"), ("WTU/CX", "CX")])
def test_a_two_part_series_ending_in_the_bodys_letters_stays_two_parts(prefix: str, letters: str) -> None:
    body = wording.OwnBody(key=f"NEW:{letters}", pref_label="Preparatory Commission for the Tide Treaty",
                           names=("Preparatory Commission for the Tide Treaty",), acronyms=(letters,),
                           prefixes=(prefix,), ttl_file=None)
    table = wording._name_table(body)
    assert "/" in table[prefix]
    assert table[prefix] != table[letters]
    assert table[prefix].endswith("/" + table[letters])


# E84: the forms the sessions variant left unmoved while it moved the gold's keys (invented text)

def _instrument_gold(key: str, quote: str, *sessions: int) -> list[wording.Row]:
    return [*_gold(*sessions), {"s": key, "p": "title", "o": "t", "src": "t1", "line": 1, "quote": quote}]


@pytest.mark.parametrize(("key", "written", "moved"), [
    ("NEW:ORG-CL/res/140/2", "Council Resolution 2/140 on tides", "Council Resolution 2/142 on tides"),
    ("NEW:ORG-CE/dec/77/4", "by decision 4 (77), adopted", "by decision 4 (79), adopted"),
    ("NEW:ORG-COP/dec/18/21", "Decisions 18.21 and 18.22", "Decisions 20.21 and 18.22"),
    ("NEW:ORG-CM/dec/64/2", "Decision 64/II. Working methods", "Decision 66/II. Working methods"),
])
def test_an_instrument_moves_in_the_form_the_gold_quotes_it(key: str, written: str, moved: str) -> None:
    session = int(key.rsplit("/", 2)[1])
    rewording = wording.sessions(written, _instrument_gold(key, written, session))
    assert rewording.text(written) == moved
    assert rewording.key(key).rsplit("/", 2)[1] == str(session + 2)


@pytest.mark.parametrize(("written", "moved"), [
    ("decision TPX-XLIV-5 on the methodology", "decision TPX-XLVI-5 on the methodology"),
    ("(TPX-XLIV/Doc. 2)", "(TPX-XLVI/Doc. 2)"),
    ("Resolution 12 (Cg-44) – Tide Watch", "Resolution 12 (Cg-46) – Tide Watch"),
    ("HSP/TA.44/Res.4", "HSP/TA.46/Res.4"),
    ("adopted at the l3th and the 44th meeting", "adopted at the 15th and the 46th meeting"),
])
def test_sessions_in_letters_roman_numerals_and_ocr_move(written: str, moved: str) -> None:
    assert wording.sessions(written, _gold(44, 13)).text(written) == moved


@pytest.mark.parametrize("kept", ["FROM 04 TO 15 OCT 27", "REF: CABLE NYK044 OF 02 AUG"])
def test_figures_with_a_leading_zero_and_a_cables_words_stay(kept: str) -> None:
    assert wording.sessions(kept, _gold(4, 44, 2, 27)).text(kept) == kept


def test_a_bodys_key_is_a_name_not_a_session() -> None:
    rewording = wording.sessions("", _gold(4))
    assert rewording.key("NEW:ORG-AG-EW4ALL") == "NEW:ORG-AG-EW4ALL"
    assert rewording.key("ORG/4/Doc. 2") == "ORG/6/Doc. 2"


def test_a_word_hyphenated_over_a_line_end_moves_whole() -> None:
    text = "Taking note of the report of the Working Group on its four-\nteenth meeting,"
    gold = [*_gold(14), {"s": "NEW:X#14", "p": "meeting_of", "o": "NEW:X", "src": "t1", "line": 1,
                         "quote": "its fourteenth meeting", "span_lines": [1, 2]}]
    out, new_gold, _ = wording.reworded(text, gold, "sessions")
    assert out == "Taking note of the report of the Working Group on its six-\nteenth meeting,"
    assert not wording.gold_problems(out, new_gold, "t1")


@pytest.mark.parametrize(("text", "quote"), [
    ("The session will be held at Headquarters in New\nYork from 4 to 6 August 2031.", "in New York from 4 to 6 August"),
    ("Recalling its resolution 3/2, in which it\nrequested the Board to report,", "in which it requested the Board"),
])
def test_a_phrase_broken_over_two_lines_is_reworded_as_the_sentence_reads(text: str, quote: str) -> None:
    variant = "places" if "York" in text else "operative"
    gold: list[wording.Row] = [{"s": "NEW:X#2", "p": "held_in" if variant == "places" else "requests",
                                "o": "New York" if variant == "places" else "NEW:B", "src": "t1", "line": 1,
                                "quote": quote, "span_lines": [1, 2]}]
    out, new_gold, _ = wording.reworded(text, gold, variant)
    assert out != text and out.count("\n") == 1
    assert not wording.gold_problems(out, new_gold, "t1")


def test_a_table_under_a_dashed_rule_is_laid_out_again_and_a_markdown_row_is_not_padded() -> None:
    table = ("   Session        Dates\n   -------------  ----------------\n"
             "   Twenty-eighth  14-25 April 2029\n   Twenty-seventh 22 April-3 May 2028\n\n"
             "| Fourth | 2 – 3 October 2030 |")
    out, _, _ = wording.reworded(table, _gold(27, 28, 4), "sessions")
    lines = out.split("\n")
    assert lines[2].index("14-25") == lines[3].index("22 April") == lines[0].index("Dates")
    assert lines[1].split()[0] == "-" * len("-------------")  # the widest cell still fits its column
    assert lines[5] == "| Sixth | 2 – 3 October 2030 |"

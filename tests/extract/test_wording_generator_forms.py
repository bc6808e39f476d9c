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

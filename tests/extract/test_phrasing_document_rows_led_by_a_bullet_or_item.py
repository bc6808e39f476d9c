"""submittedTo from the rows of a list of documents before a session, laid out in columns (a Word
table or tab stops) when a bullet or the agenda item's number leads each row: "·⇥IDB.56/1⇥
Provisional agenda", "1.2⇥EC-81/Doc. 1⇥...", "4(b)⇥E/CN.3/2028/14⇥...". The symbol opening the
row after its bullet or number is the document before the session the heading names. A row whose
first cell is no symbol (a symbol cited further on), or rows under a heading that names no
documents before a session, are not."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, SESSION_REPORT, facts

_REPORT_HEAD = SESSION_REPORT.split("Chapter I\n")[0] + "Annex\n\n"


def under(head: str, heading: str, *rows: str) -> str:
    return head + heading + "\n\n" + "\n".join(rows) + "\n\nV.31-01234\n"


ROWS = [
    ("·\tE/CN.21/2031/1\tProvisional agenda", "E/CN.21/2031/1"),
    ("•\tE/CN.21/2031/2\tAnnual report of the Commission 2030", "E/CN.21/2031/2"),
    ("-\tE/CN.21/2031/CRP.3\tImplementation of decision 11/101: note by the Secretariat", "E/CN.21/2031/CRP.3"),
    ("1.2\tE/CN.21/2031/1\tProvisional agenda", "E/CN.21/2031/1"),
    ("4(b)\tE/CN.21/2031/2\tAnnual report of the Commission 2030", "E/CN.21/2031/2"),
    ("(c)\tE/CN.21/2031/2\tAnnual report of the Commission 2030", "E/CN.21/2031/2"),
    ("3\tE/CN.21/2031/6-E/CN.21/CD/2031/9\tReport of the Committee on Coastal Data on its fifth session", "E/CN.21/2031/6"),
]
HEADINGS = [
    "Documents before the Commission at its twelfth session (selected)",
    "List of documents before the Commission at its twelfth session",
]


@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("row, doc", ROWS)
def test_row_after_its_bullet_or_item(heading: str, row: str, doc: str) -> None:
    other = "·\tE/CN.21/2031/9\tNote by the Secretariat"
    for head in (_REPORT_HEAD, NOTE):
        found = facts(under(head, heading, row, other), "submittedTo")
        assert (doc, "ccr#12") in found
        assert ("E/CN.21/2031/9", "ccr#12") in found


def test_the_heading_s_session_not_the_note_s() -> None:
    # a note for the thirteenth session listing what was before the twelfth
    found = facts(under(NOTE, HEADINGS[0], "·\tE/CN.21/2031/1\tProvisional agenda", "·\tE/CN.21/2031/2\tAnnual report"), "submittedTo")
    assert ("E/CN.21/2031/1", "ccr#12") in found
    assert ("E/CN.21/2031/1", "ccr#13") not in found


NOT_BEFORE = [
    # the first cell after the item number is no symbol: one cited in the title
    ("List of documents before the Commission at its twelfth session",
     ("3\tPlenary debate\tSee E/CN.21/2031/7", "4\tClosing\tSee E/CN.21/2031/8")),
    # a table of the Commission's publications, before no session
    ("Publications of the Commission in 2030",
     ("·\tE/CN.21/2031/7\tCoastal outlook 2030", "·\tE/CN.21/2031/8\tData handbook")),
]


@pytest.mark.parametrize("heading, rows", NOT_BEFORE)
def test_rows_sending_nothing(heading: str, rows: tuple[str, ...]) -> None:
    found = facts(under(_REPORT_HEAD, heading, *rows), "submittedTo")
    assert not {f for f in found if f[0] in ("E/CN.21/2031/7", "E/CN.21/2031/8")}

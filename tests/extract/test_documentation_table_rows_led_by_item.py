"""An agenda's documentation table as `pdftotext -layout` prints it ("Item  Document  Title
Submitted by" under a "DOCUMENTATION" caption, each row led by its agenda item "1.2", "2.3" and a
submitter's name wrapped onto the next line): the item read as the row's number does not end the
list, and the caption in capitals is the "Documentation" heading. Every listed document goes to the
session the agenda is for. Invented bodies (tests/data/phrasing.ttl)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

SESSION = "ccr#13"


def _agenda(caption: str, items: tuple[str, str, str]) -> str:
    rule = "  " + "-" * 81 + "\n"
    rows = "".join(
        f"   {item:<7}E/CN.21/2032/{n:<10}{title:<43}Executive\n{'':<75}Secretary\n"
        for item, n, title in zip(items, (5, 6, 7), ("Provisional agenda", "Report of the Bureau", "Note on coastal data"))
    )
    return (
        NOTE
        + "1. The Commission will consider coastal data.\n\n"
        + f"  {caption}\n\n" + rule
        + "   Item   Document           Title                                      Submitted by\n" + rule + rows + rule
    )


@pytest.mark.parametrize("caption", ["DOCUMENTATION", "Documentation"])
@pytest.mark.parametrize("items", [("1.2", "2.2", "2.3"), ("1", "2(a)", "3"), ("1.1", "4", "4.2")])
def test_each_row_of_the_table_goes_to_the_session(caption: str, items: tuple[str, str, str]) -> None:
    submitted = facts(_agenda(caption, items), "submittedTo")
    assert {(f"E/CN.21/2032/{n}", SESSION) for n in (5, 6, 7)} <= submitted

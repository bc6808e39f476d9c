"""Documents listed after a sentence that gives their mandate: "Pursuant to resolution 11/2, the
Secretariat also issued the following notes during the reporting period:" over a table whose
first column is the symbol (or a list of "symbol title" lines): each was issued pursuant to it.

Invented texts on the phrasing body; negatives: a lead-in with no mandate ("the following notes
were issued:"), a lead-in that names no documents ("the following steps:"), and a table after a
later paragraph of text (the list has ended).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

RES = "ccr/res/11/2"
TABLE = (
    "\n\n| Symbol | Date | Title |\n|---|---|---|\n"
    "| CCR/INF/2031/1 | 15 January 2031 | Coastal data: status of national focal points |\n"
    "| CCR/INF/2031/4 | 30 March 2031 | Coastal data: stocks of equipment |\n"
)
LISTED = {("CCR/INF/2031/1", RES), ("CCR/INF/2031/4", RES)}


@pytest.mark.parametrize(
    "lead",
    [
        "Pursuant to resolution 11/2, the Secretariat also issued the following notes during the reporting period:",
        "In accordance with Commission resolution 11/2, the following information documents were prepared:",
        "As requested in paragraph 4 of resolution 11/2, the secretariat has issued the following two Notes:",
    ],
)
def test_a_table_under_a_mandate(lead: str) -> None:
    assert LISTED <= facts(in_note(lead + TABLE), "pursuantTo")


def test_a_list_under_a_mandate() -> None:
    text = in_note(
        "Pursuant to resolution 11/2, the Secretariat also issued the following notes:"
        "\n\nCCR/INF/2031/1 Status of national focal points for coastal data"
        "\n\nCCR/INF/2031/4 Note by the Secretariat on stocks of equipment"
    )
    assert LISTED <= facts(text, "pursuantTo")


@pytest.mark.parametrize(
    "lead",
    [
        "The Secretariat also issued the following notes during the reporting period:",  # no mandate
        "Pursuant to resolution 11/2, the Secretariat took the following steps:",  # no documents
        # the list ended: a paragraph of text between the lead-in and the table
        "Pursuant to resolution 11/2, the Secretariat also issued the following notes:\n\n2. The Secretariat also held meetings.",
    ],
)
def test_no_mandate_for_the_table(lead: str) -> None:
    found = facts(in_note(lead + TABLE), "pursuantTo")
    assert not any(s.startswith("CCR/INF/") for s, _ in found)

"""Word's plain text writes no blank line after a table: the table ends at its next paragraph,
a heading without a tab too ("7 Reef monitoring" over the decision it heads), and the rows above
it are read as the table's rows (E91; before, the heading made the whole table no table, and
its adoption dates were lost). Invented text."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import plain_layouts
from tests.extract.phrasing import SESSION_REPORT, facts

_TABLE = (
    "Item\tResolution\tTitle\tAdopted on\n"
    "3\t12/1\tEarly warning for coastal communities\t12 March 2031\n"
    "5\t12/2\tMangrove restoration\t13 March 2031\n"
    "8\t12/3\tProgramme of work for 2032\t14 March 2031\n"
)


@pytest.mark.parametrize("after", ["3 Early warning for coastal communities", "Annex", "Resolution 12/1"])
def test_a_heading_after_the_table_ends_it(after: str) -> None:
    text = "List of resolutions\n" + _TABLE + after + "\nThe Commission,\n"
    fixed = plain_layouts.normalise_layout(text)[0].split("\n")
    assert fixed[1] == "| Item | Resolution | Title | Adopted on |"
    assert fixed[3] == "| 3 | 12/1 | Early warning for coastal communities | 12 March 2031 |"
    assert after in fixed


def test_the_table_states_its_adoption_dates_before_a_heading() -> None:
    blank = SESSION_REPORT + "1. The Commission adopted the following resolutions:\n\n" + _TABLE + "\nAnnex\n"
    heading = SESSION_REPORT + "1. The Commission adopted the following resolutions:\n" + _TABLE + "Annex\n"
    expected = facts(blank, "adoptedOn")
    assert len(expected) >= 3
    assert facts(heading, "adoptedOn") == expected


def test_a_line_with_another_count_of_tabs_still_makes_the_block_no_table() -> None:
    text = "Item\tResolution\tTitle\tAdopted on\n3\t12/1\tEarly warning\t12 March 2031\n5\t12/2\t13 March 2031\n"
    assert plain_layouts.normalise_layout(text)[0] == text

"""Grid tables (reStructuredText's, pandoc's, a text exporter's): "+----+----+" rules, "|"
borders, and cells whose text wraps over several lines beside the other cells'
(`loaders/extract/grid_tables.py`). Each cell of prose is read whole as a paragraph, other cells
as "Column<tab>value" under the header's name; a word hyphenated at a cell's edge is one word.
Prose with "+" and "|" in it, and a rule alone, stay as they are."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.grid_tables import grid_table_export
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

# a header row, two rows whose last cell wraps over three lines
GRID = """Status of actions

+----+--------------+---------------------------------------------+
| No | Organ        | Action taken                                |
+====+==============+=============================================+
| 1  | Commission   | By its resolution GLF/7/11, adopted at its  |
|    | on Great     | seventh session, the Commission requested   |
|    | Lakes        | the secretariat to prepare a study.         |
+----+--------------+---------------------------------------------+
| 2  | Secretariat  | The study (GLF/9/2) will be submitted to    |
|    |              | the Commission at its ninth session; imple- |
|    |              | mentation is under way.                     |
+----+--------------+---------------------------------------------+

After the table.
"""

# no header rule, narrower columns, the table indented
NO_HEADER = """  +-----+------------------------------+
  | a.  | The Commission on Great Lakes|
  |     | Fisheries requested the      |
  |     | secretariat to report.       |
  +-----+------------------------------+
  | b.  | Deferred to a later session. |
  +-----+------------------------------+
"""


def test_a_wrapped_cell_is_read_whole() -> None:
    paragraphs = clean(GRID).text.split("\n\n")
    assert ("By its resolution GLF/7/11, adopted at its seventh session, the Commission requested the "
            "secretariat to prepare a study.") in paragraphs
    # "imple-" / "mentation": one word
    assert "The study (GLF/9/2) will be submitted to the Commission at its ninth session; implementation is under way." in paragraphs
    # a short cell under its column's name; the header row itself is no row
    assert "Organ Commission on Great Lakes" in paragraphs and "No 2" in paragraphs
    assert not any(p.startswith("No No") or p == "Action taken" for p in paragraphs)
    assert "After the table." in paragraphs and "Status of actions" in paragraphs


def test_each_word_of_a_cell_maps_to_its_place() -> None:
    cleaned(GRID.replace("imple-", "work; ").replace("mentation", "continues"))


def test_a_table_without_header_keeps_its_short_cells_alone() -> None:
    paragraphs = cleaned(NO_HEADER).split("\n\n")
    assert "The Commission on Great Lakes Fisheries requested the secretariat to report." in paragraphs
    assert "a." in paragraphs and "Deferred to a later session." in paragraphs


def test_every_character_maps_back_to_its_place() -> None:
    text, offsets = grid_table_export(GRID) or ("", [])
    assert len(offsets) == len(text) + 1
    at = text.index("secretariat to prepare")
    assert GRID[offsets[at] : offsets[at] + len("secretariat to prepare")] == "secretariat to prepare"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def test_a_fact_in_a_wrapped_cell_points_at_its_lines(registry: BodyRegistry) -> None:
    assert points_at(GRID, registry, "GLF/7/11")


@pytest.mark.parametrize("text", [
    "Totals: 3 + 4 = 7 | 8 + 1 = 9, as the table shows.\n",
    "+--------+--------+\n\nA rule alone, then prose.\n",
    # a rule and lines that do not keep to its borders
    "+------+------+\n| a | b |\n+------+------+\n",
])
def test_text_that_is_no_grid_table_stays(text: str) -> None:
    assert grid_table_export(text) is None


# A text browser's table (links -dump, w3m): "+" corners only on the outer rules, the rules
# between rows drawn inside the "|" borders ("|-----+-----|"), cells wrapped beside each other
BROWSER_GRID = """   Documents of the session

   +--------------------+----------------------------------------+
   | GLF/9/1            | Provisional agenda                     |
   |--------------------+----------------------------------------|
   | GLF/8/12           | Report of the Commission on Great      |
   |                    | Lakes Fisheries on its eighth session  |
   |--------------------+----------------------------------------|
   | GLF/9/INF/2        | List of participants                   |
   +--------------------+----------------------------------------+
"""


def test_rules_between_rows_inside_the_borders_part_the_rows() -> None:
    paragraphs = cleaned(BROWSER_GRID).split("\n\n")
    assert "Report of the Commission on Great Lakes Fisheries on its eighth session" in paragraphs
    assert "GLF/8/12" in paragraphs and "List of participants" in paragraphs
    # the rows are read one after the other, never a column of symbols run together with rules
    assert not any("GLF/9/1" in p and "GLF/8/12" in p for p in paragraphs)


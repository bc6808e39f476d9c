"""Text with its lines numbered in the margin (a legal draft, a line-numbered PDF saved as text)
read without the numbers (`plain_layouts.margin_number_changes`): every line numbered, or only
every fifth or tenth line with the lines between set at the same column; a word hyphenated at a
line's end is whole again, and evidence keeps the line it is on. A numbered list, and a number
that opens a line of the text ("31 March"), stay."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

BODY_LINES = """The Commission on Great Lakes Fisheries,
Recalling its resolution GLF/7/11 on the stock-
ing of lake trout in the upper basin, and its earlier
work on the quotas of the lower basin,
Noting with appreciation the report of the panel
on stocking and the comments of members,
1. Decides to review the quotas for the period
2032-2035 and to publish the results;
2. Requests the secretariat to report to the
Commission at its ninth session on the
implementation of the present resolution;
3. Invites members to submit their data by
31 March 2032, through the secretariat,
in the agreed format;
4. Decides to remain seized of the matter.
The resolution was adopted without a vote
at the fourth meeting of the session.
The Commission then closed the item and
turned to the next one on the agenda.
Done at Duluth.""".split("\n")
HEAD = "Commission on Great Lakes Fisheries\n\nDraft resolution GLF/8/L.2\n\n"
EVERY_LINE = HEAD + "".join(f"{i:>4}  {line}\n" for i, line in enumerate(BODY_LINES, 1))
EVERY_FIFTH = HEAD + "".join((f"{i:>4}  " if i % 5 == 0 else "      ") + line + "\n" for i, line in enumerate(BODY_LINES, 1))


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize("text", [EVERY_LINE, EVERY_FIFTH])
def test_the_margin_numbers_go_and_the_paragraphs_read_whole(text: str) -> None:
    paragraphs = cleaned(text).split("\n\n")
    assert "Recalling its resolution GLF/7/11 on the stocking of lake trout in the upper basin, and its earlier work on the quotas of the lower basin," in paragraphs
    assert "2. Requests the secretariat to report to the Commission at its ninth session on the implementation of the present resolution;" in paragraphs
    assert "3. Invites members to submit their data by 31 March 2032, through the secretariat, in the agreed format;" in paragraphs
    assert "Done at Duluth." in paragraphs


@pytest.mark.parametrize("text", [EVERY_LINE, EVERY_FIFTH])
def test_a_resolution_in_numbered_lines_points_at_its_line(registry: BodyRegistry, text: str) -> None:
    assert points_at(text, registry, "GLF/7/11")


@pytest.mark.parametrize(
    "text",
    [
        # a list whose items are numbers with no full stop, five apart: not set in a margin
        "Quotas\n\n" + "".join(f"{n} tonnes of trout for zone {n // 5}\nfor the period\nsee below\nas agreed\nin 2031\n" for n in range(5, 30, 5)),
        # a list numbered in sequence, every item a sentence of its own
        "".join(f"{n} The Commission decides item {n}.\n" for n in range(1, 15)),
    ],
)
def test_numbers_of_the_text_stay(text: str) -> None:
    assert normalise_layout(text) == (text, None)

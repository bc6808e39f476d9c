"""The lines that close an instrument's text ("68th plenary meeting / 15 December 2025",
"Eighth plenary meeting, 27 May 2026") say when it was adopted, in any layout."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, cop_report, facts

OWN = InstrumentRef("cop-untoc", "resolution", "16", "2")
# No date of adoption in the report's lines before the text: only the closing lines can give it.
OPENING = cop_report("16/2") + (
    "Recalling its resolution 15/3,\n\n"
    "1. Requests the secretariat to report to it at its seventeenth session;\n\n"
    "2. Decides to remain seized of the matter.\n\n"
)


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


@pytest.mark.parametrize(
    "closing",
    [
        "45th plenary meeting\n\n7 October 2033\n",  # each line a paragraph
        "45th plenary meeting\n7 October 2033\n",  # raw pdftotext: two lines
        "*45th plenary meeting*\n\n*7 October 2033*\n",  # Markdown
        "                                        45th plenary meeting\n                                        7 October 2033\n",
        "Forty-fifth plenary meeting, 7 October 2033\n",  # one line, as WHO prints it
        "Forty-fifth plenary meeting, 7 October 2033\nCTOC/COP/2033/SR.45\n",
    ],
)
def test_the_closing_lines_give_the_date_of_adoption(closing: str, registry: BodyRegistry) -> None:
    assert facts(OPENING + closing, registry, "adoptedOn") == {(OWN, dt.date(2033, 10, 7))}


@pytest.mark.parametrize(
    "closing",
    [
        "45th plenary meeting\n",  # no date given
        "45th plenary meeting\n\nOriginal: English\n\n7 October 2033\n",  # a date, but not the closing line's
        "3. Notes that the 45th plenary meeting was held on 7 October 2033.\n",  # a paragraph, not a closing line
    ],
)
def test_no_date_of_adoption_without_a_closing_line_that_gives_it(closing: str, registry: BodyRegistry) -> None:
    assert facts(OPENING + closing, registry, "adoptedOn") == set()

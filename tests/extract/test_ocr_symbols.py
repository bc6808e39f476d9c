"""OCR misreadings undone where the pattern is unambiguous (`loaders/extract/ocr.py`): a capital
"O" beside the digits of a document symbol is a zero ("GLF/2O/3"), and "rn" read for "m" in the
words the rules read ("recornmendations"). Letters of words, acronyms and symbols that hold an
"O" of their own stay."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.ocr import zero_fixes
from tests.extract.format_readers import BODY, cited_lines, cleaned, line_of
from tests.extract.reference_data import registry_from_turtle


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("see GLF/2O/3 now", "see GLF/20/3 now"),
        ("A/RES/7O/1O.", "A/RES/70/10."),
        ("document XY/CONF.2O/L.4", "document XY/CONF.20/L.4"),
        ("decision 15/O4 of", "decision 15/04 of"),
    ],
)
def test_a_zero_read_as_o_in_a_symbol(printed: str, meant: str) -> None:
    fixed = list(printed)
    for start, _, new in zero_fixes(printed):
        fixed[start] = new
    assert "".join(fixed) == meant


@pytest.mark.parametrize(
    "text",
    ["CO2 and NO2 limits", "UNEP/OzL.Pro.3/4", "ISO 9001", "the Ozone Secretariat of Oman", "OECD/DAC", "Annex O/1 of the O-2 plan", "2O apples"],
)
def test_letters_that_are_letters_stay(text: str) -> None:
    assert zero_fixes(text) == []


def test_rn_for_m_in_the_words_of_a_resolution() -> None:
    assert "ENDORSES the recommendations of the Committee" in clean("ENDORSES the recornmendations of the Cornmittee at its 34th meeting.\n").text
    # words that hold "rn" of their own stay
    assert "modern governance, in turn" in cleaned("The modern governance, in turn, was reviewed.\n")


def test_a_symbol_fixed_is_found_on_its_line(registry: BodyRegistry) -> None:
    text = "The Commission on Great Lakes Fisheries,\n\nRecalling its resolution GLF/7/1l and\nresolution GLF/7/1O on lake trout,\n"
    lines = cited_lines(text, registry)
    assert line_of(text, "GLF/7/1O") in lines[InstrumentRef("lake-commission", "resolution", "7", "10")]
    assert line_of(text, "GLF/7/1l") in lines[InstrumentRef("lake-commission", "resolution", "7", "11")]

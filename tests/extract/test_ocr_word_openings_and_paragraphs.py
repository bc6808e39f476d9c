"""OCR's round capital "O" read as a zero at a word's start ("0ctober", "0rganization") and a
paragraph numbered "ll" after the word "paragraph": undone where the context proves them (E243),
so that dates, bodies and a back reference ("In paragraph ll, it invited …") read as printed
text does. Invented sentences; near misses keep what they print."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.characters import fix_characters

from tests.extract.phrasing import key, shipped_registry

NAMES = ("Food and Agriculture Organization of the United Nations", "World Organisation for Animal Health")


def _fixed(text: str) -> str:
    from mandate_graph.loaders.extract.clean import BASE_VOCABULARY

    return fix_characters(text, (*BASE_VOCABULARY, *NAMES))[0]


@pytest.mark.parametrize(
    "read, meant",
    [
        ("adopted on 7 0ctober 2031 and on 9 October 2032", "adopted on 7 October 2031 and on 9 October 2032"),
        ("the Food and Agriculture 0rganization of the United Nations", "the Food and Agriculture Organization of the United Nations"),
        ("the World 0rganisation for Animal Health and its 0bservers", "the World Organisation for Animal Health and its 0bservers"),
        ("In paragraph ll, it invited", "In paragraph 11, it invited"),
        ("under paragraphs l and 4 of the decision", "under paragraphs 1 and 4 of the decision"),
        ("para. ll of the annex", "para. 11 of the annex"),
    ],
)
def test_misreadings_the_context_proves(read: str, meant: str) -> None:
    assert _fixed(read) == meant


@pytest.mark.parametrize(
    "text",
    [
        "a budget of 0.5 per cent and 10am sessions",  # a digit, a dot: numbers
        "the 0xygen meter",  # "oxygen" is no known word here
        "subparagraph (l) and paragraph (l)",  # a lettered subparagraph keeps its letter
        "the parallel paragraphs",  # no number after the word
        "Paragraphs llama",  # a word, not a number
        "Fund 0F THE Assembly",  # capitals: no lower-case word follows the zero
    ],
)
def test_what_no_context_proves_stays(text: str) -> None:
    assert _fixed(text) == text


LETTER = (
    "THE PRESIDENT\n0F THE\nGENERAL ASSEMBLY\n\n3 May 2031\n\nExcellency,\n\n"
    "In paragraph 9 of resolution 85/117, the Assembly requested the Secretary-General to\n"
    "subrnit a report. In paragraph ll, it invited the United Nations Environment Programme\n"
    "and the Food and Agriculture 0rganization of the United Nations to contribute. Its\n"
    "resolution 84/2 of 7 0ctober 2029 is recalled.\n\nPlease accept, Excellency, the assurances of my highest consideration.\n"
)


def test_a_letter_in_ocr_reads_as_printed_text() -> None:
    extraction = extract(LETTER, source_key="letter", registry=shipped_registry())
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}
    assert ("invites", "ga/res/85/117", "unep") in facts
    assert ("requests", "ga/res/85/117", "secretary-general") in facts
    assert ("adoptedOn", "ga/res/84/2", "2029-10-07") in facts

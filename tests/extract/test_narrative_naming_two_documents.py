"""A sentence of a report telling what the body did with two documents, each with its symbol in
brackets ("The Commission adopted the agenda (X) and took note of the report of its twelfth
session (Y)."), is narrative, not a line of a list of documents: no title is read from the words
before each bracket, and Y is the report of the session it names."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission adopted the agenda (E/CN.21/2032/1) and took note of the report of its twelfth session (E/CN.21/2031/9).",
        "The Commission adopted its provisional agenda (E/CN.21/2032/1) and took note of the report on its twelfth session (E/CN.21/2031/9).",
    ],
)
def test_narrative_not_a_listing(sentence: str) -> None:
    text = in_note(sentence)
    assert ("E/CN.21/2031/9", "ccr#12") in facts(text, "reportOf")
    assert not {s for s, _ in facts(text, "title") if s.startswith("E/CN.21/203")}


def test_a_listing_line_keeps_its_title() -> None:
    # a document listed with its title, no body acting: the title stands
    text = in_note("The following documents were issued:", "Provisional agenda and annotations (E/CN.21/2032/1)")
    assert ("E/CN.21/2032/1", "Provisional agenda and annotations") in facts(text, "title")

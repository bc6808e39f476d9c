"""title: an instrument's title "entitled ...", after its number in a citation, and as the
heading of its text; an instrument named inside a document's title is only mentioned."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

CITED = [
    ("Recalling its resolution 10/2, entitled \u201cCoastal early warning for all\u201d,", "Coastal early warning for all"),
    ("Recalling its resolution 10/2, entitled \"Coastal early warning for all\",", "Coastal early warning for all"),
    ("Recalling its resolution 10/2 of 12 March 2029, entitled \u201cCoastal early warning for all\u201d,", "Coastal early warning for all"),
    ("Recalling its resolution 10/2 on coastal early warning for all,", "coastal early warning for all"),
]


@pytest.mark.parametrize("paragraph, title", CITED)
def test_cited_titles(paragraph: str, title: str) -> None:
    assert ("ccr/res/10/2", title) in facts(in_resolution(paragraph), "title")


def test_heading_title() -> None:
    assert (RESOLUTION, "Strengthening early warning for coastal communities") in facts(in_resolution("1. Requests the Executive Secretary to report;"), "title")


def test_an_instrument_in_a_document_title_is_only_mentioned() -> None:
    text = in_note("The Commission will have before it the report of the Executive Secretary on the implementation of resolution 10/2 (E/CN.21/2032/5).")
    assert not {o for s, o in facts(text, "title") if s == "ccr/res/10/2"}

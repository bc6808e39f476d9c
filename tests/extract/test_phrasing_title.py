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
    # a title that names another body's resolution: its name's "and", and the resolution, are the title's
    ("Recalling its resolution 10/2 on progress in the implementation of Economic and Social Council resolution 2030/7,",
     "progress in the implementation of Economic and Social Council resolution 2030/7"),
    ("Recalling its resolution 10/2 on the follow-up to resolution 2030/7,", "the follow-up to resolution 2030/7"),
    # the adoption told between the number and the title
    ("Recalling its resolution 10/2, adopted on 12 March 2029, on coastal early warning for all,", "coastal early warning for all"),
]


@pytest.mark.parametrize("paragraph, title", CITED)
def test_cited_titles(paragraph: str, title: str) -> None:
    assert ("ccr/res/10/2", title) in facts(in_resolution(paragraph), "title")


def test_heading_title() -> None:
    assert (RESOLUTION, "Strengthening early warning for coastal communities") in facts(in_resolution("1. Requests the Executive Secretary to report;"), "title")


def test_an_instrument_in_a_document_title_is_only_mentioned() -> None:
    text = in_note("The Commission will have before it the report of the Executive Secretary on the implementation of resolution 10/2 (E/CN.21/2032/5).")
    assert not {o for s, o in facts(text, "title") if s == "ccr/res/10/2"}


@pytest.mark.parametrize("paragraph", [
    # the next instrument of a list ends the title, with or without a comma
    "Recalling its resolution 10/2 on coastal data and Economic and Social Council resolution 2030/7,",
    "Recalling its resolution 10/2 on coastal data, and Economic and Social Council resolution 2030/7,",
    "Recalling its resolution 10/2 on coastal data and resolution 2030/7,",
])
def test_a_title_ends_before_the_next_instrument(paragraph: str) -> None:
    assert ("ccr/res/10/2", "coastal data") in facts(in_resolution(paragraph), "title")


@pytest.mark.parametrize("paragraph, title", [
    # a title after a dash, as lists of instruments and some bodies' citations print it
    ("Recalling its resolution 10/2 – Coastal early warning for all,", "Coastal early warning for all"),
    ("Recalling its resolution 10/2 — Coastal early warning for all, adopted at its tenth session,", "Coastal early warning for all"),
    ("Recalling its resolution 10/2 -- Coastal early warning for all,", "Coastal early warning for all"),
])
def test_dashed_titles(paragraph: str, title: str) -> None:
    assert ("ccr/res/10/2", title) in facts(in_resolution(paragraph), "title")


@pytest.mark.parametrize("paragraph", [
    # a range of numbers, or a clause in lower case after a dash, is no title
    "Recalling its resolutions 10/2–10/5,",
    "Recalling its resolution 10/2 – in which it decided to act – and its decision 10/101,",
])
def test_no_dashed_title(paragraph: str) -> None:
    assert not {o for s, o in facts(in_resolution(paragraph), "title") if s == "ccr/res/10/2"}

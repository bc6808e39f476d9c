"""Resolutions numbered before 1976 ("General Assembly resolution 1472 (XIV)", "Economic and Social
Council resolution 1535 (XLIX)"): the number, then the session in Roman numerals in brackets after
a space, read with no convention in the reference data (key ".../res/14/1472"), with the date,
title and list that follow; a year or a letter in the brackets or a malformed numeral are not
such a session; a bracket glued to the number is ("1472(XIV)", E258) (`references._ROMAN_BRACKETED`). A body that meets in meetings, not
sessions, reads no Roman session (`test_roman_sessions_in_spaced_brackets.py`)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, RESOLUTION, facts, in_note, in_resolution

COMMITTEE = "ccr/committee-on-data"


@pytest.mark.parametrize("sentence, key", [
    ("The Committee on Coastal Data was established by General Assembly resolution 1472 (XIV) of 12 December 1959.",
     "ga/res/14/1472"),
    ("The Committee, established by General Assembly resolution 1472 (XIV) of 12 December 1959, is mandated to review"
     " coastal data.", "ga/res/14/1472"),
    ("The Committee on Coastal Data, established by Economic and Social Council resolution 1535 (XLIX), reports"
     " annually.", "ecosoc/res/49/1535"),
    ("The Committee on Coastal Data was established by General Assembly resolution 3 (I).", "ga/res/1/3"),
    ("The Committee on Coastal Data was established by General Assembly resolution 1472(XIV).", "ga/res/14/1472"),  # glued (E258)
    ("The Committee on Coastal Data was established\nby General Assembly resolution 2997 (XXVII) of 15 December 1972.",
     "ga/res/27/2997"),
])
def test_an_establishing_resolution_numbered_with_a_roman_session(sentence: str, key: str) -> None:
    assert (key, COMMITTEE) in facts(in_note(sentence), "establishes")
    assert (NOTE_SYMBOL, key) in facts(in_note(sentence), "mentions")


def test_the_date_and_title_after_the_bracket() -> None:
    text = in_note(
        "The Assembly, in its resolution 1721 (XVI) of 20 December 1961 on international cooperation in"
        " the peaceful uses of outer space, called for a register of launchings."
    )
    assert ("ga/res/16/1721", "1961-12-20") in facts(text, "adoptedOn")
    assert ("ga/res/16/1721", "international cooperation in the peaceful uses of outer space") in facts(text, "title")


@pytest.mark.parametrize("sentence, keys", [
    ("Recalling General Assembly resolutions 1721 (XVI) and 1962 (XVIII),", {"ga/res/16/1721", "ga/res/18/1962"}),
    ("Recalling General Assembly resolutions 1721 (XVI), 1802 (XVII) and 1962 (XVIII),",
     {"ga/res/16/1721", "ga/res/17/1802", "ga/res/18/1962"}),
])
def test_a_list_of_such_resolutions_is_cited_whole(sentence: str, keys: set[str]) -> None:
    text = in_resolution(sentence, "1. Requests the Working Group on Early Warning Systems to report.")
    assert {(RESOLUTION, key) for key in keys} <= facts(text, "cites")


@pytest.mark.parametrize("sentence", [
    "The Committee on Coastal Data was established by General Assembly resolution 1472 (2019).",   # a year, not a session
    "The Committee on Coastal Data was established by General Assembly resolution 1472 (c).",      # a subparagraph
    "The Committee on Coastal Data was established by General Assembly resolution 1472 (IIII).",   # no numeral
    "The Committee on Coastal Data was established by General Assembly resolution 1472 (XIVth session).",
])
def test_no_roman_session(sentence: str) -> None:
    found = {obj for _, obj in facts(in_note(sentence), "mentions")}
    assert not any(key.startswith("ga/res/") and key.endswith("/1472") and not key.startswith("ga/res/2019") for key in found)

""""The Committee, established by resolution 12/61 of the Conference of X, adopted at its eleventh
session, and by World Health Assembly resolution WHA16.42, ...": two instruments establish the body,
the first one's issuer, date or session told between them (`relate._AND_BY_INSTRUMENT`).

Negative case: a second instrument joined by another verb ("and guided by") establishes nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

FORMS = [
    "The Committee on Coastal Data, established by resolution 2/1 of the World Coastal Congress, adopted at its second session, and by Commission resolution 11/4, will hold its sixth session in Rome.",
    "The Committee on Coastal Data, established by World Coastal Congress resolution 2/1, adopted on 3 May 2020, and by Commission resolution 11/4, met in Rome.",
    "The Committee on Coastal Data was established by resolution 2/1 of the World Coastal Congress and by Commission resolution 11/4.",
    "The Committee on Coastal Data was established by resolution 2/1 of the World Coastal Congress as well as by Commission resolution 11/4.",
]


def note(sentence: str) -> str:
    return NOTE + "1. " + sentence + "\n"


@pytest.mark.parametrize("sentence", FORMS)
def test_both_establish(sentence: str) -> None:
    found = facts(note(sentence), "establishes")
    assert ("wcc/res/2/1", "ccr/committee-on-data") in found
    assert ("ccr/res/11/4", "ccr/committee-on-data") in found


def test_another_verb_for_the_second() -> None:
    text = note("The Committee on Coastal Data, established by resolution 2/1 of the World Coastal Congress, adopted at its second session, and guided by Commission resolution 11/4, met in Rome.")
    found = facts(text, "establishes")
    assert ("wcc/res/2/1", "ccr/committee-on-data") in found
    assert ("ccr/res/11/4", "ccr/committee-on-data") not in found

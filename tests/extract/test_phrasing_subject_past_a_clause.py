""""its" after a clause set off by commas: "The Commission, established by resolution 2/1 of the
World Coastal Congress, adopted at its second session, will hold its fourteenth session in Rome
from ...", "Working Group IV, which was composed of all States members of the Commission, held its
seventy-sixth session ...": the verb after the clause is the subject's, and so is the "its" after
the verb, not the last body the clause named (`resolve._subject_past_clause`). Also the venue "at
FAO headquarters in Rome" (an abbreviation, then the word in lower case) before the town
(`relate._HEADQUARTERS`, `places.VENUE_NAME`).

Negative cases: no clause (the last body before "its" still holds it), a clause not closed before
the verb, and a subject that is not the first words of the sentence."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

CLAUSES = [
    ", established by resolution 2/1 of the World Coastal Congress, adopted at its second session,",
    ", which was set up by the World Coastal Congress,",
    ", created by the World Coastal Congress in 2020,",
    " (CCR), which the World Coastal Congress established by its resolution 2/1,",
]
VERBS = ["will hold its fourteenth session", "held its fourteenth session", "is to hold its fourteenth session"]
PLACES = [
    ("in Rome from 24 to 28 November 2032", "Rome"),
    ("at FAO headquarters in Rome from 24 to 28 November 2032", "Rome"),
    ("at WMO headquarters, Geneva, from 24 to 28 November 2032", "Geneva"),
]


def note(sentence: str) -> str:
    return NOTE + "1. " + sentence + "\n"


@pytest.mark.parametrize("clause", CLAUSES)
@pytest.mark.parametrize("verb", VERBS)
def test_its_is_the_subject_s_past_the_clause(clause: str, verb: str) -> None:
    text = note(f"The Commission on Coastal Resilience{clause} {verb} in Rome from 24 to 28 November 2032.")
    assert ("ccr#14", "2032-11-24/2032-11-28") in facts(text, "heldOn")
    assert ("ccr#14", "Rome") in facts(text, "heldIn")
    assert not {s for s, _ in facts(text, "meetingOf")} & {"wcc#14"}


@pytest.mark.parametrize("where, town", PLACES)
def test_headquarters_in_lower_case(where: str, town: str) -> None:
    text = note(f"The Commission will hold its fourteenth session {where}.")
    assert ("ccr#14", town) in facts(text, "heldIn")
    assert ("ccr#14", "2032-11-24/2032-11-28") in facts(text, "heldOn")


def test_the_working_group_with_its_numeral() -> None:
    text = note(
        "The Working Group on Early Warning Systems, which was composed of all members of the Commission on "
        "Coastal Resilience, held its fourth meeting in Bonn from 3 to 5 June 2032."
    )
    assert ("ccr/wg-early-warning#4", "Bonn") in facts(text, "heldIn")
    assert not {s for s, _ in facts(text, "heldIn")} & {"ccr#4"}


@pytest.mark.parametrize("sentence", [
    # no clause: "its" is the body named right before it
    "The Commission invited the World Coastal Congress, which will hold its fourteenth session in Rome from 24 to 28 November 2032.",
    # the subject is not the sentence's first words
    "In 2020 the Commission on Coastal Resilience, as set up by the World Coastal Congress, held its fourteenth session in Rome from 24 to 28 November 2032.",
])
def test_not_the_subject_s(sentence: str) -> None:
    assert ("ccr#14", "Rome") not in facts(note(sentence), "heldIn")


def test_lower_case_headquarters_after_a_common_word_is_no_venue() -> None:
    text = note("The Commission will hold its fourteenth session at the new headquarters in Rome from 24 to 28 November 2032.")
    # "the new headquarters" is no named venue: the place still comes from "in Rome"? not read as one
    assert ("ccr#14", "New") not in facts(text, "heldIn")

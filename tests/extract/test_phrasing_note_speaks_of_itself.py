"""A document speaking of itself as organizations outside the Secretariat write it: "This Note"
and "the present Report" with a capital, "This note is before the Commission ..." (the verb the
submission's own), and "It" opening the sentence after one about the document ("This Note is
submitted pursuant to ... It covers the period ... and is before the Commission at its
Thirteenth Session"). Invented sentences on the phrasing body; negatives: "It" after a sentence
about something else, "this note" as the object of another's act.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note, in_note_under_no_item

SESSION = "ccr#13"
RES_11_2 = "ccr/res/11/2"

SUBMITTED = [
    "This note is before the Commission at its thirteenth session.",
    "This Note is before the Commission at its Thirteenth Session.",
    "This Note has also been circulated to the Commission at its thirteenth session.",
    "The present Report is submitted to the Commission at its thirteenth session.",
    "This report covers the year 2031 and is before the Commission at its thirteenth session.",
    "This Note is submitted pursuant to paragraph 9 of Commission resolution 11/2. It covers the period from 1 September 2030 to 31 August 2031 and is before the Commission at its Thirteenth Session.",
    "The present note reviews progress since 2029. It is before the Commission at its thirteenth session.",
]


@pytest.mark.parametrize("paragraph", SUBMITTED)
def test_the_note_is_before_the_session(paragraph: str) -> None:
    assert (NOTE_SYMBOL, SESSION) in facts(in_note(paragraph), "submittedTo")


PURSUANT = [
    "This Note is submitted pursuant to paragraph 9 of Commission resolution 11/2.",
    "This Report has been prepared in accordance with Commission resolution 11/2.",
    "In accordance with Commission resolution 11/2, this Note has also been circulated to the Commission.",
]


@pytest.mark.parametrize("paragraph", PURSUANT)
def test_the_note_is_pursuant_to(paragraph: str) -> None:
    assert (NOTE_SYMBOL, RES_11_2) in facts(in_note(paragraph), "pursuantTo")


NOT_ITSELF = [
    # "It" after a sentence about the Working Group is the Working Group
    "The Working Group on Early Warning Systems met twice. It is before the Commission at its thirteenth session.",
    # the Commission's act on a note, not the note's own sending
    "The Commission took note of this note by the Chair of another body.",
]


@pytest.mark.parametrize("paragraph", NOT_ITSELF)
def test_not_the_note_itself(paragraph: str) -> None:
    assert (NOTE_SYMBOL, SESSION) not in facts(in_note_under_no_item(paragraph), "submittedTo")

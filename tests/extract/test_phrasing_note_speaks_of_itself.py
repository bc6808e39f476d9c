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


# (E143, from the spent u172) "This document", and its supplement or addenda, which the text names
# by the document's own symbol and "Sup.N" ("Add.N")
WITH_SUPPLEMENT = [
    ("This document and its supplement are submitted to the Commission at its thirteenth session. The management "
     "response is issued as E/CN.21/2032/4/Sup.1.", "E/CN.21/2032/4/Sup.1"),
    ("This document and its addenda are before the Commission at its thirteenth session (see also\nE/CN.21/2032/4/Add.1).",
     "E/CN.21/2032/4/Add.1"),
]


@pytest.mark.parametrize(("paragraph", "supplement"), WITH_SUPPLEMENT)
def test_this_document_and_its_supplement(paragraph: str, supplement: str) -> None:
    submitted = facts(in_note_under_no_item(paragraph), "submittedTo")
    assert (NOTE_SYMBOL, SESSION) in submitted
    assert (supplement, SESSION) in submitted


def test_a_supplement_of_another_document_does_not_go_along() -> None:
    paragraph = (
        "This document and its supplement are submitted to the Commission at its thirteenth session. "
        "A related paper is E/CN.21/2032/5/Sup.1."
    )
    assert ("E/CN.21/2032/5/Sup.1", SESSION) not in facts(in_note_under_no_item(paragraph), "submittedTo")

""""the secretariat prepared the present note for consideration by the Working Group at its
thirteenth meeting", "a study (X) for consideration by the Commission at its thirteenth session":
the document goes to that meeting (`rules/documents._FOR_CONSIDERATION`, the receiver after the
phrase); a phrase with no meeting after it, or a meeting of another clause, sends nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note


@pytest.mark.parametrize("sentence, document, meeting", [
    ("Pursuant to resolution 12/1, the secretariat prepared the present note for consideration by the Commission at its"
     " thirteenth session.", NOTE_SYMBOL, "ccr#13"),
    ("The present note is issued for the consideration of the Commission at its thirteenth session.", NOTE_SYMBOL, "ccr#13"),
    ("The Working Group on Early Warning Systems prepared a study (E/CN.21/2032/8) for consideration by the Commission at"
     " its thirteenth session.", "E/CN.21/2032/8", "ccr#13"),
    ("The secretariat prepared the present note for consideration by the Committee on Coastal Data at its second"
     " session.", NOTE_SYMBOL, "ccr/committee-on-data#2"),
])
def test_for_consideration_by(sentence: str, document: str, meeting: str) -> None:
    assert (document, meeting) in facts(in_note(sentence), "submittedTo")


@pytest.mark.parametrize("sentence", [
    # no meeting named after the phrase
    "The secretariat prepared a study (E/CN.21/2032/8) for consideration by Member States.",
    # the meeting belongs to another clause
    "The secretariat prepared a study (E/CN.21/2032/8) for consideration by Member States; the Committee on Coastal Data"
    " held its second session in Lisbon.",
    # the noun elsewhere
    "The Commission gave careful consideration to the study (E/CN.21/2032/8) at its twelfth session.",
])
def test_nothing_sent(sentence: str) -> None:
    found = facts(in_note(sentence), "submittedTo")
    assert not {(d, m) for d, m in found if d == "E/CN.21/2032/8"}

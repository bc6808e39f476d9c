"""A document sent to two gatherings joined by "and to" (E102): "has been submitted to the
Commission at its thirteenth session and to the Working Group at its fifth meeting", "will be
made available to the thirteenth session of the Commission and also to the fifth meeting of the
Working Group": both receive it; a gathering in another clause does not.

Invented sentences (the phrasing commission and its working group)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

DOC = "E/CN.21/2032/6"
WG = "ccr/wg-early-warning"


@pytest.mark.parametrize(
    "sentence",
    [
        "The annual report of the Bureau ({d}) has been submitted to the Commission at its thirteenth session and to the Working Group on Early Warning Systems at its fifth meeting.",
        "The annual report of the Bureau ({d}) will be made available to the thirteenth session of the Commission and also to the fifth meeting of the Working Group on Early Warning Systems.",
        "The report ({d}) was transmitted to the Commission at its thirteenth session, and to the Working Group on Early Warning Systems at its fifth meeting, in accordance with resolution 11/2.",
    ],
)
def test_both_gatherings_receive_it(sentence: str) -> None:
    submitted = facts(in_note(sentence.format(d=DOC)), "submittedTo")
    assert (DOC, "ccr#13") in submitted
    assert (DOC, f"{WG}#5") in submitted


def test_a_gathering_of_another_clause_receives_nothing() -> None:
    text = in_note(
        f"The report ({DOC}) has been submitted to the Commission at its thirteenth session, and the Working Group on Early Warning Systems will hold its fifth meeting in May."
    )
    assert (DOC, f"{WG}#5") not in facts(text, "submittedTo")

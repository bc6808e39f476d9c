"""A body's meetings named with "regional" and with who took part (E102): "convened its
twenty-second regional meeting of intelligence and security services in Doha from 5 to 7 May":
the body's Nth meeting, held in the town on those days.

Invented sentences (the phrasing commission's working group, other ordinals, towns, verbs)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

WG = "ccr/wg-early-warning"


@pytest.mark.parametrize(("ordinal", "n"), [("twenty-third", 23), ("fifth", 5), ("thirty-first", 31)])
@pytest.mark.parametrize("verb", ["convened", "held"])
@pytest.mark.parametrize("qualifier", ["regional ", ""])
@pytest.mark.parametrize("participants", ["of coastal services", "of national focal points and experts", ""])
def test_the_nth_meeting_held_there_then(ordinal: str, n: int, verb: str, qualifier: str, participants: str) -> None:
    tail = f" {participants}" if participants else ""
    text = in_note(f"The Working Group on Early Warning Systems {verb} its {ordinal} {qualifier}meeting{tail} in Doha from 5 to 7 May 2032.")
    assert (f"{WG}#{n}", WG) in facts(text, "meetingOf")
    assert (f"{WG}#{n}", "Doha") in facts(text, "heldIn")
    assert (f"{WG}#{n}", "2032-05-05/2032-05-07") in facts(text, "heldOn")


def test_a_session_of_another_body_is_not_who_took_part() -> None:
    text = in_note("The Working Group on Early Warning Systems held its fifth meeting of the Bureau in Doha from 5 to 7 May 2032.")
    assert (f"{WG}#5", "Doha") not in facts(text, "heldIn")

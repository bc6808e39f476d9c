"""A session scheduled with an adverb before "scheduled": "its fourteenth session was tentatively
scheduled to be held in Lisbon from 6 to 16 April 2032", "is provisionally scheduled to be held"
(`relate._HELD`, `_PLACE_ONLY`): where and when, as without the adverb; a month alone still gives
no date."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence", [
    "The Commission noted that its fourteenth session was tentatively scheduled to be held in Lisbon from 6 to 16 April 2032.",
    "The fourteenth session of the Commission is provisionally scheduled to be held in Lisbon from 6 to 16 April 2032.",
    "The Commission agreed that its fourteenth session would be tentatively scheduled to be held in Lisbon\nfrom 6 to 16 April 2032.",
    "The Commission noted that its fourteenth session was scheduled to be held in Lisbon from 6 to 16 April 2032.",
])
def test_tentatively_scheduled(sentence: str) -> None:
    text = in_note(sentence)
    assert ("ccr#14", "2032-04-06/2032-04-16") in facts(text, "heldOn")
    assert ("ccr#14", "Lisbon") in facts(text, "heldIn")


@pytest.mark.parametrize("sentence", [
    "The Commission noted that its fourteenth session was tentatively scheduled to be held in April 2032.",
    "The Commission noted that its fourteenth session was tentatively scheduled to be held in 2032.",
])
def test_no_day_no_date(sentence: str) -> None:
    assert not {s for s, _ in facts(in_note(sentence), "heldOn")} & {"ccr#14"}

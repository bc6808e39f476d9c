"""A resolution recounted with the meeting that adopted it, for a body that numbers all its
meetings in one series (the Security Council): "in its resolution 2790 (2026), adopted at its
9620th meeting, on 15 December 2026, ..." gives adoptedAt that meeting and adoptedOn the day. A
body that meets in sessions adopts at a session: "its 8th meeting" is a sitting, no adoptedAt."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

SC = "security-council/res/2026/2790"


@pytest.mark.parametrize("sentence", [
    "The Security Council, in its resolution 2790 (2026), adopted at its 9620th meeting, on 15 December 2026, requested the Commission to report.",
    "By its resolution 2790 (2026), adopted at its 9620th meeting on 15 December 2026, the Security Council requested the Commission to report.",
])
def test_adopted_at_a_meeting_of_the_series(sentence: str) -> None:
    text = in_note(sentence)
    assert (SC, "security-council#9620") in facts(text, "adoptedAt")
    assert (SC, "2026-12-15") in facts(text, "adoptedOn")


def test_no_meeting_of_a_body_that_meets_in_sessions() -> None:
    text = in_note("By its resolution 12/1, adopted at its 8th meeting, on 14 March 2031, the Commission requested the Bureau to report.")
    assert not {g for s, g in facts(text, "adoptedAt") if s == "ccr/res/12/1" and g != "ccr#12"}


def test_the_day_of_another_clause_is_not_the_adoption() -> None:
    text = in_note("The Security Council, in its resolution 2790 (2026), adopted at its 9620th meeting, requested the Commission to report on 15 December 2026.")
    assert (SC, "security-council#9620") in facts(text, "adoptedAt")
    assert (SC, "2026-12-15") not in facts(text, "adoptedOn")


@pytest.mark.parametrize("ordinal, session, adopts", [
    (15, "14", False),  # "Resolution XIV.6 ..., and Resolution XV.12 ..., adopted at the 15th meeting": XV.12 only
    (15, "15", True),
    (9620, "2030", True),  # numbered by year: any meeting of that year may adopt it
])
def test_a_text_numbered_by_meeting_is_adopted_at_that_meeting_only(ordinal: int, session: str, adopts: bool) -> None:
    from mandate_graph.graph.model import GatheringRef, InstrumentRef
    from mandate_graph.loaders.extract.relate import _may_adopt

    assert _may_adopt(GatheringRef("cop", "meeting", ordinal), InstrumentRef("cop", "resolution", session, "6")) is adopts

"""A body whose name is itself a gathering's noun ("Conference", "Congress", "Summit", "Forum",
"Assembly") and which the reference data describes without a gathering term is a series: "the
Fourth World Conference on Coastal Hazards", "the 4th World Conference on Coastal Hazards" is its
fourth gathering, held where and when the sentence says and endorsed as any session is. A body
of another kind without a gathering term ("the Fourth Executive Secretary ..."), or the series
named without an ordinal, holds nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

NUMBERED = [
    "Noting the recommendations of the Fourth World Conference on Coastal Hazards, held in Apia from 2 to 6 May 2030,",
    "Noting the recommendations of the 4th World Conference on Coastal Hazards, held in Apia from 2 to 6 May 2030,",
    "Noting the recommendations of the Fourth World Conference on Coastal Hazards (WCCH/4), held in Apia from 2 to 6 May 2030,",
]


@pytest.mark.parametrize("recital", NUMBERED)
def test_the_nth_gathering_of_a_series_named_by_its_gathering_noun(recital: str) -> None:
    text = in_resolution(recital)
    assert ("wcch#4", "wcch") in facts(text, "meetingOf")
    assert ("wcch#4", "Apia") in facts(text, "heldIn")
    assert ("wcch#4", "2030-05-02/2030-05-06") in facts(text, "heldOn")


def test_its_recommendations_are_endorsed() -> None:
    text = in_resolution("1. Endorses the recommendations of the Fourth World Conference on Coastal Hazards on early warning;")
    assert ("ccr/res/12/1", "wcch#4") in facts(text, "endorses")


NOT_A_SERIES = [
    # a body of another kind, no gathering term: an ordinal before it numbers no gathering
    "Welcoming the appointment of the Fourth Executive Secretary of the Commission on Coastal Resilience,",
    # the series named without an ordinal
    "Noting the recommendations of the World Conference on Coastal Hazards, held in Apia from 2 to 6 May 2030,",
]


@pytest.mark.parametrize("recital", NOT_A_SERIES)
def test_no_gathering_without_an_ordinal_or_a_gathering_noun(recital: str) -> None:
    gatherings = {s for s, _ in facts(in_resolution(recital), "meetingOf")}
    assert not {g for g in gatherings if g.startswith(("wcch#", "ccr/executive-secretary#"))}

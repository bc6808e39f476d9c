""""resolution 85/270 of 21 December 2030, in which the Assembly, recalling its resolution 62/246,
requested ... and called upon ...": an instrument a clause recalls in passing is no subject of the
verbs after it; the relative clause ("in which") is the earlier instrument's."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence", [
    "The note responds to General Assembly resolution 85/270 of 21 December 2030, in which the Assembly, "
    "recalling its resolution 62/246, requested the Commission on Coastal Resilience to report.",
    "The note responds to General Assembly resolution 85/270, by which the Assembly, reaffirming its "
    "resolution 62/246, requested the Commission on Coastal Resilience to report.",
])
def test_the_relative_clause_is_the_earlier_instrument_s(sentence: str) -> None:
    found = facts(in_note(sentence), "requests")
    assert ("ga/res/85/270", "ccr") in found
    assert not [s for s, _ in found if s == "ga/res/62/246"]


def test_an_instrument_recalled_without_a_relative_clause_stays_as_read() -> None:
    # no "in which" before it: nothing is moved to the earlier instrument
    sentence = ("The note cites General Assembly resolution 85/270. The Assembly, recalling its resolution "
                "62/246, requested the Commission on Coastal Resilience to report.")
    assert not [s for s, _ in facts(in_note(sentence), "requests") if s == "ga/res/85/270"]

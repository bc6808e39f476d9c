"""An appositive set off by two commas before a passive (E96, from u119's annotated agenda):
"The Committee, a subsidiary body of the Economic and Social Council, was established by the
Council in its resolution 2004/69" establishes the body the sentence opens with, not a new
"subsidiary body of the Economic and Social Council". Invented bodies and numbers
(tests/data/spent_u110_u114.ttl), varied in the appositive's words, the auxiliary and the agent.
"""

from __future__ import annotations

import pytest

from tests.extract.test_identity_of_the_spent_u110_u114 import council_report, facts


@pytest.mark.parametrize(
    "appositive",
    [
        "a subsidiary body of the Economic and Social Council",
        "an expert body of the Council",
        "a standing committee of the Council composed of 25 members",
        "a functional body",
    ],
)
@pytest.mark.parametrize("auxiliary", ["was", "has been", "had been"])
@pytest.mark.parametrize("opening", ["The Committee", "The Committee on Coastal Cooperatives"])
def test_the_body_an_appositive_between_commas_describes_is_established(appositive: str, auxiliary: str, opening: str) -> None:
    sentence = f"{opening}, {appositive}, {auxiliary} established by the Council in its resolution 2029/3 of 5 May 2029."
    established = facts(council_report(sentence), "establishes")
    assert ("ecosoc/res/2029/3", "ecosoc/coop-committee") in established
    assert all(o == "ecosoc/coop-committee" for s, o in established if s == "ecosoc/res/2029/3")


def test_a_body_described_in_full_before_the_passive_is_still_born() -> None:
    """The other side: no name opens the sentence, the description is the subject."""
    for sentence in (
        "An expert group on coastal erosion was established by the Council in its resolution 2029/3.",
        "The Committee noted that an expert group on coastal erosion was established by the Council in its resolution 2029/3.",
    ):
        established = facts(council_report(sentence), "establishes")
        assert ("ecosoc/res/2029/3", "ecosoc/expert-group-on-coastal-erosion") in established

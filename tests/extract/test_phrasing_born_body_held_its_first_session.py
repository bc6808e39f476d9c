"""A body a note tells was established, and what it has since held, in one sentence: "By its
resolution 11/2, the Commission decided to establish an Intergovernmental Committee on Coastal
Monitoring, which held its first session in Bangkok from 3 to 5 September 2031." The relative
clause's "its" is the new body's, in the past as in the future ("which shall hold its first
session"): its first session met there and then, not the Commission's first. Negatives: the
Commission's own first session said in the next sentence, and a body established with no
gathering told."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

TOLD = [
    ("By its resolution 11/2, the Commission decided to establish an Intergovernmental Committee on Coastal Monitoring, "
     "which held its first session in Bangkok from 3 to 5 September 2031.",
     "ccr/committee-on-coastal-monitoring", "Bangkok", "2031-09-03/2031-09-05"),
    ("By its resolution 11/2, the Commission established the Intergovernmental Committee on Coastal Monitoring, "
     "which has since held its first session in Bangkok from 3 to 5 September 2031.",
     "ccr/intergovernmental-committee-on-coastal-monitoring", "Bangkok", "2031-09-03/2031-09-05"),
    ("In its resolution 11/2, the Commission decided to establish a working group on coastal finance, "
     "which held its first meeting in Suva on 4 May 2031.",
     "ccr/working-group-on-coastal-finance", "Suva", "2031-05-04"),
    ("By its resolution 11/2, the Commission decided to establish a committee on coastal monitoring, "
     "which has already held its first session in Apia on 2 and 3 June 2031.",
     "ccr/committee-on-coastal-monitoring", "Apia", "2031-06-02/2031-06-03"),
]


@pytest.mark.parametrize("paragraph, body, place, dates", TOLD)
def test_the_new_body_held_its_first_gathering(paragraph: str, body: str, place: str, dates: str) -> None:
    text = in_note(paragraph)
    assert (f"{body}#1", body) in facts(text, "meetingOf")
    assert (f"{body}#1", place) in facts(text, "heldIn")
    assert (f"{body}#1", dates) in facts(text, "heldOn")
    assert ("ccr#1", place) not in facts(text, "heldIn")


def test_the_commission_s_own_first_session_stays_its_own() -> None:
    text = in_note(
        "By its resolution 11/2, the Commission decided to establish a committee on coastal monitoring. "
        "The Commission held its first session in Bangkok on 3 September 2031."
    )
    assert ("ccr#1", "Bangkok") in facts(text, "heldIn")
    assert not any(g.startswith("ccr/committee-on-coastal-monitoring#") for g, _ in facts(text, "heldIn"))


def test_a_body_established_holding_nothing_told() -> None:
    text = in_note(
        "By its resolution 11/2, the Commission decided to establish a committee on coastal monitoring, "
        "which reports to the Commission every year."
    )
    assert not any(g.startswith("ccr/committee-on-coastal-monitoring#") for g, _ in facts(text, "meetingOf"))

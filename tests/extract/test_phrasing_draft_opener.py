"""A session report recommends a draft to its parent body: "The Commission … recommends to the
Economic and Social Council the adoption of the following draft resolution:", then the draft,
opened by its author's name ("The Economic and Social Council,"). Inside that draft "its own
resolution 2028/9" and "its resolution 2028/9" are the opening body's, not the Commission's. The
opening line holds for its section only: the Commission's own texts after it keep their issuer."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

HEAD = (
    "United Nations E/2031/31-E/CN.21/2031/9\n\nEconomic and Social Council\n\n"
    "Distr.: General\n20 March 2031\n\nOriginal: English\n\n"
    "Commission on Coastal Resilience\nReport on the twelfth session (10–14 March 2031)\n\n"
    "Chapter I\n\nMatters calling for action by the Economic and Social Council or brought to its attention\n\n"
    "A. Draft resolution for adoption by the Council\n\n"
    "1. The Commission on Coastal Resilience recommends to the {parent} the adoption of the following draft resolution:\n\n"
    "Working methods of the Commission on Coastal Resilience\n\n"
    "The {parent},\n\n"
)
TAIL = (
    "1. Requests the Secretary-General to report on the matter.\n\n"
    "B. Matters brought to its attention\n\n"
    "2. The following resolution adopted by the Commission is brought to the attention of the Council:\n\n"
    "Resolution 12/1\n\nStrengthening early warning\n\nThe Commission on Coastal Resilience,\n\n"
    "Recalling its resolution 11/3,\n\n1. Requests the Executive Secretary to report.\n"
)

DRAFTS = [
    ("Economic and Social Council", "Recalling its own resolution 2028/9 of 22 July 2028 on the working methods of the functional commissions,", "ecosoc/res/2028/9"),
    ("Economic and Social Council", "Recalling General Assembly resolution 80/141 and its resolution 2027/14,", "ecosoc/res/2027/14"),
    ("General Assembly", "Recalling its resolution 79/212 of 19 December 2024,", "ga/res/79/212"),
]


@pytest.mark.parametrize("parent, recital, instrument", DRAFTS)
def test_its_own_in_a_draft_is_the_opening_bodys(parent: str, recital: str, instrument: str) -> None:
    text = HEAD.format(parent=parent) + recital + "\n\n" + TAIL
    mentioned = {o for _, o in facts(text, "mentions")}
    assert instrument in mentioned
    number = instrument.split("/", 2)[2]
    assert f"ccr/res/{number}" not in mentioned
    # the Commission's own resolution after the draft keeps its issuer
    assert ("ccr/res/12/1", "ccr/res/11/3") in facts(text, "cites")


def test_a_draft_cites_nothing() -> None:
    text = HEAD.format(parent="Economic and Social Council") + "Recalling its own resolution 2028/9,\n\n" + TAIL
    assert not any(o == "ecosoc/res/2028/9" for _, o in facts(text, "cites"))

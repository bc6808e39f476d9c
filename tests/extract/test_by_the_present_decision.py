"""A narrated paragraph that opens on an instrument, names an earlier one ("In that decision, the
Commission had requested ..."), then goes on "By the present decision, the Commission established
...": "the present decision" is the one the paragraph opened on, not the one named last (E94).

Invented paragraphs (another body, numbers, verbs), not the unseen document's lines.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

REPORT = (
    "E/CN.21/2031/9\n20 March 2031\n\n"
    "Commission on Coastal Resilience\n"
    "Report of the twelfth session of the Commission on Coastal Resilience\n\n"
    "III. Decisions adopted by the Commission\n\n"
    "1. The Commission adopted decisions 12/1 to 12/4.\n\n"
)


@pytest.mark.parametrize(
    ("opening", "present"),
    [
        ("Decision 12/3 builds on decision 11/7.", "By the present decision"),
        ("Decision 12/3 follows up on the work begun under decision 11/7.", "Through the present decision"),
        ("By decision 12/3, the Commission took up decision 11/7 again.", "By the present decision"),
    ],
)
def test_the_present_decision_is_the_one_the_paragraph_opens_on(opening: str, present: str) -> None:
    text = REPORT + (
        f"2. {opening} In that decision, the Commission had requested the Bureau to propose options. "
        f"{present}, the Commission established an expert group on sediment transport.\n"
    )
    established = {s for s, _ in facts(text, "establishes")}
    assert "ccr/dec/12/3" in established
    assert "ccr/dec/11/7" not in established


@pytest.mark.parametrize(
    "verb",
    ["carries forward the work begun under", "builds on", "follows up on", "took forward the work undertaken under"],
)
def test_an_instrument_that_takes_up_another_cites_it(verb: str) -> None:
    text = REPORT + (
        f"2. Decision 12/2 {verb} decision 10/5. In that decision, the Commission had requested the "
        "Bureau to propose options for a network.\n"
    )
    assert ("ccr/dec/12/2", "ccr/dec/10/5") in facts(text, "cites")
    requested = facts(text, "requests")
    assert ("ccr/dec/10/5", "ccr/bureau") in requested
    assert ("ccr/dec/12/2", "ccr/bureau") not in requested


@pytest.mark.parametrize(
    ("told", "verb"),
    [
        ("It was further decided that the expert group on sediment transport", "should submit a report to the thirteenth session"),
        ("It was also decided that the Bureau", "would review the options before the next session"),
        ("It has been decided that the Bureau", "shall report on the network"),
    ],
)
def test_it_was_decided_that_a_body_should_act_is_the_instruments_request(told: str, verb: str) -> None:
    text = REPORT + (
        "2. Decision 12/3 builds on decision 11/7. In that decision, the Commission had requested the Bureau "
        "to propose options. By the present decision, the Commission established an expert group on sediment "
        f"transport. {told} {verb}.\n"
    )
    requested = {s for s, _ in facts(text, "requests")}
    assert "ccr/dec/12/3" in requested

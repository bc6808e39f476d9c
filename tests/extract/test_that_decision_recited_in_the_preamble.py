""""submitted pursuant to that decision" in an operative paragraph, the preamble having recited one
decision and then an instrument of another kind ("Recalling its decision 11/4 …, Recalling also
General Assembly resolution 78/150 …, 1. Takes note of the report (X), submitted pursuant to that
decision"): X is `pursuantTo` the one decision the preamble recited (E267). Before, "that decision"
looked back one sentence only, and found the resolution there.

Near misses: two decisions recited (which one is unsaid) give nothing; a recital of another text
(the decision above) is not this text's."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import registry, stated

FRAME = (
    "E/CN.21/2031/9\nEconomic and Social Council\nDistr.: General\n30 March 2031\n"
    "Commission on Coastal Resilience\nTwelfth session\nVienna, 3-6 March 2031\n"
    "Decisions adopted by the Commission at its twelfth session\n{body}"
)


def _pursuant(body: str) -> set[tuple[str, str]]:
    facts = stated(extract(FRAME.format(body=body), source_key="t", registry=registry()))
    return {(s, o) for r, s, o in facts if r == "pursuantTo"}


@pytest.mark.parametrize(
    ("recitals", "clause", "expected"),
    [
        (
            "Recalling its decision 11/4 on early warning,\nRecalling also General Assembly resolution 78/150 of 19 December 2023,",
            "1. Takes note of the report of the Executive Secretary (E/CN.21/2031/5), submitted pursuant to that decision;",
            ("E/CN.21/2031/5", "ccr/dec/11/4"),
        ),
        (
            # a resolution recited first, a decision after it: "that resolution" past the decision
            "Recalling General Assembly resolution 78/150,\nNoting Economic and Social Council decision 2030/215,",
            "1. Welcomes the note by the Secretariat (E/CN.21/2031/6) prepared in accordance with that resolution;",
            ("E/CN.21/2031/6", "ga/res/78/150"),
        ),
    ],
)
def test_that_instrument_is_the_one_of_its_kind_the_preamble_recited(recitals: str, clause: str, expected: tuple[str, str]) -> None:
    body = f"12/3\nEarly warning\nThe Commission on Coastal Resilience,\n{recitals}\n{clause}\n2. Decides to revert to the matter.\n"
    assert expected in _pursuant(body)


def test_two_decisions_recited_give_nothing() -> None:
    body = (
        "12/3\nEarly warning\nThe Commission on Coastal Resilience,\nRecalling its decisions 11/4 and 10/2,\n"
        "Recalling also General Assembly resolution 78/150,\n"
        "1. Takes note of the report (E/CN.21/2031/5), submitted pursuant to that decision;\n"
    )
    assert not {p for p in _pursuant(body) if p[0] == "E/CN.21/2031/5"}


def test_the_recital_of_the_text_above_is_not_this_texts() -> None:
    body = (
        "12/2\nTide gauges\nThe Commission on Coastal Resilience,\nRecalling its decision 11/4 on early warning,\n"
        "1. Welcomes the network of tide gauges.\n"
        "12/3\nEarly warning\nThe Commission on Coastal Resilience,\nRecalling General Assembly resolution 78/150,\n"
        "1. Takes note of the report (E/CN.21/2031/5), submitted pursuant to that decision;\n"
    )
    assert not {p for p in _pursuant(body) if p[0] == "E/CN.21/2031/5"}

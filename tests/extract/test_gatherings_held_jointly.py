"""Two gatherings named as one after "the outcome of", then a participle telling where and when
both sat ("the fifth meeting of A and the third meeting of B, held jointly in Vienna from ..."):
each was held there and then, not the second alone (E201). "The outcome of X" alone still gives
X no sitting unless a participle follows it."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

_REGISTRY = load_registry(DEFAULT_BASE_IRI)


def _held(text: str) -> set[tuple[str, int, str, str]]:
    e = extract(text, source_key="t", registry=_REGISTRY)
    return {
        (f.subject.body, f.subject.ordinal, f.relation, str(f.object))
        for f in e.facts
        if f.relation in {"heldIn", "heldOn"} and hasattr(f.subject, "ordinal")
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "Welcoming the outcome of the twelfth meeting of the Working Group on International Cooperation and the ninth meeting of the Working Group of Government Experts on Technical Assistance, held jointly in Vienna from 3 to 6 May 2031,",
        "The Conference took note of the outcome of the twelfth meeting of the Working Group on International Cooperation and of the ninth meeting of the Working Group of Government Experts on Technical Assistance, both held in Vienna from 3 to 6 May 2031.",
        "Noting the results of the twelfth meeting of the Working Group on International Cooperation and the ninth meeting of the Working Group of Government Experts on Technical Assistance, held together in Vienna from 3 to 6 May 2031,",
    ],
)
def test_both_gatherings_held_there(sentence: str) -> None:
    held = _held("The Conference of the Parties,\n\n" + sentence + "\n\n1. Requests the secretariat to report.\n")
    for body, ordinal in (("cop-untoc/wg-international-cooperation", 12), ("cop-untoc/wg-technical-assistance", 9)):
        assert (body, ordinal, "heldIn", "Vienna") in held
        assert any(b == body and o == ordinal and r == "heldOn" for b, o, r, _ in held)


@pytest.mark.parametrize(
    "sentence",
    [
        # the outcome of the first, the second held: the first gets no sitting
        "Welcoming the outcome of the twelfth meeting of the Working Group on International Cooperation, and recalling that the ninth meeting of the Working Group of Government Experts on Technical Assistance was held in Vienna from 3 to 6 May 2031,",
        # the outcome alone, no participle
        "Welcoming the outcome of the twelfth meeting of the Working Group on International Cooperation and the ninth meeting of the Working Group of Government Experts on Technical Assistance,",
    ],
)
def test_the_first_outcome_gets_no_sitting(sentence: str) -> None:
    held = _held("The Conference of the Parties,\n\n" + sentence + "\n\n1. Requests the secretariat to report.\n")
    assert not any(b == "cop-untoc/wg-international-cooperation" for b, *_ in held)

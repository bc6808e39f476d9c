"""A request told again: "reiterated its request to X to", "renewed its request that X submit",
"repeated its request to X to". A grid of request frames in a report of the Secretary-General read
"reiterated ... to" and "renewed ... to" but nothing after "repeated", nor a "that" clause after the
noun (`rules/mandate_verbs.py`); a request made by a delegation, or no body after the noun, asks nothing."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def requested(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "requests", "invites")


@pytest.mark.parametrize(
    ("sentence", "instrument", "addressee"),
    [
        ("In its resolution 77/12, the General Assembly renewed its request that the Secretary-General submit a report.", "ga/res/77/12", "secretary-general"),
        ("In its resolution 77/12, the General Assembly repeated its request to the Secretary-General to submit a report.", "ga/res/77/12", "secretary-general"),
        ("The Assembly, in resolution 78/5, repeated its request that the United Nations Environment Programme report on progress.", "ga/res/78/5", "unep"),
        ("By its resolution 77/12, the Assembly reiterated its request that the Secretary-General\nprepare a study.", "ga/res/77/12", "secretary-general"),
        ("In resolution 77/12, the General Assembly repeats its invitation to the United Nations Environment Programme to contribute.", "ga/res/77/12", "unep"),
    ],
)
def test_the_instrument_asks_again(sentence, instrument, addressee):
    assert (instrument, addressee) in requested(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "At the meeting, one delegation repeated its request that the item be deferred.",
        "In its resolution 77/12, the General Assembly repeated its request without naming anyone.",
        "The Secretary-General repeated his request to Member States to pay their contributions in full.",
    ],
)
def test_a_request_told_again_without_a_body_asks_nothing(sentence):
    assert requested(sentence) == set()

"""Requests told with verbs the reader had only in other forms: "requested a report from the
Secretary-General" (the writer after "from"), "Resolution 77/12 mandates the Secretary-General to ..."
(the present after an instrument's number, as "requests" is read), "tasked X to ..." (E163 read "tasked
X with"). A grid of request frames in a report of the Secretary-General found these read as nothing
(`rules/mandate_verbs.py`, `relate._PAPER_ASKED_FROM`). Information asked for, the Secretary-General
asking on his own, or "tasked" before no task ask nothing."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def requested(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "requests")


@pytest.mark.parametrize(
    ("sentence", "addressees"),
    [
        ("In resolution 77/12, the General Assembly requested a report from the Secretary-General.", {"secretary-general"}),
        ("By resolution 77/12, the Assembly requested a report from the United Nations Environment Programme on progress.", {"unep"}),
        ("By resolution 77/12, the Assembly requested an annual report on progress from the United Nations Environment Programme.", {"unep"}),
        ("In its resolution 77/12, the General Assembly requested a further report from the Secretary-General on the matter.", {"secretary-general"}),
        ("In its resolution 77/12, the General Assembly requested a report from the Secretary-General and the United Nations Environment Programme.",
         {"secretary-general", "unep"}),
        ("Resolution 77/12 mandates the Secretary-General to submit a report.", {"secretary-general"}),
        ("General Assembly resolution 77/12 also mandates the United Nations Environment Programme to report annually.", {"unep"}),
        ("In resolution 77/12, the Assembly tasked the Secretary-General to prepare a report.", {"secretary-general"}),
        ("In resolution 77/12, the Assembly tasked the United Nations Environment Programme and the Secretary-General to prepare\na report.",
         {"secretary-general", "unep"}),
    ],
)
def test_the_instrument_asks_the_addressee(sentence, addressees):
    assert requested(sentence) == {("ga/res/77/12", a) for a in addressees}


@pytest.mark.parametrize(
    "sentence",
    [
        # information is no paper asked for
        "In resolution 77/12, the Assembly requested information from the Secretary-General.",
        # no instrument asks: the Secretary-General asks on his own
        "The Secretary-General requested a report from the United Nations Environment Programme on its work.",
        # the noun "mandates"
        "The mandates of the United Nations Environment Programme to report annually are set out in resolution 77/12.",
        # "tasked ... to" with no verb after it
        "In resolution 77/12, the Assembly tasked the Secretary-General to the fullest extent.",
    ],
)
def test_near_misses_ask_nobody(sentence):
    assert requested(sentence) == set()

"""The noun of an establishment with the instrument after "in": "The establishment of the Open-ended
Working Group on Ageing in General Assembly resolution 65/182 was a milestone", "the creation of the
Human Rights Council in resolution 60/251". Only "by", "under", "pursuant to" were read; and a name
described in capitals ran on through "in General Assembly" (E174, a cell of the lead's grids;
`rules/origins_told._ACT_AGENT`, `agent_inside_name`). Near misses: "in" a place or a framework, a
proposal, a draft."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def established(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "establishes")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The establishment of the Open-ended Working Group on Ageing in General Assembly resolution 65/182 was a milestone.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("The creation of the Open-ended Working Group on Ageing in resolution 65/182 was welcomed.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("The General Assembly welcomed the establishment of the Open-ended Working Group on Ageing in its resolution 65/182.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("The establishment of the Open-ended Working Group on Ageing in 2010 in General Assembly resolution 65/182 was a milestone.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("The establishment of the Human Rights Council in General Assembly resolution 60/251 was a milestone.", ("ga/res/60/251", "hrc")),
        ("Since the setting up of the Human Rights Council in resolution 60/251 of the General Assembly, the Council has met.",
         ("ga/res/60/251", "hrc")),
        ("The establishment of the Permanent Forum on Indigenous Issues in Economic and Social Council resolution 2000/22 was"
         " a milestone.", ("ecosoc/res/2000/22", "ecosoc/permanent-forum-on-indigenous-issues")),
    ],
)
def test_the_instrument_after_in_established_the_body(sentence, fact):
    assert fact in established(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The establishment of the Open-ended Working Group on Ageing in Geneva was proposed in resolution 65/182.",
        "The establishment of the Open-ended Working Group on Ageing in the framework of resolution 65/182 was discussed.",
        "The establishment of a focal point in the Office was requested in resolution 65/182.",
        "The proposed establishment of the Open-ended Working Group on Ageing in a draft resolution was not retained.",
    ],
)
def test_near_misses_establish_nothing(sentence):
    assert established(sentence) == set()

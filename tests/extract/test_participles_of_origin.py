"""A body described by a participle of origin other than "established", set off after its name:
"The Open-ended Working Group on Ageing, created by General Assembly resolution 65/182, met ...",
"(set up by ...)", "X, constituted by the same resolution, ...". A grid of origin frames in a report
of the Secretary-General found these read as nothing: the participle alternative of
`rules/mandate_verbs.py` wanted the issuer's name in capitals in a text matched lower-cased, and a
back reference ("the same resolution") gave a body named in full nothing (`relate.Reader.
established_by_that_instrument`). A participle that describes no body, or a body that adopts
instruments of its own, gives no establishment."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def established(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "establishes")


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Open-ended Working Group on Ageing, created by General Assembly resolution 65/182, met in New York.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("The Open-ended Working Group on Ageing (created by General Assembly resolution 65/182) met in New York.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        ("The Committee of Experts on Public Administration, set up by Economic and Social Council resolution 2001/45, met in New York.",
         ("ecosoc/res/2001/45", "ecosoc/committee-of-experts-on-public-administration")),
        ("The Committee of Experts on Public Administration, constituted by the Economic and Social Council in its resolution 2001/45,\nmet in New York.",
         ("ecosoc/res/2001/45", "ecosoc/committee-of-experts-on-public-administration")),
        ("The Permanent Forum on Indigenous Issues, created by Economic and Social Council resolution 2000/22, and the Expert Mechanism met.",
         ("ecosoc/res/2000/22", "ecosoc/permanent-forum-on-indigenous-issues")),
        # a body the reference data does not know, named in full
        ("The Advisory Group on Rural Water, created by General Assembly resolution 77/12, met in New York.",
         ("ga/res/77/12", "ga/advisory-group-on-rural-water")),
        ("The Advisory Group on Rural Water (set up by General Assembly resolution 77/12) met in New York.",
         ("ga/res/77/12", "ga/advisory-group-on-rural-water")),
    ],
)
def test_a_participle_of_origin_set_off_after_the_name(sentence, fact):
    assert established(sentence) == {fact}


_BEFORE = "In resolution {n}, the General Assembly requested the Secretary-General to report. "


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        (_BEFORE.format(n="65/182") + "The Open-ended Working Group on Ageing, created by the same resolution, met in New York.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        (_BEFORE.format(n="65/182") + "The Open-ended Working Group on Ageing, established by the same resolution, met.",
         ("ga/res/65/182", "ga/open-ended-working-group-on-ageing")),
        (_BEFORE.format(n="77/12") + "The Advisory Group on Rural Water (set up under that resolution) met in New York.",
         ("ga/res/77/12", "ga/advisory-group-on-rural-water")),
        (_BEFORE.format(n="77/12") + "The Committee of Experts on Public Administration, constituted by that resolution, met.",
         ("ga/res/77/12", "ga/committee-of-experts-on-public-administration")),
    ],
)
def test_the_participle_names_the_instrument_by_a_back_reference(sentence, fact):
    assert established(sentence) == {fact}


@pytest.mark.parametrize(
    "sentence",
    [
        # a paper, no body
        "The report, created by General Assembly resolution 77/12, was issued.",
        # the participle's agent is no instrument
        "The Advisory Group on Rural Water, created by the Secretariat to support the decision, met in New York.",
        # a kind word alone names no body
        _BEFORE.format(n="77/12") + "The working group, created by that resolution, met in New York.",
        # a body that adopts instruments of its own is not set up by the one it is named beside
        _BEFORE.format(n="77/12") + "The General Assembly, created by that resolution, met in New York.",
    ],
)
def test_near_misses_establish_nothing(sentence):
    assert established(sentence) == set()

"""A gathering inside a question the sentence puts holds no place nor days (E251, what E237 and E245
left): "The Commission considered whether the Working Group should hold its fourth meeting in Bangkok"
tells no meeting held or settled in Bangkok (`documents.asked_whether_before`, read on the place-only
path and the place-and-days path of `relate.Reader.gathering_facts`).

Near misses that keep their place: the question answered in a later clause ("…, and decided that the
Working Group shall hold its fourth meeting in Bangkok"), a gathering told before the question ("The
Working Group, which held its fourth meeting in Bangkok, considered whether …"), a plain future.
Sentences are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

_MASTHEAD = {("ccr#13", "New York"), ("ccr#13", "2032-03-08/2032-03-12")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission considered whether the Working Group should hold its fourth meeting in Bangkok.",
        "The Commission discussed whether the Working Group would hold its fourth meeting in Bangkok or in Manila.",
        "The Bureau examined whether the Committee on Coastal Data could hold its ninth session in Suva from 4 to 8 May 2033.",
        "Delegations asked if the Committee on Coastal Data might convene its ninth session in Suva in May 2033.",
    ],
)
def test_a_question_holds_no_place(sentence: str) -> None:
    text = in_note(sentence)
    assert (facts(text, "heldIn") | facts(text, "heldOn")) - _MASTHEAD == set()


@pytest.mark.parametrize(
    ("sentence", "gathering"),
    [
        ("The Commission considered whether to hold its fourteenth session in Bangkok, and decided that the Working Group "
         "shall hold its fourth meeting in Bangkok.", "ccr/wg-early-warning#4"),
        ("The Working Group, which held its fourth meeting in Bangkok, considered whether to meet again.", "ccr/wg-early-warning#4"),
        ("The Working Group will hold its fourth meeting in Bangkok.", "ccr/wg-early-warning#4"),
    ],
)
def test_a_place_told_outside_the_question(sentence: str, gathering: str) -> None:
    assert (gathering, "Bangkok") in facts(in_note(sentence), "heldIn")

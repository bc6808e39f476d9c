"""The day of an adoption told after how it was adopted: "The General Assembly adopted resolution 77/12
without a vote on 7 December 2022", "... by a recorded vote of 120 to 10, with 30 abstentions, on 7
December 2022", "... by consensus at its seventy-seventh session", and the noun with the adopting body before "of": "Following the adoption by the General
Assembly of resolution 77/12 on 7 December 2022". The day right after the number, the passive and "the
adoption of" were read (E174, a cell of the lead's grids; `relate._HOW_ADOPTED_BEFORE_DAY`,
`rules/passive_adoptions._NOMINAL_ADOPTION`). Near misses: a day that belongs to another clause."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note, in_sg_report


def adopted_on(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "adoptedOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly adopted resolution 77/12 without a vote on 7 December 2022.",
        "The General Assembly adopted resolution 77/12 by consensus on 7 December 2022.",
        "The Assembly adopted resolution 77/12 by a recorded vote of 120 to 10, with 30 abstentions, on 7 December 2022.",
        "The General Assembly adopted resolution 77/12 by 120 votes to 10, with 30 abstentions, on 7 December 2022.",
        "The General Assembly had adopted resolution 77/12 unanimously on 7 December 2022.",
        "The General Assembly adopted resolution 77/12 without a vote at its 45th plenary meeting on 7 December 2022.",
        "Following the adoption by the General Assembly of resolution 77/12 on 7 December 2022, the Secretary-General convened"
        " consultations.",
        "Since the adoption by the Assembly of resolution 77/12 on 7 December 2022, the Secretary-General has reported twice.",
        "The adoption by the General Assembly of resolution 77/12 by a recorded vote on 7 December 2022 was welcomed.",
    ],
)
def test_the_day_after_the_vote_is_the_adoptions(sentence):
    assert adopted_on(sentence) == {("ga/res/77/12", "2022-12-07")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly adopted resolution 77/12 without a vote at its seventy-seventh session.",
        "The General Assembly adopted resolution 77/12 by a recorded vote of 120 to 10, with 30 abstentions, at its seventy-seventh"
        " session.",
    ],
)
def test_the_session_after_the_vote_adopted_it(sentence):
    assert in_sg_report(sentence, "adoptedAt") == {("ga/res/77/12", "ga#77")}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The Economic and Social Council adopted resolution 2031/5 without a vote on 7 June 2031.", ("ecosoc/res/2031/5", "2031-06-07")),
        ("The adoption by the Economic and Social Council of resolution 2031/5 on 7 June 2031 was welcomed.",
         ("ecosoc/res/2031/5", "2031-06-07")),
        ("The Commission adopted resolution 12/4 by consensus on 14 March 2031.", ("ccr/res/12/4", "2031-03-14")),
    ],
)
def test_other_bodies_adoptions(sentence, fact):
    assert fact in facts(in_note(sentence), "adoptedOn")


@pytest.mark.parametrize(
    "sentence",
    [
        # the day is the Commission's meeting, another clause's
        "The Economic and Social Council adopted resolution 2022/5 without a vote, and on 7 June 2022 the Commission met.",
        "Following the adoption by the General Assembly of resolution 77/12, on 7 December 2022 the Secretary-General convened"
        " consultations.",
        "The General Assembly adopted resolution 77/12 without a vote after the debate on 7 December 2022.",
    ],
)
def test_near_misses_give_no_day(sentence):
    assert adopted_on(sentence) == set()

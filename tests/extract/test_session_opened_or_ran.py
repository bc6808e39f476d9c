"""A session's place told by "opened", its days by "ran": "The seventy-ninth session of the General
Assembly was opened (opened) in New York on 10 September 2024" is held in New York (the opening day
alone is no span of its days: the unseen gold keeps "The first part of the session opened in Kingston
on 16 March 2027" a `held_in` alone, and "which opened on 1 January 2032" no `held_on`); "ran from 10 to
24 September 2024", "will run from" is held on those days. And "in New York on Tuesday, 10 September":
the weekday after "on" is no part of the town's name (E174, a cell of the lead's grids; `relate._HELD`,
`rules/places.PLACE`). Near misses: opened by someone, opened on a day alone, ran for a week."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note, in_sg_report


@pytest.mark.parametrize(
    "sentence",
    [
        "The seventy-ninth session of the General Assembly was opened in New York on 10 September 2024.",
        "The seventy-ninth session of the General Assembly opened in New York on 10 September 2024.",
        "The seventy-ninth session of the General Assembly opened at United Nations Headquarters in New York on Tuesday,"
        " 10 September 2024.",
        "The seventy-ninth session of the General Assembly opened in New York on 10 September 2024 and closed on 30 September.",
    ],
)
def test_opened_in_a_town_is_held_there(sentence):
    assert in_sg_report(sentence, "heldIn") == {("ga#79", "New York")}


def test_the_town_after_the_opening_day():
    sentence = "The thirty-second session of the Commission on Crime Prevention and Criminal Justice opened on Monday, 20 May 2023, in Vienna."
    assert in_sg_report(sentence, "heldIn") == {("ecosoc/ccpcj#32", "Vienna")}
    assert in_sg_report(sentence, "heldOn") == set()


def test_the_opening_day_alone_is_no_span():
    sentence = "The seventy-ninth session of the General Assembly was opened in New York on 10 September 2024."
    assert in_sg_report(sentence, "heldOn") == set()


def test_a_weekday_after_the_town_leaves_the_town():
    sentence = "The seventy-ninth session of the General Assembly convened in New York on Tuesday, 10 September 2024."
    assert in_sg_report(sentence, "heldIn") == {("ga#79", "New York")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The seventy-ninth session of the General Assembly ran from 10 to 24 September 2024.",
        "The seventy-ninth session of the General Assembly will run from 10 to 24 September 2024.",
        "The seventy-ninth session of the General Assembly is expected to run from 10 to 24 September 2024.",
    ],
)
def test_ran_from_is_held_on(sentence):
    assert in_sg_report(sentence, "heldOn") == {("ga#79", "2024-09-10/2024-09-24")}


def test_a_commissions_session_ran_in_a_town():
    sentence = "The thirty-second session of the Commission on Crime Prevention and Criminal Justice ran in Vienna from 20 to 24 May 2023."
    assert in_sg_report(sentence, "heldIn") == {("ecosoc/ccpcj#32", "Vienna")}
    assert in_sg_report(sentence, "heldOn") == {("ecosoc/ccpcj#32", "2023-05-20/2023-05-24")}


def test_the_commissions_own_session_opened_in_a_town():
    text = in_note("The twelfth session of the Commission was opened in Bangkok on 10 March 2031.")
    assert ("ccr#12", "Bangkok") in facts(text, "heldIn")
    assert not {fact for fact in facts(text, "heldOn") if fact[0] == "ccr#12"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The seventy-ninth session of the General Assembly was opened by the President on 10 September 2024.",
        "The seventy-ninth session of the General Assembly opened on 10 September 2024.",
        "The general debate of the seventy-ninth session of the General Assembly ran for a week.",
    ],
)
def test_near_misses_are_held_nowhere_and_never(sentence):
    assert in_sg_report(sentence, "heldIn", "heldOn") == set()

"""An instrument dated by another: "resolution 88/232, adopted on the same day as resolution 88/231"
takes the day the text gave 88/231 (in the sentence or before it), and the relative clause after it
("..., and in which it requested the Secretary-General to ...") is 88/232's, not that of the
instrument named only as the other's day (E205, `relate.Reader.same_day_as`, `relate._SAME_DAY_AS`).
An instrument whose day the text never gave dates nothing; a day "as" an event is no instrument's."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution, in_sg_report


def said(sentence: str, relation: str) -> set[tuple[str, str]]:
    return {pair for pair in in_sg_report(sentence, relation) if pair[0] != "A/79/400" and not pair[0].startswith("ga#")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("By its resolution 88/231 of 22 December 2033, the Assembly established the Office. The Office also serves the "
         "committee set up by resolution 88/232, adopted on the same day as resolution 88/231.",
         {("ga/res/88/231", "2033-12-22"), ("ga/res/88/232", "2033-12-22")}),
        ("The committee was established by General Assembly resolution 88/232, adopted on the same day as General Assembly "
         "resolution 88/231 of 22 December 2033.", {("ga/res/88/231", "2033-12-22"), ("ga/res/88/232", "2033-12-22")}),
        ("Economic and Social Council resolution 2033/21 of 24 July 2033 set the review. Council resolution 2033/22, which was "
         "adopted the same day as resolution 2033/21, asked for data.", {("ecosoc/res/2033/21", "2033-07-24"), ("ecosoc/res/2033/22", "2033-07-24")}),
    ],
)
def test_the_day_of_the_other_instrument(sentence, expected):
    assert said(sentence, "adoptedOn") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the other's day never given
        "The committee was established by resolution 88/232, adopted on the same day as resolution 88/231.",
        # the same day as an event, no instrument
        "The committee was established by resolution 88/232, adopted on the same day as the opening of the Conference.",
    ],
)
def test_near_misses_date_nothing(sentence):
    assert said(sentence, "adoptedOn") == set()


@pytest.mark.parametrize(
    ("sentence", "addressee"),
    [
        ("The Office serves the committee which the Assembly established by its resolution 88/232, adopted on the same day as "
         "resolution 88/231, and in which it requested the Secretary-General to provide support.", "secretary-general"),
        ("The Office follows resolution 88/232, adopted on the same day as resolution 88/231, in which the General Assembly "
         "invited the United Nations Environment Programme to contribute.", "unep"),
    ],
)
def test_the_clause_after_is_the_first_instruments(sentence, addressee):
    relation = "invites" if addressee == "unep" else "requests"
    assert said(sentence, relation) == {("ga/res/88/232", addressee)}


def test_a_commission_resolution_dated_by_another():
    text = in_resolution(
        "Recalling its resolution 11/3 of 14 March 2030 and its resolution 11/4, adopted on the same day as resolution 11/3,",
        "1. Requests the Executive Secretary to report.",
    )
    assert ("ccr/res/11/4", "2030-03-14") in facts(text, "adoptedOn")

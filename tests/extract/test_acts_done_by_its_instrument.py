""""in accordance with section IV by its decision 87/502": the phrase of a mandate ("in accordance
with", "pursuant to") governs the words right after it, and "by its decision" names the instrument
the act was done by. "At its 2nd plenary meeting, on 16 September 2032, the General Assembly adopted
the recommendations by its decision 87/501, and decided to allocate the items in accordance with
section IV by its decision 87/502" adopted both decisions that day; 87/502 had been read as the
mandate of the allocation and lost its day.

Near misses: the instrument as the object of the phrase ("in accordance with its decision 12/101")
stays a mandate, and so does a text the instrument set out or established ("in accordance with the
guidelines set out by its decision 12/101", "the procedure established by its decision 12/101")."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note_under_no_item, in_sg_report

NOTE = "E/CN.21/2032/4"


def test_both_decisions_are_adopted_on_the_meetings_day():
    sentence = (
        "At its 2nd plenary meeting, on 16 September 2032, the General Assembly adopted the recommendations contained "
        "in sections II and III of the present report by its decision 87/501, and decided to allocate the items in "
        "accordance with section IV by its decision 87/502, both adopted without a vote."
    )
    assert in_sg_report(sentence, "adoptedOn") == {("ga/dec/87/501", "2032-09-16"), ("ga/dec/87/502", "2032-09-16")}


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 3rd meeting, on 12 March 2031, the Commission adopted its programme of work in accordance with annex II "
        "by its decision 12/101.",
        "At its 3rd meeting, on 12 March 2031, the Commission adopted the arrangements pursuant to the agreed timetable "
        "by its decision 12/101.",
    ],
)
def test_the_instrument_after_by_its_is_adopted_not_a_mandate(sentence):
    assert facts(in_note_under_no_item(sentence), "adoptedOn") == {("ccr/dec/12/101", "2031-03-12")}


def test_the_instrument_the_phrase_governs_stays_a_mandate():
    sentence = "At its 3rd meeting, on 12 March 2031, the Commission adopted its programme of work in accordance with its decision 12/101."
    assert facts(in_note_under_no_item(sentence), "adoptedOn") == set()


@pytest.mark.parametrize(
    "sentence",
    [
        "The present note was prepared in accordance with the guidelines set out by its decision 12/101.",
        "The present note was prepared in accordance with the procedure established by its decision 12/101.",
        "The present note was prepared pursuant to the arrangements made by its decision 12/101.",
    ],
)
def test_a_text_the_instrument_set_out_is_still_the_mandate(sentence):
    assert facts(in_note_under_no_item(sentence), "pursuantTo") == {(NOTE, "ccr/dec/12/101")}

"""A paper issued under a text an instrument annexes: "The present note is submitted ... pursuant to
paragraph 3 of the terms of reference set out in the annex to resolution 61/275", "prepared in
accordance with section II of the guidelines reproduced in the annex to General Assembly resolution
75/233". The instrument that annexes the text is the paper's mandate, as "annexed to resolution 3/1"
and "contained in the annex to" already said (`rules/documents`, the annexed text's alternative:
"set out", "reproduced", "included in the annex to", the issuer's name before the keyword). A text
set out in an instrument's annex that sends no paper, or the present note's own annex, is no mandate."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note, in_sg_report


@pytest.mark.parametrize(
    ("sentence", "instrument"),
    [
        ("The present note is submitted to the General Assembly at its seventy-ninth session pursuant to paragraph 3 of the "
         "terms of reference set out in the annex to resolution 61/275.", "ga/res/61/275"),
        ("This report has been prepared in accordance with section II of the guidelines reproduced in the annex to General "
         "Assembly resolution 75/233.", "ga/res/75/233"),
        ("The present report is submitted pursuant to the rules included in the annex to resolution 72/305.", "ga/res/72/305"),
    ],
)
def test_a_report_under_a_text_an_assembly_resolution_annexes(sentence, instrument):
    assert in_sg_report(sentence, "pursuantTo") == {("A/79/400", instrument)}


def test_a_commissions_note():
    paragraph = "The present note is prepared in accordance with paragraph 2 of the rules of procedure set out in the annex to Commission resolution 9/2."
    assert facts(in_note(paragraph), "pursuantTo") == {("E/CN.21/2032/4", "ccr/res/9/2")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The terms of reference set out in the annex to resolution 61/275 provide that the Committee shall consist of five members.",
        "The membership of the Committee is set out in the annex to resolution 61/275.",
        "The present note is submitted pursuant to paragraph 3 of the terms of reference set out in the annex to the present note.",
    ],
)
def test_near_misses_give_no_mandate(sentence):
    assert in_sg_report(sentence, "pursuantTo") == set()

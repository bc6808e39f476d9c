"""Whose session "its" is in "the report of <a body> on its fourteenth session": the body the report is
of. "The General Assembly had before it the report of the Open-ended Working Group on Ageing on its
fourteenth session (A/79/250)" gave the report of the General Assembly's fourteenth session (the short
name "Open-ended Working Group" inside the name made the body look known, and "its" went to the body
named before). Now: a body the reference data knows, or one the text created, holds it; a body nobody
knows, nothing (never the sentence's subject nor the author); in whichever place the report stands in
the sentence (E174, a cell of the lead's grids; `resolve._reporting_body_on_its`,
`_report_of_an_unknown_body`)."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report

CREATED = "The Open-ended Working Group on Ageing was established by General Assembly resolution 65/182. "


def reported(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "reportOf")


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly had before it the report of the Commission on Crime Prevention and Criminal Justice on its"
        " thirty-second session (A/79/250).",
        "The report of the Commission on Crime Prevention and Criminal Justice on its thirty-second session (A/79/250) was"
        " before the Assembly.",
        "The Assembly took note of the report of the Commission on Crime Prevention and Criminal Justice on the work of its"
        " thirty-second session (A/79/250).",
    ],
)
def test_a_known_body_holds_the_session_reported_on(sentence):
    assert reported(sentence) == {("A/79/250", "ecosoc/ccpcj#32")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly had before it the report of the Open-ended Working Group on Ageing on its fourteenth session (A/79/250).",
        "The report of the Open-ended Working Group on Ageing on its fourteenth session (A/79/250) was before the Assembly.",
    ],
)
def test_a_body_the_text_created_holds_it(sentence):
    assert reported(CREATED + sentence) == {("A/79/250", "ga/open-ended-working-group-on-ageing#14")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Assembly had before it the report of the Open-ended Working Group on Ageing on its fourteenth session (A/79/250).",
        "The report of the Open-ended Working Group on Ageing on its fourteenth session (A/79/250) was before the Assembly.",
        "The General Assembly had before it the report of the Ad Hoc Committee on the Indian Ocean on its fourteenth session (A/79/250).",
        "The Economic and Social Council took note of the report of the Committee for Development Policy on its twenty-sixth"
        " session (A/79/250).",
    ],
)
def test_a_body_nobody_knows_gives_no_ones_session(sentence):
    assert reported(sentence) == set()
    assert not {g for g, body in in_sg_report(sentence, "meetingOf") if g != "ga#79"}

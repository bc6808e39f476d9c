"""An operative "Decides that <body> shall <task>" asks the body (E197, a cell of the lead's grid r17):
"Decides that the Working Group … shall prepare draft guidelines …" is a request of the instrument, as
"should examine" is (E106, u115's gold): "shall" before a verb of work the body is to deliver (prepare,
draft, develop, examine, review, study, compile …; `rules/decided_that._TASK`).

Near misses (the unseen set's conventions): arrangements ("shall be held", "shall hold its fourth
meeting", "shall be composed of", "shall continue its work", "shall complete its work", "shall keep the
matter under review"); a body's reporting line ("shall report to the Commission", told when it is set
up: u17's gold); the issuer itself ("Decides that the Commission shall consider"); Member States."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import COP_DECISION, REFERENCE, extracted_with, in_resolution

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")


def asked(frame: str, sentence: str) -> set[tuple[str, str]]:
    text = in_resolution(sentence) if frame == "res" else COP_DECISION.format(s=sentence)
    return {(s, o) for r, s, o in with_treaty(text) if r == "requests"}


RES = "ccr/res/12/1"
WG = "ccr/wg-early-warning"


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("res", "Decides that the Working Group on Early Warning Systems shall prepare draft guidelines for consideration by the Commission"
         " at its thirteenth session;", {(RES, WG)}),
        ("res", "Decides that the Committee on Coastal Data shall review the methodology and prepare a draft framework;",
         {(RES, "ccr/committee-on-data")}),
        ("res", "Further decides that the Bureau of the Commission on Coastal Resilience shall also examine the options;", {(RES, "ccr/bureau")}),
        ("res", "Decides that the Working Group on Early Warning Systems shall develop draft guidelines and shall report to the Commission"
         " at its thirteenth session;", {(RES, WG)}),
        ("cop", "Decides that the Regional Forum on Coastal Wetlands shall prepare a regional strategy for consideration by the"
         " Conference of the Parties at its seventeenth meeting;", {("rs-cop/dec/16/3", "wetland-forum")}),
        ("cop", "Decides that the secretariat shall compile the submissions received;", {("rs-cop/dec/16/3", "rs-cop/secretariat")}),
    ],
)
def test_the_body_that_shall_do_the_work_is_asked(frame, sentence, expected):
    assert asked(frame, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Decides that the thirteenth session of the Commission shall be held in Vienna;",
        "Decides that the Working Group on Early Warning Systems shall hold its fourth meeting in Vienna;",
        "Decides that the Working Group on Early Warning Systems shall be composed of ten experts;",
        "Decides that the Working Group on Early Warning Systems shall continue its work;",
        "Decides that the Working Group on Early Warning Systems shall complete its work by the thirteenth session of the Commission;",
        "Decides that the Working Group on Early Warning Systems shall keep the matter under review;",
        "Decides that the Working Group on Early Warning Systems shall report to the Commission at its thirteenth session;",
        "Decides that the Commission shall consider the matter at its thirteenth session;",
        "Decides that Member States shall prepare national reports;",
    ],
)
def test_an_arrangement_asks_nobody(sentence):
    assert asked("res", sentence) == set()

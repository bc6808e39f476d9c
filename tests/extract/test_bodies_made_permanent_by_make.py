"""A body made permanent by the verb "make" with its object between (E197, a cell of the lead's grid
r17): "decided to make the Working Group on X a permanent subsidiary body of the Commission", "Decides
to make the Committee on Coastal Data a permanent committee", "decided to make the Regional Forum …
permanent" give `makesConstantElement`, as "shall continue as a standing committee" and "shall be a
permanent feature" did. `_CONSTANT` wanted a verb ("be", "become", "remain", "serve", "made" in the
passive) or "as"/"into" right before "a permanent …": "make X a permanent body" puts the body between
(`rules/made_permanent.made_into_standing`, read in `Reader.standing_words`).

Near misses: a step weighed, not taken ("to consider whether to make", "to consider making", "the
possibility of making", "a proposal to make"); "make X more effective"; "make X available to a standing
committee"; "its permanent members"."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, COP_DECISION, REFERENCE, extracted_with, in_resolution, in_sg_report

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")


def made_permanent(frame: str, sentence: str) -> set[tuple[str, str]]:
    if frame == "sg":
        return in_sg_report(sentence, "makesConstantElement")
    text = {"rep": ACTION_TAKEN.format(s=sentence), "res": in_resolution(sentence), "cop": COP_DECISION.format(s=sentence)}[frame]
    return {(s, o) for r, s, o in with_treaty(text) if r == "makesConstantElement"}


WG = "ccr/wg-early-warning"


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("rep", "In its resolution 11/2, the Commission decided to make the Working Group on Early Warning Systems a permanent subsidiary"
         " body of the Commission.", {("ccr/res/11/2", WG)}),
        ("rep", "By its resolution 11/2, the Commission made the Working Group on Early Warning Systems a standing body.", {("ccr/res/11/2", WG)}),
        ("res", "Decides to make the Working Group on Early Warning Systems a standing body of the Commission;", {("ccr/res/12/1", WG)}),
        ("res", "Decides to make the Committee on Coastal Data a permanent committee;", {("ccr/res/12/1", "ccr/committee-on-data")}),
        ("rep", "In decision 16/3, the Conference of the Parties to the Convention on Reef Sanctuaries decided to make the Regional Forum"
         " on Coastal Wetlands a permanent forum of the Convention.", {("rs-cop/dec/16/3", "wetland-forum")}),
        ("rep", "In decision 2031/4, the Executive Board of the Coastal Wetlands Fund decided to make the Regional Forum on Coastal"
         " Wetlands permanent.", {("wetland-fund-board/dec/2031/4", "wetland-forum")}),
        ("cop", "Decides to make the Regional Forum on Coastal Wetlands a permanent forum under the Convention;",
         {("rs-cop/dec/16/3", "wetland-forum")}),
        ("sg", "By resolution 77/12, the General Assembly decided to make the Working Group on Firearms a permanent subsidiary body.",
         {("ga/res/77/12", "cop-untoc/wg-firearms")}),
        ("sg", "In its resolution 2031/12, the Economic and Social Council decided to make the Working Group on Firearms a standing"
         " working group.", {("ecosoc/res/2031/12", "cop-untoc/wg-firearms")}),
    ],
)
def test_the_body_made_a_permanent_one_is_a_constant_element(frame, sentence, expected):
    assert made_permanent(frame, sentence) == expected


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        ("rep", "In its resolution 11/2, the Commission decided to consider whether to make the Working Group on Early Warning Systems a"
         " permanent subsidiary body."),
        ("rep", "In its resolution 11/2, the Commission decided to consider making the Working Group on Early Warning Systems a permanent"
         " subsidiary body."),
        ("rep", "In its resolution 11/2, the Commission requested the Bureau to study the possibility of making the Working Group on Early"
         " Warning Systems a permanent subsidiary body."),
        ("rep", "In its resolution 11/2, the Commission took note of a proposal to make the Working Group on Early Warning Systems a"
         " permanent subsidiary body."),
        ("rep", "In its resolution 11/2, the Commission decided to make the Working Group on Early Warning Systems more effective."),
        ("rep", "In its resolution 11/2, the Commission decided to make the Working Group on Early Warning Systems available to a standing"
         " committee of the Council."),
        ("res", "Decides to make the Working Group on Early Warning Systems available to its permanent members;"),
    ],
)
def test_a_step_weighed_or_another_object_makes_nothing_permanent(frame, sentence):
    assert made_permanent(frame, sentence) == set()

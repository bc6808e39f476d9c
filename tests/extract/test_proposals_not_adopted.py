"""A proposal told as not adopted, or an act declined, gives no fact (E215, what E210 left in a
Statistical Commission decision): "Notes that a proposal to convert the expert group into a standing
committee of the Commission did not obtain support" gave `makesConstantElement` ("into a standing
committee" is `_CONSTANT`'s), "… a proposal to hold the thirteenth session in Geneva failed to gain
consensus" the session's `heldIn` (and its `heldOn` where days were told). The words of a proposal
whose own predicate says it failed ("did not obtain support", "was not taken up", "failed to gain
consensus", "was rejected", "was withdrawn"), of a denial before what it denies ("no agreement was
reached on", "there was no support for") and of a declining verb ("decided not to", "Decides not
to") to the end of their clause (`rules/not_adopted.unadopted_spans`) make nothing permanent and place
no session (`Reader.gathering_facts`, the standing words of `Reader.mandates`). The establishing and
requesting rules gave nothing in these frames already; the cases pin it.

Near misses (their facts kept): the act itself ("Decides to convert …", "Decides that … shall continue
as a standing body"); a proposal approved or accepted ("The Commission approved the proposal to hold
its thirteenth session in Geneva from …"); a clause after the declined one (", and requests the
Executive Secretary to …"); a session settled in the sentence after a failed proposal."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import ACTION_TAKEN, COP_DECISION, REFERENCE, extracted_with, in_resolution, in_sg_report

with_treaty = extracted_with(Path(REFERENCE).parent / "phrasing_treaty.ttl")
WG = "ccr/wg-early-warning"
RELATIONS = ("makesConstantElement", "establishes", "requests", "heldIn", "heldOn")


def facts(frame: str, sentence: str) -> set[tuple[str, str, str]]:
    """The facts of ``RELATIONS`` the sentence gives in a frame, the session the frame's own
    document is of (its masthead's days) left out."""
    if frame == "sg":
        return {(rel, s, o) for rel in RELATIONS for s, o in in_sg_report(sentence, rel)}
    text = {"rep": ACTION_TAKEN.format(s=sentence), "res": in_resolution(sentence), "cop": COP_DECISION.format(s=sentence)}[frame]
    own = {"ccr#12", "rs-cop#16"}
    return {(rel, s, o) for rel, s, o in with_treaty(text) if rel in RELATIONS and s not in own}


@pytest.mark.parametrize(
    ("frame", "sentence"),
    [
        # makesConstantElement
        ("res", "1. Notes that a proposal to convert the Working Group on Early Warning Systems into a standing working group of the"
         " Commission did not obtain support;"),
        ("res", "1. Notes that a proposal to make the Working Group on Early Warning Systems a standing body was not taken up;"),
        ("res", "1. Decides not to convert the Working Group on Early Warning Systems into a standing body at the present stage;"),
        ("rep", "A proposal to convert the Working Group on Early Warning Systems into a standing body of the Commission did not obtain"
         " support."),
        ("rep", "The Commission decided not to make the Working Group on Early Warning Systems a standing body."),
        ("rep", "No agreement was reached on the suggestion that the Working Group on Early Warning Systems should continue as a"
         " standing body."),
        ("cop", "Notes that the proposal to make the Regional Forum on Coastal Wetlands a permanent forum under the Convention has not"
         " obtained sufficient support;"),
        ("cop", "Notes that there was no support for the idea of converting the Regional Forum on Coastal Wetlands into a permanent"
         " forum;"),
        # heldIn, heldOn
        ("res", "1. Notes that the proposal to hold the thirteenth session of the Commission in Geneva failed to gain consensus;"),
        ("rep", "A proposal to hold the thirteenth session in Geneva from 8 to 12 March 2032 did not obtain support."),
        ("rep", "No agreement was reached on a proposal to hold the thirteenth session of the Commission in Geneva."),
        ("cop", "Notes that the offer to hold the seventeenth meeting of the Conference of the Parties in Suva from 4 to 8 November 2033"
         " was withdrawn and that no proposal to host it was retained;"),
        ("sg", "A proposal that the General Assembly hold its eightieth session in Vienna was rejected by the General Committee."),
        # establishes, requests
        ("res", "1. Notes that no agreement was reached on the proposal to establish an expert group on tide gauges;"),
        ("res", "1. Notes that no agreement was reached on a proposal to request the Executive Secretary to prepare a study on tide"
         " gauges;"),
        ("res", "1. Decides not to establish an expert group on tide gauges;"),
        ("rep", "A proposal to establish an expert group on tide gauges was not taken up by the Commission."),
        ("sg", "A proposal to establish an advisory board on coastal finance, made during the consultations on resolution 77/12, failed"
         " to gain consensus."),
    ],
)
def test_a_proposal_not_adopted_or_an_act_declined_gives_no_fact(frame, sentence):
    assert facts(frame, sentence) == set()


@pytest.mark.parametrize(
    ("frame", "sentence", "expected"),
    [
        ("res", "1. Decides to convert the Working Group on Early Warning Systems into a standing body;",
         {("makesConstantElement", "ccr/res/12/1", WG)}),
        ("res", "1. Decides that the Working Group on Early Warning Systems shall continue as a standing body;",
         {("makesConstantElement", "ccr/res/12/1", WG)}),
        ("res", "1. Decides not to establish an expert group on tide gauges, and requests the Executive Secretary to prepare a study on"
         " tide gauges;", {("requests", "ccr/res/12/1", "ccr/executive-secretary")}),
        ("res", "1. Decides that the thirteenth session of the Commission shall be held in Geneva from 8 to 12 March 2032;",
         {("heldIn", "ccr#13", "Geneva"), ("heldOn", "ccr#13", "2032-03-08/2032-03-12")}),
        ("rep", "A proposal to hold the session in Bonn did not obtain support; the Commission decided that its thirteenth session"
         " would be held in Geneva from 8 to 12 March 2032.", {("heldIn", "ccr#13", "Geneva"), ("heldOn", "ccr#13", "2032-03-08/2032-03-12")}),
    ],
)
def test_the_act_itself_and_the_clause_after_keep_their_facts(frame, sentence, expected):
    assert facts(frame, sentence) == expected

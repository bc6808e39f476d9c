"""Bodies named again by a capitalised head, and a paragraph named again (E102): "requested the
Unit to present ..." after the "Joint Inspection Unit" was named in full, "called upon the
Working Group to report" after the "Working Group on Early Warning Systems"; "In the same
paragraph, the Commission encouraged X to ...": the paragraph of the instrument named last.

Invented sentences (the phrasing commission's bodies, other verbs and instruments)."""

from __future__ import annotations

import pytest

from pathlib import Path

from tests.extract.phrasing import extracted_with, facts, in_note

HEADS = extracted_with(Path(__file__).resolve().parents[1] / "data" / "heads_named_again.ttl")

FIRST = "In paragraph 4 of its resolution 11/4, the Commission took note of the work of the {full}."


@pytest.mark.parametrize(
    ("full", "head", "key"),
    [
        ("Joint Coastal Audit Unit", "Unit", "ccr/coastal-audit-unit"),
        ("Task Force on Coastal Finance", "Task Force", "ccr/tf-finance"),
        ("Working Group on Early Warning Systems", "Working Group", "ccr/wg-early-warning"),
    ],
)
@pytest.mark.parametrize(("verb", "relation"), [("requested", "requests"), ("called upon", "requests"), ("encouraged", "encourages")])
def test_a_capitalised_head_stands_for_the_body_named_in_full(full: str, head: str, key: str, verb: str, relation: str) -> None:
    text = in_note(FIRST.format(full=full) + f" By resolution 11/5, the Commission {verb} the {head} to report on its work.")
    assert (relation, "ccr/res/11/5", key) in HEADS(text)


def test_a_head_no_body_named_before_ends_on_names_none() -> None:
    text = in_note("By resolution 11/5, the Commission requested the Unit to report on its work.")
    assert not [f for f in HEADS(text) if f[0] == "requests" and f[2] == "ccr/coastal-audit-unit"]


def test_a_head_two_bodies_share_names_neither() -> None:
    text = in_note(
        "The Commission thanked the Tides Committee and the Currents Committee.",
        "By resolution 11/5, the Commission requested the Committee to report on its work.",
    )
    assert not {o for _, o in facts(text, "requests")} & {"ccr/tides-committee", "ccr/currents-committee"}


@pytest.mark.parametrize(("verb", "relation"), [("requested", "requests"), ("encouraged", "encourages")])
@pytest.mark.parametrize("kind", ["resolution", "decision"])
def test_in_the_same_paragraph_is_the_instrument_named_last(verb: str, relation: str, kind: str) -> None:
    short = "res" if kind == "resolution" else "dec"
    text = in_note(
        f"In paragraph 6 of its {kind} 11/4, the Commission invited the Bureau to meet.",
        f"In the same paragraph, the Commission {verb} the Executive Secretary of the Commission on Coastal Resilience to report.",
    )
    assert (f"ccr/{short}/11/4", "ccr/executive-secretary") in facts(text, relation)

"""A body created in a nominal passive (E102): "The establishment of a standing working group on
... was approved by decision 11/5", "Under decision 11/5, the establishment of a task force on ...
was approved", "... was approved in paragraph 7 of that resolution". The instrument named after
the verb (else the one the sentence opens on, else the one "that resolution" means) establishes
the body described after the noun; "a standing ..." is made a constant element; later mentions
mean the new body.

Invented sentences (the phrasing commission, other kinds of body, verbs and agents)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

BODIES = [
    ("working group on coastal sensors", "ccr/working-group-on-coastal-sensors", "the working group"),
    ("task force on direct access", "ccr/task-force-on-direct-access", "the task force"),
    ("expert group on tidal gauges", "ccr/expert-group-on-tidal-gauges", "the expert group"),
]
NOUNS = ["establishment", "creation"]
VERBS = ["was approved", "was also approved", "was agreed", "had been approved"]


@pytest.mark.parametrize(("described", "key", "again"), BODIES)
@pytest.mark.parametrize("noun", NOUNS)
@pytest.mark.parametrize("verb", VERBS)
def test_the_instrument_named_after_the_verb_establishes(described: str, key: str, again: str, noun: str, verb: str) -> None:
    text = in_note(f"The {noun} of a {described} {verb} by decision 11/5, which also requested {again} to report in 2032.")
    assert ("ccr/dec/11/5", key) in facts(text, "establishes")
    assert ("ccr/dec/11/5", key) in facts(text, "requests")
    assert not facts(text, "makesConstantElement")


@pytest.mark.parametrize(("described", "key", "again"), BODIES)
@pytest.mark.parametrize("lead", ["Under decision 11/5, ", "By its decision 11/5, ", "In resolution 11/5, "])
def test_the_instrument_the_sentence_opens_on_establishes(described: str, key: str, again: str, lead: str) -> None:
    kind = "res" if "resolution" in lead else "dec"
    text = in_note(f"{lead}the establishment of a {described} was approved. It was also decided that {again} should report to the Commission.")
    assert (f"ccr/{kind}/11/5", key) in facts(text, "establishes")
    assert (f"ccr/{kind}/11/5", key) in facts(text, "requests")


@pytest.mark.parametrize(("described", "key", "again"), BODIES)
@pytest.mark.parametrize("where", ["in paragraph 7 of that resolution", "by the same resolution", "in that resolution"])
def test_that_resolution_is_the_one_named_before(described: str, key: str, again: str, where: str) -> None:
    text = in_note(
        "In its resolution 11/4 of 2 March 2030, the Commission requested the Secretariat to report.",
        f"The establishment of an intergovernmental {described} was approved {where}.",
    )
    assert ("ccr/res/11/4", key) in facts(text, "establishes")


@pytest.mark.parametrize(("described", "key", "again"), BODIES)
@pytest.mark.parametrize("standing", ["standing", "new standing", "standing open-ended"])
def test_a_standing_body_so_created_is_a_constant_element(described: str, key: str, again: str, standing: str) -> None:
    text = in_note(f"The establishment of a {standing} {described} was approved by decision 11/5.")
    established = facts(text, "establishes")
    assert len(established) == 1
    assert facts(text, "makesConstantElement") == established


@pytest.mark.parametrize(
    "sentence",
    [
        # no approval: a proposal or a wish, no body created
        "The establishment of a working group on coastal sensors was proposed by one delegation.",
        "The establishment of a task force on direct access was discussed under decision 11/5.",
        # a body named before, not described
        "The establishment of the Working Group on Early Warning Systems was recalled in decision 11/5.",
        # no instrument at all
        "The establishment of a task force on direct access was approved by consensus.",
    ],
)
def test_no_body_is_created_without_an_approving_instrument(sentence: str) -> None:
    assert not facts(in_note(sentence), "establishes")

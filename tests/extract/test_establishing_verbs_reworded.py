"""A body set up in other words than "decides to establish an ...": "Decides to set up the ...",
"decided to create the ...", "by which it created ...", and the first meeting such a body is to
hold (E64: the unseen documents reworded, tests/variants/wording.py)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

VERBS = ["establish", "set up", "create"]
NAMES = [
    ("the Pacific expert group on storm surge forecasting", "ccr/expert-group-on-storm-surge-forecasting"),
    ("an open-ended working group on mangrove restoration", "ccr/working-group-on-mangrove-restoration"),
    ("the open-ended working group on mangrove restoration", "ccr/working-group-on-mangrove-restoration"),
]


@pytest.mark.parametrize("verb", VERBS)
@pytest.mark.parametrize("name, body", NAMES)
def test_a_body_set_up_or_created_is_established_as_one_established_is(verb: str, name: str, body: str) -> None:
    text = in_resolution(f"Decides to {verb} {name}, which shall hold its first meeting in Suva in May 2032;")
    assert facts(text, "establishes") == {(RESOLUTION, body)}
    # the first meeting is the new body's, not a known body's of the same kind
    assert facts(text, "heldIn") == {(f"{body}#1", "Suva")}


@pytest.mark.parametrize("verb", ["set up", "create", "constitute"])
def test_also_decides_to_set_up_the_body(verb: str) -> None:
    text = in_resolution(f"Also decides to {verb} the task force on coastal data sharing;")
    assert {o for _, o in facts(text, "establishes")} == {"ccr/task-force-on-coastal-data-sharing"}


@pytest.mark.parametrize("sentence", [
    "Decides to set up the website of the Commission in all official languages;",
    "Decides to create the conditions for the participation of coastal communities;",
    "Decides to set up the meetings of the Bureau in a hybrid format;",
])
def test_what_is_no_body_is_not_established(sentence: str) -> None:
    assert facts(in_resolution(sentence), "establishes") == set()


@pytest.mark.parametrize("verb", ["created", "set up", "established"])
@pytest.mark.parametrize("clause", ["by which it", "in which it"])
def test_an_instrument_that_created_a_body_told_in_the_past(verb: str, clause: str) -> None:
    text = in_note(f"The Commission recalled its resolution 7/2, {clause} {verb} the working group on tide gauges.")
    assert facts(text, "establishes") == {("ccr/res/7/2", "ccr/working-group-on-tide-gauges")}


def test_a_fund_created_is_no_body() -> None:
    text = in_note("The Commission adopted resolution 9/4, in which it created a trust fund for coastal erosion.")
    assert facts(text, "establishes") == set()


@pytest.mark.parametrize("verb", ["establish", "set up", "create"])
def test_a_phrase_set_off_by_commas_between_the_verb_and_the_body(verb: str) -> None:
    text = in_note(f"In the same resolution 9/4, the Commission decided to {verb}, under the Commission, an open-ended "
                   "working group on tide gauges, which would hold its first meeting in Suva on 10 May 2032.")
    assert facts(text, "establishes") == {("ccr/res/9/4", "ccr/working-group-on-tide-gauges")}
    assert ("ccr/working-group-on-tide-gauges#1", "Suva") in facts(text, "heldIn")

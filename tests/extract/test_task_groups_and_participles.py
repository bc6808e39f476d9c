"""A "task group" is a kind of body an instrument establishes (as a task force or a working group
is), and ", set up by decision X," / ", created under resolution X," describes a body by the
instrument that established it, as ", established by decision X," does; that body is the subject
of what follows ("will henceforth be a standing task group")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution, RESOLUTION


@pytest.mark.parametrize("paragraph, body", [
    ("1. Decides to establish a task group on coastal sediment, co-chaired by two Bureau members;", "task group on coastal sediment"),
    ("1. Decides to establish an open-ended Task Group on Tide Gauges to advise the Commission;", "task group on tide gauges"),
])
def test_a_task_group_is_established(paragraph: str, body: str) -> None:
    established = {o for s, o in facts(in_resolution(paragraph), "establishes") if s == RESOLUTION}
    assert any(body in o.replace("-", " ") for o in established), established
    assert "ccr/bureau" not in established


@pytest.mark.parametrize("paragraph", [
    "1. Decides that the Working Group on Early Warning Systems, set up by resolution 9/2, will henceforth be a standing body of the Commission;",
    "1. Decides that the Working Group on Early Warning Systems, created under its resolution 9/2, shall be a standing working group;",
    "1. Decides that the Working Group on Early Warning Systems, set up pursuant to resolution 9/2, shall remain a permanent body;",
])
def test_a_body_set_up_by_an_instrument(paragraph: str) -> None:
    text = in_resolution(paragraph)
    assert ("ccr/res/9/2", "ccr/wg-early-warning") in facts(text, "establishes")
    assert (RESOLUTION, "ccr/wg-early-warning") in facts(text, "makesConstantElement")


@pytest.mark.parametrize("paragraph", [
    # "set up" of another object, and a body only mentioned with its instrument
    "1. Notes the arrangements set up by the secretariat under resolution 9/2;",
    "1. Takes note of the report of the Working Group on Early Warning Systems under resolution 9/2;",
])
def test_no_establishment_without_the_participle_of_a_body(paragraph: str) -> None:
    assert not [s for s, _ in facts(in_resolution(paragraph), "establishes") if s == "ccr/res/9/2"]

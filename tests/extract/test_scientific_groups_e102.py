"""Two more kinds of body an instrument creates (E102): "an open-ended scientific group on ...", "a
technical group on ...": born when established, named again by the words, made standing.

Invented sentences (the phrasing commission, other topics, verbs and modifiers)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

KINDS = ["scientific group", "technical group"]
TOPICS = [("coastal monitoring", "coastal-monitoring"), ("tide gauge calibration", "tide-gauge-calibration")]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("topic", "slug"), TOPICS)
@pytest.mark.parametrize("modifier", ["", "open-ended ", "ad hoc "])
def test_established_by_the_resolution(kind: str, topic: str, slug: str, modifier: str) -> None:
    words = f"{modifier}{kind}"
    article = "an" if words[0] in "aeiou" else "a"
    text = in_resolution(f"Decides to establish {article} {words} on {topic};")
    key = f"ccr/{kind.replace(' ', '-')}-on-{slug}"
    assert ("ccr/res/12/1", key) in facts(text, "establishes")


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(("topic", "slug"), TOPICS)
def test_made_standing_after_an_earlier_decision_set_it_up(kind: str, topic: str, slug: str) -> None:
    text = in_resolution(
        "Requests the secretariat to report;",
        f"Decides that the open-ended {kind} on {topic}, established by decision 10/4, shall continue as a standing {kind}.",
    )
    key = f"ccr/{kind.replace(' ', '-')}-on-{slug}"
    assert ("ccr/dec/10/4", key) in facts(text, "establishes")
    assert ("ccr/res/12/1", key) in facts(text, "makesConstantElement")

"""requests, round 4: "tasked" told in the past or the passive, with its "with" ("In resolution
12/1, the Commission tasked the Working Group ... with ...", "The Working Group ... is tasked by
the Commission, in resolution 12/1, with ..."); "the tasks of" and a task with no instrument
give nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note

WG = "ccr/wg-early-warning"


@pytest.mark.parametrize("sentence", [
    "In resolution 12/1, the Commission tasked the Working Group on Early Warning Systems with preparing a study.",
    "The Working Group on Early Warning Systems is tasked by the Commission, in resolution 12/1, with preparing a study.",
    "The Working Group on Early Warning Systems was tasked, in resolution 12/1, with a review of coastal data.",
])
def test_tasked(sentence: str) -> None:
    assert (RESOLUTION, WG) in facts(in_note(sentence), "requests")


@pytest.mark.parametrize("sentence", [
    "The tasks of the Working Group on Early Warning Systems are set out in resolution 12/1.",
    # no instrument: a subsidiary body's own act, or a task said with none
    "The Working Group on Early Warning Systems tasked its bureau with a review.",
    "The Working Group on Early Warning Systems is tasked with preparing a study.",
])
def test_no_task(sentence: str) -> None:
    assert not facts(in_note(sentence), "requests")

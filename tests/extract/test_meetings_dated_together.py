"""Two meetings named together, each with its short form in brackets, then dated together ("the
ninth meeting of the Audit and Risk Committee (ARC.9) and the twelfth session of the Commission
(CCR-12), both held on 6 and 7 October 2031"): each was held on those days (E95, from the spent
u117)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, REFERENCE, key

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u117.ttl"


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE, SPENT])


def _held_on(text: str) -> set[tuple[str, str]]:
    return {(key(f.subject), key(f.object)) for f in extract(text, source_key="n", registry=registry()).facts if f.relation == "heldOn"}


@pytest.mark.parametrize(
    ("sentence", "meetings", "days"),
    [
        ("It was preceded by the ninth meeting of the Audit and Risk Committee (ARC.9) and the twelfth session of "
         "the Commission on Coastal Resilience (CCR-12), both held on 6 and 7 October 2031.",
         ("rfb/audit#9", "ccr#12"), "2031-10-06/2031-10-07"),
        ("The tenth meeting of the Audit and Risk Committee and the eighteenth meeting of the Resilience Facility "
         "Board (RFB18), both to be held in Nairobi from 2 to 4 May 2032, will consider the budget.",
         ("rfb/audit#10", "rfb#18"), "2032-05-02/2032-05-04"),
    ],
)
def test_meetings_dated_together(sentence: str, meetings: tuple[str, str], days: str) -> None:
    held = _held_on(sentence + "\n")
    assert {(meeting, days) for meeting in meetings} <= held


def test_a_meeting_dated_alone_dates_no_other() -> None:
    held = _held_on(
        "The ninth meeting of the Audit and Risk Committee (ARC.9) and the twelfth session of the Commission on "
        "Coastal Resilience were announced; the latter will be held on 6 May 2032.\n"
    )
    assert ("rfb/audit#9", "2032-05-06") not in held

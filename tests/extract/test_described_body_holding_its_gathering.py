"""E234: "The expert group on tidal gauges held its second meeting in Manila on 4 and 5 May 2031."

A body the text describes in lower case (its kind, then what it is on or for), which the reference data
does not know and the text did not create, opening a sentence that tells its numbered gathering, is
learnt as a body of the one the document is of: its gathering is `meetingOf` it, with place and days.
Near misses: a kind alone ("The working group held ..."), a body of another named body, a proposal that
the group meet, a name in capitals the reference data knows.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract import phrasing


def stated(text: str) -> set[tuple[str, str, str]]:
    return phrasing.stated(extract(text, source_key="test", registry=phrasing.registry()))


@pytest.mark.parametrize(
    "text, body, number, place, days",
    [
        (phrasing.ACTION_TAKEN.format(s="The expert group on tidal gauges held its second meeting in Manila on 4 and 5 May 2031."),
         "ccr/expert-group-on-tidal-gauges", 2, "Manila", "2031-05-04/2031-05-05"),
        (phrasing.in_note("The open-ended working group on coastal data will hold its third session in Bangkok from 3 to 5 May 2032."),
         "ccr/working-group-on-coastal-data", 3, "Bangkok", "2032-05-03/2032-05-05"),
        (phrasing.in_note("Background.", "The intersessional task force for the review of early warning systems has since held its first meeting in Suva on 12 February 2032."),
         "ccr/task-force-for-the-review-of-early-warning-systems", 1, "Suva", "2032-02-12"),
    ],
)
def test_a_described_subject_holds_its_gathering(text: str, body: str, number: int, place: str, days: str) -> None:
    facts = stated(text)
    gathering = f"{body}#{number}"
    assert ("meetingOf", gathering, body) in facts
    assert ("heldIn", gathering, place) in facts
    assert ("heldOn", gathering, days) in facts


@pytest.mark.parametrize(
    "sentence",
    [
        # a kind alone: no body to learn
        "The working group held its second meeting in Manila on 4 and 5 May 2031.",
        # a proposal that the group meet, not its holding
        "The Secretariat proposes that the expert group on tidal gauges hold its first meeting in Manila on 4 and 5 May 2031, subject to the availability of funds.",
        # a meeting of another body, not the described subject's
        "The Commission recalled that the expert group on tidal gauges had requested the Bureau to hold its second meeting in Manila on 4 and 5 May 2031.",
    ],
)
def test_no_gathering_of_a_described_body_where_none_is_held(sentence: str) -> None:
    facts = stated(phrasing.ACTION_TAKEN.format(s=sentence))
    assert not any(f[0] == "meetingOf" and "group" in f[1] for f in facts), facts

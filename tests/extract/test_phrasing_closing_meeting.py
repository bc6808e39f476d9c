"""A session report names the meeting that adopted its texts by its place in the session as well
as by its number: "At its closing plenary meeting, on 16 October 2031, the Meeting of the Parties
adopted decisions IX/1 to IX/4", "At its final meeting, on …", "At the 9th plenary meeting,
on …". The date is each text's adoption date. A meeting named so that gives no date ("At its
closing meeting, the Commission adopted …") gives none, and a date that is no meeting's
("At its closing meeting, it decided that the report would be issued on 30 April") is none."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

HEAD = SESSION_REPORT.split("Chapter I")[0] + "Chapter IV\n\nAction taken by the Commission\n\n"

ADOPTED = [
    ("At its closing plenary meeting, on 14 March 2031, the Commission adopted resolution 12/1.", ["ccr/res/12/1"]),
    ("At its closing meeting, on 14 March 2031, the Commission adopted resolutions 12/1 and 12/2.", ["ccr/res/12/1", "ccr/res/12/2"]),
    ("At its final plenary meeting, on 14 March 2031, the Commission adopted resolutions 12/1 to 12/3, the text of which is set out in annex I.",
     ["ccr/res/12/1", "ccr/res/12/2", "ccr/res/12/3"]),
    ("At the concluding meeting, on 14 March 2031, the Commission adopted decision 12/101 without a vote.", ["ccr/dec/12/101"]),
    ("At its 8th plenary meeting, on 14 March 2031, the Commission adopted resolution 12/1.", ["ccr/res/12/1"]),
]


@pytest.mark.parametrize("sentence, instruments", ADOPTED)
def test_adopted_at_a_meeting_named_by_its_place(sentence: str, instruments: list[str]) -> None:
    adopted_on = facts(HEAD + "1. " + sentence + "\n", "adoptedOn")
    for instrument in instruments:
        assert (instrument, "2031-03-14") in adopted_on


NOT_ADOPTED_ON = [
    "At its closing meeting, the Commission adopted resolution 12/1.",
    "At its closing meeting, the Commission decided that resolution 12/1 would be published on 30 April 2031.",
    "At its opening meeting, on 10 March 2031, the Commission elected its Bureau.",
]


@pytest.mark.parametrize("sentence", NOT_ADOPTED_ON)
def test_no_adoption_date_without_one(sentence: str) -> None:
    adopted_on = facts(HEAD + "1. " + sentence + "\n", "adoptedOn")
    assert not {o for s, o in adopted_on if s == "ccr/res/12/1"}

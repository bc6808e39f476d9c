"""heldIn / heldOn from a place and dates in brackets right after a session named as the thing
whose outcome, results or conclusions are spoken of: "welcomed the outcome of the second
session of the Committee (Geneva, 12–14 May 2031)". "The outcome of", "at the end of" and "on
the margins of" otherwise name no sitting (`relate._NOT_HELD`); the bracket still says where and
when that session sat. A bracket holding a symbol, or no bracket, says nothing of it."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

SESSION = "ccr/committee-on-data#2"

HELD = [
    ("The Commission welcomed the outcome of the second session of the Committee on Coastal Data (Geneva, 12–14 May 2031).",
     "Geneva", "2031-05-12/2031-05-14"),
    ("The results of the second session of the Committee on Coastal Data (Geneva, Switzerland, 12–14 May 2031) are annexed.",
     "Geneva", "2031-05-12/2031-05-14"),
    ("The Commission will consider the conclusions of the second session of the Committee on Coastal Data (Nairobi, 3 and 4 June 2031).",
     "Nairobi", "2031-06-03/2031-06-04"),
    ("On the margins of the second session of the Committee on Coastal Data (Bonn, 12–14 May 2031), a side event took place.",
     "Bonn", "2031-05-12/2031-05-14"),
]


@pytest.mark.parametrize("paragraph, place, dates", HELD)
def test_bracket_after_an_outcome_says_where_and_when(paragraph: str, place: str, dates: str) -> None:
    text = in_note(paragraph)
    assert (SESSION, place) in facts(text, "heldIn")
    assert (SESSION, dates) in facts(text, "heldOn")


NOT_HELD = [
    "At the end of the second session of the Committee on Coastal Data (see E/CN.21/2031/6), members met in Bonn on 3 June 2031.",
    "The outcome of the second session of the Committee on Coastal Data (E/CN.21/2031/6) was presented in Bonn on 3 June 2031.",
    "On the margins of the second session of the Committee on Coastal Data, a side event was held in Bonn on 3 June 2031.",
]


@pytest.mark.parametrize("paragraph", NOT_HELD)
def test_no_bracketed_place_no_sitting(paragraph: str) -> None:
    text = in_note(paragraph)
    assert not {f for f in facts(text, "heldIn") if f[0] == SESSION}
    assert not {f for f in facts(text, "heldOn") if f[0] == SESSION}

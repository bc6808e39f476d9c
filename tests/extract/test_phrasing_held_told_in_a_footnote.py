"""heldOn / heldIn from a footnote that tells where and when a session sat: "¹ The Commission
considered an advance version of this note at its 11th Session, held from 7 to 10 October
2031." (a note's footnote, a Markdown "[^1]: ..."). Only a session named right before ", held"
is dated; a footnote naming a session without saying it was held, or only citing a document,
dates nothing."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts


def with_footnote(note: str) -> str:
    return NOTE + "1. The present note was revised after comments were received.1\n\n2. Text.\n\n1 " + note + "\n"


HELD = [
    ("The Commission considered an advance version of this note at its 11th Session, held from 7 to 10 October 2031.",
     "ccr#11", "2031-10-07/2031-10-10", None),
    ("The Commission considered an advance version at its eleventh session, held in Nairobi from 7 to 10 October 2031.",
     "ccr#11", "2031-10-07/2031-10-10", "Nairobi"),
    ("Comments were received from the Committee on Coastal Data at its fifth session, held in Apia on 3 and 4 June 2031.",
     "ccr/committee-on-data#5", "2031-06-03/2031-06-04", "Apia"),
]


@pytest.mark.parametrize("note, session, dates, place", HELD)
def test_footnote_dates_the_session(note: str, session: str, dates: str, place: str | None) -> None:
    text = with_footnote(note)
    assert (session, dates) in facts(text, "heldOn")
    if place is not None:
        assert (session, place) in facts(text, "heldIn")


NOT_HELD = [
    "The Commission considered an advance version of this note at its eleventh session in October 2031.",
    "See the report of the Commission on its eleventh session (E/2031/31), para. 4.",
    "Revised on 7 October 2031 after the eleventh session of the Commission.",
]


@pytest.mark.parametrize("note", NOT_HELD)
def test_footnote_dates_nothing(note: str) -> None:
    text = with_footnote(note)
    assert not {f for f in facts(text, "heldOn") if f[0] == "ccr#11"}
    assert not {f for f in facts(text, "heldIn") if f[0] == "ccr#11"}

"""Where a body's next sessions will be held, as resolutions and notes tell it: "Accepts the offer
of the Government of Chile to host its 13th session in Santiago on 4 and 5 March 2032", "its
thirteenth session will take place in Nairobi in March 2032", "the 14th session shall be held at
the Regional Office in Bangkok" (a session in figures near the one the document is of), "will take
place at the headquarters of the Food Organization in Rome from 2 to 6 March 2032"."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution


@pytest.mark.parametrize(("clause", "session", "place", "days"), [
    ("1. Accepts the offer of the Government of Chile to host its 13th session in Santiago on 4 and 5 March 2032;",
     13, "Santiago", "2032-03-04/2032-03-05"),
    ("1. Welcomes the offer of Kenya to host its 14th session in Nairobi from 8 to 12 May 2033;",
     14, "Nairobi", "2033-05-08/2033-05-12"),
    ("1. Also decides that its thirteenth session will take place in Nairobi in March 2032, the dates to be set by the Bureau;",
     13, "Nairobi", None),
    ("1. Decides further that the 14th session shall be held at the Regional Office in Bangkok in March 2033;",
     14, "Bangkok", None),
    ("1. Notes that the thirteenth session of the Commission on Coastal Resilience will take place at the headquarters of "
     "the Food and Coast Organization in Rome from 2 to 6 March 2032;", 13, "Rome", "2032-03-02/2032-03-06"),
])
def test_the_place_of_a_coming_session(clause: str, session: int, place: str, days: str | None) -> None:
    text = in_resolution(clause)
    assert (f"ccr#{session}", place) in facts(text, "heldIn")
    if days is not None:
        assert (f"ccr#{session}", days) in facts(text, "heldOn")


def test_a_far_session_in_figures_is_not_the_mastheads() -> None:
    text = in_resolution("1. Recalls that the 40th session was held in Lima.")
    assert not any(s == "ccr#40" for s, _ in facts(text, "meetingOf"))

"""A decision on the dates of sessions to come: "Decides that its 222nd session will be held at
Headquarters in Paris from 6 to 16 October 2031" (a session in figures, the subject of its own
holding, is the speaker's), "that its fourteenth session would take place in Nairobi in April 2032"
(the place, the month no day)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution


@pytest.mark.parametrize(("clause", "n"), [
    ("Decides that its 15th session will be held in Nairobi from 6 to 16 October 2033;", 15),
    ("Decides that its 115th session shall be held in Nairobi from 6 to 16 October 2033;", 115),
    ("Decides that its 15th session is to take place in Nairobi from 6 to 16 October 2033;", 15),
])
def test_a_session_in_figures_held_later_is_the_speakers(clause: str, n: int) -> None:
    text = in_resolution(clause)
    assert (f"ccr#{n}", "Nairobi") in facts(text, "heldIn")
    assert (f"ccr#{n}", "2033-10-06/2033-10-16") in facts(text, "heldOn")


def test_a_numbered_sitting_is_still_no_session() -> None:
    text = in_resolution("Decides that its 15th meeting will be held in Nairobi on 6 October 2033;")
    assert not any(s.startswith("ccr#") and o == "Nairobi" for s, o in facts(text, "heldIn") if s != "ccr#12")


@pytest.mark.parametrize("verb", ["would take place", "will take place", "is to take place", "shall take place"])
def test_take_place_in_a_town_in_a_month(verb: str) -> None:
    text = in_note(f"The Commission decided that its fourteenth session {verb} in Nairobi in April 2032, subject to approval.")
    assert ("ccr#14", "Nairobi") in facts(text, "heldIn")


@pytest.mark.parametrize(("asked", "verb"), [
    ("the Committee on Coastal Data", "invited"),
    ("the Working Group on Early Warning Systems", "requested"),
])
def test_with_it_during_its_session_is_the_askers(asked: str, verb: str) -> None:
    text = in_note(f"By decision 12/2, adopted on 24 March 2031, the Commission {verb} {asked} to hold a joint meeting "
                   "with it during its fourteenth session.")
    meetings = facts(text, "meetingOf")
    assert ("ccr#14", "ccr") in meetings
    assert not any(s.endswith("#14") and o != "ccr" for s, o in meetings)


@pytest.mark.parametrize("when", ["in November 2031", "from 3 to 14 November 2031", "on 3 November 2031"])
def test_a_session_then_its_town_then_when(when: str) -> None:
    text = in_note("The report will be made available in conjunction with the fourteenth session of the Commission "
                   f"in Addis Ababa {when}.")
    assert ("ccr#14", "Addis Ababa") in facts(text, "heldIn")


def test_a_session_then_in_accordance_names_no_town() -> None:
    text = in_note("The report is submitted to the fourteenth session of the Commission in accordance with decision 12/2.")
    assert not any(s == "ccr#14" for s, _ in facts(text, "heldIn"))

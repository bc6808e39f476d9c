"""A gathering, its town and its dates listed with commas, as citations and adoption notes write
them: "(Adopted at the 12th session of the Commission, Nairobi, 10 to 14 March 2031)", "the
second session of the Committee on Coastal Data, Addis Ababa, Ethiopia, 3–7 May 2030": the
session's `heldIn` and `heldOn`. Negatives: a weekday in the slot ("its 9th meeting, Thursday,
3 May 2031") is no town, and a word for a sitting or a part of a document ("Plenary", "Agenda") gives no town."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution

WG = "ccr/wg-early-warning"
COMMITTEE = "ccr/committee-on-data"

LISTED = [
    (in_resolution("Recalling the recommendations of the second session of the Committee on Coastal Data, Addis Ababa, Ethiopia, 3–7 May 2030,"),
     f"{COMMITTEE}#2", "Addis Ababa", "2030-05-03/2030-05-07"),
    (in_resolution("Recalling the recommendations of the 2nd session of the Committee on Coastal Data, Montréal, 24 September to 4 October 2030,"),
     f"{COMMITTEE}#2", "Montréal", "2030-09-24/2030-10-04"),
    (in_note("The conclusions of the fifth meeting of the Working Group on Early Warning Systems, Bonn, 14 and 15 March 2031, are annexed."),
     f"{WG}#5", "Bonn", "2031-03-14/2031-03-15"),
]


@pytest.mark.parametrize("text, gathering, town, when", LISTED)
def test_town_and_dates_listed_after_the_gathering(text: str, gathering: str, town: str, when: str) -> None:
    assert (gathering, town) in facts(text, "heldIn")
    assert (gathering, when) in facts(text, "heldOn")


NOT_A_TOWN = [
    in_note("The Working Group on Early Warning Systems considered the item at its fifth meeting, Thursday, 3 May 2031."),
    in_note("The Working Group on Early Warning Systems considered the proposal at its fifth meeting, Plenary, 3 May 2031."),
]


@pytest.mark.parametrize("text", NOT_A_TOWN)
def test_no_town_from_a_weekday_or_a_word(text: str) -> None:
    towns = {o for s, o in facts(text, "heldIn") if s == f"{WG}#5"}
    assert not towns & {"Thursday", "Agenda"}

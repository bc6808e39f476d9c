"""A session named by a numeral before the body's whole name ("the 29th World Coastal Congress,
held in Lima from ...", "Decides that the 30th World Coastal Congress shall be held in ..."), as
by an ordinal in words ("the Twenty-ninth World Coastal Congress"). Before a short name ("the 3rd
Committee", "the 30th Congress") a numeral names no session: committees of a plenary are
numbered so, and a short name is too weak a sign."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence, session, town", [
    ("The 29th World Coastal Congress, held in Lima from 10 to 28 September 2029, adopted three resolutions.", "wcc#29", "Lima"),
    ("The Twenty-ninth World Coastal Congress, held in Lima from 10 to 28 September 2029, adopted three resolutions.", "wcc#29", "Lima"),
    ("The Commission decided that the 30th World Coastal Congress shall be held in Montevideo in August 2033.", "wcc#30", "Montevideo"),
])
def test_a_numeral_before_the_whole_name(sentence: str, session: str, town: str) -> None:
    text = in_note(sentence)
    assert (session, "wcc") in facts(text, "meetingOf")
    assert (session, town) in facts(text, "heldIn")


def test_its_dates() -> None:
    text = in_note("The 29th World Coastal Congress, held in Lima from 10 to 28 September 2029, adopted three resolutions.")
    assert ("wcc#29", "2029-09-10/2029-09-28") in facts(text, "heldOn")


@pytest.mark.parametrize("sentence", [
    "The 3rd Committee met in Geneva on 4 May 2031.",
    "The delegates of the 30th Congress met in Lima on 4 May 2031.",
])
def test_a_numeral_before_a_short_name(sentence: str) -> None:
    assert not {g for g, _ in facts(in_note(sentence), "meetingOf") if g.endswith(("#3", "#30"))}


def test_a_numeral_before_a_sittings_noun() -> None:
    # "the 11th World Coastal Congress plenary": the 11th plenary meeting, no session
    text = in_note("The Commission recalled the 11th World Coastal Congress plenary on coastal data.")
    assert not {g for g, _ in facts(text, "meetingOf") if g.startswith("wcc#")}

"""A day written without its year right before the meeting it is for (E103): "The Tides Committee
will reconvene at 10 a.m. on Monday, 24 February, for its 273rd meeting" in a document dated
2032 is held on 24 February 2032; a day across the new year takes the nearer year. Invented text
(the phrasing commission's committees, other verbs, days and layouts)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

RELEASE = (
    "Press Release\n\nCCR/PR/118\n{dated}\n\nTides Committee\n\n"
    "Tides Committee Opens Its Session\n\n"
    "{sentence}\n\nThe meeting was then adjourned.\n"
)


@pytest.mark.parametrize(
    ("sentence", "meeting", "day"),
    [
        ("The Tides Committee will reconvene at 10 a.m. on Monday, 24 February, for its 273rd meeting, on the budget.", "273", "2032-02-24"),
        ("The Currents Committee is to meet on 3 March for its 41st meeting.", "41", "2032-03-03"),
        ("The Tides Committee would convene on Thursday, March 5, for its 274th meeting.", "274", "2032-03-05"),
    ],
)
@pytest.mark.parametrize("dated", ["21 February 2032", "February 21, 2032"])
def test_a_day_without_its_year_takes_the_documents_year(sentence: str, meeting: str, day: str, dated: str) -> None:
    held = facts(RELEASE.format(dated=dated, sentence=sentence), "heldOn")
    assert any(s.endswith(f"#{meeting}") and o == day for s, o in held)


def test_a_day_across_the_new_year_takes_the_nearer_year() -> None:
    text = RELEASE.format(dated="18 December 2031", sentence="The Tides Committee will reconvene on Tuesday, 6 January, for its 275th meeting.")
    assert ("ccr/tides-committee#275", "2032-01-06") in facts(text, "heldOn")


def test_a_day_in_a_note_takes_its_mastheads_year() -> None:
    text = in_note("The Tides Committee will meet on 4 March for its 19th meeting.")
    assert ("ccr/tides-committee#19", "2032-03-04") in facts(text, "heldOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tides Committee will reconvene on 24 February 2033 for its 273rd meeting.",
        "On 24 February the Tides Committee will hold its 273rd meeting.",
    ],
)
def test_a_day_with_its_year_or_far_from_the_meeting_is_not_read_so(sentence: str) -> None:
    held = facts(RELEASE.format(dated="21 February 2032", sentence=sentence), "heldOn")
    assert not [o for s, o in held if s.endswith("#273") and o != "2033-02-24"]

"""held_in and held_on past a venue whose name puts the building's word first, as French names
it ("at the Centre International de Conférences Genève in Geneva"), or carries its abbreviation in
brackets ("at the Palais des Nations (PDN) in Geneva", "at the Vienna International Centre (VIC),
Vienna"), with "held" or "will take place". Before, such a venue hid the town and the dates: a
session announced so ("The Twelfth Conference ... (CSP12) will take place at the Centre
International de Conférences Genève (CICG) in Geneva from 25 to 29 August 2031") lost both (E68).

Negative: a venue whose name is a person's names no town; a centre of another kind before the
town is still the venue, not the place ("Centre" alone is no town)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

COMMITTEE = "ccr/committee-on-data#2"
MAY = "2031-05-12/2031-05-14"

VENUES = [
    "at the Centre International de Conférences Genève (CICG) in Geneva",
    "at the Centre International de Conférences Genève in Geneva",
    "at the Centre International de Conferences, Geneva,",
    "at the Palais des Nations (PDN) in Geneva",
    "at the World Conference Center (WCCB) in Bonn",
]
TOWNS = ["Geneva", "Geneva", "Geneva", "Geneva", "Bonn"]


@pytest.mark.parametrize("venue, town", list(zip(VENUES, TOWNS)))
@pytest.mark.parametrize("verb", ["held its second session", "will hold its second session"])
def test_a_session_held_at_such_a_venue_has_its_town_and_dates(venue: str, town: str, verb: str) -> None:
    text = in_note(f"The Committee on Coastal Data {verb} {venue} from 12 to 14 May 2031.")
    assert (COMMITTEE, MAY) in facts(text, "heldOn")
    assert {p for m, p in facts(text, "heldIn") if m == COMMITTEE} == {town}


@pytest.mark.parametrize("venue, town", list(zip(VENUES, TOWNS)))
def test_a_session_that_will_take_place_at_such_a_venue(venue: str, town: str) -> None:
    text = in_note(f"The second session of the Committee on Coastal Data will take place {venue} from 12 to 14 May 2031.")
    assert (COMMITTEE, MAY) in facts(text, "heldOn")
    assert {p for m, p in facts(text, "heldIn") if m == COMMITTEE} == {town}


def test_a_convention_centre_named_after_a_person_still_names_no_town() -> None:
    text = in_note("The Committee on Coastal Data held its second session at the Kenyatta International Convention Centre (KICC) from 12 to 14 May 2031.")
    assert not {p for m, p in facts(text, "heldIn") if m == COMMITTEE}

"""A venue whose word for the building comes first ("the Palais Wilson", "the Palazzo della
Pilotta", "the Villa Borghese") before its town, after "in" or a comma: the town is the place,
as after "the Palais des Nations, Geneva" and "the World Conference Center in Bonn"."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(
    ("sentence", "town"),
    [
        ("The Commission would hold its fourteenth session at the Palais Wilson in Geneva from 3 to 28 November 2032.", "Geneva"),
        ("The Commission will hold its fourteenth session at the Palazzo della Pilotta, Parma, from 3 to 5 May 2032.", "Parma"),
        ("The Commission will hold its fourteenth session at the Villa Borghese in Rome from 3 to 5 May 2032.", "Rome"),
        ("The Commission held its fourteenth session at the Palais des Nations, Geneva, from 3 to 5 May 2031.", "Geneva"),
    ],
)
def test_the_town_after_the_venue(sentence: str, town: str) -> None:
    text = in_note(sentence)
    assert ("ccr#14", town) in facts(text, "heldIn")
    assert {o for s, o in facts(text, "heldIn") if s == "ccr#14"} == {town}


def test_no_town_no_place() -> None:
    # the venue alone: no town to take ("Wilson" is no town)
    text = in_note("The Commission will hold its fourteenth session at the Palais Wilson from 3 to 5 May 2032.")
    assert not {o for s, o in facts(text, "heldIn") if s == "ccr#14"}

"""establishes in the other forms of UN drafting practice (round 3): "Agrees / Resolves to
establish", "Resolves to convene", "Agrees to set up", "Hereby establishes", "Agrees to / Decides
on / Approves the establishment of", an aside between the verb and the body (", on an interim
basis,"), and the body's name ending before the paragraph's next verb ("... and approves its
terms of reference"); with what establishes nothing (the work of a body continued, its terms of
reference approved, contacts established, another's establishment welcomed)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

NEW = "ccr/working-group-on-coastal-adaptation-finance"
GROUP = "an open-ended intergovernmental working group on coastal adaptation finance"

CREATES = [
    f"1. Agrees to establish {GROUP};",
    f"1. Resolves to establish {GROUP};",
    f"1. Resolves to convene {GROUP};",
    f"1. Agrees to set up {GROUP};",
    f"1. Hereby establishes {GROUP};",
    f"1. Decides to establish, on an interim basis, {GROUP};",
    f"1. Agrees to the establishment of {GROUP};",
    f"1. Decides on the establishment of {GROUP};",
    f"1. Approves the establishment of {GROUP};",
]


@pytest.mark.parametrize("paragraph", CREATES)
def test_creates(paragraph: str) -> None:
    assert (RESOLUTION, NEW) in facts(in_resolution(paragraph), "establishes")


def test_the_name_ends_before_the_next_verb() -> None:
    paragraph = f"1. Decides to establish {GROUP} and approves its terms of reference, as contained in the annex to the present resolution;"
    made = {o for s, o in facts(in_resolution(paragraph), "establishes") if s == RESOLUTION}
    assert made == {NEW}


NOT_CREATED = [
    ("1. Decides to continue the work of the Working Group on Early Warning Systems;", "ccr/wg-early-warning"),
    ("1. Decides that the Working Group on Early Warning Systems shall continue its work;", "ccr/wg-early-warning"),
    ("1. Approves the terms of reference of the Working Group on Early Warning Systems, as contained in the annex;", "ccr/wg-early-warning"),
    ("1. Agrees to establish contacts with the Working Group on Early Warning Systems;", "ccr/wg-early-warning"),
    ("1. Resolves to convene the Committee on Coastal Data in 2033;", "ccr/committee-on-data"),
]


@pytest.mark.parametrize("paragraph, body", NOT_CREATED)
def test_not_created(paragraph: str, body: str) -> None:
    text = in_resolution(paragraph)
    assert (RESOLUTION, body) not in facts(text, "establishes") | facts(text, "makesConstantElement")


@pytest.mark.parametrize("paragraph", [
    f"1. Welcomes the establishment of {GROUP} by the States of the region;",
    f"Noting that the Economic and Social Council agreed to establish {GROUP},",
    f"Resolved to establish {GROUP},",
])
def test_establishment_told_of_others(paragraph: str) -> None:
    assert not {o for s, o in facts(in_resolution(paragraph), "establishes") if s == RESOLUTION}

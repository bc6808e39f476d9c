"""held_in for towns whose name holds the article ("The Hague", "The Valley"), and a place said
again between a second gathering and its dates ("and its sixth meeting, also in Nairobi, from
3 to 5 June"). Invented sentences on the phrasing body (tests/data/phrasing.ttl); negatives: "The
Commission" or "The Netherlands" in the slot is no town, and "also" without a place adds none."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.places import is_place
from tests.extract.phrasing import facts, in_note

WG = "ccr/wg-early-warning"
COMMITTEE = "ccr/committee-on-data"

HELD = [
    ("The Working Group on Early Warning Systems held its fifth meeting in The Hague on 14 and 15 March 2031.", f"{WG}#5", "The Hague", "2031-03-14/2031-03-15"),
    ("The second session of the Committee on Coastal Data was held in The Valley from 2 to 4 June 2031.", f"{COMMITTEE}#2", "The Valley", "2031-06-02/2031-06-04"),
    ("At its third session, held in The Hague from 27 to 29 November 2029, the Committee on Coastal Data adopted its report.", f"{COMMITTEE}#3", "The Hague", "2029-11-27/2029-11-29"),
    # a second gathering, its place said again before its dates
    ("The Working Group on Early Warning Systems held its fifth meeting in Nairobi on 14 and 15 March 2031 and its sixth meeting, also in Nairobi, from 3 to 5 June 2031.", f"{WG}#6", "Nairobi", "2031-06-03/2031-06-05"),
    ("The Working Group on Early Warning Systems held its fifth meeting in Bonn on 14 March 2031 and its sixth meeting, also in The Hague, on 4 June 2031.", f"{WG}#6", "The Hague", "2031-06-04"),
    ("The Committee on Coastal Data held its second session in Geneva on 3 May 2031 and its third session, in Vienna, from 1 to 3 October 2031.", f"{COMMITTEE}#3", "Vienna", "2031-10-01/2031-10-03"),
]


@pytest.mark.parametrize("sentence, meeting, place, when", HELD)
def test_held_in_a_town_named_with_its_article_or_said_again(sentence: str, meeting: str, place: str, when: str) -> None:
    text = in_note(sentence)
    assert (meeting, when) in facts(text, "heldOn")
    assert (meeting, place) in facts(text, "heldIn")


@pytest.mark.parametrize("name", ["The Commission", "The Council", "The Netherlands", "The Conference", "The Working"])
def test_the_article_before_a_body_or_country_is_no_town(name: str) -> None:
    assert not is_place(name)


@pytest.mark.parametrize("name", ["The Hague", "The Valley", "Vienna", "Addis Ababa"])
def test_towns(name: str) -> None:
    assert is_place(name)


def test_also_without_a_place_adds_none() -> None:
    text = in_note(
        "The Working Group on Early Warning Systems held its fifth meeting in Nairobi on 14 March 2031 and its sixth meeting, also virtually, on 4 June 2031."
    )
    assert (f"{WG}#6", "Nairobi") not in facts(text, "heldIn")

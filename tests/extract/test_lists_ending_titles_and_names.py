"""Where one item of a list ends and the next begins: "Council resolution 54/14 on coastal hazards
and its own decision 11/3" (the title ends before the issuer's own decision); "General Assembly
resolution 84/191 on ocean culture, and 43 C/Resolution 30" (nor does it run into an instrument
numbered with its series before the keyword); "article 26 of the Convention and General Assembly
resolution 68/268" (a treaty's name ends an item: the Assembly's resolution, not a body named
"Convention and General Assembly")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution


@pytest.mark.parametrize(("sentence", "cited", "title"), [
    ("In that decision, the Commission recalled Human Rights Council resolution 54/14 on coastal hazards and its own decision 11/3.",
     "hrc/res/54/14", "coastal hazards"),
    ("The Commission recalled General Assembly resolution 84/191 on ocean culture and sustainable development, and 43 C/Resolution 30.",
     "ga/res/84/191", "ocean culture and sustainable development"),
    ("The Commission recalled General Assembly resolution 84/191 on tide data and 219 EX/Decision 7.",
     "ga/res/84/191", "tide data"),
])
def test_the_title_ends_where_the_next_instrument_begins(sentence: str, cited: str, title: str) -> None:
    assert (cited, title) in facts(in_note(sentence), "title")


def test_its_own_decision_is_cited_too() -> None:
    text = in_resolution("Recalling Human Rights Council resolution 54/14 on coastal hazards and its own decision 11/3,")
    assert {("ccr/res/12/1", "hrc/res/54/14"), ("ccr/res/12/1", "ccr/dec/11/3")} <= facts(text, "cites")


@pytest.mark.parametrize("treaty", ["the Convention", "the Protocol", "the Charter", "the Agreement"])
def test_a_treaty_before_and_ends_an_item(treaty: str) -> None:
    text = in_note(f"The Commission met in accordance with article 26 of {treaty} and General Assembly resolution "
                   "68/268 of 9 April 2014 on the treaty body system.")
    assert ("ga/res/68/268", "2014-04-09") in facts(text, "adoptedOn")
    assert not any(s.startswith("ccr/res/68") for s, _ in facts(text, "adoptedOn"))


def test_a_name_joined_by_and_stays_one_name() -> None:
    # "Finance and Audit Committee": an adjective before "and", one committee's name (not the
    # Committee on Coastal Data nor any other body)
    text = in_note("The Finance and Audit Committee met on 3 May 2031.")
    assert not any(o == "ccr/committee-on-data" for _, o in facts(text, "meetingOf"))

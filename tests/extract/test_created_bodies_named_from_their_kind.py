"""A body a text creates under a name with a word before its kind ("the Ramsar Working Group on
Restoration Finance", "an Intergovernmental Expert Group on X") is named again from its kind on,
with its whole topic: "the Working Group on Restoration Finance on its second and third meetings",
"ENDORSES the recommendations adopted by the Working Group on X at its third meeting", "DECIDES
that the Working Group on X shall continue as a standing working group" (`new_bodies._from_its_kind`,
E263). A Ramsar COP resolution read those as no body: its sessions became the Conference's ("its
third meeting, held in Gland" as COP 3), the endorsement the present meeting's.

Invented texts (a report of the Secretary-General on General Assembly resolutions); near misses: another topic
after the same kind ("the Working Group on Coral Data" is another body), a kind of one word ("the
Committee on X" for a "Regional Committee on X" says too little), the kind alone with a longer
topic ("the Working Group on Coral Finance and Insurance").
"""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report

_CREATED = "By its resolution 80/12, the General Assembly established the Caribbean Working Group on Coral Finance. "
_GROUP = "ga/caribbean-working-group-on-coral-finance"


def _facts(sentence: str, *relations: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, *relations)


@pytest.mark.parametrize(
    ("said", "facts"),
    [
        ("The Working Group on Coral Finance held its second session in Bridgetown.",
         {(f"{_GROUP}#2", _GROUP), (f"{_GROUP}#2", "Bridgetown")}),
        ("At its third session, held in Kingston, the Working Group on Coral Finance adopted recommendations.",
         {(f"{_GROUP}#3", _GROUP), (f"{_GROUP}#3", "Kingston")}),
        ("The Assembly took note of the recommendations that the Working Group on Coral Finance adopted at its fourth session, held in Nassau.",
         {(f"{_GROUP}#4", _GROUP), (f"{_GROUP}#4", "Nassau")}),
    ],
)
def test_the_created_body_named_again_from_its_kind(said: str, facts: set[tuple[str, str]]) -> None:
    found = _facts(_CREATED + said, "meetingOf", "heldIn")
    assert facts <= found
    assert not any(s.startswith("ga#") and s != "ga#79" for s, _ in found)


@pytest.mark.parametrize(
    "said",
    [
        "The Working Group on Coral Data held its second session in Bridgetown.",
        "The Working Group on Coral Finance and Insurance held its second session in Bridgetown.",
    ],
)
def test_another_topic_is_another_body(said: str) -> None:
    assert not any(s.startswith(_GROUP) for s, _ in _facts(_CREATED + said, "meetingOf", "heldIn"))


def test_a_kind_of_one_word_says_too_little() -> None:
    said = "By its resolution 80/12, the General Assembly established the Regional Committee on Coral Finance. The Committee on Coral Finance held its second session in Bridgetown."
    assert not any("#2" in s for s, _ in _facts(said, "meetingOf"))


@pytest.mark.parametrize(
    ("said", "relation", "fact"),
    [
        ("In its resolution 81/5, the General Assembly endorsed the recommendations adopted by the Working Group on Coral Finance at its third session.",
         "endorses", ("ga/res/81/5", f"{_GROUP}#3")),
        ("In its resolution 81/5, the General Assembly decided that the Working Group on Coral Finance shall continue as a standing working group.",
         "makesConstantElement", ("ga/res/81/5", _GROUP)),
    ],
)
def test_a_later_resolution_acts_on_the_group_created(said: str, relation: str, fact: tuple[str, str]) -> None:
    assert _facts(_CREATED + said, relation) == {fact}


# "its" after "adopted at" is the nearest body told: a body named between an instrument and "adopted
# at its" is the subject of "adopted", not the instrument's issuer (`resolve._adopting_issuer`)
@pytest.mark.parametrize(
    "said",
    [
        "The Assembly recalled resolution 80/12 and the recommendations the Working Group adopted at its third session, held in Nassau.",
        "The Assembly noted the report (A/81/55), prepared in accordance with resolution 80/12, and the recommendations the Working Group adopted at its third session, held in Nassau from 3 to 5 April 2034.",
    ],
)
def test_adopted_at_its_is_the_nearest_body(said: str) -> None:
    found = _facts(_CREATED + said, "meetingOf", "heldIn")
    assert (f"{_GROUP}#3", "Nassau") in found
    assert not any(s == "ga#3" for s, _ in found)


def test_an_instrument_adopted_at_its_issuers_session() -> None:
    # near miss: nothing between the instrument and "adopted at its": the issuer's session
    found = _facts("The Assembly recalled resolution 76/12, adopted at its seventy-sixth session, held in New York.", "meetingOf", "heldIn")
    assert ("ga#76", "New York") in found

""""group" as a kind of body a decision sets up (E103, from the spent u124): "an informal group on
energy efficiency", "a contact group on the budget", "a drafting group on ...", "an open-ended
group of friends of the Chair on ..." are established, hold a first meeting ("The informal group /
first meeting: Suva, 15 September 2032") and are asked to do things, as task forces and working
groups are. Groups of States ("the Group of 77", "the African Group", "regional groups") are
never bodies set up. Invented decks and notes (tests/data/spent_u124.ttl, the phrasing commission)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts as phrasing_facts
from tests.extract.phrasing import in_note
from tests.extract.test_outline_decks import CORAL, deck, facts

_REPLACED = "\tRequests the Fund Secretariat to publish\n\t\tthe guidelines on its website\n"
GROUPS = ["informal group", "contact group", "drafting group", "group of friends of the Chair"]


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("told", ["Establishment of an {g} on reef data approved in paragraph (a)", "Creation of a {g} on reef data agreed"])
def test_a_group_set_up_in_short(group: str, told: str) -> None:
    clause = told.format(g=group).replace("a informal", "an informal").replace("an contact", "a contact").replace("an drafting", "a drafting").replace("an group", "a group")
    text = deck(CORAL).replace(_REPLACED, f"\t{clause}\n")
    established = {obj for rel, s, obj in facts(text) if rel == "establishes" and s == "coral-fund-board/dec/31/4"}
    assert len(established) == 1 and "reef-data" in next(iter(established))


@pytest.mark.parametrize(("place", "day", "iso"), [("Suva", "15 September 2032", "2032-09-15"), ("Nuku'alofa", "3-4 October 2032", "2032-10-03/2032-10-04")])
@pytest.mark.parametrize("group", ["informal group", "contact group"])
def test_the_first_meeting_of_a_group_told_as_a_field(group: str, place: str, day: str, iso: str) -> None:
    article = "an" if group[0] in "aeiou" else "a"
    clause = f"\tEstablishment of {article} {group} on reef data approved in paragraph (a)\n\tThe {group}\n\t\tfirst meeting: {place}, {day}\n"
    found = facts(deck(CORAL).replace(_REPLACED, clause))
    born = next(obj for rel, s, obj in found if rel == "establishes")
    assert ("meetingOf", f"{born}#1", born) in found
    assert ("heldIn", f"{born}#1", place) in found
    assert ("heldOn", f"{born}#1", iso) in found


@pytest.mark.parametrize("group", GROUPS[:3])
@pytest.mark.parametrize("verb", ["Decides to establish", "Agrees to set up"])
def test_a_group_established_in_a_decision_and_asked_to_report(group: str, verb: str) -> None:
    text = in_note(
        f"By resolution 11/4, the Commission decided to establish an {group} on coastal finance and requested the {group} to report to it at its fourteenth session."
        .replace("an contact", "a contact").replace("an drafting", "a drafting")
    )
    established = {o for s, o in phrasing_facts(text, "establishes") if s == "ccr/res/11/4"}
    assert len(established) == 1
    assert ("ccr/res/11/4", next(iter(established))) in phrasing_facts(text, "requests")


@pytest.mark.parametrize(
    "sentence",
    [
        "By resolution 11/4, the Commission decided to consult the Group of 77 and China on coastal finance.",
        "By resolution 11/4, the Commission invited the African Group to share its views on coastal finance.",
        "By resolution 11/4, the Commission requested the regional groups to nominate experts on coastal finance.",
        "By resolution 11/4, the Commission took note of a group of States on coastal finance.",
    ],
)
def test_groups_of_states_are_never_set_up(sentence: str) -> None:
    assert not phrasing_facts(in_note(sentence), "establishes")

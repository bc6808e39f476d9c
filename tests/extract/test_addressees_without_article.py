"""A mandate to an addressee written without its article or told in the past (E103, from the spent
u120-u124): "Secretariat is to compile ..." as a bullet; "The same resolution requested the Panel
to ..." (the back reference the subject of a past verb); "..., and that the Bureau was to report
..." joined to the clause that names the instrument; "The Secretariat is to publish ..." after a
sentence whose subject is a decision. Invented bodies and texts (tests/data/spent_u124.ttl, the
phrasing commission)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts as phrasing_facts
from tests.extract.phrasing import in_note
from tests.extract.test_outline_decks import CORAL, PEAT, deck, facts

_REPLACED = "\tRequests the Fund Secretariat to publish\n\t\tthe guidelines on its website\n"


@pytest.mark.parametrize(
    ("o", "clause"),
    [
        (CORAL, "Secretariat is to compile the submissions by 1 August 2032"),
        (CORAL, "Fund Secretariat is to compile the submissions by 1 August 2032"),
        (PEAT, "Panel on Finance is to review the budget lines"),
        (PEAT, "Panel on Finance requested to review the budget lines"),
    ],
)
def test_a_bullet_names_its_addressee_without_the_article(o: dict[str, str], clause: str) -> None:
    text = deck(o).replace(_REPLACED, f"\t{clause}\n")
    asked = {obj for rel, s, obj in facts(text) if rel == "requests" and s == f"{o['key']}/dec/31/4"}
    assert o["addressee_key"] in asked or o is CORAL and "coral-fund-secretariat" in asked


@pytest.mark.parametrize(
    "clause",
    [
        "Secretariat was informed of the guidelines",  # no duty: a fact told of it
        "Secretariats of other funds to share their experience",  # no known name, no auxiliary
    ],
)
def test_a_bullet_that_lays_no_duty_asks_no_one(clause: str) -> None:
    text = deck(CORAL).replace(_REPLACED, f"\t{clause}\n")
    assert not {obj for rel, s, obj in facts(text) if rel == "requests" and s == "coral-fund-board/dec/31/4"}


@pytest.mark.parametrize("back", ["The same resolution", "That resolution", "That resolution had also", "The same resolution further"])
@pytest.mark.parametrize("verb", ["requested", "asked"])
def test_a_back_reference_is_the_subject_of_a_past_request(back: str, verb: str) -> None:
    text = in_note(f"In its resolution 11/4, the Commission decided to hold a dialogue on coastal risk. {back} {verb} the Bureau to prepare a note.")
    assert ("ccr/res/11/4", "ccr/bureau") in phrasing_facts(text, "requests")


def test_the_former_of_two_is_not_read_as_the_last() -> None:
    text = in_note("The Commission adopted resolutions 11/3 and 11/4. The former resolution requested the Bureau to prepare a note.")
    assert ("ccr/res/11/4", "ccr/bureau") not in phrasing_facts(text, "requests")


@pytest.mark.parametrize("duty", ["was to report on", "is to report on", "were also to present"])
@pytest.mark.parametrize(
    "opening",
    [
        "The Chair said the dialogue had been approved by the Commission in its resolution 11/4 of 3 May 2031, and that the Bureau",
        "Resolution 11/4 set up the dialogue, and that the Bureau",
    ],
)
def test_a_duty_joined_by_and_that_is_the_instruments(opening: str, duty: str) -> None:
    text = in_note(f"{opening} {duty} its results to the Commission.")
    assert ("ccr/res/11/4", "ccr/bureau") in phrasing_facts(text, "requests")


def test_a_duty_joined_to_a_clause_of_two_instruments_names_neither() -> None:
    text = in_note("The Chair recalled resolutions 11/3 and 11/4, and that the Bureau was to report on both.")
    assert not {s for s, o in phrasing_facts(text, "requests") if o == "ccr/bureau"}


@pytest.mark.parametrize("subject", ["The Bureau", "Bureau", "The Executive Secretary of the Commission on Coastal Resilience"])
def test_a_duty_after_a_sentence_whose_subject_is_a_resolution(subject: str) -> None:
    text = in_note(f"Resolution 11/4 recalls resolution 10/2 and requests the Tides Committee to meet. {subject} is to publish the list by 30 June 2032.")
    expected = "ccr/executive-secretary" if "Executive" in subject else "ccr/bureau"
    assert ("ccr/res/11/4", expected) in phrasing_facts(text, "requests")

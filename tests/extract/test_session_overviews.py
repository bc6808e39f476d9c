"""Short entries on a session, as a slide or a fact sheet prints them. Under a heading on one
session of the document's body ("Twelfth session at a glance", "Twelfth session: overview"), a
line "Nairobi, 10-14 March 2031" is where and when it was held, and "Four decisions adopted: 12/1,
12/2, 12/3" what it adopted (a decision numbered by another session is not). "Thirteenth session:
Geneva, April 2032" anywhere gives the place (a month alone is no date). Other headings, and a
body that holds meetings, give none of these."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

MASTHEAD = (
    "Slide 1\n\nE/CN.21/2032/INF.2\n\nCommission on Coastal Resilience\nThirteenth session\n"
    "Geneva, 8-12 March 2032\n\nPresentation by the secretariat\n\n"
)


def deck(heading: str, *items: str) -> str:
    return MASTHEAD + f"Slide 2\n\n{heading}\n\n" + "".join(f"• {item}\n" for item in items) + "\nSlide 3\n\nThank you\n"


@pytest.mark.parametrize("heading", ["Twelfth session at a glance", "Twelfth session: overview", "Twelfth session", "Twelfth session in brief"])
def test_place_days_and_decisions_under_a_session_heading(heading: str) -> None:
    text = deck(heading, "Nairobi, 10-14 March 2031", "Three decisions adopted: 12/1, 12/2, 12/3")
    assert ("ccr#12", "2031-03-10/2031-03-14") in facts(text, "heldOn")
    assert ("ccr#12", "Nairobi") in facts(text, "heldIn")
    assert {("ccr/dec/12/1", "ccr#12"), ("ccr/dec/12/2", "ccr#12"), ("ccr/dec/12/3", "ccr#12")} <= facts(text, "adoptedAt")


def test_a_decision_of_another_session_is_not_adopted_there() -> None:
    text = deck("Twelfth session at a glance", "Decisions adopted: 12/1, 11/4")
    found = facts(text, "adoptedAt")
    assert ("ccr/dec/12/1", "ccr#12") in found and ("ccr/dec/11/4", "ccr#12") not in found


@pytest.mark.parametrize(
    "heading",
    ["Highlights", "Next steps", "Twelfth meeting at a glance", "Working Group on Early Warning Systems: twelfth session"],
)
def test_other_headings_give_nothing(heading: str) -> None:
    text = deck(heading, "Nairobi, 10-14 March 2031", "Three decisions adopted: 12/1, 12/2, 12/3")
    assert ("ccr#12", "Nairobi") not in facts(text, "heldIn")
    assert not {s for s, g in facts(text, "adoptedAt") if g == "ccr#12"}


@pytest.mark.parametrize(
    "item, place, days",
    [
        ("Fourteenth session: Geneva, April 2033", "Geneva", None),
        ("Next fourteenth session: Bonn, 2-4 June 2033", "Bonn", "2033-06-02/2033-06-04"),
        ("Fourteenth session: Geneva", "Geneva", None),
    ],
)
def test_a_session_entry(item: str, place: str, days: str | None) -> None:
    text = deck("Next steps", item)
    assert ("ccr#14", place) in facts(text, "heldIn")
    assert {d for g, d in facts(text, "heldOn") if g == "ccr#14"} == ({days} if days else set())


def test_a_session_entry_needs_a_place() -> None:
    assert not {g for g, _ in facts(deck("Next steps", "Fourteenth session: To be decided"), "heldIn") if g == "ccr#14"}

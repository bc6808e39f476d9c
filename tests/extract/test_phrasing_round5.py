"""UN drafting practice, round 5: forms not covered before, each with cases that must not fire.

- adverb chains opening an operative paragraph: "Also further requests", "Further strongly
  urges", "Once again also calls upon";
- "the offer of the Government of X to host the thirteenth session ... in <town>": the session
  is held there (a year or a country alone says no place);
- "under the mandate set out in resolution 12/1" gives the document being read its mandate
  (a body operating under a mandate, "established under", are no document's);
- "called for / calls for the Bureau to ...": a request, only where a body follows "for";
- dates and places of sessions decided: "in June 2032" (a month: no heldOn), "at United Nations
  Headquarters" with no town (no heldIn), "in hybrid format" (the town after it still read),
  "its next session" (no number: no session).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, RESOLUTION, facts, in_note, in_resolution


@pytest.mark.parametrize("paragraph, relation, body", [
    ("Also further requests the Bureau to review the matter;", "requests", "ccr/bureau"),
    ("Further strongly urges the Working Group on Early Warning Systems to meet twice a year;", "encourages", "ccr/wg-early-warning"),
    ("Once again also calls upon the Bureau to report;", "requests", "ccr/bureau"),
    ("Further also invites the Committee on Coastal Data to share its data;", "invites", "ccr/committee-on-data"),
])
def test_adverb_chains(paragraph: str, relation: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(in_resolution(paragraph), relation)


def test_an_adverb_chain_in_the_preamble_stays_a_recital() -> None:
    text = in_resolution("Also further recalling its resolution 11/2 on the Bureau,", "Requests the secretariat to report;")
    assert (RESOLUTION, "ccr/res/11/2") in facts(text, "cites")
    assert not {o for s, o in facts(text, "requests") if o == "ccr/bureau"}


@pytest.mark.parametrize("paragraph, town", [
    ("Welcomes the offer of the Government of Kenya to host the thirteenth session of the Commission in Nairobi;", "Nairobi"),
    ("Accepts with gratitude the offer of the Government of Barbados to host its thirteenth session in Bridgetown;", "Bridgetown"),
    ("Notes with appreciation that the Government of Chile will host the thirteenth session of the Commission in Santiago;", "Santiago"),
])
def test_the_host_of_a_session(paragraph: str, town: str) -> None:
    text = in_resolution(paragraph)
    assert ("ccr#13", town) in facts(text, "heldIn")
    assert ("ccr#13", "ccr") in facts(text, "meetingOf")


@pytest.mark.parametrize("paragraph", [
    "Welcomes the offer of the Government of Kenya to host its thirteenth session in 2032;",
    "Welcomes the offer of the Government of Kenya to host its thirteenth session;",
])
def test_a_host_with_no_town(paragraph: str) -> None:
    assert not {g for g, _ in facts(in_resolution(paragraph), "heldIn") if g == "ccr#13"}


@pytest.mark.parametrize("sentence", [
    "The present note was prepared under the mandate set out in resolution 12/1.",
    "Under the mandate contained in paragraph 5 of resolution 12/1, the secretariat has prepared the present note.",
    "Under the mandate contained in paragraph 5 of resolution 12/1, the present note reviews progress.",
    # already read before this round (the same family)
    "The present report responds to the request in resolution 12/1.",
    "The present report responds to the request contained in paragraph 5 of resolution 12/1.",
])
def test_the_note_under_a_mandate(sentence: str) -> None:
    assert (NOTE_SYMBOL, RESOLUTION) in facts(in_note(sentence), "pursuantTo")


@pytest.mark.parametrize("sentence", [
    "The Working Group on Early Warning Systems operates under the mandate set out in resolution 12/1.",
    "The report of the Working Group on Early Warning Systems established under resolution 12/1 is before the Commission.",
    "The Bureau discussed the mandate set out in resolution 12/1.",
])
def test_no_mandate_of_the_note(sentence: str) -> None:
    assert (NOTE_SYMBOL, RESOLUTION) not in facts(in_note(sentence), "pursuantTo")


@pytest.mark.parametrize("sentence, bodies", [
    ("In resolution 12/1, the Commission called for the Bureau to review the matter.", {"ccr/bureau"}),
    ("Resolution 12/1 calls for the secretariat to prepare a study.", {"ccr/secretariat"}),
    ("In resolution 12/1, the Commission called for the Executive Secretary and the Bureau to review the matter.", {"ccr/bureau", "ccr/executive-secretary"}),
])
def test_called_for(sentence: str, bodies: set[str]) -> None:
    assert {(RESOLUTION, b) for b in bodies} <= facts(in_note(sentence), "requests")


@pytest.mark.parametrize("sentence", [
    "In resolution 12/1, the Commission called for the strengthening of cooperation between the Bureau and the Committee on Coastal Data to improve data.",
    "In resolution 12/1, the Commission called for action by the Bureau.",
    "The Commission called for the Bureau to review the matter.",  # no instrument
])
def test_called_for_no_body(sentence: str) -> None:
    assert not facts(in_note(sentence), "requests")


def test_a_month_gives_no_date() -> None:
    text = in_resolution("Decides that its thirteenth session will be held in Nairobi in June 2032;")
    assert ("ccr#13", "Nairobi") in facts(text, "heldIn")
    assert not {g for g, _ in facts(text, "heldOn") if g == "ccr#13"}


@pytest.mark.parametrize("paragraph, town", [
    ("Decides that the thirteenth session of the Commission shall be held at United Nations Headquarters from 3 to 7 May 2032;", None),
    ("Decides that the thirteenth session of the Commission shall be held in hybrid format in Nairobi from 3 to 7 May 2032;", "Nairobi"),
    ("Decides to hold its thirteenth session in hybrid format from 3 to 7 May 2032;", None),
    ("Decides to hold its thirteenth session at United Nations Headquarters in New York from 3 to 7 May 2032;", "New York"),
])
def test_a_session_decided(paragraph: str, town: str | None) -> None:
    text = in_resolution(paragraph)
    assert ("ccr#13", "2032-05-03/2032-05-07") in facts(text, "heldOn")
    assert {p for g, p in facts(text, "heldIn") if g == "ccr#13"} == ({town} if town else set())


def test_the_next_session_has_no_number() -> None:
    text = in_resolution("Decides to hold its next session in Nairobi from 3 to 7 May 2032;")
    assert not {g for g, _ in facts(text, "heldOn")} - {"ccr#12"}


@pytest.mark.parametrize("sentence", [
    "The thirteenth session of the Commission shall be held in Montevideo in August 2033.",
    "The Commission's thirteenth session shall be held in Montevideo.",
    "The thirteenth session of the Commission would be held in Montevideo.",
])
def test_shall_be_held_in_a_place(sentence: str) -> None:
    text = in_note(sentence)
    assert ("ccr#13", "Montevideo") in facts(text, "heldIn")
    assert not {g for g, _ in facts(text, "heldOn") if g == "ccr#13"} - {g for g, _ in facts(in_note(), "heldOn")}


def test_held_in_no_place() -> None:
    text = in_note("The thirteenth session of the Commission should be held in a city to be decided.")
    assert not {p for g, p in facts(text, "heldIn") if g == "ccr#13"} - {p for g, p in facts(in_note(), "heldIn") if g == "ccr#13"}

"""Whose session "its Nth session" is, when the body named last before "its" holds no sessions
(an office, an organization named after "of"): the nearest body named before it that does ("the
Committee on Coastal Data of UNESCO had discussed it at its ninth session", "The Commission may
wish to request the Executive Secretary ... to consider the report at its fourteenth session").
A body named with its parent ("the Bureau of the Commission") is not passed over. And "the 113th
Session (2031) of the World Coastal Congress": a year in brackets between a session and its body."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("Several delegations noted that the Committee on Coastal Data of UNESCO had discussed related matters at its ninth session.",
         "ccr/committee-on-data#9"),
        ("The Commission may wish to request the Executive Secretary to continue the work and to consider the report at its fourteenth session.",
         "ccr#14"),
        ("Delegations recalled that the World Coastal Congress of the World Meteorological Organization took up the question at its 21st session.",
         "wcc#21"),
    ],
)
def test_its_is_the_nearest_body_that_holds_sessions(sentence: str, held: str) -> None:
    body = held.split("#")[0]
    assert (held, body) in facts(in_note(sentence), "meetingOf")


def test_a_body_named_with_its_parent_is_not_passed_over() -> None:
    # the Bureau holds no sessions; the Commission it is named with does: "its" is not guessed
    # to be the Congress named before
    said = facts(in_note("The World Coastal Congress heard the Bureau of the Commission on Coastal Resilience at its 21st session."), "meetingOf")
    assert ("wcc#21", "wcc") not in said


@pytest.mark.parametrize("year", ["(2031)", "(2029)"])
def test_a_year_in_brackets_between_the_session_and_its_body(year: str) -> None:
    sentence = f"The Commission recalled the conclusions of the 113th Session {year} of the World Coastal Congress."
    assert ("wcc#113", "wcc") in facts(in_note(sentence), "meetingOf")


@pytest.mark.parametrize(
    ("sentence", "held", "town", "days"),
    [
        ("Meeting in Lisbon, Portugal, on 3 and 4 May 2032, the World Coastal Congress at its 21st session adopted its programme.",
         "wcc#21", "Lisbon", "2032-05-03/2032-05-04"),
        ("Summary: Meeting in Accra (Ghana) from 10 to 14 June 2031, the 22nd session of the World Coastal Congress reviewed the plan.",
         "wcc#22", "Accra", "2031-06-10/2031-06-14"),
        ("Meeting at Bonn on 9 April 2033, the 23rd session of the World Coastal Congress closed.",
         "wcc#23", "Bonn", "2033-04-09"),
    ],
)
def test_a_meeting_participle_opening_the_sentence_places_and_dates_the_gathering(sentence: str, held: str, town: str, days: str) -> None:
    text = in_note(sentence)
    assert (held, town) in facts(text, "heldIn")
    assert (held, days) in facts(text, "heldOn")


def test_a_participle_of_another_subject_places_nothing() -> None:
    # the States met; the session is only named after them
    text = in_note("Meeting in Lisbon on 3 May 2032, States reviewed the outcome of the 21st session of the World Coastal Congress.")
    assert not [f for f in facts(text, "heldIn") if f[0] == "wcc#21"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The report will be made available to the World Coastal Congress at its 21st session, together with the report on the thirteenth session.",
        "The World Coastal Congress will consider the matter at its twentieth session and the thirteenth session will take it up as well.",
    ],
)
def test_a_bare_session_after_another_bodys_is_the_mastheads(sentence: str) -> None:
    # the note is for the Commission's thirteenth session: "the thirteenth session" is that one
    said = facts(in_note(sentence), "meetingOf")
    assert ("wcc#13", "wcc") not in said
    assert ("ccr#13", "ccr") in said


@pytest.mark.parametrize(
    ("sentence", "held"),
    [
        ("The Commission took note of the report at its 12th session and deferred a decision to its 14th session, in March 2033.", "ccr#14"),
        ("The Commission postponed consideration of the item until its 15th session.", "ccr#15"),
        ("The World Coastal Congress will revert to the matter before its 22nd session.", "wcc#22"),
    ],
)
def test_a_session_in_figures_a_matter_is_put_off_to(sentence: str, held: str) -> None:
    assert (held, held.split("#")[0]) in facts(in_note(sentence), "meetingOf")



@pytest.mark.parametrize("line", ["Twenty-first Session, 3rd & 4th Meetings (AM & PM)", "Twenty-first Session, 7th Meeting (PM)"])
def test_a_session_heading_under_a_bodys_name_is_that_bodys(line: str) -> None:
    text = (
        "Meetings Coverage\n\n2 October 2031\n\nCongress Adopts Coastal Plan, as Session Concludes\n\n"
        f"World Coastal Congress\n\n{line}\n\n"
        "LISBON, 2 October 2031 — The Commission on Coastal Resilience welcomed the plan. "
        "The Commission on Coastal Resilience and its Committee on Coastal Data will consider it in 2032.\n"
    )
    said = facts(text, "meetingOf")
    assert ("wcc#21", "wcc") in said
    assert ("ccr#21", "ccr") not in said

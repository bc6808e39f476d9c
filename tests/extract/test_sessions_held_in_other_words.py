"""Where and when a session sits, told in two more shapes: the subjunctive after a decision ("The
Commission decided that its fourteenth session be held in Geneva from ..."), and the place before the
session it is met for ("The Commission met in Nairobi for its fourteenth session from ..."), the count of
its meetings or the way it met between ("its fourteenth session (10 meetings) in Vienna", "in person in
Nairobi"). A
subjunctive after a proposal or a recommendation settles nothing ("will propose that the session be
held in Geneva"). `relate._HELD`, `relate._PLACE_ONLY`, `relate._MET_IN_PLACE_FOR`."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_note


def held(sentence: str) -> tuple[set[str], set[str]]:
    """Where and when the note says the Commission's fourteenth session sits."""
    text = in_note(sentence)
    return (
        {place for session, place in facts(text, "heldIn") if session == "ccr#14"},
        {days for session, days in facts(text, "heldOn") if session == "ccr#14"},
    )


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("The Commission decided that its fourteenth session be held in Geneva from 9 to 13 March 2033.", "Geneva"),
        ("The Commission agreed that the fourteenth session be held in Vienna from 9 to 13 March 2033.", "Vienna"),
        ("The Bureau confirmed that the fourteenth session of the Commission be held in Bonn from 9 to 13 March 2033.", "Bonn"),
        ("The Commission met in Nairobi for its fourteenth session from 9 to 13 March 2033.", "Nairobi"),
        ("The Commission will meet in Bangkok for its fourteenth session from 9 to 13 March 2033.", "Bangkok"),
        ("The Commission met at the Palais des Nations, Geneva, for its fourteenth session from 9 to 13 March 2033.", "Geneva"),
        ("The Commission held its fourteenth session (10 meetings) in Vienna from 9 to 13 March 2033.", "Vienna"),
        ("The Commission held its fourteenth session (1 plenary meeting) in Vienna from 9 to 13 March 2033.", "Vienna"),
        ("The Commission held its fourteenth session in person in Nairobi from 9 to 13 March 2033.", "Nairobi"),
    ],
)
def test_the_place_and_the_days_of_a_session(sentence, place):
    assert held(sentence) == ({place}, {"2033-03-09/2033-03-13"})


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair will propose that the fourteenth session be held in Geneva from 9 to 13 March 2033.",
        "Some delegations suggested that the fourteenth session be held in Geneva from 9 to 13 March 2033.",
        "The Bureau recommended that the fourteenth session be held in Geneva from 9 to 13 March 2033.",
    ],
)
def test_a_proposal_settles_no_place_or_days(sentence):
    assert held(sentence) == (set(), set())


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fourteenth session of the Commission is convened under General Assembly resolution 77/12.", {("ccr#14", "ga/res/77/12")}),
        ("The fourteenth session of the Commission will be held under General Assembly resolution 77/12.", {("ccr#14", "ga/res/77/12")}),
        # a body's origin, and a meeting under a chair, give no gathering a mandate
        ("The Working Group, established under General Assembly resolution 77/12, met during the fourteenth session.", set()),
    ],
)
def test_a_session_convened_under_a_resolution(sentence, expected):
    """"convened (held) under resolution 77/12": the session's mandate (`rules/documents._UNDER_MANDATE`)."""
    assert {(session, mandate) for session, mandate in facts(in_note(sentence), "pursuantTo") if session == "ccr#14"} == expected

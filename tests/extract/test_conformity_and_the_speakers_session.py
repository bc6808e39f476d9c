"""A session "convened ... in conformity with article 10 (3) of the Protocol and with decision
11/3" is held under that decision; and in a body's own decision, "before the fourteenth session"
with no body named is the speaker's session, not that of a body its preamble cited."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note, in_resolution


@pytest.mark.parametrize("phrase", [
    "in conformity with article 10 (3) of the Optional Protocol and with decision 11/3 of the Commission",
    "in conformity with decision 11/3",
])
def test_a_session_convened_in_conformity_with_a_decision(phrase: str) -> None:
    text = in_note(f"The thirteenth session of the Commission on Coastal Resilience was convened in Geneva from 8 to 12 March 2032, {phrase}.")
    assert ("ccr#13", "ccr/dec/11/3") in facts(text, "pursuantTo")


@pytest.mark.parametrize("when", ["before the fourteenth session", "in time for the fifteenth session"])
def test_the_session_in_the_speakers_decision(when: str) -> None:
    n = 14 if "fourteenth" in when else 15
    text = in_resolution(
        "Taking note of Human Rights Council resolution 58/19 on coastal protection,",
        f"1. Requests its Bureau to organize, {when}, a consultation with national mechanisms;",
    )
    sessions = {s for s, _ in facts(text, "meetingOf")}
    assert f"ccr#{n}" in sessions
    assert f"hrc#{n}" not in sessions


@pytest.mark.parametrize("verb", ["will take place", "is to be held"])
def test_a_session_held_as_decided_in_a_decision(verb: str) -> None:
    text = in_note(
        f"The thirteenth session of the Commission on Coastal Resilience {verb} in Nairobi from 8 to 12 March 2032, "
        "as decided by the Commission in its decision 12/4."
    )
    assert ("ccr#13", "ccr/dec/12/4") in facts(text, "pursuantTo")


@pytest.mark.parametrize(("body", "key"), [("Economic and Social Council", None), ("Committee on Coastal Data", "ccr/committee-on-data")])
def test_the_body_at_its_session_when_the_addressee_holds_none(body: str, key: str | None) -> None:
    """"Requests the Executive Secretary to bring the report to the attention of the Economic and
    Social Council at its 2032 session"-like: the addressee holds no sessions, the body right before
    "at its" does; a body holding its own ("Requests the Bureau ... of the Working Group at its")
    keeps the addressee's reading (tested elsewhere)."""
    text = in_resolution(f"1. Also requests the Executive Secretary to bring the strategy to the attention of the {body} at its 37th session;")
    sessions = {s for s, _ in facts(text, "meetingOf")}
    assert not any(s.startswith("ccr/executive-secretary#") for s in sessions)
    if key is not None:
        assert f"{key}#37" in sessions

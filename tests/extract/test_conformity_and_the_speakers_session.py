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

"""A session report tells under which instrument the session it reports on was held without
naming the session again: "The session was held in accordance with Economic and Social Council
decision 2029/208", "The session was convened pursuant to decision 11/2 on the date and venue of
the twelfth session", "This session was organized under resolution 11/3". The session the report
is of was held pursuant to each instrument named after the phrase; other sentences about "the
session", or another gathering held under a mandate, do not make it so."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

HEAD = SESSION_REPORT.split("Chapter I")[0] + "Chapter II\n\nOrganization of the session\n\nA. Opening and duration of the session\n\n"

HELD_UNDER = [
    ("3. The session was held in accordance with Economic and Social Council decision 2029/208 of 5 June 2029.", ["ecosoc/dec/2029/208"]),
    ("3. The session was convened pursuant to decision 11/2 on the date and venue of the twelfth session, adopted by the Commission at its eleventh session.", ["ccr/dec/11/2"]),
    ("3. This session was organized under resolution 11/3.", ["ccr/res/11/3"]),
    ("3. The session was held in accordance with decisions 11/2 and 11/4.", ["ccr/dec/11/2", "ccr/dec/11/4"]),
    ("3. The present session was convened in accordance with General Assembly resolution 80/12.", ["ga/res/80/12"]),
]


@pytest.mark.parametrize("sentence, instruments", HELD_UNDER)
def test_the_reported_session_was_held_under(sentence: str, instruments: list[str]) -> None:
    pursuant = facts(HEAD + sentence + "\n", "pursuantTo")
    for instrument in instruments:
        assert ("ccr#12", instrument) in pursuant


NOT_HELD_UNDER = [
    "3. The session was attended by the States members of the Commission, as provided in decision 11/2.",
    "3. The Bureau was elected in accordance with decision 11/2.",
    "3. The Commission recalled that the session was to consider decision 11/2.",
]


@pytest.mark.parametrize("sentence", NOT_HELD_UNDER)
def test_other_sentences_about_the_session_are_no_mandate(sentence: str) -> None:
    assert not {o for s, o in facts(HEAD + sentence + "\n", "pursuantTo") if s == "ccr#12"}


# An agenda's future: "In accordance with decision X, the Commission will ... open its Nth session"
# (a session opened under a mandate is held under it); the session only named beside it is not.
OPENED_UNDER = [
    ("In accordance with Economic and Social Council decision 2002/206 of 8 February 2002, the Commission will, immediately after the closure of its twelfth session, open its thirteenth session for the sole purpose of electing its Bureau.",
     "ccr#13", "ecosoc/dec/2002/206", "ccr#12"),
    ("Pursuant to decision 11/4, the Commission opens its thirteenth session on the last day of its twelfth session.",
     "ccr#13", "ccr/dec/11/4", "ccr#12"),
]


@pytest.mark.parametrize("sentence, opened, instrument, other", OPENED_UNDER)
def test_a_session_opened_under_a_mandate(sentence: str, opened: str, instrument: str, other: str) -> None:
    pursuant = facts(HEAD + "3. " + sentence + "\n", "pursuantTo")
    assert (opened, instrument) in pursuant
    assert (other, instrument) not in pursuant

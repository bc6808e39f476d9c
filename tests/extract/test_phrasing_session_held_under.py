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

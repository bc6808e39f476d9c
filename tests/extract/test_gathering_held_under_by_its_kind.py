"""A gathering held under a mandate, named by its kind alone: "The session is being held in
accordance with resolution 83/1", "The Meeting was convened pursuant to paragraph 41 of General
Assembly resolution 85/71" (a body that meets in Meetings capitalises the word), "In accordance
with decision 7 (EC-80) - Dates and place ..., the session will close on 19 June 2028" (the
mandate first). The gathering is the document's own (an agenda's, a report's) or, in a page of no
gathering, the one the sentence before in the paragraph said was held. An instrument adopted at
a session named after it ("resolution 11/3, adopted at its eleventh session, held in Lisbon")
gives that session no mandate."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts, in_note

HEAD = SESSION_REPORT.split("Chapter I")[0] + "Chapter II\n\nOrganization of the session\n\n"


@pytest.mark.parametrize("sentence, instrument", [
    ("The session is being held in accordance with resolution 11/3 on the conference structure.", "ccr/res/11/3"),
    ("The Session was convened pursuant to paragraph 4 of General Assembly resolution 84/102.", "ga/res/84/102"),
    ("In accordance with decision 11/2 on the dates and venue of the twelfth session, the session will close on 14 March 2031.",
     "ccr/dec/11/2"),
    ("Pursuant to Economic and Social Council decision 2029/208, the session was opened on 10 March 2031.",
     "ecosoc/dec/2029/208"),
])
def test_the_reported_session_held_under(sentence: str, instrument: str) -> None:
    assert ("ccr#12", instrument) in facts(HEAD + "3. " + sentence + "\n", "pursuantTo")


def test_the_session_of_an_agenda_held_under() -> None:
    text = in_note("The session is being held in accordance with resolution 12/4, adopted at its twelfth session.")
    pursuant = facts(text, "pursuantTo")
    assert ("ccr#13", "ccr/res/12/4") in pursuant
    assert ("ccr#12", "ccr/res/12/4") not in pursuant


@pytest.mark.parametrize("opening, gathering", [
    ("The Working Group on Early Warning Systems held its fourth meeting in Lisbon from 3 to 5 May 2031. The Meeting was convened",
     "ccr/wg-early-warning#4"),
    ("The Commission on Coastal Resilience held its eleventh session in Lisbon from 3 to 5 May 2031. The session was convened",
     "ccr#11"),
])
def test_the_gathering_the_sentence_before_said_was_held(opening: str, gathering: str) -> None:
    page = (
        "Coastal Resilience wiki\n\nRecord page\n\nBackground\n\n"
        f"{opening} pursuant to paragraph 7 of General Assembly resolution 84/102.\n"
    )
    assert (gathering, "ga/res/84/102") in facts(page, "pursuantTo")


def test_not_a_gathering_of_another_paragraph() -> None:
    page = (
        "Coastal Resilience wiki\n\nRecord page\n\nBackground\n\n"
        "The Commission on Coastal Resilience held its eleventh session in Lisbon from 3 to 5 May 2031.\n\n"
        "Arrangements\n\nThe session was convened pursuant to paragraph 7 of General Assembly resolution 84/102.\n"
    )
    assert ("ccr#11", "ga/res/84/102") not in facts(page, "pursuantTo")


@pytest.mark.parametrize("sentence", [
    "The session was attended by the States members, in accordance with decision 11/2.",
    "In accordance with decision 11/2, the Bureau will meet before the session.",
    "The Commission recalled resolution 11/3, adopted at its eleventh session, held in Lisbon.",
])
def test_no_mandate_of_the_session(sentence: str) -> None:
    pursuant = facts(HEAD + "3. " + sentence + "\n", "pursuantTo")
    assert not {o for s, o in pursuant if s in ("ccr#12", "ccr#11")}

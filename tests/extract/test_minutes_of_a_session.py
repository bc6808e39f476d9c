"""A body's minutes titled by the session they record ("Minutes of the 12th session of the Executive
Board", the short name the opening paragraph gives in full: "1. The 12th session of the Executive
Board of the Upland Farming Fund was held ..."), E233: the papers the narrative says the session's
body considered, adopted as its agenda, or an officer introduced or presented there, were before
that session (as in the report on a session); the minutes themselves are no report of it (the
unseen set's convention, u281). A place said once for two sessions whose days follow each other
("its 13th session will be held in Nairobi from ... and its 14th session on ...") is both sessions'.

Near misses: minutes titled by no session ("Minutes of the Institutional Section"), a draft an
officer presents, a paper considered at another session, a second session dated in a sentence of
its own."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import stated
from .test_minutes_decisions_and_annexed_lists import registry

EB12 = "uff/executive-board#12"


def facts(text: str) -> set[tuple[str, str, str]]:
    return {f for f in stated(extract(text, source_key="t", registry=registry())) if f[0] != "containedIn"}


MINUTES = """Upland Farming Fund

{title}

   1. The 12th session of the Executive Board of the Upland Farming Fund was held in Nairobi on 3 and 4 May 2033.

   Agenda item 1: Adoption of the agenda

   2. {sentence}

   Agenda item 5: Other business

   3. The Board thanked the host Government.
"""

TITLE = "Minutes of the 12th session of the Executive Board"


def submitted(sentence: str, title: str = TITLE) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts(MINUTES.format(title=title, sentence=sentence)) if r == "submittedTo"}


@pytest.mark.parametrize(
    ("sentence", "symbol"),
    [
        ("The Executive Board adopted the provisional agenda (UF 2033/12/R.1/Rev.1) without amendment.", "UF 2033/12/R.1/Rev.1"),
        ("The Board adopted its agenda (document UF 2033/12/R.1).", "UF 2033/12/R.1"),
        ("The Chair of the Audit Committee introduced the report of the Committee on its 30th meeting (UF 2033/12/R.4).", "UF 2033/12/R.4"),
        (
            "The Chair of the Working Group on Grants, which the Board established by decision UF 9/4, presented the revised "
            "policy (UF 2033/12/R.6), prepared pursuant to that decision.",
            "UF 2033/12/R.6",
        ),
        ("The Secretary presented the programme of work (UF 2033/12/R.7).", "UF 2033/12/R.7"),
        ("The Executive Board considered the report of the Evaluation Office on its annual review (UF 2033/12/R.8).", "UF 2033/12/R.8"),
        ("The Executive Board also examined the note by the secretariat on grants (UF 2033/12/R.9).", "UF 2033/12/R.9"),
    ],
)
def test_a_paper_read_at_the_session_the_minutes_record(sentence: str, symbol: str) -> None:
    assert (symbol, EB12) in submitted(sentence)


def test_the_minutes_are_no_report_of_their_session() -> None:
    found = facts(MINUTES.format(title=TITLE, sentence="The Board considered the note (UF 2033/12/R.9)."))
    assert not {f for f in found if f[0] == "reportOf" and f[2] == EB12}
    assert ("meetingOf", EB12, "uff/executive-board") in found


def test_minutes_titled_with_the_body_in_full() -> None:
    title = "Minutes of the 12th session of the Executive Board of the Upland Farming Fund"
    assert ("UF 2033/12/R.9", EB12) in submitted("The Executive Board considered the note (UF 2033/12/R.9).", title)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # minutes titled by no session
        ("The Executive Board considered the note (UF 2033/12/R.9).", "Minutes of the Institutional Section"),
        # a member's paper, not one the session's officers or body read
        ("One member recalled the study (UF 2033/12/INF.2) prepared for the Governing Council.", TITLE),
        # the paper was read at another session
        ("The Board recalled that it had considered the note (UF 2033/11/R.9) at its 11th session.", TITLE),
    ],
)
def test_no_paper_before_the_session(sentence: str, title: str) -> None:
    assert not {s for s, o in submitted(sentence, title) if o == EB12}


def held_in(sentence: str) -> set[tuple[str, str]]:
    found = facts(MINUTES.format(title=TITLE, sentence=sentence))
    return {(s, o) for r, s, o in found if r == "heldIn"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Executive Board decided that its 13th session will be held in Rome from 9 to 11 September 2033 and its 14th session on 9 and 10 December 2033.",
        "The Board decided that its 13th session would take place in Rome from 9 to 11 September 2033, and its 14th session from 9 to 10 December 2033.",
    ],
)
def test_a_place_said_once_for_two_sessions(sentence: str) -> None:
    found = held_in(sentence)
    assert ("uff/executive-board#13", "Rome") in found
    assert ("uff/executive-board#14", "Rome") in found


def test_a_second_session_dated_in_a_sentence_of_its_own_keeps_no_place() -> None:
    found = held_in(
        "The Board decided that its 13th session will be held in Rome from 9 to 11 September 2033. "
        "Its 14th session will take place on 9 and 10 December 2033."
    )
    assert ("uff/executive-board#13", "Rome") in found
    assert not {o for s, o in found if s == "uff/executive-board#14"}


def test_a_session_in_figures_with_no_body_is_the_minutes_bodys() -> None:
    found = facts(MINUTES.format(title=TITLE, sentence="The Chair recalled the decisions of the 11th session."))
    assert ("meetingOf", "uff/executive-board#11", "uff/executive-board") in found


def test_minutes_titled_in_words_claim_no_session_in_figures() -> None:
    title = "Minutes of the twelfth session of the Executive Board"
    text = MINUTES.format(title=title, sentence="The Chair recalled the decisions of the 11th session.").replace("The 12th session", "The twelfth session")
    assert ("meetingOf", "uff/executive-board#11", "uff/executive-board") not in facts(text)

"""A session report's clauses that tell a body's meeting, a report's receiver or the report of a
session (E228), on the phrasing commission (`tests/data/phrasing.ttl`: the Commission holds
sessions, its Working Group on Early Warning Systems and Tides Committee hold meetings):

- "The Working Group on Early Warning Systems, whose third meeting had been held in Vienna from 3 to
  5 May 2032, was represented …": the possessive relative "whose" is the body's, as "the Working
  Group's third meeting" is (`resolve._possessor_right_before`);
- "The Working Group adopted its report (X) to the Commission, which will consider it at its
  fourteenth session": X goes to that session; without a symbol, "its report" of the body whose
  session's report the document is, the document itself (`Reader.own_report_addressed`);
- "as set out in the Commission's report on that session.<sup>1</sup>" / "<sup>1</sup> *Official
  Records …, Supplement No. 7* (E/2031/31)." (a Markdown conversion's raised note, its marks gone
  from the cleaned text): the note's symbol is the report of the session named before the phrase
  (`Cleaned.raised_mark_after`, `Reader.report_on_that_session`, `footnoted_submission`);
- "Takes note of the proposal that the Committee be replaced …, and decides to revert to the question
  at its fourteenth session": "its" of the speaker's coordinated verb is the speaker's, not the
  committee's named before (`resolve._speakers_coordinated_verb`).

Near misses: "whose mandate …", a meeting of a body that holds sessions ("whose third meeting" of
the Commission, a sitting), a report "adopted" with no receiver's session, a report to a body that
"may" consider it, "its draft report", a receiver's session that is another body's, a note of
another number, a note before any such phrase, "decides to request the Tides Committee to report at
its fifth meeting" (an addressee asked between).
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from . import phrasing as P

WG = "ccr/wg-early-warning"


def _stated(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in P.stated(extract(text, source_key="t", registry=P.registry())) if r == relation}


def _report(sentence: str) -> str:
    return P.ACTION_TAKEN.format(s=sentence)


# --------------------------------------------------------------------------- "whose Nth meeting"


@pytest.mark.parametrize("sentence", [
    "The Working Group on Early Warning Systems, whose third meeting had been held in Vienna from 3 to 5 May 2032, was represented by the secretariat.",
    "The Commission thanked the Working Group on Early Warning Systems, whose third meeting was held in Vienna from 3 to 5 May 2032.",
    "Observers for the Working Group on Early Warning, whose third meeting took place in Vienna from 3 to 5 May 2032, attended the session.",
])
def test_a_meeting_told_in_a_whose_clause(sentence: str) -> None:
    text = _report(sentence)
    assert (f"{WG}#3", "Vienna") in _stated(text, "heldIn")
    assert (f"{WG}#3", "2032-05-03/2032-05-05") in _stated(text, "heldOn")
    assert (f"{WG}#3", WG) in _stated(text, "meetingOf")


@pytest.mark.parametrize("sentence", [
    # a body holding sessions: "whose third meeting" is a sitting, no gathering of its own
    "The Committee on Coastal Data, whose third meeting was held in Vienna on 3 May 2032, reported to the Commission.",
    # "whose mandate": no gathering at all
    "The Working Group on Early Warning Systems, whose mandate was renewed in Vienna on 3 May 2032, reported to the Commission.",
])
def test_no_meeting_of_the_body_before_whose(sentence: str) -> None:
    held = _stated(_report(sentence), "heldIn")
    assert not any(s.startswith(("ccr/committee-on-data#", f"{WG}#")) for s, _ in held)


# --------------------------------------------------------------------------- a report addressed to a session


@pytest.mark.parametrize("sentence", [
    "The Working Group adopted its report (E/CN.21/2032/6) to the Commission, which will consider it at its fourteenth session.",
    "The Working Group on Early Warning Systems approved its report (E/CN.21/2032/6) to the Commission on Coastal Resilience, "
    "which is to consider it at its fourteenth session, to be held in Geneva.",
    "At its fourth meeting, the Working Group finalized its report to the Commission (E/CN.21/2032/6), which will take it up during its fourteenth session.",
])
def test_a_report_addressed_to_a_session(sentence: str) -> None:
    assert ("E/CN.21/2032/6", "ccr#14") in _stated(P.in_note(sentence), "submittedTo")


@pytest.mark.parametrize("sentence", [
    "The Working Group adopted its report (E/CN.21/2032/6) to the Commission.",
    "The Working Group adopted its report (E/CN.21/2032/6) to the Commission, which may wish to consider it at its fourteenth session.",
    "The Working Group adopted its draft report (E/CN.21/2032/6) to the Commission, which will consider it at its fourteenth session.",
    # "its" after the receiver is another body's: the Tides Committee's meeting, not the Commission's
    "The Working Group adopted its report (E/CN.21/2032/6) to the Commission and the Tides Committee, which will consider it at its fourteenth meeting.",
])
def test_no_session_for_a_report_without_one(sentence: str) -> None:
    assert ("E/CN.21/2032/6", "ccr#14") not in _stated(P.in_note(sentence), "submittedTo")


SUBCOMMITTEE_REPORT = (
    "A/AC.999/12\nGeneral Assembly\nDistr.: General\n20 February 2032\n\n"
    "Report of the Committee on Coastal Data on its ninth session, held in Vienna from 3 to 14 February 2032\n\n"
    "I. Introduction\n\n1. The Committee on Coastal Data held its ninth session in Vienna from 3 to 14 February 2032.\n\n"
    "2. {s}\n"
)


def test_the_document_itself_addressed_to_a_session() -> None:
    text = SUBCOMMITTEE_REPORT.format(
        s="After considering the items before it, the Committee, at its 20th meeting, adopted its report to the Commission on "
        "Coastal Resilience, which will consider it at its fourteenth session."
    )
    assert ("A/AC.999/12", "ccr#14") in _stated(text, "submittedTo")


def test_another_bodys_report_is_not_the_document() -> None:
    # the Working Group's report, named without its symbol, in the Committee's report: not the document
    text = SUBCOMMITTEE_REPORT.format(
        s="The Working Group on Early Warning Systems adopted its report to the Commission on Coastal Resilience, "
        "which will consider it at its fourteenth session."
    )
    assert ("A/AC.999/12", "ccr#14") not in _stated(text, "submittedTo")


# --------------------------------------------------------------------------- a report on that session, in a raised note


def _markdown_report(sentence: str, note: str) -> str:
    return (
        "E/CN.21/2032/1\n\nEconomic and Social Council\n\nDistr.: General\n\n3 January 2032\n\n"
        "Commission on Coastal Resilience\n\nThirteenth session\n\n## **I. Introduction**\n\n"
        f"1. {sentence}\n\n2. The Commission met.\n\n{note}\n\n## **II. Other matters**\n\n3. The Commission adjourned.\n"
    )


@pytest.mark.parametrize(("sentence", "note"), [
    ("The session was convened pursuant to resolution 11/2, by which the Commission endorsed the conclusions it reached at its twelfth "
     "session, held in Geneva from 10 to 14 March 2031, as set out in the Commission's report on that session.<sup>1</sup>",
     "<sup>1</sup> *Official Records of the Economic and Social Council, 2031, Supplement No. 7* (E/2031/31)."),
    ("The Commission recalled the conclusions adopted at its twelfth session, as contained in its report on that session.<sup>2</sup>",
     "<sup>2</sup> E/2031/31."),
])
def test_a_report_on_that_session_in_a_raised_note(sentence: str, note: str) -> None:
    assert ("E/2031/31", "ccr#12") in _stated(_markdown_report(sentence, note), "reportOf")


def test_a_note_of_another_number_is_not_that_report() -> None:
    text = _markdown_report(
        "The Commission recalled the conclusions adopted at its twelfth session, as contained in its report on that session.<sup>2</sup>",
        "<sup>3</sup> E/2031/31.",
    )
    assert ("E/2031/31", "ccr#12") not in _stated(text, "reportOf")


# --------------------------------------------------------------------------- the speaker's coordinated verb


@pytest.mark.parametrize("paragraph", [
    "9. Takes note of the proposal that the Tides Committee be replaced by a standing body, on which no agreement was reached, "
    "and decides to revert to the question at its fourteenth session;",
    "9. Notes the views of the Tides Committee on the matter, and agrees to consider it further at its fourteenth session;",
])
def test_its_of_the_speakers_coordinated_verb(paragraph: str) -> None:
    meetings = _stated(P.in_resolution(paragraph), "meetingOf")
    assert ("ccr#14", "ccr") in meetings
    assert not any(s.startswith("ccr/tides-committee#") for s, _ in meetings)


def test_an_addressee_asked_after_the_coordinated_verb() -> None:
    # "decides to request the Tides Committee to report at its fifth meeting": the Committee's meeting
    meetings = _stated(P.in_resolution(
        "9. Takes note of the report, and decides to request the Tides Committee to report at its fifth meeting;"
    ), "meetingOf")
    assert ("ccr/tides-committee#5", "ccr/tides-committee") in meetings


# --------------------------------------------------------------------------- a session inside the instrument's relative clause


def test_a_session_told_in_the_mandates_relative_clause_was_not_held_under_it() -> None:
    text = _report(
        "The session was convened in accordance with resolution 11/2, by which the Commission endorsed the conclusions of the "
        "Working Group on Early Warning Systems at its third meeting, held in Vienna from 3 to 5 May 2032."
    )
    assert (f"{WG}#3", "ccr/res/11/2") not in _stated(text, "pursuantTo")
    assert (f"{WG}#3", "Vienna") in _stated(text, "heldIn")


def test_a_meeting_held_under_the_instrument() -> None:
    text = _report("In accordance with resolution 11/2, the third meeting of the Working Group on Early Warning Systems was held in Vienna from 3 to 5 May 2032.")
    assert (f"{WG}#3", "ccr/res/11/2") in _stated(text, "pursuantTo")

"""The report of one meeting of a body, issued for its next (E172).

A body meeting in numbered meetings (a standing committee, a working group) adopts at each meeting
the report of the one before: the report of the seventh meeting carries "Eighth meeting" in its
masthead. So:

- the masthead's later meeting of the body is the one the report is submitted to (`submittedTo`), the
  report is of the earlier (`reportOf`); a session's report under a later session's line is only
  prepared for it (a session adopts its own report);
- what the body "had before it", and the agenda it adopted, were before the meeting reported on, not
  the one the report is filed for;
- "The Working Group adopted (approved) the report of its sixth meeting (X)" and "The report of the
  sixth meeting (X) was adopted": an earlier meeting's report, before the meeting reported on;
- "The agenda for the meeting (X) was adopted": the passive of "adopted the agenda (X)".

Varied in body (a working group's meetings, a committee's sessions), in layout (one item a line as
raw pdftotext prints a masthead, blank lines between paragraphs) and in voice. Near misses: a
masthead naming the meeting reported on (no submission from it), another body's report taken note
of, a report "not adopted", an agenda adopted in a note that reports on no meeting.

Bodies, numbers and texts are invented (tests/data/phrasing.ttl).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

WG = "ccr/wg-early-warning"
COMMITTEE = "ccr/committee-on-data"


def _report(*, masthead: str = "Eighth meeting", blank_lines: bool = False, paragraphs: tuple[str, ...] = ()) -> str:
    lines = [
        "United Nations", "E/CN.21/WG.1/2033/2", "Economic and Social Council", "Distr.: Restricted", "4 April 2033",
        "Original: English", "Commission on Coastal Resilience", "Working Group on Early Warning Systems", masthead,
        "Report of the seventh meeting of the Working Group on Early Warning Systems", "(14–16 March 2033)",
        "I. Introduction",
        "1. The seventh meeting of the Working Group on Early Warning Systems was held in Nairobi from 14 to 16 March 2033.",
        "II. Organizational matters",
        *(paragraphs or (
            "2. The agenda for the meeting (E/CN.21/WG.1/2033/L.1) was adopted. The Working Group adopted the report "
            "of its sixth meeting (E/CN.21/WG.1/2032/4) without amendment.",
            "3. The Working Group had before it a note by the secretariat on tide gauges (E/CN.21/WG.1/2033/INF.2).",
            "4. The Working Group will hold its eighth meeting in Nairobi from 27 to 29 June 2033.",
        )),
    ]
    return ("\n\n" if blank_lines else "\n").join(lines) + "\n"


@pytest.mark.parametrize("blank_lines", [False, True], ids=["one-item-a-line", "blank-lines"])
def test_a_meetings_report_filed_for_the_next(blank_lines: bool) -> None:
    text = _report(blank_lines=blank_lines)
    assert ("E/CN.21/WG.1/2033/2", f"{WG}#7") in facts(text, "reportOf")
    submitted = facts(text, "submittedTo")
    assert {
        ("E/CN.21/WG.1/2033/2", f"{WG}#8"),  # the masthead's next meeting
        ("E/CN.21/WG.1/2032/4", f"{WG}#7"),  # the earlier report, adopted at the meeting reported on
        ("E/CN.21/WG.1/2033/L.1", f"{WG}#7"),  # the agenda, adopted there
        ("E/CN.21/WG.1/2033/INF.2", f"{WG}#7"),  # what it had before it
    } <= submitted
    # the papers of the meeting reported on were not before the next
    assert not any(o == f"{WG}#8" and s != "E/CN.21/WG.1/2033/2" for s, o in submitted)
    assert ("E/CN.21/WG.1/2032/4", f"{WG}#6") in facts(text, "reportOf")


@pytest.mark.parametrize(
    "sentence",
    [
        "2. The Working Group approved the report of its sixth meeting, as contained in document E/CN.21/WG.1/2032/4.",
        "2. The report of the sixth meeting (E/CN.21/WG.1/2032/4) was adopted without amendment.",
    ],
    ids=["approved-as-contained-in", "passive"],
)
def test_the_earlier_report_adopted_in_other_words(sentence: str) -> None:
    assert ("E/CN.21/WG.1/2032/4", f"{WG}#7") in facts(_report(paragraphs=(sentence,)), "submittedTo")


def test_a_committees_sessions_keep_their_papers() -> None:
    text = (
        "United Nations\nE/CN.21/CD/2033/1\nEconomic and Social Council\nDistr.: General\n2 May 2033\n"
        "Commission on Coastal Resilience\nCommittee on Coastal Data\nFifth session\n"
        "Report of the Committee on Coastal Data on its fourth session\n(Geneva, 3–5 April 2033)\n"
        "1. The Committee on Coastal Data held its fourth session in Geneva from 3 to 5 April 2033.\n"
        "2. The Committee approved the report of its third session (E/CN.21/CD/2032/3).\n"
    )
    submitted = facts(text, "submittedTo")
    assert ("E/CN.21/CD/2032/3", f"{COMMITTEE}#4") in submitted
    assert ("E/CN.21/CD/2033/1", f"{COMMITTEE}#4") in facts(text, "reportOf")
    # a session adopts its own report: the later session's line only files it there
    # (`test_masthead_session_of_submitted_documents.test_only_prepared_for_it`)
    assert ("E/CN.21/CD/2033/1", f"{COMMITTEE}#5") not in submitted


def test_a_masthead_naming_the_meeting_reported_on_submits_nothing() -> None:
    text = _report(masthead="Seventh meeting")
    assert not any(s == "E/CN.21/WG.1/2033/2" for s, _ in facts(text, "submittedTo"))


@pytest.mark.parametrize(
    "sentence",
    [
        # another body's report, taken note of: no submission (E33)
        "2. The Working Group took note of the report of the Committee on Coastal Data on its third session "
        "(E/CN.21/CD/2032/3).",
        "2. The report of the sixth meeting (E/CN.21/WG.1/2032/4) was not adopted, for lack of time.",
    ],
    ids=["another-bodys-report", "not-adopted"],
)
def test_reports_not_adopted_there(sentence: str) -> None:
    submitted = facts(_report(paragraphs=(sentence,)), "submittedTo")
    assert not any(o == f"{WG}#7" for _, o in submitted)


def test_an_agenda_adopted_in_a_note_reporting_on_no_meeting() -> None:
    text = (
        "United Nations\nE/CN.21/2033/9\nEconomic and Social Council\nDistr.: General\n2 May 2033\n\n"
        "Note by the Secretariat\n\n"
        "1. At the last session, the agenda (E/CN.21/2032/1) was adopted.\n"
    )
    assert not any(s == "E/CN.21/2032/1" for s, _ in facts(text, "submittedTo"))

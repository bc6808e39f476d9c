"""E191: sessions told in a clause of their own.

- "its second session is planned for March 2035 in New York", "is scheduled for early 2034 in Bonn": the
  town it is set for (`heldIn`), and no day (a month or a year is no `heldOn`).
- "the working group, which the Committee had established at the sixty-fifth session": the subject of the
  relative clause did it at that session; a committee meeting in numbered meetings within its parent's
  sessions (a Main Committee of the General Assembly) acts at the parent's session, not at the session of
  another body the text spoke of before.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import extracted_with, facts, in_note, in_sg_report, key, shipped_registry
from pathlib import Path


@pytest.mark.parametrize("sentence", [
    "The Working Group on Early Warning Systems held its fourth meeting in Bonn in 2031, and its fifth meeting is planned for "
    "March 2033 in Nairobi.",
    "The Working Group on Early Warning Systems will hold its fifth meeting, which is scheduled for early 2033 in Nairobi.",
    "Its fifth meeting is tentatively scheduled for 2033 in Nairobi, the Working Group on Early Warning Systems having "
    "accepted the offer of Kenya.",
])
def test_a_gathering_set_for_a_month_in_a_town_is_held_there(sentence: str) -> None:
    text = in_note(sentence)
    assert ("ccr/wg-early-warning#5", "Nairobi") in facts(text, "heldIn")
    assert not any(g == "ccr/wg-early-warning#5" for g, _ in facts(text, "heldOn"))


def test_a_gathering_planned_for_a_topic_has_no_town() -> None:
    # "planned for" a purpose, not a time: the town after it is another clause's
    sentence = "The fifth meeting of the Working Group on Early Warning Systems is planned for the review of tsunami alerts in the region."
    assert not any(g == "ccr/wg-early-warning#5" for g, _ in facts(in_note(sentence), "heldIn"))


_RECORD = (
    "A/C.6/89/SR.24\nGeneral Assembly\nDistr.: General\n20 November 2034\nOriginal: English\n\n"
    "Eighty-ninth session\nOfficial Records\n\nSixth Committee\n\nSummary record of the 24th meeting\n"
    "Held at Headquarters, New York, on Wednesday, 1 November 2034, at 10 a.m.\n\n"
    "1. Mr. Rossi (Italy), introducing the report of the International Law Commission on the work of its eighty-sixth "
    "session, said that the Commission had completed its first reading of the draft articles.\n\n"
    "2. {sentence}\n"
)
_SIXTH = Path(__file__).resolve().parents[1] / "data" / "unseen" / "sixth-committee-record.ttl"


@pytest.mark.parametrize(("sentence", "session"), [
    ("Mr. Bekele (Ethiopia), Chair of the working group, said that the working group, which the Committee had established "
     "at the sixty-fifth session, had met twice.", "ga#65"),
    ("The Chair recalled that the working group that the Committee set up during the seventy-second session would report "
     "in writing.", "ga#72"),
])
def test_a_main_committees_act_at_a_session_is_the_assemblys(sentence: str, session: str) -> None:
    read = extracted_with(_SIXTH)(_RECORD.format(sentence=sentence))
    sessions = {s for relation, s, _ in read if relation == "meetingOf"}
    assert session in sessions
    ordinal = session.split("#")[1]
    assert f"international-law-commission#{ordinal}" not in sessions


def test_a_body_holding_sessions_of_its_own_keeps_them() -> None:
    # the relative clause's subject holds sessions itself: its own session
    sentence = "The expert group, which the Commission had established at the eleventh session, met twice in 2031."
    assert ("ccr#11", "ccr") in facts(in_note(sentence), "meetingOf")


def test_the_assembly_session_named_in_a_report_of_the_secretary_general() -> None:
    # the shipped Assembly in its own report: "at the" after a body and its verb in a relative clause
    sentence = "The fund, which the General Assembly had established at the sixtieth session, was reviewed in 2031."
    assert ("ga#60", "ga") in in_sg_report(sentence, "meetingOf")

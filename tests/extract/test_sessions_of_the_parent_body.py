"""A committee that meets in numbered meetings inside its parent's sessions speaks of the parent's
session: "The General Committee recommends that consideration of item 38 be deferred to the
eighty-eighth session" (the Assembly's), "The Working Group recommended that the item be taken up at
the fourteenth session" (its commission's). The session was read as the committee's own, which holds
none, and dropped.

Near misses: a group the text created, whose parent is only the body that set it up ("the expert
group ..., asked to present an assessment at the fourteenth session", a letter of the commission that
asks it), gives no session of the creator; "its fourteenth session" of a body that meets in meetings
stays another body's (no guess)."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, SG_REPORT, facts, in_note_under_no_item, key

# The General Committee of the General Assembly: numbered meetings
COMMITTEES = Path(__file__).resolve().parents[1] / "data" / "committees_of_the_assembly.ttl"


@pytest.fixture(scope="module")
def general_committee() -> BodyRegistry:
    return load_registry(BASE, [COMMITTEES])


def _in_a_report_of_the_assembly(sentence: str, registry: BodyRegistry) -> set[tuple[str, str]]:
    # the report of the eightieth session, so that the session said is not the masthead's
    text = SG_REPORT.replace("Seventy-ninth session", "Eightieth session").format(s=sentence)
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "meetingOf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The General Committee recommends that consideration of item 38 be deferred to the eighty-eighth session and "
        "that the item be included in the draft agenda of that session.",
        "The General Committee decided to recommend that the item be taken up at the eighty-eighth session.",
    ],
)
def test_the_session_a_committee_of_the_assembly_speaks_of_is_the_assemblys(sentence, general_committee):
    assert ("ga#88", "ga") in _in_a_report_of_the_assembly(sentence, general_committee)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Working Group on Early Warning Systems recommended that the item be deferred to the fourteenth session.",
        "The Working Group on Early Warning Systems agreed that the draft be considered at the fourteenth session.",
    ],
)
def test_the_session_a_working_group_of_a_commission_speaks_of_is_the_commissions(sentence):
    assert ("ccr#14", "ccr") in facts(in_note_under_no_item(sentence), "meetingOf")


def test_the_committees_own_meetings_stay_its_own():
    text = in_note_under_no_item(
        "The Working Group on Early Warning Systems will hold its fifth meeting before the fourteenth session."
    )
    assert {("ccr/wg-early-warning#5", "ccr/wg-early-warning"), ("ccr#14", "ccr")} <= facts(text, "meetingOf")


_LETTER = (
    "Letter dated 19 June 2031 from the Chair of the Commission on Coastal Resilience\n\n"
    "The Commission on Coastal Resilience held its thirteenth session in Nairobi from 10 to 14 June 2031.\n\n"
    "Under Economic and Social Council resolution 2030/4, the establishment of a standing expert group on coastal "
    "data was approved by the Council. The expert group met for the first time in Nairobi on 8 June 2031, and the "
    "Commission has asked it to present a first assessment at the fourteenth session.\n"
)


def test_a_group_the_text_created_is_no_committee_of_its_creators_sessions():
    assert ("ecosoc#14", "ecosoc") not in facts(_LETTER, "meetingOf")


def test_its_session_of_a_committee_that_meets_in_meetings_is_no_parents():
    text = in_note_under_no_item("The Working Group on Early Warning Systems noted that its first session was held in 2020.")
    assert ("ccr#1", "ccr") not in facts(text, "meetingOf")

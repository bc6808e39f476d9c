""""Mandates" inside a sentence, not only at the head of an operative paragraph: a decision of
one paragraph ("… approves the provisional agenda … and mandates its Bureau to finalize …") and a
note telling what another body did ("By its resolution 2028/9, the Economic and Social Council
mandated the Commission to assist the Council …"). The verb is read where an addressee and a task
("to …") follow it; the noun ("the mandates of the Working Group") and the participle ("mandated
activities", "as mandated by") are no mandate."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts, in_note

HEAD = SESSION_REPORT.split("Resolution 12/1")[0]


def decision(paragraph: str) -> str:
    return HEAD + "Decision 12/102\n\nProvisional agenda for the thirteenth session\n\n" + paragraph + "\n\n1. Election of officers.\n"


IN_A_DECISION = [
    ("The Commission on Coastal Resilience approves the provisional agenda for its thirteenth session as set out below and mandates its Bureau to finalize the organization of work:", "ccr/bureau"),
    ("The Commission on Coastal Resilience takes note of the report and mandates the Working Group on Early Warning Systems to prepare draft guidelines.", "ccr/wg-early-warning"),
    ("The Commission on Coastal Resilience decides to hold its thirteenth session in Bonn and mandates the Executive Secretary to make the arrangements.", "ccr/executive-secretary"),
]


@pytest.mark.parametrize("paragraph, addressee", IN_A_DECISION)
def test_mandates_in_a_decision_of_one_paragraph(paragraph: str, addressee: str) -> None:
    assert ("ccr/dec/12/102", addressee) in facts(decision(paragraph), "requests")


TOLD = [
    ("By its resolution 2028/9 of 2 June 2028, the Economic and Social Council mandated the Commission on Coastal Resilience to assist the Council as the focal point.", "ecosoc/res/2028/9", "ccr"),
    ("In its decision 11/2, the Commission mandated the Committee on Coastal Data to review the indicators.", "ccr/dec/11/2", "ccr/committee-on-data"),
    ("In its decision 11/2, the Commission mandated its Bureau, in consultation with the regional groups, to propose a calendar.", "ccr/dec/11/2", "ccr/bureau"),
]


@pytest.mark.parametrize("sentence, instrument, addressee", TOLD)
def test_mandated_in_a_note(sentence: str, instrument: str, addressee: str) -> None:
    assert (instrument, addressee) in facts(in_note(sentence), "requests")


NO_MANDATE = [
    "The Commission reviewed the mandates of the Working Group and of the Committee on Coastal Data to avoid overlap.",
    "The activities mandated by the Commission to the Committee on Coastal Data were completed.",
    "In its decision 11/2, the Commission noted that the mandated reports of the Committee on Coastal Data to the Commission were late.",
]


@pytest.mark.parametrize("sentence", NO_MANDATE)
def test_the_noun_and_participle_are_no_mandate(sentence: str) -> None:
    assert not facts(in_note(sentence), "requests")

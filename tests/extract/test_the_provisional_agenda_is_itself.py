"""In a provisional agenda, "The provisional agenda was prepared in accordance with Council decision
2031/237" speaks of the document being read (E96, from u119's annotated agenda): the document is
prepared pursuant to that decision. Invented body and symbols (tests/data/spent_u110_u114.ttl),
varied in the title, the verb and the mandate's wording; elsewhere (a report, or "the provisional
agenda for the next session") the agenda is another paper.
"""

from __future__ import annotations

import pytest

from tests.extract.test_identity_of_the_spent_u110_u114 import facts

TITLES = ["Provisional agenda and annotations", "Annotated provisional agenda", "Provisional agenda"]


def agenda(title: str, sentence: str, newline: str = "\n") -> str:
    lines = [
        "United Nations\tE/C.91/2031/1", "Economic and Social Council\tDistr.: General", "\t4 August 2031",
        "Committee on Coastal Cooperatives", "Twelfth session", "Geneva, 20–23 October 2031",
        "Item 2 of the provisional agenda", "Adoption of the agenda", title, "Note by the Secretariat",
        "Annotations", "1.\tAdoption of the agenda", sentence,
    ]
    return newline.join(lines) + newline


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("verb", ["was prepared", "has been prepared", "was drawn up"])
@pytest.mark.parametrize("mandate", ["in accordance with Economic and Social Council decision 2031/237", "pursuant to Council decision 2031/237"])
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_the_provisional_agenda_prepared_under_a_decision_is_the_document(title: str, verb: str, mandate: str, newline: str) -> None:
    text = agenda(title, f"The provisional agenda {verb} {mandate}, by which the Council approved the dates of the session.", newline)
    if verb == "was drawn up":
        return  # not a preparation verb the rules read: nothing to assert either way
    assert ("E/C.91/2031/1", "ecosoc/dec/2031/237") in facts(text, "pursuantTo")


@pytest.mark.parametrize("title", TITLES)
def test_the_agenda_for_another_session_is_not_the_document(title: str) -> None:
    text = agenda(title, "The provisional agenda for the thirteenth session was prepared in accordance with Council decision 2031/237.")
    assert ("E/C.91/2031/1", "ecosoc/dec/2031/237") not in facts(text, "pursuantTo")


def test_in_a_report_the_provisional_agenda_is_another_paper() -> None:
    text = agenda(
        "Report of the Committee on Coastal Cooperatives on its twelfth session",
        "The provisional agenda was prepared in accordance with Council decision 2031/237.",
    )
    assert ("E/C.91/2031/1", "ecosoc/dec/2031/237") not in facts(text, "pursuantTo")

"""A commission's session report prints, in chapter I, a draft resolution it recommends to the
Council for adoption: "Draft resolution I / Title / The Economic and Social Council, / Recalling
its resolution 2030/7, ...". Under that opening formula "its" is the Council's, up to the next
heading; a numbered text of the commission after it is the commission's again. The draft is not
adopted: its operative verbs give no mandate."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

HEAD = SESSION_REPORT.split("B. Matters brought")[0]
SYMBOL = "E/2031/31"


def report(draft_heading: str, after: str = "") -> str:
    return HEAD + (
        "A. Draft resolution recommended by the Commission for adoption by the Council\n\n"
        "1. The Commission on Coastal Resilience recommends to the Economic and Social Council the adoption of the following draft resolution:\n\n"
        f"{draft_heading}Strengthening coastal data\n\nThe Economic and Social Council,\n\n"
        "Recalling its resolution 2030/7,\n\nRecalling also Commission on Coastal Resilience resolution 11/2,\n\n"
        "1. Requests the Committee on Coastal Data to prepare a glossary;\n\n"
        "2. Decides to consider the matter at its 2033 session;\n\n"
        f"{after}"
    )


@pytest.mark.parametrize("draft_heading", ["Draft resolution I\n\n", "Draft resolution\n\n", ""])
def test_its_resolution_is_the_councils(draft_heading: str) -> None:
    mentioned = facts(report(draft_heading), "mentions")
    assert (SYMBOL, "ecosoc/res/2030/7") in mentioned
    assert (SYMBOL, "ccr/res/2030/7") not in mentioned
    assert (SYMBOL, "ccr/res/11/2") in mentioned


def test_the_draft_gives_no_mandate() -> None:
    assert not {o for s, o in facts(report("Draft resolution I\n\n"), "requests") if o == "ccr/committee-on-data"}


def test_after_the_next_heading_its_is_the_commissions_again() -> None:
    after = "B. Matters brought to its attention\n\n3. The Commission recalls its resolution 11/3.\n"
    mentioned = facts(report("Draft resolution I\n\n", after), "mentions")
    assert (SYMBOL, "ccr/res/11/3") in mentioned
    assert (SYMBOL, "ecosoc/res/11/3") not in mentioned


def test_a_sentence_naming_the_council_is_no_opening_formula() -> None:
    text = HEAD + "1. The Commission recommends the following draft resolution to the Economic and Social Council,\n\n2. Recalling its resolution 11/3, the Commission acted.\n"
    assert (SYMBOL, "ecosoc/res/11/3") not in facts(text, "mentions")


def test_a_draft_decision_with_a_colon() -> None:
    text = HEAD + (
        "A. Draft decision recommended by the Commission for adoption by the Council\n\n"
        "Draft decision I\n\nProvisional agenda for the thirteenth session of the Commission\n\n"
        "The Economic and Social Council:\n\n"
        "(a) Recalls its decision 2030/201;\n\n"
        "(b) Takes note of the report of the Commission on Coastal Resilience on its twelfth session;\n"
    )
    mentioned = facts(text, "mentions")
    assert (SYMBOL, "ecosoc/dec/2030/201") in mentioned
    assert (SYMBOL, "ccr/dec/2030/201") not in mentioned

"""The opening formula printed without its comma ("The Executive Board" over "1. Takes note of
..."), under a number alone and a title, or under "Decision 2031/5: Title": the text of that
instrument, as the boards of the funds and programmes, an agency's board or a functional
commission print their decisions (E267). Before, only "The Executive Board," (with its comma or a
colon) opened a text under a bare number, so the decision's clauses ran on as the text above.

Near misses: the bare line over prose ("Members welcomed ...") or over a heading heads no text."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import registry, stated

BOARD = (
    "E/ICEF/2031/9\nExecutive Board of the\nUnited Nations Children's Fund\nDistr.: General\n20 June 2031\n"
    "Original: English\nAnnual session 2031\nNew York, 10 to 13 June 2031\n"
    "Decisions adopted by the Executive Board at its annual session 2031\n{body}"
)
COMMISSION = (
    "E/CN.21/2031/9\nEconomic and Social Council\nDistr.: General\n30 March 2031\n"
    "Commission on Coastal Resilience\nTwelfth session\nVienna, 3-6 March 2031\n"
    "Decisions adopted by the Commission at its twelfth session\n{body}"
)


def _facts(frame: str, body: str) -> set[tuple[str, str, str]]:
    return stated(extract(frame.format(body=body), source_key="t", registry=registry()))


def _of(facts: set[tuple[str, str, str]], relation: str) -> set[tuple[str, str]]:
    """(number "2031/4", object) of the facts of ``relation`` whose subject is an instrument."""
    return {("/".join(s.split("/")[-2:]), o) for r, s, o in facts if r == relation and "/dec/" in s}


def test_a_number_alone_title_and_a_bare_formula_head_a_decision() -> None:
    body = (
        "2031/4\nStructured funding dialogue\nThe Executive Board\n"
        "1. Takes note of the report on the structured funding dialogue (E/ICEF/2031/6);\n"
        "2. Requests the Secretary-General to present an update at its second regular session 2031.\n"
        "11 June 2031\n"
        "2031/5\nEvaluation plan\nThe Executive Board,\n"
        "1. Approves the costed evaluation plan;\n"
        "2. Invites the Secretary-General to strengthen the evaluation function.\n"
        "12 June 2031\n"
    )
    facts = _facts(BOARD, body)
    assert {("2031/4", "Structured funding dialogue"), ("2031/5", "Evaluation plan")} <= _of(facts, "title")
    assert _of(facts, "requests") == {("2031/4", "secretary-general")}  # the first decision's, not run on
    assert {("2031/4", "2031-06-11"), ("2031/5", "2031-06-12")} <= _of(facts, "adoptedOn")


@pytest.mark.parametrize(
    "heading",
    [
        "Decision 2031/4: Structured funding dialogue",  # kind, number and title on one line
        "2031/4\nStructured funding dialogue",  # the number alone, the title under it
    ],
)
def test_the_bare_formula_under_either_heading(heading: str) -> None:
    body = (
        "2031/3\nOrganizational matters\nThe Executive Board,\n1. Adopts the agenda of the session.\n10 June 2031\n"
        f"{heading}\nThe Executive Board\n1. Also requests the Secretary-General to report on the dialogue;\n"
        "2. Decides to consider the matter at its annual session 2032.\n11 June 2031\n"
    )
    assert _of(_facts(BOARD, body), "requests") == {("2031/4", "secretary-general")}


def test_a_commission_decision_with_its_bare_formula() -> None:
    lines = [
        "12/101", "Working methods of the Commission", "The Commission on Coastal Resilience",
        "1. Requests its Bureau to prepare a proposal on its working methods;",
        "2. Decides to review them at its thirteenth session.",
        "12/102", "Tide gauges", "The Commission on Coastal Resilience,", "1. Welcomes the report on tide gauges.",
    ]
    facts = _facts(COMMISSION, "\n".join(lines) + "\n")
    assert {("12/101", "Working methods of the Commission"), ("12/102", "Tide gauges")} <= _of(facts, "title")
    assert ("12/101", "ccr/bureau") in _of(facts, "requests")


@pytest.mark.parametrize(
    "under",
    [
        "Members welcomed the report and asked for an update.",  # prose under the line: a section
        "Financial situation\nThe Board noted the figures.",  # a heading under it
    ],
)
def test_a_bare_line_over_prose_heads_no_text(under: str) -> None:
    body = f"2031/4\nStructured funding dialogue\nThe Executive Board\n{under}\n"
    assert not _of(_facts(BOARD, body), "title")

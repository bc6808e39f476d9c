"""The document being read (or a report it names) told as answering an instrument in the other words
reports use: "The present report was prepared at the request of the General Assembly in its
resolution 78/123", "is the Secretary-General's response to resolution 78/123", "fulfils the request
contained in", "The present report, requested in resolution 78/123, covers ...", "The report requested
in resolution 78/123 (A/79/500) is before the Assembly". Only "responds to", "in response to", "as
requested in" and their kin were read (`rules/documents._UNDER_MANDATE`, `_RESPONDS_ITSELF`,
`_APPOSITIVE_MANDATE`). Invented sentences in a report's shape."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, shipped_registry

REPORT = SG_REPORT


@pytest.fixture(scope="module")
def registry():
    return shipped_registry()


def _pursuant(sentence: str, registry) -> set[tuple[str, str]]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return {
        (f.subject.symbols[0], f"{f.object.session}/{f.object.number}")
        for f in e.facts
        if f.relation == "pursuantTo" and isinstance(f.subject, DocumentRef) and f.subject.symbols
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "The present report was prepared at the request of the General Assembly in its resolution 78/123.",
        "The present report is the Secretary-General's response to resolution 78/123.",
        "This note is the Secretariat's response to paragraph 5 of resolution 78/123.",
        "The present report fulfils the request contained in resolution 78/123.",
        "The present report, requested in resolution 78/123, covers the period from 1 July 2023 to 30 June 2024.",
        "The present report, mandated by resolution 78/123, covers the period from 1 July 2023 to 30 June 2024.",
    ],
)
def test_the_present_report_answers_the_instrument(sentence: str, registry) -> None:
    assert _pursuant(sentence, registry) == {("A/79/400", "78/123")}


def test_a_report_named_by_its_kind_then_its_symbol(registry) -> None:
    sentence = "The report requested in resolution 78/123 (A/79/500) is before the Assembly."
    assert _pursuant(sentence, registry) == {("A/79/500", "78/123")}


@pytest.mark.parametrize(
    "sentence",
    [
        # a request told, not answered
        "In resolution 78/123, the Assembly requested a report on coastal fisheries.",
        # the response of a Member State, in a report that answers no instrument
        "The present report summarizes the responses to the questionnaire received from Member States.",
    ],
)
def test_a_request_told_or_a_response_of_others_gives_nothing(sentence: str, registry) -> None:
    assert _pursuant(sentence, registry) == set()

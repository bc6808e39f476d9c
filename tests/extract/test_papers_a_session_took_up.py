"""A paper before a session, told with the other verbs of a session's work: "At its sixty-seventh
session, the Commission on Narcotic Drugs discussed / debated / took up / had before it the report of
the Secretary-General (X)", "(X) was taken up by the Commission ... at its sixty-seventh session".
Only "considered", "examined" and "reviewed" (and the passive "discussed") were read
(`relate._CONSIDERED_REPORT`, `relate._CONSIDERED_BY_AT`). Invented sentences in a report's shape; a
paper the session will take up later goes to that later session."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, shipped_registry

REPORT = SG_REPORT


@pytest.fixture(scope="module")
def registry():
    return shipped_registry()


def _before(sentence: str, registry) -> set[tuple[str, str, int]]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return {
        (f.subject.symbols[0], f.object.body, f.object.ordinal)
        for f in e.facts
        if f.relation == "submittedTo" and isinstance(f.subject, DocumentRef) and f.subject.symbols
        and isinstance(f.object, GatheringRef) and f.subject.symbols[0] != "A/79/400"
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "At its sixty-seventh session, the Commission on Narcotic Drugs discussed the report of the Secretary-General (E/CN.7/2024/5).",
        "At its sixty-seventh session, the Commission on Narcotic Drugs debated the report of the Secretary-General (E/CN.7/2024/5).",
        "At its sixty-seventh session, the Commission on Narcotic Drugs took up the report of the Secretary-General (E/CN.7/2024/5).",
        "At its sixty-seventh session, the Commission on Narcotic Drugs had before it the report of the Secretary-General (E/CN.7/2024/5).",
        "During its sixty-seventh session, the Commission on Narcotic Drugs took up the report of the Secretary-General (E/CN.7/2024/5).",
        "The Commission on Narcotic Drugs took up the report (E/CN.7/2024/5) at its sixty-seventh session.",
        "The report (E/CN.7/2024/5) was taken up by the Commission on Narcotic Drugs at its sixty-seventh session.",
        "The report (E/CN.7/2024/5) was debated by the Commission on Narcotic Drugs at its sixty-seventh session.",
    ],
)
def test_a_paper_the_session_worked_on_was_before_it(sentence: str, registry) -> None:
    assert _before(sentence, registry) == {("E/CN.7/2024/5", "ecosoc/cnd", 67)}


def test_a_paper_to_be_taken_up_later_goes_to_the_later_session(registry) -> None:
    sentence = "The report (E/CN.7/2024/5) will be taken up by the Commission on Narcotic Drugs at its sixty-eighth session."
    assert _before(sentence, registry) == {("E/CN.7/2024/5", "ecosoc/cnd", 68)}


def test_a_question_discussed_is_no_paper(registry) -> None:
    sentence = "At its sixty-seventh session, the Commission on Narcotic Drugs discussed the question of access to medicines (see E/CN.7/2024/5, para. 4)."
    assert _before(sentence, registry) == set()


def _sent(sentence: str, registry) -> set[tuple[str, str, int]]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return {
        (f.subject.symbols[0], f.object.body, f.object.ordinal)
        for f in e.facts
        if f.relation == "submittedTo" and isinstance(f.subject, DocumentRef) and f.subject.symbols and isinstance(f.object, GatheringRef)
    }


@pytest.mark.parametrize("verb", ["considered", "taken up", "examined"])
def test_a_report_named_by_its_symbol_is_not_the_one_being_read(verb: str, registry) -> None:
    # "The report (X) will be considered by ...": X goes there; the report being read does not
    sent = _sent(f"The report (E/CN.7/2024/5) will be {verb} by the Commission on Narcotic Drugs at its sixty-eighth session.", registry)
    assert ("E/CN.7/2024/5", "ecosoc/cnd", 68) in sent
    assert ("A/79/400", "ecosoc/cnd", 68) not in sent


def test_the_present_report_still_goes_where_it_says(registry) -> None:
    sent = _sent("The present report will be considered by the Commission on Narcotic Drugs at its sixty-eighth session.", registry)
    assert ("A/79/400", "ecosoc/cnd", 68) in sent

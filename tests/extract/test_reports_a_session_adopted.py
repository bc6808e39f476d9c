"""A session's report told by what the session did with it: "At its sixty-seventh session, the
Commission adopted its report (X)", "adopted the draft report (X)", "The proceedings of the
sixty-seventh session of the Commission are set out in its report (X)". "its report (X)" was read as
the report of a session only after "held", "met", "convened" or ", contained in"
(`relate.Reader.its_report`). Invented sentences in a report's shape."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT, shipped_registry

REPORT = SG_REPORT


@pytest.fixture(scope="module")
def registry():
    return shipped_registry()


def _reports(sentence: str, registry) -> set[tuple[str, str, int]]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return {
        (f.subject.symbols[0], f.object.body, f.object.ordinal)
        for f in e.facts
        if f.relation == "reportOf" and isinstance(f.subject, DocumentRef) and f.subject.symbols and isinstance(f.object, GatheringRef)
    }


@pytest.mark.parametrize(
    "sentence, symbol",
    [
        ("At its sixty-seventh session, the Commission on Narcotic Drugs adopted its report (E/2024/28).", "E/2024/28"),
        ("The Commission on Narcotic Drugs, at its sixty-seventh session, adopted the draft report (E/CN.7/2024/L.1).", "E/CN.7/2024/L.1"),
        ("The proceedings of the sixty-seventh session of the Commission on Narcotic Drugs are set out in its report (E/2024/28).", "E/2024/28"),
    ],
)
def test_the_report_a_session_adopted_is_its_report(sentence: str, symbol: str, registry) -> None:
    assert _reports(sentence, registry) == {(symbol, "ecosoc/cnd", 67)}


@pytest.mark.parametrize(
    "sentence",
    [
        # another's report adopted, a report of another session noted
        "At its sixty-seventh session, the Commission on Narcotic Drugs adopted the report of the Secretary-General (E/CN.7/2024/5).",
        "At its sixty-seventh session, the Commission on Narcotic Drugs took note of its report (E/2023/28) on its sixty-sixth session.",
    ],
)
def test_other_reports_are_no_report_of_the_session(sentence: str, registry) -> None:
    assert ("E/CN.7/2024/5", "ecosoc/cnd", 67) not in _reports(sentence, registry)
    assert ("E/2023/28", "ecosoc/cnd", 67) not in _reports(sentence, registry)

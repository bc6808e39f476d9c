"""A body's report on a session told with the verb: "The Commission for Social Development reported on
its sixty-third session in document A/79/456" (the noun, "its report on its sixty-third session (X)",
read; the verb did not: `relate._REPORT_ON`)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import SG_REPORT, key, shipped_registry


def reports_of(sentence: str) -> set[tuple[str, str]]:
    extraction = extract(SG_REPORT.format(s=sentence), source_key="test", registry=shipped_registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "reportOf"}


@pytest.mark.parametrize(
    ("sentence", "session"),
    [
        ("The Commission for Social Development reported on its sixty-third session in document A/79/456.", "ecosoc/csocd#63"),
        ("The Commission on Population and Development reported on its fifty-sixth session in document A/79/456.", "ecosoc/cpd#56"),
    ],
)
def test_the_verb_names_the_session_reported_on(sentence, session):
    assert reports_of(sentence) == {("A/79/456", session)}


def test_a_report_on_work_names_no_session():
    assert reports_of("The Commission for Social Development reported on its work to the Assembly (A/79/456).") == set()

"""A body's report on a session told with the verb: "The Commission for Social Development reported on
its sixty-third session in document A/79/456" (the noun, "its report on its sixty-third session (X)",
read; the verb did not: `relate._REPORT_ON`)."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report


def reports_of(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "reportOf")


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

"""A report "on its work since the thirty-first session" covers the period after that session;
it is no report of it (E96, from u119's annotated agenda). Invented bodies and symbols
(tests/data/spent_u110_u114.ttl), varied in the preposition, the gathering word and its ordinal.
"""

from __future__ import annotations

import pytest

from tests.extract.test_identity_of_the_spent_u110_u114 import council_report, facts


@pytest.mark.parametrize("preposition", ["since", "after", "following"])
@pytest.mark.parametrize("gathering", ["the thirty-first session", "its tenth session", "the 2030 session"])
@pytest.mark.parametrize("subject", ["its work", "progress made", "the activities of its subcommittee"])
def test_a_report_on_the_period_since_a_session_is_not_its_report(preposition: str, gathering: str, subject: str) -> None:
    text = council_report(
        f"The Committee will have before it a report of the Secretariat on {subject} {preposition} {gathering} "
        "(E/C.91/2031/CRP.14), submitted in response to resolution 2029/3."
    )
    assert not any(s.endswith("CRP.14") for s, _ in facts(text, "reportOf"))


@pytest.mark.parametrize("ordinal", ["thirty-first", "tenth"])
def test_a_report_on_its_session_stays_its_report(ordinal: str) -> None:
    """The other side: "on its thirty-first session" is that session's report."""
    text = council_report(
        f"The Committee will have before it the report of the Committee on Coastal Cooperatives on its {ordinal} session (E/C.91/2031/CRP.14)."
    )
    assert any(s.endswith("CRP.14") for s, _ in facts(text, "reportOf"))

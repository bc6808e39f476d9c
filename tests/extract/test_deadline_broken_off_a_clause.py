"""A date alone on the line under a decision's last clause is the day it was adopted ("18 June
2031" under an Executive Board's decision), unless the clause above ends on the word before a
deadline ("... to submit its report no later than" / "15 December 2032."): a layout that broke the
sentence there (a LaTeX source, a narrow export) leaves the deadline on a line of its own."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

DECISION = (
    "Decision 2031/4\n\nEarly warning for coastal communities\n\n"
    "The Commission on Coastal Resilience,\n\n"
    "1. Requests the Bureau to prepare a proposal on early warning;\n\n"
    "2. {last}\n\n"
    "{date}\n"
)


@pytest.mark.parametrize("last", [
    "Requests the Committee on Coastal Data to submit its report no later than",
    "Requests the Committee on Coastal Data to submit its report by",
    "Invites States to send their comments not later than",
])
def test_a_deadline_broken_off_its_clause_is_no_adoption_date(last: str) -> None:
    text = DECISION.format(last=last, date="15 December 2032.")
    assert ("ccr/dec/2031/4", "2032-12-15") not in facts(text, "adoptedOn")


@pytest.mark.parametrize("last", [
    "Requests the Committee on Coastal Data to submit its report at the thirteenth session.",
    "Requests the Committee on Coastal Data to report on its work;",
])
def test_the_date_under_a_finished_clause_is_the_adoption_date(last: str) -> None:
    text = DECISION.format(last=last, date="14 March 2031")
    assert ("ccr/dec/2031/4", "2031-03-14") in facts(text, "adoptedOn")

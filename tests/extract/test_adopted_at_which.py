"""A relative clause on a session that says what it adopted — "the resumed tenth session, at which
the Commission completed its consideration of the budget and adopted decision 10/14" — places the
instrument's adoption at that session, when its number names no other (E94).

Invented sentences (another body, numbers, clause wordings), not the unseen document's lines.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts


@pytest.mark.parametrize(
    ("clause", "adopted"),
    [
        ("the resumed tenth session, at which the Commission completed its work on the budget and adopted decision 10/14",
         {("ccr/dec/10/14", "ccr#10")}),
        ("its ninth session, at which it adopted resolutions 9/2 and 9/3", {("ccr/res/9/2", "ccr#9"), ("ccr/res/9/3", "ccr#9")}),
        ("the eighth session of the Commission, at which the Commission adopted decision 8/1 on tide gauges",
         {("ccr/dec/8/1", "ccr#8")}),
    ],
)
def test_the_session_a_relative_clause_says_adopted_the_instrument(clause: str, adopted: set[tuple[str, str]]) -> None:
    text = SESSION_REPORT + f"2. It was the first regular session since {clause}.\n"
    assert facts(text, "adoptedAt") >= adopted


def test_a_number_of_another_session_is_not_adopted_there() -> None:
    text = SESSION_REPORT + "2. The Commission recalled its tenth session, at which it adopted decision 9/4 again.\n"
    assert ("ccr/dec/9/4", "ccr#10") not in facts(text, "adoptedAt")

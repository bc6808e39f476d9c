"""A session report tells in the passive when each decision was adopted, a clause each: "Decision
56/1 was adopted at the 2nd meeting, on 10 February 2031; decisions 56/2 and 56/3 were adopted
without a vote at the closing meeting, on 14 February 2031." Each clause's day is its own
instruments' day, not the first day of the sentence."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_resolution

REPORT = in_resolution("1. Decides to hold its next session in May 2032.").replace(
    "Resolution 12/1", "Decision 12/1"
).split("Decision 12/1")[0]


@pytest.mark.parametrize(("kind", "first", "second", "how"), [
    ("Decision", "2031-03-11", "2031-03-14", "without a vote "),
    ("Resolution", "2031-03-10", "2031-03-13", ""),
    ("Decision", "2031-03-12", "2031-03-12", "by consensus "),
])
def test_each_clause_its_own_day(kind: str, first: str, second: str, how: str) -> None:
    lower = kind.lower()
    d1, d2 = int(first[-2:]), int(second[-2:])
    text = REPORT + (
        f"2. The Commission adopted three {lower}s at its twelfth session. {kind} 12/1 was adopted at the 2nd meeting, "
        f"on {d1} March 2031; {lower}s 12/2 and 12/3 were adopted {how}at the closing meeting, on {d2} March 2031.\n"
    )
    short = "res" if kind == "Resolution" else "dec"
    adopted = facts(text, "adoptedOn")
    assert (f"ccr/{short}/12/1", first) in adopted
    assert (f"ccr/{short}/12/2", second) in adopted and (f"ccr/{short}/12/3", second) in adopted
    if first != second:
        assert (f"ccr/{short}/12/2", first) not in adopted


@pytest.mark.parametrize(("told", "day"), [
    ("had been adopted the day before", "2031-03-13"),
    ("was adopted the previous day", "2031-03-13"),
    ("had been adopted by consensus two days earlier", "2031-03-12"),
    ("was adopted at the 5th meeting, three days before", "2031-03-11"),
    ("was adopted the following day", "2031-03-15"),
    ("was adopted a day later", "2031-03-15"),
])
def test_a_clause_dated_from_the_clause_before(told: str, day: str) -> None:
    # "Resolutions XXVI-1 to XXVI-3 were adopted ... on 17 June 2032; resolution XXVI-4 had been
    # adopted the day before": the day before the first clause's
    text = REPORT + (
        "2. The Commission adopted three decisions at its twelfth session. Decisions 12/1 and 12/2 were adopted "
        f"at the closing meeting on 14 March 2031; decision 12/3 {told}.\n"
    )
    adopted = facts(text, "adoptedOn")
    assert ("ccr/dec/12/1", "2031-03-14") in adopted and ("ccr/dec/12/2", "2031-03-14") in adopted
    assert ("ccr/dec/12/3", day) in adopted
    assert ("ccr/dec/12/3", "2031-03-14") not in adopted


@pytest.mark.parametrize("told", [
    "had been adopted the day before the closing of the session",  # a day of no clause
    "was adopted two days before the Bureau met",
])
def test_a_relative_day_not_from_the_clause_before(told: str) -> None:
    text = REPORT + (
        "2. Decisions 12/1 and 12/2 were adopted at the closing meeting on 14 March 2031; "
        f"decision 12/3 {told}.\n"
    )
    assert not [d for ref, d in facts(text, "adoptedOn") if ref == "ccr/dec/12/3"]


def test_a_relative_day_with_no_day_before_it() -> None:
    text = REPORT + "2. Decision 12/3 had been adopted the day before, at the 4th meeting.\n"
    assert not [d for ref, d in facts(text, "adoptedOn") if ref == "ccr/dec/12/3"]

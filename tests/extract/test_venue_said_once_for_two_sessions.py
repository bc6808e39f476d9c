"""Two future sessions a body decides (or will) hold, the town told with the first alone: "decided
to hold its seventy-fifth session in Vienna from 18 to 21 June 2035 and its seventy-sixth session
from 19 to 22 November 2035" gives Vienna to both (`rules.venue_said_once`, E272).

Invented sentences in a report of the Secretary-General (`phrasing.in_sg_report`), shipped
bodies. Near misses: a second session with its own town or "online", a past narrative with ", and"
(the unseen gold of u77 keeps the town to the first), a proposal not settled.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize(
    ("sentence", "first", "second", "town"),
    [
        (
            "The Commission on Narcotic Drugs decided to hold its seventy-fifth session in Vienna from 18 to 21 June 2035 "
            "and its seventy-sixth session from 19 to 22 November 2035.",
            "ecosoc/cnd#75", "ecosoc/cnd#76", "Vienna",
        ),
        (
            "The Statistical Commission will hold its sixtieth session in New York on 3 March 2036 and its sixty-first "
            "session from 2 to 5 March 2037.",
            "ecosoc/statistical-commission#60", "ecosoc/statistical-commission#61", "New York",
        ),
        (
            "The Commission for Social Development agreed to hold the seventy-fifth session in Geneva from 9 to 18 "
            "February 2037 and the seventy-sixth session from 8 to 17 February 2038.",
            "ecosoc/csocd#75", "ecosoc/csocd#76", "Geneva",
        ),
    ],
    ids=["decided-cnd", "will-hold-statcom", "agreed-csocd"],
)
def test_the_town_said_once_is_both_sessions(sentence: str, first: str, second: str, town: str) -> None:
    held_in = in_sg_report(sentence, "heldIn")
    assert {(first, town), (second, town)} <= held_in


@pytest.mark.parametrize(
    ("sentence", "second"),
    [
        (
            "The Commission on Narcotic Drugs decided to hold its seventy-fifth session in Vienna from 18 to 21 June 2035 "
            "and its seventy-sixth session online from 19 to 22 November 2035.",
            "ecosoc/cnd#76",
        ),
        (
            "The Commission on Narcotic Drugs held its seventy-third session in Vienna from 18 to 21 June 2033, and its "
            "seventy-fourth session from 19 to 22 November 2033.",
            "ecosoc/cnd#74",
        ),
        (
            "It was proposed that the Commission on Narcotic Drugs hold its seventy-fifth session in Vienna from 18 to 21 "
            "June 2035 and its seventy-sixth session from 19 to 22 November 2035.",
            "ecosoc/cnd#76",
        ),
    ],
    ids=["second-online", "past-with-comma", "proposed"],
)
def test_no_town_carried(sentence: str, second: str) -> None:
    assert not {s for s, _ in in_sg_report(sentence, "heldIn") if s == second}


def test_a_second_town_of_its_own_stays() -> None:
    sentence = (
        "The Commission on Narcotic Drugs decided to hold its seventy-fifth session in Vienna from 18 to 21 June 2035 "
        "and its seventy-sixth session in New York from 19 to 22 November 2035."
    )
    assert {(s, o) for s, o in in_sg_report(sentence, "heldIn") if s == "ecosoc/cnd#76"} == {("ecosoc/cnd#76", "New York")}

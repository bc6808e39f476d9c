"""A cable's dates, the month in three capitals and two figures of the year ("FROM 04 TO 15 OCT
27", "ON 3 NOV 31"), are days like any other; "May" and figures that run on are not read so. And
"decision 10/COP.18 on the budget, adopted at the same session" is adopted at the session of its
issuer named last before."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.loaders.extract.dates import find_dates
from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("held at Samarkand, from 04 to 15 Oct 27.", dt.date(2027, 10, 4), dt.date(2027, 10, 15)),
        ("ADOPTED ON 3 NOV 31 AT THE CLOSING MEETING", dt.date(2031, 11, 3), dt.date(2031, 11, 3)),
        ("from 28 Jan to 2 Feb 30, in Bonn", dt.date(2030, 1, 28), dt.date(2030, 2, 2)),
        ("ON 12 DEC 29.", dt.date(2029, 12, 12), dt.date(2029, 12, 12)),
    ],
)
def test_a_cables_dates(text: str, start: dt.date, end: dt.date) -> None:
    found = find_dates(text)
    assert [(d.value.start, d.value.end) for d in found] == [(start, end)]


@pytest.mark.parametrize("text", ["on 3 May 12 States signed", "at 15 Oct 27:30 GMT", "R 161432Z OCT 27", "see 15 Oct 27/3"])
def test_no_cable_date(text: str) -> None:
    assert find_dates(text) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("The Commission adopted resolution 13/2 at its thirteenth session.",
         "The costs are covered by resolution 13/4 on the programme budget, adopted at the same session."),
        ("At its thirteenth session, the Commission took note of the report of the World Coastal Congress on its 21st session.",
         "Resolution 13/4, adopted at the same session, sets the budget."),
    ],
)
def test_adopted_at_the_same_session(first: str, second: str) -> None:
    assert ("ccr/res/13/4", "ccr#13") in facts(in_note(first, second), "adoptedAt")


def test_the_same_session_of_another_body_is_not_taken() -> None:
    # the session named last is the Congress's; the Commission's resolution 14/4 was not adopted there
    text = in_note("The World Coastal Congress met for its 14th session.", "Resolution 14/4, adopted at the same session, sets the budget.")
    assert not [f for f in facts(text, "adoptedAt") if f[0] == "ccr/res/14/4"]

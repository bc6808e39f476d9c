"""Dates whose day is an ordinal, in words or figures, before "of" the month or before the month:
"on the third of June 2031", "from the twenty-second to the twenty-seventh of May 2028", "the 3rd
of June", "22nd to 27th May", "the third day of June", "the first and second of July" (days that
follow one another), and a closing adoption line so dated. Not a date: an ordinal past the 31st,
an ordinal of a session ("the third session of June 2031"), two days apart joined by "and"
(left unread rather than read as a span). Invented wording (`loaders/extract/dates.py`)."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.loaders.extract.dates import find_dates
from tests.extract.phrasing import facts, in_note, in_resolution

D = dt.date


def _read(text: str) -> list[tuple[dt.date, dt.date]]:
    return [(d.value.start, d.value.end) for d in find_dates(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("held from the twenty-second to the twenty-seventh of May 2028 in Rome", (D(2028, 5, 22), D(2028, 5, 27))),
    ("adopted on the third of June 2031.", (D(2031, 6, 3), D(2031, 6, 3))),
    ("adopted on the 3rd of June 2031.", (D(2031, 6, 3), D(2031, 6, 3))),
    ("held from 22nd to 27th May 2028", (D(2028, 5, 22), D(2028, 5, 27))),
    ("held 22nd–27th May 2028", (D(2028, 5, 22), D(2028, 5, 27))),
    ("from the 30th of September to the 2nd of October 2031", (D(2031, 9, 30), D(2031, 10, 2))),
    ("on the first and second of July 2031", (D(2031, 7, 1), D(2031, 7, 2))),
    ("on the third day of June 2031", (D(2031, 6, 3), D(2031, 6, 3))),
    ("on the Twenty-Second of May, 2028", (D(2028, 5, 22), D(2028, 5, 22))),
    ("signed on the thirty-first of December 2030", (D(2030, 12, 31), D(2030, 12, 31))),
])
def test_an_ordinal_day_is_a_date(text: str, expected: tuple[dt.date, dt.date]) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize("text", [
    "the third session of June 2031",
    "the fortieth of May 2031",
    "the thirty-second of May 2031",
    "on the first and tenth of June 2031",
    "its twenty-first meeting, May 2031",
    "the thirty-first of February 2031",
    "the third of June",
])
def test_no_date_of_an_ordinal(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The Commission held its eleventh session in Geneva from the twenty-second to the twenty-seventh of May 2028.", ("ccr#11", "2028-05-22/2028-05-27")),
    ("The Commission will hold its fourteenth session in Geneva on the third of June 2033.", ("ccr#14", "2033-06-03")),
])
def test_a_session_dated_by_ordinal_days(sentence: str, expected: tuple[str, str]) -> None:
    assert expected in facts(in_note(sentence), "heldOn")


@pytest.mark.parametrize("line", [
    "(Adopted on the fourteenth of March 2031)",
    "Adopted at the 8th meeting, on the 14th of March 2031.",
    "Adopted without a vote at the 8th meeting, on the fourteenth day of March 2031.",
])
def test_an_adoption_line_dated_by_an_ordinal_day(line: str) -> None:
    assert facts(in_resolution("1. Requests the Bureau to review the guidelines;", line), "adoptedOn") == {("ccr/res/12/1", "2031-03-14")}

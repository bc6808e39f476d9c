"""Dates written the month first ("October 16, 2029", "October 9 to 17, 2029") or day first with
the month in figures or Roman numerals between dots ("25.06.2029", "14-16.01.2032",
"3-4.IX.2029") are read as dates; numbers that only look alike are not
(`loaders/extract/dates.py`). Invented wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.loaders.extract.dates import find_dates


def _read(text: str) -> list[tuple[dt.date, dt.date]]:
    return [(d.value.start, d.value.end) for d in find_dates(text)]


D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("adopted on October 16, 2029.", [(D(2029, 10, 16), D(2029, 10, 16))]),
        ("held from March 2 to 6, 2031 in Lima", [(D(2031, 3, 2), D(2031, 3, 6))]),
        ("held from September 30 to October 2, 2027", [(D(2027, 9, 30), D(2027, 10, 2))]),
        ("no later than December 31,2030", [(D(2030, 12, 31), D(2030, 12, 31))]),
        ("(DECISIONS 4.1 TO 4.3 ADOPTED 07.11.2028)", [(D(2028, 11, 7), D(2028, 11, 7))]),
        ("shall meet at Quito, 14-16.01.2032", [(D(2032, 1, 14), D(2032, 1, 16))]),
        ("FIRST MEETING IN LIMA ON 3-4.IX.2029;", [(D(2029, 9, 3), D(2029, 9, 4))]),
        ("on 1.XII.2030 and on 12 May 2031", [(D(2030, 12, 1), D(2030, 12, 1)), (D(2031, 5, 12), D(2031, 5, 12))]),
    ],
)
def test_dates_in_other_usages_are_read(text: str, expected: list[tuple[dt.date, dt.date]]) -> None:
    assert _read(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "decision 10.2 of 2029",
        "clause 3.4.2029.1 and reference 3.5.2030a",  # more dots, or glued to letters
        "section 1.13.2029",  # no thirteenth month
        "October 32, 2029",
        "items 31.02.2030",  # no 31 February
        "May 9 to 3, 2029",  # a range that ends before it starts
    ],
)
def test_numbers_that_only_look_like_dates_are_not(text: str) -> None:
    assert _read(text) == []

"""Dates and date ranges as UN documents write them.

"on 12 and 13 October 2021", "from 10 to 12 May 2021", "23–27 May 2022", "held on 24 May 2022",
"of 19 October 2005", "from 30 September to 2 October 2019", "on 17, 18 and 19 October 2022",
"Monday, 17 October 2022".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from mandate_graph.loaders.facts import DateRange

MONTHS = {
    m: i
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"],
        1,
    )
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
_TO = r"\s*(?:–|-|—|\bto\b|\buntil\b)\s*"

DATE = re.compile(
    rf"\b(?:(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH})(?:\s+(?P<y1>{_YEAR}))?)?"
    rf"(?:(?:{_TO}|(?:,\s*{_DAY})*,?\s+and\s+)(?P<d2>{_DAY}))?"
    rf"\s+(?P<m2>{_MONTH})\s+(?P<y2>{_YEAR}))\b"
)


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: DateRange


_ANY_YEAR = re.compile(r"\d{4}")
# Every date names a month. The engine skips straight to the capitals a month name begins
# with, where ``\d{4}`` (no first character to skip to) is tried at every position.
_ANY_MONTH = re.compile(_MONTH)


# Where a date can begin: a figure at a word's start. A character class first, so that the
# engine skips to the figures; DATE itself begins with ``\b``, which it tries at every position.
_DAY_START = re.compile(r"[0-9](?<!\w[0-9])")


def _dates_in(text: str) -> Iterator[re.Match[str]]:
    """``DATE.finditer(text)``, twice as fast: DATE is tried only where a day can begin."""
    position = 0
    while (start := _DAY_START.search(text, position)) is not None:
        m = DATE.match(text, start.start())
        if m is None:
            position = start.start() + 1
            continue
        yield m
        position = m.end()  # a date is never empty


def find_dates(text: str) -> list[DateMention]:
    # Every date has a month and a year: most sentences are done here.
    if not _ANY_MONTH.search(text) or not _ANY_YEAR.search(text):
        return []
    found = []
    for m in _dates_in(text):
        try:
            year2, month2 = int(m["y2"]), MONTHS[m["m2"].lower()]
            month1 = MONTHS[m["m1"].lower()] if m["m1"] else month2
            year1 = int(m["y1"]) if m["y1"] else (year2 if month1 <= month2 else year2 - 1)
            if m["d2"]:
                start = dt.date(year1, month1, int(m["d1"]))
                end = dt.date(year2, month2, int(m["d2"]))
            elif m["m1"]:  # "3 October 2022" alone matched through the optional first part
                start = end = dt.date(year2, month2, int(m["d1"]))
            else:
                start = end = dt.date(year2, month2, int(m["d1"]))
            value = DateRange(start, end)
        except ValueError:  # 31 February, or a range that ends before it starts
            continue
        found.append(DateMention(m.start(), m.end(), value))
    return found

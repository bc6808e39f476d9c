"""The date field of an instrument's record in a repository's export: a record laid out as the
instrument's heading ("Resolution 3/2031 - Funding Strategy") with its field rows under it
("Creator<tab>...", "Date<tab>2031-11-26", "Identifier<tab>..."). A resolution or decision is
dated the day it was adopted, so the record's date is its adoption's, in any of the forms a
repository writes (ISO "2031-11-26", "2031-11-26T00:00:00Z", "27.11.2031", "26 November 2031").

Only the rows right under the heading are the record's: a date row after the text has begun, or
above the heading (a masthead's "Date<tab>..."), says something else.
"""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import find_dates

# "Date<tab>value" once cleaned (a run of spaces): the field's name alone, no "Date of ..."
_DATE_FIELD = re.compile(r"^\s*(?:Date issued|Date|Issued|Dated)\s+(?P<value>\S.*?)\s*$")
_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$")


# "12/12/2029", "3/6/2029": the day first, the month, the year, as the United Nations writes a
# date in figures (a spreadsheet's cell); "6/23/2029", a day past 12 second, is the month first
_SLASHED_DATE = re.compile(r"^(?P<first>[0-3]?\d)/(?P<second>[0-3]?\d)/(?P<year>(?:19|20)\d\d)$")


def record_date(row: str) -> dt.date | None:
    """The day a record's date row gives, when the whole value is one day."""
    m = _DATE_FIELD.match(row)
    if m is None:
        return None
    return field_date(m["value"])


def field_date(value: str) -> dt.date | None:
    """The day a record's date field (or a table's date cell) holds, when the whole value is
    one day: ISO "2031-11-26", "26/11/2031", "27.11.2031", "26 November 2031"."""
    value = value.strip()
    slashed = _SLASHED_DATE.match(value)
    if slashed is not None:
        first, second = int(slashed["first"]), int(slashed["second"])
        day_first = not second > 12 >= first
        try:
            return dt.date(int(slashed["year"]), second if day_first else first, first if day_first else second)
        except ValueError:
            return None
    iso = _ISO_DATE.match(value)
    if iso is not None:
        try:
            return dt.date(int(iso["year"]), int(iso["month"]), int(iso["day"]))
        except ValueError:
            return None
    dates = find_dates(value)
    if len(dates) != 1 or dates[0].start != 0 or dates[0].end < len(value.rstrip(".")):
        return None
    day = dates[0].value
    return day.start if day.start == day.end else None


# "30/08/2029": a day written with slashes, the day first as international organizations write it
_SLASHED_DAY = re.compile(r"^(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})$")


def field_day(value: str) -> dt.date | None:
    """The one day a record's field gives in a machine's form: ISO ("2029-08-29",
    "2029-08-29T00:00:00Z") or with slashes where the day cannot be the month ("30/08/2029",
    "12/12/2029"; not "05/08/2029", which an export from elsewhere writes month first) (E112)."""
    value = value.strip()
    iso = _ISO_DATE.match(value)
    slashed = _SLASHED_DAY.match(value) if iso is None else None
    if slashed is not None and int(slashed["day"]) <= 12 and slashed["day"].lstrip("0") != slashed["month"].lstrip("0"):
        return None
    m = iso or slashed
    if m is None:
        return None
    try:
        return dt.date(int(m["year"]), int(m["month"]), int(m["day"]))
    except ValueError:
        return None

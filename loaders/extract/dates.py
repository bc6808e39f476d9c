"""Dates and date ranges as UN documents write them.

"on 12 and 13 October 2021", "from 10 to 12 May 2021", "23–27 May 2022", "held on 24 May 2022",
"of 19 October 2005", "from 30 September to 2 October 2019", "on 17, 18 and 19 October 2022",
"Monday, 17 October 2022"; the day as an ordinal ("on the third of June 2031", "from the
twenty-second to the twenty-seventh of May 2028", "22nd–27th May 2028"); and as other usages write them: the month first ("October 16, 2029",
"October 9 to 17, 2029", "September 30 to October 2, 2029"), the month in figures or Roman
numerals between dots, day first ("25.06.2029", "14-16.01.2032", "3-4.IX.2029").
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Iterator

from mandate_graph.graph.ordinals import ORDINAL, ordinal_value
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
MONTH = _MONTH  # the month names, for a pattern elsewhere that spells days (rules.held_respectively)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])"
_YEAR = r"(?:1[89]\d\d|2\d\d\d)"
# ("through": "from 9 through 13 February", US usage; "6--10 March": pandoc's and LaTeX's en dash)
_TO = r"\s*(?:–|--?|—|\bto\b|\buntil\b|\bthrough\b)\s*"

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# The last day may be named with its weekday and set off by commas ("from Monday, 3 May, to
# Wednesday, 5 May 2031"), and the year by a comma ("from 3 to 5 May, 2031").
DATE = re.compile(
    rf"\b(?:(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?)?"
    rf"(?:(?:,?{_TO}(?:{_WEEKDAY},?\s+)?|(?P<listed>(?:,\s*{_DAY})*,?\s+and\s+))(?P<d2>{_DAY}))?"
    rf"\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR}))\b"
)

# DATE's text without its group names, to sit inside another pattern ("Sixty-first session 24
# February–3 April 2036 Agenda item 3": a session's days between its line and an item run into it)
DATE_TEXT = re.sub(r"\(\?P<\w+>", "(?:", DATE.pattern)


# The month first, the year after a comma: "October 16, 2029", "October 9 to 17, 2029".
US_DATE = re.compile(
    rf"\b(?P<m1>{_MONTH})\s+(?P<d1>{_DAY})(?:{_TO}(?:(?P<m2>{_MONTH})\s+)?(?P<d2>{_DAY}))?,\s*(?P<y>{_YEAR})\b"
)
_ROMAN_MONTHS = {r: i for i, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
# Day first, the month in figures or Roman numerals, dots between: "25.06.2029", "3-4.IX.2029".
DOTTED_DATE = re.compile(
    rf"(?<![\w.])(?P<d1>{_DAY})(?:[-–](?P<d2>{_DAY}))?\.(?P<m>0?[1-9]|1[0-2]|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.(?P<y>{_YEAR})(?!\w|\.\w)"
)
_DOTTED = re.compile(r"\d\.(?:\d{1,2}|[IVX]{1,4})\.[12]\d{3}")


# The day as an ordinal, in words or figures, "of" the month or before it: "the third of June
# 2031", "on the 3rd of June 2031", "from the twenty-second to the twenty-seventh of May 2028",
# "the first and second of July 2031", "22nd–27th May 2028", "30th September to 2nd October 2031".
# Checked for first: an ordinal's ending right before a month ("third of June", "27th May").
_DAY_ORDINAL = rf"(?:the\s+)?(?:{ORDINAL})(?:\s+(?:day\s+)?of)?"
ORDINAL_DATE = re.compile(
    rf"\b(?P<d1>{_DAY_ORDINAL})(?:\s+(?P<m1>{_MONTH})(?:,?\s+(?P<y1>{_YEAR}))?)?"
    rf"(?:(?:{_TO}|\s+(?P<and>and)\s+)(?P<d2>{_DAY_ORDINAL}))?"
    rf"\s+(?P<m2>{_MONTH}),?\s+(?P<y2>{_YEAR})\b",
    re.IGNORECASE,
)
_ORDINAL_BEFORE_MONTH = re.compile(rf"(?:st|nd|rd|th)(?:\s+(?:day\s+)?of)?\s+{_MONTH}\b", re.IGNORECASE)
_DAY_ORDINAL_WORDS = re.compile(r"^(?:the\s+)?(?P<ordinal>.+?)(?:\s+(?:day\s+)?of)?$", re.IGNORECASE | re.DOTALL)


def _ordinal_day(text: str) -> int | None:
    """The day an ordinal names ("the twenty-second of" -> 22), or None past the 31st."""
    m = _DAY_ORDINAL_WORDS.match(text.strip())
    value = ordinal_value(m["ordinal"]) if m else None
    return value if value is not None and 1 <= value <= 31 else None


@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    value: DateRange


# ``\d\d{3}``, not ``\d{4}``: the same matches, but a pattern that opens with a class lets the
# engine skip to the figures, where a repeat is tried at every position.
_ANY_YEAR = re.compile(r"\d\d{3}")
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
    if not _ANY_YEAR.search(text):
        return _two_digit_year_dates(text) if _TWO_DIGIT_YEAR.search(text) else []
    found = _dotted_dates(text) if _DOTTED.search(text) else []
    if _TWO_DIGIT_YEAR.search(text):
        found += _two_digit_year_dates(text)
    if not _ANY_MONTH.search(text):
        return found
    found += _month_first_dates(text)
    if _ORDINAL_BEFORE_MONTH.search(text):
        found += _ordinal_dates(text)
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
        if any(f.start < m.end() and m.start() < f.end for f in found):
            continue
        if m["listed"] is not None and not _BETWEEN.search(text, 0, m.start()):
            found += _listed_days(text, m, value)
        else:
            found.append(DateMention(m.start(), m.end(), value))
        if m["d2"] and " and " in text[max(0, m.start() - 12) : m.start()] and (first := _first_part(text, m.start(), value)) is not None:
            found.append(first)
    return sorted(found, key=lambda f: f.start)


# "from 27 April to 5 June and from 6 July to 7 August 2034": a session held in two parts, the
# year said once, after the second; the first part's year is the second's (the one before when
# its months come later in the year)
_FIRST_PART = re.compile(
    rf"\b(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?{_TO}(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\s*,?\s+and\s+(?:(?:again|then)\s+)?(?:from\s+)?$"
)


def _first_part(text: str, second_start: int, second: DateRange) -> DateMention | None:
    """The yearless range right before "and (from)" a range with its year, or None."""
    m = _FIRST_PART.search(text, max(0, second_start - 60), second_start)
    if m is None:
        return None
    month2 = MONTHS[m["m2"].lower()]
    month1 = MONTHS[m["m1"].lower()] if m["m1"] else month2
    year = second.start.year if month2 <= second.start.month else second.start.year - 1
    try:
        start = dt.date(year if month1 <= month2 else year - 1, month1, int(m["d1"]))
        end = dt.date(year, month2, int(m["d2"]))
    except ValueError:
        return None
    return DateMention(m.start(), m.end("m2"), DateRange(start, end)) if start <= end < second.start else None


# A day in ISO 8601 ("2021-12-17", "2021-12-17T10:00:00Z"), as a database or a web page's metadata
# prints it and as some drafters copy it into running text. Read only where a date is expected
# (`date_opening`): in the middle of a sentence such a figure may be an identifier or a version.
_ISO_DAY = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?:T\d\d:\d\d(?::\d\d)?(?:Z|[+-]\d\d:?\d\d)?)?(?![\w/-])")


def date_opening(text: str) -> DateMention | None:
    """The date ``text`` opens with, however it is written: "17 December 2021, ...", "December 17,
    2021", or a day in ISO form ("2021-12-17"); None if the text does not open with one. For the
    places where grammar says a date follows: "resolution 9/1 of ...", "adopted on ..."."""
    iso = _ISO_DAY.match(text)
    if iso is not None:
        try:
            day = dt.date(int(iso["y"]), int(iso["m"]), int(iso["d"]))
        except ValueError:  # 2021-02-30
            return None
        return DateMention(0, iso.end(), DateRange(day, day))
    dates = find_dates(text)
    return dates[0] if dates and dates[0].start == 0 else None


# A cable's or a telex's dates: the day, the month in three capitals, two figures of the year
# ("15 OCT 27", "FROM 04 TO 15 OCT 27", lowered to "Oct" when the text is read back from
# capitals). "May" is no abbreviation ("on 3 May 12 States signed"), nor is a figure that runs on.
_MONTH_ABBREVIATIONS = {m[:3]: i for m, i in MONTHS.items() if m != "may"}
_ABBREVIATED = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)"
_TWO_DIGIT_YEAR = re.compile(rf"[0-9] {_ABBREVIATED} [0-9][0-9](?![0-9:/.]\w|[0-9]|\s*,\s*[0-9])")
_TWO_DIGIT_YEAR_DATE = re.compile(
    rf"(?<![\w/.])(?P<d1>{_DAY})(?:\s+(?P<m1>{_ABBREVIATED}))?(?:{_TO}(?P<d2>{_DAY}))?\s+(?P<m2>{_ABBREVIATED})\s+(?P<y>[0-9][0-9])(?![0-9:/.]\w|[0-9])"
)


def _two_digit_year_dates(text: str) -> list[DateMention]:
    found = []
    for m in _TWO_DIGIT_YEAR_DATE.finditer(text):
        month2 = _MONTH_ABBREVIATIONS[m["m2"].lower()]
        month1 = _MONTH_ABBREVIATIONS[m["m1"].lower()] if m["m1"] else month2
        year = 2000 + int(m["y"])
        if m["d2"]:
            value = _range(year if month1 <= month2 else year - 1, month1, int(m["d1"]), month2, int(m["d2"])) if month1 <= month2 else None
        else:
            value = _range(year, month2, int(m["d1"]), month2, None)
        if value is not None:
            found.append(DateMention(m.start(), m.end(), value))
    return found


# "between 10 March and 2 December 2031": the two ends of a span, not two days.
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_LISTED_DAY = re.compile(rf"\b{_DAY}\b")


def _listed_days(text: str, m: re.Match[str], span: DateRange) -> list[DateMention]:
    """Days listed with "and" ("on 12 and 13 October 2021", "on 17, 18 and 19 October", "on 10
    March and 2 December 2031"): days that follow one another are one span, as a session's days
    are; days apart are each a day of its own ("10 March and 2 December" is no nine-month span)."""
    days = [span.start]
    spans = [(m.start(), m.end("y1") if m["y1"] else m.end("m1") if m["m1"] else m.end("d1"))]
    month2, year2 = span.end.month, span.end.year
    for day in _LISTED_DAY.finditer(text, m.start("listed"), m.end("listed")):
        try:
            days.append(dt.date(year2, month2, int(day[0])))
        except ValueError:
            return [DateMention(m.start(), m.end(), span)]
        spans.append((day.start(), day.end()))
    days.append(span.end)
    spans.append((m.start("d2"), m.end()))
    if all((later - earlier).days == 1 for earlier, later in zip(days, days[1:])):
        return [DateMention(m.start(), m.end(), span)]
    if any(later <= earlier for earlier, later in zip(days, days[1:])):
        return [DateMention(m.start(), m.end(), span)]  # not a list of days in order: read as before
    return [DateMention(start, end, DateRange(day, day)) for day, (start, end) in zip(days, spans)]


def _range(year: int, month1: int, day1: int, month2: int, day2: int | None) -> DateRange | None:
    try:
        start = dt.date(year, month1, day1)
        end = dt.date(year, month2, day2) if day2 is not None else start
    except ValueError:
        return None
    return DateRange(start, end) if start <= end else None


def _month_first_dates(text: str) -> list[DateMention]:
    found = []
    for m in US_DATE.finditer(text):
        month1 = MONTHS[m["m1"].lower()]
        month2 = MONTHS[m["m2"].lower()] if m["m2"] else month1
        value = _range(int(m["y"]), month1, int(m["d1"]), month2, int(m["d2"]) if m["d2"] else None)
        if value is not None:
            found.append(DateMention(m.start(), m.end(), value))
    return found


# Between two whole dotted dates, what makes them one span: "02.06.2029–04.06.2029"
_DOTTED_SPAN = re.compile(r"\s?[–—-]\s?|\s+(?:to|until)\s+")


def _dotted_dates(text: str) -> list[DateMention]:
    found: list[DateMention] = []
    for m in DOTTED_DATE.finditer(text):
        month = int(m["m"]) if m["m"].isdigit() else _ROMAN_MONTHS[m["m"]]
        value = _range(int(m["y"]), month, int(m["d1"]), month, int(m["d2"]) if m["d2"] else None)
        if value is None:
            continue
        last = found[-1] if found else None
        if (
            last is not None and last.value.start == last.value.end and value.start == value.end
            and last.value.start < value.start and _DOTTED_SPAN.fullmatch(text, last.end, m.start())
        ):
            # "02.06.2029–04.06.2029": the first and last days of one span, each written whole
            found[-1] = DateMention(last.start, m.end(), DateRange(last.value.start, value.end))
            continue
        found.append(DateMention(m.start(), m.end(), value))
    return found


def _ordinal_dates(text: str) -> list[DateMention]:
    found = []
    for m in ORDINAL_DATE.finditer(text):
        day1 = _ordinal_day(m["d1"])
        day2 = _ordinal_day(m["d2"]) if m["d2"] else None
        if day1 is None or m["d2"] and day2 is None:
            continue
        month2, year2 = MONTHS[m["m2"].lower()], int(m["y2"])
        month1 = MONTHS[m["m1"].lower()] if m["m1"] else month2
        year1 = int(m["y1"]) if m["y1"] else (year2 if month1 <= month2 else year2 - 1)
        if m["and"] and (month1 != month2 or day2 is None or day2 != day1 + 1):
            continue  # "the first and the tenth of June": two days, not a span (left unread)
        try:
            value = DateRange(dt.date(year1, month1, day1), dt.date(year2, month2, day2 or day1))
        except ValueError:
            continue
        if value.start <= value.end:
            found.append(DateMention(m.start(), m.end(), value))
    return found

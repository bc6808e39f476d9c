"""What a news story of an organization's news service (UN News, an agency's newsroom) says of the
session it covers and of the texts adopted there.

A story opens with a dateline ("VIENNA, 5 December 2031 —", "NEW YORK, 12 March (UN News) –") and a
lead that tells what the members did "today", "closing the twenty-fourth session of the
organization's General Conference, which met in Vienna from 1 to 5 December": that session is the
one the story covers, where and when it met (the year the dateline's). The texts the story then
says were "adopted" or "approved", numbered by that session, were adopted there; on the dateline's
day when the sentence says "today", "on Friday" (the dateline's week: a story tells of days past),
"on Thursday, 4 December" (the year the dateline's), or when it is the text the lead told of ("The
resolution, entitled ..., was adopted by a recorded vote ..."); "It also approved ..." right after
an adoption told with its day is the same day. A draft "expected to be adopted next week", an
amendment "rejected" and a delegate's quote adopt nothing.
"""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.rules.places import PLACE
from mandate_graph.loaders.extract.rules.yearless_days import in_the_nearest_year

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY = "(?:" + "|".join(_WEEKDAYS) + ")"

# "closing the twenty-fourth session of ...", "as it concluded its sixtieth session", "at the close
# of the thirty-second session": the lead's words right before the session it covers
_CLOSING = re.compile(
    r"\b(?:closing|concluding|ending|wrapping\s+up|at\s+the\s+(?:close|end|conclusion)\s+of"
    r"|as\s+(?:it|they)\s+(?:closed|concluded|ended|wrapped\s+up))\s+(?:(?:the|its|their)\s+)?$"
)
# "..., which met in Vienna from 1 to 5 December", "..., held in Geneva from 3 to 7 June": where the
# session sat, told right after its name
_MET_IN = re.compile(
    rf"\s*,?\s*(?:which\s+(?:met|was\s+held|convened|took\s+place|sat)|held|meeting)\s+in\s+(?P<town>{PLACE})"
    r"(?:\s*,\s*[A-Z][\w'’ -]{2,40}?)?\s+(?=from\b|on\b|between\b)"
)
# "from 1 to 5 December", "from 28 November to 2 December", "on 4 and 5 June": days without a year
_YEARLESS_SPAN = re.compile(
    rf"^(?:from|on|between)\s+(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?\s*(?:to|and|-|–)\s*(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})"
    r"(?!\s*,?\s*\d)"
)


def closing_session_at(text: str, gathering_start: int) -> bool:
    """Whether the gathering named at ``gathering_start`` is the one a lead says was closed ("today
    agreed ..., closing the twenty-fourth session of ...")."""
    return _CLOSING.search(text, max(0, gathering_start - 40), gathering_start) is not None


def met_in(text: str, after: int, dateline: dt.date) -> tuple[str, dt.date | None, dt.date | None] | None:
    """(town, first day, last day) of "..., which met in Vienna from 1 to 5 December" right after
    ``after`` (the session's name); days without a year take the one that puts them on or before the
    dateline's day, the nearest such (a story of 2 January on a session "from 28 to 31 December"
    tells of the year before). The days are None when none is written or they cannot be read."""
    m = _MET_IN.match(text, after)
    if m is None:
        return None
    rest = text[m.end() : m.end() + 60]
    dated = find_dates(rest)
    if dated and dated[0].start <= 5:
        return m["town"], dated[0].value.start, dated[0].value.end
    span = _YEARLESS_SPAN.match(rest)
    if span is None:
        return m["town"], None, None
    first_month, last_month = _MONTHS.index(span["m1"] or span["m2"]) + 1, _MONTHS.index(span["m2"]) + 1
    for year in (dateline.year, dateline.year - 1):
        # ("from 29 December to 2 January": the first day in the year before the last)
        try:
            first = dt.date(year - (first_month > last_month), first_month, int(span["d1"]))
            last = dt.date(year, last_month, int(span["d2"]))
        except ValueError:  # 31 June
            return m["town"], None, None
        if first <= last <= dateline:
            return m["town"], first, last
    return m["town"], None, None


# "adopted", "approved", "adopted by consensus", "approved without a vote" before the text's
# number, in the same clause ("the Conference adopted by consensus resolution GC.24/Res.3", "It also
# approved the programme and budgets for 2032–2033 (GC.24/Res.4"); never "to be adopted", "would
# adopt", "was expected to be adopted"
_ADOPTED_BEFORE = re.compile(r"(?<!\bbe )(?<!\bbeen )\b(?:adopted|approved)\b(?P<gap>[^;.!?\"“”]{0,120})$")
# "(GC.24/Res.5), was adopted by a recorded vote", "GC.24/Res.2, adopted on Thursday": after it,
# or after its title ("By resolution 91/217 on harmony with nature, adopted by a recorded vote",
# "decision 2036/5, entitled "...", adopted without a vote") (E262)
_ADOPTED_AFTER = re.compile(
    r"(?:\s+on\s+[^,;.()\"“”]{1,100}?|\s*,?\s+entitled\s+[\"“][^\"“”]{1,200}[\"”])?"
    r"\)?\s*,?\s*(?:which\s+)?(?:(?:was|were|had\s+been)\s+)?(?:adopted|approved)\b"
)
_NOT_ADOPTED = re.compile(r"\b(?:draft|expected|would|will|to\s+be|rejected|withdrawn|not)\b")


def told_adopted(text: str, start: int, end: int) -> bool:
    """Whether the sentence says the text named at ``start``–``end`` was adopted or approved."""
    before = _ADOPTED_BEFORE.search(text, max(0, start - 140), start)
    if before is not None and not _NOT_ADOPTED.search(before["gap"]) and not _NOT_ADOPTED.search(text, max(0, before.start() - 25), before.start()):
        return True
    return _ADOPTED_AFTER.match(text, end) is not None


# "on Friday", "Earlier on Thursday", "on Thursday, 4 December", "on 4 December": the day of an
# adoption a story tells; "next Friday" or "on Friday next week" is to come, no adoption's
_ON_DAY = re.compile(
    rf"(?<!\bnext )\b[Oo]n\s+(?:(?P<weekday>{_WEEKDAY})\b(?:\s*,?\s+(?P<d1>\d{{1,2}})\s+(?P<m1>{_MONTH})\b(?!\s*,?\s*\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\b(?!\s*,?\s*\d{{4}}))(?!\s+next\b)"
)
_TODAY = re.compile(r"\btoday\b")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")


def day_told(text: str, dateline: dt.date) -> dt.date | None:
    """The day a sentence of a story dated ``dateline`` says its adoption was on: "today" (the
    dateline's), "on Friday" (the last Friday on or before it), "on Thursday, 4 December" or "on 4
    December" (that day in the year nearest the dateline); None when it says none or two."""
    days = set()
    for m in _ON_DAY.finditer(text):
        if m["d1"] or m["d2"]:
            written = (int(m["d1"] or m["d2"]), _MONTHS.index(m["m1"] or m["m2"]) + 1)
            day = in_the_nearest_year(written, dateline)
        else:
            back = (dateline.weekday() - _WEEKDAYS.index(m["weekday"])) % 7
            day = dateline - dt.timedelta(days=back)
        if day is not None:
            days.add(day)
    if _TODAY.search(text):
        days.add(dateline)
    return days.pop() if len(days) == 1 else None


_ANY_DAY = re.compile(rf"\b(?:{_WEEKDAY}|yesterday|{_MONTH}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}}|last\s+(?:week|month|year|session))\b", re.IGNORECASE)


def tells_no_day(text: str) -> bool:
    """Whether a sentence writes no day, weekday or month at all (what a release of one day's
    sittings then says was adopted, was adopted that day)."""
    return _ANY_DAY.search(text) is None


# "The resolution, entitled ...", "The decision (...)", "The text, adopted ...": a sentence that
# opens on the text the lead told of, by its kind alone
_THE_TEXT_TOLD = re.compile(r"^The\s+(?:resolution|decision|text)\b(?!\s+(?:of|on)\b)")
# "It also approved ...", "The Conference also adopted ...": the subject goes on adopting, the day
# of the sentence before unless this one says another
_ALSO_ADOPTED = re.compile(r"^(?:It|They|The\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})\s+(?:also|further|then)\s+(?:adopted|approved)\b")


def opens_on_the_text_told(text: str) -> bool:
    """Whether the sentence opens on "The resolution" / "The decision" / "The text"."""
    return _THE_TEXT_TOLD.match(text) is not None


def also_adopted(text: str) -> bool:
    """Whether the sentence goes on with the same subject adopting more ("It also approved ...")."""
    return _ALSO_ADOPTED.match(text) is not None


# "... on the basis of the proposals of the Director General in document GC.24/8": a document the
# session acted on, right before its symbol
_ON_THE_BASIS_OF = re.compile(r"\bon\s+the\s+basis\s+of\b(?P<gap>[^;.()]{0,100})$")
# "(document X), which was before the Conference at its final plenary meeting": the document before
# the session the story covers, at one of its plenary meetings
_BEFORE_THE_BODY_AT = re.compile(
    r"\)?\s*,?\s*which\s+(?:was|were)\s+before\s+(?:the\s+)?(?P<body>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})\s+"
    r"at\s+its\s+(?:(?:final|closing|last|opening|first|\w+-?\w*|\d{1,4}(?:st|nd|rd|th))\s+)?plenary\s+meeting\b"
)


def acted_on_the_basis_of(text: str, symbol_start: int) -> bool:
    """Whether the symbol at ``symbol_start`` is the document a text was adopted "on the basis of"."""
    return _ON_THE_BASIS_OF.search(text, max(0, symbol_start - 120), symbol_start) is not None


def before_the_body_at_plenary(text: str, symbol_end: int) -> tuple[int, int] | None:
    """Where the body's name is in "X, which was before the Conference at its final plenary
    meeting" right after a symbol; None when the words are not there."""
    m = _BEFORE_THE_BODY_AT.match(text, symbol_end)
    return (m.start("body"), m.end("body")) if m is not None else None

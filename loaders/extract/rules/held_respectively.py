"""Several gatherings held in several places, on several days, told in one clause closed by
"respectively": "the 103rd and 104th sessions of the Board, held in New York and in Geneva from
28 to 30 January and from 2 to 4 July 2035, respectively", "its fifth and sixth meetings, which
took place in Bonn and Nairobi, respectively", "the two sessions, convened from 3 to 5 May and
on 9 October 2031 respectively". The n-th place and the n-th span are the n-th gathering's; a
place or span said once ("held in Vienna from 3 to 5 May and from 9 to 11 October") is every
gathering's. A count that fits no gathering list ("held in Geneva and New York, respectively"
after three sessions) tells nothing."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mandate_graph.loaders.extract.dates import MONTH, MONTHS, DateMention, DateRange, find_dates
from mandate_graph.loaders.extract.rules import places

# ", held in A and in B from ... and from ..., respectively": the clause right after the gatherings
# (the participle, or a relative clause in the past), its places, its days, up to "respectively"
# ("the ninth and tenth sessions of the Committee on X were held in A and B, respectively": the body
# named after the gatherings, the verb in the passive (E237))
_HELD_THEN_RESPECTIVELY = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][^,;()]{2,100}?(?=\s+(?:were|will|are)\s))?"
    r",?\s+(?:(?:which|that)\s+(?:were|had\s+been)\s+|which\s+|(?:were|will\s+be|are\s+to\s+be)\s+)?(?:held|convened|took\s+place|met)\s+"
    r"(?P<told>[^;()]{3,240}?),?\s+respectively\b"
)
# "in New York and in Geneva", "at Bonn, Nairobi and Geneva": the places of the clause
_PLACES = re.compile(
    r"^(?:in|at)\s+(?P<list>[A-Z][^\d;]*?)(?=\s+(?:from|on|between)\s+\d|\s*$)"
)
_PLACE_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?(?:(?:in|at)\s+)?|\s+and\s+(?:(?:in|at)\s+)?")


@dataclass(frozen=True)
class HeldRespectively:
    places: tuple[str | None, ...]  # one per gathering (None: a headquarters, no town), or empty
    spans: tuple[DateRange, ...]  # one per gathering, or empty


def held_respectively(text: str, end: int, count: int) -> HeldRespectively | None:
    """What the clause after ``count`` gatherings (ending at ``end``) says of each, when it
    closes on "respectively" and its places or its spans number ``count``."""
    if count < 2:
        return None
    m = _HELD_THEN_RESPECTIVELY.match(text, end) if "respectively" in text else None
    if m is None:
        # ("respectively" may close another list of the sentence: "(X and Y, respectively)")
        return (
            (_paired_after_held(text, end, count) if "respectively" in text else None)
            or _pairs_in_order(text, end, count) or _days_in_order(text, end, count)
        )
    told = m["told"].strip()
    if len(_NEXT_PAIR.split(told)) == count and (paired := _each_pair(told, count, places_alone=False)) is not None:
        # "held at UNESCO Headquarters on 4 and 5 December 2035 and in Cartagena de Indias on 5 July
        # 2036, respectively": each place with its own days, the pairs in the gatherings' order (E254)
        return paired
    found_places: list[str] = []
    where = _PLACES.match(told)
    if where is not None:
        found_places = [p.strip() for p in _PLACE_SEPARATOR.split(where["list"].strip()) if p.strip()]
        if not all(places.is_place(p) for p in found_places):
            return None
    found = find_dates(told)
    listed = _DAY_LIST.search(told)
    # "held on 24, 25 and 26 October 2036, respectively": each meeting its day, when the list holds
    # every date told ("on 3 and 4 May 2023 and from 6 to 8 May 2024" is two spans, one each)
    each = _each_day(listed.group(0), count) if listed is not None and all(listed.start() <= d.start and d.end <= listed.end() for d in found) else None
    spans = list(each) if each else _days_apart(found, told, count)
    if len(found_places) not in (0, 1, count) or len(spans) not in (0, 1, count):
        return None
    if count not in (len(found_places), len(spans)):
        return None  # nothing said of each gathering apart
    return HeldRespectively(
        tuple(found_places * count if len(found_places) == 1 else found_places),
        tuple(spans * count if len(spans) == 1 else spans),
    )


# "13 and 14 November 2034", "30 November and 1 December": two days joined by "and", which a date
# reads as one span of both (two days of one gathering), each a gathering's before "respectively"
_TWO_DAYS = re.compile(r"\d{1,2}(?:\s+[A-Z][a-z]+)?\s+and\s+\d{1,2}\s+[A-Z][a-z]+")


def _days_apart(found: list[DateMention], told: str, count: int) -> list[DateRange]:
    """The spans of ``found``, the two days of one "13 and 14 November" told apart when two
    gatherings take one each (E242)."""
    if count == 2 and len(found) == 1 and _TWO_DAYS.match(told, found[0].start) is not None:
        span = found[0].value
        return [DateRange(span.start, span.start), DateRange(span.end, span.end)]
    return [d.value for d in found]


# "on 27 October, 10 November and 18 December 2037", "on 24 and 25 October and 1 November 2036": days
# one after another, each with its month or taking the next one's, the year said once at the end
_LISTED_DAY = rf"(?:[12]\d|3[01]|0?[1-9])(?:\s+{MONTH})?"
_DAY_LIST = re.compile(
    rf"\b{_LISTED_DAY}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){_LISTED_DAY})+(?<=[a-z])\s+(?P<year>\d{{4}})\b"
)
_ONE_DAY = re.compile(rf"(?P<day>\d{{1,2}})(?:\s+(?P<month>{MONTH}))?")
# "its 12th, 19th and 24th meetings, on 27 October, 10 November and 18 December 2037, respectively",
# "at its 18th, 19th and 24th meetings, on 24 and 25 October and 1 November 2036": a list of days
# right after the gatherings, no verb nor place between, as many days as gatherings (E276)
_ON_DAYS_AFTER = re.compile(
    rf",?\s+(?:(?:which\s+were\s+|that\s+were\s+)?(?:held|convened)\s+)?on\s+(?P<told>{_DAY_LIST.pattern})"
    r"(?:\s*,?\s+respectively\b)?(?=\s*[,;.()]|\s+and\s|$)"
)


def _each_day(told: str, count: int) -> tuple[DateRange, ...] | None:
    """The ``count`` days of a day list ("27 October, 10 November and 18 December 2037"), in order,
    a day without a month taking the next one's and the year going back over a new year; None
    when the list numbers other than ``count`` days or its days do not follow one another."""
    m = _DAY_LIST.fullmatch(told.strip())
    if m is None:
        return None
    items = [_ONE_DAY.match(item) for item in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", told.strip()[: m.start("year")].strip())]
    if len(items) != count or any(item is None for item in items):
        return None
    year, month = int(m["year"]), 0
    days: list[dt.date] = []
    try:
        for item in reversed([i for i in items if i is not None]):
            if item["month"]:
                told_month = MONTHS[item["month"].lower()]
                if month and told_month > month + 8:
                    # "30 December and 2 January 2037": December of 2036 (not "10 November and 27
                    # October 2037", days out of order)
                    year -= 1
                month = told_month
            days.append(dt.date(year, month, int(item["day"])))
    except ValueError:
        return None
    days.reverse()
    if any(later <= earlier for earlier, later in zip(days, days[1:])):
        return None
    return tuple(DateRange(day, day) for day in days)


def _days_in_order(text: str, end: int, count: int) -> HeldRespectively | None:
    m = _ON_DAYS_AFTER.match(text, end)
    spans = _each_day(m["told"], count) if m is not None else None
    return HeldRespectively((), spans) if spans is not None else None


# "The Group held its thirty-first and thirty-second meetings in New York on 12 and 13 May 2035 and
# in Addis Ababa on 3 and 4 November 2035, respectively": the verb before the gatherings, each
# place told with its days after them, the pairs one after the other (E230)
_HELD_BEFORE = re.compile(r"\b(?:held|convened|hold|holds|will\s+hold)\s+(?:its|their|the)\s+[^;()]{0,120}$")
_PAIRS_THEN_RESPECTIVELY = re.compile(r",?\s+(?P<told>(?:in|at)\s+[A-Z][^;()]{3,240}?),?\s+respectively\b")
_NEXT_PAIR = re.compile(r",?\s+and\s+(?=(?:in|at)\s+[A-Z])|,\s+(?=(?:in|at)\s+[A-Z])")


# "its twenty-second and twenty-third meetings, held in Beirut on 4 and 5 June 2035 and in Tunis on 9
# and 10 June 2036 (X and Y)": each place told with its own days, as many pairs as gatherings, in
# their order without "respectively" (E241); the clause ends at a bracket, a semicolon, the
# sentence's end or a comma that opens no next pair
_HELD_IN_PAIRS = re.compile(
    r",?\s+(?:(?:which|that)\s+(?:were|had\s+been)\s+)?(?:held|convened|took\s+place|met)\s+"
    r"(?P<told>(?:in|at)\s+[A-Z][^;()]{3,240}?)(?=\s*[(;]|\.\s|\.?$|,\s+(?!and\s+(?:in|at)\s)(?!(?:in|at)\s))"
)


# "UNESCO Headquarters", "United Nations Headquarters", "Headquarters": a pair's place that is no town
_HEADQUARTERS = re.compile(r"^(?:the\s+)?(?:[A-Z][\w.\-]*\s+){0,4}Headquarters$")


def _pairs_in_order(text: str, end: int, count: int) -> HeldRespectively | None:
    m = _HELD_IN_PAIRS.match(text, end)
    return _each_pair(m["told"], count, places_alone=False) if m is not None else None


def _paired_after_held(text: str, end: int, count: int) -> HeldRespectively | None:
    """Each place with its days after gatherings that a verb before them held (above): the n-th
    pair the n-th gathering's, when every pair names one place and its days, as many pairs as
    gatherings."""
    m = _PAIRS_THEN_RESPECTIVELY.match(text, end)
    if m is None or _HELD_BEFORE.search(text, max(0, end - 160), end) is None:
        return None
    return _each_pair(m["told"], count, places_alone=True)


def _each_pair(told: str, count: int, places_alone: bool) -> HeldRespectively | None:
    """The place and days of each pair of ``told`` ("in A on … and in B from …"), when there are
    ``count`` pairs and every one names one place and one span of days; else, with
    ``places_alone`` ("respectively" said), the places alone (`_places_after_held`)."""
    def fallback() -> HeldRespectively | None:
        return _places_after_held(told.strip(), count) if places_alone else None

    pairs = _NEXT_PAIR.split(told.strip())
    if len(pairs) != count:
        return fallback()
    found_places: list[str | None] = []
    spans: list[DateRange] = []
    for pair in pairs:
        where = _PLACES.match(pair)
        dates = [d.value for d in find_dates(pair)]
        headquarters = where is not None and _HEADQUARTERS.match(where["list"].strip()) is not None
        if where is None or len(dates) != 1 or not (headquarters or places.is_place(where["list"].strip())):
            return fallback()
        # ("at UNESCO Headquarters on 4 and 5 December": the days, and no town, of that one)
        found_places.append(None if headquarters else where["list"].strip())
        spans.append(dates[0])
    return HeldRespectively(tuple(found_places), tuple(spans))


def _places_after_held(told: str, count: int) -> HeldRespectively | None:
    """"held its third and fourth meetings in Manila and Apia, respectively", "… in Manila and in
    Apia, respectively": as many places as gatherings and no days, the n-th place the n-th
    gathering's (E237). A place list of another length, or days among the places, tells nothing."""
    where = _PLACES.match(told)
    if where is None or find_dates(told):
        return None
    found_places = [p.strip() for p in _PLACE_SEPARATOR.split(where["list"].strip()) if p.strip()]
    if len(found_places) != count or not all(places.is_place(p) for p in found_places):
        return None
    return HeldRespectively(tuple(found_places), ())


def miscounted(text: str, end: int, count: int) -> bool:
    """Whether the clause after ``count`` gatherings (ending at ``end``) closes on "respectively"
    with a list of places that numbers neither one nor ``count``: "held its ninth and tenth
    sessions in Vienna, Suva and Nairobi, respectively" says which town was whose of no session
    (nor is the first town both's), E245."""
    if count < 2 or "respectively" not in text:
        return False
    m = _HELD_THEN_RESPECTIVELY.match(text, end)
    if m is None and _HELD_BEFORE.search(text, max(0, end - 160), end) is not None:
        m = _PAIRS_THEN_RESPECTIVELY.match(text, end)
    where = _PLACES.match(m["told"].strip()) if m is not None else None
    if where is None:
        return False
    found_places = [p.strip() for p in _PLACE_SEPARATOR.split(where["list"].strip()) if p.strip()]
    return len(found_places) > 1 and len(found_places) != count and all(places.is_place(p) for p in found_places)

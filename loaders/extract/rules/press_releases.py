"""What a meetings-coverage press release says of the session it covers.

A press release opens with a dateline ("TASHKENT, 2 October 2031 —", "KINGSTON, 26 March —") and a
lead that tells what the body did that day: "The Meeting of the Parties ... concluded its twelfth
session today, adopting five decisions", "The Council today concluded the first part of its
thirty-second session, adopting three decisions". That session is the one the release reports on
(what "the Meeting had before it" and "the session, held in ..." speak of), and the decisions it
goes on to name, numbered by that session, were adopted there that day.
"""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.ordinals import ORDINAL, ordinal_value

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# "TASHKENT, 2 October 2031 —", "NEW YORK, 26 March —", "GENEVA, 3 May 2031 –": a town in capitals,
# the day (the year may be left to the release's date), a dash; a news service's story writes the
# town as a name ("Geneva, 3 June 2030 –") and may sign the line ("NEW YORK, 12 March (UN News) –")
_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][A-Z.'’ -]{{2,40}}?(?:,\s+[A-Z][A-Za-z.'’ -]{{2,30}}?)?|[A-Z][a-zà-ÿ]+(?:[ -][A-Z][a-zà-ÿ]+){{0,2}}),\s+"
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})(?:\s+(?P<year>\d{{4}}))?(?:\s+\([A-Z][\w .-]{{1,30}}\))?\s*(?:—|–|--|-)\s+"
)
_COUNT_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}
# "concluded its twelfth session today, adopting five decisions", "today concluded the first part of
# its thirty-second session, adopting three decisions", "closed its session on ..., after adopting"
_CONCLUDED = re.compile(
    r"\b(?P<today_before>today\s+)?(?:concluded|closed|ended|wrapped\s+up)\s+"
    r"(?:the\s+(?:first|second|third|resumed|final|last)\s+part\s+of\s+)?(?P<its>its)\s+[\w-]+\s+(?:regular\s+)?session"
    r"(?P<today_after>\s+today)?\s*,?\s+(?:after\s+)?adopting\s+(?:(?P<count>\d{1,2}|[a-z]+)\s+)?"
    r"(?:draft\s+)?(?P<kind>decisions|resolutions|texts)\b"
)


def concluded_adopting(text: str) -> tuple[int, bool, int | None, str] | None:
    """(where "its" starts, whether it was today, how many texts were adopted or None, "decision" /
    "resolution" / "" for any) when ``text`` tells that a body concluded its session adopting texts."""
    m = _CONCLUDED.search(text)
    if m is None:
        return None
    count_word = (m["count"] or "").lower()
    count = int(count_word) if count_word.isdigit() else _COUNT_WORDS.get(count_word)
    if count_word and count is None and count_word not in ("several", "all", "the", "its", "a", "number"):
        return None  # "adopting new decisions": no count, but a word that is none of the known ones
    kind = {"decisions": "decision", "resolutions": "resolution"}.get(m["kind"], "")
    return m.start("its"), bool(m["today_before"] or m["today_after"]), count, kind


# "concluded its seventeenth session today, adopting by consensus its conclusions": a session
# concluded today, whatever the lead says it adopted (texts no number keys) (E155)
_CONCLUDED_TODAY = re.compile(
    r"\b(?P<today_before>today\s+)?(?:concluded|closed|ended|wrapped\s+up)\s+"
    r"(?:the\s+(?:first|second|third|resumed|final|last)\s+part\s+of\s+)?(?P<its>its)\s+[\w-]+\s+(?:regular\s+|annual\s+)?session"
    r"(?P<today_after>\s+today)?\b"
)


def concluded_today(text: str) -> int | None:
    """Where "its" starts when ``text`` tells that a body concluded its session today (a press
    release's lead), else None."""
    m = _CONCLUDED_TODAY.search(text)
    if m is None or not (m["today_before"] or m["today_after"]):
        return None
    return m.start("its")


# "by decision 2032/211, adopted earlier in the day", "resolution 86/3, which it adopted earlier today":
# a text adopted on the day the release (or the day's Journal) is dated (E155)
_ADOPTED_TODAY_AFTER = re.compile(
    r"\s*,?\s+(?:(?:which|that)\s+(?:was|it\s+had|it|the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}(?:\s+had)?)\s+)?(?:just\s+)?adopted\s+"
    r"(?:earlier\s+(?:in\s+the\s+day|today|this\s+(?:morning|afternoon))|today|this\s+(?:morning|afternoon))\b"
)


def adopted_today_after(text: str, end: int) -> bool:
    """Whether the words right after an instrument's number (ending at ``end``) say it was adopted
    on the document's own day ("adopted earlier in the day")."""
    return _ADOPTED_TODAY_AFTER.match(text, end) is not None


def dateline_day(text: str, year: int | None) -> dt.date | None:
    """The day a press release's dateline gives ("TASHKENT, 2 October 2031 —"); a dateline without
    its year ("KINGSTON, 26 March —") takes ``year`` (the release's own date), else none."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    written = f"{m['day']} {m['month']} {m['year'] or year or ''}".strip()
    if m["year"] is None and year is None:
        return None
    dates = find_dates(written)
    return dates[0].value.start if dates else None


# "today" in the lead's first sentence: the meeting the release covers sat on the dateline's day
_TODAY = re.compile(r"\btoday\b")
_FIRST_SENTENCE = 400


def dateline_today(text: str, release_day: dt.date | None) -> tuple[str, dt.date] | None:
    """The town and the day of a lead that tells what a body did "today" under its dateline ("NEW
    YORK, 11 February — The Committee ... opened its 2032 session today"): the town as a name
    ("New York"), the day in the year the dateline writes, else the one nearest the release's
    ``release_day`` (a release dated the day after its meeting, or across a new year)."""
    m = _DATELINE.match(text)
    if m is None:
        return None
    lead = text[m.end() : m.end() + _FIRST_SENTENCE]
    first = re.split(r"(?<=[a-z)])\.\s", lead, maxsplit=1)[0]
    if _TODAY.search(first) is None:
        return None
    town = m["place"].split(",")[0].strip()
    if town.isupper():
        town = " ".join(w.capitalize() for w in town.split())  # "NEW YORK": New York
    if m["year"] is not None:
        day = dateline_day(text, None)
    elif release_day is not None:
        day = nearest_day(int(m["day"]), _MONTHS.index(m["month"]) + 1, release_day)
    else:
        day = None
    return (town, day) if day is not None else None


_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
]


def nearest_day(day: int, month: int, near: dt.date) -> dt.date | None:
    """That day and month in the year nearest ``near`` (a dateline of 31 December in a release of
    2 January is the year before)."""
    candidates = []
    for year in (near.year - 1, near.year, near.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February, 31 April
            continue
    return min(candidates, key=lambda d: abs((d - near).days)) if candidates else None


# The masthead line of the meetings a release covers: "2032 Substantive Session, 271st & 272nd
# Meetings (AM & PM)", "9523rd Meeting (AM)", "Twelfth Session, 5th & 6th Meetings (AM & PM)";
# the session (named by its number or its year) before a comma, then the numbered meetings, then
# the parts of the day they sat in
_SITTINGS_LINE = re.compile(
    rf"^(?:[^,]{{3,80}},\s+)?(?P<meetings>{ORDINAL}(?:\s*(?:,|&|and)\s*{ORDINAL}){{0,5}})\s+Meetings?"
    r"(?:\s+\((?P<day>(?:AM|PM)(?:\s*(?:&|and)\s*(?:AM|PM))?)\))?\.?$",
    re.IGNORECASE,
)
_ONE_ORDINAL = re.compile(ORDINAL, re.IGNORECASE)


def sittings_line(text: str) -> tuple[list[int], bool] | None:
    """The numbers of the meetings a release's masthead line covers, and whether the line says
    they sat that day ("(AM & PM)": the morning's and the afternoon's meetings of the release's
    date); None if the line is no such line."""
    m = _SITTINGS_LINE.match(text.strip())
    if m is None:
        return None
    numbers = [n for o in _ONE_ORDINAL.finditer(m["meetings"]) if (n := ordinal_value(o.group(0)))]
    return (numbers, m["day"] is not None) if numbers else None

"""Instruments told in the passive, each clause with its own day: "Decision 56/1 was adopted at
the 2nd meeting, on 10 February 2031; decisions 56/2 and 56/3 were adopted without a vote at the
closing meeting, on 14 February 2031." Each instrument named before "was/were adopted" was adopted
on the day its own clause names, not on the first day of the sentence.

A clause may date its instruments from the clause before (E134): "Resolutions XXVI-1 to XXVI-3 were
adopted at the closing plenary on 17 June 2032; resolution XXVI-4 had been adopted the day before"
(16 June); so "the previous day", "two days earlier", "the following day", "a day later".

A second clause may leave the verb out (E149): "Decisions EB 167/1 to EB 167/3 were adopted on
9 December 2032, and decisions EB 167/4 and EB 167/5 on 10 December 2032": the instruments after
"and" were adopted on the day their own words give, and the first clause's day is the one before
them (one day each, where the whole sentence told two)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from mandate_graph.loaders.extract.dates import find_dates

# A clause: its subject names the instruments (no other verb before "adopted"), then where and
# when; clauses end at a semicolon or the sentence's end.
_PASSIVE_CLAUSE = re.compile(
    r"(?:^|;\s*|,\s+and\s+|\band\s+)(?P<subject>(?:[Dd]ecisions?|[Rr]esolutions?)\s+[^;,]{1,80}?)\s+(?:was|were|had\s+been)\s+"
    # ("Resolutions 77/11 and 77/12 were both adopted on ...": the subject's members together)
    r"(?:also\s+|then\s+|both\s+|all\s+)?adopted\b(?P<rest>[^;]{0,160})"
)
_ON_DAY = re.compile(r"\bon\s+$")
# Where the next clause opens on its own instruments after "and" ("..., and decisions 5/4 and 5/5
# were adopted ...", "..., and decisions 5/4 and 5/5 on 10 May 2031"): what the clause before tells
# ends there
_AND_SUBJECT = re.compile(r",?\s+and\s+(?=(?:[Dd]ecisions?|[Rr]esolutions?)\s+[A-Z0-9])")
# ... and such a clause with its verb left out, its day next ("on 10 May 2031", "the following day")
_GAPPED_SUBJECT = re.compile(
    r"(?P<subject>(?:[Dd]ecisions?|[Rr]esolutions?)\s+[A-Z0-9](?:(?!\b(?:was|were|had|has|have|been|is|are)\b)[^;,]){0,80}?)"
    r"(?=\s+(?:on|the|a|one|two|three|four|five|six|\d)\s)"
)
# A day told from the last clause's: "the day before", "the previous day", "two days earlier",
# "the following day", "a day later"; right after "adopted" and how ("by consensus", "at the 3rd
# meeting"), before any other date
_RELATIVE_DAY = re.compile(
    r"^[^;]{0,60}?\b(?:(?P<before>the\s+(?:day\s+before|previous\s+day|preceding\s+day|day\s+earlier))"
    r"|(?P<after>the\s+(?:following|next)\s+day|the\s+day\s+after)"
    r"|(?P<count>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<way>before|earlier|later|after))\b(?!\s+(?:the|its|their|of)\b)"
)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}


def passive_adoption_days(text: str) -> Iterator[tuple[int, int, dt.date]]:
    """(start, end, day) of each passive clause's subject and the one day its clause names after
    "on" (a clause naming no day, or several, gives none)."""
    if "adopted" not in text:
        return
    last: dt.date | None = None  # the day the clause before named
    position = 0
    while (clause := _PASSIVE_CLAUSE.search(text, position)) is not None:
        rest = clause["rest"]
        at = clause.start("rest")
        following = _AND_SUBJECT.search(rest)
        if following is not None:
            rest = rest[: following.start()]  # the next clause's day is its own
        position = at + len(rest)
        day = last = _clause_day(rest, last)
        if day is not None:
            yield clause.start("subject"), clause.end("subject"), day
        gapped = _GAPPED_SUBJECT.match(text, at + following.end()) if following is not None else None
        if gapped is not None and last is not None:
            # "..., and decisions 5/4 and 5/5 on 10 May 2031": the verb left out
            end = _CLAUSE_END.search(text, gapped.end())
            day = last = _clause_day(text[gapped.end() : end.start() if end else len(text)], last)
            if day is not None:
                yield gapped.start("subject"), gapped.end("subject"), day
            position = gapped.end()


# where a clause with its verb left out ends: the next clause or the sentence's end
_CLAUSE_END = re.compile(r";|,\s+and\s+|,\s+(?:which|while|whereas)\b")


def _clause_day(rest: str, last: dt.date | None) -> dt.date | None:
    """The one day ``rest`` (what follows a clause's subject and verb) tells after "on", or a day
    told from the last clause's ("the day before"); None when it tells none, or several."""
    told = find_dates(rest)
    if not told and last is not None and (shift := _relative_shift(rest)) is not None:
        return last + dt.timedelta(days=shift)
    days = [d for d in told if _ON_DAY.search(rest, 0, d.start)]
    if len(days) != 1 or days[0].value.start != days[0].value.end:
        return None
    return days[0].value.start


def _relative_shift(rest: str) -> int | None:
    """How many days after the last clause's day ``rest`` (what follows "adopted") dates its
    instruments: -1 for "the day before", 2 for "two days later"; None when it tells no such day."""
    m = _RELATIVE_DAY.match(rest)
    if m is None:
        return None
    if m["before"]:
        return -1
    if m["after"]:
        return 1
    count = int(m["count"]) if m["count"].isdigit() else _COUNTS[m["count"].lower()]
    return -count if m["way"] in ("before", "earlier") else count


# "Since the adoption of resolution 70/1 on 25 September 2015, ...", "the adoption of decisions 5/1
# and 5/2 on 3 May 2031 was welcomed": the act's noun, the instruments, then "on" and their day
# ("Following the adoption by the General Assembly of resolution 77/12 on 7 December 2022": the
# adopting body between the noun and "of", E174)
_NOMINAL_ADOPTION = re.compile(
    r"\badoption\s+(?:by\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|on|for|to|the)\s+)*[A-Z][\w'’-]*){0,8}\s+)?of\s+(?P<subject>(?:(?:the|its|their)\s+)?(?:[A-Z][\w-]*\s+){0,4}(?:[Dd]ecisions?|[Rr]esolutions?)\s+[^;,]{1,60}?)"
    r"\s+on\s+(?=\d)"
)


def nominal_adoption_days(text: str) -> Iterator[tuple[int, int, dt.date]]:
    """(start, end, day) of the instruments named after each "the adoption of" whose day follows
    them after "on"."""
    if "adoption " not in text:
        return
    for m in _NOMINAL_ADOPTION.finditer(text):
        told = find_dates(text[m.end() : m.end() + 40])
        if told and told[0].start == 0 and told[0].value.start == told[0].value.end:
            yield m.start("subject"), m.end("subject"), told[0].value.start


# "The decision was adopted on July 13, 2035 and carries the number 64/3", "The resolution was
# adopted on 4 May 2031 and was given the number 12/3": the text the sentence opens on ("The
# decision", "This resolution") told adopted, its number given after the day in a second verb (E236)
_NUMBER_GIVEN_AFTER = re.compile(
    r"^(?:The|This|That)\s+(?:[a-z]+\s+)?(?:decision|resolution)\s+(?:was|had\s+been)\s+(?:finally\s+)?adopted\s+on\s+(?P<day>[^;]{4,30}?)"
    r",?\s+and\s+(?:carries|carried|bears|bore|was\s+given|received|is\s+numbered|was\s+numbered|has\s+been\s+given)\s+"
    r"(?:the\s+)?(?:number\s+|symbol\s+)?(?P<subject>(?:(?:decision|resolution)\s+)?[^\s;,]{1,20})"
)


def number_given_after_adoption(text: str) -> tuple[int, int, dt.date] | None:
    """(start, end, day) of the number a sentence gives its text after telling the day it was
    adopted (`_NUMBER_GIVEN_AFTER`): one day, told after "on"."""
    if "adopted on" not in text:
        return None
    m = _NUMBER_GIVEN_AFTER.match(text)
    if m is None:
        return None
    told = find_dates(m["day"])
    if len(told) != 1 or told[0].start != 0 or told[0].value.start != told[0].value.end:
        return None
    return m.start("subject"), m.end("subject"), told[0].value.start


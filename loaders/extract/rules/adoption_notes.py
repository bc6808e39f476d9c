"""A footnote that says when the instrument its mark follows was adopted: "... Human Rights Council
resolution 59/14, entitled "Business and human rights: ...".¹" with, at the page's foot, "¹ Adopted
without a vote on 08.07.2031 (see A/HRC/59/2, chap. I)." (E106, from the spent u127). The mark
must stand right after the instrument's number, its date or its title (quotes and stops between),
so that a note on a sentence's other words dates nothing.

A note may say where instead of when: "[1] Adopted at the eighty-sixth session of the General
Assembly, 63rd plenary meeting." (a reStructuredText footnote, E122): the instrument was adopted at
the session the note names (`adopting_gathering_at`)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TypeVar

from mandate_graph.loaders.extract.dates import DateRange, find_dates

# "¹ Adopted without a vote on 8 July 2031", "2 Adopted by consensus on 08.07.2031.", "[3] Adopted
# at the 40th meeting, on 3 May 2030": the note's label, "Adopted", how, by whom or where, "on" and the day
_ADOPTED_ON = re.compile(
    r"^\s*(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|\d{1,3}/?|\[\d{1,3}\]|\^\d{1,3})\s*"
    r"(?:[Aa]dopted|ADOPTED)\b(?P<how>[^.;()]{0,80}?)\s+on\s+(?P<date>\S[^;()]{4,30})"
)
# "[1] Adopted at the eighty-sixth session of ...", "² Adopted without a vote at its 12th session":
# the note's label, "Adopted", how, "at", then the gathering
_ADOPTED_AT = re.compile(
    r"^\s*(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|\d{1,3}/?|\[\d{1,3}\]|\^\d{1,3})\s*"
    r"(?:[Aa]dopted|ADOPTED)(?P<how>(?:\s+(?:by\s+consensus|without\s+a\s+vote|by\s+(?:a\s+)?(?:recorded\s+)?vote))?,?)\s+at\s+(?=(?:the|its)\s)"
)
# "[1] "Transforming our world: the 2030 Agenda for Sustainable Development".": a note that is only
# a title in quotes, the title of the instrument its mark follows (E221)
_TITLE_ALONE = re.compile(
    r"^\s*(?:[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]{1,3}|\d{1,3}/?|\[\d{1,3}\]|\^\d{1,3})\s*"
    r"[\"“](?P<title>[A-Z][^\"“”]{3,300}?)[.,]?[\"”]\s*\.?\s*$"
)
# what may stand between an instrument's number, date or title and the mark: its closing quote,
# a bracket, a comma or a stop
_UP_TO_THE_MARK = re.compile(r"[\s\"”’'»)*_.,;]{0,4}")


def adoption_day(note: str) -> DateRange | None:
    """The day a footnote says something was adopted on ("¹ Adopted without a vote on
    08.07.2031"), if the note opens so."""
    m = _ADOPTED_ON.match(note)
    if m is None:
        return None
    dates = find_dates(m["date"])
    return dates[0].value if dates and dates[0].start == 0 else None


def title_alone(note: str) -> str | None:
    """The title a footnote gives alone in quotes ("[1] "Transforming our world: …"."), if it does."""
    m = _TITLE_ALONE.match(note)
    return m["title"] if m is not None else None


def adopting_gathering_at(note: str) -> int | None:
    """Where the gathering a note says something was adopted at is named ("[1] Adopted at |the
    eighty-sixth session of the General Assembly"), if the note opens so (and names no day)."""
    m = _ADOPTED_AT.match(note)
    return m.end() if m is not None else None


Cited = TypeVar("Cited")


def marked_right_after(text: str, ends: Mapping[int, Cited], mark_start: int) -> Cited | None:
    """What ``ends`` (the positions where an instrument's citation ends, to what they cite) has
    ending right before the mark at ``mark_start``, with only quotes and stops between."""
    for end in range(mark_start, max(-1, mark_start - 5), -1):
        cited = ends.get(end)
        if cited is not None and _UP_TO_THE_MARK.fullmatch(text, end, mark_start):
            return cited
    return None


# "Status: APPROVED - adopted at the twentieth session, plenary of 13 February 2031": a session
# paper's status field above the draft it carries, saying the draft was adopted, and when (the
# last day the field names after "adopted"); "Status: DRAFT" or "Status: deferred" says nothing
# ("Status: draft - to be adopted on 5 March 2027": a day to come, no adoption)
_STATUS_ADOPTED = re.compile(r"^\s*Status\s*:[^.;:]{0,40}?(?<!to be )\b(?:adopted|approved)\b(?P<rest>[^;]{0,160})$", re.IGNORECASE)


def status_adoption_day(line: str) -> DateRange | None:
    """The day a paper's status field says the text it carries was adopted on, if it says so."""
    m = _STATUS_ADOPTED.match(line)
    if m is None:
        return None
    days = [d for d in find_dates(m["rest"]) if d.value.start == d.value.end]
    return days[-1].value if days else None

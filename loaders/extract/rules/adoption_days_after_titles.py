"""An instrument's title followed by the day it was adopted, in brackets: "Date and venue of the
next session (adopted on 23 April 2031)", "Ocean literacy (Adopted on 4 May 2030)". The bracket is
no part of the title; the day is the instrument's adoption day."""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import DateRange, find_dates

_ADOPTION_DAY_AFTER_TITLE = re.compile(
    r"^(?P<title>\S.*?)\s*\((?:[Aa]dopted|ADOPTED)(?:\s+without\s+a\s+vote)?(?:\s+on)?\s+(?P<date>[^()]{6,40})\)\s*[.;]?\s*$",
    re.DOTALL,
)


def title_and_adoption_day(heading: str) -> tuple[str, dt.date | None]:
    """(the title, the day told in brackets after it) of an instrument's title line; the line
    as it is, and None, when no such bracket closes it."""
    m = _ADOPTION_DAY_AFTER_TITLE.match(heading.strip())
    if m is None:
        return heading, None
    dates = find_dates(m["date"])
    if not dates or dates[0].start != 0 or dates[0].end != len(m["date"].strip()):
        return heading, None
    return " ".join(m["title"].split()), dates[0].value.start


# "(adopted on 22 October 2031)" right after a title that ends where it opens
_BRACKETED_ADOPTION_DAY = re.compile(
    r"\s*\((?:[Aa]dopted|ADOPTED)(?:\s+without\s+a\s+vote)?(?:\s+on)?\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\)"
)


def bracketed_adoption_day(text: str, position: int) -> DateRange | None:
    """The day "(adopted on 22 October 2031)" gives right at ``position`` (after an unquoted
    title: "Decision 12/3 - Dates of the next sessions (adopted on 7 November 2031)"), if any."""
    m = _BRACKETED_ADOPTION_DAY.match(text, position)
    if m is None:
        return None
    dates = find_dates(m["date"])
    return dates[0].value if dates and dates[0].start == 0 else None


# "natural resources1", "Ocean literacy²": a footnote's number glued on a title's last word
_GLUED_NOTE_MARK = re.compile(r"(?<=[a-z)])(?P<mark>\d{1,2}|[¹²³⁴⁵⁶⁷⁸⁹])$")
_SUPERSCRIPTS = {c: str(i) for i, c in enumerate("⁰¹²³⁴⁵⁶⁷⁸⁹")}
# "1 Adopted at the 2nd meeting, on 22 April 2031.", "2 Adopted on 3 May 2030 without a vote."
_ADOPTION_FOOTNOTE = re.compile(
    r"^\s*(?P<mark>\d{1,2})\s+(?:[Aa]dopted|ADOPTED)\b[^.;]{0,80}?\bon\s+(?P<date>\d{1,2}\s+[A-Z][a-z]+\s+\d{4})\b"
)


def footnoted_adoption_day(title: str, later: list[str]) -> tuple[str, dt.date | None]:
    """(the title without the footnote mark glued on its last word, the day the footnote says
    the instrument was adopted): the mark "1" on "natural resources1" points to the first later
    paragraph "1 Adopted at the 2nd meeting, on 22 April 2031." (a page's foot). The title as it
    is, and None, when no mark is glued on or no such footnote follows."""
    mark = _GLUED_NOTE_MARK.search(title.rstrip())
    if mark is None:
        return title, None
    number = "".join(_SUPERSCRIPTS.get(c, c) for c in mark["mark"])
    for text in later:
        note = _ADOPTION_FOOTNOTE.match(text)
        if note is None or note["mark"] != number:
            continue
        dates = find_dates(note["date"])
        if dates and dates[0].start == 0:
            return title.rstrip()[: mark.start()].rstrip(), dates[0].value.start
    return title, None

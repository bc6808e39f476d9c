"""A day written without its year right before the gathering it is for (E103): "The Committee will
reconvene at 10 a.m. on Monday, 24 February, for its 273rd meeting", "the Board is to meet on
3 June for its 12th meeting". In a dated document the year is the document's own: of the day with
the year before, the document's year and the year after, the one nearest the document's date."""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import MONTHS

# Where a document without a masthead prints its own date: the first lines, under the banner
HEADER_LENGTH = 600
# A saved web page's menu line, a link's words then its address ("General Assembly
# <https://press.un.org/en/content/general-assembly>"): the banner's, however many (E262)
_LINK_LINE = re.compile(r"^[^\n<>]{0,80}<https?://[^\s<>]+>[ \t]*\n+", re.MULTILINE)


def header(text: str) -> str:
    """The first lines of a document, where it prints its own date when it has no masthead: its
    first `HEADER_LENGTH` characters once a saved page's menu lines of links are passed over."""
    return _LINK_LINE.sub("", text[: HEADER_LENGTH * 5])[:HEADER_LENGTH]

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# "on Monday, 24 February, for its", "on 3 June for its", "on June 3, for its": the day, no year,
# then "for" right before the gathering's "its"
_YEARLESS_DAY_FOR_ITS = re.compile(
    rf"\bon\s+(?:{_WEEKDAY},?\s+)?(?:(?P<d1>[12]\d|3[01]|0?[1-9])\s+(?P<m1>{_MONTH})|(?P<m2>{_MONTH})\s+(?P<d2>[12]\d|3[01]|0?[1-9]))"
    r"(?![\w])(?!,?\s+(?:\d|of\s+\d))\s*,?\s+for\s+(?:(?:its|their|the)\s+)?$"
)


def yearless_day_before(text: str, gathering_start: int, document_date: dt.date | None) -> dt.date | None:
    """The day the words right before a gathering name without a year, in the year nearest the
    document's own date; None when no such day is written there or the document has no date."""
    if document_date is None:
        return None
    written = day_written_before(text, gathering_start)
    return in_the_nearest_year(written, document_date) if written is not None else None


def day_written_before(text: str, gathering_start: int) -> tuple[int, int] | None:
    """The day and month the words right before a gathering name without a year ("on Monday, 24
    February, for its"), or None: what a reader tests before it asks the document's date."""
    m = _YEARLESS_DAY_FOR_ITS.search(text, max(0, gathering_start - 60), gathering_start)
    if m is None or m.end() != gathering_start:
        return None
    return int(m["d1"] or m["d2"]), MONTHS[(m["m1"] or m["m2"]).lower()]


def in_the_nearest_year(written: tuple[int, int], document_date: dt.date) -> dt.date | None:
    """That day and month in the year nearest ``document_date`` (within a year of it)."""
    day, month = written
    candidates = []
    for year in (document_date.year - 1, document_date.year, document_date.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:  # 29 February
            continue
    if not candidates:
        return None
    nearest = min(candidates, key=lambda d: abs((d - document_date).days))
    return nearest if abs((nearest - document_date).days) <= 366 else None

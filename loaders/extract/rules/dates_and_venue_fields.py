"""One field giving a gathering's days and place together, as a bureau's summary or a page of
meetings writes it under the gathering's heading: "Dates/venue: 17-19 June 2032, Palais des
Nations, Geneva", "Date and venue: 3 May 2031, Bonn", "Venue and dates: Geneva, 8-10 June 2032"
(E144). The days must be whole days (not "June 2032"); the place is the town, after a venue's
name when one stands first ("Palais des Nations, Geneva")."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.rules import places
from mandate_graph.loaders.facts import DateRange

# "Dates/venue:", "Date and venue:", "Dates & place:", "Date(s) and location:"; the days first
_DAYS_FIRST = re.compile(
    r"^(?:[-–•*]\s*)?(?:Dates?|Date\(s\))\s*(?:/|,|and|&)\s*(?:venue|place|location)\s*:\s*", re.IGNORECASE
)
# "Venue/dates:", "Place and dates:": the place first
_PLACE_FIRST = re.compile(
    r"^(?:[-–•*]\s*)?(?:Venue|Place|Location)\s*(?:/|,|and|&)\s*(?:dates?|date\(s\))\s*:\s*", re.IGNORECASE
)
_TOWN = re.compile(rf"(?P<town>{places.PLACE})(?=\s*(?:[,.;(]|$))")
_MONTH_ALONE = re.compile(r"^\s*[A-Z][a-z]+\s+\d{4}\b")


def dates_and_venue(text: str) -> tuple[DateRange | None, str | None] | None:
    """The days and the town a "Dates/venue:" field gives (either may be missing), or None when
    the text is no such field."""
    if (days_first := _DAYS_FIRST.match(text)) is not None:
        value = text[days_first.end() :]
        days = _days_at_start(value)
        town = None
        if days is not None:
            rest = value[days[1] :]
            if rest.startswith(","):
                town = _town_at_start(rest[1:].lstrip())
        return (days[0] if days else None, town)
    if (place_first := _PLACE_FIRST.match(text)) is not None:
        value = text[place_first.end() :]
        town = _town_at_start(value)
        days = None
        if town is not None:
            after = re.search(r",\s*(?=\d)", value)
            days = _days_at_start(value[after.end() :]) if after is not None else None
        return (days[0] if days else None, town)
    return None


def _days_at_start(value: str) -> tuple[DateRange, int] | None:
    """Whole days opening ``value`` and where they end ("June 2032" alone is no day)."""
    if _MONTH_ALONE.match(value):
        return None
    found = find_dates(value[:60])
    if not found or found[0].start != 0:
        return None
    return found[0].value, found[0].end


def _town_at_start(value: str) -> str | None:
    """The town opening ``value``, past a venue's name ("Palais des Nations, Geneva")."""
    town = _TOWN.match(places.without_venue(value))
    if town is None or not places.is_place(town["town"]):
        return None
    return town["town"]


def is_dates_and_venue_name(name: str) -> bool:
    """Whether a table's column name is such a field's ("Venue and dates", "Dates/venue"): its cells
    read as the field's value (`venue_cell`)."""
    return (_DAYS_FIRST.fullmatch(name + ":") or _PLACE_FIRST.fullmatch(name + ":")) is not None


def venue_cell(name: str, value: str) -> tuple[DateRange | None, str | None] | None:
    """The days and the town of the cell ``value`` under the column ``name`` ("Venue and dates":
    "Lima (Peru), 7-18 November 2033"), as the field "name: value" gives them (E242)."""
    return dates_and_venue(f"{name}: {value}") if is_dates_and_venue_name(name) else None

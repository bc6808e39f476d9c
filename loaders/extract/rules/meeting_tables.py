"""A table of a body's meetings or sessions, one a row: the meeting's number, when and where it
was held and the symbol of its report, in columns the header row names ("| Meeting | Dates |
Venue | Report |", "| Report symbol | Session | Place | Date |"), under a heading that names
the body ("Meetings of the Open-Ended Working Group on ... since its establishment"), or with a
column naming each row's body ("| Body | Session | Dates | Venue | Report |": the sessions of
several subsidiary bodies). Only a pipe table keeps its cells through cleaning; a table laid
with tabs under a header row becomes one (`plain_layouts.tab_table_changes`).

Only a table whose header names a gathering column ("Meeting", "Session") and at least one of a
dates, a venue or a report column is read, and only rows whose gathering cell is an ordinal or a
number ("First", "12th", "3"); which body's gatherings they are the caller decides.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from mandate_graph.graph.reference import Body

from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.markdown_tables import cells
from mandate_graph.loaders.extract.ordinals import ordinal_value
from mandate_graph.loaders.extract.rules import places
from mandate_graph.loaders.extract.symbols import find_symbols
from mandate_graph.loaders.facts import DateRange

# ("Session or meeting", "Meeting/session": a column of several bodies' gatherings, each row's cell
# naming its own, "Twentieth meeting", E286)
_GATHERING_HEADER = re.compile(
    r"^(?P<word>Meeting|Session)s?(?:\s+(?:No\.?|number)|\s*(?:or|/)\s*(?:meeting|session)s?)?$", re.IGNORECASE
)
# ("Indicative dates", "Tentative dates": a work programme's sessions to come, E236)
_DATES_HEADER = re.compile(
    r"^(?:(?:Indicative|Tentative|Proposed|Planned|Provisional|Expected)\s+)?(?:Dates?|Held\s+on|When|Period)$", re.IGNORECASE
)
_VENUE_HEADER = re.compile(r"^(?:Venue|Place|Location|Held\s+in|Where)$", re.IGNORECASE)
# "Dates and venue", "Date and place", "Venue and dates", "Place/date": one column telling both,
# its cell the days then the town ("4–8 December 2034, Nairobi, Kenya") or the town first
_DATES_AND_VENUE_HEADER = re.compile(
    r"^(?:Dates?\s*(?:and|&|/|,)\s*(?:venue|place|location)|(?:Venue|Place|Location)\s*(?:and|&|/|,)\s*dates?)$", re.IGNORECASE
)
# "Body", "Subsidiary body", "Committee": the column that names whose gathering each row is
# "Working group", "Commission", "Expert group": a kind of body, each row's cell the rest of its name
_BODY_HEADER = re.compile(
    r"^(?:(?:Subsidiary|Meeting|Treaty|Expert)\s+)?(?:[Bb]ody|[Oo]rgan|Committee|Commission|(?:Working\s+|Expert\s+)?[Gg]roup|Working\s+[Pp]arty)$",
    re.IGNORECASE,
)
# "Document" and "Document symbol": the report column of a table of gatherings by another name (G5)
_REPORT_HEADER = re.compile(r"^(?:Report|Report\s+symbol|Symbol\s+of\s+the\s+report|Outcome\s+document|Document(?:\s+symbol)?)$", re.IGNORECASE)
# "First", "Twenty-first", "12th", "3", "5th meeting": the gathering's number
_NUMBER_CELL = re.compile(r"^(?P<n>\d{1,3})(?:st|nd|rd|th)?$")
_CODED_CELL = re.compile(r"^(?P<code>[A-Z][A-Za-z]{0,7}(?:[/.-][A-Z][A-Za-z]{0,7})?)[\s-](?P<n>\d{1,3})$")


@dataclass(frozen=True)
class MeetingColumns:
    word: str  # "meeting" or "session", as the header names the column
    gathering: int
    dates: int | None
    venue: int | None
    report: int | None
    body: int | None = None  # a column naming each row's body, when the table has one
    body_word: str = ""  # that column's name ("Working group"), which each of its cells may finish


@dataclass(frozen=True)
class ListedMeeting:
    ordinal: int
    dates: DateRange | None
    place: str | None
    reports: tuple[tuple[str, ...], ...]  # the symbols of each report the row names
    body: str = ""  # the text of the row's body cell, when the table has a body column
    code: str | None = None  # "MSC" of "MSC 110": the body's code the gathering cell writes


# "Previous sessions", "Past meetings", "Sessions held": a heading over a table of the gatherings
# of the body whose document it is
_OWN_GATHERINGS_HEADING = re.compile(
    r"^(?:(?:Previous|Past|Earlier|Recent|Former)\s+)?(?P<word>session|meeting)s(?:\s+held)?(?:\s+and\s+(?:their\s+)?reports)?$",
    re.IGNORECASE,
)


def names_gatherings(heading: str, word: str) -> bool:
    """Does a heading name gatherings of the kind ``word`` and nothing else ("Previous sessions")?"""
    m = _OWN_GATHERINGS_HEADING.match(heading.strip())
    return m is not None and m["word"].lower() == word


def row_cells(row: str) -> list[str]:
    """A pipe table row's cells; none for any other line."""
    return cells(row) if "|" in row else []


def header_columns(row: str) -> MeetingColumns | None:
    """The columns of a header row that names a gathering column and a dates, venue or report one."""
    names = [name.strip("*_ ") for name in row_cells(row)]
    gathering = next((i for i, name in enumerate(names) if _GATHERING_HEADER.match(name)), None)
    if gathering is None:
        return None
    dates = next((i for i, name in enumerate(names) if _DATES_HEADER.match(name)), None)
    venue = next((i for i, name in enumerate(names) if _VENUE_HEADER.match(name)), None)
    both = next((i for i, name in enumerate(names) if _DATES_AND_VENUE_HEADER.match(name)), None)
    dates = both if dates is None else dates
    venue = both if venue is None else venue
    report = next((i for i, name in enumerate(names) if _REPORT_HEADER.match(name)), None)
    if dates is None and venue is None and report is None:
        return None
    word = _GATHERING_HEADER.match(names[gathering])
    assert word is not None
    body = next((i for i, name in enumerate(names) if _BODY_HEADER.match(name)), None)
    return MeetingColumns(word["word"].lower(), gathering, dates, venue, report, body, names[body] if body is not None else "")


def listed_meeting(row: str, columns: MeetingColumns) -> ListedMeeting | None:
    """The meeting a row lists, if its gathering cell is an ordinal or a number."""
    values = [value.strip("*_ ") for value in row_cells(row)]
    if len(values) <= columns.gathering:
        return None
    cell = values[columns.gathering]
    # "Fifth", "Fifth meeting", "5th": the number of the gathering
    cell = re.sub(r"\s+(?:meeting|session)$", "", cell, flags=re.IGNORECASE)
    # "twentieth (joint)", "Fifth (resumed)": a note on how it met after the number
    cell = re.sub(r"\s*\([a-z][\w\s-]*\)$", "", cell)
    number = _NUMBER_CELL.match(cell)
    # "MSC 110", "COP 26": the body's code and the number (the caller checks the code)
    coded = _CODED_CELL.match(cell) if number is None else None
    ordinal = int(number["n"]) if number else int(coded["n"]) if coded else ordinal_value(cell)
    if not ordinal:
        return None

    def column(index: int | None) -> str:
        return values[index] if index is not None and index < len(values) else ""

    found = find_dates(column(columns.dates))
    dates = found[0].value if len(found) == 1 else None
    venue = column(columns.venue)
    if columns.venue == columns.dates and len(found) == 1:
        # one cell for both ("4–8 December 2034, Nairobi, Kenya", "Rome, 3–7 June 2035"): the
        # town is what the days leave
        venue = (venue[: found[0].start] + venue[found[0].end :]).strip(" ,;()–-")
    # "The Hague", "Bonn, Germany", "Brisbane (hybrid)": the town, without its country or
    # the way the session was held; "Palais des Nations, Geneva": the town after the building
    town = re.sub(r"\s*\([^()]*\)$", "", places.without_venue(venue).split(",")[0]).strip()
    place = town if town and re.fullmatch(places.PLACE, town) and places.is_place(town) else None
    reports = tuple(s.symbols for s in find_symbols(column(columns.report)))
    return ListedMeeting(ordinal, dates, place, reports, column(columns.body), coded["code"] if coded else None)


_JOINT_PARTS = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


# between the kind and the cell: what the name says before its subject ("on", "of Government
# Experts on", "on the"), so that "Systems" does not finish "Working Group on Early Warning Systems"
_BEFORE_SUBJECT = re.compile(r"(?: of [a-z ]+?)? (?:on|of|for|against)(?: the)? ")


def _finishes(name: str, word: str, part: str) -> bool:
    return name.startswith(word) and name.endswith(part) and _BEFORE_SUBJECT.fullmatch(name[len(word) : len(name) - len(part)]) is not None


def bodies_finished(cell: str, word: str, bodies: Mapping[str, Body], issuer: str | None) -> list[str]:
    """The bodies a cell names by the end of their names under a column named by their kind:
    "Trafficking in Persons" under "Working group" is the one body that meets whose name opens
    with "Working group" and ends with "Trafficking in Persons" (of the document's issuer, when
    several bodies' names do); "International Cooperation and Technical Assistance", a joint
    meeting's row, is each part's body when the whole names none and every part names one."""
    word, cell = word.strip().lower(), cell.strip(" *_").lower()
    if not word or not cell:
        return []

    def finished(part: str) -> str | None:
        found = [
            key for key, body in bodies.items()
            if body.gathering_term and any(_finishes(n.lower(), word, part) for n in body.names)
        ]
        if len(found) > 1:
            found = [key for key in found if issuer is not None and bodies[key].parent == issuer]
        return found[0] if len(found) == 1 else None

    whole = finished(cell)
    if whole is not None:
        return [whole]
    parts = [finished(part) for part in _JOINT_PARTS.split(cell)]
    return [key for key in parts if key is not None] if len(parts) > 1 and None not in parts else []


# "All the meetings listed above were held in Vienna.", "The sessions shown in the table were all
# held at Geneva": one place told for every gathering of the table just above
_ALL_HELD_IN = re.compile(
    r"^(?:\d{1,3}\.\s+)?(?:All\s+(?:of\s+)?the|The)\s+(?:(?:\w+\s+){0,2})?(?:meetings|sessions)\s+"
    r"(?:(?:listed|shown|mentioned|set\s+out)\s+(?:above|in\s+the\s+(?:table|list)(?:\s+above)?)\s+)"
    r"were\s+(?:all\s+)?held\s+(?:in|at)\s+(?P<place>" + places.PLACE + r")\s*\.\s*$"
)


def place_of_all_listed(sentence: str) -> str | None:
    """The town a sentence says every gathering of the table above was held in."""
    m = _ALL_HELD_IN.match(sentence.strip())
    return m["place"] if m is not None and places.is_place(m["place"]) else None

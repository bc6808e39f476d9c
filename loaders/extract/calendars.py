"""A calendar export (iCalendar, RFC 5545: a ``.ics`` file saved as text), read as its events.

A calendar is property lines ("SUMMARY:...", "DTSTART;VALUE=DATE:20310407"), long ones folded
onto continuation lines that open with one space, with "\\n", "\\,", "\\;" and "\\\\" written as
escapes. Each event (``BEGIN:VEVENT`` ... ``END:VEVENT``) becomes what a meetings page prints for
one meeting, whatever order its properties came in:

- its ``SUMMARY`` a heading paragraph;
- its ``DESCRIPTION`` the text under it, each "\\n" a paragraph break;
- then its fields as record rows: "Dates<tab>7 to 11 April 2031" from ``DTSTART`` and ``DTEND``
  (or ``DURATION``; a date's ``DTEND`` is the day after the last, RFC 5545 3.6.1), and
  "Venue<tab>..." from ``LOCATION``; none for a cancelled event (``STATUS:CANCELLED``: it was
  not held) nor for one without a SUMMARY (no heading says which meeting they are of). `rules/calendar_events.py` reads them as the dates and place of the meeting the
  heading names.

The calendar's name (``X-WR-CALNAME``, ``NAME``) is the document's title; everything else (the
calendar's and events' identifiers, stamps, time zones, alarms) goes.

Unfolding: a writer that folds at a fixed width (the standard's 75 octets) cuts anywhere, so a
fold is removed with its space; a writer that folds between words (lines of many lengths)
replaces the space between two words by the fold, so a fold is a space there.

Every character of the result maps back to the character of the file it came from (the rows'
words to their property's line), so evidence keeps the file's line numbers; the order of the
result is the reading order above, not the file's.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

# A property line: its name, its parameters (";VALUE=DATE", ';TZID="America/New_York"'), ":"
_PROPERTY = re.compile(r'^(?P<name>[A-Za-z][A-Za-z0-9-]*)(?P<params>(?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):')
_EVENT_BEGINS = re.compile(r"^BEGIN:VEVENT\r?$", re.MULTILINE | re.IGNORECASE)
# Most of a calendar's lines are property lines (the rest continue one)
_SHARE_OF_PROPERTY_LINES = 0.8
# A fold at a fixed width: every folded line as long as the others, within a multibyte character
_SAME_WIDTH = 3
# One fold only: cut at a fixed width if the line is the standard's 75 octets (or about)
_STANDARD_WIDTH = 73
_DATE = re.compile(r"^(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})(?:T(?P<time>\d{6})Z?)?$")
_DURATION = re.compile(r"^\+?P(?:(?P<w>\d+)W)?(?:(?P<d>\d+)D)?(?:T(?:(?P<h>\d+)H)?(?:(?P<min>\d+)M)?(?:(?P<s>\d+)S)?)?$")
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
)
_TITLE_PROPERTIES = frozenset({"X-WR-CALNAME", "NAME"})


@dataclass
class _Mapped:
    """A piece of the result: its characters and, for each, the offset in the file."""

    text: str = ""
    offsets: list[int] = field(default_factory=list)

    def add(self, text: str, offset: int | list[int]) -> None:
        self.text += text
        self.offsets.extend(offset if isinstance(offset, list) else [offset] * len(text))

    def stripped(self) -> _Mapped:
        start = len(self.text) - len(self.text.lstrip())
        end = len(self.text.rstrip())
        return _Mapped(self.text[start:end], self.offsets[start:end])


@dataclass
class _Property:
    name: str
    params: str
    value: _Mapped  # unfolded, escapes still written
    line_start: int  # where the property's line starts in the file


@dataclass
class _Event:
    properties: dict[str, _Property] = field(default_factory=dict)


def _physical_lines(text: str) -> list[tuple[int, str]]:
    """(start, line without its line break) for every line of ``text``."""
    lines = []
    position = 0
    for line in text.split("\n"):
        lines.append((position, line[:-1] if line.endswith("\r") else line))
        position += len(line) + 1
    return lines


def is_calendar(text: str) -> bool:
    if "BEGIN:V" not in text and "begin:v" not in text[:4000].lower():
        return False  # most texts: done here
    if _EVENT_BEGINS.search(text) is None:
        return False
    lines = [line for _, line in _physical_lines(text) if line.strip() and line[:1] not in (" ", "\t")]
    properties = sum(1 for line in lines if _PROPERTY.match(line))
    return properties >= _SHARE_OF_PROPERTY_LINES * len(lines)


def _folded_at_a_width(lines: list[tuple[int, str]]) -> bool:
    """Whether the writer folded at a fixed width (cutting words) rather than between words."""
    folded = [
        len(line.encode("utf-8"))
        for (_, line), (_, following) in zip(lines, lines[1:])
        if following[:1] in (" ", "\t")
    ]
    if not folded:
        return True
    if len(folded) == 1:
        return folded[0] >= _STANDARD_WIDTH
    # (the last line of a property is shorter: only the folded lines are measured)
    return max(folded) - min(folded) <= _SAME_WIDTH


def _logical_lines(text: str) -> list[tuple[int, _Mapped]]:
    """Each property line unfolded: (the start of its first line, its characters mapped)."""
    lines = _physical_lines(text)
    at_a_width = _folded_at_a_width(lines)
    logical: list[tuple[int, _Mapped]] = []
    for start, line in lines:
        if line[:1] in (" ", "\t") and logical:
            current = logical[-1][1]
            rest = line[1:]
            if not at_a_width and current.text[-1:] not in (" ", "") and rest[:1] not in (" ", ""):
                # a fold between words stands for the space it replaced (mapped to the line break)
                current.add(" ", start - 1)
            current.add(rest, list(range(start + 1, start + len(line))))
            continue
        if not line.strip():
            continue
        logical.append((start, _Mapped(line, list(range(start, start + len(line))))))
    return logical


def _unescaped(value: _Mapped) -> list[_Mapped]:
    """The value's text with its escapes as their characters, cut into paragraphs at each "\\n"."""
    paragraphs: list[_Mapped] = []
    current = _Mapped()
    text = value.text
    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text):
            escaped = text[index + 1]
            if escaped in "nN":
                paragraphs.append(current)
                current = _Mapped()
            else:
                current.add(escaped, value.offsets[index])
            index += 2
            continue
        current.add(char, value.offsets[index])
        index += 1
    paragraphs.append(current)
    return [p.stripped() for p in paragraphs if p.text.strip()]


def _date(value: str) -> tuple[dt.date, str | None] | None:
    m = _DATE.match(value.strip())
    if m is None:
        return None
    try:
        return dt.date(int(m["y"]), int(m["m"]), int(m["d"])), m["time"]
    except ValueError:
        return None


def _last_day(start: tuple[dt.date, str | None], end_property: _Property | None, duration: _Property | None) -> dt.date:
    """The last day of an event: DTEND is exclusive (a date's DTEND is the day after; a time of
    midnight ends the day before), or the start plus DURATION."""
    first, _ = start
    if end_property is not None and (end := _date(end_property.value.text)) is not None:
        last, time = end
    elif duration is not None and (d := _DURATION.match(duration.value.text.strip())) is not None:
        if start[1] is None:
            last, time = first + dt.timedelta(weeks=int(d["w"] or 0), days=int(d["d"] or 0)), None
        else:
            begun = dt.datetime.combine(first, dt.time(int(start[1][:2]), int(start[1][2:4])))
            span = dt.timedelta(
                weeks=int(d["w"] or 0), days=int(d["d"] or 0), hours=int(d["h"] or 0), minutes=int(d["min"] or 0), seconds=int(d["s"] or 0)
            )
            ended = begun + span
            last, time = ended.date(), ended.strftime("%H%M%S")
    else:
        return first
    if time is None or time == "000000":
        last -= dt.timedelta(days=1)
    return max(first, last)


def _day(day: dt.date, month: bool = True, year: bool = True) -> str:
    return f"{day.day}" + (f" {_MONTHS[day.month - 1]}" if month else "") + (f" {day.year}" if year else "")


def _dates_row(event: _Event) -> _Mapped | None:
    """"Dates<tab>7 to 11 April 2031": the days the event's DTSTART and DTEND span."""
    begins = event.properties.get("DTSTART")
    start = _date(begins.value.text) if begins is not None else None
    if begins is None or start is None:
        return None
    ends = event.properties.get("DTEND")
    last = _last_day(start, ends, event.properties.get("DURATION"))
    first = start[0]
    row = _Mapped()
    row.add("Dates\t", begins.line_start)
    value_at = begins.value.offsets[0]
    end_at = ends.value.offsets[0] if ends is not None and ends.value.offsets else value_at
    if last == first:
        row.add(_day(first), value_at)
        return row
    same_year = first.year == last.year
    row.add(_day(first, month=not (same_year and first.month == last.month), year=not same_year), value_at)
    row.add(" to " + _day(last), end_at)
    return row


def _venue_row(event: _Event) -> _Mapped | None:
    located = event.properties.get("LOCATION")
    if located is None:
        return None
    paragraphs = _unescaped(located.value)
    if not paragraphs:
        return None
    row = _Mapped()
    row.add("Venue\t", located.line_start)
    for index, p in enumerate(paragraphs):
        if index:
            row.add(", ", p.offsets[0])
        row.add(p.text, p.offsets)
    return row


def _read(text: str) -> tuple[list[_Mapped], list[_Event]]:
    """The calendar's own paragraphs (its name) and its events."""
    heads: list[_Mapped] = []
    events: list[_Event] = []
    components: list[str] = []  # the components open at this line, innermost last
    for start, line in _logical_lines(text):
        m = _PROPERTY.match(line.text)
        if m is None:
            continue
        name = m["name"].upper()
        value = _Mapped(line.text[m.end() :], line.offsets[m.end() :])
        if name in ("BEGIN", "END"):
            component = value.text.strip().upper()
            if name == "BEGIN":
                components.append(component)
                if component == "VEVENT":
                    events.append(_Event())
            elif component in components:
                del components[components.index(component) :]
            continue
        if components[-1:] == ["VEVENT"] and events:
            # the first of a repeated property (a second DESCRIPTION is another language's)
            events[-1].properties.setdefault(name, _Property(name, m["params"], value, start))
        elif components[-1:] == ["VCALENDAR"] and name in _TITLE_PROPERTIES and not heads:
            heads.extend(_unescaped(value))
    return heads, events


def _event_paragraphs(event: _Event) -> list[_Mapped]:
    paragraphs: list[_Mapped] = []
    if "SUMMARY" in event.properties:
        paragraphs.extend(_unescaped(event.properties["SUMMARY"].value))
    status = event.properties.get("STATUS")
    # (without a heading the rows would stand under the event before: they say nothing)
    if paragraphs and (status is None or status.value.text.strip().upper() != "CANCELLED"):
        paragraphs.extend(row for row in (_dates_row(event), _venue_row(event)) if row is not None)
    if "DESCRIPTION" in event.properties:
        paragraphs.extend(_unescaped(event.properties["DESCRIPTION"].value))
    return paragraphs


def calendar_layout(text: str) -> tuple[str, list[int]] | None:
    """The calendar ``text`` laid out as its events (see the module's text) and the map of each
    character of the result (and its end) to the offset in ``text`` it came from; None for any
    text that is no calendar."""
    if not is_calendar(text):
        return None
    heads, events = _read(text)
    paragraphs = heads + [p for event in events for p in _event_paragraphs(event)]
    if not paragraphs:
        return None
    result = _Mapped()
    for index, p in enumerate(paragraphs):
        if index:
            # (a paragraph break maps to the start of the paragraph it opens)
            result.add("\n\n", p.offsets[0])
        result.add(p.text, p.offsets)
    result.add("\n", len(text))
    result.offsets.append(len(text))
    return result.text, result.offsets

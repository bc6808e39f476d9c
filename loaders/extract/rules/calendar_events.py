"""A meeting's heading over its field rows, as a calendar's event prints (`calendars.py`) and as a
meetings page does: "CEPA-30: Committee of Experts on Public Administration, 30th session" over
"Dates<tab>7 to 11 April 2031" and "Venue<tab>United Nations Headquarters, Conference Room 1, New
York": the gathering the heading names was held on those days, in that town.

Which gathering the heading names is read as any heading is, once the whole text is read (a
calendar's event may name a working group its description creates: "Working group on X - second
meeting"); a heading naming none, or several, dates nothing.
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.ordinals import ORDINAL, ordinal_value
from mandate_graph.loaders.extract.rules import records
from mandate_graph.loaders.extract.segment import Paragraph

_REGION_CODE = re.compile(r"[A-Z]{2,3}")
_POSTAL_CODE = re.compile(r"^(?:[A-Z]{1,2}-)?\d[\d-]*\s+|\s+\d[\d-]*$")
_BUILDING = re.compile(r"\b(?:[Hh]eadquarters|[Pp]remises|[Cc]ampus|[Cc]onference\s+(?:[Cc]entre|[Cc]enter|[Hh]all|[Rr]oom))\b")
_ON_THE_WEB = re.compile(r"\b(?:online|virtual|zoom|webex|teams|webinar|videoconference|web|internet)\b", re.IGNORECASE)
# a heading this long is a sentence, not a meeting's name
_LONGEST_HEADING = 200
# "Working group on X - second meeting", "Expert Panel on Y: 3rd session", "Board of Z, twelfth
# meeting": after the body's name that opens the heading, which of its gatherings
_GATHERING_AFTER_NAME = re.compile(
    rf"\s*[-–—:,]\s*(?:the\s+)?(?P<ord>{ORDINAL})\s+(?P<word>session|meeting)\b(?:\s*\([^()]*\))?\s*$", re.IGNORECASE
)


def fields_under_headings(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, list[tuple[Paragraph, records.RecordField]]]]:
    """Each heading paragraph with the "Dates" and "Venue" rows right under it."""
    found: list[tuple[Paragraph, list[tuple[Paragraph, records.RecordField]]]] = []
    for index, p in enumerate(paragraphs):
        if p.kind != "heading" or not p.sentences or len(p.text) > _LONGEST_HEADING:
            continue
        rows: list[tuple[Paragraph, records.RecordField]] = []
        for below in paragraphs[index + 1 :]:
            field = records.record_field(below.text) if below.kind == "table" and below.sentences else None
            if field is None or field.name not in ("dates", "venue"):
                break
            rows.append((below, field))
        if rows:
            found.append((p, rows))
    return found


def venue_town(value: str) -> str | None:
    """The town a venue field names: the place that ends it, a country perhaps after ("United
    Nations Headquarters, Conference Room 1, New York": New York; "Incheon, Republic of Korea":
    Incheon; "United Nations Headquarters, New York, NY, United States": New York); none for a
    venue that is no place ("Virtual (online)")."""
    # (a state's or province's code between the town and the country, "New York, NY, United States")
    # and a postal code before or after the town ("1211 Geneva 10"); no meeting room on the web
    parts = [
        _POSTAL_CODE.sub("", part.strip()) for part in value.split(",")
        if not _REGION_CODE.fullmatch(part.strip()) and not _ON_THE_WEB.search(part)
    ]
    # "Rome, FAO headquarters", "Nairobi, UNEP headquarters, Kenya": the building after the town
    # (a form's venue field) is no place of its own, nor the country's
    parts = [part for part in parts if not _BUILDING.search(part)] or parts
    for start in range(len(parts)):
        town = records.venue(", ".join(parts[start:]))
        if town is not None:
            return town
    return None


def gathering_after_name(heading: str, name_end: int) -> tuple[int, str] | None:
    """(ordinal, "session" or "meeting") of a heading that is a body's name, then which of its
    gatherings ("Working group on X - second meeting"); None for any other heading."""
    m = _GATHERING_AFTER_NAME.match(heading, name_end)
    if m is None:
        return None
    n = ordinal_value(m["ord"])
    return (n, m["word"].lower()) if n else None

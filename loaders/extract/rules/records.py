"""The catalogue record a digital library prints above an instrument's text, a field a row:
"Session<tab>43rd session of the General Conference, Samarkand, 30 October–13 November 2025",
"Adopted<tab>On the report of the ... Commission, at the 14th plenary meeting, on 12 November
2025", "Date of adoption<tab>12 November 2025"; "Venue<tab>Cartagena de Indias, Colombia" and
"Dates<tab>27–31 October 2031" beside the session field say where and when that session met.

The record describes the instrument the page holds: the session field names the session that
adopted it (where and when that session met, after the name), the adoption field the day.
Which field is which the field's name says, in the words libraries use; the value is read as
any sentence is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.loaders.extract.rules import places

# The field's name, its colon perhaps ("Meeting:<tab>380th Session …", as a decision's page prints
# its record, E214), then a tab (a run of spaces once cleaned), then its value.
_FIELD = re.compile(
    r"^(?P<field>Session|Meeting|Adopted|Adoption|Date of adoption|Adoption date|Date adopted|Date of decision|Decision date"
    r"|Place and dates?|Venue and dates?|Venue|Place|Location|Dates|Date|Document):?\s+(?P<value>\S.*)$",
)
# "Venue<tab>Cartagena de Indias, Colombia": the place, a country perhaps after it
_VENUE = re.compile(rf"^(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY})?\.?$")
# After the session's name: ", Samarkand, 30 October–13 November 2025" or ", held in Geneva from ...".
# ("Fifth session of the United Nations Habitat Assembly of the United Nations Human Settlements
# Programme, Nairobi, 2–6 June 2035": the body's name runs on to the organization it is the organ
# of, past what names the body, E211)
# (the session's short label in brackets after its name: "17th Meeting of the Conference of the
# Parties to CMS (COP17), Windhoek, 8 - 14 February 2032", E224)
_PLACE_THEN_DATES = re.compile(
    rf"^(?:\s+of\s+the\s+[A-Z][\w-]*(?:\s+(?:[A-Z][\w-]*|of|on|for|and|the)){{0,10}})?"
    r"(?:\s*\([A-Z][A-Za-z.]*[ -]?\d{1,3}\))?"
    rf"\s*,\s*(?:held\s+)?(?:in\s+)?(?P<place>{places.PLACE})(?:,\s+{places.COUNTRY})?\s*,?\s*(?:from|on)?\s*(?P<dates>\d.*)?$"
)


@dataclass(frozen=True)
class RecordField:
    # "session", "adoption", "venue" (where the session met), "dates" (when), "venue_dates" (both), "date" (a day or
    # the session's days: the value says which) or "document" (the one the instrument was taken on)
    name: str
    value_start: int  # where the value starts in the row's text
    value: str


def record_field(row: str) -> RecordField | None:
    """The field a record's row gives, if it is one this module reads."""
    m = _FIELD.match(row.strip())
    if m is None:
        return None
    field_name = m["field"]
    name = (
        "session" if field_name in ("Session", "Meeting")
        # "Place and dates<tab>Paris, 1-10 April 2035": where and when the session met (L17)
        else "venue_dates" if " and " in field_name
        else "venue" if field_name in ("Venue", "Place", "Location")
        else "dates" if field_name == "Dates"
        else "date" if field_name == "Date"
        else "document" if field_name == "Document"
        else "adoption"
    )
    offset = len(row) - len(row.lstrip())
    return RecordField(name, offset + m.start("value"), m["value"])


# "Symbol<tab>WPR/RC81.R4": the record's instrument, by its number
_SYMBOL_FIELD = re.compile(r"^(?:Symbol|Document\s+symbol|Resolution|Decision)\s+(?P<value>\S+)$")


def symbol_field(row: str) -> str | None:
    """The number a record's "Symbol" row gives (one word), if the row is one."""
    m = _SYMBOL_FIELD.match(row.strip())
    return m["value"].rstrip(".") if m is not None else None


def place_and_dates(after_session: str) -> tuple[str | None, str | None]:
    """(place, the text of the dates) written after a session's name in a record's field."""
    m = _PLACE_THEN_DATES.match(after_session)
    if m is None or not places.is_place(m["place"]):
        return None, None
    return m["place"], m["dates"]


def venue(value: str) -> str | None:
    """The place a venue field names ("Cartagena de Indias, Colombia": Cartagena de Indias)."""
    m = _VENUE.match(value.strip())
    return m["place"] if m is not None and places.is_place(m["place"]) else None


# "RC79", "EA.6": a session written as its symbol writes it, the letters before the number
_SESSION_CODE = re.compile(r"^(?P<letters>[A-Z][A-Za-z]*\.?)(?P<number>[1-9]\d{0,2})$")
# the letters a template writes right before the session: "AFR/RC{session}/R{number}" -> "RC"
_LETTERS_BEFORE_SESSION = re.compile(r"(?:^|[/\s])(?P<letters>[A-Z][A-Za-z]*\.?)\{session\}")


def session_of_code(value: str, templates: tuple[str, ...]) -> int | None:
    """The session a record's session field names as a code of the issuer's symbols ("RC79"
    where resolutions are "AFR/RC{session}/R{number}"): its number, when the letters are those
    the issuer's template writes before the session (E112)."""
    m = _SESSION_CODE.match(value.strip())
    if m is None:
        return None
    for template in templates:
        before = _LETTERS_BEFORE_SESSION.search(template)
        if before is not None and before["letters"] == m["letters"]:
            return int(m["number"])
    return None

"""A body's meeting or session whose number is told aside from its place and day (E130).

A press summary or a chair's statement names the meeting by what it is to the body first and gives
its number as an aside: "The Committee will next meet on 24 March 2032 (433rd meeting), in New
York", "the Committee's previous meeting, its 431st, had been held in New York on 26 November
2031", "the Board's last session, its seventy-second, was held in Geneva from 3 to 5 May 2031".
The ordinal is no "433rd meeting of the Committee": it stands in brackets after the day, or alone
after "its", so the gathering readers, which want the ordinal and the body joined, do not see it.

Pure functions of a sentence's text: where the body's name must end, what the aside numbers, and
where the day and the town are written. Which body the name means is the reader's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.loaders.extract.ordinals import ORDINAL
from mandate_graph.loaders.extract.rules.places import PLACE

_DAY = r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{4})?"
_DAYS = rf"(?:(?:on\s+)?(?:[A-Z][a-z]+day,?\s+)?{_DAY}|from\s+\d{{1,2}}(?:\s+[A-Z][a-z]+)?\s+to\s+{_DAY})"

# "will next meet on 24 March 2032 (433rd meeting), in New York", "will meet again in Geneva on 3
# May 2033 (its 434th meeting)": the verb right after the body's name, the days, the number in
# brackets, the town before or after it (no IGNORECASE: a town is told by its capital)
_WILL_MEET = re.compile(
    rf"\s+(?:will|shall|is\s+to|is\s+scheduled\s+to|is\s+expected\s+to)\s+(?:next\s+|again\s+)?"
    rf"(?:meet|convene|reconvene)(?:\s+next|\s+again)?"
    rf"(?:\s+in\s+(?P<town_before>{PLACE}))?\s+(?P<days>{_DAYS})"
    rf"\s*\((?:its\s+|the\s+)?(?P<ordinal>(?i:{ORDINAL}))\s+(?P<word>[Mm]eeting|[Ss]ession)\)"
    rf"(?:\s*,?\s+in\s+(?P<town_after>{PLACE}))?(?=[\s.,;]|$)",
)
# "'s previous meeting, its 431st, had been held in New York on 26 November 2031": the possessive
# right after the body's name, the meeting told by its place in the series, its number after "its"
_ITS_NUMBER_HELD = re.compile(
    rf"(?:'s|’s)\s+(?:previous|last|preceding|most\s+recent|next|first)\s+(?P<word>meeting|session)\s*,\s+its\s+"
    rf"(?P<ordinal>(?i:{ORDINAL}))\s*,\s+(?:had\s+been|has\s+been|was|will\s+be|is\s+to\s+be)\s+held"
    rf"(?:\s+in\s+(?P<town_before>{PLACE}))?\s+(?P<days>{_DAYS})(?:\s+in\s+(?P<town_after>{PLACE}))?(?=[\s.,;]|$)",
)


@dataclass(frozen=True)
class NumberedAside:
    """A gathering of the body whose name ends where the match starts: its number, its kind
    ("meeting" or "session"), where its days are written and the town, if any."""

    ordinal: str
    word: str
    days_start: int
    days_end: int
    town: str | None


def numbered_aside(text: str, body_end: int) -> NumberedAside | None:
    """The gathering told right after a body's name ending at ``body_end``, its number aside."""
    m = _WILL_MEET.match(text, body_end) or _ITS_NUMBER_HELD.match(text, body_end)
    if m is None:
        return None
    town = m["town_before"] or m["town_after"]
    return NumberedAside(m["ordinal"], m["word"].lower(), m.start("days"), m.end("days"), town)

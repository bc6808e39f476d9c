"""Two future sessions a body decides to hold, the town told with the first alone: "decided to hold
its seventy-fifth session in Vienna from 18 to 21 June 2035 and its seventy-sixth session from 19
to 22 November 2035", "will hold its ninth meeting in Bonn on 3 May 2036 and its tenth meeting from
6 to 8 October 2036". The town said once is both sessions' (E272). A past narrative ("held its first
meeting ... in Geneva on 2 and 3 June 2031, and its second meeting from ...", the unseen set's gold
u77, u242) keeps the town to the first, and so does a second session with a venue of its own ("in
New York", "online")."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.dates import _MONTH
from mandate_graph.loaders.extract.rules import places

# the days, or a month of a year alone ("in November 2038": a session told ahead by its month, G5)
_WHEN = r"(?:(?:from|on)\s+|in\s+(?=" + _MONTH + r"\s+\d{4}\b))"

# the decision or the future tense before the first session (its mention may hold "its"): "decided to hold its", "will hold the"
_TO_HOLD = re.compile(
    r"\b(?:(?:decided|agreed|resolved|decides|agrees)\s+(?:also\s+)?to\s+hold|will\s+(?:also\s+)?hold|is\s+to\s+hold)\s+(?:(?:its|the|their)\s+)?$"
)
# between the two sessions: the town, the days, " and its" (no comma: ", and" opens a clause of its own)
_TOWN_DAYS_AND = re.compile(
    r"\s+in\s+(?P<town>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+" + _WHEN + r"[^,;()]{3,60}?\d{4}\s+and\s+(?:(?:its|the|their)\s+)?$"
)
# after the second session: its days and nothing of a place before them
_DAYS_NEXT = re.compile(r"\s+(?:(?:from|on)\s+\d|in\s+" + _MONTH + r"\s+\d{4}\b)")


def town_said_once(text: str, first_start: int, first_end: int, second_start: int, second_end: int) -> str | None:
    """The town of the first session that the second, told right after it, shares; else None."""
    if _TO_HOLD.search(text, max(0, first_start - 60), first_start) is None:
        return None
    between = _TOWN_DAYS_AND.fullmatch(text, first_end, second_start)
    if between is None or _DAYS_NEXT.match(text, second_end) is None or not places.is_place(between["town"]):
        return None
    return between["town"]

"""A page's list of its body's sessions, one a line under a heading that says they are sessions:

    Previous sessions
    379th Session (November 2035)
    378th Session (June 2035)

A governing body's web page (a session's page, a decision's) lists the body's other sessions so,
each line wholly an ordinal and the word "Session", perhaps the month, the days or the place in
brackets. No body is named on the line: the heading over a page of the body's own sessions makes
them the page's body's (its author's). A line of another shape ("379th Session of the Conference",
a sentence) ends the list; a line so shaped under no such heading is read as nothing here (E214)."""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.ordinals import ORDINAL, ordinal_value

# "Previous sessions", "Other sessions of the Governing Body", "Past sessions:", "Sessions"
_HEADING = re.compile(
    r"^(?:(?:Previous|Past|Earlier|Other|Recent|Forthcoming|Upcoming|Future|Next|All)\s+)?[Ss]essions"
    r"(?:\s+of\s+the\s+[A-Z][^\n]{2,80})?\s*:?$"
)
# "379th Session (November 2035)", "Eighty-first session (Geneva, 3-7 June 2035)", "- 378th Session"
_ITEM = re.compile(rf"^(?:[-*•–]\s+)?(?P<ord>{ORDINAL})\s+[Ss]ession(?:\s*\([^()\n]{{3,60}}\))?\.?$", re.IGNORECASE)


def listed_sessions(lines: list[str]) -> list[tuple[int, int]]:
    """(index of the line, ordinal) of each session a list under a sessions heading names."""
    found: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        if _HEADING.match(lines[index].strip()) is None:
            index += 1
            continue
        index += 1
        while index < len(lines) and (item := _ITEM.match(lines[index].strip())) is not None:
            n = ordinal_value(item["ord"])
            if n:
                found.append((index, n))
            index += 1
    return found

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


# "More from this session", "Other parts of this session", "Also at this session": a page's list of
# the parts and organs' meetings of the session its document comes from (E218)
_THIS_SESSION_HEADING = re.compile(
    r"^(?:More|Other\s+(?:parts|meetings|documents)|Also)\s+(?:from|of|at|in)\s+(?:this|the\s+same)\s+session\s*:?$", re.IGNORECASE
)
# "41st Session (Part I) – Council, 17–28 March 2036": the session's ordinal, its part, the organ
# and the days; "Assembly, 3–7 August 2036": an organ's meeting in the same session, no ordinal
_PART_ITEM = re.compile(
    rf"^(?:[-*•]\s+)?(?:(?P<ord>{ORDINAL})\s+[Ss]ession(?:\s*\((?:[Pp]art|PART)\s+\w+\))?\s*[–—-]\s*)?"
    r"(?P<organ>[A-Z][A-Za-z]+(?:\s+(?:[A-Z][A-Za-z]+|of|and|the|for)){0,6}),\s+(?P<dates>\d[^\n]{4,40}\d{4})\.?$"
)


def this_sessions_parts(lines: list[str]) -> list[tuple[int, int | None, str, str]]:
    """(index of the line, ordinal or None, the organ's name, the days' text) of each line a list
    under "More from this session" names: a part of the session ("41st Session (Part I) –
    Council, 17–28 March 2036") or another organ's meeting in it ("Assembly, 3–7 August 2036",
    the ordinal the page's own session's)."""
    found: list[tuple[int, int | None, str, str]] = []
    index = 0
    while index < len(lines):
        if _THIS_SESSION_HEADING.match(lines[index].strip()) is None:
            index += 1
            continue
        index += 1
        while index < len(lines) and (item := _PART_ITEM.match(lines[index].strip())) is not None:
            found.append((index, ordinal_value(item["ord"]) if item["ord"] else None, item["organ"], item["dates"]))
            index += 1
    return found

"""The day a group of decision points was adopted, told on a line of its own after the group and
naming no number (E299): a delegate's note or a secretariat's digest lists the points a board
adopted at a numbered meeting under the day's heading, then closes the group with

- "→ adopted 24 June 2039" (an arrow before the word; the rest of the line may comment: "as read,
  no comments from us"), or
- "Adopted on 25 June 2039" alone on its line (capital or capitals: a wrapped sentence that goes on
  with "adopted on …" at a line's start is in lower case and has more after the date).

Every point since the previous such line (or since the first point) was adopted that day; a point
after the line waits for the next. The bracketed line that names its numbers ("(Decision points
4.1 to 5.1 adopted on 24 June 2032)") is `relate.Reader.bracketed_adoption_line`'s. Pure function
of a paragraph's text with its line breaks; the reader keeps the points that wait."""

from __future__ import annotations

import datetime as dt
import re

from mandate_graph.loaders.extract.dates import find_dates

# "→ adopted 24 June 2039 …", "-> Adopted on 3 May 2031", "Adopted on 25 June 2039." at a line's start
# (the arrow anywhere after a space: a cleaning that joins a paragraph's lines keeps it; a line
# without one at its line's start only)
_ADOPTED_LINE = re.compile(
    r"(?m)(?:(?:^|(?<=\s))(?P<arrow>→|⇒|➔|->|=>)[ \t]*(?:[Aa]dopted|ADOPTED)|^[ \t]*(?:Adopted|ADOPTED))"
    r"(?:[ \t]+(?:on|ON))?[ \t]+(?P<date>[^\n]{4,80})"
)


def adoption_day_line(text: str) -> dt.date | None:
    """The day the first line of ``text`` that closes a group of points says they were adopted."""
    if "dopted" not in text and "DOPTED" not in text:
        return None
    for m in _ADOPTED_LINE.finditer(text):
        dates = find_dates(m["date"])
        if not dates or dates[0].start != 0:
            continue
        if m["arrow"] is None and m["date"][dates[0].end :].strip(" .;") != "":
            continue  # "Adopted on 3 May 2031 by the Panel …": a sentence, not the group's closing line
        return dates[0].value.start
    return None

"""A body born in the text, then its first meeting told as a field (E103): "The informal group /
first meeting: Montreal, 15 September 2032" (a slide's bullet under the group), "The contact group
- first session: Nairobi, 3-4 May 2031". The town before the dates, both after the colon."""

from __future__ import annotations

import re

# right after the body's name: "first meeting: ", "- its first session: "
_FIRST_GATHERING_FIELD = re.compile(
    r"\s*(?:[-–—:,]\s*)?(?:its\s+)?first\s+(?P<word>meeting|session)\s*:\s*"
    r"(?:(?P<place>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3})\s*,\s*)?(?=\S)"
)


def first_gathering_field(text: str, body_end: int) -> tuple[str, str | None, int] | None:
    """(the gathering's word, the town if written, where the dates may begin) of a field "first
    meeting: Town, dates" right after a body's name ending at ``body_end``; else None."""
    m = _FIRST_GATHERING_FIELD.match(text, body_end)
    if m is None:
        return None
    return m["word"], m["place"], m.end()

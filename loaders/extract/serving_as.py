"""A convention's conference acting for a protocol, named with the convention in between: "the
Conference of the Parties to the Convention on Biological Diversity serving as the meeting of the
Parties to the Nagoya Protocol". The body meant is the protocol's meeting of the Parties, which
reference data name without the convention ("Conference of the Parties serving as the meeting of
the Parties to the Nagoya Protocol"), not the convention's Conference whose full name the words
begin with: a body acting in another role is that role."""

from __future__ import annotations

import re
from typing import Callable

# "Conference of the Parties" + "to the Convention on ..." (the words cut out) + " serving as the
# meeting of the Parties to"; "meeting" or "session", singular or plural, any case
_SERVING_AS = re.compile(
    r"\b(?P<head>conference\s+of\s+the\s+parties)(?P<cut>\s+to\s+(?:the\s+)?[^.;:()\n]{3,160}?)"
    r"(?=\s+serving\s+as\s+the\s+(?:meeting|session)s?\s+of\s+the\s+parties\s+to\s)",
    re.IGNORECASE,
)


def serving_as_mentions(
    text: str, lowered: str, name_at: Callable[[str, int], tuple[int, str] | None]
) -> list[tuple[int, int, str]]:
    """(start, end, body key) of every "Conference of the Parties to <convention> serving as the
    meeting of the Parties to <protocol>" in ``text`` whose shortened form, without "to
    <convention>", is a body's name: ``name_at(shortened, start)`` gives the end of the name
    matched at ``start`` of the shortened text and the body's key, or None. ``lowered`` is the
    text in lower case, searched first (most texts have no "serving as")."""
    if "serving as" not in lowered:
        return []
    found = []
    for m in _SERVING_AS.finditer(text):
        cut_start, cut_end = m.span("cut")
        shortened = text[:cut_start] + text[cut_end:]
        named = name_at(shortened, m.start())
        if named is None:
            continue
        end, key = named
        if end <= cut_start:
            continue  # the name ends before the role: only "Conference of the Parties"
        found.append((m.start(), end + (cut_end - cut_start), key))
    return found

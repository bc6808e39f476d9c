"""What a decision's closing note says of its adoption, below its text and annex, and of the
other texts adopted with it:

- "The present decision was adopted at the 9th plenary session of the Conference ... on 31
  October 2032": the day the text the document holds was adopted (the note may stand under a
  heading of its own, "ADOPTION", after the annex: it speaks of "the present" text, the one held);
- "Other decisions adopted at CP-11 on the same day:" over a list of entries, each a number and a
  title ("CP-11/3   Compliance"): texts of the same body adopted on that day (the day told last,
  the present text's) at the meeting or session their number carries (`listed_below`); "on
  <date>" names the day itself;
- "Adopted on 10 December 2037" at the foot of a page that holds one text (alone, or the first item
  of the footer's bar, "… | Last updated: 14 January 2038"): the day that text was adopted (E252).
"""

from __future__ import annotations

import re

from mandate_graph.graph.model import InstrumentKind
from mandate_graph.loaders.extract.dates import DATE

_PRESENT_ADOPTED = re.compile(
    r"^(?:The|This)\s+(?:present\s+)?(?P<kind>decision|resolution)\s+was\s+adopted\b[^.;]{0,300}?\bon\s+(?P<date>"
    + DATE.pattern
    + r")",
)

# "Other decisions adopted at CP-11 on the same day:", "Resolutions also adopted on 3 May 2031:"
_LISTED_AS_ADOPTED = re.compile(
    r"^(?:The\s+)?(?:(?:[Oo]ther|[Ff]urther)\s+)?(?P<kind>[Dd]ecisions|[Rr]esolutions)\s+(?:were\s+)?(?:also\s+)?adopted"
    r"(?:\s+(?:at|during|by)\s+[^:;,.]{1,60}?)?\s+on\s+(?:(?P<same>the\s+same\s+(?:day|date))|(?P<date>" + DATE.pattern + r"))\s*:$"
)


# "Adopted on 10 December 2037", "Adopted: 3 May 2031", "Date of adoption: 3 May 2031": a page's
# foot line, nothing but the day after it (or the next item of a bar of the page's own dates)
_FOOT_ADOPTED = re.compile(
    r"^(?:Adopted(?:\s+on)?\s*:?|(?:Date\s+of\s+adoption|Date\s+adopted|Adoption\s+date)\s*:)\s*(?P<date>"
    + DATE.pattern
    + r")\.?\s*(?:$|[|·•]\s)",
)


def foot_adoption_day(text: str) -> str | None:
    """The date's text of a foot line "Adopted on <date>" (`_FOOT_ADOPTED`)."""
    m = _FOOT_ADOPTED.match(text.strip()) if text[:1] in "AD" else None
    return m["date"] if m is not None else None


def present_adoption_day(text: str) -> tuple[InstrumentKind, str] | None:
    """(kind, the date's text) of "The present decision was adopted ... on <date>"."""
    if "adopted" not in text or "present" not in text and "This" not in text:
        return None
    m = _PRESENT_ADOPTED.match(text.strip())
    if m is None:
        return None
    return ("decision" if m["kind"] == "decision" else "resolution"), m["date"]

# (E298) "At its 7th meeting, on 12 March 2038, the Commission adopted, by roll-call votes:" over
# entries "- decision 81/1, "Title";": a numbered meeting within a session (no key) and its day,
# the entries' kind told by the entries themselves (each names it)
_ADOPTED_AT_A_MEETING_COLON = re.compile(
    r"^At\s+its\s+\w+(?:\s+plenary)?\s+meeting,\s+(?:held\s+)?on\s+(?P<date>" + DATE.pattern + r"),\s+the\s+[A-Z][^,:;]{0,80}?\s+adopted"
    r"(?:,\s+(?:by\s+(?:a\s+)?(?:recorded\s+|roll-call\s+)?votes?|without\s+a\s+vote|by\s+consensus)\s*,?)?\s*:$"
)


def adopted_at_a_meeting(text: str) -> str | None:
    """The date's text of a list's lead-in "At its 7th meeting, on <date>, the Commission
    adopted[, by roll-call votes]:" (`_ADOPTED_AT_A_MEETING_COLON`)."""
    if not text.rstrip().endswith(":") or "adopted" not in text:
        return None
    m = _ADOPTED_AT_A_MEETING_COLON.match(text.strip())
    return m["date"] if m is not None else None


def listed_as_adopted(text: str) -> tuple[InstrumentKind, str | None] | None:
    """(kind, the date's text or None for "the same day") of a list's lead-in that says its
    entries were adopted on a day."""
    if not text.rstrip().endswith(":") or "adopted" not in text:
        return None
    m = _LISTED_AS_ADOPTED.match(text.strip())
    if m is None:
        return None
    return ("decision" if m["kind"].lower() == "decisions" else "resolution"), m["date"]

"""A message or a note that lists what a meeting adopted, one entry a line, each a number and a
title, under a sentence that says so without a colon or a session: "The Board adopted the
decisions below.", "The Council took the following decisions.", "The decisions listed below were
adopted.", "the meeting adopted the decisions listed in the table below" (a table's rows, E105). The entries ("B.41/1  Election of officers", "C.9/2 Budget for 2032 (WLC/9/4)") were
adopted at the meeting their number carries, and the rest of each line is the title (E95)."""

from __future__ import annotations

import re

from mandate_graph.graph.model import InstrumentKind

_KINDS = r"(?P<what>decisions|resolutions)"
_ADOPTED_BELOW = re.compile(
    r"\b(?:adopted|took)\s+the\s+(?:following\s+)?" + _KINDS + r"(?:\s+(?:listed|set\s+out|shown)(?:\s+in\s+the\s+(?:table|list))?)?\s+(?:below|hereunder)\b"
    r"|\b(?:adopted|took)\s+the\s+following\s+" + _KINDS.replace("what", "what2") + r"\s*\.\s*$"
    r"|^(?:The\s+)?" + _KINDS.replace("what", "what3") + r"\s+(?:listed\s+|set\s+out\s+|shown\s+)?below\s+(?:were|have\s+been)\s+adopted\b",
    re.IGNORECASE,
)
# A trailing bracket that holds a document's symbol: "(AFB/PPRC.33/12)", no part of the title.
_SYMBOL_BRACKET = re.compile(r"\s*\((?=[^()]*/)[^()\s]+(?:\s*[,;]\s*[^()\s]+)*\)\s*$")
_BULLET = re.compile(r"^[•*·▪–—-]\s+")


def adopted_below(sentence: str) -> InstrumentKind | None:
    """The kind of texts a sentence says were adopted and are listed below it."""
    if "below" not in sentence and "following" not in sentence and "hereunder" not in sentence:
        return None
    m = _ADOPTED_BELOW.search(sentence.strip())
    if m is None:
        return None
    what = m["what"] or m["what2"] or m["what3"]
    return "decision" if what.lower().startswith("decision") else "resolution"


def entry_start(text: str) -> int:
    """Where an entry's number begins: after a bullet, if any."""
    bullet = _BULLET.match(text)
    return bullet.end() if bullet else 0


def entry_title(rest: str) -> str | None:
    """The title the rest of an entry's line gives after the number ("  Election of officers",
    "- Budget (WLC/9/4)"): None when it reads as a sentence rather than a title."""
    title = _SYMBOL_BRACKET.sub("", rest).strip(" \t:–—-")
    if not title or not title[0].isupper() or len(title) > 200 or title[-1] in ".;,":
        return None
    return title

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


# (E277) "At its 1046th meeting, on 31 March 2037, the Committee adopted the following
# decisions:" closing its paragraph, over entries that each tell one of them: "(a) In decision
# 53/1, on ..., the Committee decided ...", "(b) By its decision 53/2, ...", "- Under resolution
# 12/3, ...". Each entry's instrument is one the sentence says were adopted.
_FOLLOWING_COLON = re.compile(r"\badopted\s+the\s+following\s+(?:two\s+|three\s+|four\s+|five\s+|\d+\s+)?" + _KINDS + r"\s*:\s*$", re.IGNORECASE)
_ENTRY_MARK = re.compile(r"^(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|[a-z]\.|[•*·▪–—-])$")
_NARRATED_ENTRY = re.compile(
    r"^(?P<mark>(?:\(?[a-z]{1,2}\)|\(?[ivx]{1,4}\)|[•*·▪–—-])\s+)?(?:In|By|Under|Through|With)\s+(?:its\s+|that\s+)?(?P<what>decision|resolution)\s+(?=[A-Z]*[\d.])"
)


def adopted_following(paragraph: str) -> tuple[InstrumentKind, int] | None:
    """The kind of texts a paragraph ending "... adopted the following decisions:" lists below
    it, and where the words "the following decisions" end."""
    m = _FOLLOWING_COLON.search(paragraph.rstrip())
    if m is None:
        return None
    return ("decision" if m["what"].lower().startswith("decision") else "resolution"), m.end("what")


def narrated_entry(paragraph: str, label: str | None) -> tuple[InstrumentKind, int] | None:
    """The kind of an entry "(a) In decision 53/1, ..." and where its kind word starts: a
    paragraph lettered or bulleted (its mark in ``label`` or in the text, or a bullet cleaning
    took off), not a numbered one (a report's next paragraph)."""
    m = _NARRATED_ENTRY.match(paragraph)
    if m is None or (m["mark"] is None and label is not None and not _ENTRY_MARK.match(label.strip())):
        return None
    return ("decision" if m["what"] == "decision" else "resolution"), m.start("what")

"""An instrument told as adopted at the issuer's previous gathering: "the Board's decision at its
previous meeting on the strategy (decision B.40/23)", "its decision on the Fund adopted at its
previous session (Decision 20.COM 13)", "decision 14/2, adopted at its last session". "Previous"
counts back from the gathering the document is at; the instrument's own number says which one
that was (its session or meeting), so the rule only reads the number when the words say the
instrument was the previous gathering's (E102).

Pure text functions: where "at its previous session" stands and which instrument mention it
speaks of."""

from __future__ import annotations

import re
from dataclasses import dataclass

_PREVIOUS = re.compile(
    r"\b(?:(?:adopted|taken|approved|made)\s+)?at\s+its\s+(?:previous|last|preceding|prior|most\s+recent)\s+(?P<term>session|meeting)\b"
)
# after the phrase: its subject or description ("on the strategy", "on the Fund"), then the
# number in brackets; no other clause between
_THEN_BRACKET = re.compile(r"(?:\s+(?:on|concerning|regarding|relating\s+to)\s+[^()\[\];.]{1,120}?)?\s*[(\[]\s*(?:[Dd]ecision|[Rr]esolution)?\s*$")
# before the phrase: the instrument, then at most its description (", adopted", " on the budget")
_BEFORE = re.compile(r"^(?:\s*,)?(?:\s+(?:on|concerning)\s+[^()\[\];.,]{1,100}?)?(?:\s*,)?\s*$")


@dataclass(frozen=True)
class Previous:
    start: int
    end: int
    term: str  # "session" or "meeting"


def find(text: str) -> list[Previous]:
    if "at its " not in text:
        return []
    return [Previous(m.start(), m.end(), m["term"]) for m in _PREVIOUS.finditer(text)]


def speaks_of(text: str, previous: Previous, keyword_start: int, mention_end: int) -> bool:
    """Whether the instrument mention (its kind word or number at ``keyword_start``, ending at
    ``mention_end``) is the one told as adopted at that previous gathering: in brackets right
    after the phrase, or named right before it."""
    if keyword_start >= previous.end:
        return keyword_start - previous.end <= 160 and _THEN_BRACKET.match(text[previous.end : keyword_start]) is not None
    return mention_end <= previous.start and _BEFORE.match(text[mention_end : previous.start]) is not None

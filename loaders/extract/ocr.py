"""Misreadings of optical character recognition that the context proves, undone before
anything reads the text:

- a lower-case "l" among digits is the digit one: "l7 December", "l6th meeting", "Conf. 2l.4",
  "l5-19 June" (a number-like token: digits, "l", dots, an ordinal suffix, with at least one
  real digit and no other letter). A capital "I" is left alone: "II.1" may be a Roman numeral;
- "rn" read for "m" in a word that does not exist, when the word with "m" is one the document
  (or the reference data's names) uses more often: "Cornmittee" beside "Committee",
  "recornmendations" beside "recommendations". "modern", "turn" or "government" stay: with "m"
  they are no word the document uses.

Each fix is a list of (start, end, replacement) changes; `characters.apply_changes` makes the
text and its map back to the original.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Iterable

# A token of digits in which OCR may have put "l" for "1": no letter before it, at most an
# ordinal suffix after it; dots and commas inside it ("2l.4", "l,500").
_NUMBER_TOKEN = re.compile(r"(?<![A-Za-z\d])[\dl](?:[\dl]|[.,](?=[\dl]))*(?=(?:st|nd|rd|th)?(?![A-Za-z\d]))")
_ONE_LOOKALIKE = re.compile(r"l")


def digit_fixes(text: str) -> list[tuple[int, int, str]]:
    """"l" inside a number-like token with at least one digit becomes "1"."""
    changes = []
    for token in _NUMBER_TOKEN.finditer(text):
        value = token.group(0)
        if not any(c.isdigit() for c in value) or not _ONE_LOOKALIKE.search(value):
            continue
        for m in _ONE_LOOKALIKE.finditer(value):
            changes.append((token.start() + m.start(), token.start() + m.end(), "1"))
    return changes


_WORD = re.compile(r"[A-Za-z]+")


def rn_fixes(text: str, vocabulary: Iterable[str] = ()) -> list[tuple[int, int, str]]:
    """"rn" for "m" where the word with "m" is a word the document uses more often than the
    word as printed, or a word of the names it knows and the printed one is none."""
    if "rn" not in text:
        return []
    counts = Counter(w.lower() for w in _WORD.findall(text))
    known = {w.lower() for v in vocabulary for w in _WORD.findall(v)}
    changes = []
    for m in _WORD.finditer(text):
        word = m.group(0)
        if "rn" not in word or len(word) < 5:
            continue
        lowered = word.lower()
        meant = lowered.replace("rn", "m")
        if lowered in known or not (meant in known or counts[meant] > counts[lowered]):
            continue  # a word as printed ("modern"), or no evidence for the other one
        position = 0
        while (at := lowered.find("rn", position)) >= 0:
            changes.append((m.start() + at, m.start() + at + 2, "m"))
            position = at + 2
    return changes

"""Gatherings named again by their number and word: "The 126th session was held from …, the 127th
session from … and the 128th session from …. All three sessions were held at the United Nations
Office at Geneva." / "Both sessions were convened in accordance with resolution 87/176". The words
mean the gatherings of that word the text named last (the last sentence that named any), when it
named exactly that many: then what the sentence says of them (a place, a mandate, a day) is said of
each. A count that does not match, a word in the singular ("the session") or no count ("the
sessions") names none; nor does a count followed by "of" ("the two sessions of the Working Group":
the words name their body themselves).
"""

from __future__ import annotations

import re

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
# "All three sessions", "all the three meetings", "Both sessions", "both of the meetings", "The two
# sessions", "These three sessions", "Each of the three sessions": a count, then the word in the plural
_COUNTED = re.compile(
    r"\b(?:(?:[Aa]ll|[Ee]ach\s+of)\s+(?:the\s+|these\s+|those\s+)?(?P<n>two|three|four|five|six)"
    r"|(?:[Tt]he|[Tt]hese|[Tt]hose)\s+(?P<m>two|three|four|five|six)"
    r"|(?P<both>[Bb]oth)(?:\s+of)?(?:\s+the|\s+these|\s+those)?)\s+"
    r"(?P<word>sessions|meetings)\b(?!\s+of\b)"
)
# "…; both were held in Geneva", "…, both of which were held in Geneva": "both" alone, the subject
# of a verb, names the gatherings just named whatever their word (E237); not "both the Bureau and …"
_BOTH_ALONE = re.compile(
    r"(?:^|[;,.]\s+|\b(?:and|which|that)\s+)(?P<both>[Bb]oth(?:\s+of\s+(?:which|them))?)"
    r"(?=\s+(?:were|was|are|will\s+be|had\s+been|have\s+been|took\s+place|met)\b)"
)


def counted_gatherings(text: str) -> list[tuple[int, int, int, str]]:
    """Each counted back-reference to gatherings in ``text``: its start, end, the count and the
    gathering word in the singular ("session", "meeting"; "" for "both" alone, any word)."""
    if "sessions" not in text and "meetings" not in text and "oth " not in text:
        return []  # most sentences: no pattern tried
    found = []
    for m in _COUNTED.finditer(text):
        n = _COUNTS[(m["n"] or m["m"] or m["both"]).lower()]
        found.append((m.start(), m.end(), n, m["word"][:-1]))
    if "oth " in text:
        # "both" alone: its word is that of the gatherings it names ("")
        found += [(m.start("both"), m.end("both"), 2, "") for m in _BOTH_ALONE.finditer(text)]
        found.sort()
    return found

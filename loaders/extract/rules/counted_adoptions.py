"""A session report or a page of decisions that counts what a session adopted before printing the
texts: "The Board adopted five decisions at its eightieth session; they are reproduced below",
"At its twelfth session, the Commission adopted three resolutions". Each text of that kind the
document holds was adopted at that session, when they are as many as the sentence says."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.graph.model import InstrumentKind

_COUNTS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}
# "adopted five decisions", "adopted a total of 12 resolutions", "adopted the following four
# decisions": a count, then the kind in the plural (one kind only: "three resolutions and two
# decisions" counts neither alone)
_ADOPTED_COUNT = re.compile(
    r"\badopted\s+(?:a\s+total\s+of\s+|the\s+following\s+)?(?P<n>" + "|".join(_COUNTS) + r"|\d{1,2})\s+"
    r"(?P<what>decisions|resolutions)\b(?!\s+and\s+(?:\w+\s+)?(?:decisions?|resolutions?)\b)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class CountedAdoption:
    kind: InstrumentKind
    count: int
    start: int  # where the count begins: the session is told around it


def counted_adoption(sentence: str) -> CountedAdoption | None:
    """The kind and the count of texts a sentence says a gathering adopted."""
    if "adopted" not in sentence:
        return None
    m = _ADOPTED_COUNT.search(sentence)
    if m is None:
        return None
    written = m["n"].lower()
    count = _COUNTS[written] if written in _COUNTS else int(written)
    kind: InstrumentKind = "decision" if m["what"].lower().startswith("decision") else "resolution"
    return CountedAdoption(kind, count, m.start())

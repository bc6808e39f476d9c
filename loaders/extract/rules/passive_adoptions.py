"""Instruments told in the passive, each clause with its own day: "Decision 56/1 was adopted at
the 2nd meeting, on 10 February 2031; decisions 56/2 and 56/3 were adopted without a vote at the
closing meeting, on 14 February 2031." Each instrument named before "was/were adopted" was adopted
on the day its own clause names, not on the first day of the sentence."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from mandate_graph.loaders.extract.dates import find_dates

# A clause: its subject names the instruments (no other verb before "adopted"), then where and
# when; clauses end at a semicolon or the sentence's end.
_PASSIVE_CLAUSE = re.compile(
    r"(?:^|;\s*|,\s+and\s+|\band\s+)(?P<subject>(?:[Dd]ecisions?|[Rr]esolutions?)\s+[^;,]{1,80}?)\s+(?:was|were)\s+"
    r"(?:also\s+|then\s+)?adopted\b(?P<rest>[^;]{0,160})"
)
_ON_DAY = re.compile(r"\bon\s+$")


def passive_adoption_days(text: str) -> Iterator[tuple[int, int, dt.date]]:
    """(start, end, day) of each passive clause's subject and the one day its clause names after
    "on" (a clause naming no day, or several, gives none)."""
    if "adopted" not in text:
        return
    for clause in _PASSIVE_CLAUSE.finditer(text):
        days = [d for d in find_dates(clause["rest"]) if _ON_DAY.search(clause["rest"], 0, d.start)]
        if len(days) != 1 or days[0].value.start != days[0].value.end:
            continue
        yield clause.start("subject"), clause.end("subject"), days[0].value.start

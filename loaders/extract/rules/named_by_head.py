"""A body named again by the head of its name: "the informal working group on the programme of
work would continue ... The Conference requested the informal working group to present ...".
The words of a full name before its first "on", "of" or "for" ("informal working group"), after
"the", stand for the body of that name the paragraph named last, when one body only has that head
(a single word, "the group", "the committee", says too little)."""

from __future__ import annotations

import re
from typing import Iterable

# right after a mandate's verb: "requested the informal working group to", "invited the expert
# group, ..." (lower case: a capitalised head is a name the matcher knows or a short name)
_HEAD_AFTER_VERB = re.compile(r"\s+the\s+(?P<head>[a-z][\w-]*(?:\s+[a-z][\w-]*){1,3}?)(?=\s+to\s+[a-z]|\s*,)")
_CUT = re.compile(r"\s+(?:on|of|for)\s+")


# "requested the Unit to present", "called upon the Task Force to report" (E102): the last words of
# a name in capitals ("Joint Inspection Unit"), or its words before "on", "of" or "for" ("Task Force
# on Water and Climate"), which no body of the reference data is called by
_CAPITALISED_HEAD_AFTER_VERB = re.compile(r"\s+the\s+(?P<head>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=\s+to\s+[a-z]|\s*,)")


# "The Unit was established by ... resolution 2150 (XXI)", "The Platform had been set up under
# decision 3/2": the same head in capitals as the subject that opens the sentence, before a passive
# auxiliary right before the verb at its end (E223)
_CAPITALISED_HEAD_OPENING = re.compile(
    r"(?:\d{1,3}\.\s+)?The\s+(?P<head>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?$"
)


def head_opening(text: str, verb_start: int) -> str | None:
    """The head of a name in capitals ("Unit") that opens the sentence as the subject of the passive
    verb at ``verb_start``."""
    m = _CAPITALISED_HEAD_OPENING.fullmatch(text, 0, verb_start)
    return m["head"] if m is not None else None


def head_after(text: str, position: int) -> tuple[str, int] | None:
    """The head of a name ("informal working group", "Unit") right after ``position``, and its end."""
    m = _HEAD_AFTER_VERB.match(text, position) or _CAPITALISED_HEAD_AFTER_VERB.match(text, position)
    return (m["head"], m.end()) if m is not None else None


def body_of_head(head: str, named: Iterable[tuple[str, Iterable[str]]]) -> str | None:
    """The one body among ``named`` (key and names, the latest last) whose name opens on ``head``
    and goes on with "on", "of" or "for"; qualifiers may stand before the head ("the working
    group" for the "ad hoc working group on programmatic ... matters")."""
    found: list[str] = []
    capitalised = head[:1].isupper()
    head = head.lower()
    for key, names in named:
        for name in names:
            lowered = " ".join(name.lower().split()).removeprefix("the ")
            cut = _CUT.search(lowered)
            if capitalised and cut is None and lowered.endswith(" " + head) and name.split()[-1][:1].isupper():
                # "the Unit" for the "Joint Inspection Unit": a name in capitals ending on the head
                if key not in found:
                    found.append(key)
                break
            if cut is not None and (lowered[: cut.start()] == head or lowered[: cut.start()].endswith(" " + head)):
                if key not in found:
                    found.append(key)
                break
    return found[0] if len(found) == 1 else None

"""Bodies and their gatherings paired by "respectively" (E246).

"The Animals Committee and the Plants Committee shall, at their 38th and 32nd meetings,
respectively, identify …", "Requests the Tides Committee and the Currents Committee to review the
guidelines at their 38th and 32nd meetings, respectively", "The two committees … held their 20th and
12th meetings, respectively": the n-th ordinal of "their" gatherings is the n-th body's, the bodies
named before it, joined by "and" or commas. Without "respectively" (which meeting is whose is not
said), or when the counts differ, nothing is paired.
"""

from __future__ import annotations

import re

# what may stand between the last body of the subject and its gatherings ("their" opens their
# mention): a verb and its object, a clause set off ("shall, at", "to review the guidelines at",
# "held"), no other clause
_UP_TO_THEIR = re.compile(r"\s[^;:()]{0,140}?")
# "meetings, respectively", "meetings in Bonn and Apia, respectively": "respectively" closes the
# clause the gatherings open
_RESPECTIVELY_AFTER = re.compile(r"[^;:.()]{0,100}?,?\s+respectively\b")
# "A and B", "A, B and C", "A and the B"
JOINED_NAMES = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")


def paired_respectively(text: str, names: list[tuple[int, int]], gathering: tuple[int, int], count: int) -> list[int] | None:
    """Which of ``names`` (spans of the bodies named before the gathering, in order) are the ``count``
    bodies whose gatherings "their …, respectively" at ``gathering`` lists, as indices into
    ``names``; None when the sentence pairs none."""
    if count < 2 or len(names) < count or "respectively" not in text:
        return None
    if _RESPECTIVELY_AFTER.match(text, gathering[1]) is None:
        return None
    last = names[-1]
    if _UP_TO_THEIR.fullmatch(text, last[1], gathering[0]) is None:
        return None
    chosen = list(range(len(names) - count, len(names)))
    for before, after in zip(chosen, chosen[1:]):
        if not JOINED_NAMES.fullmatch(text, names[before][1], names[after][0]):
            return None
    first = chosen[0]
    if first > 0 and JOINED_NAMES.fullmatch(text, names[first - 1][1], names[first][0]):
        return None  # three bodies joined for two gatherings: whose is whose is not said
    return chosen

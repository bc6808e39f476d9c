"""Bodies named again by their number and kind: "the Conference had requested the two working
groups to hold a joint discussion" after "the joint meeting of the Working Group on International
Cooperation and the Working Group of Government Experts on Technical Assistance"; "invites both
committees to ...", "the three commissions". The words mean the bodies of that kind the paragraph
named before them, when it named exactly that many (E186): three working groups named before "the
two working groups" name none, as a kind in the singular ("the working group") or no count does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_COUNTS = {"two": 2, "three": 3, "four": 4, "both": 2}
# "the two working groups", "both committees", "both the subsidiary bodies", "the three regional
# commissions": a count, then up to two words and a kind word in the plural, right at the verb's object
_COUNTED = re.compile(
    r"\s*(?:the\s+(?P<n>two|three|four)|(?P<both>both)(?:\s+of)?(?:\s+the)?)\s+"
    r"(?P<kind>(?:[a-z-]+\s+){0,2}?(?:groups|committees|commissions|councils|boards|bodies|panels|forums|fora|"
    r"conferences|assemblies|subcommittees|subsidiary\s+bodies|task\s+forces|teams|mechanisms|missions|offices))\b"
)


def counted_at(text: str, start: int) -> tuple[int, str, int] | None:
    """The count, the kind in the singular ("working group") and the end of a counted
    back reference that opens at ``start`` ("the two working groups"), or None."""
    m = _COUNTED.match(text, start)
    if m is None:
        return None
    n = _COUNTS[(m["n"] or m["both"]).lower()]
    plural = " ".join(m["kind"].split())
    if plural.endswith("fora"):
        singular = plural[:-4] + "forum"
    elif plural.endswith("ies"):
        singular = plural[:-3] + "y"
    else:
        singular = plural[:-1]
    return n, singular, m.end()


def bodies_counted(kind: str, count: int, named_before: Sequence[str], names: dict[str, Sequence[str]]) -> list[str]:
    """The bodies of ``named_before`` (in order, the paragraph's) whose name holds ``kind``, when
    they are exactly ``count``; else none."""
    of_kind = [key for key in dict.fromkeys(named_before) if any(kind in name.lower() for name in names.get(key, ()))]
    return of_kind if len(of_kind) == count else []

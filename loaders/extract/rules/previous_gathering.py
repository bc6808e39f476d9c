"""An instrument's text recalling what its issuer did "at its previous session": "Recalling the
decision on digital sequence information it took at its previous session (Resolution 16/2029)",
"Recalling resolution 4/7, adopted at its last meeting". The session before the one that adopts
the text (its number less one), when that one is known: the instrument named was adopted there.
"""

from __future__ import annotations

import re

from mandate_graph.graph.model import GatheringKind

_AT_THE_PREVIOUS = re.compile(
    r"\b(?:took|taken|adopted|made)\s+at\s+(?:its|their)\s+(?:previous|last|preceding)\s+(?P<word>session|meeting)\b"
)


def at_the_previous(text: str) -> GatheringKind | None:
    """The kind of gathering "... it took at its previous session" counts back in."""
    if "previous" not in text and "last" not in text and "preceding" not in text:
        return None
    m = _AT_THE_PREVIOUS.search(text)
    if m is None:
        return None
    return "session" if m["word"] == "session" else "meeting"

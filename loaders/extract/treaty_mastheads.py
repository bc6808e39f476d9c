"""A masthead that prints a treaty's name on one line and the gathering of its parties on the
next: "ARMS TRADE TREATY" / "TWELFTH CONFERENCE OF STATES PARTIES", "Convention on Cluster
Munitions" / "Eleventh Meeting of States Parties". The second line is the Nth gathering of the body
whose name joins the two ("Conference of States Parties to the Arms Trade Treaty"), a body the
reference data must know; a line that names no such body (a title in capitals under the treaty's
name) is left to the other masthead rules."""

from __future__ import annotations

import re

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.ordinals import ORDINAL, ordinal_value
from mandate_graph.loaders.extract.references import BodyMatcher

# "ARMS TRADE TREATY", "Convention on Cluster Munitions", "THE PARIS AGREEMENT": a treaty's name
_TREATY_LINE = re.compile(
    r"^(?:the\s+)?(?P<treaty>(?:[\w,'’-]+\s+){0,8}?(?:treaty|convention|protocol|agreement)(?:\s+[\w,'’-]+){0,12})$", re.IGNORECASE
)
_PARTIES_GATHERING_LINE = re.compile(
    rf"^(?P<ord>{ORDINAL})\s+(?P<gathering>(?:conference|meeting|assembly)\s+of\s+(?:the\s+)?(?:states\s+|high\s+contracting\s+)?parties)$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset("of the to on and for in".split())


def as_written_in_a_name(words: str, matcher: BodyMatcher | None = None) -> str:
    """"CONFERENCE OF STATES PARTIES" -> "Conference of States Parties": a line in capitals as the
    reference data spells the name; a line already in mixed case stays as it is. With a
    ``matcher``, a word that is a known body's name stays in capitals, as an abbreviation is
    written ("REPORT OF THE CONFERENCE OF FAO" -> "Report of the Conference of FAO"). The line's
    length and spacing are kept, so that offsets into it hold."""
    if not words.isupper():
        return words

    def written(m: re.Match[str]) -> str:
        w = m.group(0)
        if m.start() and w.lower() in _SMALL_WORDS:
            return w.lower()
        if matcher is not None and w.lower() in matcher.by_name:
            return w
        return w.capitalize()

    return _WORD.sub(written, words)


_WORD = re.compile(r"[^\s]+")


def parties_gathering_under_treaty(
    line: str, treaty_line: str | None, matcher: BodyMatcher, registry: BodyRegistry
) -> tuple[int, str] | None:
    """(N, body key) when ``line`` is "<Nth> Conference/Meeting of (the) (States) Parties" and
    ``treaty_line``, the line above it, is a treaty's name, and the two joined by "to the" name
    one body of the reference data that holds gatherings; else None."""
    gathering = _PARTIES_GATHERING_LINE.match(line.strip())
    treaty = _TREATY_LINE.match((treaty_line or "").strip())
    if gathering is None or treaty is None:
        return None
    n = ordinal_value(gathering["ord"])
    if n is None:
        return None
    name = f"{as_written_in_a_name(gathering['gathering'])} to the {as_written_in_a_name(treaty['treaty'])}"
    named = {b.key for b in matcher.find(name) if b.key and b.start == 0 and b.end == len(name)}
    if len(named) != 1:
        return None
    key = named.pop()
    return (n, key) if registry.bodies[key].gathering_term else None

"""An instrument numbered within one gathering of its body, the gathering named after the number:
"decision 2 of the Eighth Review Conference", "resolution 4 of the Fifth Conference of the
Parties", "decision 3 of the twelfth session of the Assembly" (E242).

A Review Conference numbers the decisions of its Final Document from 1; documents cite them by the
number and the conference ("established by decision 1 of the Fifth Review Conference"). The number
alone is no key, and the reference data may declare no convention for it (`gathering_numbering`
reads a declared one): the gathering the text names right after "of" is the one that numbered it,
so the instrument is that gathering's body's, its session the gathering's ordinal, as a number
written "{session}/{number}" would key it. Only where the gathering's body issues instruments and
the sentence read one gathering there; a number read already by a convention ("decision 7.1 of
its 57th meeting") is left to it, and a number with a session or a series ("decision 16/32 of the
...") is never one of these (the pattern wants one to three figures alone).
"""

from __future__ import annotations

import re

from mandate_graph.graph.model import GatheringRef, InstrumentKind
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.references import GatheringMention, InstrumentMention, title_after_number

# "decision 2 of the ", "resolution 4 of ": the kind, a bare number, and "of" right before the
# gathering ("decision 1 adopted at the 7th meeting" may count in a series of the body's own); not
# a draft's number ("draft decision 2 of the Ninth Review Conference" was never adopted)
_NUMBER_OF = re.compile(
    r"(?<![Dd]raft\s)\b(?P<kind>[Dd]ecision|[Rr]esolution|DECISION|RESOLUTION)\s+(?P<number>[1-9]\d{0,2})(?![\w/.\-])\s+of\s+(?:the\s+|its\s+)?$"
)
_REACH = 40


def numbered_within(
    text: str, gatherings: list[tuple[GatheringMention, list[GatheringRef]]], instruments: list[InstrumentMention], registry: BodyRegistry
) -> list[InstrumentMention]:
    """The instruments a sentence numbers within the gatherings it names after them."""
    found: list[InstrumentMention] = []
    for g, held in gatherings:
        if len(held) != 1 or len(g.ordinals) != 1:
            continue
        body = registry.bodies.get(held[0].body)
        if body is None or not body.issues_instruments:
            continue
        m = _NUMBER_OF.search(text, max(0, g.start - _REACH), g.start)
        if m is None or any(i.start < g.end and m.start() < i.end for i in instruments):
            continue
        kind: InstrumentKind = "decision" if m["kind"].lower() == "decision" else "resolution"
        mention = InstrumentMention(
            m.start(), g.end, kind, str(held[0].ordinal), m["number"], m.start(), issuer=body.key, numbered_by=body.key,
        )
        # "decision 2 of the Eighth Review Conference, on lethal autonomous weapons systems": its title
        title_after_number(mention, text)
        found.append(mention)
    return found

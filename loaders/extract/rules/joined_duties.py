"""A duty joined by "and that" to a clause that names the instrument (E103): "... had been approved
by the Assembly in its resolution 85/311, and that the Department of Operational Support was to
report on its results ...". The joined clause tells what the same instrument asks of the body it
names: its subject, then "is to", "was to" and a verb.

Not yet: ", and it was decided that the Secretariat should provide ..." joined to "The same
resolution requested ...": the rule finds it, but "the Secretariat" of a General Assembly
committee's release resolves to the International Civil Service Commission's secretariat (whose
reference file calls it "Secretariat"), an identity question left to the body matcher."""

from __future__ import annotations

import re

# ", and that the Department of Operational Support was to report", "and that the Panel is to"
_AND_THAT_IS_TO = re.compile(
    r",?\s+and\s+that\s+(?P<subject>(?:the|its)\s+[^,;:()]{2,100}?)\s+(?:was|were|is|are)\s+(?:also\s+)?to\s+(?!be\b)(?=[a-z])"
)


def joined_duties(text: str) -> list[tuple[int, int, int]]:
    """(where the joined clause starts, where its subject ends, where its task starts) of each
    duty joined to the clause before it."""
    if " and that " not in text:
        return []
    return [(m.start(), m.end("subject"), m.end()) for m in _AND_THAT_IS_TO.finditer(text)]

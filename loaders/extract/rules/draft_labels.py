"""The labels of a negotiated text: "PP3", "OP2 [formerly OP3]", "OP6 [new]", "OP12 [deleted]".

Delegations negotiate a draft resolution paragraph by paragraph, numbering the preambular
paragraphs PP1, PP2 ... and the operative ones OP1, OP2 ...; a text exported from the
negotiation keeps those labels, with a bracketed note on how a paragraph moved ("[formerly
OP3]", "[new]", "[as orally revised]") or a placeholder for one dropped ("PP4 [deleted]").
The label stands where a printed resolution puts its paragraph number: it is the paragraph's
label, never part of its sentence (else "PP1 Recalling ..." reads as neither preamble nor
operative part, and the Word export's tab after it as a table cell).
"""

from __future__ import annotations

import re

# "PP1", "OP13", with the note that may follow: "[formerly OP9, as orally revised]".
DRAFT_LABEL = r"(?:PP|OP)\d{1,3}(?:[ \t]*\[[^\]\t\n]{1,60}\])?"

_NUMBER = re.compile(r"^(?P<number>(?:PP|OP)\d{1,3})")


def label_number(label: str) -> str:
    """The label without its note: "OP2 [formerly OP3]" is "OP2"."""
    found = _NUMBER.match(label)
    return found["number"] if found else label

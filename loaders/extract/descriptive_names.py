"""Names that only describe: "Conference of the Parties to the Convention", "the Meeting of the
Parties", "the Secretariat of the Convention". Made of generic words alone and naming the body by
the treaty it serves ("the Convention", "the Parties"), such a name fits every treaty's body of
that kind, so a reference file's alias of this sort is no
evidence of its organisation in a document: "the Convention" of a crime convention's report is
its own, not the climate convention whose file gives that alias. It is read as a short name is
(`references.BodyMatcher._evidenced`): as its body only where the document shows the body's
organisation otherwise."""

from __future__ import annotations

import re

# Words that say what kind of body, gathering or instrument a name stands for, and the small words
# between them; no word that names a topic, a place or an organisation.
GENERIC_WORDS = frozenset(
    """
    the of to on for and in at by under its
    conference conferences meeting meetings parties party contracting states member members signatories
    convention conventions protocol protocols agreement agreements treaty treaties instrument
    secretariat secretary executive general head office bureau plenary session sessions
    committee commission council board assembly body bodies subsidiary working group groups
    standing permanent ad hoc open-ended intergovernmental expert experts panel
    """.split()
)
# The treaty or its parties, named by what they are. A name of generic words without one of these
# ("Executive Council", "Open-ended Working Group", "Member States") is how an organisation
# names its own organ, and stays a name.
TREATY_WORDS = frozenset(
    "parties party signatories convention conventions protocol protocols agreement agreements treaty treaties".split()
)
_WORD = re.compile(r"[\w-]+")


def is_descriptive(name: str) -> bool:
    """Whether a name of several words is made of generic words alone, one of them the treaty's
    or its parties'."""
    words = _WORD.findall(name.lower())
    return len(words) > 1 and all(word in GENERIC_WORDS for word in words) and any(word in TREATY_WORDS for word in words)

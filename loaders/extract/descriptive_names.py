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
from functools import lru_cache

from mandate_graph.graph.reference import Body

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


# The words a name may hold and still say only what kind of body it is, whosever it is: the kinds and
# the small words (`GENERIC_WORDS`), and the organs every treaty or organization sets up by those
# words ("the Review Mechanism", "the Implementation Review Mechanism", "the extended Bureau", "the
# Forum") and the abbreviations every treaty's conference is called by ("COP", "MOP") (E115)
_GENERIC_NAME_WORDS = GENERIC_WORDS | frozenset(
    "mechanism mechanisms review implementation compliance forum extended enlarged cop mop cmp".split()
)
_NAME_WORD = re.compile(r"[\w-]+")


@lru_cache(maxsize=4096)
def generic_name(said: str) -> bool:
    """Whether a name (with or without "the") says only what kind of body it is: "Conference",
    "Conference of the Parties", "COP", "Review Mechanism", "Bureau of the Conference", "the
    Secretariat". Any organization's body of that kind is called so in its own documents (E115)."""
    words = _NAME_WORD.findall(said.lower())
    return bool(words) and all(word in _GENERIC_NAME_WORDS for word in words)


def shipped_by_kind(body: Body) -> bool:
    """Whether ``body`` is one of the shipped reference data (no user's file added it) whose generic
    names ("Conference of the Parties", "Review Mechanism") are aliases of a name of its own, or
    which the data names by its kind alone ("Secretariat"): read by such a name only where a
    document points to it. Not a body whose own name is made of those words ("General Assembly",
    "States parties"): that name is its proper name (E115)."""
    if body.added:
        return False
    return not generic_name(body.name) or len(_NAME_WORD.findall(body.name)) == 1

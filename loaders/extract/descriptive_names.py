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


# What may follow a name of a body's kind and a generic complement and make it the head of a longer
# name: "on", "of", "to", "for", "against" and capitalised words (with the small words between them),
# "… to the Protocol" + " on Water and Health", "Group of Experts" + " on Geographical Names"
_COMPLEMENT_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(?:on|of|to|for|against)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'’-]*(?:(?:\s+(?:of|on|for|and|against|in|the|to))*\s+[A-Z][\w'’-]*)*)"
)
# Capitalised words after "on" that begin no name: a heading's "ON ITS SEVENTH SESSION"
_NO_NAME_OPENING = frozenset("its their his her this that these those each every all".split())


def goes_on_into_a_longer_name(text: str, end: int) -> bool:
    """Whether a name of a body's kind and a generic complement ending at ``end`` ("Meeting of the
    Parties to the Protocol", "Group of Experts") is only the head of a longer name the text goes on
    with: "… to the Protocol on Water and Health", "… of Experts on Geographical Names". Not where
    what follows only says again what the body is ("… to the Protocol to the Convention"), nor "on
    its seventh session" in capitals (E166)."""
    m = _COMPLEMENT_AFTER.match(text, end)
    if m is None or text[end : end + 1] not in (" ", "\t", "\n"):
        return False
    name = m["name"]
    first = name.split(None, 1)[0].lower()
    return first not in _NO_NAME_OPENING and not generic_name(name)


def stands_whole_in(name: str, text: str) -> bool:
    """Whether ``text`` names a body by ``name``, a name of its kind and a generic complement
    (`generic_name`: "Meeting of the Parties to the Protocol"), where the words stand as the whole
    name, not as the head of a longer one (`goes_on_into_a_longer_name`): the one body whose file
    gives that label is not named by "the Meeting of the Parties to the Protocol on Water and
    Health", another protocol's meeting (E166)."""
    for m in _whole_words(name).finditer(text):
        if not goes_on_into_a_longer_name(text, m.end()):
            return True
    return False


@lru_cache(maxsize=1024)
def _whole_words(name: str) -> re.Pattern[str]:
    words = _NAME_WORD.findall(name)
    return re.compile(r"(?<![\w-])" + r"\s+".join(re.escape(w) for w in words) + r"(?![\w-])", re.IGNORECASE)


_JOINING_WORDS = frozenset("of to on for under".split())


def kind_with_generic_complement(name: str) -> bool:
    """Whether ``name`` names a body by its kind and a generic complement joined to it: "Meeting of
    the Parties to the Protocol", "Group of Experts", "Conference of the Parties" (`generic_name`,
    with "of", "to", "on", "for" or "under" inside); not a kind alone ("Executive Board"), which is
    how an organisation names its own organ (E166)."""
    words = _NAME_WORD.findall(name.lower())
    return len(words) > 2 and generic_name(name) and any(word in _JOINING_WORDS for word in words[1:-1])

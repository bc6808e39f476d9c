"""A name that is only the word for a kind of body ("expert group", "the Working Group", "ad hoc
technical expert group", "task force", "panel"): any organization's body of that kind may be
called so, and a document that creates such a body calls it so (E109). A reference file may give
the words as a body's alias (untoc.ttl's "expert group"); read in a document of another
organization, they name the document's own body, not that one."""

from __future__ import annotations

import re
from functools import lru_cache

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.rules.new_bodies import KIND_PATTERN, MODIFIER

# the kinds, after any words that only describe them ("open-ended intergovernmental expert group")
# (and the organs every organization has, which no body is set up as: "the Bureau", "the Office")
_KIND_ALONE = re.compile(rf"(?:{MODIFIER}\s+)*(?:{KIND_PATTERN}|bureau|office)", re.IGNORECASE)
# in capitals, the kind with no word before it: "the Expert Group", "the Bureau" ("the Open-ended
# Working Group" in capitals is a name, as a treaty's own "Open-ended Working Group" is)
_KIND_ONLY = re.compile(rf"(?:{KIND_PATTERN}|bureau|office)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def kind_word_alone(said: str) -> bool:
    """Whether ``said`` (a mention's words, with or without "the") is a kind of body and, in lower
    case, the words that only describe it: nothing that names whose body it is or what it is on."""
    words = " ".join(said.split())
    for article in ("the ", "The ", "this ", "This ", "its ", "Its "):
        words = words.removeprefix(article)
    return (_KIND_ALONE if words.islower() else _KIND_ONLY).fullmatch(words) is not None


def root_of(key: str, registry: BodyRegistry) -> str:
    """The body at the top of ``key``'s line of parents: its organization."""
    seen = {key}
    while (parent := registry.bodies[key].parent if key in registry.bodies else None) is not None and parent not in seen:
        key = parent
        seen.add(key)
    return key


def organization_named(key: str, registry: BodyRegistry, lowered: str) -> bool:
    """Whether a document (``lowered``: its text in lower case, spaces collapsed) names the body
    by its whole name or its organization by a name of more than four words ("Conference of the
    Parties" alone, which many treaties' conferences share, says not whose)."""
    body = registry.bodies.get(key)
    if body is None:
        return False
    top = registry.bodies[root_of(key, registry)]
    names = [body.name, *(n for n in (*top.names, top.name) if len(n.split()) > 4)]
    return any(" ".join(n.lower().split()) in lowered for n in names)

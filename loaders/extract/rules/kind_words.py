"""A name that is only the word for a kind of body ("expert group", "the Working Group", "ad hoc
technical expert group", "task force", "panel"): any organization's body of that kind may be
called so, and a document that creates such a body calls it so (E109). A reference file may give
the words as a body's alias (untoc.ttl's "expert group"); read in a document of another
organization, they name the document's own body, not that one."""

from __future__ import annotations

import re
from functools import lru_cache

from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract.literal_starts import LiteralStarts
from mandate_graph.loaders.extract.descriptive_names import generic_name, shipped_by_kind  # noqa: F401 (E115's words, here with E109's)
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
    Parties" alone, which many treaties' conferences share, says not whose), by its abbreviation
    ("UNODC"), or the treaty its conference is of ("... to the Organized Crime Convention": the
    document of a State party's report on that convention) (E115)."""
    body = registry.bodies.get(key)
    if body is None:
        return False
    phrases, abbreviations = _names_of_the_organization(registry.bodies[root_of(key, registry)])
    # (a body the data names by its kind alone, "Secretariat", is not named by that word)
    if not generic_name(body.name) and " ".join(body.name.lower().split()) in lowered or any(n in lowered for n in phrases):
        return True
    return abbreviations is not None and abbreviations.search(lowered) is not None


def served_body_named(key: str, registry: BodyRegistry, lowered: str) -> bool:
    """Whether a document names a body that a name of ``key`` says it is "of", by more than a
    generic name: "the Conference of the Parties to the Organized Crime Convention" for the
    "secretariat of the Conference of the Parties to the United Nations Convention against
    Transnational Organized Crime" (E115)."""
    body = registry.bodies.get(key)
    return body is not None and any(name in lowered for name in _served_names(body))


@lru_cache(maxsize=1024)
def _served_names(body: Body) -> tuple[str, ...]:
    """The bodies ``body``'s names say it is "of", lower case, each by its whole name and, for a
    conference, by the treaty after "to the"; none by generic words alone."""
    found: list[str] = []
    for name in body.names:
        _, of, owner = " ".join(name.split()).partition(" of the ")
        if not of or generic_name(owner) or len(owner.split()) < 2:
            continue
        found.append(owner.lower())
        _, to, treaty = owner.partition(" to the ")
        if to and len(treaty.split()) > 1 and not generic_name(treaty):
            found.append(treaty.lower())
    return tuple(dict.fromkeys(found))


@lru_cache(maxsize=1024)
def _names_of_the_organization(top: Body) -> tuple[tuple[str, ...], LiteralStarts | None]:
    """The names, lower case, that say which organization ``top`` is: its names of more than four
    words and the treaty named after "to the" in a conference's name, when not by generic words
    alone ("united nations convention against transnational organized crime"); and a pattern of
    its abbreviations of three capitals or more, as words ("unodc"). Asked for the same few
    organizations in every document: made once per body."""
    phrases: list[str] = []
    abbreviations: list[str] = []
    for name in (*top.names, top.name):
        written = " ".join(name.split())
        if len(written.split()) > 4:
            phrases.append(written.lower())
        if re.fullmatch(r"[A-Z]{3,}", written) and not generic_name(written):
            abbreviations.append(re.escape(written.lower()))
        _, to, treaty = written.partition(" to the ")
        if to and len(treaty.split()) > 1 and not generic_name(treaty):
            phrases.append(treaty.lower())
    # (searched in the whole document, for every generic body: a pattern opening with "\b" is
    # tried at every position, `LiteralStarts` only where an abbreviation stands)
    pattern = LiteralStarts(re.compile(rf"\b(?:{'|'.join(dict.fromkeys(abbreviations))})\b")) if abbreviations else None
    return tuple(dict.fromkeys(phrases)), pattern

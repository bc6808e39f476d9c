"""A collective name that a bracket defines, then used alone as an addressee (E139): "Thanks the
Advisory Bodies (ICCROM, ICOMOS and IUCN) for their reports;" / "Requests the Advisory Bodies to
continue ..." requests each of the three; "the Rome-based agencies (FAO, IFAD and WFP)" / "Invites
the Rome-based agencies to ..." invites each.

The definition is a plural name after "the" (its first word capitalised, four words at most, the
last ending in "s"), then in brackets a list of two or more bodies, each item nothing but a body's
name or abbreviation that the reference data knows (the caller says which: `members`). A bracket
holding anything else ("the Parties (France and Germany)", "the reports (A/86/1 and A/86/2)") defines
nothing. A name that is itself a body's name is that body, never a collective.

Only the name used where an addressee stands is read (`collective_at`): the document's own words for
a group, known only inside that document.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "the Advisory Bodies (ICCROM, ICOMOS and IUCN)", "the Rome-based agencies (FAO, IFAD and WFP)"
_DEFINED = re.compile(
    r"\b[Tt]he\s+(?P<name>[A-Z][\w-]*(?:\s+[\w-]+){0,3}?s)\s*\((?P<members>[^()]{2,160})\)"
)
# between the members of the list: ", ", ", and ", " and "
_MEMBER_SEPARATOR = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# an article a member may carry ("the World Heritage Centre")
_ARTICLE = re.compile(r"^(?:the|The)\s+")


def defined_collectives(text: str, members: Callable[[str], str | None], is_body_name: Callable[[str], bool]) -> dict[str, tuple[str, ...]]:
    """Each collective name ``text`` defines in brackets, lower-cased with its spaces collapsed,
    with the keys of its members. ``members``: the key of the one known body an item of the list
    is the whole name of, else None; ``is_body_name``: whether a name is a known body's own. A
    name defined twice with other members is dropped (the document says of neither which it is)."""
    found: dict[str, tuple[str, ...]] = {}
    dropped: set[str] = set()
    if " (" not in text and "s(" not in text:
        return found
    for m in _DEFINED.finditer(text):
        items = [_ARTICLE.sub("", item.strip()) for item in _MEMBER_SEPARATOR.split(m["members"].strip())]
        if len(items) < 2 or not all(items):
            continue
        keys = [members(item) for item in items]
        if any(key is None for key in keys) or len(set(keys)) != len(keys):
            continue
        name = " ".join(m["name"].lower().split())
        if is_body_name(m["name"]):
            continue
        members_of = tuple(k for k in keys if k is not None)
        if name in found and found[name] != members_of:
            dropped.add(name)
        found.setdefault(name, members_of)
    for name in dropped:
        found.pop(name, None)
    return found


def collective_pattern(collectives: dict[str, tuple[str, ...]]) -> re.Pattern[str] | None:
    """The pattern of "the <name>" for each collective name, not followed by its defining bracket."""
    if not collectives:
        return None
    names = "|".join(
        r"\s+".join(re.escape(word) for word in name.split()) for name in sorted(collectives, key=len, reverse=True)
    )
    return re.compile(rf"\s*(?:[Tt]he\s+)(?P<name>{names})\b(?!\s*\()", re.IGNORECASE)


def collective_at(
    text: str, position: int, pattern: re.Pattern[str] | None, collectives: dict[str, tuple[str, ...]]
) -> tuple[tuple[str, ...], int] | None:
    """The members of the collective name "the <name>" at ``position`` (right after a verb), and
    where the name ends; None when none stands there."""
    if pattern is None:
        return None
    m = pattern.match(text, position)
    if m is None:
        return None
    return collectives[" ".join(m["name"].lower().split())], m.end()

"""Bodies numbered in a series of their kind, written without the topic their full name brackets.

A commission's working groups, a conference's main committees, an organization's regional
associations are named by their kind and a number, with their topic in brackets: "Working Group I
(Micro, Small and Medium-sized Enterprises)", "Working Group III (Investor-State Dispute Settlement
Reform)". The parent's own documents drop the bracket once the topic is known, or always in a list:
"(a) Working Group I: forty-fourth session, Vienna, …", "entrusted Working Group IV with …". Read
as the short name ("Working Group") alone, the numeral was lost and the group was whichever one the
paragraph had named last (E173).

The words are the one body whose full name is the kind (its short name), the numeral and a bracket,
where the document names that body's parent (by a full name or alias, or its symbol series): another
organization's "IPCC Working Group II" in a text that never names the commission is not the
commission's group.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mandate_graph.graph.reference import Body

# the numeral right after the kind: Roman ("I", "IV", "XII") or one or two figures, ending the word
_NUMERAL_AFTER = re.compile(r"[ \t]+(?P<numeral>(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})|\d{1,2})(?![\w-])")
# a full name: the numeral after the kind, then the bracketed topic and nothing else
_BRACKETED_TOPIC = re.compile(r"[ \t]+(?P<numeral>[IVXL]+|\d{1,2})[ \t]+\([^()]+\)$")


@dataclass(frozen=True)
class NumberedMember:
    key: str
    # what shows that a document is the parent's: its names of several words (lower case, spaces
    # collapsed) and its symbol series followed by "/"
    parent_signs: tuple[str, ...]


def numbered_members(bodies: tuple[Body, ...]) -> dict[tuple[str, str], NumberedMember]:
    """(short name in lower case, numeral) -> the one body whose full name or alias is its short
    name, the numeral and a bracketed topic ("Working Group" + "I" of "Working Group I (Micro, Small
    and Medium-sized Enterprises)"); a numeral two bodies of one short name carry is left out."""
    by_key = {body.key: body for body in bodies}
    found: dict[tuple[str, str], list[Body]] = {}
    for body in bodies:
        short = (body.short_name or "").strip()
        if not short or body.parent not in by_key:
            continue
        for name in body.names:
            name = " ".join(name.split())
            if name.lower().startswith(short.lower()) and (m := _BRACKETED_TOPIC.match(name, len(short))) is not None:
                carrying = found.setdefault((" ".join(short.lower().split()), m["numeral"]), [])
                if body not in carrying:
                    carrying.append(body)
    members: dict[tuple[str, str], NumberedMember] = {}
    for said, bodies_said in found.items():
        if len(bodies_said) == 1:
            parent = by_key[bodies_said[0].parent or ""]
            signs = [" ".join(n.lower().split()) for n in parent.names if " " in n.strip()]
            if parent.symbol_prefix:
                signs.append(parent.symbol_prefix.lower() + "/")
            members[said] = NumberedMember(bodies_said[0].key, tuple(signs))
    return members


def named_here(members: dict[tuple[str, str], NumberedMember], lowered: str) -> dict[tuple[str, str], str]:
    """The members whose parent the document (``lowered``: lower case, spaces collapsed) names."""
    return {said: member.key for said, member in members.items() if any(sign in lowered for sign in member.parent_signs)}


def numeral_after(text: str, end: int) -> re.Match[str] | None:
    """The numeral right after a short name ending at ``end``: " I" of "Working Group I:"."""
    return _NUMERAL_AFTER.match(text, end)

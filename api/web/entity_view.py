"""An entity's relations grouped by what they mean to a reader, for its HTML page.

`EntityReader.describe` names every relation (``establishes``, ``citedBy``, …); a reader asks
other questions: what created this, who tasked it, what reports on it, what it cites and what
cites it. The groups below answer those, in that order; a relation no group knows still shows,
under "Other relations", so nothing the graph states is hidden. Literal values (dates, titles,
places) become the page's facts list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

GROUPS: list[tuple[str, tuple[str, ...]]] = [
    ("Created by", ("establishedBy", "madeConstantElementBy")),
    ("Creates", ("establishes", "makesConstantElement")),
    ("Tasked by", ("requestedBy", "mandatedBy", "encouragedBy", "invitedBy")),
    ("Tasks", ("requests", "mandates", "encourages", "invites")),
    ("Endorses and endorsed by", ("endorses", "endorsedBy")),
    ("Reports", ("reports", "reportOf", "documentsPursuantTo", "pursuantTo", "submittedTo", "documentsSubmitted",
                 "preparedFor", "documentsPreparedFor")),
    ("Cites", ("cites", "mentions")),
    ("Cited by", ("citedBy", "mentionedBy")),
    ("Sessions and meetings", ("adoptedAt", "adopted", "meetingOf", "meetings", "mandatesDue")),
    ("Documents and issuers", ("containedIn", "contains", "issuedBy", "issued", "author", "authored")),
    ("Structure", ("parent", "children", "sameAs", "jointWith")),
    ("The mandate", ("instrument", "action", "addressee", "dueAt", "evidence")),  # of an mg:Mandate
    ("The statement", ("subject", "predicate", "object", "document")),  # of an mg:Evidence
]

# How a relation reads in a sentence about the entity ("<this> established by <that>").
PHRASES: dict[str, str] = {
    "establishedBy": "established by", "madeConstantElementBy": "made a constant element by",
    "establishes": "establishes", "makesConstantElement": "makes a constant element",
    "requestedBy": "requested by", "mandatedBy": "mandated by", "encouragedBy": "encouraged by",
    "invitedBy": "invited by", "requests": "requests", "mandates": "mandates", "encourages": "encourages",
    "invites": "invites", "endorses": "endorses", "endorsedBy": "endorsed by",
    "reports": "reported on by", "reportOf": "report of", "documentsPursuantTo": "documents made pursuant to it",
    "pursuantTo": "pursuant to", "submittedTo": "submitted to", "documentsSubmitted": "documents submitted to it",
    "preparedFor": "prepared for", "documentsPreparedFor": "documents prepared for it",
    "cites": "cites", "mentions": "mentions", "citedBy": "cited by", "mentionedBy": "mentioned by",
    "adoptedAt": "adopted at", "adopted": "adopted here", "meetingOf": "meeting of", "meetings": "meetings",
    "mandatesDue": "mandates due here", "containedIn": "contained in", "contains": "contains",
    "issuedBy": "issued by", "issued": "issued", "author": "written by", "authored": "wrote",
    "parent": "part of", "children": "subsidiary bodies", "sameAs": "same as", "jointWith": "joint with",
}


@dataclass
class RelationRow:
    name: str
    phrase: str
    values: list[dict[str, Any]]


@dataclass
class RelationGroup:
    title: str
    rows: list[RelationRow] = field(default_factory=list)


@dataclass
class EntityView:
    facts: list[tuple[str, list[dict[str, Any]]]]  # literal-valued relations
    groups: list[RelationGroup]


def phrase(name: str) -> str:
    if name in PHRASES:
        return PHRASES[name]
    # camelCase -> words: adoptedOn -> adopted on
    words = "".join(f" {c.lower()}" if c.isupper() else c for c in name.split(":")[-1])
    return words.strip()


def group_relations(relations: dict[str, list[dict[str, Any]]]) -> EntityView:
    facts: list[tuple[str, list[dict[str, Any]]]] = []
    linked: dict[str, list[dict[str, Any]]] = {}
    for name, values in relations.items():
        literal = [v for v in values if "value" in v]
        entities = [v for v in values if "value" not in v]
        if literal:
            facts.append((name, literal))
        if entities:
            linked[name] = entities
    groups = []
    placed: set[str] = set()
    for title, names in GROUPS:
        rows = [RelationRow(n, phrase(n), linked[n]) for n in names if n in linked]
        placed.update(names)
        if rows:
            groups.append(RelationGroup(title, rows))
    rest = [RelationRow(n, phrase(n), v) for n, v in linked.items() if n not in placed]
    if rest:
        groups.append(RelationGroup("Other relations", rest))
    return EntityView(facts, groups)

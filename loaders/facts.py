"""What extraction produces: facts about entities, each with the words that justify it.

This is the contract between the extraction pipeline (`loaders.extract`, pure functions:
text in, facts out) and the emitter (`loaders.emit`, facts in, RDF out). Relation names are
the product's names from shared/design/domain.md, the same in RDF (``mg:<relation>``) and JSON,
as the one relation table ``ontology/relations.py`` lists them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union

from mandate_graph.graph.model import BodyRef, DocumentRef, EntityRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import Body
from mandate_graph.ontology import relations as relation_table

# The relations extraction may state, from the one table (ontology/relations.py).
# instrument -> body: the mandate relations. Each also yields an n-ary mg:Mandate node.
BODY_MANDATES = tuple(r.name for r in relation_table.BODY_MANDATES)
# instrument -> gathering; also a mandate (the addressee is the meeting).
ENDORSES = next(r.name for r in relation_table.MANDATES if r.mandate_kind == "endorses")
MANDATE_RELATIONS = tuple(r.name for r in relation_table.MANDATES)

RELATIONS: dict[str, str] = {
    # relation: "subject kind -> object kind", checked by `Fact.__post_init__`
    r.name: " -> ".join(r.fact_kinds)
    for r in relation_table.EXTRACTED
}


@dataclass(frozen=True)
class DateRange:
    """The days a session or meeting ran; ``start == end`` for one day."""

    start: dt.date
    end: dt.date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"date range ends before it starts: {self.start} .. {self.end}")


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: a span of the *original* file text and its quote.

    ``start``/``end`` are character offsets into the text as read from the file (before
    cleaning), so that ``original[start:end]`` shows the justification. ``quote`` is the
    cleaned sentence (page headers, footnotes and broken words removed) that a reader sees.
    """

    start: int
    end: int
    quote: str
    paragraph: str | None = None
    characterization: str | None = None  # the citing verb: "recalling", "reaffirming", ...

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad evidence span {self.start}..{self.end}")
        if not self.quote or self.quote.isspace():  # (no copy of the quote, as strip() makes)
            raise ValueError("evidence needs a quote")


FactObject = Union[BodyRef, InstrumentRef, GatheringRef, DocumentRef, DateRange, dt.date, str]


_KINDS: dict[type, str] = {
    BodyRef: "body",
    InstrumentRef: "instrument",
    GatheringRef: "gathering",
    DocumentRef: "document",
    DateRange: "daterange",
    dt.date: "date",
    str: "text",
}


def _kind_of(value: object) -> str:
    return _KINDS.get(type(value), type(value).__name__)


# RELATIONS read once: relation -> (subject kind, object kind). Every fact is checked against
# it, a thousand per document.
_FACT_KINDS: dict[str, tuple[str, str]] = {
    relation: (expected.split("->")[0].strip(), expected.split("->")[1].strip())
    for relation, expected in RELATIONS.items()
}


@dataclass(frozen=True)
class Fact:
    """One asserted relation with its evidence.

    ``task`` and ``due_at`` are for mandate relations: what the addressee is to do, in the
    document's words, and the session the outcome is due at when the text states it.
    """

    subject: EntityRef
    relation: str
    object: FactObject
    evidence: Evidence
    task: str | None = None
    due_at: GatheringRef | None = None

    def __post_init__(self) -> None:
        kinds = _FACT_KINDS.get(self.relation)
        if kinds is None:
            raise ValueError(f"unknown relation {self.relation!r}")
        subject_kind, object_kind = kinds
        if subject_kind != "any" and _kind_of(self.subject) != subject_kind:
            raise ValueError(f"{self.relation} needs a {subject_kind} subject, got {self.subject!r}")
        if _kind_of(self.object) != object_kind:
            raise ValueError(f"{self.relation} needs a {object_kind} object, got {self.object!r}")


@dataclass
class DocumentInfo:
    """What a document says about itself (masthead, title, symbol)."""

    ref: DocumentRef
    title: str | None = None
    date: dt.date | None = None
    kind: str | None = None  # local name of an mg:DocumentKind, e.g. "NoteBySecretariat"
    author: str | None = None  # body key
    evidence: Evidence | None = None  # where the symbol or title was read
    # Section headings as printed: another document may cite this one by one of them.
    headings: list[str] = field(default_factory=list)


@dataclass
class Extraction:
    """Everything extracted from one source document."""

    document: DocumentInfo
    facts: list[Fact] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Bodies the document's instruments create that the reference data does not know
    # ("Decides to establish an open-ended working group on ..."), with their names; and the
    # secretariat of the author's organization where the reference data has none and a fact
    # names it ("Requests the Secretariat to ..." of a treaty's conference, E115).
    bodies: list[Body] = field(default_factory=list)
    # Documents the text names under two or more symbols at once ("(A/82/64–E/2027/48)", "X, also
    # issued as Y"): one document, whether or not the text tells a fact of it. Its symbols are
    # knowledge of their own (`owl:sameAs`), which the emitter writes into the document's graph.
    joint_documents: list[DocumentRef] = field(default_factory=list)

    def count_by_relation(self) -> dict[str, int]:
        """Distinct (subject, relation, object) per relation: a fact stated twice counts once."""
        counts: dict[str, int] = {}
        for relation, *_ in {(f.relation, f.subject, f.object) for f in self.facts}:
            counts[relation] = counts.get(relation, 0) + 1
        return counts

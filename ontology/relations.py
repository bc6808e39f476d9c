"""The relations of the domain, in one table: what each means and how every part of the product
treats it.

Everything that used to list relations by hand derives its list from `RELATIONS`: which facts
extraction may state and of what kinds (`loaders.facts`), the mandate action a relation gives
(`loaders.emit`), the verbs extraction reads as mandates (`loaders.extract.relate`), the lineage
arrows and their labels (`graph.lineage`, `graph.lineage_export`), the JSON names on the object's
side (`graph.entities`), a body's timeline (`graph.history`), the counts (`graph.stats`), the
mandate status rules (`graph.status`), and the SPARQL ``VALUES`` lists of those modules.

Adding a relation is one row here and its declaration in ``mandates.ttl``;
``tests/test_relations.py`` checks that the two agree (domain, range, mandate actions) and that
every derived table follows this one. See docs/relations.md.

This module is data with a few lookups: it imports nothing from the rest of the project (the
packages that read it sit above it), so the namespaces it needs are spelled out below; the test
checks that they are those of ``graph.namespaces``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Literal

PREFIXES: dict[str, str] = {
    "mg": "https://w3id.org/mandate-graph/ontology#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
}

# How lineage reads a triple ``s p o`` as an arrow from cause to effect (graph/lineage.py):
# "forward" s -> o, "backward" o -> s, "two-way" s <-> o.
Arrow = Literal["forward", "backward", "two-way"]
ARROWS: tuple[str, ...] = ("forward", "backward", "two-way")

# What a mandate relation does to its addressee, which decides how its status is judged
# (graph/status.py): a body created or made permanent exists once it meets; a task needs a
# report; an endorsement is complete when adopted.
MandateKind = Literal["creates", "tasks", "endorses"]
MANDATE_KINDS: tuple[str, ...] = ("creates", "tasks", "endorses")

# The kind of entity (or value) a fact's subject or object must be, by the class (or datatype)
# of the property's domain or range. Sessions and meetings are both gatherings to extraction.
_KIND_OF_CLASS: dict[str | None, str] = {
    None: "any",
    "mg:Instrument": "instrument",
    "mg:Body": "body",
    "mg:Gathering": "gathering",
    "mg:Session": "gathering",
    "mg:Meeting": "gathering",
    "mg:Document": "document",
    "mg:Mandate": "mandate",
    "xsd:date": "date",
    "xsd:string": "text",
}


def expand(curie: str) -> str:
    """The full IRI of ``prefix:local`` (one of `PREFIXES`)."""
    prefix, colon, local = curie.partition(":")
    if not colon or prefix not in PREFIXES:
        raise ValueError(f"{curie!r} is not prefix:local with a prefix of ontology/relations.py ({', '.join(PREFIXES)})")
    return PREFIXES[prefix] + local


@dataclass(frozen=True)
class Relation:
    """One relation ``subject name object``, and how each part of the product treats it.

    ``name`` is the product's name for it everywhere: ``Fact.relation``, the JSON field on the
    subject's side, a lineage edge's relation, a stats row. ``term`` is the RDF property
    (``mg:<name>`` unless the relation is a public vocabulary's: ``dcterms:title``).
    ``domain`` and ``range`` are those the vocabulary declares (a class, or a datatype for
    values; ``None`` where it declares none).
    """

    name: str
    domain: str | None
    range: str | None
    reads_as: str  # what "s name o" says, in one line
    term: str = ""  # the RDF property as a CURIE; "" means mg:<name>
    # Lineage: the arrow from cause to effect, or None if lineage does not follow the relation.
    arrow: Arrow | None = None
    # Lineage follows it only from a mandate at the root (the n-ary mandate node's links; from
    # anywhere else they would double every instrument -> body step).
    only_from_mandate_root: bool = False
    # How the cause -> effect arrow reads where the triple points the other way (a picture of
    # "report pursuantTo resolution" says "resolution --called for--> report").
    reads_backward: str | None = None
    # The JSON field that lists the subjects on the object's page ("citedBy"); None: the
    # object's page does not list them (the links of mandate nodes, shown as mandates).
    inverse: str | None = None
    # Mandates: the mg:Action concept the relation gives (local name), and what it does.
    action: str | None = None
    mandate_kind: MandateKind | None = None
    # How a body's timeline names the event of receiving it ("established by").
    history_phrase: str | None = None
    # Extraction states it as a `loaders.facts.Fact`, with evidence.
    extracted: bool = False
    # The fact's object kind where it is not the range's: heldOn takes a span of days (a
    # DateRange), written as mg:heldOn and mg:heldUntil.
    fact_object: str | None = None
    # Verbs extraction reads as this mandate: stems a lower-cased verb phrase starts with.
    verb_stems: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        where = f"ontology/relations.py, relation {self.name!r}"
        if self.arrow is not None and self.arrow not in ARROWS:
            raise ValueError(f"{where}: arrow must be one of {', '.join(ARROWS)}, not {self.arrow!r}")
        if self.arrow == "backward" and not self.reads_backward:
            raise ValueError(f"{where}: a backward arrow needs reads_backward (how cause -> effect reads)")
        if self.only_from_mandate_root and self.arrow is None:
            raise ValueError(f"{where}: only_from_mandate_root needs an arrow")
        if (self.action is None) != (self.mandate_kind is None):
            raise ValueError(f"{where}: a mandate relation needs both action and mandate_kind")
        if self.mandate_kind is not None and self.mandate_kind not in MANDATE_KINDS:
            raise ValueError(f"{where}: mandate_kind must be one of {', '.join(MANDATE_KINDS)}")
        if self.verb_stems and self.action is None:
            raise ValueError(f"{where}: verb_stems are for mandate relations")
        for end in (self.domain, self.range):
            if end is not None:
                expand(end)
        expand(self.curie)

    @property
    def curie(self) -> str:
        return self.term or f"mg:{self.name}"

    @property
    def iri(self) -> str:
        return expand(self.curie)

    @property
    def is_mandate(self) -> bool:
        return self.action is not None

    @property
    def links_entities(self) -> bool:
        """Whether its objects are entities (IRIs), not values."""
        return self.range is None or not self.range.startswith("xsd:")

    @property
    def arrow_label(self) -> str:
        """How the lineage arrow (cause -> effect) is labelled in a picture."""
        return self.reads_backward or self.name

    @property
    def fact_kinds(self) -> tuple[str, str]:
        """(subject kind, object kind) a fact of this relation must have (`loaders.facts`)."""
        return _KIND_OF_CLASS[self.domain], self.fact_object or _KIND_OF_CLASS[self.range]


R = Relation

# The table. Its order is the order `mandates stats` and /api/stats list relations in.
RELATIONS: tuple[Relation, ...] = (
    # instrument -> body: mandates (each also an n-ary mg:Mandate node)
    R("establishes", "mg:Instrument", "mg:Body", "the instrument created the body",
      arrow="forward", inverse="establishedBy", action="establish", mandate_kind="creates",
      history_phrase="established by", extracted=True,
      verb_stems=("establish", "decided to establish", "decides to establish", "agreed to establish", "agrees to establish",
                  "resolved to establish", "resolves to establish")),
    R("makesConstantElement", "mg:Instrument", "mg:Body", "the instrument made the body permanent",
      arrow="forward", inverse="madeConstantElementBy", action="makeConstantElement", mandate_kind="creates",
      history_phrase="made a constant element by", extracted=True),
    R("requests", "mg:Instrument", "mg:Body", "the instrument tasked the body",
      arrow="forward", inverse="requestedBy", action="request", mandate_kind="tasks",
      history_phrase="requested by", extracted=True, verb_stems=("request", "call", "ask", "direct", "instruct", "appeal", "mandat", "entrust", "authoriz", "authoris",
                                                        "task", "charg")),
    R("encourages", "mg:Instrument", "mg:Body", "the instrument tasked the body",
      arrow="forward", inverse="encouragedBy", action="encourage", mandate_kind="tasks",
      history_phrase="encouraged by", extracted=True, verb_stems=("encourag", "urg", "exhort", "appeals to", "appealed to")),
    R("invites", "mg:Instrument", "mg:Body", "the instrument tasked the body",
      arrow="forward", inverse="invitedBy", action="invite", mandate_kind="tasks",
      history_phrase="invited by", extracted=True, verb_stems=("invit",)),
    # instrument -> instrument, gathering, value
    R("cites", "mg:Instrument", "mg:Instrument", "the cited instrument led to the citing one",
      arrow="backward", reads_backward="cited by", inverse="citedBy", extracted=True),
    R("endorses", "mg:Instrument", "mg:Gathering", "the meeting's recommendations led to the instrument",
      arrow="backward", reads_backward="endorsed by", inverse="endorsedBy", action="endorse",
      mandate_kind="endorses", history_phrase="endorsed recommendations by", extracted=True),
    R("adoptedAt", "mg:Instrument", "mg:Session", "the session adopted the instrument",
      arrow="backward", reads_backward="adopted", inverse="adopted", extracted=True),
    R("adoptedOn", "mg:Instrument", "xsd:date", "the instrument was adopted on that day", extracted=True),
    R("issuedBy", "mg:Instrument", "mg:Body", "the body whose session adopted the instrument",
      inverse="issued"),
    R("title", None, "xsd:string", "the entity's title as printed", term="dcterms:title", extracted=True),
    # gatherings
    R("meetingOf", "mg:Gathering", "mg:Body", "the body held the meeting (or session)",
      arrow="backward", reads_backward="held", inverse="meetings", extracted=True),
    R("heldOn", "mg:Gathering", "xsd:date", "the meeting opened on that day",
      extracted=True, fact_object="daterange"),
    R("heldUntil", "mg:Gathering", "xsd:date", "the meeting closed on that day"),
    R("heldIn", "mg:Gathering", "xsd:string", "the meeting took place there", extracted=True),
    R("jointWith", "mg:Gathering", "mg:Gathering", "two bodies' meetings held as one",
      arrow="two-way", inverse="jointWith", extracted=True),
    # documents
    R("reportOf", "mg:Document", "mg:Gathering", "a report and its meeting are one outcome",
      arrow="two-way", inverse="reports", extracted=True),
    R("pursuantTo", None, "mg:Instrument", "the instrument called for the document or meeting",
      arrow="backward", reads_backward="called for", inverse="documentsPursuantTo", extracted=True),
    R("submittedTo", "mg:Document", "mg:Gathering", "the document went to the session or meeting",
      arrow="forward", inverse="documentsSubmitted", extracted=True),
    R("preparedFor", "mg:Document", "mg:Gathering", "the document was issued for the meeting",
      arrow="forward", inverse="documentsPreparedFor", extracted=True),
    R("mentions", "mg:Document", "mg:Instrument", "the document refers to the instrument",
      inverse="mentionedBy", extracted=True),
    R("containedIn", "mg:Instrument", "mg:Document", "the document's text holds the instrument",
      inverse="contains", extracted=True),
    R("author", "mg:Document", "mg:Body", "the document comes from the body", inverse="authored"),
    R("sameAs", None, None, "one document known under two symbols", term="owl:sameAs",
      arrow="two-way", inverse="sameAs"),
    # bodies (reference data)
    R("parent", "mg:Body", "mg:Body", "the body is a subsidiary of the other", term="org:subOrganizationOf",
      inverse="children"),
    # the links of an n-ary mg:Mandate node (instrument x addressee x action)
    R("instrument", "mg:Mandate", "mg:Instrument", "the instrument gave the mandate",
      arrow="backward", only_from_mandate_root=True, reads_backward="gave"),
    R("addressee", "mg:Mandate", None, "the mandate went to the body (or meeting)",
      arrow="forward", only_from_mandate_root=True),
    R("dueAt", "mg:Mandate", "mg:Session", "the mandate's outcome is due at the session"),
    # the super-property of the instrument -> body mandates
    R("mandates", "mg:Instrument", "mg:Body", "the instrument tasked or created the body", inverse="mandatedBy"),
)
del R

# Properties of the vocabulary that are not relations between things of the domain: parts of
# an entity's identity, the plumbing of evidence, mandate nodes and loaded files, and reference
# data about bodies. Listed so that the test tells a property forgotten in RELATIONS from one
# that is not a relation.
NOT_RELATIONS: frozenset[str] = frozenset({
    "sessionNumber", "number", "ordinal", "heading", "documentKind",  # identity and description
    "action", "task", "evidence",  # of a mandate node
    "document", "paragraph", "quote", "start", "end", "characterization",  # of an evidence node
    "sourceFile", "sha256", "sourcePathDigest", "extractionFingerprint", "describes",  # of a loaded file's graph
    "key", "symbolPrefix", "shortName", "gatheringTerm", "issuesInstruments",  # reference data
    "instrumentNumbering", "numberTemplate", "instrumentKind", "numberingOfBodyNamed", "numberingOfSeries",
})

BY_NAME: dict[str, Relation] = {r.name: r for r in RELATIONS}
BY_IRI: dict[str, Relation] = {r.iri: r for r in RELATIONS}

# The derived selections the rest of the product reads most.
MANDATES: tuple[Relation, ...] = tuple(r for r in RELATIONS if r.is_mandate)
BODY_MANDATES: tuple[Relation, ...] = tuple(r for r in MANDATES if r.range == "mg:Body")
EXTRACTED: tuple[Relation, ...] = tuple(r for r in RELATIONS if r.extracted)
LINEAGE: tuple[Relation, ...] = tuple(r for r in RELATIONS if r.arrow is not None)


def relation(name: str) -> Relation:
    """The relation called ``name``; a KeyError naming the known ones otherwise."""
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"unknown relation {name!r}; ontology/relations.py knows {', '.join(BY_NAME)}") from None


def relations(names: Iterable[str]) -> tuple[Relation, ...]:
    return tuple(relation(name) for name in names)


def relation_for_iri(iri: str) -> Relation | None:
    return BY_IRI.get(iri)


def verb_relations() -> dict[str, str]:
    """Verb stem -> relation name, for the extraction of mandates from verbs."""
    return {stem: r.name for r in MANDATES for stem in r.verb_stems}


def sparql_values(chosen: Iterable[Relation]) -> str:
    """The relations' properties as the body of a SPARQL ``VALUES ?p { ... }`` block."""
    return " ".join(f"<{r.iri}>" for r in chosen)


def sparql_in(chosen: Iterable[Relation]) -> str:
    """The relations' properties as the list of a SPARQL ``FILTER (?p IN (...))``."""
    return ", ".join(f"<{r.iri}>" for r in chosen)

"""Reading entities out of the graph for the JSON API and the linked-data pages.

All the SPARQL the HTTP layer needs to show an entity lives here, so route functions only
shape answers. Everything is generic over the relations present: an item view lists every
triple in which the entity is subject or object, named by the product's relation names
(``establishes``, ``citedBy``, …), each value with its evidence (document, paragraph, quote,
character span). Nothing here knows which relations the current extraction produces.

The answers are frozen dataclasses (`EntityInfo`, `ItemView`, `SearchHit`, …) that name
entities by IRI and id path; what the HTTP service makes of them (field names, hrefs, the
API version) is `api/models.py`'s business.
"""

from __future__ import annotations

import builtins
import json
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable, Mapping, Sequence, Union

import pyoxigraph as ox

from mandate_graph import ontology
from mandate_graph.graph.errors import named_node
from mandate_graph.graph import search_index
from mandate_graph.graph.generations import derived
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.namespaces import DCTERMS, MG, PREFIXES, RDF, RDFS, SKOS
from mandate_graph.graph.sort_parts import SortSpec, sorted_members
from mandate_graph.graph.sparql_results import ask, select
from mandate_graph.graph.sparql_results import text as text_of
from mandate_graph.graph.store import GraphStore, StoreError
from mandate_graph.ontology import relations as relation_table

# collection -> (the IRI path prefix of its members, their classes)
COLLECTIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "instruments": ("instrument", (str(MG.Resolution), str(MG.Decision), str(MG.Instrument))),
    "bodies": ("body", (str(MG.Body),)),
    "meetings": ("meeting", (str(MG.Meeting),)),
    "sessions": ("session", (str(MG.Session),)),
    "documents": ("document", (str(MG.Document),)),
}

# predicate -> JSON field for the entity as subject (mg:x is x; these are the others)
FORWARD_NAMES: dict[str, str] = {
    str(DCTERMS.date): "date",
    str(SKOS.notation): "symbols",
    str(SKOS.prefLabel): "name",
    str(SKOS.altLabel): "aliases",
    str(RDFS.seeAlso): "links",
    str(RDFS.label): "label",
    # the relations of public vocabularies (dcterms:title, org:subOrganizationOf, owl:sameAs)
    **{r.iri: r.name for r in relation_table.RELATIONS if not r.iri.startswith(str(MG))},
}
# predicate -> JSON field for the entity as object (ontology/relations.py, `inverse`)
INVERSE_NAMES: dict[str, str] = {
    r.iri: r.inverse for r in relation_table.RELATIONS if r.inverse
}
# triples not shown as relations (the plumbing of evidence, mandates and provenance)
HIDDEN_FORWARD = {str(RDF.type), str(RDFS.label), str(MG.key)}
HIDDEN_INVERSE = {
    str(RDF.subject), str(RDF.object), str(MG.describes), str(MG.document),
    # the links of mandate nodes, which the page shows as its mandates
    *(r.iri for r in relation_table.RELATIONS if r.inverse is None and r.links_entities),
}

TYPE_ORDER = ["Resolution", "Decision", "PresidentialStatement", "Instrument", "Session", "Meeting", "Body", "Document", "Mandate",
              "Evidence", "SourceGraph"]


def term_name(iri: str) -> str:
    """A predicate's JSON field name: mg:x -> x, known terms by name, others prefixed."""
    if iri in FORWARD_NAMES:
        return FORWARD_NAMES[iri]
    if iri.startswith(str(MG)):
        return iri[len(str(MG)):]
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


def inverse_name(iri: str) -> str:
    if iri in INVERSE_NAMES:
        return INVERSE_NAMES[iri]
    name = term_name(iri)
    return f"inverseOf_{name}"


LiteralScalar = Union[str, int, bool]


def literal_value(term: ox.Literal) -> LiteralScalar:
    """A literal's JSON value (numbers as numbers, the rest as text)."""
    dt = term.datatype.value if term.datatype else ""
    if dt.endswith(("#integer", "#int", "#long")):
        try:
            return int(term.value)
        except ValueError:
            return term.value
    if dt.endswith("#boolean"):
        return term.value == "true"
    return term.value


# ------------------------------------------------------------------------------ the views



@dataclass(frozen=True)
class EntityInfo:
    """An entity as other views point at it: its IRI, id path (None outside the base), main
    type (None when it has no type of the product's vocabulary) and a label for people."""

    iri: str
    id: str | None
    type: str | None
    label: str


@dataclass(frozen=True)
class EvidenceDocument:
    """The document a piece of evidence quotes, with the least of its symbols."""

    iri: str
    id: str | None
    symbol: str | None


@dataclass(frozen=True)
class RelationEvidence:
    """Where one triple was read: the document, paragraph, quote and character span."""

    id: str | None  # the evidence node's id path
    document: EvidenceDocument | None
    paragraph: str | None
    quote: str | None
    start: int | None
    end: int | None
    characterization: str | None = None  # how the text cites it ("recalling", "reaffirming", …)


@dataclass(frozen=True)
class EntityValue:
    """A relation's value that is an entity of the graph."""

    entity: EntityInfo
    evidence: tuple[RelationEvidence, ...]


@dataclass(frozen=True)
class LinkValue:
    """A relation's value that is an IRI outside the graph's entities (rdfs:seeAlso links)."""

    iri: str
    evidence: tuple[RelationEvidence, ...]


@dataclass(frozen=True)
class LiteralValue:
    """A relation's value that is a literal: a date, a title, a number."""

    value: LiteralScalar
    language: str | None
    evidence: tuple[RelationEvidence, ...]


RelationValue = Union[EntityValue, LinkValue, LiteralValue]


@dataclass(frozen=True)
class MandateSummary:
    """A mandate an instrument gives or an entity receives (ids are id paths)."""

    iri: str
    id: str | None
    label: str | None
    action: str
    instrument: str | None
    addressee: str | None
    task: str | None
    due_at: str | None


# Relations shown once more beside the relations, as a single value, when the item has them.
SINGLE_VALUED = ("title", "date", "adoptedOn", "heldOn", "heldUntil", "heldIn", "ordinal", "number",
                 "sessionNumber", "name")


@dataclass(frozen=True)
class ItemView:
    """One entity with every relation in both directions, each value with its evidence.

    ``single`` holds the first value of each of `SINGLE_VALUED` the entity has, in that
    order; ``symbols`` and ``aliases``, when the entity has them, are taken out of
    ``relations`` (None when it has none)."""

    entity: EntityInfo
    types: tuple[str, ...]
    single: Mapping[str, LiteralScalar]
    symbols: tuple[str, ...] | None
    aliases: tuple[str, ...] | None
    mandates: tuple[MandateSummary, ...]
    relations: Mapping[str, tuple[RelationValue, ...]]  # by relation name, sorted by name
    counts: Mapping[str, int] = field(default_factory=dict)  # each relation's number of values, all shown or not

    def cut(self) -> dict[str, int]:
        """The relations with more values than ``relations`` shows, and how many they have."""
        return {name: n for name, n in self.counts.items() if n > len(self.relations.get(name, ()))}


@dataclass(frozen=True)
class QuoteMatch:
    """Where a search hit in an evidence quote was read."""

    evidence: str | None  # the evidence node's id path
    relation: str
    document: str | None  # id path
    paragraph: str | None


@dataclass(frozen=True)
class SearchHit:
    """An entity whose name, title, symbol or task (``field``) contains the text searched for,
    or one of whose facts is quoted with it (``field`` is "quote", ``quote`` says where)."""

    entity: EntityInfo
    field: str
    text: str
    quote: QuoteMatch | None = None


def _value_sort_key(value: RelationValue) -> tuple[str, str, str]:
    if isinstance(value, EntityValue):
        return (value.entity.label or "", "", value.entity.iri or "")
    if isinstance(value, LiteralValue):
        return ("", str(value.value), "")
    return ("", "", value.iri or "")


# ------------------------------------------------------------------------------ list order

# The values each collection's members are sorted by (besides their class, "t"): the
# instruments by issuer, class, session and number; meetings and sessions by body and
# ordinal; the rest by their least label.
SORT_VALUES: dict[str, tuple[tuple[str, str], ...]] = {
    "instruments": (("issuer", "mg:issuedBy"), ("number", "mg:number")),
    "meetings": (("body", "mg:meetingOf"), ("ordinal", "mg:ordinal")),
    "sessions": (("body", "mg:meetingOf"), ("ordinal", "mg:ordinal")),
}
DEFAULT_SORT_VALUES = (("label", "skos:notation|skos:prefLabel|rdfs:label"),)

SortTerm = Union[ox.NamedNode, ox.Literal, ox.BlankNode]
# A sort key's part: (0,) when the member has no value (first, as an unbound one in SPARQL's
# ORDER BY), else (1, number or text).
KeyPart = Union[tuple[int], tuple[int, int], tuple[int, str], tuple[int, int, Union[int, float, str]]]
NUMERIC_TYPES = ("#integer", "#int", "#long", "#short", "#byte", "#decimal", "#double", "#float",
                 "#nonNegativeInteger", "#positiveInteger")


def _least(candidates: Iterable[Any]) -> KeyPart:
    present = [c for c in candidates if c is not None]
    return (1, min(present)) if present else (0,)


def _number_part(lexical: str, after: bool) -> int | None:
    """xsd:integer of the digits before (or after) the first "/" of an instrument number;
    None where SPARQL's cast fails (no "/", no digit)."""
    if "/" not in lexical:
        return None
    digits = re.sub("[^0-9]", "", lexical.split("/", 1)[1 if after else 0])
    return int(digits) if digits else None


def _literal_order(term: SortTerm) -> tuple[int, Union[int, float, str]]:
    """Numbers by value (before text, compared among themselves), the rest by text."""
    if isinstance(term, ox.Literal) and term.datatype.value.endswith(NUMERIC_TYPES):
        try:
            return (0, float(term.value) if "." in term.value or "e" in term.value.lower() else int(term.value))
        except ValueError:
            pass
    return (1, term.value)


def _instrument_sort_key(values: Mapping[str, builtins.list[SortTerm]]) -> tuple[KeyPart, ...]:
    numbers = [t.value for t in values.get("number", [])]
    return (
        _least(t.value for t in values.get("issuer", [])),
        _least(t.value for t in values.get("t", [])),
        _least(_number_part(n, after=False) for n in numbers),
        _least(_number_part(n, after=True) for n in numbers),
    )


def _gathering_sort_key(values: Mapping[str, builtins.list[SortTerm]]) -> tuple[KeyPart, ...]:
    ordinals = [_literal_order(t) for t in values.get("ordinal", [])]
    least_ordinal: KeyPart = (1, *min(ordinals)) if ordinals else (0,)
    return (_least(t.value for t in values.get("body", [])), least_ordinal)


def _label_sort_key(values: Mapping[str, builtins.list[SortTerm]]) -> tuple[KeyPart, ...]:
    return (_least(t.value.lower() for t in values.get("label", [])),)


SORT_KEYS: dict[str, Callable[[Mapping[str, builtins.list[SortTerm]]], tuple[KeyPart, ...]]] = {
    "instruments": _instrument_sort_key,
    "meetings": _gathering_sort_key,
    "sessions": _gathering_sort_key,
}


class EntityReader:
    """Reads entities from one store under one base IRI."""

    def __init__(self, store: GraphStore, ids: Identifiers) -> None:
        self.store = store
        self.ids = ids

    # ids --------------------------------------------------------------------------------

    def path_of(self, iri: str) -> str | None:
        return iri[len(self.ids.base):] if iri.startswith(self.ids.base) else None

    # labels and types ------------------------------------------------------------------

    def infos(self, iris: Iterable[str]) -> dict[str, EntityInfo]:
        iris = list(dict.fromkeys(i for i in iris))
        if not iris:
            return {}
        values = "VALUES ?x { " + " ".join(str(ox.NamedNode(i)) for i in iris) + " }"
        # One branch per property, each bound to the entities, DISTINCT: OPTIONALs side by
        # side would multiply every label by every type, and each of those by the number of
        # documents stating it (the default graph is a multiset): 20 ms for resolution 7/1's
        # neighbours on the corpus, against 2 ms this way.
        rows = select(
            self.store,
            f"""SELECT DISTINCT ?x ?k ?v WHERE {{
                 {{ {values} ?x skos:prefLabel ?v BIND("pl" AS ?k) }}
                 UNION {{ {values} ?x rdfs:label ?v BIND("l" AS ?k) }}
                 UNION {{ {values} ?x skos:notation ?v BIND("n" AS ?k) }}
                 UNION {{ {values} ?x a ?v BIND("t" AS ?k) }} }}""",
        )
        seen: dict[str, dict[str, list[str]]] = {}
        for row in rows:
            seen.setdefault(row["x"].value, {}).setdefault(row["k"].value, []).append(row["v"].value)
        found: dict[str, tuple[str | None, list[str]]] = {}
        for iri, by_kind in seen.items():
            # The least of the preferred labels, else of the labels, else of the notations:
            # the same label on every run.
            label = next((min(by_kind[k]) for k in ("pl", "l", "n") if k in by_kind), None)
            found[iri] = (label, sorted(by_kind.get("t", [])))
        mg = str(MG)
        out = {}
        for iri in iris:
            label, all_types = found.get(iri, (None, []))
            types = [t[len(mg):] for t in all_types if t.startswith(mg)]
            types.sort(key=lambda t: TYPE_ORDER.index(t) if t in TYPE_ORDER else 99)
            out[iri] = EntityInfo(iri, self.path_of(iri), types[0] if types else None, label or self._fallback_label(iri))
        return out

    def _fallback_label(self, iri: str) -> str:
        path = self.path_of(iri)
        return path if path else iri

    # existence -------------------------------------------------------------------------

    def exists(self, iri: str, classes: Iterable[str] | None = None) -> bool:
        """Whether the graph holds ``iri`` (of one of ``classes``). Raises `InvalidIri` for
        text that is no IRI at all: ids typed by users reach the store through here."""
        node = named_node(iri)
        if classes:
            types = " ".join(str(ox.NamedNode(c)) for c in classes)
            return ask(self.store, f"ASK {{ VALUES ?t {{ {types} }} ?s a ?t }}", bindings={"s": node})
        return ask(self.store, "ASK { { ?s ?p ?o } UNION { ?x ?q ?s } }", bindings={"s": node})

    # evidence --------------------------------------------------------------------------

    def _evidence_rows(self, iri: str, outgoing: bool, only: builtins.list[ox.NamedNode | ox.Literal] | None = None
                       ) -> dict[tuple[str, str], tuple[RelationEvidence, ...]]:
        """(predicate, other end as N-Triples term) -> evidence, for one direction; ``only``:
        for the triples whose other end is one of these (a page of the relations)."""
        if only is not None and not only:
            return {}
        node_pattern = "rdf:subject ?s ; rdf:object ?o" if outgoing else "rdf:subject ?o ; rdf:object ?s"
        # The other ends written into the query (N-Triples terms serialized by pyoxigraph):
        # Oxigraph starts from them, reading their evidence nodes only.
        ends = f"VALUES ?o {{ {' '.join(str(t) for t in dict.fromkeys(only))} }}" if only is not None else ""
        rows = select(
            self.store,
            f"""SELECT ?p ?o ?ev ?doc ?sym ?para ?quote ?start ?end ?char WHERE {{
                  {ends}
                  ?ev {node_pattern} ; rdf:predicate ?p .
                  OPTIONAL {{ ?ev mg:document ?doc . OPTIONAL {{ ?doc skos:notation ?sym }} }}
                  OPTIONAL {{ ?ev mg:paragraph ?para }} OPTIONAL {{ ?ev mg:quote ?quote }}
                  OPTIONAL {{ ?ev mg:start ?start }} OPTIONAL {{ ?ev mg:end ?end }}
                  OPTIONAL {{ ?ev mg:characterization ?char }}
                }}""",
            bindings={"s": ox.NamedNode(iri)},
        )
        # One evidence node comes once per symbol of its document: the least symbol is kept.
        found: dict[tuple[str, str], dict[str, RelationEvidence]] = {}
        for row in rows:
            key = (row["p"].value, str(row["o"]))
            ev_iri = row["ev"].value
            slot = found.setdefault(key, {})
            symbol = text_of(row, "sym")
            known = slot.get(ev_iri)
            if known is not None:
                if symbol is not None and known.document and symbol < (known.document.symbol or "~"):
                    slot[ev_iri] = replace(known, document=replace(known.document, symbol=symbol))
                continue
            doc = text_of(row, "doc")
            start, end = text_of(row, "start"), text_of(row, "end")
            slot[ev_iri] = RelationEvidence(
                id=self.path_of(ev_iri),
                document=EvidenceDocument(doc, self.path_of(doc), symbol) if doc else None,
                paragraph=text_of(row, "para"),
                quote=text_of(row, "quote"),
                start=int(start) if start is not None else None,
                end=int(end) if end is not None else None,
                characterization=text_of(row, "char"),
            )

        def order(e: RelationEvidence) -> tuple[str, int]:
            return ((e.document.id or "") if e.document else "", e.start or 0)

        return {k: tuple(sorted(v.values(), key=order)) for k, v in found.items()}

    # the item view ---------------------------------------------------------------------

    def describe(self, iri: str, limit: int | None = None, relation: str | None = None,
                 offset: int = 0) -> ItemView | None:
        """The item view: identity, then every relation in both directions with evidence.

        ``limit``: each relation shows its first ``limit`` values (in the view's order) and
        `ItemView.counts` says how many it has; the evidence is read for the values shown
        only (an entity with thousands of relations is read in one page's time).
        ``relation``: only that relation's values, ``limit`` of them from ``offset`` (the
        rest of a relation cut by ``limit``)."""
        node = ox.NamedNode(iri)
        out_rows = list(select(self.store, "SELECT DISTINCT ?p ?o WHERE { ?s ?p ?o }", bindings={"s": node}))
        in_rows = list(select(self.store, "SELECT DISTINCT ?p ?x WHERE { ?x ?p ?s }", bindings={"s": node}))
        if not out_rows and not in_rows:
            return None
        others = [r["o"].value for r in out_rows if isinstance(r["o"], ox.NamedNode)]
        # Not the evidence and mandate nodes that point here: the view leaves them out anyway.
        others += [r["x"].value for r in in_rows
                   if isinstance(r["x"], ox.NamedNode) and r["p"].value not in HIDDEN_INVERSE]
        infos = self.infos([iri, *others])
        types = tuple(sorted({r["o"].value[len(str(MG)):] for r in out_rows
                              if r["p"].value == str(RDF.type) and r["o"].value.startswith(str(MG))}))

        # Every value first without its evidence, each with the triple it comes from
        # (outgoing?, predicate, the other end): the evidence is read for those shown.
        found: dict[str, list[tuple[RelationValue, tuple[bool, str, ox.NamedNode | ox.Literal]]]] = {}
        for row in out_rows:
            p, o = row["p"].value, row["o"]
            if p in HIDDEN_FORWARD:
                continue
            value: RelationValue
            if isinstance(o, ox.NamedNode):
                if p == str(RDFS.seeAlso) or o.value not in infos:
                    value = LinkValue(o.value, ())
                else:
                    value = EntityValue(infos[o.value], ())
            elif isinstance(o, ox.Literal):
                value = LiteralValue(literal_value(o), o.language, ())
            else:
                continue
            found.setdefault(term_name(p), []).append((value, (True, p, o)))
        for row in in_rows:
            p, x = row["p"].value, row["x"]
            if p in HIDDEN_INVERSE or not isinstance(x, ox.NamedNode):
                continue
            info = infos.get(x.value)
            if info is None or info.type in {"Evidence", "SourceGraph", "Mandate"}:
                continue
            found.setdefault(inverse_name(p), []).append((EntityValue(info, ()), (False, p, x)))
        for values in found.values():
            values.sort(key=lambda v: _value_sort_key(v[0]))
        # The single values, symbols and aliases from every value (whatever page is shown).
        single: dict[str, LiteralScalar] = {}
        for name in SINGLE_VALUED:
            first = found[name][0][0] if found.get(name) else None
            if isinstance(first, LiteralValue):
                single[name] = first.value
        symbols = aliases = None
        if "symbols" in found:
            symbols = tuple(str(v.value) for v, _ in found.pop("symbols") if isinstance(v, LiteralValue))
            found.pop("links", None)  # the symbols' undocs.org links, which the API makes from them
        if "aliases" in found:
            aliases = tuple(sorted(str(v.value) for v, _ in found.pop("aliases") if isinstance(v, LiteralValue)))

        counts = {name: len(values) for name, values in found.items()}
        if relation is not None:
            found = {relation: found[relation][max(offset, 0):]} if relation in found else {}
        if limit is not None:
            found = {name: values[:max(limit, 0)] for name, values in found.items()}
        complete = sum(len(v) for v in found.values()) == sum(counts.values())
        forward_ev = self._evidence_rows(iri, outgoing=True, only=None if complete else
                                         [t for v in found.values() for _, (out, _p, t) in v if out])
        inverse_ev = self._evidence_rows(iri, outgoing=False, only=None if complete else
                                         [t for v in found.values() for _, (out, _p, t) in v if not out])
        relations: dict[str, list[RelationValue]] = {}
        for name, values in found.items():
            relations[name] = [replace(value, evidence=(forward_ev if out else inverse_ev).get((p, str(other)), ()))
                               for value, (out, p, other) in values]
        return ItemView(
            entity=infos[iri],
            types=types,
            single=single,
            symbols=symbols,
            aliases=aliases,
            mandates=tuple(self.mandates_of(iri)),
            relations={name: tuple(values) for name, values in sorted(relations.items())},
            counts={name: counts[name] for name in sorted(relations)},
        )

    def mandates_of(self, iri: str) -> list[MandateSummary]:
        """The mg:Mandate nodes an instrument gives or a body/meeting receives."""
        # One row per (mandate, property, value), assembled here: joining the properties in
        # SPARQL multiplies rows by the number of documents stating each of them (the default
        # graph is a multiset), thousands of rows for one resolution.
        # Two queries, each pattern bound to a known node: Oxigraph joins a sub-select or a
        # UNION with what follows it by scanning every mandate first (450 ms at a million
        # triples; this way, 2 ms).
        node = ox.NamedNode(iri)  # validated: its N-Triples form is safe to write into the query
        mandates = [
            row["m"] for row in select(
                self.store,
                f"""SELECT DISTINCT ?m WHERE {{
                     {{ ?m mg:instrument {node} ; a mg:Mandate }} UNION {{ ?m mg:addressee {node} ; a mg:Mandate }} }}""",
            )
        ]
        if not mandates:
            return []
        # The properties in a FILTER, not a second VALUES block: Oxigraph joins two VALUES
        # blocks first and then reads each property's every triple (0.5 s at 10 M triples
        # for 17 mandates); filtered, it reads the mandates' own triples (4 ms).
        rows = select(
            self.store,
            f"""SELECT DISTINCT ?m ?p ?o WHERE {{
                 VALUES ?m {{ {" ".join(str(m) for m in mandates)} }}
                 ?m ?p ?o .
                 FILTER(?p IN (rdfs:label, mg:instrument, mg:addressee, mg:action, mg:task, mg:dueAt))
               }}""",
        )
        found: dict[str, dict[str, str]] = {}
        for row in rows:
            name = row["p"].value.rsplit("#", 1)[-1]
            values = found.setdefault(row["m"].value, {})
            value = row["o"].value
            if name not in values or value < values[name]:  # one value, the same on every run
                values[name] = value
        out = []
        for m in sorted(found):
            values = found[m]
            if "instrument" not in values or "addressee" not in values or "action" not in values:
                continue
            action = values["action"]
            out.append(MandateSummary(
                iri=m,
                id=self.path_of(m),
                label=values.get("label"),
                action=action[len(str(MG)):] if action.startswith(str(MG)) else action,
                instrument=self.path_of(values["instrument"]),
                addressee=self.path_of(values["addressee"]),
                task=values.get("task"),
                due_at=self.path_of(values["dueAt"]) if "dueAt" in values else None,
            ))
        return out

    # lists -----------------------------------------------------------------------------

    def list(
        self,
        collection: str,
        *,
        filters: dict[str, ox.NamedNode | ox.Literal] | None = None,
        text: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[int, list[EntityInfo]]:
        """(total, one page of items) of one collection, optionally filtered."""
        _, classes = COLLECTIONS[collection]
        types = " ".join(str(ox.NamedNode(c)) for c in classes)
        filters = dict(filters or {})
        patterns = []
        if "issuer" in filters:
            patterns.append("?s mg:issuedBy ?issuer .")
        if "kind" in filters and collection == "instruments":
            patterns.append("?s a ?kind .")
        if "kind" in filters and collection == "documents":
            patterns.append("?s mg:documentKind ?kind .")
        if "session" in filters:
            patterns.append("?s mg:sessionNumber ?session .")
        if "body" in filters:
            patterns.append("?s mg:meetingOf ?body .")
        if "parent" in filters:
            patterns.append("?s org:subOrganizationOf ?parent .")
        if "author" in filters:
            patterns.append("?s mg:author ?author .")
        if text:
            filters["q"] = ox.Literal(text.lower())
            patterns.append(
                "FILTER EXISTS { ?s rdfs:label|skos:prefLabel|skos:altLabel|skos:notation|dcterms:title ?text "
                "FILTER(CONTAINS(LCASE(STR(?text)), ?q)) }"
            )
        # The filters' terms bound inside the pattern (it is repeated in each branch of the
        # sort query, and a FILTER EXISTS sees only its own branch's bindings); N-Triples
        # terms serialized by pyoxigraph, never text pasted in.
        bound = " ".join(f"VALUES ?{name} {{ {term} }}" for name, term in sorted(filters.items()))
        where = f"{bound} VALUES ?t {{ {types} }} ?s a ?t . FILTER(isIRI(?s)) " + " ".join(patterns)
        members = derived.get(
            self.store, ("list", collection, tuple(sorted(filters.items()))),
            lambda store: EntityReader(store, self.ids)._sorted_members(collection, where),
        ) if filters else self.members(collection)
        iris = members[max(int(offset), 0):max(int(offset), 0) + max(int(limit), 0)]
        infos = self.infos(iris)
        return len(members), [infos[i] for i in iris]

    def members(self, collection: str) -> Sequence[str]:
        """The IRIs of every member of ``collection``, in list order, kept fresh per store
        generation (brought up to date in the background after a write: `graph.generations`);
        read a slice at a time from the file beside the store (`graph.sort_parts`)."""
        return derived.keep_fresh(self.store, ("list", collection, ()), self._members_of(collection),
                                  rank=builtins.list(COLLECTIONS).index(collection))

    def keep_lists_fresh(self) -> None:
        """Have every collection's members computed by the next background refresh (the
        instruments first: the first list a client asks for, most often)."""
        for rank, collection in enumerate(COLLECTIONS):
            derived.register(self.store, ("list", collection, ()), self._members_of(collection), rank=rank)

    def _members_of(self, collection: str) -> Callable[[GraphStore], Sequence[str]]:
        """The sorted members, from the sort values kept per named graph in a file beside the
        store (`graph.sort_parts`: after a write, only the graphs written are read again)."""
        _, classes = COLLECTIONS[collection]
        types = " ".join(str(ox.NamedNode(c)) for c in classes)
        where = f"VALUES ?t {{ {types} }} ?s a ?t . FILTER(isIRI(?s))"
        ids = self.ids  # not self: the function must not hold the store (graph.generations)
        spec = SortSpec(classes, SORT_VALUES.get(collection, DEFAULT_SORT_VALUES), SORT_KEYS.get(collection, _label_sort_key))

        def members(store: GraphStore) -> Sequence[str]:
            found = sorted_members(store, collection, spec)
            if found is None:  # quads outside the named graphs: sorted from the store
                return EntityReader(store, ids)._sorted_members(collection, where)
            len(found)  # counted here, by the background refresh, not by the first page's request
            return found
        return members

    def _sorted_members(self, collection: str, where: str) -> builtins.list[str]:
        """The members matching ``where``, sorted as the list pages show them.

        The sort keys' values are read by one UNION (one row per member and value) and the
        members sorted here: ordering in SPARQL (GROUP BY over the computed keys, then ORDER
        BY) took 6 s for 8,000 instruments at 1 M triples, this 1 s. Each key is the least of
        the member's values, a member with none first, the IRI last, as that ORDER BY did."""
        branches = [f"{{ {where} BIND(\"t\" AS ?k) BIND(?t AS ?v) }}"]
        for kind, path in SORT_VALUES.get(collection, DEFAULT_SORT_VALUES):
            branches.append(f"{{ {where} ?s {path} ?v BIND(\"{kind}\" AS ?k) }}")
        rows = select(self.store, f"SELECT DISTINCT ?s ?k ?v WHERE {{ {' UNION '.join(branches)} }}")
        values: dict[str, dict[str, builtins.list[ox.NamedNode | ox.Literal | ox.BlankNode]]] = {}
        for row in rows:
            term = row["v"]
            if isinstance(term, (ox.NamedNode, ox.Literal, ox.BlankNode)):
                values.setdefault(row["s"].value, {}).setdefault(row["k"].value, []).append(term)
        key_of = SORT_KEYS.get(collection, _label_sort_key)
        return sorted(values, key=lambda iri: (*key_of(values[iri]), iri))

    # search ----------------------------------------------------------------------------

    def search(self, text: str, limit: int = 50) -> builtins.list[SearchHit]:
        """Entities whose names, titles or symbols contain ``text``, then evidence quotes that do
        (case-insensitive substrings). Answered by the text index (`graph.search_index`) when
        it is at the store's current generation, else by scanning the store: the same hits."""
        found = search_index.search(self.store, self.ids.base, text)
        names, quotes = found if found is not None else (self._scan_names(text), self._scan_quotes(text))
        hits: list[tuple[str, str, str, QuoteMatch | None]] = []
        seen = set()
        for name in names:
            key = (name.subject, name.text)
            if key in seen:
                continue
            seen.add(key)
            hits.append((name.subject, term_name(name.predicate), name.text, None))
        for quote in quotes:
            hits.append((quote.subject, "quote", quote.quote, QuoteMatch(
                evidence=self.path_of(quote.evidence),
                relation=term_name(quote.predicate),
                document=self.path_of(quote.document) if quote.document else None,
                paragraph=quote.paragraph,
            )))
        hits = hits[:limit]
        infos = self.infos(h[0] for h in hits)
        return [SearchHit(infos[iri], field, matched, quote) for iri, field, matched, quote in hits]

    def keep_search_index_fresh(self) -> None:
        """Have the background refresh build the text index that answers `search`, and bring
        it up to date after each write (`graph.search_index`; without it, search scans)."""
        search_index.keep_fresh(self.store, self.ids.base)

    def _scan_names(self, text: str) -> builtins.list[search_index.NameMatch]:
        """The names containing ``text``, read by SPARQL from every name in the store."""
        rows = select(
            self.store,
            f"""SELECT DISTINCT ?s ?p ?text WHERE {{
                 ?s rdfs:label|skos:prefLabel|skos:altLabel|skos:notation|dcterms:title|mg:task ?text .
                 ?s ?p ?text . FILTER(?p IN (rdfs:label, skos:prefLabel, skos:altLabel, skos:notation, dcterms:title, mg:task))
                 FILTER(CONTAINS(LCASE(STR(?text)), ?q))
                 FILTER(STRSTARTS(STR(?s), ?base))
                 FILTER NOT EXISTS {{ ?s a mg:Evidence }}
               }} ORDER BY STRLEN(STR(?text)) ?s LIMIT {search_index.NAME_LIMIT}""",
            bindings={"q": ox.Literal(text.lower()), "base": ox.Literal(self.ids.base)},
        )
        return [search_index.NameMatch(row["s"].value, row["p"].value, row["text"].value) for row in rows]

    def _scan_quotes(self, text: str) -> builtins.list[search_index.QuoteMatch]:
        """The evidence quotes containing ``text``, read by SPARQL from every quote in the store."""
        rows = select(
            self.store,
            f"""SELECT ?ev ?subject ?p ?quote ?doc ?para WHERE {{
                 ?ev a mg:Evidence ; mg:quote ?quote ; rdf:subject ?subject ; rdf:predicate ?p .
                 FILTER(CONTAINS(LCASE(STR(?quote)), ?q))
                 OPTIONAL {{ ?ev mg:document ?doc }} OPTIONAL {{ ?ev mg:paragraph ?para }}
               }} ORDER BY ?subject ?ev LIMIT {search_index.QUOTE_LIMIT}""",
            bindings={"q": ox.Literal(text.lower())},
        )
        return [search_index.QuoteMatch(row["ev"].value, row["subject"].value, row["p"].value, row["quote"].value,
                                        text_of(row, "doc"), text_of(row, "para")) for row in rows]

    # RDF views -------------------------------------------------------------------------

    def description_triples(self, iri: str) -> builtins.list[ox.Triple]:
        """The entity's concise bounded description for linked data: its triples in both
        directions, labels and types of the entities it links to, and the evidence nodes
        of its triples."""
        # The evidence branches start from the entity (rdf:subject, rdf:object: index lookups)
        # and check the type after, each in its own branch: starting from `?ev a mg:Evidence`,
        # or a UNION joined with the patterns after it, reads every evidence node of the store
        # (12 s at 10 M triples).
        # The IRI is written into the query (its N-Triples form, serialized by pyoxigraph):
        # bound as a parameter it would be joined after the fact (the CONSTRUCT template
        # uses it), each branch first reading the whole store.
        s = str(ox.NamedNode(iri))
        result = self.store.query(
            f"""CONSTRUCT {{ {s} ?p ?o . ?x ?q {s} . ?o rdfs:label ?ol . ?o a ?ot . ?x rdfs:label ?xl . ?x a ?xt .
                           ?ev ?ep ?eo . }}
               WHERE {{
                 {{ {s} ?p ?o . OPTIONAL {{ ?o rdfs:label|skos:prefLabel ?ol }} OPTIONAL {{ ?o a ?ot }} }}
                 UNION {{ ?x ?q {s} . FILTER(?q NOT IN (rdf:subject, rdf:object, mg:document))
                         OPTIONAL {{ ?x rdfs:label|skos:prefLabel ?xl }} OPTIONAL {{ ?x a ?xt }} }}
                 UNION {{ ?ev rdf:subject {s} ; a mg:Evidence ; ?ep ?eo }}
                 UNION {{ ?ev rdf:object {s} ; a mg:Evidence ; ?ep ?eo }}
               }}""",
        )
        if not isinstance(result, ox.QueryTriples):
            raise StoreError(f"the store answered a CONSTRUCT query with {type(result).__name__}")
        return list(dict.fromkeys(result))


# ------------------------------------------------------------------------------ JSON-LD


def jsonld_context() -> dict[str, Any]:
    return json.loads(ontology.JSONLD_CONTEXT.read_text())["@context"]


def compact_jsonld(triples: Iterable[ox.Triple], context: dict[str, Any], main: str | None = None) -> dict[str, Any]:
    """Triples as compact JSON-LD using the project's context (inlined, no remote fetches).

    Predicates the context names become its terms; others stay full IRIs. Every node is an
    entry of ``@graph``; ``main`` (the described entity) comes first.
    """
    prefixes = {k: v for k, v in context.items() if isinstance(v, str) and v.endswith(("#", "/"))}

    def expand(value: str) -> str:
        if ":" in value:
            prefix, _, local = value.partition(":")
            if prefix in prefixes:
                return prefixes[prefix] + local
        return value

    terms: dict[str, tuple[str, dict[str, Any]]] = {}
    for term, definition in context.items():
        if term.startswith("@") or term in prefixes:
            continue
        if isinstance(definition, str):
            if definition.startswith("@"):
                continue
            terms.setdefault(expand(definition), (term, {}))
        elif isinstance(definition, dict) and "@id" in definition:
            terms.setdefault(expand(definition["@id"]), (term, definition))
    classes = {expand(d): t for t, d in context.items() if isinstance(d, str) and t[:1].isupper()}

    nodes: dict[str, dict[str, Any]] = {}

    def node_id(term: Any) -> str:
        return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value

    for t in triples:
        subject = nodes.setdefault(node_id(t.subject), {"id": node_id(t.subject)})
        p = t.predicate.value
        if p == str(RDF.type) and isinstance(t.object, ox.NamedNode):
            subject.setdefault("type", []).append(classes.get(t.object.value, t.object.value))
            continue
        term, definition = terms.get(p, (p, {}))
        type_ = definition.get("@type")
        o = t.object
        if isinstance(o, (ox.NamedNode, ox.BlankNode)):
            value: Any = node_id(o) if type_ in {"@id", "@vocab"} else {"@id": node_id(o)}
            if type_ == "@vocab":
                value = {"@id": node_id(o)}  # keep the full IRI, not a vocabulary term
        elif isinstance(o, ox.Literal):
            dt = o.datatype.value if o.datatype else None
            if o.language:
                value = {"@value": o.value, "@language": o.language}
            elif type_ and type_ not in {"@id", "@vocab"} and expand(type_) == dt:
                value = o.value
            elif dt in (None, "http://www.w3.org/2001/XMLSchema#string") and not type_:
                value = o.value
            else:
                value = {"@value": o.value, "@type": dt}
        else:
            continue
        subject.setdefault(term, []).append(value)
    for n in nodes.values():
        for key, values in list(n.items()):
            if key == "id":
                continue
            if key == "type":
                n[key] = values[0] if len(values) == 1 else sorted(values)
                continue
            _, definition = terms.get(next((iri for iri, (t, _) in terms.items() if t == key), ""), (key, {}))
            if len(values) == 1 and definition.get("@container") != "@set":
                n[key] = values[0]
    ordered = sorted(nodes.values(), key=lambda n: (n["id"] != main, n["id"]))
    return {"@context": context, "@graph": ordered}

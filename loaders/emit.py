"""Facts in, RDF out: the triples of one source document's named graph.

Every fact becomes a plain triple (``<instrument> mg:requests <body>``) for easy SPARQL, and
an evidence node that reifies it (``rdf:subject``/``rdf:predicate``/``rdf:object``) and
points to the words: source document, paragraph, character span and quote. Mandate
relations also become an n-ary ``mg:Mandate`` node (instrument x addressee x action).

IRIs are deterministic, so an entity seen in several documents is one node whose facts merge
in the union graph, and reloading a document yields exactly the same triples.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Iterator

import pyoxigraph as ox

from mandate_graph.graph.identifiers import Identifiers, undocs_url
from mandate_graph.graph.model import BodyRef, DocumentRef, EntityRef, GatheringRef, InstrumentRef
from mandate_graph.graph.namespaces import MG, ORG, OWL, RDF, RDFS, SKOS, XSD, DCTERMS
from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.facts import MANDATE_RELATIONS, DateRange, Extraction, Fact
from mandate_graph.ontology import relations as relation_table

Triple = ox.Triple

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}



class _Terms:
    """The pyoxigraph IRIs of one vocabulary namespace, each made once: ``mg.quote``,
    ``mg["Resolution"]``. (rdflib's ``Namespace`` makes and validates a new URIRef on every
    attribute access, and emit names a dozen terms per fact: that was a quarter of its time.)"""

    def __init__(self, namespace: str) -> None:
        self._namespace = str(namespace)

    def __getattr__(self, name: str) -> ox.NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        node = ox.NamedNode(self._namespace + name)
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> ox.NamedNode:
        made: ox.NamedNode | None = self.__dict__.get(name)
        return made if made is not None else self.__getattr__(name)


mg, rdf, rdfs, skos, owl, org, dcterms, xsd = (_Terms(ns) for ns in (MG, RDF, RDFS, SKOS, OWL, ORG, DCTERMS, XSD))

# mandate relation -> the mg:Action concept of its n-ary mg:Mandate node
ACTION_CONCEPTS = {r.name: mg[r.action] for r in relation_table.MANDATES if r.action}


def _iri(value: str) -> ox.NamedNode:
    return ox.NamedNode(str(value))


@lru_cache(maxsize=None)
def _predicate(relation: str) -> ox.NamedNode:
    """The predicate of a relation: mg:<relation>, or dcterms:title."""
    return _iri(relation_table.relation(relation).iri)


def _text(value: str) -> ox.Literal:
    return ox.Literal(value)


def _date(value: dt.date) -> ox.Literal:
    return ox.Literal(value.isoformat(), datatype=xsd.date)


def _int(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=xsd.integer)


def ordinal_words(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


class Emitter:
    """Turns one `Extraction` into the triples of its named graph."""

    def __init__(self, ids: Identifiers, registry: BodyRegistry) -> None:
        self.ids = ids
        self.registry = registry
        self.born: dict[str, Body] = {}  # bodies the document being emitted creates
        # Each entity's IRI, made once per document: its facts name the same few entities
        # again and again (minting and validating an IRI per mention was a tenth of emit).
        self._nodes: dict[EntityRef, ox.NamedNode] = {}

    def node(self, ref: EntityRef) -> ox.NamedNode:
        """The IRI of an entity."""
        made = self._nodes.get(ref)
        if made is None:
            made = self._nodes[ref] = _iri(self.ids.entity(ref))
        return made

    # labels ---------------------------------------------------------------------------

    def body_name(self, key: str) -> str:
        body = self.registry.get(key) or self.born.get(key)
        return body.name if body else key

    def label(self, ref: EntityRef) -> str:
        if isinstance(ref, InstrumentRef):
            issuer = self.registry.get(ref.issuer)
            prefix = issuer.name + " " if issuer else ""
            return f"{prefix}{ref.kind} {ref.session}/{ref.number}"
        if isinstance(ref, GatheringRef):
            return f"{ordinal_words(ref.ordinal)} {ref.kind} of the {self.body_name(ref.body)}"
        if isinstance(ref, DocumentRef):
            return "-".join(ref.symbols) if ref.symbols else f"document loaded from {ref.source}"
        return self.body_name(ref.key)

    # entities -------------------------------------------------------------------------

    def identity(self, ref: EntityRef) -> Iterator[Triple]:
        """Type, label and the facts that follow from the identity itself."""
        node = self.node(ref)
        yield Triple(node, rdfs.label, _text(self.label(ref)))
        if isinstance(ref, InstrumentRef):
            yield Triple(node, rdf.type, mg.Resolution if ref.kind == "resolution" else mg.Decision)
            yield Triple(node, mg.issuedBy, self.node(BodyRef(ref.issuer)))
            yield Triple(node, mg.number, _text(f"{ref.session}/{ref.number}"))
            yield Triple(node, mg.sessionNumber, _text(ref.session))
        elif isinstance(ref, GatheringRef):
            yield Triple(node, rdf.type, mg.Session if ref.kind == "session" else mg.Meeting)
            yield Triple(node, mg.meetingOf, self.node(BodyRef(ref.body)))
            yield Triple(node, mg.ordinal, _int(ref.ordinal))
        elif isinstance(ref, DocumentRef):
            yield Triple(node, rdf.type, mg.Document)
            for symbol in ref.symbols:
                yield Triple(node, skos.notation, _text(symbol))
                yield Triple(node, rdfs.seeAlso, _iri(undocs_url(symbol)))
                author = self.registry.by_symbol(symbol)
                if author:
                    yield Triple(node, mg.author, self.node(BodyRef(author.key)))
            # The other symbols of a joint document name the same document.
            for symbol in ref.symbols[1:]:
                alias = self.node(DocumentRef(symbols=(symbol,)))
                yield Triple(alias, owl.sameAs, node)
        elif isinstance(ref, BodyRef):
            yield Triple(node, rdf.type, mg.Body)
            born = self.born.get(ref.key)
            if born is not None:  # named only by the document: its key, names and parent go with it
                yield Triple(node, mg.key, _text(born.key))
                yield Triple(node, skos.prefLabel, ox.Literal(born.name, language="en"))
                for other_name in born.aliases:
                    yield Triple(node, skos.altLabel, ox.Literal(other_name, language="en"))
                if born.parent:
                    yield Triple(node, org.subOrganizationOf, self.node(BodyRef(born.parent)))

    def object_term(self, value: object) -> ox.NamedNode | ox.Literal:
        if isinstance(value, (BodyRef, InstrumentRef, GatheringRef, DocumentRef)):
            return self.node(value)
        if isinstance(value, dt.date):
            return _date(value)
        if isinstance(value, str):
            return _text(value)
        raise TypeError(f"cannot emit {value!r}")

    # facts ----------------------------------------------------------------------------

    def fact(self, fact: Fact, source_key: str, document: ox.NamedNode) -> Iterator[Triple]:
        subject = self.node(fact.subject)
        statements: list[tuple[ox.NamedNode, ox.NamedNode | ox.Literal]]
        if fact.relation == "heldOn":
            assert isinstance(fact.object, DateRange)
            statements = [
                (mg.heldOn, _date(fact.object.start)),
                (mg.heldUntil, _date(fact.object.end)),
            ]
        else:
            statements = [(_predicate(fact.relation), self.object_term(fact.object))]

        ev = fact.evidence
        for predicate, obj in statements:
            yield Triple(subject, predicate, obj)
            node = _iri(self.ids.evidence(source_key, subject.value, predicate.value, obj, ev.start, ev.end))
            yield Triple(node, rdf.type, mg.Evidence)
            yield Triple(node, rdf.subject, subject)
            yield Triple(node, rdf.predicate, predicate)
            yield Triple(node, rdf.object, obj)
            yield Triple(node, mg.document, document)
            yield Triple(node, mg.quote, _text(ev.quote))
            yield Triple(node, mg.start, _int(ev.start))
            yield Triple(node, mg.end, _int(ev.end))
            if ev.paragraph:
                yield Triple(node, mg.paragraph, _text(ev.paragraph))
            if ev.characterization:
                yield Triple(node, mg.characterization, _text(ev.characterization))
            if fact.relation in MANDATE_RELATIONS:
                yield from self.mandate(fact, node)

    def mandate(self, fact: Fact, evidence: ox.NamedNode) -> Iterator[Triple]:
        assert isinstance(fact.subject, InstrumentRef)
        assert isinstance(fact.object, (BodyRef, GatheringRef))
        node = _iri(self.ids.mandate(fact.subject, fact.relation, fact.object))
        yield Triple(node, rdf.type, mg.Mandate)
        yield Triple(node, mg.instrument, self.node(fact.subject))
        yield Triple(node, mg.addressee, self.node(fact.object))
        yield Triple(node, mg.action, ACTION_CONCEPTS[fact.relation])
        yield Triple(node, mg.evidence, evidence)
        yield Triple(
            node,
            rdfs.label,
            _text(f"{self.label(fact.subject)} {fact.relation} {self.label(fact.object)}"),
        )
        if fact.task:
            yield Triple(node, mg.task, _text(fact.task))
        if fact.due_at:
            yield Triple(node, mg.dueAt, self.node(fact.due_at))

    # the whole document ---------------------------------------------------------------

    def triples(
        self,
        extraction: Extraction,
        source_key: str,
        file_name: str,
        sha256: str,
        *,
        graph_key: str | None = None,
        path_digest: str | None = None,
    ) -> list[Triple]:
        """The document's triples; its named graph is ``graph/<graph_key>`` (default: the
        source key), and says which file it holds (name, content digest, path digest)."""
        info = extraction.document
        doc_node = self.node(info.ref)
        graph_node = _iri(self.ids.source_graph(graph_key or source_key))
        out: list[Triple] = [
            Triple(graph_node, rdf.type, mg.SourceGraph),
            Triple(graph_node, mg.describes, doc_node),
            Triple(graph_node, mg.sourceFile, _text(file_name)),
            Triple(graph_node, mg.sha256, _text(sha256)),
        ]
        if path_digest:
            out.append(Triple(graph_node, mg.sourcePathDigest, _text(path_digest)))
        out.extend(self.identity(info.ref))
        if info.title:
            out.append(Triple(doc_node, dcterms.title, _text(info.title)))
        if info.date:
            out.append(Triple(doc_node, dcterms.date, _date(info.date)))
        if info.kind:
            out.append(Triple(doc_node, mg.documentKind, mg[info.kind]))
        if info.author:
            out.append(Triple(doc_node, mg.author, self.node(BodyRef(info.author))))
        for heading in info.headings:
            out.append(Triple(doc_node, mg.heading, _text(heading)))

        self.born = {body.key: body for body in extraction.bodies}
        seen: set[EntityRef] = {info.ref}
        for fact in extraction.facts:
            for ref in (fact.subject, fact.object, fact.due_at):
                if isinstance(ref, (BodyRef, InstrumentRef, GatheringRef, DocumentRef)) and ref not in seen:
                    seen.add(ref)
                    out.extend(self.identity(ref))
            out.extend(self.fact(fact, source_key, doc_node))
        # A set removes the duplicates that merging facts of one document produces.
        return list(dict.fromkeys(out))


def to_ntriples(triples: list[Triple]) -> str:
    """The triples as N-Triples text, one line each, in order (pyoxigraph's writer)."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output given: the bytes are returned
    return data.decode()

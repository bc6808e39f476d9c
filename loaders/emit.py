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
import logging
import re
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
_log = logging.getLogger(__name__)

_ORDINAL_SUFFIX = {1: "st", 2: "nd", 3: "rd"}


# Each term is written as its N-Triples text, exactly as pyoxigraph's writer puts it (one
# implementation of the document's triples, no `ox.Triple` per statement: building and then
# serializing them was most of emit). `Emitter.triples` parses the text for callers that
# want term objects.


@lru_cache(maxsize=2**15)
def _iri(value: str) -> str:
    """An IRI as N-Triples ``<…>``, checked as pyoxigraph checks it (ValueError if invalid)."""
    ox.NamedNode(value)
    return f"<{value}>"


def _iri_unchecked(value: str) -> str:
    """An IRI known valid by construction (a checked base, a slug, a hex digest)."""
    return f"<{value}>"


# What pyoxigraph's N-Triples writer escapes in a literal: \b \t \n \f \r \" \\ and the
# other control characters and the noncharacters U+FFFE, U+FFFF as \uXXXX (checked against
# its writer for every code point: tests/loaders/test_emit_text.py).
_ESCAPES = {code: f"\\u{code:04X}" for code in [*range(0x20), 0x7F, 0xFFFE, 0xFFFF]}
_ESCAPES.update({0x08: "\\b", 0x09: "\\t", 0x0A: "\\n", 0x0C: "\\f", 0x0D: "\\r", 0x22: '\\"', 0x5C: "\\\\"})
_TO_ESCAPE = re.compile(r'[\x00-\x1f\x7f"\\\ufffe\uffff]')


def _quoted(value: str) -> str:
    return '"' + (value.translate(_ESCAPES) if _TO_ESCAPE.search(value) else value) + '"'


class _Terms:
    """The N-Triples text of the IRIs of one vocabulary namespace, each made once:
    ``mg.quote``, ``mg["Resolution"]``."""

    def __init__(self, namespace: str) -> None:
        self._namespace = str(namespace)

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        node = _iri(self._namespace + name)
        setattr(self, name, node)
        return node

    def __getitem__(self, name: str) -> str:
        made: str | None = self.__dict__.get(name)
        return made if made is not None else self.__getattr__(name)


mg, rdf, rdfs, skos, owl, org, dcterms, xsd = (_Terms(ns) for ns in (MG, RDF, RDFS, SKOS, OWL, ORG, DCTERMS, XSD))

# mandate relation -> the mg:Action concept of its n-ary mg:Mandate node
ACTION_CONCEPTS = {r.name: mg[r.action] for r in relation_table.MANDATES if r.action}


@lru_cache(maxsize=None)
def _predicate(relation: str) -> str:
    """The predicate of a relation: mg:<relation>, or dcterms:title."""
    return _iri(relation_table.relation(relation).iri)


def _text(value: str) -> str:
    return _quoted(value)


def _english(value: str) -> str:
    return _quoted(value) + "@en"


def _date(value: dt.date) -> str:
    return f'"{value.isoformat()}"^^{xsd.date}'


def _int(value: int) -> str:
    return f'"{value}"^^{xsd.integer}'


def ordinal_words(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else _ORDINAL_SUFFIX.get(n % 10, "th")
    return f"{n}{suffix}"


def _value(term: str) -> str:
    """The IRI of an ``<…>`` term (what `ids.evidence` and `ids.mandate` digest)."""
    return term[1:-1]


class Emitter:
    """Turns one `Extraction` into the triples of its named graph."""

    def __init__(self, ids: Identifiers, registry: BodyRegistry) -> None:
        self.ids = ids
        self.registry = registry
        self.born: dict[str, Body] = {}  # bodies the document being emitted creates
        # Each entity's IRI, made once per document: its facts name the same few entities
        # again and again (minting and validating an IRI per mention was a tenth of emit).
        self._nodes: dict[EntityRef, str] = {}

    def node(self, ref: EntityRef) -> str:
        """The IRI of an entity, as N-Triples."""
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
            if ref.symbol:
                return ref.symbol  # a statement is its document: the document's one label
            issuer = self.registry.get(ref.issuer)
            prefix = issuer.name + " " if issuer else ""
            return f"{prefix}{ref.kind} {ref.session}/{ref.number}"
        if isinstance(ref, GatheringRef):
            return f"{ordinal_words(ref.ordinal)} {ref.kind} of the {self.body_name(ref.body)}"
        if isinstance(ref, DocumentRef):
            return "-".join(ref.symbols) if ref.symbols else f"document loaded from {ref.source}"
        return self.body_name(ref.key)

    # entities -------------------------------------------------------------------------

    def identity_lines(self, ref: EntityRef) -> list[str]:
        """Type, label and the facts that follow from the identity itself, as N-Triples lines."""
        node = self.node(ref)
        out = [f"{node} {rdfs.label} {_text(self.label(ref))} .\n"]
        add = out.append
        if isinstance(ref, InstrumentRef) and ref.symbol:
            # a presidential statement: an instrument and the document of its symbol, one node
            add(f"{node} {rdf.type} {mg.PresidentialStatement} .\n")
            add(f"{node} {rdf.type} {mg.Instrument} .\n")
            add(f"{node} {rdf.type} {mg.Document} .\n")
            add(f"{node} {skos.notation} {_text(ref.symbol)} .\n")
            add(f"{node} {rdfs.seeAlso} {_iri(undocs_url(ref.symbol))} .\n")
            add(f"{node} {mg.issuedBy} {self.node(BodyRef(ref.issuer))} .\n")
            add(f"{node} {mg.number} {_text(f'{ref.session}/{ref.number}')} .\n")
            add(f"{node} {mg.sessionNumber} {_text(ref.session)} .\n")
        elif isinstance(ref, InstrumentRef):
            add(f"{node} {rdf.type} {mg.Resolution if ref.kind == 'resolution' else mg.Decision} .\n")
            add(f"{node} {mg.issuedBy} {self.node(BodyRef(ref.issuer))} .\n")
            add(f"{node} {mg.number} {_text(f'{ref.session}/{ref.number}')} .\n")
            add(f"{node} {mg.sessionNumber} {_text(ref.session)} .\n")
        elif isinstance(ref, GatheringRef):
            add(f"{node} {rdf.type} {mg.Session if ref.kind == 'session' else mg.Meeting} .\n")
            add(f"{node} {mg.meetingOf} {self.node(BodyRef(ref.body))} .\n")
            add(f"{node} {mg.ordinal} {_int(ref.ordinal)} .\n")
        elif isinstance(ref, DocumentRef):
            add(f"{node} {rdf.type} {mg.Document} .\n")
            for symbol in ref.symbols:
                add(f"{node} {skos.notation} {_text(symbol)} .\n")
                add(f"{node} {rdfs.seeAlso} {_iri(undocs_url(symbol))} .\n")
                author = self.registry.by_symbol(symbol)
                if author:
                    add(f"{node} {mg.author} {self.node(BodyRef(author.key))} .\n")
            # The other symbols of a joint document name the same document.
            for symbol in ref.symbols[1:]:
                alias = self.node(DocumentRef(symbols=(symbol,)))
                add(f"{alias} {owl.sameAs} {node} .\n")
        elif isinstance(ref, BodyRef):
            add(f"{node} {rdf.type} {mg.Body} .\n")
            born = self.born.get(ref.key)
            if born is not None:  # named only by the document: its key, names and parent go with it
                add(f"{node} {mg.key} {_text(born.key)} .\n")
                add(f"{node} {skos.prefLabel} {_english(born.name)} .\n")
                for other_name in born.aliases:
                    add(f"{node} {skos.altLabel} {_english(other_name)} .\n")
                if born.parent:
                    add(f"{node} {org.subOrganizationOf} {self.node(BodyRef(born.parent))} .\n")
        return out

    def identity(self, ref: EntityRef) -> Iterator[Triple]:
        """`identity_lines` as triples."""
        return _parsed(self.identity_lines(ref))

    def object_term(self, value: object) -> str:
        if isinstance(value, (BodyRef, InstrumentRef, GatheringRef, DocumentRef)):
            return self.node(value)
        if isinstance(value, dt.date):
            return _date(value)
        if isinstance(value, str):
            return _text(value)
        raise TypeError(f"cannot emit {value!r}")

    # facts ----------------------------------------------------------------------------

    def fact_lines(self, fact: Fact, source_key: str, document: str) -> list[str]:
        """The N-Triples lines of one fact (``document``: the document's IRI as N-Triples)."""
        subject = self.node(fact.subject)
        statements: list[tuple[str, str]]
        if fact.relation == "heldOn":
            assert isinstance(fact.object, DateRange)
            statements = [
                (mg.heldOn, _date(fact.object.start)),
                (mg.heldUntil, _date(fact.object.end)),
            ]
        else:
            statements = [(_predicate(fact.relation), self.object_term(fact.object))]

        ev = fact.evidence
        subject_iri = _value(subject)
        out: list[str] = []
        add = out.append
        for predicate, obj in statements:
            add(f"{subject} {predicate} {obj} .\n")
            # the digest reads each term as pyoxigraph prints it (IRIs without brackets)
            node = _iri_unchecked(self.ids.evidence(source_key, subject_iri, _value(predicate), obj, ev.start, ev.end))
            add(f"{node} {rdf.type} {mg.Evidence} .\n")
            add(f"{node} {rdf.subject} {subject} .\n")
            add(f"{node} {rdf.predicate} {predicate} .\n")
            add(f"{node} {rdf.object} {obj} .\n")
            add(f"{node} {mg.document} {document} .\n")
            add(f"{node} {mg.quote} {_text(ev.quote)} .\n")
            add(f"{node} {mg.start} {_int(ev.start)} .\n")
            add(f"{node} {mg.end} {_int(ev.end)} .\n")
            if ev.paragraph:
                add(f"{node} {mg.paragraph} {_text(ev.paragraph)} .\n")
            if ev.characterization:
                add(f"{node} {mg.characterization} {_text(ev.characterization)} .\n")
            if fact.relation in MANDATE_RELATIONS:
                out.extend(self.mandate_lines(fact, node))
        return out

    def fact(self, fact: Fact, source_key: str, document: ox.NamedNode | str) -> Iterator[Triple]:
        """`fact_lines` as triples (``document``: an IRI, or its N-Triples ``<…>``)."""
        term = document if isinstance(document, str) else f"<{document.value}>"
        return _parsed(self.fact_lines(fact, source_key, term))

    def mandate_lines(self, fact: Fact, evidence: str) -> list[str]:
        assert isinstance(fact.subject, InstrumentRef)
        assert isinstance(fact.object, (BodyRef, GatheringRef))
        node = _iri(self.ids.mandate(fact.subject, fact.relation, fact.object))
        out = [
            f"{node} {rdf.type} {mg.Mandate} .\n",
            f"{node} {mg.instrument} {self.node(fact.subject)} .\n",
            f"{node} {mg.addressee} {self.node(fact.object)} .\n",
            f"{node} {mg.action} {ACTION_CONCEPTS[fact.relation]} .\n",
            f"{node} {mg.evidence} {evidence} .\n",
            f"{node} {rdfs.label} "
            f"{_text(f'{self.label(fact.subject)} {fact.relation} {self.label(fact.object)}')} .\n",
        ]
        if fact.task:
            out.append(f"{node} {mg.task} {_text(fact.task)} .\n")
        if fact.due_at:
            out.append(f"{node} {mg.dueAt} {self.node(fact.due_at)} .\n")
        return out

    # the whole document ---------------------------------------------------------------

    def lines(
        self,
        extraction: Extraction,
        source_key: str,
        file_name: str,
        sha256: str,
        *,
        graph_key: str | None = None,
        path_digest: str | None = None,
    ) -> list[str]:
        """The document's N-Triples, one line per triple, without duplicates; its named
        graph is ``graph/<graph_key>`` (default: the source key), and says which file it
        holds (name, content digest, path digest)."""
        info = extraction.document
        doc_node = self.node(info.ref)
        graph_node = _iri(self.ids.source_graph(graph_key or source_key))
        out: list[str] = [
            f"{graph_node} {rdf.type} {mg.SourceGraph} .\n",
            f"{graph_node} {mg.describes} {doc_node} .\n",
            f"{graph_node} {mg.sourceFile} {_text(file_name)} .\n",
            f"{graph_node} {mg.sha256} {_text(sha256)} .\n",
        ]
        if path_digest:
            out.append(f"{graph_node} {mg.sourcePathDigest} {_text(path_digest)} .\n")
        out.extend(self.identity_lines(info.ref))
        if info.title:
            out.append(f"{doc_node} {dcterms.title} {_text(info.title)} .\n")
        if info.date:
            out.append(f"{doc_node} {dcterms.date} {_date(info.date)} .\n")
        if info.kind:
            out.append(f"{doc_node} {mg.documentKind} {mg[info.kind]} .\n")
        if info.author:
            out.append(f"{doc_node} {mg.author} {self.node(BodyRef(info.author))} .\n")
        for heading in info.headings:
            out.append(f"{doc_node} {mg.heading} {_text(heading)} .\n")

        self.born = {body.key: body for body in extraction.bodies}
        seen: set[EntityRef] = {info.ref}
        for fact in extraction.facts:
            # One fact whose terms make no valid IRI is left out, with a warning: it must not
            # cost the document's other facts, nor abort the load of the others.
            try:
                lines: list[str] = []
                for ref in (fact.subject, fact.object, fact.due_at):
                    if isinstance(ref, (BodyRef, InstrumentRef, GatheringRef, DocumentRef)) and ref not in seen:
                        lines.extend(self.identity_lines(ref))
                lines.extend(self.fact_lines(fact, source_key, doc_node))
            except ValueError as invalid:
                _log.warning("%s: fact left out, no valid IRI for it (%s): %r", source_key, invalid, fact)
                continue
            seen.update(ref for ref in (fact.subject, fact.object, fact.due_at) if isinstance(ref, (BodyRef, InstrumentRef, GatheringRef, DocumentRef)))
            out.extend(lines)
        for joint in extraction.joint_documents:
            # named under two symbols with no fact told of it: its symbols are one document still
            if joint not in seen:
                try:
                    out.extend(self.identity_lines(joint))
                except ValueError as invalid:
                    _log.warning("%s: document left out, no valid IRI for it (%s): %r", source_key, invalid, joint)
        # A set removes the duplicates that merging facts of one document produces.
        return list(dict.fromkeys(out))

    def ntriples(self, extraction: Extraction, source_key: str, file_name: str, sha256: str, *,
                 graph_key: str | None = None, path_digest: str | None = None) -> tuple[str, int]:
        """The document's N-Triples text (as `to_ntriples` of `triples` writes it) and its
        number of triples."""
        lines = self.lines(extraction, source_key, file_name, sha256, graph_key=graph_key, path_digest=path_digest)
        return "".join(lines), len(lines)

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
        """The document's triples (`lines` parsed)."""
        return list(_parsed(self.lines(extraction, source_key, file_name, sha256,
                                       graph_key=graph_key, path_digest=path_digest)))


def _parsed(lines: list[str]) -> Iterator[Triple]:
    return iter([q.triple for q in ox.parse("".join(lines).encode(), format=ox.RdfFormat.N_TRIPLES)])


def to_ntriples(triples: list[Triple]) -> str:
    """The triples as N-Triples text, one line each, in order (pyoxigraph's writer)."""
    data = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
    assert data is not None  # no output given: the bytes are returned
    return data.decode()

"""Which source files are loaded, and where each fact was read in them.

Every loaded file is one named graph (``mg:SourceGraph``) that names the file, its SHA-256
and the document it holds. Every fact read from it has an ``mg:Evidence`` node in that graph
with the character span (``mg:start``/``mg:end``) into the file's text. The source view shows
the text with these spans highlighted, so a reader can check the graph against the document.

The store keeps the file's name, not its text: finding the file is the caller's job
(``api/source_files.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

import pyoxigraph as ox

from mandate_graph.graph.errors import named_node
from mandate_graph.graph.generations import derived
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.sparql_results import select
from mandate_graph.graph.store import GraphStore


@dataclass(frozen=True)
class LoadedSource:
    key: str  # the path segment after graph/: the file's key as the loader wrote it
    graph: str
    file_name: str
    sha256: str | None
    document: str | None  # IRI of the document the file holds
    document_label: str | None


@dataclass(frozen=True)
class FactSpan:
    evidence: str  # IRI of the evidence node
    start: int
    end: int
    subject: str
    predicate: str
    object: str  # an IRI, or a literal's text
    object_is_iri: bool
    quote: str | None
    paragraph: str | None
    characterization: str | None


def source_key(ids: Identifiers, graph_iri: str) -> str:
    return graph_iri.removeprefix(ids.base).removeprefix("graph/")


def loaded_sources(store: GraphStore, ids: Identifiers) -> list[LoadedSource]:
    """Every loaded file, by file name; read once per store generation (one row per source
    graph, a whole-store read: 0.3 s at 10 M triples) and recomputed after a write."""
    return derived.keep_fresh(store, ("loaded sources", ids.base), _loaded_sources_of(ids), rank=50)


def keep_fresh(store: GraphStore, ids: Identifiers) -> None:
    """Have the loaded files' list computed by the next background refresh."""
    derived.register(store, ("loaded sources", ids.base), _loaded_sources_of(ids), rank=50)


def _loaded_sources_of(ids: Identifiers) -> Callable[[GraphStore], list[LoadedSource]]:
    return lambda store: read_loaded_sources(store, ids)


# Source graphs whose documents' labels are read per query (a VALUES block of their IRIs).
LABELS_BATCH = 2000


def read_loaded_sources(store: GraphStore, ids: Identifiers) -> list[LoadedSource]:
    """Every loaded file, read from the store now: the source graphs (an indexed read of the
    graphs typed ``mg:SourceGraph``), then the labels of the documents they describe, looked
    up by document. (One query with the labels as an OPTIONAL read every label and notation of
    the store to join them: 0.7-1.2 s at 10 M triples holding no source file at all, 50 ms at
    1 M, which the first /sources after a start waited for.)"""
    rows = list(select(
        store,
        """SELECT ?g ?file (SAMPLE(?sha) AS ?hash) (SAMPLE(?doc) AS ?d) WHERE {
             GRAPH ?g { ?g a mg:SourceGraph ; mg:sourceFile ?file .
                        OPTIONAL { ?g mg:sha256 ?sha } OPTIONAL { ?g mg:describes ?doc } }
           } GROUP BY ?g ?file ORDER BY ?file"""
    ))
    labels = _document_labels(store, sorted({row["g"].value for row in rows if row["d"] is not None}))
    out = []
    for row in rows:
        graph = row["g"].value
        out.append(LoadedSource(
            key=source_key(ids, graph), graph=graph, file_name=row["file"].value,
            sha256=_text(row["hash"]), document=_text(row["d"]), document_label=labels.get(graph),
        ))
    return out


def _document_labels(store: GraphStore, graphs: list[str]) -> dict[str, str]:
    """For each source graph, the least label or notation of the documents it describes."""
    labels: dict[str, str] = {}
    for start in range(0, len(graphs), LABELS_BATCH):
        values = " ".join(str(ox.NamedNode(g)) for g in graphs[start:start + LABELS_BATCH])
        for row in select(store, f"""SELECT ?g (MIN(?label) AS ?l) WHERE {{
                                       VALUES ?g {{ {values} }}
                                       GRAPH ?g {{ ?g mg:describes ?doc }}
                                       ?doc skos:notation|rdfs:label ?label
                                     }} GROUP BY ?g"""):
            if row["l"] is not None:
                labels[row["g"].value] = row["l"].value
    return labels


def loaded_source(store: GraphStore, ids: Identifiers, key: str) -> LoadedSource | None:
    graph = ids.base + "graph/" + key
    return next((s for s in loaded_sources(store, ids) if s.graph == graph), None)


_SPAN_FIELDS = {"start": "mg:start", "end": "mg:end", "subject": "rdf:subject", "predicate": "rdf:predicate",
                "object": "rdf:object", "quote": "mg:quote", "paragraph": "mg:paragraph",
                "characterization": "mg:characterization"}


def fact_spans(store: GraphStore, graph_iri: str) -> list[FactSpan]:
    """Every fact read from one source file with its span, in text order."""
    # One query per property, each a single indexed pattern: joining them (OPTIONALs) or
    # scanning the graph with ?p took Oxigraph 30-150 ms on a 400-fact report; this, ~15 ms.
    found: dict[str, dict[str, Any]] = {}  # evidence IRI -> field -> the term read
    graph = ox.NamedNode(graph_iri)
    for name, prop in _SPAN_FIELDS.items():
        for row in select(store, f"SELECT ?ev ?v WHERE {{ GRAPH ?g {{ ?ev {prop} ?v }} }}", bindings={"g": graph}):
            fields = found.setdefault(row["ev"].value, {})
            fields.setdefault(name, row["v"])  # one value each, as the loader writes them
    spans = []
    for ev, f in found.items():
        if not all(k in f for k in ("start", "end", "subject", "predicate", "object")):
            continue
        obj = f["object"]
        spans.append(FactSpan(
            evidence=ev, start=int(f["start"].value), end=int(f["end"].value),
            subject=f["subject"].value, predicate=f["predicate"].value,
            object=obj.value, object_is_iri=isinstance(obj, ox.NamedNode),
            quote=_text(f.get("quote")), paragraph=_text(f.get("paragraph")),
            characterization=_text(f.get("characterization")),
        ))
    return sorted(spans, key=lambda s: (s.start, -s.end, s.evidence))


def graph_of_evidence(store: GraphStore, evidence_iri: str) -> str | None:
    """The source graph an evidence node was read into (the least IRI if several)."""
    rows = list(select(
        store,
        "SELECT (MIN(STR(?g)) AS ?graph) WHERE { GRAPH ?g { ?ev a mg:Evidence } }",
        bindings={"ev": ox.NamedNode(evidence_iri)},
    ))
    return _text(rows[0]["graph"]) if rows else None


def evidence_for_quote(store: GraphStore, document_iri: str, quote: str) -> str | None:
    """The evidence node that quotes ``quote`` from ``document_iri`` (the least IRI when several)."""
    rows = list(select(
        store,
        "SELECT (MIN(STR(?ev)) AS ?e) WHERE { ?ev mg:document ?doc ; mg:quote ?quote ; mg:start ?start }",
        bindings={"doc": named_node(document_iri), "quote": ox.Literal(quote)},
    ))
    return _text(rows[0]["e"]) if rows else None


def _text(term: ox.NamedNode | ox.Literal | None) -> str | None:
    return term.value if term is not None else None

"""The vocabulary and reference-data graphs, written to a store only when their content changed.

Every load puts the vocabulary (``ontology/mandates.ttl``) and the reference data (the bodies'
Turtle files) in named graphs of their own. Rewriting them at every load cost little in the
load itself, but each rewrite is a write of those graphs: every view kept beside the store
(statuses, lists, labels, search index, lineage) then re-read them as graphs changed.

So each graph carries a digest of its own content, a triple ``<graph> mg:sha256 "…"`` in the
graph (the SHA-256 of its N-Triples, one sorted line per distinct triple, the digest line
left out). A load writes a graph only when the store's copy does not carry the digest of the
content it would write, or does not hold exactly that many quads: a changed Turtle file, a
graph a user dropped, a triple a user added or removed (the count), are written again; an
unchanged one is not written at all, so the record of graphs written does not name it.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable

from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.sparql_results import select_rows
from mandate_graph.graph.store import GraphStore


@dataclass(frozen=True)
class ReferenceGraph:
    """One graph's text as it is written: its triples (distinct, sorted) then its digest
    triple; ``quads`` is the number of quads the store holds for it once written."""

    iri: str
    ntriples: str
    digest: str
    quads: int


def content_digest(lines: Iterable[str]) -> str:
    """SHA-256 of N-Triples lines, sorted (a parser or serializer may give them in any order)."""
    return hashlib.sha256("".join(f"{line}\n" for line in sorted(lines)).encode()).hexdigest()


def reference_graph(iri: str, ntriples: str) -> ReferenceGraph:
    """The graph ``iri`` of these N-Triples (no blank nodes: their labels change per parse, and
    the reference data names its own, `graph.reference._named_blank_nodes`), with its digest."""
    lines = sorted({line.strip() for line in ntriples.splitlines() if line.strip() and not line.lstrip().startswith("#")})
    digest = content_digest(lines)
    text = "".join(f"{line}\n" for line in lines) + f'<{iri}> <{MG.sha256}> "{digest}" .\n'
    return ReferenceGraph(iri, text, digest, len(lines) + 1)


def is_current(store: GraphStore, graph: ReferenceGraph) -> bool:
    """Whether the store holds ``graph`` as it would be written: its digest triple (and no
    other) and its number of quads (a cheap check of what a user may have changed since)."""
    rows = select_rows(store.query(f"SELECT ?digest WHERE {{ GRAPH <{graph.iri}> {{ <{graph.iri}> <{MG.sha256}> ?digest }} }}"))
    digests = [row["digest"].value for row in rows]
    return digests == [graph.digest] and store.count(graph.iri) == graph.quads


def write_changed(store: GraphStore, graphs: Iterable[ReferenceGraph]) -> list[str]:
    """Write, in one transaction, those of ``graphs`` the store does not hold as they are;
    returns their IRIs (empty: nothing written, nothing recorded)."""
    changed = {graph.iri: graph.ntriples for graph in graphs if not is_current(store, graph)}
    if changed:
        store.replace_graphs(changed)
    return sorted(changed)

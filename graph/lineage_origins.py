"""Which named graphs feed which rows of the lineage view: what lets a saved view be brought
up to date from the graphs a write touched, instead of being built again from the whole store.

A row of the view (`graph.lineage`) is a function of the quads of a few IRIs, in any graph:

- a node's attributes (kind, label, date, end) come from the quads *of that node* with one of
  `NODE_PREDICATES` (``rdf:type`` counting only for the kinds of node the view knows); an
  instrument without its own date takes its session's (a dependency the updater follows);
- an edge is the triple ``s p o`` of a lineage relation, with the evidence nodes whose
  ``rdf:subject`` is ``s`` (and predicate and object those of the triple).

So the *origins* of a named graph are the IRIs whose rows its quads can change: the subjects
of its quads with a node or lineage predicate, and the subjects its evidence nodes are about
(their ``rdf:subject``). After a write to graphs G, the rows to make again are those of the
origins of G before the write (kept in the view's file) and after it (read from G now): nothing
else can have changed.

That holds while each evidence node has all its quads in one graph (a document's evidence is
written with the document); an evidence node split over graphs would let a write to one of them
change an edge whose subject only another names. So a store with one is not updated in place:
`origins` raises `NotUpdatable` (the view is then built whole after every write, and updated
in place again once no evidence node is split). An origin kept that no longer holds costs a row
read again, never a wrong answer. Only IRIs are origins: a write that puts a blank node where
an origin would be raises `NotUpdatable` too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Collection, Iterable

import pyoxigraph as ox

from mandate_graph.graph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS
from mandate_graph.graph.subject_quads import QuadSource

# The predicates a node's attributes are read from (`graph.lineage._NODE_SELECT`).
NODE_PREDICATES: tuple[str, ...] = (
    str(RDF.type), str(SKOS.prefLabel), str(SKOS.notation), str(RDFS.label), str(MG.adoptedOn), str(MG.heldOn),
    str(DCTERMS.date), str(MG.heldUntil), str(MG.adoptedAt),
)
# The predicates of an evidence node that make it evidence of an edge (`graph.lineage._EVIDENCE_SELECT`).
EVIDENCE_PREDICATES: tuple[str, ...] = (
    str(RDF.subject), str(RDF.predicate), str(RDF.object), str(MG.document), str(MG.quote), str(MG.paragraph),
)
_EVIDENCE = frozenset(EVIDENCE_PREDICATES)
_ABOUT = str(RDF.subject)
_TYPE = str(RDF.type)
# A blank node's label or date matters only if it is typed, by a quad of the same graph (a
# blank node belongs to one graph) that `origins` refuses.
_ATTRIBUTES = frozenset(NODE_PREDICATES) - {_TYPE}

Origins = dict[str, set[str]]  # named graph -> the IRIs whose rows its quads feed


class NotUpdatable(Exception):
    """A store, or a write, whose rows cannot be told by graph (see the module docstring)."""


def _values(iris: Iterable[str]) -> str:
    return " ".join(f"<{i}>" for i in iris)


def origins(native: ox.Store, graphs: Collection[str] | None, node_types: Iterable[str],
            edge_predicates: Iterable[str], reads: QuadSource | None = None) -> Origins:
    """The origins of ``graphs`` as the store is now (None: of every named graph, for a view
    built whole). ``node_types``: the classes of the view's nodes; ``edge_predicates``: the
    lineage relations' predicates; ``reads``: the quads of ``native`` as other views read
    them (`graph.subject_quads`). Raises `NotUpdatable` (see the module docstring)."""
    if graphs is None:
        return _whole(native, list(node_types), list(edge_predicates))
    quads: QuadSource = reads if reads is not None else native
    types = {ox.NamedNode(t) for t in node_types}
    keyed = {*NODE_PREDICATES, *edge_predicates}
    found: Origins = defaultdict(set)
    for graph in graphs:
        name = ox.NamedNode(graph)
        evidence: set[ox.NamedNode | ox.BlankNode] = set()
        for quad in quads.quads_for_pattern(None, None, None, name):  # one read of the graph
            predicate = quad.predicate.value
            if predicate in _EVIDENCE and isinstance(quad.subject, (ox.NamedNode, ox.BlankNode)):
                evidence.add(quad.subject)
            if predicate == _ABOUT:
                origin = quad.object
            elif predicate in keyed and (predicate != _TYPE or quad.object in types):
                origin = quad.subject
            else:
                continue
            if isinstance(origin, ox.NamedNode):
                found[graph].add(origin.value)
            elif predicate not in _ATTRIBUTES:
                raise NotUpdatable(f"{graph}: a {predicate} quad of a blank node")
        if _split(quads, name, evidence):
            raise NotUpdatable(f"an evidence node of {graph} has quads in another graph too")
    return dict(found)


def _split(native: QuadSource, graph: ox.NamedNode, nodes: set[ox.NamedNode | ox.BlankNode]) -> bool:
    """True when one of these evidence nodes of ``graph`` has an evidence quad in another graph
    (a lookup each: a SPARQL ``GRAPH ?g`` over them took seconds at a million triples)."""
    return any(q.graph_name != graph and q.predicate.value in _EVIDENCE
               for n in nodes for q in native.quads_for_pattern(n, None, None, None))


def _select(native: ox.Store, query: str) -> ox.QuerySolutions:
    """The rows of a SELECT (``Store.query`` is typed for every query form)."""
    solutions = native.query(query)
    if not isinstance(solutions, ox.QuerySolutions):
        raise TypeError(f"not a SELECT query: {query[:60]}")
    return solutions


def _whole(native: ox.Store, node_types: list[str], edge_predicates: list[str]) -> Origins:
    """The origins of every named graph, by queries that keep the distinct pairs in the store
    (a few seconds at a million triples, where reading the quads here took as long as the view)."""
    split = next(iter(_select(native,
        "SELECT (COUNT(*) AS ?pairs) (COUNT(DISTINCT ?ev) AS ?nodes) WHERE { SELECT DISTINCT ?ev ?g WHERE { "
        f"VALUES ?q {{ {_values(EVIDENCE_PREDICATES)} }} GRAPH ?g {{ ?ev ?q ?x }} }} }}")))
    if split["pairs"] != split["nodes"]:
        raise NotUpdatable("an evidence node has quads in more than one graph")
    attributes = [p for p in NODE_PREDICATES if p != _TYPE]
    found: Origins = defaultdict(set)
    for query in (
        f"SELECT DISTINCT ?g ?s WHERE {{ VALUES ?p {{ {_values([*attributes, *edge_predicates])} }} GRAPH ?g {{ ?s ?p ?o }} }}",
        f"SELECT DISTINCT ?g ?s WHERE {{ VALUES ?t {{ {_values(node_types)} }} GRAPH ?g {{ ?s a ?t }} }}",
        f"SELECT DISTINCT ?g ?s WHERE {{ GRAPH ?g {{ ?ev <{RDF.subject}> ?s }} }}",
    ):
        for row in _select(native, query):
            graph, origin = row["g"], row["s"]
            if isinstance(graph, ox.NamedNode) and isinstance(origin, ox.NamedNode):
                found[graph.value].add(origin.value)
    return dict(found)

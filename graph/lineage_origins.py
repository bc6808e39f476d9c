"""Which named graphs feed which rows of the lineage view: what lets a saved view be brought
up to date from the graphs a write touched, instead of being built again from the whole store.

A row of the view (`graph.lineage`) is a function of the quads of a few IRIs, in any graph:

- a node's attributes (kind, label, date, end) come from the quads *of that node* with one of
  `NODE_PREDICATES` (``rdf:type`` counting only for the kinds of node the view knows); an
  instrument without its own date takes its session's (a dependency the updater follows);
- an edge is the triple ``s p o`` of a lineage relation, with the evidence nodes whose
  ``rdf:subject`` is ``s`` (and predicate and object those of the triple).

So the *origins* of a named graph are the IRIs whose rows its quads can change: the subjects
of its quads with a node or lineage predicate, and, for each evidence node with a quad in it
(one of `EVIDENCE_PREDICATES`) about a lineage relation, the subject that evidence is about.
After a write to graphs G, the rows to make again are those of the origins of G before the
write (kept in the view's file) and after it (read from G now): nothing else can have changed.

An origin kept that no longer holds costs a row read again, never a wrong answer; an origin
missing would be a wrong answer, so the evidence side, whose node and subject may sit in
different graphs, records the subject under every graph that holds a quad of the evidence node.
Only IRIs are origins: a blank node cannot be named in a query, and a write that puts one where
an origin would be is not updated in place (`BlankOrigin`: the caller builds the view again).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Collection, Iterable, Iterator

import pyoxigraph as ox

from mandate_graph.graph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS

# The predicates a node's attributes are read from (`graph.lineage._NODE_SELECT`).
NODE_PREDICATES: tuple[str, ...] = (
    str(RDF.type), str(SKOS.prefLabel), str(SKOS.notation), str(RDFS.label), str(MG.adoptedOn), str(MG.heldOn),
    str(DCTERMS.date), str(MG.heldUntil), str(MG.adoptedAt),
)
# The predicates of an evidence node that make it evidence of an edge (`graph.lineage._EVIDENCE_SELECT`).
EVIDENCE_PREDICATES: tuple[str, ...] = (
    str(RDF.subject), str(RDF.predicate), str(RDF.object), str(MG.document), str(MG.quote), str(MG.paragraph),
)
_TYPE = str(RDF.type)
# A blank node's label or date matters only if it is typed, by a quad of the same graph (a
# blank node belongs to one graph) that `origins` refuses.
_ATTRIBUTES = frozenset(NODE_PREDICATES) - {_TYPE}
_ABOUT = ox.NamedNode(str(RDF.subject))
_RELATION = ox.NamedNode(str(RDF.predicate))

Origins = dict[str, set[str]]  # named graph -> the IRIs whose rows its quads feed


class BlankOrigin(Exception):
    """A quad of a touched graph whose row would be keyed by a blank node."""


def _quads(native: ox.Store, predicate: str, graphs: Collection[str] | None) -> Iterator[ox.Quad]:
    p = ox.NamedNode(predicate)
    if graphs is None:
        yield from native.quads_for_pattern(None, p, None, None)
        return
    for graph in graphs:
        yield from native.quads_for_pattern(None, p, None, ox.NamedNode(graph))


def origins(native: ox.Store, graphs: Collection[str] | None, node_types: Iterable[str],
            edge_predicates: Iterable[str], evidence_relations: Iterable[str]) -> Origins:
    """The origins of ``graphs`` as the store is now (None: of every named graph, for a view
    built whole). ``node_types``: the classes of the view's nodes; ``edge_predicates``: the
    lineage relations' predicates; ``evidence_relations``: those whose evidence the view keeps.

    Raises `BlankOrigin` when ``graphs`` are named and one of their quads would need a blank
    node as an origin (a view built whole leaves such rows out of its origins: they are never
    updated in place, since a write that touches them raises here)."""
    strict = graphs is not None
    types = {ox.NamedNode(t) for t in node_types}
    found: Origins = defaultdict(set)
    for predicate in (*NODE_PREDICATES, *edge_predicates):
        for quad in _quads(native, predicate, graphs):
            graph = quad.graph_name
            if not isinstance(graph, ox.NamedNode) or (predicate == _TYPE and quad.object not in types):
                continue
            if isinstance(quad.subject, ox.NamedNode):
                found[graph.value].add(quad.subject.value)
            elif strict and predicate not in _ATTRIBUTES:
                raise BlankOrigin(f"{graph.value}: a {predicate} quad of a blank node")
    relations = {ox.NamedNode(p) for p in evidence_relations}
    evidence = _evidence_graphs(native, graphs)
    if strict:  # the other graphs of these evidence nodes too (see the module docstring)
        evidence = {node: _graphs_of(native, node) for node in evidence}
    about = _about(native, evidence, relations, whole=not strict)
    for node, node_graphs in evidence.items():
        subjects = about.get(node)
        if not subjects:
            continue
        if strict and any(not isinstance(s, ox.NamedNode) for s in subjects):
            raise BlankOrigin(f"evidence {node} is about a blank node")
        for graph in node_graphs:
            found[graph].update(s.value for s in subjects if isinstance(s, ox.NamedNode))
    return dict(found)


def _evidence_graphs(native: ox.Store, graphs: Collection[str] | None) -> dict[ox.NamedNode | ox.BlankNode, set[str]]:
    """The evidence nodes with a quad in ``graphs`` (None: in any named graph), and those graphs."""
    found: dict[ox.NamedNode | ox.BlankNode, set[str]] = defaultdict(set)
    for predicate in EVIDENCE_PREDICATES:
        for quad in _quads(native, predicate, graphs):
            if isinstance(quad.graph_name, ox.NamedNode) and isinstance(quad.subject, (ox.NamedNode, ox.BlankNode)):
                found[quad.subject].add(quad.graph_name.value)
    return found


def _graphs_of(native: ox.Store, node: ox.NamedNode | ox.BlankNode) -> set[str]:
    """Every named graph holding an evidence quad of ``node``."""
    return {q.graph_name.value for predicate in EVIDENCE_PREDICATES
            for q in native.quads_for_pattern(node, ox.NamedNode(predicate), None, None)
            if isinstance(q.graph_name, ox.NamedNode)}


def _about(native: ox.Store, nodes: Collection[ox.NamedNode | ox.BlankNode], relations: set[ox.NamedNode],
           whole: bool) -> dict[ox.NamedNode | ox.BlankNode, set[ox.Term]]:
    """The subjects each evidence node of a lineage relation is about (in any graph). For a
    whole view, two scans of the store; for a few nodes, a lookup each."""
    if whole:
        of_relation = {q.subject for q in native.quads_for_pattern(None, _RELATION, None, None) if q.object in relations}
        found: dict[ox.NamedNode | ox.BlankNode, set[ox.Term]] = defaultdict(set)
        for quad in native.quads_for_pattern(None, _ABOUT, None, None):
            if quad.subject in of_relation:
                found[quad.subject].add(quad.object)
        return found
    return {node: {q.object for q in native.quads_for_pattern(node, _ABOUT, None, None)}
            for node in nodes
            if any(q.object in relations for q in native.quads_for_pattern(node, _RELATION, None, None))}

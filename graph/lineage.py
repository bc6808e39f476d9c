"""Lineage: what led to an entity (upstream) and what came of it (downstream).

The rule table
--------------

Every relation of the domain is read once as an arrow from cause to effect: ``forward``
(s -> o: the instrument created the body), ``backward`` (o -> s: the cited instrument led to
the citing one) or ``two-way`` (s <-> o: a report and its meeting are one outcome). The arrows
are the ``arrow`` column of the one relation table, ``ontology/relations.py`` (with what each
reads as); `RULES` below is derived from it, and docs/lineage.md shows it as a table.

**Upstream** of X (what led to it) follows arrows backwards from X; **downstream** (what
came of it) follows them forwards; two-way links are crossed in both walks. So upstream of an
instrument = the instruments it cites, the meetings it endorses, the session that adopted it;
upstream of a document = the instrument it is pursuant to and the meeting it reports; upstream
of a meeting = its body, its report, and (through the body) the instruments that established
and tasked that body. Downstream is the mirror. The two mandate links are followed only from
a mandate at the root (otherwise every instrument -> body step would be doubled).

The walk
--------

Breadth-first to ``depth`` hops, never revisiting a node (so cycles end). A session is
reached but not crossed (unless it is the root): it adopts every instrument of the session and
receives every document sent to it, so walking through it would tie each of them to all the
others by co-occurrence, not cause. Paths run forward
in time where dates are known: each node carries the latest date seen on the path that
reached it, and a step (other than a two-way link) to a node dated on the wrong side of it is
not taken: downstream of resolution 10/6 (2020) the working group's 2019 meeting is not "what
came of it". Node dates: instrument ``mg:adoptedOn`` (else the date its session opened),
gathering ``mg:heldOn``, document ``dcterms:date``. Every edge carries the evidence
(document, paragraph, quote) of the triples behind it.

Two engines, one answer
-----------------------

``LineageView`` keeps a networkx picture of the whole store's lineage arrows, built once and
rebuilt when ``store.generation`` changes (the server does both in the background, never on a
request: see `lineage`), and saved beside an on-disk store under its revision token, so that a
restart on an unchanged store reads it from there in place (`graph.lineage_file`), and a write
whose graphs are known updates that file in place from them (`graph.lineage_update`); ``SparqlLineage`` asks the store with a SPARQL
property path for the nodes within ``depth`` hops, fetches the edges among them (with
evidence) and runs the same walk on that small graph. Both return the same `Lineage`
(a test checks it). `bench/bench_lineage.py` measures them; `lineage()` uses the faster one
for each shape (see docs/lineage.md for the figures).
"""

from __future__ import annotations

import fcntl
import logging
import multiprocessing
import os
import shutil
import sqlite3
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Literal, Mapping, TypeAlias

import pyoxigraph as ox

from mandate_graph.graph.errors import EntityNotFound, InvalidArgument, named_node
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS
from mandate_graph.graph.lineage_file import DiskLineageGraph, ViewFileError, fingerprint, open_view, write_view
from mandate_graph.graph.sparql_results import select, select_all
from mandate_graph.graph.store import GraphStore, StoreError
from mandate_graph.graph.store.revision import StoreRevision
from mandate_graph.graph.subject_quads import QuadSource
from mandate_graph.ontology import relations as relation_table

log = logging.getLogger(__name__)

Direction = Literal["up", "down", "both"]
Walk = Literal["up", "down"]

# The rule table, from ontology/relations.py: relation -> arrow ("forward" s -> o,
# "backward" o -> s, "two-way").
RULES: dict[str, str] = {r.name: r.arrow for r in relation_table.LINEAGE if r.arrow and not r.only_from_mandate_root}
# Followed only from a mandate at the root of a walk.
MANDATE_RULES: dict[str, str] = {r.name: r.arrow for r in relation_table.LINEAGE if r.arrow and r.only_from_mandate_root}

FORWARD = tuple(r for r, a in RULES.items() if a == "forward")
BACKWARD = tuple(r for r, a in RULES.items() if a == "backward")
TWO_WAY = tuple(r for r, a in RULES.items() if a == "two-way")
RELATIONS = tuple(RULES)
ALL_RULES = {**RULES, **MANDATE_RULES}

# Nodes are IRIs; node attributes kind, label, date, end; an edge's key is its relation, its
# attributes the triple's subject and its evidence.
# (networkx's classes take no type arguments at run time: the alias is for the type checker.)
# networkx is imported where a graph is made, not with this module: it costs ~0.3 CPU s, and a
# server that restarts on an unchanged store walks the saved view (`DiskLineageGraph`) without
# it; importing it at start-up took the GIL from the first requests.
if TYPE_CHECKING:
    import networkx as nx

    LineageGraph: TypeAlias = nx.MultiDiGraph[str]


def new_graph() -> "LineageGraph":
    """An empty networkx lineage graph (networkx imported on first use)."""
    import networkx

    return networkx.MultiDiGraph()


def __getattr__(name: str) -> Any:
    # ``LineageGraph`` at run time (`graph.lineage_export`, tests): networkx's class, imported
    # only when asked for.
    if name == "LineageGraph":
        import networkx

        return networkx.MultiDiGraph
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def predicate(relation: str) -> str:
    return relation_table.relation(relation).iri


def relation_of(predicate_iri: str) -> str:
    known = relation_table.relation_for_iri(predicate_iri)
    return known.name if known else predicate_iri.removeprefix(str(MG))


_KINDS = {
    "Resolution": "instrument",
    "Decision": "instrument",
    "PresidentialStatement": "instrument",
    "Session": "session",
    "Meeting": "meeting",
    "Document": "document",
    "Body": "body",
    "Mandate": "mandate",
}
_TYPES = " ".join(f"mg:{t}" for t in _KINDS)


def _in(relations: Iterable[str]) -> str:
    """The predicates of the relations, space-separated (for a VALUES block; binding the
    predicate lets the store use its index where FILTER (?p IN ...) scans every triple)."""
    return relation_table.sparql_values(relation_table.relations(relations))


# --------------------------------------------------------------------------- results


@dataclass(frozen=True)
class EvidenceRef:
    """Where the triple behind a lineage edge was read."""

    document: str
    quote: str
    paragraph: str | None = None
    iri: str | None = None


@dataclass(frozen=True)
class LineageEdge:
    source: str  # the cause
    target: str  # the effect
    relation: str  # the domain relation behind it, as stored (subject relation object)
    subject: str  # the triple's subject, so a reader can say it the document's way round
    evidence: tuple[EvidenceRef, ...] = ()


@dataclass(frozen=True)
class LineageNode:
    """A node of a lineage and how the walk reached it."""

    kind: str | None  # instrument, session, meeting, document, body, mandate
    label: str
    date: str | None  # ISO 8601: adoption, meeting or document date
    end_date: str | None  # a meeting's last day
    distance: int  # hops from the root: negative upstream, positive downstream
    via: str | None  # the node it was first reached from
    via_relation: str | None  # the relation it was reached by


@dataclass(frozen=True)
class Lineage:
    root: str
    direction: Direction
    depth: int
    nodes: Mapping[str, LineageNode]  # by IRI
    edges: tuple[LineageEdge, ...]  # in time order (`ordered_edges`)
    engine: str = "networkx"

    def ordered_nodes(self) -> list[str]:
        """Nodes in time order where dates are known; undated ones after, by distance."""
        return sorted(
            self.nodes,
            key=lambda n: (self.nodes[n].date is None, self.nodes[n].date or "", self.nodes[n].distance, n),
        )

    def ordered_edges(self) -> tuple[LineageEdge, ...]:
        """Edges in time order of their effect (then their cause); undated ones after."""

        def key(e: LineageEdge) -> tuple[bool, str, str, str, str]:
            dates = [self.nodes[n].date or "" for n in (e.target, e.source) if n in self.nodes]
            dated = [d for d in dates if d]
            return (not dated, max(dated) if dated else "", e.source, e.relation, e.target)

        return tuple(sorted(self.edges, key=key))


# --------------------------------------------------------------------------- the walk


def _steps(graph: LineageGraph | DiskLineageGraph, node: str, walk: Walk, at_root: bool) -> list[tuple[str, str, str, str, Mapping[str, Any]]]:
    """(neighbour, source, target, relation, data) one arrow away in the walk's direction,
    in a fixed order (so both engines, whose graphs are built in different orders, agree)."""
    return sorted(_unsorted_steps(graph, node, walk, at_root), key=lambda step: (step[0], step[3]))


def _unsorted_steps(graph: LineageGraph | DiskLineageGraph, node: str, walk: Walk, at_root: bool) -> Iterator[tuple[str, str, str, str, Mapping[str, Any]]]:
    outgoing = walk == "down"
    for source, target, relation, data in graph.out_edges(node, keys=True, data=True):
        if relation in MANDATE_RULES and not at_root:
            continue
        if outgoing or relation in TWO_WAY:
            yield target, source, target, relation, data
    for source, target, relation, data in graph.in_edges(node, keys=True, data=True):
        if relation in MANDATE_RULES and not at_root:
            continue
        if not outgoing or relation in TWO_WAY:
            yield source, source, target, relation, data


def _in_time(walk: Walk, reference: str | None, date: str | None) -> bool:
    if reference is None or date is None:
        return True
    return date >= reference if walk == "down" else date <= reference


def _carry(walk: Walk, reference: str | None, date: str | None) -> str | None:
    """The date a path carries on: the latest seen downstream, the earliest upstream (a two-way
    link may step to a node dated on the other side, and must not loosen the rule)."""
    if reference is None or date is None:
        return date or reference
    return max(reference, date) if walk == "down" else min(reference, date)


def _walks(direction: Direction) -> list[Walk]:
    if direction == "up":
        return ["up"]
    if direction == "down":
        return ["down"]
    return ["up", "down"]


def _not_linked(root: str) -> EntityNotFound:
    return EntityNotFound(f"{root} has no lineage: it is not linked to anything in the graph", iri=root)


def walk_graph(graph: LineageGraph | DiskLineageGraph, root: str, direction: Direction, depth: int, engine: str) -> Lineage:
    """The breadth-first, time-ordered walk of the module docstring over a lineage graph."""
    if root not in graph:
        raise _not_linked(root)

    def node(iri: str, distance: int, via: str | None, via_relation: str | None) -> LineageNode:
        attrs = graph.nodes[iri]
        return LineageNode(attrs.get("kind"), attrs.get("label") or iri, attrs.get("date"), attrs.get("end"),
                           distance, via, via_relation)

    nodes: dict[str, LineageNode] = {root: node(root, 0, None, None)}
    edges: dict[tuple[str, str, str], Mapping[str, Any]] = {}  # the data of each edge crossed
    walks = _walks(direction)
    root_date = graph.nodes[root].get("date")
    mandate_root = root if graph.nodes[root].get("kind") == "mandate" else None
    for walk in walks:
        sign = 1 if walk == "down" else -1
        reference: dict[str, str | None] = {root: root_date}
        frontier = [root]
        for distance in range(1, depth + 1):
            following = []
            for current in frontier:
                if current != root and graph.nodes[current].get("kind") == "session":
                    continue  # a session is a hub: reached, never crossed
                for neighbour, source, target, relation, data in _steps(graph, current, walk, current == mandate_root):
                    date = graph.nodes[neighbour].get("date")
                    if relation not in TWO_WAY and not _in_time(walk, reference[current], date):
                        continue
                    key = (source, target, relation)
                    if key not in edges:
                        edges[key] = data
                    if neighbour in reference:
                        continue
                    reference[neighbour] = _carry(walk, reference[current], date)
                    following.append(neighbour)
                    if neighbour not in nodes:
                        nodes[neighbour] = node(neighbour, sign * distance, current, relation)
            frontier = following
    # Edges found from both ends of a two-way walk may reach a node outside the result: drop them.
    kept_keys = [key for key in edges if key[0] in nodes and key[1] in nodes]
    if isinstance(graph, DiskLineageGraph):
        graph.load_evidence([edges[key] for key in kept_keys])  # in one query, not one per edge
    kept = tuple(LineageEdge(source, target, relation, edges[source, target, relation]["subject"],
                             tuple(edges[source, target, relation]["evidence"]))
                 for source, target, relation in kept_keys)
    unordered = Lineage(root, direction, depth, nodes, kept, engine)
    return replace(unordered, edges=unordered.ordered_edges())


# --------------------------------------------------------------------------- building


# A row of the view's queries: a SPARQL solution, or the same read from the quads (`rows_of`).
Row: TypeAlias = "ox.QuerySolution | Mapping[str, Any]"


class _NodeView(dict[str, dict[str, Any]]):
    """`PartGraph.nodes`: by IRI, and called as networkx's (``nodes(data=True)``)."""

    def __call__(self, data: bool = False) -> Any:
        return self.items() if data else self.keys()


class PartGraph:
    """A part of the view as `rows_of` reads it: the nodes, arrows and evidence of some IRIs, with
    the part of networkx's ``MultiDiGraph`` that the builder and the view's update use, in the same
    orders (nodes as added; arrows by source, then target, then relation, as first added). networkx
    is not imported for it (~0.09 CPU s), nor its graph's bookkeeping paid (~6,000 arrows after a
    3.6 MB load)."""

    def __init__(self) -> None:
        self.nodes = _NodeView()
        self._adj: dict[str, dict[str, dict[str, dict[str, Any]]]] = {}

    def __contains__(self, node: object) -> bool:
        return node in self.nodes

    def __iter__(self) -> Iterator[str]:
        return iter(self.nodes)

    def __len__(self) -> int:
        return len(self.nodes)

    def add_node(self, node: str, **attrs: Any) -> None:
        if node not in self.nodes:
            self.nodes[node] = {}
            self._adj[node] = {}
        self.nodes[node].update(attrs)

    def add_edge(self, source: str, target: str, key: str, **attrs: Any) -> None:
        for node in (source, target):
            if node not in self.nodes:
                self.add_node(node)
        self._adj[source].setdefault(target, {}).setdefault(key, {}).update(attrs)

    def has_edge(self, source: str, target: str, key: str) -> bool:
        return key in self._adj.get(source, {}).get(target, {})

    def get_edge_data(self, source: str, target: str, key: str) -> dict[str, Any] | None:
        return self._adj.get(source, {}).get(target, {}).get(key)

    def edges(self, keys: bool = False, data: bool = False) -> Iterator[Any]:
        for source, targets in self._adj.items():
            for target, by_key in targets.items():
                for key, attrs in by_key.items():
                    yield (source, target, *((key,) if keys else ()), *((attrs,) if data else ()))


class _GraphBuilder:
    """Accumulates query rows into a lineage MultiDiGraph (shared by both engines); a `PartGraph`
    for a part of the view (`rows_of`)."""

    def __init__(self, part: bool = False) -> None:
        self.graph: Any = PartGraph() if part else new_graph()
        self._session_dates: dict[str, str] = {}
        self._adopted_at: dict[str, str] = {}

    def _ensure(self, iri: str) -> dict[str, Any]:
        if iri not in self.graph:
            self.graph.add_node(iri, kind=None, label=None, date=None, end=None)
        return self.graph.nodes[iri]

    def node_rows(self, rows: Iterable[Row]) -> None:
        for row in rows:
            attrs = self._ensure(row["n"].value)
            kind = _KINDS.get(row["type"].value.removeprefix(str(MG)))
            # A node of several kinds: any other kind before "document", else the first by
            # name, the same whatever order the rows come in (a view updated in place reads
            # them in another order than a whole build).
            if kind and (attrs["kind"] in (None, "document") or (kind != "document" and kind < attrs["kind"])):
                attrs["kind"] = kind
            for name in ("pref", "notation", "label"):
                value = row[name]
                if value is not None and (attrs.get(f"_{name}") is None or value.value < attrs[f"_{name}"]):
                    attrs[f"_{name}"] = value.value  # the same choice whatever order rows come in
            for name, slot in (("date", "date"), ("end", "end")):
                value = row[name]
                if value is not None and (attrs[slot] is None or value.value < attrs[slot]):
                    attrs[slot] = value.value
            session = row["session"]
            if session is not None and (row["n"].value not in self._adopted_at or session.value < self._adopted_at[row["n"].value]):
                self._adopted_at[row["n"].value] = session.value  # the first by IRI, whatever the row order

    def edge_rows(self, rows: Iterable[ox.QuerySolution]) -> None:
        for row in rows:
            s, p, o = row["s"].value, row["p"].value, row["o"].value
            relation = relation_of(p)
            source, target = (o, s) if ALL_RULES.get(relation) == "backward" else (s, o)
            self._ensure(s)
            self._ensure(o)
            if not self.graph.has_edge(source, target, key=relation):
                self.graph.add_edge(source, target, key=relation, subject=s, evidence=[])

    def evidence_rows(self, rows: Iterable[Row]) -> None:
        # The evidence each edge has so far, beside its list (kept in the rows' order): an
        # edge with thousands of rows was checked against its list row by row (~0.3 CPU s of
        # a 3.6 MB load's lineage update).
        seen: dict[int, set[EvidenceRef]] = {}
        for row in rows:
            s, p, o = row["s"].value, row["p"].value, row["o"].value
            relation = relation_of(p)
            source, target = (o, s) if ALL_RULES.get(relation) == "backward" else (s, o)
            data = self.graph.get_edge_data(source, target, key=relation)
            if data is None:
                continue
            evidence = EvidenceRef(
                document=row["doc"].value,
                quote=row["quote"].value,
                paragraph=row["paragraph"].value if row["paragraph"] is not None else None,
                iri=row["ev"].value,
            )
            kept = data["evidence"]
            known = seen.get(id(kept))
            if known is None:
                known = seen[id(kept)] = set(kept)
            if evidence not in known:
                known.add(evidence)
                kept.append(evidence)

    def finish(self) -> LineageGraph:
        g = self.graph
        for iri, attrs in g.nodes(data=True):
            # skos:prefLabel (bodies), else rdfs:label (instruments, gatherings, and documents:
            # all their symbols joined), else a symbol.
            attrs["label"] = attrs.get("_pref") or attrs.get("_label") or attrs.get("_notation")
            for name in ("_pref", "_notation", "_label"):
                attrs.pop(name, None)
        # An instrument without its own adoption date takes the date its session opened.
        for inst, session in self._adopted_at.items():
            if inst in g and g.nodes[inst]["date"] is None and session in g and g.nodes[session]["date"]:
                g.nodes[inst]["date"] = g.nodes[session]["date"]
                g.nodes[inst]["dateFrom"] = "session"
        for evidence_list in (d["evidence"] for _, _, d in g.edges(data=True)):
            evidence_list.sort(key=lambda e: (e.document, e.paragraph or "", e.quote))
        return g


_NODE_SELECT = """
SELECT DISTINCT ?n ?type ?pref ?notation ?label ?date ?end ?session WHERE {
  %s
  VALUES ?type { %s }
  ?n a ?type .
  OPTIONAL { ?n skos:prefLabel ?pref }
  OPTIONAL { ?n skos:notation ?notation }
  OPTIONAL { ?n rdfs:label ?label }
  OPTIONAL { ?n mg:adoptedOn|mg:heldOn|dcterms:date ?date }
  OPTIONAL { ?n mg:heldUntil ?end }
  OPTIONAL { ?n mg:adoptedAt ?session }
}
"""

_EDGE_SELECT = """
SELECT DISTINCT ?s ?p ?o WHERE {
  %s
  VALUES ?p { %s }
  ?s ?p ?o .
  FILTER (isIRI(?o))
}
"""

_EVIDENCE_SELECT = """
SELECT DISTINCT ?s ?p ?o ?ev ?doc ?quote ?paragraph WHERE {
  %s
  VALUES ?p { %s }
  ?ev rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; mg:document ?doc ; mg:quote ?quote .
  OPTIONAL { ?ev mg:paragraph ?paragraph }
}
"""

# The same, starting from the subjects (the SPARQL engine binds ?s to the nodes in reach).
_EVIDENCE_FOR = """
SELECT DISTINCT ?s ?p ?o ?ev ?doc ?quote ?paragraph WHERE {
  %s
  ?ev rdf:subject ?s ; rdf:predicate ?p .
  FILTER (?p IN (%s))
  ?ev rdf:object ?o ; mg:document ?doc ; mg:quote ?quote .
  OPTIONAL { ?ev mg:paragraph ?paragraph }
}
"""


# The SPARQL engine's versions bind the nodes with VALUES and filter the predicate or type:
# with both bound by VALUES the store scans every triple of each predicate instead.
_NODE_FOR = _NODE_SELECT.replace("  VALUES ?type { %s }\n  ?n a ?type .", "  ?n a ?type .\n  FILTER (?type IN (%s))")
_EDGE_FOR = _EDGE_SELECT.replace("  VALUES ?p { %s }\n  ?s ?p ?o .\n  FILTER (isIRI(?o))", "  ?s ?p ?o .\n  FILTER (?p IN (%s) && isIRI(?o))")
assert _NODE_FOR != _NODE_SELECT and _EDGE_FOR != _EDGE_SELECT

# What a saved view was built by (`graph.lineage_file`): a change to the rules or to the
# queries that build the view makes every saved view out of date.
_VIEW_FINGERPRINT = fingerprint(sorted(ALL_RULES.items()), sorted(_KINDS.items()), _NODE_SELECT, _EDGE_SELECT,
                                _EVIDENCE_SELECT)


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{i}>" for i in iris) + " }"


values_block = _values
# IRIs bound by one VALUES block when a part of the view is read (`rows_of`).
CHUNK = 500


def node_types() -> list[str]:
    """The classes whose members are nodes of the view (`graph.lineage_origins`)."""
    return [str(MG[t]) for t in _KINDS]


def edge_predicates() -> list[str]:
    """The predicates of the lineage arrows."""
    return [predicate(r) for r in ALL_RULES]



# --------------------------------------------------------------------------- networkx


def build_graph(store: GraphStore) -> LineageGraph:
    """The networkx view of every lineage arrow of ``store``, from three queries."""
    builder = _GraphBuilder()
    builder.node_rows(select_all(store, _NODE_SELECT % ("", _TYPES)))
    builder.edge_rows(select_all(store, _EDGE_SELECT % ("", _in(ALL_RULES))))
    builder.evidence_rows(select_all(store, _EVIDENCE_SELECT % ("", _in(RULES))))
    return builder.finish()


def rows_of(store: GraphStore, nodes: Iterable[str], subjects: Iterable[str], native: QuadSource | None = None) -> PartGraph:
    """A part of the view, read from the store as it is now: the attributes of ``nodes`` (a
    node absent, or without a kind, is not typed), and every lineage arrow whose triple has
    one of ``subjects`` as subject, with its evidence (`graph.lineage_update` puts it in the
    saved view in place of the rows it had for them). By the SPARQL engine's queries, or, given
    the ``native`` pyoxigraph store under ``store``, the same rows read from the quads of these
    IRIs (a lookup each: a fifth of the CPU for a document's IRIs at a million triples). Both
    give what a whole build gives for the same IRIs (a test checks it)."""
    builder = _GraphBuilder(part=True)
    types = _TYPES.replace(" ", ", ")
    wanted, arrows = sorted(set(nodes)), sorted(set(subjects))

    def read_nodes(iris: list[str]) -> None:
        if native is not None:
            builder.node_rows(_quad_node_rows(native, iris))
            return
        for chunk in _chunks(iris):
            builder.node_rows(select(store, _NODE_FOR % (_values("n", chunk), types)))

    read_nodes(wanted)
    # The sessions whose date an instrument without its own takes (`_GraphBuilder.finish`).
    read_nodes(sorted(set(builder._adopted_at.values()) - set(wanted)))
    for chunk in _chunks(arrows):
        builder.edge_rows(select(store, _EDGE_FOR % (_values("s", chunk), _in(ALL_RULES).replace(" ", ", "))))
    if native is not None:
        builder.evidence_rows(_quad_evidence_rows(native, arrows))
    else:
        for chunk in _chunks(arrows):
            builder.evidence_rows(select(store, _EVIDENCE_FOR % (_values("s", chunk), _in(RULES).replace(" ", ", "))))
    part = builder.graph
    builder.finish()
    assert isinstance(part, PartGraph)
    return part


def _objects(native: QuadSource, node: ox.NamedNode | ox.BlankNode) -> dict[str, list[Any]]:
    """The distinct objects of ``node``'s quads in every graph, by predicate IRI."""
    found: dict[str, list[Any]] = {}
    for quad in native.quads_for_pattern(node, None, None, None):
        values = found.setdefault(quad.predicate.value, [])
        if quad.object not in values:
            values.append(quad.object)
    return found


_NODE_COLUMNS = {"pref": str(SKOS.prefLabel), "notation": str(SKOS.notation), "label": str(RDFS.label),
                 "end": str(MG.heldUntil), "session": str(MG.adoptedAt)}
_DATES = (str(MG.adoptedOn), str(MG.heldOn), str(DCTERMS.date))


def _quad_node_rows(native: QuadSource, iris: Iterable[str]) -> Iterator[dict[str, Any]]:
    """`_NODE_SELECT`'s rows for ``iris``, from their quads: each value of each column in one
    row at least (the builder keeps the least of each, and a kind by a fixed order, so rows
    need not be the query's product of every column)."""
    kinds = {f"{MG}{t}" for t in _KINDS}
    for iri in iris:
        objects = _objects(native, ox.NamedNode(iri))
        columns: dict[str, list[Any]] = {"type": [t for t in objects.get(str(RDF.type), []) if t.value in kinds]}
        if not columns["type"]:
            continue
        columns.update({name: objects.get(p, []) for name, p in _NODE_COLUMNS.items()})
        columns["date"] = [d for p in _DATES for d in objects.get(p, [])]
        for i in range(max(len(v) for v in columns.values())):
            row: dict[str, Any] = {name: values[min(i, len(values) - 1)] if values else None for name, values in columns.items()}
            row["n"] = ox.NamedNode(iri)
            yield row


def _quad_evidence_rows(native: QuadSource, subjects: Iterable[str]) -> Iterator[dict[str, Any]]:
    """`_EVIDENCE_FOR`'s rows for ``subjects``, from the quads of their evidence nodes."""
    relations = {predicate(r) for r in RULES}
    about = ox.NamedNode(str(RDF.subject))
    for iri in subjects:
        subject = ox.NamedNode(iri)
        nodes = {q.subject for q in native.quads_for_pattern(None, about, subject, None)
                 if isinstance(q.subject, (ox.NamedNode, ox.BlankNode))}
        for node in nodes:
            objects = _objects(native, node)
            for p in objects.get(str(RDF.predicate), []):
                if p.value not in relations:
                    continue
                for o in objects.get(str(RDF.object), []):
                    for doc in objects.get(str(MG.document), []):
                        for quote in objects.get(str(MG.quote), []):
                            for paragraph in objects.get(str(MG.paragraph), []) or [None]:
                                yield {"s": subject, "p": p, "o": o, "ev": node, "doc": doc, "quote": quote,
                                       "paragraph": paragraph}


def _chunks(iris: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(iris), CHUNK):
        yield iris[start:start + CHUNK]


def _origins_of(store: GraphStore) -> dict[str, set[str]] | None:
    """What the saved file records so that it can be updated in place (`graph.lineage_origins`)."""
    from mandate_graph.graph.lineage_origins import NotUpdatable
    from mandate_graph.graph.lineage_update import store_origins  # it builds on this module

    try:
        return store_origins(store, None)
    except NotUpdatable as exc:  # then built whole after every write
        log.info("the lineage view cannot be updated in place: %s", exc)
        return None


def _build_file(snapshot: str, out: str, key: str) -> None:
    """In a process of its own (`LineageView._built_in_child`): build the view of the
    read-only checkpoint ``snapshot`` and write it to ``out`` under ``key``, at a lower
    priority than the server's requests."""
    from mandate_graph.graph.store import OxigraphStore

    try:
        os.nice(10)
    except OSError:
        pass
    threading.Thread(target=_end_with_parent, args=(os.getppid(),), daemon=True).start()
    store = OxigraphStore(snapshot, read_only=True, query_workers=0)
    try:
        write_view(build_graph(store), Path(out), key, _origins_of(store))
    finally:
        store.close()


def saved_view_path(store: GraphStore) -> Path | None:
    """The file the lineage view of ``store``'s current content is saved in (it may not
    exist yet), as one file that stands alone: a view kept as an overlay over an older file
    (`graph.lineage_overlay`) is merged into one first, for a caller that hands the file on
    (`cli.serving` links it into a snapshot). None when the store has no revision token for
    its content."""
    from mandate_graph.graph.lineage_overlay import merge_view

    where = LineageView.saved_path_and_key(store, store.generation)
    if where is None:
        return None
    path, key = where
    try:
        view = open_view(path, key)
    except (ViewFileError, OSError, sqlite3.Error):
        return path  # none, or not usable: the caller's open tells
    if view.base is not None:
        try:
            merge_view(view, path, key)
        except (OSError, sqlite3.Error) as exc:
            log.warning("%s: cannot merge the saved lineage view into one file: %s", path, exc)
            return path
        remove_other_views(path)
    return path


def _end_with_parent(parent: int) -> None:
    """In a build process: end it when the server that started it has gone (stopped or
    killed: it would otherwise build on for minutes, for nobody)."""
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def _remove_abandoned_checkpoints(store_path: Path) -> None:
    """The checkpoints of builds whose server was killed before it could remove them."""
    for leftover in store_path.parent.glob(f".{store_path.name}.lineage-build-*"):
        pid = leftover.name.rsplit("-", 2)[-2]
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(leftover, ignore_errors=True)
        except (ValueError, OSError):
            continue


def remove_other_views(*kept: Path) -> None:
    """The saved views of other revisions (and any a killed build left half-written), all but
    the files ``kept`` (a view's file, and its base when it is an overlay): a process that
    still reads one keeps it open until it lets go."""
    for other in kept[0].parent.glob(f"{LineageView.SAVED_PREFIX}*"):
        if other not in kept:
            other.unlink(missing_ok=True)


class LineageView:
    """A networkx picture of the lineage arrows of one store, rebuilt when the store changes,
    and kept in a file that a later process opens instead of building it again.

    On an on-disk store that can be written, the view is saved in the store's own folder
    (``<store>/mandate-graph-views/lineage-view-<revision>.sqlite``, `graph.lineage_file`)
    under the store's revision token (`graph.store.revision`: a new one after every write),
    and a view of the same store opens that file, in milliseconds, while the store still has
    that token: a restart on an unchanged store answers from the file at once, never from a
    view of another content. A file that is missing, of another revision, cut short or
    damaged is built again (with a log line for the last two).

    The server's builds (`refresh_in_background`) run in a process of their own, at a lower
    priority, on a checkpoint of the store: they write the file, which the view then opens;
    the serving process neither holds the GIL for them nor keeps the 2 GB of a networkx
    view of 10 M triples. `fresh` (the command line, the benches) builds in process.

    ``cache``: a file where the view of a read-only store is kept, for the processes of
    `mandates serve --workers N`, which serve one read-only snapshot: the first process to get
    there builds the view and writes it, the others wait for it and read it (79 s of CPU and
    2 GB at 10 M triples, once instead of once per process). A read-only store never changes,
    and the file belongs to its snapshot (made beside it, removed with it), so it is never
    stale. On a store that can be written the cache is not used."""

    SAVED_PREFIX = "lineage-view-"

    def __init__(self, store: GraphStore, ids: Identifiers, cache: Path | None = None) -> None:
        self.store = store
        self.ids = ids
        self.cache = cache if getattr(store, "read_only", False) else None
        self._lock = threading.Lock()
        self._generation: int | None = None
        self._graph: LineageGraph | DiskLineageGraph | None = None  # None: empty, until built or opened
        self.build_seconds: float | None = None
        self.build_error: str | None = None  # the last background build's failure
        self._background_lock = threading.Lock()
        self._rebuilding: threading.Thread | None = None
        self._saved_lock = threading.Lock()
        self._saved_tried: int | None = None  # the generation whose saved view was looked for
        self._updating_in_place = False  # `_updated_saved` under way (a request may wait for it)

    @property
    def graph(self) -> "LineageGraph | DiskLineageGraph":
        """The view as last built or opened (an empty graph before that)."""
        if self._graph is None:
            self._graph = new_graph()
        return self._graph

    @graph.setter
    def graph(self, graph: "LineageGraph | DiskLineageGraph") -> None:
        self._graph = graph

    @property
    def opened_from(self) -> Path | None:
        """The saved file the view reads, if it reads one."""
        return self._graph.path if isinstance(self._graph, DiskLineageGraph) else None

    def fresh(self, in_child: bool = False) -> "LineageView":
        """The view, rebuilt first if the store has been written to since it was built (or
        opened from the file saved for the store's content). ``in_child``: build in a process
        of its own where the store allows it (see the class docstring)."""
        with self._lock:
            if self._generation != self.store.generation:
                generation = self.store.generation
                started = time.perf_counter()
                graph: LineageGraph | DiskLineageGraph | None = self._open_saved(generation)
                if graph is None:
                    graph = self._updated_saved(generation)
                if graph is None and self.cache is not None:
                    graph = self._built_once(self.cache)
                if graph is None and in_child:
                    graph = self._built_in_child(generation)
                if graph is None:
                    graph = self._build()
                    self._save(graph, generation)
                self.graph = graph
                self.build_seconds = time.perf_counter() - started
                self._generation = generation
        return self

    def is_current(self) -> bool:
        """True when the view shows the store as it is (no write since it was built)."""
        return self._generation == self.store.generation

    def open_saved(self) -> bool:
        """Make the view current from the file saved for the store's content, if there is one
        (milliseconds: nothing is read but a header); True when the view is current. Looks for
        the file once per store generation, and never waits for a build under way."""
        generation = self.store.generation
        if self._generation == generation:
            return True
        if self._saved_tried == generation or not self._saved_lock.acquire(blocking=False):
            return False
        try:
            if self._generation != generation and self._saved_tried != generation:
                saved = self._open_saved(generation)
                self._saved_tried = generation
                if saved is not None:
                    self.graph = saved
                    self._generation = generation
        finally:
            self._saved_lock.release()
        return self._generation == generation

    def open_at_start(self) -> bool:
        """At a server's start: open the view saved for the store's content (milliseconds),
        True; or, when there is none (the store was written since, or never served), import
        networkx now, False: the view's update in place or build needs it, and the first
        lineage request after the start may wait for that update (`catch_up`). On a restart
        of an unchanged store networkx is then never imported (~0.3 CPU s)."""
        if self.open_saved():
            return True
        import networkx  # noqa: F401 - the import itself is the point

        return False

    def _saved_path_and_key(self, generation: int) -> tuple[Path, str] | None:
        return self.saved_path_and_key(self.store, generation)

    def _updated_saved(self, generation: int, max_graphs: int | None = None) -> DiskLineageGraph | None:
        """The view of the store at ``generation``, made by updating the view saved for an
        older revision with the graphs written since (`graph.lineage_update`); None when
        that cannot be done (then it is built whole). Called with ``_lock`` held."""
        from mandate_graph.graph import lineage_update  # it builds on this module

        where = self._saved_path_and_key(generation)
        if where is None:
            return None
        self._updating_in_place = True
        try:
            return lineage_update.update_saved(self.store, *where, generation,
                                               max_graphs if max_graphs is not None else lineage_update.MAX_GRAPHS)
        finally:
            self._updating_in_place = False

    def catch_up(self) -> bool:
        """Make the view current now, in the caller's thread, when that is an update in place
        of the saved view from a few graphs written (`CATCH_UP_GRAPHS`; a document's load is
        one or two): the first lineage request after such a write is then answered from the
        view, where waiting for the background rebuild would answer by SPARQL. Waits for an
        update in place under way (a fraction of a second), never for a whole build; True
        when the view is then current."""
        if self.is_current():
            return True
        if not self._lock.acquire(timeout=CATCH_UP_WAIT_S if self._updating_in_place else 0):
            return False
        try:
            generation = self.store.generation
            if self._generation != generation:
                started = time.perf_counter()
                updated = self._updated_saved(generation, CATCH_UP_GRAPHS)
                if updated is None:
                    return False
                self.graph = updated
                self.build_seconds = time.perf_counter() - started
                self._generation = generation
            return True
        finally:
            self._lock.release()

    @classmethod
    def saved_path_and_key(cls, store: GraphStore, generation: int) -> tuple[Path, str] | None:
        """Where the view of the store's content at ``generation`` is saved, and its key;
        None when the store has no revision token for it (in memory, read-only, or written
        since)."""
        revision = getattr(store, "revision", None)
        if not isinstance(revision, StoreRevision):
            return None
        token = revision.token_at(generation)
        if token is None:
            return None
        return revision.folder / f"{cls.SAVED_PREFIX}{token}.sqlite", f"{token}:{_VIEW_FINGERPRINT}"

    def _open_saved(self, generation: int) -> DiskLineageGraph | None:
        where = self._saved_path_and_key(generation)
        if where is None:
            return None
        path, key = where
        try:
            return open_view(path, key)
        except ViewFileError as exc:
            if path.exists() and "another revision" not in str(exc):
                log.warning("%s: the saved lineage view is %s; building it again", path, exc)
        except (OSError, sqlite3.Error) as exc:
            log.warning("%s: cannot read the saved lineage view (%s); building it again", path, exc)
        return None

    def _save(self, graph: LineageGraph, generation: int) -> None:
        """Keep ``graph`` beside the store while the store has the content it was built from."""
        where = self._saved_path_and_key(generation)
        if where is None:
            return
        path, key = where
        try:
            path.parent.mkdir(exist_ok=True)
            write_view(graph, path, key, _origins_of(self.store))
        except (OSError, sqlite3.Error) as exc:  # no saved view then, nothing worse
            log.warning("%s: cannot save the lineage view: %s", path, exc)
            return
        remove_other_views(path)

    def _built_in_child(self, generation: int) -> DiskLineageGraph | None:
        """Build the view in a process of its own (`_build_file`) from a checkpoint of the
        store, and open the file it writes; None when the store has no checkpoint or revision
        (in memory, a SPARQL server) or the process failed (then the caller builds here)."""
        where = self._saved_path_and_key(generation)
        checkpoint = getattr(self.store, "checkpoint", None)
        store_path = getattr(self.store, "path", None)
        if where is None or checkpoint is None or store_path is None:
            return None
        path, key = where
        _remove_abandoned_checkpoints(store_path)
        snapshot = store_path.parent / f".{store_path.name}.lineage-build-{os.getpid()}-{time.monotonic_ns()}"
        try:
            path.parent.mkdir(exist_ok=True)
            checkpoint(snapshot)
            child = multiprocessing.get_context("spawn").Process(
                target=_build_file, args=(str(snapshot), str(path), key), name="lineage-view-build", daemon=True)
            child.start()
            child.join()
            if child.exitcode != 0:
                log.warning("%s: the lineage view's build process failed (exit code %s); building it here",
                            store_path, child.exitcode)
                return None
            graph = open_view(path, key)
        except (OSError, StoreError, ViewFileError, sqlite3.Error) as exc:
            log.warning("%s: cannot build the lineage view in a process of its own (%s); building it here",
                        store_path, exc)
            return None
        finally:
            shutil.rmtree(snapshot, ignore_errors=True)
        remove_other_views(path)
        return graph

    def discard_saved(self, graph: DiskLineageGraph, reason: str) -> None:
        """The file ``graph`` reads turned out damaged: log it, remove it, rebuild."""
        log.warning("%s: the saved lineage view is damaged (%s); building it again", graph.path, reason)
        with self._saved_lock:
            if self.graph is graph:
                self._generation = None
                self._saved_tried = self.store.generation  # not that file again
            graph.path.unlink(missing_ok=True)
        self.refresh_in_background()

    def refresh_in_background(self) -> threading.Thread | None:
        """Rebuild the view in a thread of its own unless it is current or being rebuilt
        already; the thread, or None. Requests never wait for a build (see `lineage`)."""
        with self._background_lock:
            if self.is_current() or (self._rebuilding is not None and self._rebuilding.is_alive()):
                return None
            thread = threading.Thread(target=self._refresh_quietly, name="lineage-view", daemon=True)
            self._rebuilding = thread
            thread.start()
            return thread

    def _refresh_quietly(self) -> None:
        try:
            self.fresh(in_child=True)
        except Exception as exc:  # noqa: BLE001 - a thread's error would otherwise vanish
            self.build_error = f"{type(exc).__name__}: {exc}"

    def _built_once(self, cache: Path) -> LineageGraph | DiskLineageGraph:
        """The view from ``cache``, built and written there first by whichever process takes the
        lock first (an exclusive lock on a file beside it: the others wait, then read)."""
        with open(cache.with_name(cache.name + ".lock"), "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            key = f"snapshot:{_VIEW_FINGERPRINT}"
            if cache.exists():
                try:  # built here, or the store's own saved view (`cli.serving` links it)
                    saved = open_view(cache, key, any_revision=True)
                except (ViewFileError, sqlite3.Error) as exc:
                    log.warning("%s: the lineage view file is %s; building it again", cache, exc)
                else:
                    return saved
            graph = self._build()
            write_view(graph, cache, key)
            return graph

    def _build(self) -> LineageGraph:
        return build_graph(self.store)

    def lineage(self, root: str, direction: Direction = "both", depth: int = 3) -> Lineage:
        self.fresh()
        graph = self.graph
        try:
            return walk_graph(graph, root, direction, depth, "networkx")
        except sqlite3.DatabaseError as exc:  # a saved file damaged past its header
            assert isinstance(graph, DiskLineageGraph)
            self.discard_saved(graph, str(exc))
            return walk_graph(self.fresh().graph, root, direction, depth, "networkx")

    def current_lineage(self, root: str, direction: Direction, depth: int) -> Lineage | None:
        """The lineage from the view if it is current (opened from its saved file if need
        be), without waiting for a build; None when it is not (or its file proved damaged)."""
        if not self.open_saved():
            return None
        graph = self.graph
        try:
            return walk_graph(graph, root, direction, depth, "networkx")
        except sqlite3.DatabaseError as exc:
            assert isinstance(graph, DiskLineageGraph)
            self.discard_saved(graph, str(exc))
            return None

    def reachable(self, root: str, direction: Walk) -> set[str]:
        """Everything reachable along lineage arrows at any depth, as `sparql_reachable`
        (no time rule, sessions crossed, no mandate links): the other query shape measured."""
        self.fresh()
        if root not in self.graph:
            return set()
        seen, frontier = {root}, [root]
        while frontier:
            following = []
            for node in frontier:
                for neighbour, _, _, relation, _ in _unsorted_steps(self.graph, node, direction, False):
                    if neighbour not in seen:
                        seen.add(neighbour)
                        following.append(neighbour)
            frontier = following
        seen.discard(root)
        return seen


# --------------------------------------------------------------------------- SPARQL


def _step_path(rules: dict[str, str]) -> str:
    """One lineage arrow walked forwards (downstream), as a SPARQL property path."""
    steps = []
    for relation, arrow in rules.items():
        p = f"<{predicate(relation)}>"
        steps.append({"forward": p, "backward": f"^{p}", "two-way": f"{p}|^{p}"}[arrow])
    return "|".join(steps)


_FIRST = _step_path(ALL_RULES)  # from the root: the mandate links too
_REST = _step_path({r: a for r, a in RULES.items() if r != "adoptedAt"})
_INTO_SESSION = _step_path({"adoptedAt": RULES["adoptedAt"]})


def ball_query(root: str, walk: Walk, depth: int) -> str:
    """The nodes within ``depth`` arrows of ``root`` downstream (or upstream), by property path:
    ``(step)?/(step)?/...`` repeated ``depth`` times (SPARQL 1.1 has no ``{0,n}``).

    A superset of what the walk can reach, never less: the first hop may cross the mandate
    links (followed only from a mandate root) and any arrow; later hops leave out ``adoptedAt``,
    which only ever joins an instrument and the session that adopted it, and a session is not crossed unless it
    is the root: downstream, session -> instrument happens only from a root session (first hop);
    upstream, instrument -> session ends a path, so it is allowed once more as a last hop.
    Without this the ball runs through every session and holds most of the graph.
    """
    hops = [_FIRST] + [_REST] * (depth - 1)
    if walk == "up":
        hops.append(_INTO_SESSION)
        path = "/".join(f"(^({h}))?" for h in hops)
    else:
        path = "/".join(f"({h})?" for h in hops)
    return f"SELECT DISTINCT ?n WHERE {{ <{root}> {path} ?n }}"


class SparqlLineage:
    """The same lineage from the store directly: property paths find the nodes within reach,
    one query each fetches their attributes and the edges among them; the walk runs on that
    small graph, and the evidence is fetched last, for the edges the walk kept.

    This is what answers while the networkx view is being built (after a start or a write), so
    it must be bounded on a large store: the root is written into the property paths, the other
    queries start from the nodes in reach (VALUES), and the queries that do not depend on each
    other run side by side (`_side_by_side`): the engine reads without holding the GIL, and on
    a store whose pages are not cached yet (right after a start) the reads overlap."""

    def __init__(self, store: GraphStore, ids: Identifiers) -> None:
        self.store = store
        self.ids = ids

    def lineage(self, root: str, direction: Direction = "both", depth: int = 3) -> Lineage:
        walks = _walks(direction)
        reach: set[str] = set()
        for rows in _side_by_side(self.store, [ball_query(root, walk, depth) for walk in walks]):
            reach |= {row["n"].value for row in rows}
        builder = _GraphBuilder()
        values = _values("n", reach)
        types = _TYPES.replace(" ", ", ")
        # Both ends of an edge are in reach, so binding the subject finds them all; edges to
        # nodes out of reach are dropped with those nodes below.
        subjects = _values("s", reach)
        nodes, sessions, edges = _side_by_side(self.store, [
            _NODE_FOR % (values, types),
            # Sessions of instruments without their own date (for the session-date fallback).
            f"SELECT DISTINCT ?session WHERE {{ {values} ?n mg:adoptedAt ?session }}",
            _EDGE_FOR % (subjects, _in(ALL_RULES).replace(" ", ", ")),
        ])
        builder.node_rows(nodes)
        outside = {row["session"].value for row in sessions} - reach
        if outside:
            builder.node_rows(select(self.store, _NODE_FOR % (_values("n", outside), types)))
        builder.edge_rows(edges)
        graph = builder.finish()
        graph.remove_nodes_from([n for n in list(graph) if n not in reach])
        if root not in graph:
            raise _not_linked(root)
        walked = walk_graph(graph, root, direction, depth, "sparql")
        # The evidence of the edges kept (the walk drops most edges among the nodes in reach).
        kept = {edge.subject for edge in walked.edges}
        if not kept:
            return walked
        builder.evidence_rows(select(self.store, _EVIDENCE_FOR % (_values("s", kept), _in(RULES).replace(" ", ", "))))
        for evidence_list in (d["evidence"] for _, _, d in graph.edges(data=True)):
            evidence_list.sort(key=lambda e: (e.document, e.paragraph or "", e.quote))
        return walk_graph(graph, root, direction, depth, "sparql")


def _side_by_side(store: GraphStore, queries: list[str]) -> list[list[ox.QuerySolution]]:
    """The rows of each SELECT, the queries run at the same time in threads of their own."""
    if len(queries) == 1:
        return [list(select(store, queries[0]))]
    with ThreadPoolExecutor(len(queries), thread_name_prefix="lineage-sparql") as pool:
        return list(pool.map(lambda query: list(select(store, query)), queries))


def sparql_reachable(store: GraphStore, root: str, direction: Walk) -> set[str]:
    """Everything reachable from ``root`` along lineage arrows at any depth (no time rule,
    no evidence): one property path ``(step)+``."""
    path = f"({_step_path(RULES)})+"
    if direction == "up":
        path = f"^{path}"
    query = f"SELECT DISTINCT ?n WHERE {{ <{root}> {path} ?n . FILTER (?n != <{root}>) }}"
    return {row["n"].value for row in select(store, query)}


# ----------------------------------------------------------------------- shared views

_views: dict[int, LineageView] = {}
_views_lock = threading.Lock()

# A request finding the view behind the store updates it in place itself when the writes since
# touched at most this many graphs (`LineageView.catch_up`), or waits this long for an update
# in place under way; otherwise it is answered by SPARQL while the view is rebuilt.
CATCH_UP_GRAPHS = 8
CATCH_UP_WAIT_S = 3.0

# Which engine answers which shape, from bench/bench_lineage.py (see docs/lineage.md).
ENGINE_FOR_SHAPE: dict[str, str] = {"lineage": "networkx", "reachable": "networkx"}


def view_for(store: GraphStore, ids: Identifiers, cache: Path | None = None) -> LineageView:
    """One view per store object, shared by the API and the command line. ``cache``: see
    `LineageView`."""
    with _views_lock:
        view = _views.get(id(store))
        if view is None or view.store is not store:
            view = _views[id(store)] = LineageView(store, ids, cache)
    return view


def lineage(
    store: GraphStore, ids: Identifiers, root: str, direction: Direction = "both", depth: int = 3, engine: str | None = None
) -> Lineage:
    """The lineage of ``root`` by the engine measured fastest for it (or the one asked for).

    The networkx view is never built on a request: building reads every lineage arrow of
    the store (79 s at 10 M triples). A view saved beside the store for its current content
    is opened (milliseconds, `LineageView.open_saved`); one saved before a write of a few known
    graphs is updated in place from them here (`LineageView.catch_up`, a fraction of a second
    for a document); otherwise the server builds it when it starts and after each write, in
    the background (`LineageView.refresh_in_background`);
    until it is current, the SPARQL engine answers, which gives the same lineage (a test checks that the two agree),
    only slower on long walks. ``engine="networkx"`` asks for the view explicitly and waits
    for it (the command line, the benches).

    Raises `EntityNotFound` when ``root`` is linked to nothing, `InvalidIri` when it is no
    IRI, `InvalidArgument` for an unknown engine."""
    named_node(root)  # InvalidIri before any engine writes it into a query
    if engine is None and ENGINE_FOR_SHAPE["lineage"] == "networkx":
        view = view_for(store, ids)
        found = view.current_lineage(root, direction, depth)
        if found is None and view.catch_up():
            found = view.current_lineage(root, direction, depth)
        if found is not None:
            return found
        view.refresh_in_background()
        return SparqlLineage(store, ids).lineage(root, direction, depth)
    engine = engine or ENGINE_FOR_SHAPE["lineage"]
    if engine == "sparql":
        return SparqlLineage(store, ids).lineage(root, direction, depth)
    if engine != "networkx":
        raise InvalidArgument(f"unknown engine {engine!r}; use networkx or sparql")
    return view_for(store, ids).lineage(root, direction, depth)

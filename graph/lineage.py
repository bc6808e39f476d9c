"""Lineage: what led to an entity (upstream) and what came of it (downstream).

Every relation of the domain is read as an arrow from cause to effect, once, here:

    relation (s p o)              lineage arrow        reads as
    s establishes o               s -> o               the instrument created the body
    s makesConstantElement o      s -> o
    s requests/encourages/invites o  s -> o            the instrument tasked the body
    s cites o                     o -> s               the cited instrument led to the citing one
    s endorses o                  o -> s               the meeting's recommendations led to the instrument
    s adoptedAt o                 o -> s               the session adopted the instrument
    s pursuantTo o                o -> s               the instrument called for the document
    s meetingOf o                 o -> s               the body held the meeting
    s submittedTo o               s -> o               the document went to the session
    s reportOf o                  s <-> o              a report and its meeting are one outcome
    s owl:sameAs o                s <-> o              one document known under two names

Upstream follows arrows backwards, downstream forwards; the two-way links are crossed in
either walk. The walk is breadth-first to a chosen depth, never revisits a node (so cycles
end), and every edge carries the evidence of the triples behind it.

Two engines answer the same question: `LineageView` (networkx, over a view of the store
built once and rebuilt when the store changes) and `sparql_reachable` (a SPARQL property
path, no view). `bench/bench_lineage.py` measures both; the API uses the view, which answers
depth-limited walks with evidence, which property paths cannot.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Literal

import networkx as nx

from graph.identifiers import Identifiers
from graph.namespaces import MG, OWL
from graph.store import GraphStore

Direction = Literal["up", "down", "both"]

FORWARD = ("establishes", "makesConstantElement", "requests", "encourages", "invites", "submittedTo")
BACKWARD = ("cites", "endorses", "adoptedAt", "pursuantTo", "meetingOf")
TWO_WAY = ("reportOf", "sameAs")
RELATIONS = (*FORWARD, *BACKWARD, *TWO_WAY)


def _predicate(relation: str) -> str:
    return str(OWL.sameAs) if relation == "sameAs" else str(MG[relation])


_EDGES_QUERY = """
SELECT ?s ?p ?o ?ev ?doc ?quote ?paragraph WHERE {
  ?s ?p ?o .
  FILTER (?p IN (%s))
  FILTER (isIRI(?o))
  OPTIONAL {
    ?ev rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; mg:document ?doc ; mg:quote ?quote .
    OPTIONAL { ?ev mg:paragraph ?paragraph }
  }
}
""" % ", ".join(f"<{_predicate(r)}>" for r in RELATIONS)

_NODES_QUERY = """
SELECT ?n ?type ?label ?date WHERE {
  ?n a ?type .
  FILTER (?type IN (mg:Resolution, mg:Decision, mg:Session, mg:Meeting, mg:Document, mg:Body, mg:Mandate))
  OPTIONAL { ?n skos:prefLabel|rdfs:label|skos:notation ?label }
  OPTIONAL { ?n mg:adoptedOn|mg:heldOn|dcterms:date ?date }
}
"""

_KINDS = {
    "Resolution": "instrument",
    "Decision": "instrument",
    "Session": "session",
    "Meeting": "meeting",
    "Document": "document",
    "Body": "body",
    "Mandate": "mandate",
}


@dataclass(frozen=True)
class EvidenceRef:
    document: str
    quote: str
    paragraph: str | None = None
    iri: str | None = None

    def as_dict(self) -> dict[str, object]:
        return {"iri": self.iri, "document": self.document, "paragraph": self.paragraph, "quote": self.quote}


@dataclass
class LineageEdge:
    source: str  # the cause
    target: str  # the effect
    relation: str  # the domain relation behind it, as stored (s relation o)
    subject: str  # the triple's subject, so a reader can say it the document's way round
    evidence: list[EvidenceRef] = field(default_factory=list)


@dataclass
class Lineage:
    root: str
    direction: Direction
    depth: int
    nodes: dict[str, dict[str, object]]  # iri -> {kind, label, date, distance}
    edges: list[LineageEdge]

    def ordered_nodes(self) -> list[str]:
        """Nodes in time order where dates are known; undated ones after, by distance."""
        return sorted(
            self.nodes,
            key=lambda n: (self.nodes[n].get("date") is None, str(self.nodes[n].get("date") or ""), self.nodes[n]["distance"], n),
        )


class LineageView:
    """A networkx picture of the lineage arrows of one store, rebuilt when the store changes."""

    def __init__(self, store: GraphStore, ids: Identifiers) -> None:
        self.store = store
        self.ids = ids
        self._lock = threading.Lock()
        self._generation: int | None = None
        self.graph = nx.MultiDiGraph()

    # building ---------------------------------------------------------------------------

    def fresh(self) -> "LineageView":
        """The view, rebuilt first if the store has been written to since it was built."""
        with self._lock:
            if self._generation != self.store.generation:
                self.graph = self._build()
                self._generation = self.store.generation
        return self

    def _build(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        for row in self.store.query(_NODES_QUERY):
            node = row["n"].value  # type: ignore[union-attr]
            kind = _KINDS.get(row["type"].value.removeprefix(str(MG)))  # type: ignore[union-attr]
            attrs = graph.nodes[node] if node in graph else {}
            if node not in graph:
                graph.add_node(node, kind=kind, label=None, date=None)
                attrs = graph.nodes[node]
            label, date = row["label"], row["date"]
            if label is not None and attrs["label"] is None:
                attrs["label"] = label.value
            if date is not None and (attrs["date"] is None or date.value < attrs["date"]):
                attrs["date"] = date.value
        for row in self.store.query(_EDGES_QUERY):
            s, p, o = row["s"].value, row["p"].value, row["o"].value  # type: ignore[union-attr]
            relation = "sameAs" if p == str(OWL.sameAs) else p.removeprefix(str(MG))
            source, target = (o, s) if relation in BACKWARD else (s, o)
            for node in (s, o):
                if node not in graph:
                    graph.add_node(node, kind=None, label=None, date=None)
            data = graph.get_edge_data(source, target, key=relation)
            if data is None:
                graph.add_edge(source, target, key=relation, subject=s, evidence=[])
                data = graph.get_edge_data(source, target, key=relation)
            if row["ev"] is not None:
                evidence = EvidenceRef(
                    document=row["doc"].value,  # type: ignore[union-attr]
                    quote=row["quote"].value,  # type: ignore[union-attr]
                    paragraph=row["paragraph"].value if row["paragraph"] is not None else None,
                    iri=row["ev"].value,
                )
                if evidence not in data["evidence"]:
                    data["evidence"].append(evidence)
        return graph

    # walking ----------------------------------------------------------------------------

    def _steps(self, node: str, direction: Literal["up", "down"]):  # type: ignore[no-untyped-def]
        """(neighbour, source, target, relation, data) one arrow away in the given direction."""
        g = self.graph
        if direction == "up":
            for source, _, relation, data in g.in_edges(node, keys=True, data=True):
                yield source, source, node, relation, data
            for _, target, relation, data in g.out_edges(node, keys=True, data=True):
                if relation in TWO_WAY:
                    yield target, node, target, relation, data
        else:
            for _, target, relation, data in g.out_edges(node, keys=True, data=True):
                yield target, node, target, relation, data
            for source, _, relation, data in g.in_edges(node, keys=True, data=True):
                if relation in TWO_WAY:
                    yield source, source, node, relation, data

    def lineage(self, root: str, direction: Direction = "both", depth: int = 3) -> Lineage:
        self.fresh()
        if root not in self.graph:
            raise KeyError(root)
        nodes: dict[str, dict[str, object]] = {root: {**self._node(root), "distance": 0}}
        edges: dict[tuple[str, str, str], LineageEdge] = {}
        walks: list[Literal["up", "down"]] = ["up", "down"] if direction == "both" else [direction]  # type: ignore[list-item]
        for walk in walks:
            frontier, seen = [root], {root}
            for distance in range(1, depth + 1):
                following = []
                for node in frontier:
                    for neighbour, source, target, relation, data in self._steps(node, walk):
                        key = (source, target, relation)
                        if key not in edges:
                            edges[key] = LineageEdge(source, target, relation, data["subject"], list(data["evidence"]))
                        if neighbour in seen:
                            continue
                        seen.add(neighbour)
                        following.append(neighbour)
                        if neighbour not in nodes:
                            nodes[neighbour] = {**self._node(neighbour), "distance": distance if walk == "down" else -distance}
                frontier = following
        return Lineage(root, direction, depth, nodes, list(edges.values()))

    def _node(self, iri: str) -> dict[str, object]:
        attrs = self.graph.nodes[iri]
        return {"kind": attrs.get("kind"), "label": attrs.get("label") or iri, "date": attrs.get("date")}


# -------------------------------------------------------------------------------- SPARQL


def _path(direction: Literal["up", "down"]) -> str:
    """The lineage arrows as one SPARQL property path, walked forwards (down) or back (up)."""
    steps = [f"<{_predicate(r)}>" for r in FORWARD]
    steps += [f"^<{_predicate(r)}>" for r in BACKWARD]
    steps += [f"<{_predicate(r)}>|^<{_predicate(r)}>" for r in TWO_WAY]
    arrows = "|".join(steps)
    return f"({arrows})+" if direction == "down" else f"^({arrows})+"


def sparql_reachable(store: GraphStore, root: str, direction: Literal["up", "down"]) -> set[str]:
    """Everything reachable from ``root`` along lineage arrows, at any depth (no evidence)."""
    query = f"SELECT DISTINCT ?n WHERE {{ <{root}> {_path(direction)} ?n . FILTER (?n != <{root}>) }}"
    return {row["n"].value for row in store.query(query)}  # type: ignore[union-attr]


# ----------------------------------------------------------------------- shared views

_views: dict[int, LineageView] = {}
_views_lock = threading.Lock()


def view_for(store: GraphStore, ids: Identifiers) -> LineageView:
    """One view per store object, shared by the API and the command line."""
    with _views_lock:
        view = _views.get(id(store))
        if view is None or view.store is not store:
            view = _views[id(store)] = LineageView(store, ids)
    return view

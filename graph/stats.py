"""Counts per class and per relation: what `mandates stats` and `/api/stats` show.

`collect` counts over the whole store (seconds at 10 M triples); `current` is the same
answer kept per store generation (`graph.generations`), which the server serves from memory
and recomputes in the background after a write."""

from __future__ import annotations

from dataclasses import asdict, dataclass

from mandate_graph.graph.generations import Saved, derived
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.sparql_results import select
from mandate_graph.graph.store import GraphStore
from mandate_graph.ontology import relations as relation_table

CLASSES = ["Body", "Resolution", "Decision", "Session", "Meeting", "Document", "Mandate", "Evidence"]
# What extraction states in the product's own vocabulary, in the order of ontology/relations.py
# (titles are dcterms:title, counted with the documents' own titles, so left out).
RELATIONS = [r.name for r in relation_table.EXTRACTED if r.curie.startswith("mg:")]


@dataclass(frozen=True)
class Stats:
    quads: int
    graphs: int
    sources: int
    classes: dict[str, int]
    relations: dict[str, int]


def _counts(store: GraphStore, values: str, pattern: str) -> dict[str, int]:
    rows = select(
        store, f"SELECT ?t (COUNT(DISTINCT ?s) AS ?n) WHERE {{ VALUES ?t {{ {values} }} {pattern} }} GROUP BY ?t"
    )
    return {row["t"].value.removeprefix(str(MG)): int(row["n"].value) for row in rows}


def collect(store: GraphStore) -> Stats:
    classes = _counts(store, " ".join(f"mg:{c}" for c in CLASSES), "?s a ?t .")
    relations = _counts(
        store,
        relation_table.sparql_values(relation_table.relations(RELATIONS)),
        "?x ?t ?y . BIND(CONCAT(STR(?x), ' ', STR(?y)) AS ?s)",
    )
    sources = select(store, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g a mg:SourceGraph } }")
    return Stats(
        quads=store.count(),
        graphs=len(store.named_graphs()),
        sources=int(next(iter(sources))["n"].value),
        classes={c: classes.get(c, 0) for c in CLASSES},
        relations={r: relations.get(r, 0) for r in RELATIONS},
    )


# Kept beside an on-disk store too: a restart on the same store finds them (11 s of CPU at 10 M).
SAVED = Saved("statistics", asdict, lambda saved: Stats(**saved))


def current(store: GraphStore) -> Stats:
    """`collect`'s answer at the store's current generation, computed once per generation."""
    return derived.keep_fresh(store, "stats", collect, rank=10, saved_as=SAVED)


def keep_fresh(store: GraphStore) -> None:
    """Have `current`'s answer computed by the next background refresh."""
    derived.register(store, "stats", collect, rank=10, saved_as=SAVED)

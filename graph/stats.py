"""Counts per class and per relation: what `mandates stats` and `/api/stats` show.

`collect` counts over the whole store (1.35 CPU s at 1 M triples, ~16.5 at 10 M); `current` is
the same answer read from the figures kept per named graph beside the store
(`graph.stats_kept`), which a write brings up to date from the graphs it wrote, per store
generation (`graph.generations`: the server's background refresh does it after a write)."""

from __future__ import annotations

from dataclasses import dataclass

from mandate_graph.graph.generations import derived
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.sparql_results import select
from mandate_graph.graph.stats_kept import StatsFile, stats_file
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


def kept(store: GraphStore) -> StatsFile:
    """The store's file of figures kept per named graph, brought up to date now if it is not."""
    return stats_file(store, [(c, str(MG[c])) for c in CLASSES],
                      [(r.name, str(r.iri)) for r in relation_table.relations(RELATIONS)])


def from_kept(store: GraphStore) -> Stats:
    """`collect`'s answer from the figures kept beside the store (from the whole store when
    they cannot be kept: quads in the default graph)."""
    figures = kept(store)
    if not figures.complete:
        return collect(store)
    found = figures.figures()
    return Stats(quads=found.quads, graphs=found.graphs, sources=found.sources,
                 classes={c: found.counts[c] for c in CLASSES}, relations={r: found.counts[r] for r in RELATIONS})


def current(store: GraphStore) -> Stats:
    """`collect`'s answer at the store's current generation (`from_kept`, once per generation)."""
    return derived.keep_fresh(store, "stats", from_kept, rank=10)


def keep_fresh(store: GraphStore) -> None:
    """Have `current`'s answer brought up to date by the next background refresh."""
    derived.register(store, "stats", from_kept, rank=10)

"""The saved lineage view brought up to date from the graphs a write touched.

After a write the saved view (`graph.lineage_file`) names an older revision of the store. Built
again whole it costs 79 s of CPU at 10 M triples, and until then lineage is answered by SPARQL.
But the store records which named graphs each write touched (`graph.store.revision`), and the
file records which IRIs' rows each graph feeds (`graph.lineage_origins`), so only those rows
are read again:

1. the IRIs fed by the touched graphs before the write (from the file) and now (from the
   graphs): their node attributes, and every edge whose triple has one of them as subject,
   with its evidence, are read from the store (`graph.lineage.rows_of`);
2. a node whose date changed may be the session of instruments without a date of their own,
   which take its date: those instruments are read again too;
3. the rows are replaced in a copy of the file, renamed into place under the new revision
   (`graph.lineage_file.update_view`).

A write whose graphs are not known (a SPARQL Update, a bulk load of an N-Quads file), more
than `MAX_GRAPHS` graphs, an older file written without origins, a write that cannot be told by
graph (`graph.lineage_origins.NotUpdatable`: an evidence node split over graphs, a blank node
where an origin would be), or a store written to while the rows were read: the caller builds
the view whole.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

import pyoxigraph as ox

from mandate_graph.graph import lineage as lineage_view
from mandate_graph.graph.lineage_file import DiskLineageGraph, EdgeRow, NodeRow, ViewFileError, evidence_json, open_view, saved_key
from mandate_graph.graph.lineage_overlay import ViewChange, update_view
from mandate_graph.graph.lineage_origins import NotUpdatable, Origins, origins
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.sparql_results import select
from mandate_graph.graph.store import GraphStore, StoreError
from mandate_graph.graph.store.revision import StoreRevision
from mandate_graph.graph.subject_quads import QuadSource, native_of

log = logging.getLogger(__name__)

# Past this many graphs written since the saved view, it is built whole (the rows read grow
# with the graphs; a whole build reads every lineage arrow once).
MAX_GRAPHS = 200


@dataclass
class UpdateReport:
    """What the last update in place did (for the benches and the logs)."""

    graphs: int = 0
    iris: int = 0
    edges_changed: int = 0
    read_s: float = 0.0
    write_s: float = 0.0
    cpu_s: float = 0.0  # of the thread that did it, both parts


last_update: UpdateReport | None = None


def store_origins(store: GraphStore, graphs: Iterable[str] | None, reads: QuadSource | None = None) -> Origins | None:
    """The origins of ``graphs`` (None: of the whole store) as the store is now; None when
    the store is not the embedded one. ``reads``: as `view_change`'s. Raises `NotUpdatable`."""
    native = native_of(store)
    if native is None:
        return None
    return origins(native, None if graphs is None else set(graphs), lineage_view.node_types(),
                   lineage_view.edge_predicates(), reads)


def _node_row(graph: lineage_view.PartGraph, iri: str) -> NodeRow | None:
    if iri not in graph or graph.nodes[iri].get("kind") is None:
        return None
    a = graph.nodes[iri]
    return a.get("kind"), a.get("label"), a.get("date"), a.get("end"), a.get("dateFrom")


def _dated_by(store: GraphStore, sessions: set[str]) -> set[str]:
    """The IRIs adopted at one of ``sessions`` (whose date they may take)."""
    found: set[str] = set()
    listed = sorted(sessions)
    for start in range(0, len(listed), lineage_view.CHUNK):
        values = lineage_view.values_block("session", listed[start:start + lineage_view.CHUNK])
        found.update(row["n"].value for row in select(store, f"SELECT DISTINCT ?n WHERE {{ {values} ?n <{MG.adoptedAt}> ?session }}")
                     if isinstance(row["n"], ox.NamedNode))
    return found


def view_change(store: GraphStore, saved: DiskLineageGraph, graphs: set[str], reads: QuadSource | None = None) -> ViewChange:
    """What writing ``graphs`` changed in the saved view ``saved``, read from the store now
    (the IRIs' quads through ``reads`` when given: `graph.subject_quads`). Raises
    `NotUpdatable` (`graph.lineage_origins`)."""
    now = store_origins(store, graphs, reads)
    if now is None:
        raise NotUpdatable("not the embedded store")  # (never here: the caller checked)
    iris = saved.origin_iris(graphs).union(*now.values())
    native: QuadSource | None = reads if reads is not None else native_of(store)
    rows = lineage_view.rows_of(store, iris, iris, native)
    nodes: dict[str, NodeRow | None] = {iri: _node_row(rows, iri) for iri in iris}
    before = saved.node_rows(iris)
    redated = {iri for iri, row in nodes.items() if (row[2] if row else None) != (before[iri][2] if iri in before else None)}
    dependents = _dated_by(store, redated) - iris if redated else set()
    if dependents:
        again = lineage_view.rows_of(store, dependents, (), native)
        nodes.update((iri, _node_row(again, iri)) for iri in dependents)
    edges: tuple[EdgeRow, ...] = tuple(
        (source, target, relation, data["subject"], evidence_json(data["evidence"]))
        for source, target, relation, data in rows.edges(keys=True, data=True))
    return ViewChange(frozenset(graphs), now, frozenset(iris), edges, nodes)


def update_saved(store: GraphStore, path: Path, key: str, generation: int, max_graphs: int = MAX_GRAPHS,
                 reads: QuadSource | None = None) -> DiskLineageGraph | None:
    """The view of the store's content at ``generation``, written to ``path`` under ``key`` by
    updating an older saved view beside it in place (see the module docstring); None when no
    older view can be (the caller then builds it whole). ``reads``: as `view_change`'s."""
    global last_update
    revision = getattr(store, "revision", None)
    if not isinstance(revision, StoreRevision) or native_of(store) is None:
        return None
    token, _, built_by = key.partition(":")
    olders = [p for p in path.parent.glob(f"{lineage_view.LineageView.SAVED_PREFIX}*.sqlite") if p != path]
    for older in sorted(olders, key=_modified, reverse=True):
        saved = saved_key(older)
        if saved is None or saved.partition(":")[2] != built_by:
            continue
        graphs = revision.graphs_changed_since(saved.partition(":")[0], generation)
        if graphs is None or len(graphs) > max_graphs:
            continue
        started, cpu = time.perf_counter(), time.thread_time()
        try:
            view = open_view(older, saved)
            change = view_change(store, view, graphs, reads)
            read = time.perf_counter()
            # Not renamed into place if the store was written to while the rows were read.
            changed = update_view(view, path, key, change, lambda: revision.token_at(generation) == token)
            if changed is None or revision.token_at(generation) != token:  # (or just after the check)
                path.unlink(missing_ok=True)
                return None
            graph = open_view(path, key)
        except NotUpdatable as exc:
            log.info("%s: the lineage view is built whole: %s", older, exc)
            return None
        except (ViewFileError, sqlite3.Error, OSError, StoreError) as exc:
            log.warning("%s: cannot update the saved lineage view in place (%s); building it whole", older, exc)
            return None
        last_update = UpdateReport(len(graphs), len(change.subjects), changed, read - started,
                                   time.perf_counter() - read, time.thread_time() - cpu)
        log.info("%s: lineage view updated in place from %d graph(s): %d IRIs read again, %d edges changed, "
                 "%.3f s reading, %.3f s writing (%s), %.3f s of CPU", path.name, len(graphs), len(change.subjects),
                 changed, last_update.read_s, last_update.write_s,
                 "an overlay" if graph.base is not None else "one file", last_update.cpu_s)
        lineage_view.remove_other_views(*graph.files)
        return graph
    return None


def _modified(path: Path) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return 0.0

"""The views kept beside an on-disk store brought up to date by the process that wrote it.

A server keeps views of the store in files beside it (``mandate-graph-views/``): the
mandates' statuses and the tracker's rows (`graph.status_rows`, `graph.tracker_table`), each
list's sort values and the entity labels (`graph.member_values`), the statistics and the home
page's lists (`graph.stats_kept`, `graph.overview`), the search index (`graph.search_index`) and
the lineage view (`graph.lineage_update`). Each names the store revision it is of and, after a write, brings
itself up to date from the named graphs written since (the record beside the store). When
`mandates load` left that to the server, the first start after a load did it in the serving
process: the first ``/api/mandates`` waited for the statuses' update (31–50× the 100 ms limit
at 1 M triples), beside the lists, labels and search index catching up.

`bring_up_to_date` does it in the writing process instead, before it exits, from the graphs it
wrote (`graphs_written_since`, the same record): each view that has a file of an older revision
whose changes since are known is updated in its own transaction (a view killed half-way keeps
its old file, and the next start catches it up as before). A view with no file, of other rules,
or whose changes are not known (a gap, a user's SPARQL Update of unknown graphs) is left: it
would be built from the whole store (minutes at 10 M), which is the server's to do, not a
load's (`graph.whole_store_reads`); so is every view after a load that rewrote most of the
store's graphs (`WHOLE_STORE_SHARE`). The statuses are left at once, before any read, when
the mandates typed in the graphs their update would read (every graph written since their
file's revision: an earlier load may have left it behind) pass their limit; they are never
updated past it, so a file left behind by one load is left by the next at the cost of one count
(`_past_the_statuses_limit`), until a server's start or `mandates views` builds it. The lineage
view is updated in place only up to its own limit of graphs (`graph.lineage_update.MAX_GRAPHS`,
checked against the graphs written since its file's, before any read; past it a whole build is cheaper). The
views that read the quads of the graphs written and of their IRIs one lookup each (the search
index, the lineage view) share those reads (`graph.subject_quads`): each is read from the store once;
the statuses, first, read the graphs written through the same reader, and the lists, labels,
statistics and home lists take each graph written from it by predicate (`SubjectQuads.by_predicate`)
instead of a SPARQL query per graph and view (~340 after a 40-file load).
"""

from __future__ import annotations

import logging
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from mandate_graph.graph import lineage_update, overview, search_index, status_kept, subject_quads, tracker_table, whole_store_reads
from mandate_graph.graph.entities import COLLECTIONS, EntityReader
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.lineage import LineageView
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.resolve import LABELS_FILE, entity_labels
from mandate_graph.graph.sparql_results import select_rows, text
from mandate_graph.graph.status import statuses
from mandate_graph.graph.status_rows import FILE as STATUSES_FILE
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import StoreRevision
from mandate_graph.graph.subject_quads import SubjectQuads

log = logging.getLogger(__name__)


NO_FILE = "left: no file"
# A load that wrote more than this share of the store's named graphs (plus a few, for a small
# store) has rewritten most of it (`load --bulk` into a store whose views were of it empty): the
# incremental updates would read nearly everything, graph by graph, so they are left to the
# server, which builds each view whole (`graph.status_kept.WHOLE_STORE_SHARE`, the same rule).
WHOLE_STORE_SHARE = 1 / 3
FEW_GRAPHS = 50
# The statuses' own limit (`graph.status_kept.update`): past ``WHOLE_STORE_SHARE`` of the
# mandates kept plus this many to recompute, they are computed from the whole store.
STATUSES_FEW = 50


@dataclass(frozen=True)
class ViewUpdate:
    """What `bring_up_to_date` did to one view: ``how`` is "updated" (from the graphs
    written), "current" (nothing to do), or "left: <why>" (the next server start does it)."""

    view: str
    how: str
    cpu_s: float
    wall_s: float


def _views_folder(store: GraphStore) -> Path | None:
    """The folder of the views of an on-disk store open for writing (None: none kept)."""
    revision = getattr(store, "revision", None)
    return revision.folder if isinstance(revision, StoreRevision) and revision.writable else None


def bring_up_to_date(store: GraphStore, ids: Identifiers, as_written: Mapping[str, bytes] | None = None) -> list[ViewUpdate]:
    """Every view kept beside ``store`` brought to its current revision from the graphs written
    since the view's own (see the module docstring); what was done to each. Never raises for
    a view: one that fails is left as it was (logged), for the next start to catch up.
    ``as_written``: graphs this process wrote, as the N-Quads it stored and the store still
    holds (`mandates load`'s documents): parsed instead of read back (`graph.subject_quads`)."""
    folder = _views_folder(store)
    if folder is None or store.generation == 0:  # nothing kept, or nothing written by this process
        return []
    # The quads of each graph written and of each IRI the views read by lookup (the search
    # index, then the lineage view: the same graphs, mostly the same evidence nodes), read from
    # the store once for all of them; valid since the steps write no quad.
    native = subject_quads.native_of(store)
    reads = SubjectQuads(native, as_written=as_written) if native is not None else None

    def lists() -> str:
        hows = []
        for collection in COLLECTIONS:
            if (folder / f"sort-values-{collection}.sqlite").exists():
                EntityReader(store, ids).members(collection)
                hows.append(collection)
        return "updated" if hows else NO_FILE

    def labels() -> str:
        if not (folder / f"{LABELS_FILE}.sqlite").exists():
            return NO_FILE
        entity_labels(store, ids)
        return "updated"

    def search() -> str:
        if not search_index.indexable(store) or not any(_search_files_of(folder, ids.base)):
            return NO_FILE
        index = search_index.index_for(store, ids.base)
        index.update(store, reads)
        return "updated" if index.last_update.get("graphs_changed") else "current"

    def mandate_statuses() -> str:
        if not (folder / STATUSES_FILE).exists():
            return NO_FILE
        past = _past_the_statuses_limit(store, folder / STATUSES_FILE, written or set())
        if past:  # refused for sure: not after reading every IRI of the graphs to read (seconds)
            whole_store_reads.check(f"the statuses ({past})")
        how = statuses.rows(store).last_update.get("how")  # (the graphs written read first: kept for the others)
        return "current" if how in ("read back", "unchanged") else "updated"

    def tracker_rows() -> str:  # the mandate tracker's columns, kept with the statuses (graph.tracker_table)
        if not (folder / STATUSES_FILE).exists():
            return NO_FILE
        if done and done[-1].view == "statuses" and done[-1].how.startswith("left"):
            # Their update reads the statuses, whose update was just refused or failed: asking
            # again would redo the same reads (seconds after a large load) to be refused again.
            return "left: the statuses were left"
        return tracker_table.bring_up_to_date(store, statuses.rows(store), ids).how

    def lineage() -> str:
        generation = store.generation
        where = LineageView.saved_path_and_key(store, generation)
        if where is None:
            return "left: no revision"
        if where[0].exists():
            return "current"
        if not any(folder.glob(f"{LineageView.SAVED_PREFIX}*.sqlite")):
            return NO_FILE
        if lineage_update.update_saved(store, *where, generation, reads=reads) is None:
            return "left: no older view, or its changes since not known, or past its limit of graphs"
        return "updated"

    def statistics_and_home_lists() -> str:
        return overview.bring_kept_up_to_date(store, folder) or NO_FILE

    # The search index before the lists and labels: it reads every graph written whole (the links
    # graphs too), which the lists, labels and statistics then take by predicate (`SubjectQuads.by_predicate`).
    steps: list[tuple[str, Callable[[], str]]] = [
        ("statuses", mandate_statuses), ("tracker rows", tracker_rows), ("search index", search), ("lists", lists), ("labels", labels),
        ("lineage", lineage), ("statistics and home lists", statistics_and_home_lists)]
    since = getattr(store, "graphs_written_since", None)
    written = since(0) if since is not None else None
    if written and len(written) > WHOLE_STORE_SHARE * len(store.named_graphs()) + FEW_GRAPHS:
        why = f"left: the load wrote {len(written)} of the store's named graphs: a whole-store read, the server's"
        return [ViewUpdate(name, why, 0.0, 0.0) for name, _ in steps]
    done: list[ViewUpdate] = []
    for name, step in steps:
        started, wall = time.process_time(), time.perf_counter()
        try:
            # The reader lent to every step: the statuses, lists, labels, statistics and home
            # lists find it by their store (`subject_quads.reads_of`).
            with whole_store_reads.incremental_only(), subject_quads.shared(reads):
                how = step()
        except whole_store_reads.WholeStoreRead as exc:
            how = f"left: {exc}"
        except Exception as exc:  # noqa: BLE001 - the store is written; the view is caught up at the next start
            log.warning("%s: the %s view not brought up to date after the write (%s: %s); the next start will",
                        folder, name, type(exc).__name__, exc)
            how = f"left: {type(exc).__name__}: {exc}"
        done.append(ViewUpdate(name, how, time.process_time() - started, time.perf_counter() - wall))
    return done


def _past_the_statuses_limit(store: GraphStore, statuses_file: Path, written: set[str]) -> str:
    """Why the statuses' update is sure to recompute them from the whole store (empty: not
    sure). It reads every graph written since the revision their file is of: those this load
    wrote, and those of every earlier load that left the file behind (one past this limit,
    `load --bulk`, a load killed before its views). Every mandate typed in one of those graphs
    is among those it recomputes (`graph.status_kept.update`), so their number alone past its
    limit decides, by one count per 1,000 graphs, before the update reads every IRI of those
    graphs to find the rest. Counting only this load's graphs, a file left behind once was read
    again and refused again by every later load, however small (S33: 2.5 of a one-file
    reload's 3.6 CPU s), until a server's start rebuilt it."""
    try:
        with closing(sqlite3.connect(f"file:{statuses_file}?mode=ro", uri=True)) as db:
            kept = int(db.execute("SELECT count(*) FROM mandates").fetchone()[0])
            saved = db.execute("SELECT value FROM meta WHERE name = 'revision'").fetchone()
    except (sqlite3.Error, TypeError, ValueError):  # another layout: the update decides
        return ""
    to_read = _graphs_since(store, str(saved[0]) if saved and saved[0] else "", written)
    if not to_read:
        return ""
    limit = status_kept.WHOLE_STORE_SHARE * max(kept, 1) + STATUSES_FEW
    graphs = sorted(g for g in to_read if "<" not in g and ">" not in g and " " not in g and g)
    typed: set[str] = set()
    for at in range(0, len(graphs), GRAPHS_PER_COUNT):
        values = " ".join(f"<{g}>" for g in graphs[at:at + GRAPHS_PER_COUNT])
        typed.update(str(text(r, "m")) for r in select_rows(store.query(
            f"SELECT DISTINCT ?m WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?m a <{MG.Mandate}> }} }}")))
        if len(typed) > limit:
            break
    if len(typed) <= limit:
        return ""
    earlier = len(to_read - written)
    besides = f", {earlier} of them written before this load" if earlier else ""
    return f"{len(typed)} mandates in the {len(to_read)} graphs to read{besides}, of {kept} kept"


# Graphs named in one VALUES clause of the statuses' count.
GRAPHS_PER_COUNT = 1000


def _graphs_since(store: GraphStore, saved: str, written: set[str]) -> set[str]:
    """The graphs the statuses' update reads: those written since the revision ``saved`` (the
    record beside the store), else (not known: the update then builds them whole, refused at
    once without reading) those this load wrote."""
    revision = getattr(store, "revision", None)
    if saved and isinstance(revision, StoreRevision):
        since = revision.graphs_changed_since(saved, store.generation)
        if since is not None:
            return since | written
    return written


def _search_files_of(folder: Path, base: str) -> list[Path]:
    """The search index files beside the store that are of ``base`` (its meta row says so)."""
    found = []
    for path in folder.glob("search-*.sqlite"):
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                if db.execute("SELECT base FROM meta").fetchone()[0] == base:
                    found.append(path)
        except (sqlite3.Error, TypeError):
            continue
    return found

"""Copies of the views kept beside the store, handed to the read-only processes of `mandates
serve --workers N` with their snapshot.

Those processes open a RocksDB checkpoint of the store read-only (`cli.serving`). A read-only
store has no views folder of its own to write, so each process computed in memory what a
writable store keeps in files beside it (``mandate-graph-views/``): the mandates' statuses
(`graph.status_rows`: ``/api/mandates``), the statistics (`graph.stats_kept`: ``/api/stats``),
the home page's lists (`graph.overview`), each list's sort values and the entity labels
(`graph.member_values`). At 1 M triples a process's first ``/api/mandates`` took 21–43 s,
its home page 7–19 s and ``/api/stats`` 3–11 s, each process doing the same work.

`copy_for_snapshot` runs in the parent right after the checkpoint, while it holds the store
(the one process that can write it, writing nothing then): each of those files kept beside
the store is brought up to date from the graphs written since its revision (a restart:
nothing to read; never a whole-store build: `graph.whole_store_reads`), copied into the
snapshot's own views folder (``<snapshot>/mandate-graph-views/``, which RocksDB ignores) with
SQLite's backup, and the copies listed in ``handed-over.json`` with the revision token they
are of, the token of the content the snapshot holds. A copy is only listed when its ``meta``
names that token, and the list is written last: a process reads either the whole consistent
set or none of it.

In a serving process each view asks `handed_over` for its file: the copy listed for it, and the
token it must be of. The view opens it immutable (`graph.lineage_file.connect_view_file`) and
checks its ``meta`` (that token, and the format or fingerprint of this code:
`open_copy`); a copy that is missing, of another revision or code, or damaged is not used
(a log line says so) and the view is computed in memory, as before. A copy is never written:
the store that a write would change is not the snapshot, and the copy is a file of its own,
not the one kept beside the store.

``MANDATES_VIEWS_COPY=0`` (`graph.settings`) turns the copies off: every process computes its
own, as before.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
import weakref
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import FOLDER, StoreRevision

log = logging.getLogger(__name__)

HANDED_OVER = "handed-over.json"


@dataclass(frozen=True)
class CopiedView:
    """One view file copied for the snapshot: its name, how its update found it
    (`ViewFileReads.last_update`: "read back" or "updated"), the copy's size and its cost."""

    name: str
    how: str
    size: int
    cpu_s: float


# ------------------------------------------------------------------------------ the parent


def copy_for_snapshot(store: GraphStore, base: str, snapshot: Path, taken_at: int | None = None) -> list[CopiedView]:
    """Copy the views kept beside ``store`` (open for writing, unchanged since the checkpoint
    ``snapshot`` was taken from it, at generation ``taken_at``: the current one by default)
    into the snapshot's views folder, each brought up to date first; the copies made (none
    when the store keeps no views, when it has changed since ``taken_at``, or, for one view,
    when it could only be made current by reading the whole store: that one is left, and each
    process computes it). See the module docstring."""
    from mandate_graph.graph import whole_store_reads

    revision = getattr(store, "revision", None)
    if not isinstance(revision, StoreRevision) or not revision.writable or not revision.folder.is_dir():
        return []
    generation = store.generation if taken_at is None else taken_at
    token = revision.token_at(generation)  # None as well when the store changed since the snapshot
    if token is None:
        return []
    target = snapshot / FOLDER
    target.mkdir(exist_ok=True)
    copied: list[CopiedView] = []
    for name, current in _views(store, base, revision.folder):
        started = time.process_time()
        try:
            with whole_store_reads.incremental_only():
                how = current()
        except whole_store_reads.WholeStoreRead as exc:
            log.info("%s: not copied for the serving processes (%s); each computes it", name, exc)
            continue
        except Exception as exc:  # noqa: BLE001 - the server starts all the same: that view is computed in each process
            log.warning("%s: cannot bring it up to date for the serving processes (%s: %s); each computes it",
                        name, type(exc).__name__, exc)
            continue
        if store.generation != generation or revision.token_at(generation) != token:  # not while serving starts
            log.warning("%s: the store changed while its views were copied; each process computes them", snapshot)
            _remove(target, copied)
            return []
        if _copy(revision.folder / name, target / name, token):
            copied.append(CopiedView(name, how, (target / name).stat().st_size, time.process_time() - started))
    if copied:
        listing = {"revision": token, "files": [c.name for c in copied]}
        partial = target / (HANDED_OVER + ".partial")
        partial.write_text(json.dumps(listing))
        partial.replace(target / HANDED_OVER)  # last: the processes read all the copies or none
    return copied


def _views(store: GraphStore, base: str, folder: Path, every: bool = False) -> list[tuple[str, Callable[[], str]]]:
    """(file name, bring it to the store's current generation: how it was found) of each view
    kept in ``folder`` (``every``: of each view there can be), as `graph.kept_views` brings
    them up to date after a load."""
    from mandate_graph.graph import overview, stats, stats_kept, tracker_table
    from mandate_graph.graph.entities import COLLECTIONS, EntityReader
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.lineage_file import ViewFileReads
    from mandate_graph.graph.member_values import MemberValues, how_kept
    from mandate_graph.graph.resolve import LABELS_FILE, entity_labels
    from mandate_graph.graph.status import statuses
    from mandate_graph.graph.status_rows import FILE as STATUSES_FILE

    ids = Identifiers(base)

    def how(view: ViewFileReads | MemberValues) -> str:
        return str(getattr(view, "last_update", {}).get("how", ""))

    def mandate_statuses() -> str:
        rows = statuses.rows(store)
        # The tracker's columns are in the same file: a copy whose columns are behind would be
        # built in the process that reads it, which cannot write it.
        tracker_table.bring_up_to_date(store, rows, ids)
        return how(rows)

    def members(collection: str) -> Callable[[], str]:
        def current() -> str:
            EntityReader(store, ids).members(collection)
            return how_kept(store).get(f"sort-values-{collection}", "")
        return current

    found: list[tuple[str, Callable[[], str]]] = [
        (STATUSES_FILE, mandate_statuses),
        (stats_kept.FILE, lambda: how(stats.kept(store))),
        (f"{overview.INSTRUMENTS_FILE}.sqlite", lambda: how(overview.instruments_file(store))),
        (f"{overview.DOCUMENTS_FILE}.sqlite", lambda: how(overview.documents_file(store))),
        (f"{LABELS_FILE}.sqlite", lambda: how(entity_labels(store, ids))),
    ]
    found += [(f"sort-values-{collection}.sqlite", members(collection)) for collection in COLLECTIONS]
    return found if every else [(name, current) for name, current in found if (folder / name).is_file()]


def missing(store: GraphStore, base: str) -> list[str]:
    """The views a store open for writing keeps no file of yet (a store loaded and never served
    alone): the parent of `mandates serve --workers N` builds them (`Context.build_views`) before
    copying, or each process would compute them in memory at every start. Empty for a store
    that keeps no views (in memory, read-only, a SPARQL server)."""
    revision = getattr(store, "revision", None)
    if not isinstance(revision, StoreRevision) or not revision.writable:
        return []
    return [name for name, _ in _views(store, base, revision.folder, every=True)
            if not (revision.folder / name).is_file()]


def _copy(source: Path, target: Path, token: str) -> bool:
    """``source`` copied to ``target`` by SQLite's backup (a consistent copy, whatever a
    reader of the source does meanwhile), one file with a rollback journal (so that it opens
    immutable); True when the copy names ``token`` (the snapshot's content)."""
    target.unlink(missing_ok=True)
    try:
        with closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as db, \
                closing(sqlite3.connect(target, isolation_level=None)) as copy:
            db.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            revision = copy.execute("SELECT value FROM meta WHERE name = 'revision'").fetchone()
    except (OSError, sqlite3.Error) as exc:
        log.warning("%s: cannot copy it for the serving processes (%s); each computes it", source, exc)
        target.unlink(missing_ok=True)
        return False
    if revision != (token,):
        log.warning("%s: of another revision of the store than its snapshot; each process computes it", source)
        target.unlink(missing_ok=True)
        return False
    return True


def _remove(folder: Path, copied: list[CopiedView]) -> None:
    for c in copied:
        (folder / c.name).unlink(missing_ok=True)


# ------------------------------------------------------------------------------ the serving processes


@dataclass(frozen=True)
class _Listing:
    folder: Path
    revision: str
    files: frozenset[str]


_listings: weakref.WeakKeyDictionary[GraphStore, _Listing | None] = weakref.WeakKeyDictionary()
_listings_lock = threading.Lock()


def _listing(store: GraphStore) -> _Listing | None:
    """The copies handed to the read-only ``store`` (read once per store), None without any."""
    with _listings_lock:
        if store in _listings:
            return _listings[store]
        found: _Listing | None = None
        revision = getattr(store, "revision", None)
        if getattr(store, "read_only", False) and isinstance(revision, StoreRevision) and not revision.writable:
            try:
                listing = json.loads((revision.folder / HANDED_OVER).read_text())
                found = _Listing(revision.folder, str(listing["revision"]), frozenset(map(str, listing["files"])))
            except FileNotFoundError:
                found = None
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("%s: unreadable (%s); the views are computed in memory", revision.folder / HANDED_OVER, exc)
        _listings[store] = found
        return found


def handed_over(store: GraphStore, name: str) -> tuple[Path, str] | None:
    """The copy of the view file ``name`` handed to this read-only snapshot, and the revision
    token it must be of; None when there is none (a store that can be written, no copies, or
    none of that view)."""
    listing = _listing(store)
    if listing is None or name not in listing.files:
        return None
    return listing.folder / name, listing.revision


def open_copy(path: Path, expected: Mapping[str, str], what: str,
              connect: Callable[[], sqlite3.Connection]) -> sqlite3.Connection | None:
    """The connection ``connect`` opens to the copy at ``path`` (read-only) when the copy's
    ``meta`` rows are ``expected`` (the revision it was handed over for, this code's format)
    and SQLite reads it; else None, with a log line naming ``what``: the caller computes the
    view in memory then."""
    try:
        db = connect()
        try:
            meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
        except BaseException:
            db.close()
            raise
    except sqlite3.Error as exc:
        reason = str(exc)
    else:
        wrong = sorted(name for name, value in expected.items() if meta.get(name) != value)
        if not wrong:
            return db
        db.close()
        reason = "another " + ", ".join(wrong)
    log.warning("%s: not reading %s from this copy (%s); computing them in memory", path, what, reason)
    return None

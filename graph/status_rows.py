"""Every mandate's status in an SQLite file beside the store, read by row: a page of
`/api/mandates` is an indexed ``SELECT … LIMIT``, not the whole list read back first.

The statuses and what keeps them current (`graph.status_kept`: each status's trace, the IRIs
its rules looked up, and per named graph the traced IRIs it holds) are rows:

- ``mandates``: one row per mandate, with the columns `/api/mandates` filters on (status,
  addressee, action, instrument, due session, overdue) indexed with the IRI (its order), and
  the rest of the status (evidence, links) as JSON in ``data`` (a rowid table: rows of a
  kilobyte or more fill a WITHOUT ROWID table's pages badly, 2.6x the data at 1 M);
- ``traces`` (traced IRI, holder) indexed both ways, and ``graph_keys`` (graph, traced IRI),
  the IRIs as numbers of the ``iris`` table (a trace repeats the same few IRIs).

After a write `graph.status_kept.update` asks the file, by IRI, which traces hold the IRIs
the write changed (`Kept`), and the file takes the change in one transaction. Same rules as
the other files beside the store (`graph.member_values`, `graph.search_index`): ``meta``
holds the fingerprint (a digest of the rules' and these modules' source: statuses of other
rules are never read) and the revision token of the store content the rows are of
(`graph.store.revision`); a file of another fingerprint is rebuilt, one of an older revision
brought up to date from the record of the graphs written since, or rebuilt when that is not
known. Each update or rebuild is one SQLite transaction that also writes the token (a
rollback journal: a process killed half-way leaves the file as it was). A file that SQLite
finds damaged, or cut short against its header, is removed and rebuilt, with a log line.
Beside a store open read-only, or in memory, the file is in memory; the read-only snapshot of
`mandates serve --workers N` reads a copy of the file kept beside the store instead, made for
it by the parent (`graph.view_copies`).

It replaces ``statuses-<fingerprint>.json`` (read back whole before the first answer: 5-13 s
at 1 M triples), which is removed when found.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import threading
import time
import weakref
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from mandate_graph.graph import status as rules
from mandate_graph.graph import status_kept, view_copies, whole_store_reads
from mandate_graph.graph.lineage_file import (
    ViewFileReads, connect_view_file, reopen_view_file,
)
from mandate_graph.graph.member_values import batches
from mandate_graph.graph.status_kept import KeptStatuses, StatusChange
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import StoreRevision


FORMAT = "3"
FILE = "statuses.sqlite"
_REPLACED = "statuses-*.json"


def _fingerprint() -> str:
    sources = b"".join(Path(m.__file__).read_bytes() for m in (rules, status_kept, sys.modules[__name__]) if m.__file__)
    return hashlib.sha256(sources + FORMAT.encode()).hexdigest()[:16]


FINGERPRINT = _fingerprint()

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE iris (id INTEGER PRIMARY KEY, iri TEXT UNIQUE);
CREATE TABLE mandates (iri TEXT UNIQUE, instrument TEXT, addressee TEXT, action TEXT, due_at TEXT,
                       status TEXT, overdue INTEGER, data TEXT);
CREATE INDEX mandates_by_status ON mandates (status, iri);
CREATE INDEX mandates_by_addressee ON mandates (addressee, iri);
CREATE INDEX mandates_by_action ON mandates (action, iri);
CREATE INDEX mandates_by_instrument ON mandates (instrument, iri);
CREATE INDEX mandates_by_due ON mandates (due_at, iri);
CREATE TABLE traces (key INTEGER, holder INTEGER, PRIMARY KEY (key, holder)) WITHOUT ROWID;
CREATE INDEX traces_by_holder ON traces (holder, key);
CREATE TABLE graph_keys (graph INTEGER, key INTEGER, PRIMARY KEY (graph, key)) WITHOUT ROWID;
CREATE TABLE tracker_dirty (iri TEXT PRIMARY KEY) WITHOUT ROWID;
"""
_TABLES = ("iris", "mandates", "traces", "graph_keys")
_COLUMNS = "iri, instrument, addressee, action, due_at, status, overdue, data"
COLUMNS = _COLUMNS  # a status's row, as `from_row` reads it (the tracker's queries join it)


# ------------------------------------------------------------------------------ one status as a row


def _evidence(e: rules.StatusEvidence) -> list[Any]:
    return [e.relation, e.document, e.paragraph, e.quote]


def _link(lk: rules.StatusLink) -> list[Any]:
    return [lk.kind, lk.iri, [_evidence(e) for e in lk.evidence], lk.report_of, lk.submitted_to, lk.author,
            lk.endorses, lk.held_on, lk.mandate]


def as_row(m: rules.MandateStatus) -> tuple[Any, ...]:
    """The row of a status (`_COLUMNS`): what is filtered on as columns, the rest as JSON."""
    data = [m.label, list(m.tasks), [_evidence(e) for e in m.evidence], [_link(lk) for lk in m.fulfilled_by],
            [_link(lk) for lk in m.renewed_by]]
    return (m.iri, m.instrument, m.addressee, m.action, m.due_at, m.status, int(m.overdue),
            json.dumps(data, ensure_ascii=False, separators=(",", ":")))


def from_row(row: Sequence[Any]) -> rules.MandateStatus:
    iri, instrument, addressee, action, due_at, status, overdue, data = row
    label, tasks, evidence, fulfilled, renewed = json.loads(data)

    def evs(items: list[list[Any]]) -> tuple[rules.StatusEvidence, ...]:
        return tuple(rules.StatusEvidence(*e) for e in items)

    def link(lk: list[Any]) -> rules.StatusLink:
        kind, target, found, *rest = lk
        return rules.StatusLink(kind, target, evs(found), *rest)

    return rules.MandateStatus(iri, instrument, addressee, action, label, tuple(tasks), due_at, status, bool(overdue),
                               evs(evidence), tuple(link(lk) for lk in fulfilled), tuple(link(lk) for lk in renewed))


@dataclass(frozen=True)
class StatusFilter:
    """What `/api/mandates` narrows the mandates to (None: any; IRIs for addressee,
    instrument, due_at), as `graph.status.filter_statuses` does, plus ``overdue``."""

    status: str | None = None
    addressee: str | None = None
    action: str | None = None
    instrument: str | None = None
    due_at: str | None = None
    overdue: bool | None = None

    def where(self) -> tuple[str, list[Any]]:
        terms = [(column, value) for column, value in (
            ("status", self.status), ("addressee", self.addressee), ("action", self.action),
            ("instrument", self.instrument), ("due_at", self.due_at),
            ("overdue", None if self.overdue is None else int(self.overdue))) if value is not None]
        if not terms:
            return "", []
        return " WHERE " + " AND ".join(f"{column} = ?" for column, _ in terms), [value for _, value in terms]

    def matches(self, m: rules.MandateStatus) -> bool:
        return bool(rules.filter_statuses([m], status=self.status, addressee=self.addressee, action=self.action,
                                          instrument=self.instrument, due_at=self.due_at)) \
            and (self.overdue is None or m.overdue == self.overdue)


# ------------------------------------------------------------------------------ the file


class StatusRows(ViewFileReads):
    """The statuses of one store in one SQLite file (see the module docstring); answers
    `graph.status_kept.Kept` for `graph.status_kept.update`."""

    def __init__(self, path: Path | None, handed_over: str | None = None) -> None:
        """``handed_over``: ``path`` is a copy handed to a read-only process, of the store
        content that revision token names (`graph.view_copies`)."""
        self.path = path
        self.handed_over = handed_over is not None
        self._handed_over_revision = handed_over
        self._lock = threading.RLock()  # one connection, shared by the threads
        self._update_lock = threading.Lock()
        self._generation: int | None = None  # the store generation the file is at, in this process
        self.last_update: dict[str, Any] = {}  # how the last `current` found the file (tests, benches)
        self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        """The file kept from an earlier process when it is of these rules and whole, else a new
        one; a copy handed over when it is of these rules and of the snapshot's content, else
        one in memory."""
        if self.handed_over and self.path is not None:
            copy = view_copies.open_copy(self.path, {"fingerprint": FINGERPRINT, "built": "1",
                                                     "revision": self._handed_over_revision or ""},
                                         "the mandates' statuses", self._connect)
            if copy is not None:
                return copy
            self.handed_over, self.path = False, None
        kept = reopen_view_file(self.path, "fingerprint", FINGERPRINT, "the mandates' statuses", self._connect,
                                probe="SELECT count(*) FROM mandates")
        if kept is not None:
            return kept
        db = self._connect()
        db.executescript(_SCHEMA)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("fingerprint", FINGERPRINT), ("revision", ""), ("built", "0")])
        return db

    def _connect(self) -> sqlite3.Connection:
        db = connect_view_file(self.path, read_only=self.handed_over)
        db.execute("CREATE TEMP TABLE wanted (iri TEXT PRIMARY KEY) WITHOUT ROWID")
        return db

    @property
    def _what(self) -> str:
        return "the mandates' statuses"

    def in_memory_instead(self, reason: str) -> None:
        """A copy handed over that this process must write (its tracker columns of another
        code or base IRI) left to the other processes: the statuses computed in memory."""
        self._rebuild_file(ValueError(reason))

    # the tracker's columns (graph.tracker_table) kept in the same file -----------------

    @contextmanager
    def updating(self) -> Iterator[None]:
        """The statuses held as they are (no update applied) within the block."""
        with self._update_lock:
            yield

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction on the file (readers wait; a failure rolls it back)."""
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                yield db
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def execute_script(self, script: str) -> None:
        with self._lock:
            self._db.executescript(script)

    # reading ------------------------------------------------------------------------

    def page(self, store: GraphStore, filters: StatusFilter, limit: int, offset: int) -> tuple[int, list[rules.MandateStatus]]:
        """The number of mandates matching ``filters`` and ``limit`` of them from ``offset``, by IRI."""
        where, parameters = filters.where()
        total = self.read(f"SELECT count(*) FROM mandates{where}", parameters, store)[0][0]
        rows = self.read(f"SELECT {_COLUMNS} FROM mandates{where} ORDER BY iri LIMIT ? OFFSET ?",
                         [*parameters, limit, offset], store)
        return int(total), [from_row(r) for r in rows]

    def one(self, store: GraphStore, iri: str) -> rules.MandateStatus | None:
        found = self.read(f"SELECT {_COLUMNS} FROM mandates WHERE iri = ?", (iri,), store)
        return from_row(found[0]) if found else None

    def every(self, store: GraphStore) -> list[rules.MandateStatus]:
        return [from_row(r) for r in self.read(f"SELECT {_COLUMNS} FROM mandates ORDER BY iri", (), store)]

    # what graph.status_kept.update asks (Kept) ----------------------------------------

    def _among(self, iris: Iterable[str], sql: str) -> list[tuple[Any, ...]]:
        """The rows of ``sql``, which joins the temporary table ``wanted`` (``iris``)."""
        with self._lock:
            db = self._db
            db.execute("DELETE FROM wanted")
            db.executemany("INSERT OR IGNORE INTO wanted VALUES (?)", ((x,) for x in iris))
            try:
                return db.execute(sql).fetchall()
            finally:
                db.execute("DELETE FROM wanted")

    def mandate_count(self) -> int:
        return int(self.read("SELECT count(*) FROM mandates")[0][0])

    # CROSS JOIN: SQLite joins in the order written, from the few IRIs asked about (its
    # planner, with no statistics of the temporary table, scanned the traces: 0.7 s at 1 M).
    def keys_of_graphs(self, graphs: Iterable[str]) -> set[str]:
        return {r[0] for r in self._among(graphs, """
            SELECT DISTINCT k.iri FROM wanted w CROSS JOIN iris g ON g.iri = w.iri
            CROSS JOIN graph_keys gk ON gk.graph = g.id CROSS JOIN iris k ON k.id = gk.key""")}

    def holders_tracing(self, iris: Iterable[str]) -> set[str]:
        return {r[0] for r in self._among(iris, """
            SELECT DISTINCT h.iri FROM wanted w CROSS JOIN iris k ON k.iri = w.iri
            CROSS JOIN traces t ON t.key = k.id CROSS JOIN iris h ON h.id = t.holder""")}

    def mandates_addressed_to(self, bodies: Iterable[str]) -> set[str]:
        return {r[0] for r in self._among(bodies, """
            SELECT m.iri FROM wanted w CROSS JOIN mandates m INDEXED BY mandates_by_addressee ON m.addressee = w.iri""")}

    def addressees_of(self, mandates: Iterable[str]) -> set[str]:
        return {r[0] for r in self._among(mandates, """
            SELECT DISTINCT m.addressee FROM wanted w CROSS JOIN mandates m ON m.iri = w.iri""")}

    def traces_of(self, holders: Iterable[str]) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for holder, key in self._among(holders, """
                SELECT h.iri, k.iri FROM wanted w CROSS JOIN iris h ON h.iri = w.iri
                CROSS JOIN traces t INDEXED BY traces_by_holder ON t.holder = h.id CROSS JOIN iris k ON k.id = t.key"""):
            found.setdefault(holder, set()).add(key)
        return {holder: frozenset(keys) for holder, keys in found.items()}

    # bringing it up to date ---------------------------------------------------------

    def _current(self, store: GraphStore) -> None:
        generation = store.generation  # read before reading: a write meanwhile leaves the file behind it
        if self._generation == generation:
            return
        started = time.process_time()
        changed = self._changed_graphs(store, generation)
        revision = getattr(store, "revision", None)
        token = revision.token_at(generation) if isinstance(revision, StoreRevision) and self.path is not None else None
        if changed is not None and not changed:
            how = "read back" if self._generation is None else "unchanged"
        elif changed is not None:
            change = status_kept.update(store, self, changed)
            if change.whole is not None:
                self._write_whole(change.whole, token)
                how = "built"
            else:
                self._apply(change, token)
                how = "updated"
        else:
            whole_store_reads.check("the mandates' statuses")
            self._write_whole(status_kept.compute_kept(store), token)
            how = "built"
        self._generation = generation
        self.last_update = {"how": how, "graphs": -1 if changed is None else len(changed),
                            "cpu_s": time.process_time() - started}

    def _changed_graphs(self, store: GraphStore, generation: int) -> set[str] | None:
        """As every kept view (`ViewFileReads._changed_graphs`), but a file whose whole build
        never finished is not known on a first read."""
        if self._generation is None and self.meta("built") != "1":
            return None
        return super()._changed_graphs(store, generation)

    def _ids(self, db: sqlite3.Connection, iris: Iterable[str]) -> dict[str, int]:
        """The numbers of ``iris`` in the ``iris`` table, given to those new to it."""
        wanted = sorted(set(iris))
        found: dict[str, int] = {}
        for batch in batches(wanted, 500):
            marks = ",".join("?" * len(batch))
            found.update((iri, i) for i, iri in db.execute(f"SELECT id, iri FROM iris WHERE iri IN ({marks})", batch))
        for iri in wanted:
            if iri not in found:
                found[iri] = int(db.execute("INSERT INTO iris (iri) VALUES (?)", (iri,)).lastrowid or 0)
        return found

    def _write_whole(self, kept: KeptStatuses, token: str | None) -> None:
        """Every row from a whole-store computation, in one transaction."""
        ids: dict[str, int] = {}
        for holder, keys in kept.traces.items():
            ids.setdefault(holder, len(ids) + 1)
            for k in keys:
                ids.setdefault(k, len(ids) + 1)
        for graph, keys in kept.graph_keys.items():
            ids.setdefault(graph, len(ids) + 1)
            for k in keys:
                ids.setdefault(k, len(ids) + 1)
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                for table in _TABLES:
                    db.execute(f"DELETE FROM {table}")
                db.executemany("INSERT INTO iris VALUES (?, ?)", ((i, iri) for iri, i in ids.items()))
                db.executemany(f"INSERT INTO mandates ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (as_row(m) for m in kept.items))
                db.executemany("INSERT INTO traces VALUES (?, ?)", (
                    (ids[k], ids[holder]) for holder, keys in kept.traces.items() for k in keys))
                db.executemany("INSERT INTO graph_keys VALUES (?, ?)", (
                    (ids[graph], ids[k]) for graph, keys in kept.graph_keys.items() for k in keys))
                # The tracker's columns (graph.tracker_table) are built again from these rows.
                db.execute("DELETE FROM tracker_dirty")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('tracker_stale', ?)", (f"{time.time_ns()}",))
                self._set_meta(db, token)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _apply(self, change: StatusChange, token: str | None) -> None:
        """A write's change (`graph.status_kept.update`), in one transaction."""
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                db.executemany("DELETE FROM mandates WHERE iri = ?", ((m,) for m in change.removed))
                db.executemany(f"INSERT OR REPLACE INTO mandates ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                               (as_row(m) for m in change.items))
                ids = self._ids(db, {*change.gone, *change.traces, *change.graph_keys, *change.added_keys,
                                     *(k for keys in change.traces.values() for k in keys),
                                     *(k for keys in change.graph_keys.values() for k in keys),
                                     *(k for keys in change.added_keys.values() for k in keys)})
                db.executemany("DELETE FROM traces WHERE holder = ?", ((ids[h],) for h in change.gone))
                db.executemany("INSERT OR IGNORE INTO traces VALUES (?, ?)", (
                    (ids[k], ids[holder]) for holder, keys in change.traces.items() for k in keys))
                db.executemany("DELETE FROM graph_keys WHERE graph = ?", ((ids[g],) for g in change.graph_keys))
                db.executemany("INSERT OR IGNORE INTO graph_keys VALUES (?, ?)", (
                    (ids[g], ids[k]) for source in (change.graph_keys, change.added_keys)
                    for g, keys in source.items() for k in keys))
                # What the tracker's columns take next (graph.tracker_table): the mandates
                # recomputed, and the IRIs changed (whose labels a row may show).
                # (Only once they are built: until then the build reads every row anyway.)
                if db.execute("SELECT value FROM meta WHERE name = 'tracker_stale'").fetchone() == ("",):
                    db.executemany("INSERT OR IGNORE INTO tracker_dirty VALUES (?)",
                                   ((x,) for x in change.removed | change.changed))
                self._set_meta(db, token)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    @staticmethod
    def _set_meta(db: sqlite3.Connection, token: str | None) -> None:
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [("revision", token or ""), ("built", "1")])


# ------------------------------------------------------------------------------ one file per store

_files: weakref.WeakKeyDictionary[GraphStore, StatusRows] = weakref.WeakKeyDictionary()
_files_lock = threading.Lock()


def _kept_in(store: GraphStore) -> Path | None:
    """The views folder of an on-disk store open for writing (None: kept in memory, or a copy
    handed over to a read-only store: `graph.view_copies`)."""
    revision = getattr(store, "revision", None)
    return revision.folder if isinstance(revision, StoreRevision) and revision.writable else None


def status_rows(store: GraphStore) -> StatusRows:
    """The store's statuses file (made on first use; closed when the store goes), at the
    store's current generation."""
    with _files_lock:
        found = _files.get(store)
        if found is None:
            folder = _kept_in(store)
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
                for old in folder.glob(_REPLACED):  # what the file replaces, read back whole before
                    old.unlink(missing_ok=True)
                # The tracker's rows computed whole after each write (graph.tracker_table replaces them).
                (folder / "tracker-rows.sqlite").unlink(missing_ok=True)
            copy = view_copies.handed_over(store, FILE) if folder is None else None
            found = _files[store] = StatusRows(folder / FILE if folder else copy[0] if copy else None,
                                               copy[1] if copy else None)
            weakref.finalize(store, found.close)
    return found.current(store)

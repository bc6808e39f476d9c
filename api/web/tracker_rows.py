"""The mandate tracker's rows (the `/mandates` page, the home page's mandates) in an SQLite file
beside the store, read by row: a restart of an unchanged store serves its first `/mandates`
page from the file, where it read every status and every label again first ("mandate rows":
~30 CPU s at 10 M triples, recomputed on each start).

A row is what the tracker shows of a mandate (`routes._read_mandate_rows`: its status for
people, the short labels of its instrument, addressee and due session, its answers), kept as
JSON, with the columns the tracker sorts and filters by: its place in the tracker's order
(instrument label, addressee label, action), its status, action and addressee label, and its
searchable texts lowered as Python lowers them and joined by NUL (the ``q`` filter: ``instr``
on them is Python's ``needle in text.lower()`` for each text). The order, the counts and the
first open or due mandates of the home page are queries.

The file is of one store content: it holds the store's revision token (`graph.store.revision`)
and a fingerprint of the code that makes the rows, and is used only while both match; any
write to the store makes it be computed again whole (the short labels depend on the whole
table: an instrument of the issuer most mandates share is "resolution 10/6"), by the
background refresh, written beside and renamed into place (a process killed half-way leaves
the old file, of another token). Beside a store in memory or open read-only, the rows are
in memory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from mandate_graph.graph.generations import step_aside
from mandate_graph.graph.status_rows import FINGERPRINT as STATUS_FINGERPRINT
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import StoreRevision

log = logging.getLogger(__name__)

FORMAT = "1"
FILE = "tracker-rows.sqlite"
_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE rows (pos INTEGER PRIMARY KEY, by_iri INTEGER, id TEXT, status TEXT, action TEXT, addressee_label TEXT,
                   due_label TEXT, instrument_label TEXT, texts TEXT, row TEXT);
CREATE INDEX rows_by_status ON rows (status, pos);
CREATE INDEX rows_by_action ON rows (action, pos);
CREATE INDEX rows_by_addressee ON rows (addressee_label, pos);
CREATE INDEX rows_by_id ON rows (id);
"""
WRITE_BATCH = 2000  # rows written at a time (the background steps aside between batches)


def fingerprint(sources: Iterable[Path]) -> str:
    """A digest of the code that makes the rows (a file of other code is computed again)."""
    digest = hashlib.sha256(FORMAT.encode() + STATUS_FINGERPRINT.encode())
    for source in sources:
        digest.update(source.read_bytes())
    return digest.hexdigest()[:16]


def sort_key(row: dict[str, Any]) -> tuple[str, str, str]:
    """The tracker's order."""
    return row["instrument_label"], row["addressee_label"], row["action"]


def searchable(row: dict[str, Any]) -> list[str]:
    """The texts the tracker's ``q`` filter looks in."""
    return [row["instrument_label"], row["addressee_label"], row["action"], row["due_label"] or "",
            *row["tasks"], *(e["quote"] or "" for e in row["evidence"])]


class TrackerRows:
    """The tracker's rows of one store content, in an SQLite file (or in memory)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db
        self._lock = threading.Lock()

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()

    @staticmethod
    def _where(status: str | None, action: str | None, addressee: str | None, q: str | None) -> tuple[str, list[Any]] | None:
        """The WHERE clause of the tracker's filters; None when nothing can match."""
        terms: list[str] = []
        parameters: list[Any] = []
        for column, value in (("status", status), ("action", action), ("addressee_label", addressee)):
            if value:
                terms.append(f"{column} = ?")
                parameters.append(value)
        if q:
            needle = q.lower()
            if "\0" in needle:
                return None
            terms.append("instr(texts, ?) > 0")
            parameters.append(needle)
        return (" WHERE " + " AND ".join(terms) if terms else ""), parameters

    def page(self, offset: int, limit: int, status: str | None = None, action: str | None = None,
             addressee: str | None = None, q: str | None = None) -> tuple[int, list[dict[str, Any]]]:
        """How many rows match the filters, and ``limit`` of them from ``offset``, in the tracker's order."""
        where = self._where(status, action, addressee, q)
        if where is None:
            return 0, []
        clause, parameters = where
        total = self._read(f"SELECT count(*) FROM rows{clause}", parameters)[0][0]
        rows = self._read(f"SELECT row FROM rows{clause} ORDER BY pos LIMIT ? OFFSET ?", [*parameters, limit, offset])
        return int(total), [json.loads(r[0]) for r in rows]

    def total(self) -> int:
        return int(self._read("SELECT count(*) FROM rows")[0][0])

    def values(self, column: str) -> list[str]:
        """The distinct actions or addressee labels, sorted (the filters' choices)."""
        assert column in {"action", "addressee_label"}
        return [r[0] for r in self._read(f"SELECT DISTINCT {column} FROM rows ORDER BY {column}")]

    def counts(self) -> dict[str, int]:
        return {status: n for status, n in self._read("SELECT status, count(*) FROM rows GROUP BY status")}

    def waiting(self, limit: int) -> tuple[int, list[dict[str, Any]]]:
        """How many mandates are due or open, and the first ``limit`` of them: due first, by due
        session, then by instrument (ties in the statuses' order, by IRI)."""
        total = self._read("SELECT count(*) FROM rows WHERE status IN ('due', 'open')")[0][0]
        rows = self._read("SELECT row FROM rows WHERE status IN ('due', 'open') ORDER BY status != 'due', "
                          "coalesce(due_label, ''), instrument_label, by_iri LIMIT ?", (limit,))
        return int(total), [json.loads(r[0]) for r in rows]

    def one(self, id_: str) -> dict[str, Any] | None:
        found = self._read("SELECT row FROM rows WHERE id = ? LIMIT 1", (id_,))
        return json.loads(found[0][0]) if found else None


def _meta(db: sqlite3.Connection) -> dict[str, str]:
    return dict(db.execute("SELECT name, value FROM meta").fetchall())


def _write(db: sqlite3.Connection, rows: list[dict[str, Any]], meta: dict[str, str]) -> None:
    db.executescript(_SCHEMA)
    ordered = sorted(range(len(rows)), key=lambda i: sort_key(rows[i]))
    db.execute("BEGIN")
    for at in range(0, len(ordered), WRITE_BATCH):
        step_aside()
        db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (
            (pos, i, rows[i]["id"], rows[i]["status"], rows[i]["action"], rows[i]["addressee_label"], rows[i]["due_label"],
             rows[i]["instrument_label"], "\0".join(t.lower() for t in searchable(rows[i])),
             json.dumps(rows[i], ensure_ascii=False, separators=(",", ":"), default=str))
            for pos, i in enumerate(ordered[at:at + WRITE_BATCH], start=at)))
    db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
    db.execute("COMMIT")


def tracker_rows(store: GraphStore, compute: Callable[[GraphStore], list[dict[str, Any]]], code: str) -> TrackerRows:
    """The tracker's rows of the store as it is: the file beside it when it is of the store's
    content and of this ``code`` (a fingerprint), else ``compute``d and written there first."""
    revision = getattr(store, "revision", None)
    generation = store.generation  # read before computing: a write meanwhile makes the rows stale
    token = revision.token_at(generation) if isinstance(revision, StoreRevision) and revision.writable else None
    if token is None:
        return _in_memory(compute(store), code)
    assert isinstance(revision, StoreRevision)
    path = revision.folder / FILE
    meta = {"code": code, "revision": token}
    if path.exists():
        try:
            db = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, check_same_thread=False)
            if _meta(db) == meta:
                return TrackerRows(db)
            db.close()
        except sqlite3.Error:
            pass  # damaged or cut short: computed again below
    rows = compute(store)
    partial = path.with_name(f"{FILE}.{os.getpid()}-{threading.get_ident()}.partial")
    try:
        path.parent.mkdir(exist_ok=True)
        partial.unlink(missing_ok=True)
        writer = sqlite3.connect(partial, isolation_level=None)
        try:
            writer.execute("PRAGMA journal_mode=OFF")  # a new file renamed into place when whole
            _write(writer, rows, meta)
        finally:
            writer.close()
        os.replace(partial, path)
        return TrackerRows(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None,
                                           check_same_thread=False))
    except (OSError, sqlite3.Error) as exc:  # a folder that cannot be written: the rows in memory, as before
        log.warning("%s: cannot keep the tracker's rows beside the store (%s); keeping them in memory", path, exc)
        partial.unlink(missing_ok=True)
        return _in_memory(rows, code)


def _in_memory(rows: list[dict[str, Any]], code: str) -> TrackerRows:
    db = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    _write(db, rows, {"code": code})
    return TrackerRows(db)

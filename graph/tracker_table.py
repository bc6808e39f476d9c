"""The mandate tracker's columns (the `/mandates` page, the home page's mandates) kept in the
statuses file (`graph.status_rows`) and updated after a write with the statuses, for the
mandates and labels the write touched only.

What the tracker sorts and filters by is, per mandate, its status for people ("due": open
with a due session), its action, the short labels of its instrument, addressee and due
session, and its texts searched (those labels, the action, the tasks and the quotes, lowered
as Python lowers them and joined by NUL: the ``q`` filter's ``instr`` is Python's ``needle in
text.lower()`` for each). Those are the columns of ``tracker``, indexed in the tracker's order
(instrument label, addressee label, action, IRI) under each filter.

What depends on what:

- a mandate's row depends on its status (a row of ``mandates``) and on the short labels of
  the IRIs it refers to (instrument, addressee, due session, the IRIs answering it), kept in
  ``tracker_refs`` (IRI, mandate), indexed both ways;
- a full label (`graph.entities.EntityReader.infos`: the IRI's preferred label, label or
  notation) changes only when a quad with that IRI as subject is written. Every IRI a row
  refers to is one the status rules look up, so it is in the statuses' traces, and a write
  that touches its quads puts it among the IRIs the statuses' update found changed;
- a short label depends on the full label and on one value of the whole table, the "home"
  issuer (the issuer most of the labelled instruments share: its instruments are shown as
  "resolution 10/6", its sessions as "12th session"), and only through ``owner == home``: a
  change of home changes the short labels of the old and the new home's IRIs only.

So `graph.status_rows` records, in the transaction that applies a write's change to the
statuses, the mandates recomputed and the IRIs changed (``tracker_dirty``), and `bring_up_to_date`
takes them: the rows of those mandates made again, the labels of those IRIs read again from
the store, the home counted again (an indexed count), and the rows referring to a label whose
short form changed rewritten; then the queue is emptied, in one transaction. A whole-store
rebuild of the statuses (or a file of other code, or of another base IRI) builds the table
whole, from the statuses file and the labels of the IRIs referred to (no status computed).
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from mandate_graph.graph import whole_store_reads
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.generations import step_aside
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.member_values import batches
from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.status import MandateStatus
from mandate_graph.graph.status_rows import StatusRows, from_row
from mandate_graph.graph.status_rows import COLUMNS as STATUS_COLUMNS
from mandate_graph.graph.store import GraphStore

FORMAT = "1"
CODE = hashlib.sha256(Path(__file__).read_bytes() + FORMAT.encode()).hexdigest()[:16]
BATCH = 500  # mandates or labels read at a time (the background steps aside between batches)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS tracker (iri TEXT PRIMARY KEY, status TEXT, action TEXT, instrument_label TEXT,
                                    addressee_label TEXT, due_label TEXT, addressee_folded TEXT, texts TEXT);
CREATE INDEX IF NOT EXISTS tracker_in_order ON tracker (instrument_label, addressee_label, action, iri);
CREATE INDEX IF NOT EXISTS tracker_by_status ON tracker (status, instrument_label, addressee_label, action, iri);
CREATE INDEX IF NOT EXISTS tracker_by_action ON tracker (action, instrument_label, addressee_label, iri);
CREATE INDEX IF NOT EXISTS tracker_by_addressee ON tracker (addressee_label, instrument_label, action, iri);
CREATE TABLE IF NOT EXISTS tracker_labels (iri TEXT PRIMARY KEY, label TEXT, owner TEXT, is_instrument INTEGER,
                                           short TEXT) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tracker_labels_by_owner ON tracker_labels (is_instrument, owner);
CREATE TABLE IF NOT EXISTS tracker_refs (iri TEXT, mandate TEXT, PRIMARY KEY (iri, mandate)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS tracker_refs_by_mandate ON tracker_refs (mandate, iri);
"""
_TABLES = ("tracker", "tracker_labels", "tracker_refs")


# ------------------------------------------------------------------------------ pure parts


def shown_status(m: MandateStatus) -> str:
    """The status for people: "due" for an open mandate whose text names its due session."""
    return "due" if m.status == "open" and m.due_at else m.status


def referred(m: MandateStatus) -> set[str]:
    """The IRIs whose labels the mandate's row shows."""
    return {i for i in (m.instrument, m.addressee, m.due_at) if i} | {lk.iri for lk in m.fulfilled_by + m.renewed_by}


def owner_of(ids: Identifiers, iri: str) -> tuple[str | None, bool]:
    """The body an IRI's short label depends on (an instrument's issuer, a gathering's body),
    and whether it is an instrument (only those count towards the home issuer)."""
    ref = ids.parse(iri)
    if isinstance(ref, InstrumentRef):
        return ref.issuer, True
    if isinstance(ref, GatheringRef):
        return ref.body, False
    return None, False


def short_label(ids: Identifiers, iri: str, label: str, home: str | None) -> str:
    """A label as the tracker shows it: instruments of the home issuer as "resolution 10/6",
    its sessions and meetings without "of the <body>"; others by their full label."""
    ref = ids.parse(iri)
    if isinstance(ref, InstrumentRef) and ref.issuer == home:
        return f"{ref.kind} {ref.session}/{ref.number}"
    if isinstance(ref, GatheringRef) and ref.body == home and " of the " in label:
        return label.split(" of the ", 1)[0]
    return label


def home_of(owners: Iterable[str]) -> str | None:
    """The issuer most labelled instruments share (ties: the first by name)."""
    counted = Counter(owners)
    return min(counted, key=lambda o: (-counted[o], o)) if counted else None


def searchable(m: MandateStatus, instrument: str, addressee: str, due: str | None) -> list[str]:
    """The texts the tracker's ``q`` filter looks in."""
    return [instrument, addressee, m.action, due or "", *m.tasks, *(e.quote or "" for e in m.evidence)]


def columns(m: MandateStatus, short: dict[str, str]) -> tuple[Any, ...]:
    """The ``tracker`` row of a status, given the short labels of the IRIs it refers to."""
    instrument, addressee = short[m.instrument], short[m.addressee]
    due = short[m.due_at] if m.due_at else None
    return (m.iri, shown_status(m), m.action, instrument, addressee, due, addressee.lower(),
            "\0".join(t.lower() for t in searchable(m, instrument, addressee, due)))


# ------------------------------------------------------------------------------ the file's part


@dataclass(frozen=True)
class TrackerUpdate:
    """What `bring_up_to_date` did: "built", "updated" or "current"; mandates whose rows were
    made again; labels read from the store; seconds of CPU."""

    how: str
    rows: int = 0
    labels: int = 0
    cpu_s: float = 0.0


last_update: dict[str, Any] = {}  # the last `bring_up_to_date`'s TrackerUpdate, as a dict (tests, benches)


def _needs_build(rows: StatusRows, ids: Identifiers) -> bool:
    return (rows.meta("tracker_code") != CODE or rows.meta("tracker_base") != ids.base
            or rows.meta("tracker_stale") != "")


def bring_up_to_date(store: GraphStore, rows: StatusRows, ids: Identifiers) -> TrackerUpdate:
    """The tracker's columns of ``rows`` (brought to the store's generation first) made
    current: built whole when they are of other code, base or a whole rebuild of the statuses,
    else updated from the queue of mandates and IRIs the statuses' updates changed."""
    started = time.process_time()
    rows.current(store)
    if rows.handed_over and _needs_build(rows, ids):  # a read-only copy (`graph.view_copies`): never written
        rows.in_memory_instead("its tracker columns are of another code or base IRI")
        rows.current(store)
    if not rows.handed_over:
        rows.execute_script(_SCHEMA)
    if _needs_build(rows, ids):
        whole_store_reads.check("the tracker's rows")
        done = _build(store, rows, ids)
    else:
        with rows.updating():  # the statuses do not change meanwhile: the queue read is the queue taken
            done = _update(store, rows, ids)
    done = TrackerUpdate(done.how, done.rows, done.labels, time.process_time() - started)
    last_update.clear()
    last_update.update(done.__dict__)
    return done


def _statuses(rows: StatusRows, mandates: Sequence[str] | None) -> list[MandateStatus]:
    """The statuses of ``mandates`` (None: every one), read a batch at a time."""
    if mandates is None:
        found: list[MandateStatus] = []
        while True:
            step_aside()
            batch = rows.read(f"SELECT {STATUS_COLUMNS} FROM mandates WHERE iri > ? ORDER BY iri LIMIT ?",
                              (found[-1].iri if found else "", BATCH))
            found.extend(from_row(r) for r in batch)
            if len(batch) < BATCH:
                return found
    out: list[MandateStatus] = []
    for chunk in batches(sorted(set(mandates)), BATCH):
        step_aside()
        marks = ",".join("?" * len(chunk))
        out.extend(from_row(r) for r in rows.read(f"SELECT {STATUS_COLUMNS} FROM mandates WHERE iri IN ({marks})", chunk))
    return out


def _labels(store: GraphStore, ids: Identifiers, iris: Iterable[str]) -> dict[str, str]:
    """The full labels of ``iris``, as the entity pages show them, read a batch at a time."""
    reader, out = EntityReader(store, ids), dict[str, str]()
    for batch in batches(sorted(set(iris)), BATCH):
        step_aside()
        out.update((iri, info.label) for iri, info in reader.infos(batch).items())
    return out


def _build(store: GraphStore, rows: StatusRows, ids: Identifiers) -> TrackerUpdate:
    """Every row from the statuses file and the labels of the IRIs the rows refer to."""
    # Not under the statuses' update lock (a first `/api/mandates` does not wait for this):
    # changes applied to the statuses from now on queue up and are taken by the next update,
    # and a whole rebuild of them meanwhile leaves the table to be built again.
    with rows.updating(), rows.transaction() as db:
        db.execute("DELETE FROM tracker_dirty")
        stale = rows.meta("tracker_stale")
    items = _statuses(rows, None)
    full = _labels(store, ids, set().union(*(referred(m) for m in items)) if items else set())
    owners = {iri: owner_of(ids, iri) for iri in full}
    home = home_of(o for o, instrument in owners.values() if instrument and o is not None)
    short = {iri: short_label(ids, iri, label, home) for iri, label in full.items()}
    with rows.transaction() as db:
        for table in _TABLES:
            db.execute(f"DELETE FROM {table}")
        db.executemany("INSERT INTO tracker_labels VALUES (?, ?, ?, ?, ?)", (
            (iri, full[iri], owners[iri][0], int(owners[iri][1]), short[iri]) for iri in full))
        db.executemany("INSERT INTO tracker_refs VALUES (?, ?)", ((iri, m.iri) for m in items for iri in referred(m)))
        db.executemany("INSERT INTO tracker VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (columns(m, short) for m in items))
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", [
            ("tracker_code", CODE), ("tracker_base", ids.base), ("tracker_home", home or "")])
        db.execute("UPDATE meta SET value = '' WHERE name = 'tracker_stale' AND value IS ?", (stale,))
        db.execute("INSERT OR IGNORE INTO meta VALUES ('tracker_stale', '')")
    return TrackerUpdate("built", len(items), len(full))


def _update(store: GraphStore, rows: StatusRows, ids: Identifiers) -> TrackerUpdate:
    """The rows and labels the queued changes touched (see the module docstring)."""
    dirty = [r[0] for r in rows.read("SELECT iri FROM tracker_dirty")]
    if not dirty:
        return TrackerUpdate("current")
    items = _statuses(rows, dirty)
    present = {m.iri for m in items}
    with rows.transaction() as db:
        before = {r[0] for r in _in(db, "SELECT DISTINCT iri FROM tracker_refs WHERE mandate IN ({})", dirty)}
        known = {r[0]: r for r in _in(db, "SELECT iri, label, owner, is_instrument, short FROM tracker_labels WHERE iri IN ({})",
                                      set(dirty) | {i for m in items for i in referred(m)})}
    # Labels read again: those of the IRIs changed, and those referred to for the first time.
    wanted = (set(dirty) & set(known)) | {i for m in items for i in referred(m) if i not in known}
    full = _labels(store, ids, wanted)
    old_home = rows.meta("tracker_home") or None
    with rows.transaction() as db:
        _each(db, "DELETE FROM tracker_refs WHERE mandate IN ({})", dirty)
        _each(db, "DELETE FROM tracker WHERE iri IN ({})", dirty)
        db.executemany("INSERT OR IGNORE INTO tracker_refs VALUES (?, ?)", ((iri, m.iri) for m in items for iri in referred(m)))
        # Labels no row refers to any more go (so the home issuer counts only what is shown).
        unreferred = [r[0] for r in _in(db, "SELECT l.iri FROM tracker_labels l WHERE l.iri IN ({}) AND NOT EXISTS "
                                            "(SELECT 1 FROM tracker_refs r WHERE r.iri = l.iri)", before)]
        _each(db, "DELETE FROM tracker_labels WHERE iri IN ({})", unreferred)
        owners = {iri: owner_of(ids, iri) for iri in full}
        db.executemany("INSERT OR REPLACE INTO tracker_labels VALUES (?, ?, ?, ?, NULL)", (
            (iri, label, owners[iri][0], int(owners[iri][1])) for iri, label in full.items()))
        home = _home(db)
        # Short labels to make again: the labels read, and on a change of home, the old and new home's.
        again = set(full)
        if home != old_home:
            again |= {r[0] for r in db.execute("SELECT iri FROM tracker_labels WHERE owner IN (?, ?)",
                                               (old_home or "", home or ""))}
        changed: set[str] = set()
        for iri, label, short in _in(db, "SELECT iri, label, short FROM tracker_labels WHERE iri IN ({})", again):
            new = short_label(ids, iri, label, home)
            if new != short:
                changed.add(iri)
                db.execute("UPDATE tracker_labels SET short = ? WHERE iri = ?", (new, iri))
        # Rows made again: the mandates recomputed that still exist, and those showing a changed label.
        redo = present | {r[0] for r in _in(db, "SELECT mandate FROM tracker_refs WHERE iri IN ({})", changed)}
        statuses = items + _statuses_in(db, redo - present)
        short = {r[0]: r[1] for r in _in(db, "SELECT iri, short FROM tracker_labels WHERE iri IN ({})",
                                           {i for m in statuses for i in referred(m)})}
        db.executemany("INSERT OR REPLACE INTO tracker VALUES (?, ?, ?, ?, ?, ?, ?, ?)", (columns(m, short) for m in statuses))
        _each(db, "DELETE FROM tracker_dirty WHERE iri IN ({})", dirty)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('tracker_home', ?)", (home or "",))
    return TrackerUpdate("updated", len(statuses), len(full))


def _home(db: sqlite3.Connection) -> str | None:
    found = db.execute("SELECT owner FROM tracker_labels WHERE is_instrument = 1 AND owner IS NOT NULL "
                       "GROUP BY owner ORDER BY count(*) DESC, owner LIMIT 1").fetchone()
    return found[0] if found else None


def _in(db: sqlite3.Connection, sql: str, values: Iterable[str]) -> list[tuple[Any, ...]]:
    """``sql`` with ``IN ({})`` for ``values``, a batch at a time."""
    out: list[tuple[Any, ...]] = []
    for batch in batches(sorted(set(values)), BATCH):
        out.extend(db.execute(sql.format(",".join("?" * len(batch))), batch).fetchall())
    return out


def _each(db: sqlite3.Connection, sql: str, values: Iterable[str]) -> None:
    for batch in batches(sorted(set(values)), BATCH):
        db.execute(sql.format(",".join("?" * len(batch))), batch)


def _statuses_in(db: sqlite3.Connection, mandates: set[str]) -> list[MandateStatus]:
    return [from_row(r) for r in _in(db, f"SELECT {STATUS_COLUMNS} FROM mandates WHERE iri IN ({{}})", mandates)]

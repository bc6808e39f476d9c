"""The lineage view kept in a file, opened in milliseconds and read in place.

Building the networkx view (`graph.lineage.LineageView`) reads every lineage arrow of the
store: 79 s and 2 GB at 10 M triples, and its pickle takes seconds to read back (1.5 s at a
million triples, 28 MB). So the view is also written to a SQLite file (the standard library's
`sqlite3`): one table of nodes (by IRI) and one of edges, indexed by both ends, each edge with
its evidence. Opening it reads a page header; a walk reads only the rows of the nodes it
visits (`DiskLineageGraph` has the few graph methods the walk uses: ``in``, ``nodes[iri]``,
``out_edges``, ``in_edges``), so the first lineage request after a restart costs what every
later one costs.

A file says what it shows: its ``meta`` table holds a *key* (the store's revision token,
`graph.store.revision`, and the fingerprint of the rules and queries that built it), and
`open_view` refuses a file whose key is not the one asked for, so a view saved from an older
revision of the store, or by other lineage rules, is never used. A file is written beside
(``.partial``) and renamed when complete, and never changed after; a file cut short afterwards
is caught by its size against the page count its header records, and a damaged one by SQLite
itself (`sqlite3.DatabaseError`, raised to the caller, which rebuilds).

After a write, the view of the new revision may be an *overlay*: a small file of the rows the
write changed, read over the whole file of an older revision (see OVERLAY_FORMAT below;
`graph.lineage_overlay` writes them, `graph.lineage_update` reads what changed). `open_view`
and `DiskLineageGraph` read either kind.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import sqlite3
import struct
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, Self, Sequence

from mandate_graph.graph.store.revision import StoreRevision

if TYPE_CHECKING:
    from mandate_graph.graph.lineage import EvidenceRef, LineageGraph
    from mandate_graph.graph.store import GraphStore

log = logging.getLogger(__name__)

FORMAT = "3"


class ViewFileError(Exception):
    """A saved view that cannot be used: missing, another key, cut short or damaged."""


def fingerprint(*parts: object) -> str:
    """A short digest of what built a view (rules, queries, format), part of its key."""
    return hashlib.sha256(repr((FORMAT, *parts)).encode()).hexdigest()[:16]


def write_view(graph: LineageGraph, path: Path, key: str, origins: Mapping[str, Iterable[str]] | None = None) -> int:
    """Write ``graph`` (a networkx lineage view) to ``path`` under ``key``; its size in bytes.
    ``origins``: the IRIs whose rows each named graph feeds (`graph.lineage_origins`), which
    let `update_view` bring the file up to date after a write (None: not known, the file is
    then built again after every write). Written beside and renamed: a reader sees the whole
    file or none."""
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    con = sqlite3.connect(partial)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")
        con.execute("CREATE TABLE graphs (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)")
        con.execute("CREATE TABLE origins (graph INTEGER, iri TEXT, PRIMARY KEY (graph, iri)) WITHOUT ROWID")
        if origins is not None:
            _add_origins(con, {g: set(iris) for g, iris in origins.items()})
        con.execute("CREATE TABLE nodes (iri TEXT PRIMARY KEY, kind TEXT, label TEXT, date TEXT, end_date TEXT,"
                    " date_from TEXT) WITHOUT ROWID")
        con.execute("CREATE TABLE edges (source TEXT, target TEXT, relation TEXT, subject TEXT, evidence TEXT)")
        con.executemany("INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?)", (
            (iri, a.get("kind"), a.get("label"), a.get("date"), a.get("end"), a.get("dateFrom"))
            for iri, a in graph.nodes(data=True)))
        con.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?)", (
            (s, t, relation, d["subject"], evidence_json(d["evidence"]))
            for s, t, relation, d in graph.edges(keys=True, data=True)))
        # Covering the walk's query (`_EDGES_OF`): the table's rows (with the evidence) are
        # read only for the edges a walk keeps.
        con.execute("CREATE INDEX edges_by_source ON edges (source, target, relation, subject)")
        con.execute("CREATE INDEX edges_by_target ON edges (target, source, relation, subject)")
        con.executemany("INSERT INTO meta VALUES (?, ?)", [
            ("format", FORMAT), ("key", key),
            ("nodes", str(graph.number_of_nodes())), ("edges", str(graph.number_of_edges())),
            ("origins", "1" if origins is not None else "0"),
        ])
        con.commit()
    finally:
        con.close()
    os.replace(partial, path)
    return path.stat().st_size


def evidence_json(evidence: Iterable[EvidenceRef]) -> str:
    """An edge's evidence as the file keeps it."""
    return json.dumps([[e.document, e.quote, e.paragraph, e.iri] for e in evidence], ensure_ascii=False)


def _add_origins(con: sqlite3.Connection, origins: Mapping[str, set[str]]) -> None:
    """Record ``origins`` (graph -> IRIs) beside those the file has (`graph.lineage_origins`)."""
    con.executemany("INSERT OR IGNORE INTO graphs (name) VALUES (?)", ((g,) for g in origins))
    ids = dict(con.execute("SELECT name, id FROM graphs"))
    con.executemany("INSERT OR IGNORE INTO origins VALUES (?, ?)",
                    ((ids[g], iri) for g, iris in origins.items() for iri in iris))


# ------------------------------------------------------------------ a view over an older one

# After a write whose graphs are known, the view of the new revision is kept as an *overlay*
# (`graph.lineage_overlay` writes it): a small file of the rows the write changed, read over
# the whole file of an older revision (its *base*), which is left as it is. Both are written
# beside and renamed into place, and never changed after, as a whole file: a reader (a thread,
# another process, a hard link in a snapshot) sees the old view or the new one, never half, and
# an update killed half-way leaves the files it started from. The overlay's tables:
#
# - ``replaced``: the subjects whose edges the overlay replaces: a base edge whose triple has
#   one of them as subject is not in the view;
# - ``edges``: the edges of those subjects now (as the base's ``edges``);
# - ``nodes``: nodes read again or added (``present`` 1), and base nodes removed (``present`` 0);
# - ``graphs`` / ``origins``: the graphs whose origins the overlay replaces, and those origins;
# - ``meta``: its own key and counts, and the base's file name and key.
OVERLAY_FORMAT = "overlay-1"
OVERLAY_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE replaced (subject TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE nodes (iri TEXT PRIMARY KEY, present INTEGER NOT NULL, kind TEXT, label TEXT, date TEXT,
                    end_date TEXT, date_from TEXT) WITHOUT ROWID;
CREATE TABLE edges (source TEXT, target TEXT, relation TEXT, subject TEXT, evidence TEXT);
CREATE INDEX edges_by_source ON edges (source, target, relation, subject);
CREATE INDEX edges_by_target ON edges (target, source, relation, subject);
CREATE INDEX edges_by_subject ON edges (subject);
CREATE TABLE graphs (name TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE origins (graph TEXT, iri TEXT, PRIMARY KEY (graph, iri)) WITHOUT ROWID;
"""

NodeRow = tuple[str | None, str | None, str | None, str | None, str | None]  # kind, label, date, end, date_from
EdgeRow = tuple[str, str, str, str, str]  # source, target, relation, subject, evidence (`evidence_json`)


def read_only_uri(path: Path) -> str:
    """How a view file is opened: read-only and immutable (it never changes once renamed into
    place), so SQLite takes no lock and reads no journal."""
    return f"file:{path}?mode=ro&immutable=1"


def _meta(path: Path) -> dict[str, str]:
    con = sqlite3.connect(read_only_uri(path), uri=True)
    try:
        return dict(con.execute("SELECT name, value FROM meta").fetchall())
    finally:
        con.close()


def _base_of(path: Path, meta: Mapping[str, str]) -> Path:
    """The whole file an overlay is read over, checked: there, whole, and of the key the
    overlay was written over. Raises `ViewFileError`."""
    base = path.with_name(meta.get("base", ""))
    if base == path or "/" in meta.get("base", "/"):
        raise ViewFileError("an overlay without a base file")
    _check_size(base)
    try:
        base_meta = _meta(base)
    except sqlite3.DatabaseError as exc:
        raise ViewFileError(f"its base file is damaged: {exc}") from None
    if base_meta.get("format") != FORMAT or base_meta.get("key") != meta.get("base_key"):
        raise ViewFileError("its base file is of another revision")
    return base


def saved_key(path: Path) -> str | None:
    """The key a saved view file (whole, or an overlay with its base) was written under; None
    when it is unreadable or has no origins (then it cannot be updated in place)."""
    try:
        _check_size(path)
        meta = _meta(path)
        if meta.get("format") == OVERLAY_FORMAT:
            _base_of(path, meta)
        elif meta.get("format") != FORMAT or meta.get("origins") != "1":
            return None
    except (ViewFileError, sqlite3.Error, OSError):
        return None
    return meta.get("key")


def connect_view_file(path: Path | None, read_only: bool = False) -> sqlite3.Connection:
    """An SQLite file of values kept beside the store (in memory without a path), shared by
    threads, in autocommit mode (each update its own ``BEGIN``), with a rollback journal: a
    hot journal rolls a killed update back when the file is next opened. ``read_only``: a
    copy handed to a read-only process (`graph.view_copies`), which never changes: opened
    immutable (no lock taken, no journal read; any write fails)."""
    if read_only and path is not None:
        return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False,
                               isolation_level=None)
    db = sqlite3.connect(path if path is not None else ":memory:", check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode = DELETE")
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def reopen_view_file(
    path: Path | None, meta_key: str, expected: str, what: str,
    connect: Callable[[], sqlite3.Connection], probe: str | None = None,
) -> sqlite3.Connection | None:
    """The file an earlier process kept at ``path``, when its ``meta`` row ``meta_key`` is
    ``expected`` (the format or rules it was written with) and SQLite reads it whole (``probe``,
    a query that touches the main table); else None, the file removed (with a log line naming
    it and ``what`` is rebuilt when it was damaged) so that the caller builds it again."""
    if path is None or not path.exists():
        return None
    try:
        _check_size(path)
        db = connect()
        meta = dict(db.execute("SELECT name, value FROM meta").fetchall())
        if probe is not None:
            db.execute(probe).fetchone()
        if meta.get(meta_key) == expected:
            return db
        db.close()
    except (ViewFileError, sqlite3.DatabaseError) as exc:
        log.warning("%s: rebuilding %s: %s", path, what, exc)
    remove_view_files(path)
    return None


def remove_view_files(path: Path | None) -> None:
    """The file and whatever SQLite left beside it (journal, WAL), to build it again."""
    if path is not None:
        for stale in path.parent.glob(path.name + "*"):
            stale.unlink(missing_ok=True)


class ViewFileReads:
    """Reading an SQLite view kept beside the store (the statuses, the lists and names): one
    connection shared by the threads under a lock, and a file found damaged while serving
    rebuilt from the store and read again. The class that mixes it in opens ``_db``, holds
    ``_lock`` and ``_update_lock`` and says how to rebuild (``_rebuild_file``) and bring the
    file up to date (``_current``)."""

    _db: sqlite3.Connection
    _lock: threading.RLock
    _update_lock: threading.Lock
    path: Path | None
    _generation: int | None  # the store generation the file is at, in this process
    # A copy of the file kept beside the store, handed to this read-only process with its
    # snapshot (`graph.view_copies`): opened immutable, never written, current for good.
    handed_over: bool = False

    def _open(self) -> sqlite3.Connection:
        """The view's connection, its file created with its schema if it is new."""
        raise NotImplementedError

    def _current(self, store: "GraphStore") -> None:
        raise NotImplementedError

    @property
    def _what(self) -> str:
        """The view as a log line names it ("the statistics")."""
        raise NotImplementedError

    def _connect(self) -> sqlite3.Connection:
        return connect_view_file(self.path, read_only=self.handed_over)

    def _rebuild_file(self, reason: Exception) -> None:
        """Start again from an empty file (a damaged one found while reading it)."""
        log.warning("%s: rebuilding %s: %s", self.path or "memory", self._what, reason)
        with self._lock:
            try:
                self._db.close()
            except sqlite3.Error:
                pass
            self._let_go_of_file()
            self._generation = None
            self._db = self._open()

    @property
    def complete(self) -> bool:
        return self.meta("complete") == "1"

    def close(self) -> None:
        with self._lock:
            self._db.close()

    def current(self, store: "GraphStore") -> Self:
        """The file at the store's current generation: as it was (read back), brought up to
        date from the graphs written since, or rebuilt from the whole store."""
        with self._update_lock:
            try:
                self._current(store)
            except (ViewFileError, sqlite3.DatabaseError) as exc:
                self._rebuild_file(exc)
                self._current(store)
        return self

    def read(self, sql: str, parameters: Sequence[Any] = (), store: "GraphStore | None" = None) -> list[tuple[Any, ...]]:
        """The rows of a query over the file (a consistent snapshot: updates hold the lock).
        With ``store``: a file found damaged meanwhile is rebuilt from it, and read again."""
        try:
            with self._lock:
                return self._db.execute(sql, parameters).fetchall()
        except sqlite3.DatabaseError as exc:
            if store is None:
                raise
            self._rebuild_file(exc)
            self.current(store)
            with self._lock:
                return self._db.execute(sql, parameters).fetchall()

    def meta(self, name: str) -> str | None:
        found = self.read("SELECT value FROM meta WHERE name = ?", (name,))
        return found[0][0] if found else None

    def _let_go_of_file(self) -> None:
        """Before a rebuild from the store (the file found damaged): the file and its journal
        removed; a copy handed over is left to the other processes that read it, and this one
        keeps the view in memory from now on."""
        if self.handed_over:
            self.handed_over, self.path = False, None
        else:
            remove_view_files(self.path)

    def _changed_graphs(self, store: "GraphStore", generation: int) -> set[str] | None:
        """The graphs written since the file's content, or None: not known (read everything).
        In this process, the store's own record since the file's generation; on a first read,
        the revision record beside the store since the revision the file names. A copy handed
        over is of the snapshot's content (checked when it was opened, `graph.view_copies`),
        and a read-only snapshot never changes: nothing to read."""
        if self._generation is None and self.handed_over:
            return set()
        if self._generation is not None:
            since = getattr(store, "graphs_written_since", None)
            return since(self._generation) if since is not None else None
        revision = getattr(store, "revision", None)
        saved = self.meta("revision")
        if self.path is not None and isinstance(revision, StoreRevision) and saved:
            return revision.graphs_changed_since(saved, generation)
        return None


def _check_size(path: Path) -> None:
    """A file cut short: its size against the page size × page count its header records
    (bytes 16–17 and 28–31 of a SQLite file, valid when the change counter, bytes 24–27,
    agrees with the version-valid-for number, bytes 92–95). Not checked while a journal is
    beside it: SQLite rolls a killed transaction back from it when the file is opened."""
    try:
        with path.open("rb") as f:
            header = f.read(100)
            size = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        raise ViewFileError("no saved view") from None
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        raise ViewFileError(f"not a saved view ({size} bytes, no SQLite header)")
    page_size = struct.unpack(">H", header[16:18])[0]
    page_size = 65536 if page_size == 1 else page_size
    changes, pages = struct.unpack(">II", header[24:32])
    valid_for = struct.unpack(">I", header[92:96])[0]
    journaled = any(path.with_name(path.name + end).exists() for end in ("-journal", "-wal"))
    if changes == valid_for and size != page_size * pages and not journaled:
        raise ViewFileError(f"cut short: {size} bytes of {page_size * pages}")


def open_view(path: Path, key: str, any_revision: bool = False) -> "DiskLineageGraph":
    """The view saved in ``path`` under ``key`` (``revision:fingerprint``; ``any_revision``:
    the fingerprint only, for a file that belongs to a read-only snapshot of the store): a
    whole file, or an overlay read over its base. Raises `ViewFileError` when there is none,
    when it was saved under another key (another revision of the store, other rules), or when
    it (or its base) is cut short or damaged."""
    _check_size(path)
    try:
        meta = _meta(path)
        saved_key = meta.get("key") or ""
        if any_revision:
            saved_key, key = saved_key.partition(":")[2], key.partition(":")[2]
        if meta.get("format") not in (FORMAT, OVERLAY_FORMAT) or saved_key != key:
            raise ViewFileError("saved for another revision of the store (or other lineage rules)")
        graph = DiskLineageGraph(path, _base_of(path, meta) if meta["format"] == OVERLAY_FORMAT else None)
        graph.connection()  # an overlay's base attached, in this thread at least
    except sqlite3.DatabaseError as exc:
        raise ViewFileError(f"damaged: {exc}") from None
    graph.counts = (int(meta.get("nodes", 0)), int(meta.get("edges", 0)))
    return graph


class _NodeAttributes:
    """``graph.nodes[iri]`` of a saved view: the node's attributes, as networkx gives them."""

    def __init__(self, graph: "DiskLineageGraph") -> None:
        self._graph = graph

    def __getitem__(self, iri: str) -> dict[str, Any]:
        found = self._graph.node(iri)
        if found is None:
            raise KeyError(iri)
        return found


class _EdgeData(Mapping[str, Any]):
    """An edge's attributes (``subject``, ``evidence``); the evidence is read when asked for
    (a walk looks at many more edges than it keeps)."""

    __slots__ = ("subject", "_row", "_graph", "_decoded")

    def __init__(self, graph: "DiskLineageGraph", row: int, subject: str) -> None:
        self.subject = subject
        self._row = row
        self._graph = graph
        self._decoded: list[EvidenceRef] | None = None

    def __getitem__(self, name: str) -> Any:
        if name == "subject":
            return self.subject
        if name == "evidence":
            if self._decoded is None:
                self._decoded = self._graph.evidence(self._row)
            return self._decoded
        raise KeyError(name)

    def __iter__(self) -> Iterator[str]:
        return iter(("subject", "evidence"))

    def __len__(self) -> int:
        return 2


# One query per node visited: its edges both ways, each with the attributes of the node at
# its other end (which the walk reads next), by the covering indexes of `write_view`.
_EDGES_OF = """
SELECT 1, e.rowid, e.target, e.relation, e.subject, n.kind, n.label, n.date, n.end_date, n.date_from
  FROM edges e JOIN nodes n ON n.iri = e.target WHERE e.source = ?1
UNION ALL
SELECT 0, e.rowid, e.source, e.relation, e.subject, n.kind, n.label, n.date, n.end_date, n.date_from
  FROM edges e JOIN nodes n ON n.iri = e.source WHERE e.target = ?1
"""
# The same over an overlay (``ov``, attached to its base): the base's edges but those whose
# subject it replaces, then its own (their rowids negated, to tell them apart), each with the
# attributes of the other end from the overlay where it has the node, else from the base.
_OVERLAID_EDGES_OF = """
SELECT x.outgoing, x.row, x.other, x.relation, x.subject, o.iri IS NOT NULL,
       o.kind, o.label, o.date, o.end_date, o.date_from, n.kind, n.label, n.date, n.end_date, n.date_from
FROM (
  SELECT 1 AS outgoing, e.rowid AS row, e.target AS other, e.relation AS relation, e.subject AS subject
    FROM main.edges e WHERE e.source = ?1 AND NOT EXISTS (SELECT 1 FROM ov.replaced r WHERE r.subject = e.subject)
  UNION ALL
  SELECT 0, e.rowid, e.source, e.relation, e.subject
    FROM main.edges e WHERE e.target = ?1 AND NOT EXISTS (SELECT 1 FROM ov.replaced r WHERE r.subject = e.subject)
  UNION ALL
  SELECT 1, -e.rowid, e.target, e.relation, e.subject FROM ov.edges e WHERE e.source = ?1
  UNION ALL
  SELECT 0, -e.rowid, e.source, e.relation, e.subject FROM ov.edges e WHERE e.target = ?1
) x LEFT JOIN ov.nodes o ON o.iri = x.other LEFT JOIN main.nodes n ON n.iri = x.other
"""
_NODE = "SELECT kind, label, date, end_date, date_from FROM main.nodes WHERE iri = ?"
_OVERLAID_NODE = "SELECT present, kind, label, date, end_date, date_from FROM ov.nodes WHERE iri = ?"

Edge = tuple[str, str, str, _EdgeData]


class DiskLineageGraph:
    """A saved lineage view, read in place: what `graph.lineage.walk_graph` asks of a graph.

    ``path``: the view's file; ``base``: when that file is an overlay, the whole file it is
    read over (see OVERLAY_FORMAT). One SQLite connection per thread (the server answers
    requests in several), the overlay attached to its base as ``ov``; the files are opened
    immutable (they never change once renamed into place; a new view is a new file). The
    attributes of the nodes seen are kept in memory (bounded), and the edges of the last node
    asked for, since the walk asks for its out- then its in-edges."""

    def __init__(self, path: Path, base: Path | None = None) -> None:
        self.path = path
        self.base = base
        self.counts = (0, 0)
        self.nodes = _NodeAttributes(self)
        self._local = threading.local()
        self._node_cache: dict[str, dict[str, Any] | None] = {}

    @property
    def files(self) -> tuple[Path, ...]:
        """The files the view reads (the overlay and its base, or the one whole file)."""
        return (self.path,) if self.base is None else (self.path, self.base)

    def connection(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(read_only_uri(self.base or self.path), uri=True, check_same_thread=False)
            if self.base is not None:
                con.execute("ATTACH DATABASE ? AS ov", (read_only_uri(self.path),))
            self._local.con = con
        return con

    def _remember(self, iri: str, found: dict[str, Any] | None) -> None:
        if len(self._node_cache) > 200_000:  # a bound on memory: the hot nodes come back at once
            self._node_cache.clear()
        self._node_cache[iri] = found

    @staticmethod
    def _attributes(kind: Any, label: Any, date: Any, end: Any, date_from: Any) -> dict[str, Any]:
        found = {"kind": kind, "label": label, "date": date, "end": end}
        if date_from is not None:
            found["dateFrom"] = date_from
        return found

    def node_row(self, iri: str) -> NodeRow | None:
        """The row the view has for node ``iri`` (kind, label, date, end, date_from), None
        when it is no node of the view."""
        con = self.connection()
        if self.base is not None:
            overlaid = con.execute(_OVERLAID_NODE, (iri,)).fetchone()
            if overlaid is not None:
                return overlaid[1:] if overlaid[0] else None
        row: NodeRow | None = con.execute(_NODE, (iri,)).fetchone()
        return row

    def node(self, iri: str) -> dict[str, Any] | None:
        try:
            return self._node_cache[iri]
        except KeyError:
            pass
        row = self.node_row(iri)
        found = None if row is None else self._attributes(*row)
        self._remember(iri, found)
        return found

    def __contains__(self, iri: object) -> bool:
        return isinstance(iri, str) and self.node(iri) is not None

    def _edge_rows(self, node: str) -> Iterator[tuple[int, int, str, str, str, NodeRow]]:
        """(outgoing, row, other end, relation, subject, the other end's attributes) of the
        edges of ``node``."""
        con = self.connection()
        if self.base is None:
            for outgoing, row, other, relation, subject, *attributes in con.execute(_EDGES_OF, (node,)):
                yield outgoing, row, other, relation, subject, tuple(attributes)
            return
        for outgoing, row, other, relation, subject, overlaid, *attributes in con.execute(_OVERLAID_EDGES_OF, (node,)):
            yield outgoing, row, other, relation, subject, tuple(attributes[:5] if overlaid else attributes[5:])

    def _edges(self, node: str) -> tuple[list[Edge], list[Edge]]:
        """The out- and in-edges of ``node``, as networkx gives them with keys and data."""
        local = self._local
        if getattr(local, "edges_of", None) == node:
            return local.edges
        out: list[Edge] = []
        into: list[Edge] = []
        for outgoing, row, other, relation, subject, attributes in self._edge_rows(node):
            if other not in self._node_cache:
                self._remember(other, self._attributes(*attributes))
            if outgoing:
                out.append((node, other, relation, _EdgeData(self, row, subject)))
            else:
                into.append((other, node, relation, _EdgeData(self, row, subject)))
        local.edges_of, local.edges = node, (out, into)
        return out, into

    def out_edges(self, node: str, keys: bool = True, data: bool = True) -> list[Edge]:
        return self._edges(node)[0]

    def in_edges(self, node: str, keys: bool = True, data: bool = True) -> list[Edge]:
        return self._edges(node)[1]

    def load_evidence(self, edges: Iterable[Mapping[str, Any]]) -> None:
        """Read the evidence of these edges (their data, from `out_edges` / `in_edges`) in a
        few queries rather than one each."""
        from mandate_graph.graph.lineage import EvidenceRef

        waiting = {e._row: e for e in edges if isinstance(e, _EdgeData) and e._decoded is None}
        con = self.connection()
        for table, rows in (("main.edges", [r for r in waiting if r > 0]), ("ov.edges", [-r for r in waiting if r < 0])):
            sign = 1 if table == "main.edges" else -1
            for start in range(0, len(rows), 500):
                chunk = rows[start:start + 500]
                marks = ",".join("?" * len(chunk))
                for row, evidence in con.execute(f"SELECT rowid, evidence FROM {table} WHERE rowid IN ({marks})", chunk):
                    waiting[sign * row]._decoded = [EvidenceRef(document=d, quote=q, paragraph=p, iri=i)
                                                    for d, q, p, i in json.loads(evidence)]

    def evidence(self, row: int) -> list[EvidenceRef]:
        from mandate_graph.graph.lineage import EvidenceRef

        table = "main.edges" if row > 0 else "ov.edges"
        found = self.connection().execute(f"SELECT evidence FROM {table} WHERE rowid = ?", (abs(row),)).fetchone()
        if found is None:
            raise sqlite3.DatabaseError(f"edge {row} has gone from the file")
        return [EvidenceRef(document=d, quote=q, paragraph=p, iri=i) for d, q, p, i in json.loads(found[0])]

    def number_of_nodes(self) -> int:
        return self.counts[0]

    def number_of_edges(self) -> int:
        return self.counts[1]

    # What an update in place reads of the view (`graph.lineage_update`).

    def origin_iris(self, graphs: Iterable[str]) -> set[str]:
        """The IRIs the view records as fed by ``graphs`` (their origins when it was written)."""
        con = self.connection()
        found: set[str] = set()
        for graph in graphs:
            if self.base is not None and con.execute("SELECT 1 FROM ov.graphs WHERE name = ?", (graph,)).fetchone():
                found.update(row[0] for row in con.execute("SELECT iri FROM ov.origins WHERE graph = ?", (graph,)))
            else:
                found.update(row[0] for row in con.execute(
                    "SELECT o.iri FROM main.origins o JOIN main.graphs g ON g.id = o.graph WHERE g.name = ?", (graph,)))
        return found

    def node_rows(self, iris: Iterable[str]) -> dict[str, NodeRow]:
        """The attributes the view has for those of ``iris`` that are nodes of it."""
        found = {iri: self.node_row(iri) for iri in iris}
        return {iri: row for iri, row in found.items() if row is not None}

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
(``.partial``) and renamed when complete; a file cut short afterwards is caught by its size
against the page count its header records, and a damaged one by SQLite itself
(`sqlite3.DatabaseError`, raised to the caller, which rebuilds).
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import struct
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

if TYPE_CHECKING:
    from mandate_graph.graph.lineage import EvidenceRef, LineageGraph

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


# ----------------------------------------------------------------------- updating in place

NodeRow = tuple[str | None, str | None, str | None, str | None, str | None]  # kind, label, date, end, date_from
EdgeRow = tuple[str, str, str, str, str]  # source, target, relation, subject, evidence (`evidence_json`)
_UNTYPED: NodeRow = (None, None, None, None, None)  # a node that is only the end of an edge


@dataclass(frozen=True)
class ViewChange:
    """What a write changed in a saved view, read from the store as it is now
    (`graph.lineage_update`); `update_view` applies it to a copy of the file."""

    graphs: frozenset[str]  # the named graphs written: their origins are replaced by ``origins``
    origins: Mapping[str, set[str]]  # their origins now (and those of graphs sharing evidence nodes with them)
    subjects: frozenset[str]  # every edge whose triple has one of these subjects is replaced...
    edges: tuple[EdgeRow, ...]  # ...by these
    nodes: Mapping[str, NodeRow | None]  # nodes read again: their attributes, None when not typed now


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)


def saved_key(path: Path) -> str | None:
    """The key a saved view file was written under; None when it is unreadable or has no
    origins (then it cannot be updated in place)."""
    try:
        _check_size(path)
        con = _read_only(path)
        try:
            meta = dict(con.execute("SELECT name, value FROM meta").fetchall())
        finally:
            con.close()
    except (ViewFileError, sqlite3.Error, OSError):
        return None
    if meta.get("format") != FORMAT or meta.get("origins") != "1":
        return None
    return meta.get("key")


def origin_iris(path: Path, graphs: Iterable[str]) -> set[str]:
    """The IRIs the file records as fed by ``graphs`` (their origins when it was written)."""
    con = _read_only(path)
    try:
        found: set[str] = set()
        for graph in graphs:
            found.update(row[0] for row in con.execute(
                "SELECT o.iri FROM origins o JOIN graphs g ON g.id = o.graph WHERE g.name = ?", (graph,)))
        return found
    finally:
        con.close()


def node_rows(path: Path, iris: Iterable[str]) -> dict[str, NodeRow]:
    """The attributes the file has for those of ``iris`` that are nodes of the view."""
    con = _read_only(path)
    try:
        found: dict[str, NodeRow] = {}
        for iri in iris:
            row = con.execute("SELECT kind, label, date, end_date, date_from FROM nodes WHERE iri = ?", (iri,)).fetchone()
            if row is not None:
                found[iri] = row
        return found
    finally:
        con.close()


def update_view(old: Path, new: Path, key: str, change: ViewChange, still_current: Callable[[], bool] = lambda: True) -> int | None:
    """Write to ``new`` under ``key`` the view of ``old`` with ``change`` applied: the edges
    of ``change.subjects`` replaced, the nodes read again set, the nodes left without a type
    or an edge removed, the origins of the graphs written replaced. Copy on write: ``old`` is
    copied beside ``new`` and changed there in one transaction, then renamed into place, so a
    reader of either file (another process, a hard link in a snapshot) never sees half an
    update, and a process killed meanwhile leaves ``old`` as it was. Returns the edges changed;
    None, with nothing renamed into place, when ``still_current()`` says at the end that the
    store has been written to since the change was read (the file would name a content it
    does not show)."""
    partial = new.with_name(new.name + ".partial")
    partial.unlink(missing_ok=True)
    shutil.copyfile(old, partial)
    con = sqlite3.connect(partial, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = OFF")  # the copy is not visible until renamed
        con.execute("PRAGMA synchronous = OFF")
        con.execute("BEGIN")
        counts = dict(con.execute("SELECT name, value FROM meta WHERE name IN ('nodes', 'edges')").fetchall())
        nodes, edges = int(counts.get("nodes", 0)), int(counts.get("edges", 0))
        ends: set[str] = set()  # nodes that lost or gained an edge: still in the view?
        gone = []
        for subject in change.subjects:
            for rowid, source, target in con.execute(
                    "SELECT rowid, source, target FROM edges WHERE source = ?1 AND subject = ?1 UNION ALL "
                    "SELECT rowid, source, target FROM edges WHERE target = ?1 AND subject = ?1", (subject,)):
                gone.append((rowid,))
                ends.update((source, target))
        con.executemany("DELETE FROM edges WHERE rowid = ?", gone)
        con.executemany("INSERT INTO edges VALUES (?, ?, ?, ?, ?)", change.edges)
        ends.update(e[0] for e in change.edges)
        ends.update(e[1] for e in change.edges)
        edges += len(change.edges) - len(gone)
        for iri in ends | set(change.nodes):
            attributes = change.nodes.get(iri)
            had = con.execute("SELECT kind FROM nodes WHERE iri = ?", (iri,)).fetchone()
            typed = attributes is not None if iri in change.nodes else (had is not None and had[0] is not None)
            if not typed and not con.execute(
                    "SELECT 1 FROM edges WHERE source = ?1 UNION ALL SELECT 1 FROM edges WHERE target = ?1 LIMIT 1",
                    (iri,)).fetchone():
                if had is not None:
                    con.execute("DELETE FROM nodes WHERE iri = ?", (iri,))
                    nodes -= 1
                continue
            if iri in change.nodes or had is None:
                con.execute("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?, ?, ?)", (iri, *(attributes or _UNTYPED)))
                nodes += had is None
        con.executemany("DELETE FROM origins WHERE graph = (SELECT id FROM graphs WHERE name = ?)",
                        ((g,) for g in change.graphs))
        _add_origins(con, dict(change.origins))
        con.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                        [("key", key), ("nodes", str(nodes)), ("edges", str(edges))])
        con.execute("COMMIT")
    finally:
        con.close()
    if not still_current():
        partial.unlink(missing_ok=True)
        return None
    os.replace(partial, new)
    return len(gone) + len(change.edges)


def _check_size(path: Path) -> None:
    """A file cut short: its size against the page size × page count its header records
    (bytes 16–17 and 28–31 of a SQLite file, valid when the two change counters agree)."""
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
    changes, pages, valid_for = struct.unpack(">I", header[24:28])[0], *struct.unpack(">II", header[28:36])
    if changes == valid_for and size != page_size * pages:
        raise ViewFileError(f"cut short: {size} bytes of {page_size * pages}")


def open_view(path: Path, key: str, any_revision: bool = False) -> "DiskLineageGraph":
    """The view saved in ``path`` under ``key`` (``revision:fingerprint``; ``any_revision``:
    the fingerprint only, for a file that belongs to a read-only snapshot of the store).
    Raises `ViewFileError` when there is none, when it was saved under another key (another
    revision of the store, other rules), or when it is cut short or damaged."""
    _check_size(path)
    graph = DiskLineageGraph(path)
    try:
        meta = dict(graph.connection().execute("SELECT name, value FROM meta").fetchall())
    except sqlite3.DatabaseError as exc:
        raise ViewFileError(f"damaged: {exc}") from None
    saved_key = meta.get("key") or ""
    if any_revision:
        saved_key, key = saved_key.partition(":")[2], key.partition(":")[2]
    if meta.get("format") != FORMAT or saved_key != key:
        raise ViewFileError("saved for another revision of the store (or other lineage rules)")
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

Edge = tuple[str, str, str, _EdgeData]


class DiskLineageGraph:
    """A saved lineage view, read in place: what `graph.lineage.walk_graph` asks of a graph.

    One SQLite connection per thread (the server answers requests in several); the file is
    opened immutable (it never changes once renamed into place; a new view is a new file).
    The attributes of the nodes seen are kept in memory (bounded), and the edges of the
    last node asked for, since the walk asks for its out- then its in-edges."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.counts = (0, 0)
        self.nodes = _NodeAttributes(self)
        self._local = threading.local()
        self._node_cache: dict[str, dict[str, Any] | None] = {}

    def connection(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro&immutable=1", uri=True, check_same_thread=False)
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

    def node(self, iri: str) -> dict[str, Any] | None:
        try:
            return self._node_cache[iri]
        except KeyError:
            pass
        row = self.connection().execute(
            "SELECT kind, label, date, end_date, date_from FROM nodes WHERE iri = ?", (iri,)).fetchone()
        found = None if row is None else self._attributes(*row)
        self._remember(iri, found)
        return found

    def __contains__(self, iri: object) -> bool:
        return isinstance(iri, str) and self.node(iri) is not None

    def _edges(self, node: str) -> tuple[list[Edge], list[Edge]]:
        """The out- and in-edges of ``node``, as networkx gives them with keys and data."""
        local = self._local
        if getattr(local, "edges_of", None) == node:
            return local.edges
        out: list[Edge] = []
        into: list[Edge] = []
        for outgoing, row, other, relation, subject, *attrs in self.connection().execute(_EDGES_OF, (node,)):
            if other not in self._node_cache:
                self._remember(other, self._attributes(*attrs))
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
        rows = list(waiting)
        con = self.connection()
        for start in range(0, len(rows), 500):
            chunk = rows[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for row, evidence in con.execute(f"SELECT rowid, evidence FROM edges WHERE rowid IN ({marks})", chunk):
                waiting[row]._decoded = [EvidenceRef(document=d, quote=q, paragraph=p, iri=i)
                                         for d, q, p, i in json.loads(evidence)]

    def evidence(self, row: int) -> list[EvidenceRef]:
        from mandate_graph.graph.lineage import EvidenceRef

        found = self.connection().execute("SELECT evidence FROM edges WHERE rowid = ?", (row,)).fetchone()
        if found is None:
            raise sqlite3.DatabaseError(f"edge {row} has gone from the file")
        return [EvidenceRef(document=d, quote=q, paragraph=p, iri=i) for d, q, p, i in json.loads(found[0])]

    def number_of_nodes(self) -> int:
        return self.counts[0]

    def number_of_edges(self) -> int:
        return self.counts[1]

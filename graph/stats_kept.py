"""The statistics' figures kept per named graph in an SQLite file beside the store, and
brought up to date after a write from the named graphs written (`graph.stats` reads them).

Counting them over the whole store (`graph.stats.collect`) took 1.35 CPU s at 1 M triples and
~16.5 at 10 M on the first start after every write. Each figure is a sum over the named graphs,
or a count of distinct things that several graphs may hold:

- quads: per graph, its quads (summed: a quad is in one graph);
- graphs: the named graphs the store has (one may have no quads left);
- sources: the graphs that say they are one (``<g> a mg:SourceGraph`` in ``g``);
- per class, the distinct subjects typed with it, and per relation the distinct pairs it
  links (their text, ``CONCAT(STR(?x), ' ', STR(?y))``, as `graph.stats.collect` counts them):
  *not* additive, since a body is typed in every document that names it. So the file keeps,
  per graph, the keys it holds (``held``), and per key the number of graphs that hold it
  (``keys``); a class's or relation's count (``counts``) moves when a key's number of graphs
  goes from or to 0. A key is kept as a 128-bit digest of its text (what identifies it, in 16
  bytes where an evidence node's IRI or a pair's text takes 60-200: two keys share one with a
  chance of about n²/2¹²⁹, 10⁻²⁶ for the ~2 M keys of 10 M triples).

After a write to the graphs T (`graph.store` says which), T's rows are read again from the
store (each one's quads, whether it is a source, its typed subjects and its pairs: the graph's
own quads only), T's old rows subtracted and the new ones added. A graph dropped has nothing
left to add.

Same rules as the other files beside the store (`graph.member_values`, `graph.status_rows`):
``meta`` holds the format (with the classes and relations counted) and the revision token of
the store content the rows are of (`graph.store.revision`); a file of another format is
rebuilt, one of an older revision brought up to date from the record of the graphs written
since, or rebuilt from the whole store when that is not known (a gap, an update of unknown
graphs). Each update or rebuild is one SQLite transaction with the token. A file that SQLite
finds damaged, or cut short, is removed and rebuilt with a log line. Only when the default
graph is empty (every quad in a named graph, as this project writes them); otherwise the file
says so (``complete`` 0) and `graph.stats` counts over the store as before. Beside a store open
read-only, or in memory, the file is in memory; the read-only snapshot of `mandates serve
--workers N` reads a copy of the file kept beside the store instead (`graph.view_copies`).
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
import weakref
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from mandate_graph.graph import subject_quads, view_copies, whole_store_reads
from mandate_graph.graph.lineage_file import (
    ViewFileReads, reopen_view_file,
)
# The lists' rule for when a view kept per named graph is whole (`graph.member_values`).
from mandate_graph.graph.member_values import default_graph_empty
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import StoreRevision


FORMAT = "1"
FILE = "statistics.sqlite"
# What this file replaces: the statistics saved whole as JSON by earlier versions.
_REPLACED = ("statistics.json",)

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE graphs (id INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL, named INTEGER, quads INTEGER, source INTEGER);
CREATE TABLE held (graph INTEGER, kind INTEGER, key BLOB, PRIMARY KEY (graph, kind, key)) WITHOUT ROWID;
CREATE TABLE keys (kind INTEGER, key BLOB, graphs INTEGER, PRIMARY KEY (kind, key)) WITHOUT ROWID;
CREATE TABLE counts (kind INTEGER PRIMARY KEY, n INTEGER);
"""
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# The rows of ``counts`` past the kinds: the sums over ``graphs``.
QUADS, GRAPHS, SOURCES = -1, -2, -3


@dataclass(frozen=True)
class Figures:
    """What the file counts: the sums, and per kind (a class's or a relation's name) its count."""

    quads: int
    graphs: int
    sources: int
    counts: dict[str, int]


@dataclass(frozen=True)
class _GraphRow:
    """One named graph's part: whether the store has it, its quads, whether it is a source,
    and the keys it holds (kind number, digest)."""

    named: bool
    quads: int
    source: bool
    keys: frozenset[tuple[int, bytes]]


def digest(text: str) -> bytes:
    """A key as the file keeps it (see the module docstring)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


class StatsFile(ViewFileReads):
    """The figures of one store in one SQLite file (see the module docstring). ``classes``
    and ``relations``: (name, property or class IRI) of what is counted, in their order."""

    def __init__(self, path: Path | None, classes: Sequence[tuple[str, str]], relations: Sequence[tuple[str, str]],
                 handed_over: str | None = None) -> None:
        """``handed_over``: ``path`` is a copy handed to a read-only process, of the store
        content that revision token names (`graph.view_copies`)."""
        self.path = path
        self.handed_over = handed_over is not None
        self._handed_over_revision = handed_over
        self.kinds = [name for name, _ in (*classes, *relations)]
        self._classes = {iri: at for at, (_, iri) in enumerate(classes)}
        self._relations = {iri: len(classes) + at for at, (_, iri) in enumerate(relations)}
        self.format = hashlib.sha256(repr((FORMAT, _SCHEMA, tuple(classes), tuple(relations))).encode()).hexdigest()[:16]
        self._lock = threading.RLock()
        self._update_lock = threading.Lock()
        self._generation: int | None = None  # the store generation the file is at, in this process
        self.last_update: dict[str, Any] = {}  # how the last `current` found the file (tests, benches)
        self._db = self._open()

    # the file -----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        if self.handed_over and self.path is not None:
            copy = view_copies.open_copy(self.path, {"format": self.format, "revision": self._handed_over_revision or ""},
                                         "the statistics", self._connect)
            if copy is not None:
                return copy
            self.handed_over, self.path = False, None
        kept = reopen_view_file(self.path, "format", self.format, "the statistics", self._connect,
                                probe="SELECT count(*) FROM counts")
        if kept is not None:
            return kept
        db = self._connect()
        db.executescript(_SCHEMA)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", self.format), ("revision", ""), ("complete", "1")])
        return db

    @property
    def _what(self) -> str:
        return "the statistics"

    def figures(self) -> Figures:
        """The figures as the file has them (`current` first)."""
        found = dict(self.read("SELECT kind, n FROM counts"))
        return Figures(int(found.get(QUADS, 0)), int(found.get(GRAPHS, 0)), int(found.get(SOURCES, 0)),
                       {name: int(found.get(at, 0)) for at, name in enumerate(self.kinds)})

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
        elif changed is not None and self.complete and default_graph_empty(store):
            self._update(store, changed, token)
            how = "updated"
        else:
            whole_store_reads.check("the statistics")
            self._build(store, token)
            how = "built"
        self._generation = generation
        self.last_update = {"how": how, "graphs": -1 if changed is None else len(changed),
                            "cpu_s": time.process_time() - started}

    def _build(self, store: GraphStore, token: str | None) -> None:
        """Every graph's row and keys read from the whole store, in one transaction."""
        complete = default_graph_empty(store)
        quads: dict[str, int] = {}
        sources: set[str] = set()
        if complete:
            for g, n in _solutions(store, "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
                quads[g.value] = int(n.value)
            sources = {g.value for (g,) in _solutions(store, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?g a mg:SourceGraph } }")}
        names = store.named_graphs() if complete else []
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                for table in ("graphs", "held", "keys", "counts"):
                    db.execute(f"DELETE FROM {table}")
                db.executemany("INSERT INTO graphs (name, named, quads, source) VALUES (?, 1, ?, ?)",
                               ((g, quads.get(g, 0), g in sources) for g in names))
                ids = dict(db.execute("SELECT name, id FROM graphs"))
                if complete:  # in the table's order: SQLite appends to its B-tree rather than inserting all over it
                    db.executemany("INSERT OR IGNORE INTO held VALUES (?, ?, ?)", sorted(self._keys_read(store, None, ids)))
                db.execute("INSERT INTO keys SELECT kind, key, count(*) FROM held GROUP BY kind, key")
                db.execute("INSERT INTO counts SELECT kind, count(*) FROM keys GROUP BY kind")
                db.execute(f"""INSERT INTO counts SELECT {QUADS}, coalesce(sum(quads), 0) FROM graphs
                               UNION ALL SELECT {GRAPHS}, count(*) FROM graphs WHERE named
                               UNION ALL SELECT {SOURCES}, count(*) FROM graphs WHERE source""")
                self._set_meta(db, token, complete)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _keys_read(self, store: GraphStore, graph: str | None, ids: Mapping[str | None, int]) -> Iterator[tuple[int, int, bytes]]:
        """(graph id, kind, digest) of the typed subjects and relation pairs in ``graph`` (in
        every named graph: None), each graph's own quads."""
        where = f"GRAPH <{graph}>" if graph is not None else "GRAPH ?g"
        pick = "" if graph is not None else "?g"
        classes = " ".join(f"<{iri}>" for iri in self._classes)
        relations = " ".join(f"<{iri}>" for iri in self._relations)
        for row in _solutions(store, f"SELECT ?t ?s {pick} WHERE {{ VALUES ?t {{ {classes} }} {where} {{ ?s a ?t }} }}"):
            t, s, *g = row
            yield ids[g[0].value if g else graph], self._classes[t.value], digest(str(s))
        for row in _solutions(store, f"""SELECT ?t ?k {pick} WHERE {{ VALUES ?t {{ {relations} }} {where} {{ ?x ?t ?y }}
                                           BIND(CONCAT(STR(?x), ' ', STR(?y)) AS ?k) FILTER(BOUND(?k)) }}"""):
            t, k, *g = row
            yield ids[g[0].value if g else graph], self._relations[t.value], digest(k.value)

    def _graph_row(self, store: GraphStore, graph: str) -> _GraphRow:
        """What ``graph`` holds now (read from the store: the graph's own quads only)."""
        named = _ask(store, f"ASK {{ GRAPH <{graph}> {{ }} }}")
        quads = next(iter(_solutions(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")))[0]
        source = _ask(store, f"ASK {{ GRAPH <{graph}> {{ <{graph}> a mg:SourceGraph }} }}")
        native = subject_quads.native_of(store)
        lent = subject_quads.reads_of(native) if native is not None else None
        by_predicate = lent.by_predicate(graph) if isinstance(lent, subject_quads.SubjectQuads) else None
        keys = self._keys_of_quads(by_predicate) if by_predicate is not None else None
        if keys is None:
            keys = frozenset((kind, key) for _, kind, key in self._keys_read(store, graph, {graph: 0}))
        return _GraphRow(named, int(quads.value), source, keys)

    def _keys_of_quads(self, by_predicate: Mapping[str, Sequence[ox.Quad]]) -> frozenset[tuple[int, bytes]] | None:
        """What `_keys_read` gives for one graph, from its quads by predicate (read once for
        every view after a load: `graph.subject_quads`), its rows costing ~7 µs each in
        Python; None when a subject is not an IRI (a blank node's label is the store's)."""
        keys: set[tuple[int, bytes]] = set()
        for quad in by_predicate.get(_RDF_TYPE, ()):
            subject, kind = quad.subject, self._classes.get(quad.object.value) if isinstance(quad.object, ox.NamedNode) else None
            if kind is None:
                continue
            if not isinstance(subject, ox.NamedNode):
                return None
            keys.add((kind, digest(str(subject))))
        for predicate, kind in self._relations.items():
            for quad in by_predicate.get(predicate, ()):
                subject, value = quad.subject, quad.object
                # ``CONCAT(STR(?x), ' ', STR(?y))``: unbound (the row left out) for a blank node or a triple
                if isinstance(subject, ox.NamedNode) and isinstance(value, (ox.NamedNode, ox.Literal)):
                    keys.add((kind, digest(f"{subject.value} {value.value}")))
                elif not isinstance(subject, (ox.NamedNode, ox.BlankNode, ox.Triple)) or \
                        not isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode, ox.Triple)):
                    return None
        return frozenset(keys)

    def _update(self, store: GraphStore, graphs: set[str], token: str | None) -> None:
        """The figures after a write to ``graphs`` (see the module docstring)."""
        now = {g: self._graph_row(store, g) for g in sorted(graphs)}
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                sums = Counter[int]()
                delta = Counter[tuple[int, bytes]]()
                for name, row in now.items():
                    found = db.execute("SELECT id, named, quads, source FROM graphs WHERE name = ?", (name,)).fetchone()
                    if found is not None:
                        gid, named, quads, source = found
                        sums.update({GRAPHS: -named, QUADS: -quads, SOURCES: -source})
                        delta.subtract(Counter((kind, bytes(key)) for kind, key in db.execute(
                            "SELECT kind, key FROM held WHERE graph = ?", (gid,))))
                        db.execute("DELETE FROM held WHERE graph = ?", (gid,))
                    if not row.named and not row.quads:  # gone from the store
                        db.execute("DELETE FROM graphs WHERE name = ?", (name,))
                        continue
                    db.execute("INSERT INTO graphs (name, named, quads, source) VALUES (?, ?, ?, ?) ON CONFLICT (name) "
                               "DO UPDATE SET named = excluded.named, quads = excluded.quads, source = excluded.source",
                               (name, row.named, row.quads, row.source))
                    gid = db.execute("SELECT id FROM graphs WHERE name = ?", (name,)).fetchone()[0]
                    db.executemany("INSERT INTO held VALUES (?, ?, ?)", ((gid, kind, key) for kind, key in row.keys))
                    sums.update({GRAPHS: row.named, QUADS: row.quads, SOURCES: row.source})
                    delta.update(row.keys)
                sums.update(self._apply_keys(db, {k: d for k, d in delta.items() if d}))
                db.executemany("INSERT INTO counts VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET n = n + excluded.n",
                               ((kind, n) for kind, n in sums.items() if n))
                self._set_meta(db, token, True)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    @staticmethod
    def _apply_keys(db: sqlite3.Connection, delta: dict[tuple[int, bytes], int]) -> Counter[int]:
        """Each key's number of graphs moved by its ``delta``; how each kind's count moves
        (a key held by no graph before, or by none after). In a few statements over a
        temporary table of the moves, where a load's ~25,000 keys took two statements each."""
        moved = Counter[int]()
        db.execute("CREATE TEMP TABLE IF NOT EXISTS key_moves (kind INTEGER, key BLOB, by INTEGER, PRIMARY KEY (kind, key)) "
                   "WITHOUT ROWID")
        db.execute("DELETE FROM key_moves")
        db.executemany("INSERT INTO key_moves VALUES (?, ?, ?)", ((kind, key, by) for (kind, key), by in delta.items()))
        before_after = ("SELECT m.kind, m.key, coalesce(k.graphs, 0) AS before, coalesce(k.graphs, 0) + m.by AS after "
                        "FROM key_moves m LEFT JOIN keys k ON k.kind = m.kind AND k.key = m.key")
        lowest = db.execute(f"SELECT min(after) FROM ({before_after})").fetchone()[0]
        if lowest is not None and lowest < 0:  # the file disagrees with itself: rebuilt by the caller
            raise sqlite3.DatabaseError(f"a key held by {lowest} graphs")
        for kind, gained, lost in db.execute(f"SELECT kind, sum(before = 0 AND after > 0), sum(before > 0 AND after = 0) "
                                             f"FROM ({before_after}) GROUP BY kind"):
            moved[kind] += gained - lost
        db.execute(f"DELETE FROM keys WHERE (kind, key) IN (SELECT kind, key FROM ({before_after}) WHERE after = 0)")
        db.execute(f"INSERT OR REPLACE INTO keys SELECT kind, key, after FROM ({before_after}) WHERE after > 0")
        db.execute("DELETE FROM key_moves")
        return moved

    @staticmethod
    def _set_meta(db: sqlite3.Connection, token: str | None, complete: bool) -> None:
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                       [("revision", token or ""), ("complete", "1" if complete else "0")])


def _solutions(store: GraphStore, sparql: str) -> Iterable[Any]:
    result = store.query(sparql)
    assert isinstance(result, ox.QuerySolutions)
    return result


def _ask(store: GraphStore, sparql: str) -> bool:
    result = store.query(sparql)
    assert isinstance(result, ox.QueryBoolean)
    return bool(result)


# ------------------------------------------------------------------------------ one file per store

_files: weakref.WeakKeyDictionary[GraphStore, StatsFile] = weakref.WeakKeyDictionary()
_files_lock = threading.Lock()


def _kept_in(store: GraphStore) -> Path | None:
    """The views folder of an on-disk store open for writing (None: kept in memory)."""
    revision = getattr(store, "revision", None)
    return revision.folder if isinstance(revision, StoreRevision) and revision.writable else None


def stats_file(store: GraphStore, classes: Sequence[tuple[str, str]], relations: Sequence[tuple[str, str]]) -> StatsFile:
    """The store's statistics file (made on first use; closed when the store goes), at the
    store's current generation."""
    with _files_lock:
        found = _files.get(store)
        if found is None:
            folder = _kept_in(store)
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
                for name in _REPLACED:
                    (folder / name).unlink(missing_ok=True)
            copy = view_copies.handed_over(store, FILE) if folder is None else None
            found = _files[store] = StatsFile(folder / FILE if folder else copy[0] if copy else None, classes, relations,
                                              copy[1] if copy else None)
            weakref.finalize(store, found.close)
    return found.current(store)


def how_kept(store: GraphStore) -> str:
    """How the store's statistics file was last found (``read back``, ``updated``, ``built``,
    ``unchanged``; "" when not opened): for tests and benchmarks."""
    with _files_lock:
        found = _files.get(store)
    return str(found.last_update.get("how", "")) if found is not None else ""

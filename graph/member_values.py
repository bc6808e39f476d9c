"""The values of a collection's members, kept per named graph in an SQLite file beside the
store and read in place: by member, by key, a page at a time.

A collection (`graph.sort_parts.MemberSpec`: its types and a few predicate paths) has as
members the IRIs typed with one of its types, and each member has its values of the paths:
one hop from the member, so every value is a quad of the member in some named graph. The
file keeps them as the store has them, per graph (``rows``: graph, member, kind, term), and,
per member, what a user of the values derives from all of its rows (`Derivation`: a sort
key, the member's names). After a write to the graphs T (`graph.store` says which):

- the rows of T are read again (their types; their values of members of the store now);
- the members new to the collection (typed in T only now) have their values in the other
  graphs read too (those graphs' rows left them out while they were not members);
- every member with rows in T before or after, and every new one, is derived again from
  its rows in the file (dropped when it has no type left).

So a write reads the graphs it wrote, not the store (12 s at 10 M triples for the
instruments), and nothing is loaded whole: the saved JSON this replaces (30 MB at 10 M) took
1.6 s to read back after every write.

Same rules as the other files beside the store (`graph.search_index`, `graph.lineage_file`):
the ``meta`` table holds the format (code version and the collection's spec) and the
revision token of the store content the rows are of (`graph.store.revision`); a file of
another format is rebuilt, one of an older revision is brought up to date from the record of
the graphs written since, or rebuilt when that is not known (a SPARQL Update, a gap). Each
update or rebuild is one SQLite transaction that also writes the token (a rollback journal:
a process killed half-way leaves the file at the content it had). A file that SQLite finds
damaged, or cut short against its header, is removed and rebuilt, with a log line.

Only when the default graph is empty (every quad in a named graph, as this project writes
them); otherwise the file says so (``complete`` false, no rows) and the caller reads the
store as before. Beside a store open read-only, or in memory, the file is in memory; the
read-only snapshot of `mandates serve --workers N` reads a copy of the file kept beside the
store instead (`graph.view_copies`).
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
import threading
import time
import weakref
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Collection, Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from mandate_graph.graph import subject_quads, view_copies, whole_store_reads
from mandate_graph.graph.lineage_file import (
    ViewFileReads, reopen_view_file,
)
from mandate_graph.graph.namespaces import PREFIXES
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.oxigraph import OxigraphStore
from mandate_graph.graph.store.revision import StoreRevision


FORMAT = "1"

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
CREATE TABLE rows (graph TEXT, member TEXT, kind TEXT, term_kind TEXT, term TEXT, extra TEXT,
                   PRIMARY KEY (graph, member, kind, term_kind, term, extra)) WITHOUT ROWID;
CREATE INDEX rows_by_member ON rows (member, kind);
"""

SortTerm = ox.NamedNode | ox.Literal | ox.BlankNode
# A term as kept: kind ("i" IRI, "l" literal, "b" blank node), its text, and a literal's
# datatype IRI or "@" and its language.
Encoded = tuple[str, str, str]
Row = tuple[str, Encoded]  # (the value's kind of key: "t" for a type, else SORT_VALUES' name, term)
# Members' IRIs per VALUES clause (a longer text is slower to parse than to split).
BATCH = 2000
# At most this many graphs named in a filter of the rows read (`MemberSpec._read`'s ``besides``).
BESIDES_MAX = 500


def encode(term: SortTerm) -> Encoded:
    if isinstance(term, ox.NamedNode):
        return ("i", term.value, "")
    if isinstance(term, ox.BlankNode):
        return ("b", term.value, "")
    return ("l", term.value, f"@{term.language}" if term.language else term.datatype.value)


def decode(encoded: Sequence[str]) -> SortTerm:
    kind, value, extra = encoded
    if kind == "i":
        return ox.NamedNode(value)
    if kind == "b":
        return ox.BlankNode(value)
    if extra.startswith("@"):
        return ox.Literal(value, language=extra[1:])
    return ox.Literal(value, datatype=ox.NamedNode(extra))


@dataclass(frozen=True)
class MemberSpec:
    """A collection's types and the paths of the values kept of its members (SPARQL, with
    the store's prefixes; a name for each: the kind of the value)."""

    types: tuple[str, ...]
    paths: tuple[tuple[str, str], ...]

    def _types(self) -> str:
        return "VALUES ?t { " + " ".join(f"<{t}>" for t in self.types) + " }"

    def _read(self, store: GraphStore, graph: str | None = None, subjects: Sequence[str] = (),
              members_among: Callable[[list[str]], set[str]] | None = None,
              besides: Collection[str] = ()) -> dict[str, dict[str, list[Row]]]:
        """Rows (graph -> member -> rows): the types, and the values of the members of the
        store as it is now; in ``graph`` only (else every named graph); of ``subjects`` only
        (else of every member; the subjects' types are not read then). Each branch names its
        graph or subjects itself: a VALUES outside the UNION would be joined after it, each
        branch reading the whole store first. ``members_among``: which of the subjects with
        values but no type in ``graph`` are members (by default, asked of the store). ``besides``:
        graphs whose rows of ``subjects`` may be left out (a load's new members' values in the
        graphs it wrote, already read: most of the rows, which cost ~7 µs each in Python)."""
        where = f"GRAPH <{graph}>" if graph is not None else "GRAPH ?g"
        skip = sorted(g for g in besides if _NOT_IN_IRIS.isdisjoint(g)) if graph is None and len(besides) <= BESIDES_MAX else []
        leave_out = f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in skip)}))" if skip else ""
        bind = f"BIND(<{graph}> AS ?g)" if graph is not None else ""
        if subjects:
            pick = "VALUES ?s { " + " ".join(f"<{s}>" for s in subjects) + " }"
            branches = [f"{{ {pick} {where} {{ ?s {path} ?v }} {leave_out} BIND(\"{kind}\" AS ?k) {bind} }}" for kind, path in self.paths]
        else:
            # In one graph, its values of any subject (few), kept for the members below; in
            # every graph, the members' values (the join is the cheaper way round there).
            member = f"{self._types()} ?s a ?t FILTER(isIRI(?s))" if graph is None else "FILTER(isIRI(?s))"
            branches = [f"{{ {where} {{ {self._types()} ?s a ?t }} FILTER(isIRI(?s)) BIND(\"t\" AS ?k) BIND(?t AS ?v) {bind} }}"]
            branches += [f"{{ {where} {{ ?s {path} ?v }} {member} BIND(\"{kind}\" AS ?k) {bind} }}" for kind, path in self.paths]
        found: dict[str, dict[str, list[Row]]] = {}
        result = store.query(f"SELECT DISTINCT ?g ?s ?k ?v WHERE {{ {' UNION '.join(branches)} }}")
        assert isinstance(result, ox.QuerySolutions)
        for g, s, k, v in result:
            if isinstance(v, (ox.NamedNode, ox.Literal, ox.BlankNode)) and isinstance(s, ox.NamedNode):
                found.setdefault(g.value, {}).setdefault(s.value, []).append((k.value, encode(v)))
        if graph is not None and not subjects:  # only the members' values
            self._keep_members(store, found.setdefault(graph, {}), members_among)
        return found

    def _keep_members(self, store: GraphStore, part: dict[str, list[Row]],
                      members_among: Callable[[list[str]], set[str]] | None) -> None:
        """``part`` (one graph's rows, by subject) without the subjects that have values but
        no type in it and are no members (see `_read`)."""
        untyped = [s for s, rows in part.items() if all(k != "t" for k, _ in rows)]
        members = members_among(untyped) if members_among is not None else self._members_among(store, untyped)
        for s in [s for s, rows in part.items() if s not in members and all(k != "t" for k, _ in rows)]:
            del part[s]

    def predicates(self) -> tuple[tuple[str, frozenset[str]], ...] | None:
        """Each path's kind and the predicate IRIs it is an alternative of, when every path is
        one (``p``, ``p1|p2``: prefixed names of `PREFIXES` or IRIs), else None."""
        found = []
        for kind, path in self.paths:
            iris = set()
            for part in path.split("|"):
                part = part.strip()
                name = _PREFIXED.fullmatch(part)
                if name is not None and name[1] in PREFIXES:
                    iris.add(PREFIXES[name[1]] + name[2])
                elif part.startswith("<") and part.endswith(">") and _NOT_IN_IRIS.isdisjoint(part[1:-1]):
                    iris.add(part[1:-1])
                else:
                    return None
            found.append((kind, frozenset(iris)))
        return tuple(found)

    def read_quads(self, store: GraphStore, by_predicate: Mapping[str, Sequence[ox.Quad]],
                   members_among: Callable[[list[str]], set[str]] | None = None) -> dict[str, list[Row]]:
        """What ``_read(store, graph, members_among=…)`` gives for the graph, from its quads by
        predicate (`graph.subject_quads.SubjectQuads.by_predicate`) when the paths are single
        predicates (`predicates`; the caller checks it): the same rows, in another order (the
        file keeps them as a set). The per-graph SPARQL query's rows cost ~7 µs each in Python,
        a quad here ~1."""
        paths = self.predicates()
        assert paths is not None
        types = frozenset(self.types)
        part: dict[str, dict[Row, None]] = {}
        for quad in by_predicate.get(_RDF_TYPE, ()):
            subject, value = quad.subject, quad.object
            if isinstance(subject, ox.NamedNode) and isinstance(value, ox.NamedNode) and value.value in types:
                part.setdefault(subject.value, {})[("t", ("i", value.value, ""))] = None
        for kind, iris in paths:
            for iri in iris:
                for quad in by_predicate.get(iri, ()):
                    subject, value = quad.subject, quad.object
                    if isinstance(subject, ox.NamedNode) and isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
                        part.setdefault(subject.value, {})[(kind, encode(value))] = None
        rows = {s: list(found) for s, found in part.items()}
        self._keep_members(store, rows, members_among)
        return rows

    def _members_among(self, store: GraphStore, subjects: list[str]) -> set[str]:
        """Those of ``subjects`` that have one of the types in some graph."""
        found: set[str] = set()
        for batch in batches(subjects):
            pick = "VALUES ?s { " + " ".join(f"<{s}>" for s in batch) + " }"
            result = store.query(f"SELECT DISTINCT ?s WHERE {{ {pick} {self._types()} ?s a ?t }}")
            assert isinstance(result, ox.QuerySolutions)
            found.update(row[0].value for row in result)
        return found


def default_graph_empty(store: GraphStore) -> bool:
    """Whether the embedded store has no quad in its default graph (False for another store:
    not known), so that every quad is kept by named graph."""
    native = store._store if isinstance(store, OxigraphStore) else None
    if native is None:
        return False
    return next(iter(native.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None


def batches(items: Iterable[str], size: int = BATCH) -> Iterable[list[str]]:
    """``items`` in lists of ``size`` (a VALUES clause each), the last one shorter."""
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


Values = Mapping[str, list[SortTerm]]  # a member's values by kind ("t": its types)

_PREFIXED = re.compile(r"([A-Za-z][A-Za-z0-9]*):([A-Za-z_][A-Za-z0-9_]*)")
_NOT_IN_IRIS = frozenset('<>"{}|\\^` \t\n\r')
_RDF_TYPE = PREFIXES["rdf"] + "type"


@dataclass(frozen=True)
class Derivation:
    """What is kept per member besides its rows: the tables (each with a ``member`` column)
    that ``schema`` creates, and their rows for a member from its values."""

    name: str
    schema: str
    tables: tuple[str, ...]
    rows: Callable[[str, Values], Mapping[str, Iterable[tuple[Any, ...]]]]


class MemberValues(ViewFileReads):
    """One collection's member values in one SQLite file (see the module docstring)."""

    def __init__(self, spec: MemberSpec, derivation: Derivation, path: Path | None, handed_over: str | None = None) -> None:
        """``handed_over``: ``path`` is a copy handed to a read-only process, of the store
        content that revision token names (`graph.view_copies`)."""
        self.spec = spec
        self.derivation = derivation
        self.path = path
        self.handed_over = handed_over is not None
        self._handed_over_revision = handed_over
        self.format = hashlib.sha256(repr((FORMAT, spec.types, spec.paths, derivation.name, derivation.schema))
                                     .encode()).hexdigest()[:16]
        self._lock = threading.RLock()  # one connection, shared by the threads (reads are a few ms)
        self._update_lock = threading.Lock()
        self._generation: int | None = None  # the store generation the file is at, in this process
        self.last_update: dict[str, Any] = {}  # how the last `current` found the file (tests, benches)
        self._db = self._open()

    # the file -----------------------------------------------------------------------

    def _open(self) -> sqlite3.Connection:
        """The file kept from an earlier process when it is of this format and whole, else a new
        one; a copy handed over when it is of this format and of the snapshot's content, else
        one in memory."""
        if self.handed_over and self.path is not None:
            copy = view_copies.open_copy(self.path, {"format": self.format, "revision": self._handed_over_revision or ""},
                                         f"the {self.derivation.name} values", self._connect)
            if copy is not None:
                return copy
            self.handed_over, self.path = False, None
        kept = reopen_view_file(self.path, "format", self.format, f"the {self.derivation.name} values", self._connect)
        if kept is not None:
            return kept
        db = self._connect()
        db.executescript(_SCHEMA + self.derivation.schema)
        db.executemany("INSERT INTO meta VALUES (?, ?)", [("format", self.format), ("revision", ""), ("complete", "1")])
        db.commit()
        return db

    @property
    def _what(self) -> str:
        return f"the {self.derivation.name} values"

    # bringing it up to date ---------------------------------------------------------

    def _current(self, store: GraphStore) -> None:
        generation = store.generation  # read before reading: a write meanwhile leaves the file behind it
        started = time.process_time()
        if self._generation == generation:
            return
        changed = self._changed_graphs(store, generation)
        revision = getattr(store, "revision", None)
        token = revision.token_at(generation) if isinstance(revision, StoreRevision) and self.path is not None else None
        if changed is not None and not changed:
            how = "read back" if self._generation is None else "unchanged"
        elif changed is not None and self.complete and default_graph_empty(store):
            self._update(store, changed, token)
            how = "updated"
        else:
            whole_store_reads.check(f"the {self.derivation.name} values")
            self._build(store, token)
            how = "built"
        self._generation = generation
        self.last_update = {"how": how, "graphs": -1 if changed is None else len(changed),
                            "cpu_s": time.process_time() - started}

    def _build(self, store: GraphStore, token: str | None) -> None:
        """Every row read from the whole store, in one transaction."""
        complete = default_graph_empty(store)
        read = self.spec._read(store) if complete else {}
        values: dict[str, dict[str, dict[Encoded, None]]] = {}
        for part in read.values():
            for member, rows in part.items():
                for kind, term in rows:
                    values.setdefault(member, {}).setdefault(kind, {})[term] = None
        members = {m: kinds for m, kinds in values.items() if "t" in kinds}
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM rows")
                for table in self.derivation.tables:
                    db.execute(f"DELETE FROM {table}")
                db.executemany("INSERT OR IGNORE INTO rows VALUES (?, ?, ?, ?, ?, ?)", (
                    (g, m, kind, *term) for g, part in read.items() for m, rows in part.items() for kind, term in rows))
                self._insert_derived(db, ((m, _decoded(kinds)) for m, kinds in members.items()))
                self._set_meta(db, token, complete)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _update(self, store: GraphStore, graphs: set[str], token: str | None) -> None:
        """The rows after a write to ``graphs`` (see the module docstring)."""
        read: dict[str, dict[str, list[tuple[str, Encoded]]]] = {}
        typed_in: dict[str, set[str]] = {}  # graph written -> the subjects it types
        native = subject_quads.native_of(store)
        lent = subject_quads.reads_of(native) if native is not None and self.spec.predicates() is not None else None
        quads = lent if isinstance(lent, subject_quads.SubjectQuads) else None
        for graph in sorted(graphs):
            # Whether a subject with values but no type in a graph is a member: typed in a
            # graph written (read here), or in another one (its rows in the file are current).
            # The file answers at once where the store took seconds (a links graph naming
            # thousands of documents). A graph this process wrote is read from its quads as
            # parsed for every view (`graph.subject_quads`), not queried.
            by_predicate = quads.by_predicate(graph) if quads is not None else None
            if by_predicate is not None:
                of_graph = self.spec.read_quads(store, by_predicate, members_among=set)  # every one kept: decided below
            else:
                of_graph = self.spec._read(store, graph, members_among=set).get(graph, {})
            read[graph] = of_graph
            typed_in[graph] = {m for m, rows in of_graph.items() if any(k == "t" for k, _ in rows)}
        typed = set().union(*typed_in.values())
        untyped = {m for of_graph in read.values() for m in of_graph} - typed
        for batch in batches(sorted(untyped)):
            marks = ",".join("?" * len(batch))
            untyped.difference_update(row[0] for row in self.read(
                f"SELECT member, graph FROM rows WHERE kind = 't' AND member IN ({marks})", batch) if row[1] not in graphs)
        # the value-only subjects that are no members now: left out, as a whole-store read leaves them
        for of_graph in read.values():
            for m in [m for m in of_graph if m in untyped]:
                del of_graph[m]
        before = self._members_among(typed)
        new = sorted(typed - before)
        extra: dict[str, dict[str, list[tuple[str, Encoded]]]] = {}
        for batch in batches(new):
            # Their values in the graphs not read again (a type in them would have made them members before).
            for g, part in self.spec._read(store, subjects=batch, besides=graphs).items():
                if g not in graphs:
                    for m, rows in part.items():
                        extra.setdefault(g, {}).setdefault(m, []).extend(rows)
        with self._lock:
            db = self._db
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("CREATE TEMP TABLE IF NOT EXISTS written (graph TEXT PRIMARY KEY)")
                db.execute("DELETE FROM written")
                db.executemany("INSERT INTO written VALUES (?)", ((g,) for g in graphs))
                changed = {row[0] for row in db.execute("SELECT DISTINCT member FROM rows WHERE graph IN (SELECT graph FROM written)")}
                changed.update(new)
                changed.update(m for part in read.values() for m in part)
                db.execute("DELETE FROM rows WHERE graph IN (SELECT graph FROM written)")
                db.executemany("INSERT OR IGNORE INTO rows VALUES (?, ?, ?, ?, ?, ?)", (
                    (g, m, kind, *term) for source in (read, extra) for g, part in source.items()
                    for m, rows in part.items() for kind, term in rows))
                for table in self.derivation.tables:
                    db.executemany(f"DELETE FROM {table} WHERE member = ?", ((m,) for m in changed))
                self._insert_derived(db, ((m, values) for m in sorted(changed)
                                          if "t" in (values := self._values_in(db, m))))
                self._set_meta(db, token, True)
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise

    def _members_among(self, candidates: Iterable[str]) -> set[str]:
        found: set[str] = set()
        for batch in batches(sorted(candidates)):
            marks = ",".join("?" * len(batch))
            found.update(row[0] for row in self.read(
                f"SELECT DISTINCT member FROM rows WHERE kind = 't' AND member IN ({marks})", batch))
        return found

    @staticmethod
    def _values_in(db: sqlite3.Connection, member: str) -> Values:
        kinds: dict[str, dict[Encoded, None]] = {}
        for kind, *term in db.execute("SELECT kind, term_kind, term, extra FROM rows WHERE member = ?", (member,)):
            kinds.setdefault(kind, {})[(term[0], term[1], term[2])] = None
        return _decoded(kinds)

    def _insert_derived(self, db: sqlite3.Connection, members: Iterable[tuple[str, Values]]) -> None:
        pending: dict[str, list[tuple[Any, ...]]] = {t: [] for t in self.derivation.tables}
        for member, values in members:
            for table, rows in self.derivation.rows(member, values).items():
                pending[table].extend(rows)
                if len(pending[table]) >= 10_000:
                    self._flush(db, table, pending[table])
        for table, rows in pending.items():
            self._flush(db, table, rows)

    @staticmethod
    def _flush(db: sqlite3.Connection, table: str, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            marks = ",".join("?" * len(rows[0]))
            db.executemany(f"INSERT OR REPLACE INTO {table} VALUES ({marks})", rows)
            rows.clear()

    @staticmethod
    def _set_meta(db: sqlite3.Connection, token: str | None, complete: bool) -> None:
        db.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)",
                       [("revision", token or ""), ("complete", "1" if complete else "0")])


def _decoded(kinds: Mapping[str, Mapping[Encoded, None]]) -> dict[str, list[SortTerm]]:
    return {k: [decode(t) for t in terms] for k, terms in kinds.items()}


# ------------------------------------------------------------------------------ one file per store and name

# The JSON files these files replace (saved beside the store by earlier versions).
_REPLACED = ("entity-labels.json", "sort-parts-*.json", "sorted-members-*.json")
_files: weakref.WeakKeyDictionary[GraphStore, dict[str, MemberValues]] = weakref.WeakKeyDictionary()
_files_lock = threading.Lock()


def _kept_in(store: GraphStore) -> Path | None:
    """The views folder of an on-disk store open for writing (None: kept in memory)."""
    revision = getattr(store, "revision", None)
    return revision.folder if isinstance(revision, StoreRevision) and revision.writable else None


def member_values(store: GraphStore, name: str, spec: MemberSpec, derivation: Derivation) -> MemberValues:
    """The store's file called ``name`` (made on first use; closed when the store goes), at
    the store's current generation."""
    with _files_lock:
        files = _files.setdefault(store, {})
        found = files.get(name)
        if found is None:
            folder = _kept_in(store)
            if folder is not None:
                folder.mkdir(parents=True, exist_ok=True)
                for pattern in _REPLACED:  # what these files replace, read back whole before
                    for old in folder.glob(pattern):
                        old.unlink(missing_ok=True)
            copy = view_copies.handed_over(store, f"{name}.sqlite") if folder is None else None
            found = files[name] = MemberValues(spec, derivation, folder / f"{name}.sqlite" if folder else
                                               copy[0] if copy else None, copy[1] if copy else None)
            weakref.finalize(store, found.close)
    return found.current(store)


def iterate(values: MemberValues, sql: str, parameters: Sequence[Any] = (), size: int = 5000) -> Iterator[tuple[Any, ...]]:
    """The rows of ``sql`` (which must end in ``LIMIT ? OFFSET ?``) a page at a time."""
    at = 0
    while True:
        rows = values.read(sql, (*parameters, size, at))
        yield from rows
        if len(rows) < size:
            return
        at += size


def how_kept(store: GraphStore) -> dict[str, str]:
    """How each of the store's files was last found (``read back``, ``updated``, ``built``,
    ``unchanged``), by name: for tests and benchmarks."""
    with _files_lock:
        files = dict(_files.get(store, {}))
    return {name: str(values.last_update.get("how", "")) for name, values in files.items()}

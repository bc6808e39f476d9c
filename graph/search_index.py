"""A text index for search: SQLite FTS5 with the trigram tokenizer, kept current per store
generation.

Search (`graph.entities.EntityReader.search`) is a case-insensitive *substring* match over
two kinds of text: the names, labels, symbols, titles and tasks of the entities under the
base IRI, and the quotes of the evidence nodes. Done as a SPARQL ``CONTAINS`` it reads every
one of them per request (3.6 s at 1 M triples, 29 s at 10 M). Here the same texts, lowered
with Python's `str.lower` (what the scan binds its needle with), are in an FTS5 table whose
trigram tokenizer answers substring queries from an index; needles under 3 characters have
no trigram, and are looked for in the folded texts themselves (`FoldedRun`).

The answers are the scan's, in the scan's order and with its limits:

- names ordered by the length of their text, then by subject IRI; quotes by subject, then
  by evidence node. Rows are written in that order (their rowids ascending with it), in
  *runs*: each update writes the rows of the graphs that changed as one new sorted run, and
  a search merges the runs (each read in rowid order, so it stops after the limit even when
  a needle matches most of the store).
- A search is answered here only when the index was built at the store's current
  generation (`graph.store` counts its writes); before that, the caller scans, as before.

Kept current by the background refresh of `graph.generations` (`keep_fresh`, called by
`graph.context.Context.start_background`). Each update reads the indexed predicates with
pyoxigraph's `Store.quads_for_pattern` (Rust-speed iteration, no SPARQL join), groups the
rows by the named graph they come from, and rewrites only the graphs whose rows changed
(compared by a digest of their rows): loading a document re-indexes that document's graph,
the links graph and little else. The file lives in a temporary directory owned by the
process (each process serving a read-only snapshot has its own) and goes with the store.

Only the embedded Oxigraph store is indexed; with another store, or an SQLite without FTS5
or its trigram tokenizer (logged once), search scans as before.
"""

from __future__ import annotations

import heapq
import logging
import os
import shutil
import sqlite3
import tempfile
import threading
import time
import weakref
from array import array
from bisect import bisect_right
from dataclasses import dataclass
from itertools import islice, product
from pathlib import Path
from typing import Callable, Iterable, Iterator, NamedTuple

import pyoxigraph as ox

from mandate_graph.graph.generations import derived
from mandate_graph.graph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.oxigraph import OxigraphStore

log = logging.getLogger(__name__)

# The predicates whose values are an entity's names (the scan's property path, in order).
NAME_PREDICATES: tuple[str, ...] = (
    str(RDFS.label), str(SKOS.prefLabel), str(SKOS.altLabel), str(SKOS.notation), str(DCTERMS.title), str(MG.task),
)
# Rows each kind of match gives at most (the scan's LIMITs; hits are cut to the caller's limit after).
NAME_LIMIT = 500
QUOTE_LIMIT = 500
# Shortest needle the trigram index answers; shorter ones are looked for row by row.
TRIGRAM = 3
# Rows read back at a time for a short needle (most searches stop after the first batches).
SHORT_NEEDLE_BATCH = 256
# Past this many runs of rows, an update rewrites the whole index as one run (a search reads
# every run, so they must stay few; a write usually adds one or two).
MAX_RUNS = 24
# When the background refresh builds the index: right after the collections' sorted members
# (ranks 0-4, what a first request most often needs), before statistics and statuses (10 and
# up). A search before the index is current scans the whole store, each request on its own
# (30 s at 10 M triples, and not interruptible), where a request for a status waits for the
# one computation under way.
REFRESH_RANK = 5


class NameMatch(NamedTuple):
    """An entity name (label, symbol, title, task) that contains the needle."""

    subject: str
    predicate: str
    text: str


class QuoteMatch(NamedTuple):
    """An evidence quote that contains the needle, with what the evidence node says it is of."""

    evidence: str
    subject: str
    predicate: str
    quote: str
    document: str | None
    paragraph: str | None


def name_order(row: NameMatch) -> tuple[int, str]:
    """The scan's order of names: ``ORDER BY STRLEN(STR(?text)) ?s``."""
    return len(row.text), row.subject


def quote_order(row: QuoteMatch) -> tuple[str, str]:
    """The scan's order of quotes: ``ORDER BY ?subject ?ev``."""
    return row.subject, row.evidence


# ------------------------------------------------------------------------------ reading the store


@dataclass
class GraphRows:
    """What one named graph contributes to search (a quote belongs to its mg:quote's graph)."""

    names: set[NameMatch]
    quotes: set[QuoteMatch]

    def digest(self) -> tuple[int, int, int]:
        """Equal for equal rows, whatever their order. Python's hash is enough: the index
        lives and dies with this process, so the values are never compared across runs."""
        return len(self.names), len(self.quotes), hash((frozenset(self.names), frozenset(self.quotes)))


def _graph_key(graph: ox.NamedNode | ox.BlankNode | ox.DefaultGraph) -> str:
    if isinstance(graph, ox.NamedNode):
        return graph.value
    return f"_:{graph.value}" if isinstance(graph, ox.BlankNode) else ""


def _text(term: object) -> str | None:
    """``STR(term)`` for the terms SPARQL's STR accepts (a blank node is an error: no match)."""
    return term.value if isinstance(term, (ox.Literal, ox.NamedNode)) else None


def _solutions(native: ox.Store, sparql: str) -> ox.QuerySolutions:
    result = native.query(sparql, use_default_graph_as_union=True)
    if not isinstance(result, ox.QuerySolutions):
        raise TypeError(f"a SELECT query answered {type(result).__name__}")
    return result


def _pairs(native: ox.Store, predicate: str) -> Iterator[tuple[object, object]]:
    """(subject, object) of every triple of ``predicate`` in any graph. A SELECT of the two
    alone: pyoxigraph's `quads_for_pattern` decodes all four terms of each quad, and was
    1.3-2× slower for the same pairs (bench/bench_search.py prints the read time)."""
    for row in _solutions(native, f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}"):
        yield row[0], row[1]


def _pairs_by_graph(native: ox.Store, predicate: str) -> Iterator[tuple[object, object, str]]:
    """(subject, object, graph) of every triple of ``predicate``; "" is the default graph."""
    for row in _solutions(native, f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s <{predicate}> ?o }} }}"):
        yield row[0], row[1], _graph_key(row[2])
    for quad in native.quads_for_pattern(None, ox.NamedNode(predicate), None, ox.DefaultGraph()):
        yield quad.subject, quad.object, ""


def read_rows(native: ox.Store, base: str) -> dict[str, GraphRows]:
    """Every row search can match, by the named graph it comes from ("" the default graph).

    The same rows as the scan's two queries over the union of the graphs: names of IRIs
    under ``base`` that are not evidence nodes; for each evidence node, every combination of
    its quote, subject, relation, and document and paragraph when it has them."""
    by_graph: dict[str, GraphRows] = {}

    def rows_of(graph: str) -> GraphRows:
        rows = by_graph.get(graph)
        if rows is None:
            rows = by_graph[graph] = GraphRows(set(), set())
        return rows

    evidence = {row[0] for row in _solutions(native, f"SELECT ?e WHERE {{ ?e a <{MG.Evidence}> }}")}
    for predicate in NAME_PREDICATES:
        for subject, value, graph in _pairs_by_graph(native, predicate):
            text = _text(value)
            if text is None or not isinstance(subject, ox.NamedNode) or not subject.value.startswith(base):
                continue
            if subject in evidence:
                continue
            rows_of(graph).names.add(NameMatch(subject.value, predicate, text))

    def values(predicate: str, iri_only: bool = False) -> dict[object, list[str | None]]:
        """The evidence nodes' values of ``predicate``, each value once (a dataset is a set)."""
        found: dict[object, list[str | None]] = {}
        for node, term in _pairs(native, predicate):
            value = _text(term) if iri_only is False or isinstance(term, ox.NamedNode) else None
            if value is None or node not in evidence:
                continue
            known = found.setdefault(node, [])
            if value not in known:
                known.append(value)
        return found

    # rdf:subject: only IRIs (a hit names an entity; the loaders' statements are about IRIs).
    subjects, predicates = values(str(RDF.subject), iri_only=True), values(str(RDF.predicate))
    documents, paragraphs = values(str(MG.document)), values(str(MG.paragraph))
    seen_quotes: set[tuple[object, str]] = set()
    for node, value, graph in _pairs_by_graph(native, str(MG.quote)):
        quote = _text(value)
        if quote is None or node not in evidence or not isinstance(node, ox.NamedNode) or (node, quote) in seen_quotes:
            continue
        seen_quotes.add((node, quote))
        if node not in subjects or node not in predicates:
            continue
        rows = rows_of(graph).quotes
        for about, relation, document, paragraph in product(
            subjects[node], predicates[node], documents.get(node) or [None], paragraphs.get(node) or [None],
        ):
            assert about is not None and relation is not None  # `values` keeps no None
            rows.add(QuoteMatch(node.value, about, relation, quote, document, paragraph))
    return by_graph


# ------------------------------------------------------------------------------ the index file

_SCHEMA = """
CREATE TABLE meta(generation INTEGER, name_runs TEXT, quote_runs TEXT);
INSERT INTO meta VALUES (-1, '', '');
CREATE TABLE name_rows(id INTEGER PRIMARY KEY, graph TEXT NOT NULL, subject TEXT NOT NULL,
                       predicate TEXT NOT NULL, text TEXT NOT NULL, folded TEXT NOT NULL);
CREATE INDEX name_rows_by_graph ON name_rows(graph);
CREATE VIRTUAL TABLE name_text USING fts5(folded, content='name_rows', content_rowid='id',
                                          tokenize='trigram case_sensitive 1', detail=none);
CREATE TABLE quote_rows(id INTEGER PRIMARY KEY, graph TEXT NOT NULL, evidence TEXT NOT NULL,
                        subject TEXT NOT NULL, predicate TEXT NOT NULL, quote TEXT NOT NULL,
                        document TEXT, paragraph TEXT, folded TEXT NOT NULL);
CREATE INDEX quote_rows_by_graph ON quote_rows(graph);
CREATE VIRTUAL TABLE quote_text USING fts5(folded, content='quote_rows', content_rowid='id',
                                           tokenize='trigram case_sensitive 1', detail=none);
"""
# The texts are folded by Python (`str.lower`, as the scan's needle), so the tokenizer keeps
# case: its own folding is simple case folding, which differs from `lower` on a few letters.
# ``detail=none``: the index keeps which rows hold each trigram, not where (a third of the
# size at 1 M triples, and quicker to build); a needle is then asked for as all of its
# trigrams, and the rows that have them all but not in a row are dropped by the check in
# `SearchIndex._matching`.

Run = tuple[int, int]  # the first and last rowid of a run of rows written in search order


def _runs_text(runs: Iterable[Run]) -> str:
    return " ".join(f"{lo}-{hi}" for lo, hi in runs)


def _runs_of(text: str) -> list[Run]:
    return [(int(lo), int(hi)) for lo, hi in (part.split("-") for part in text.split())]


def _trigram_available() -> bool:
    try:
        connection = sqlite3.connect(":memory:")
        try:
            connection.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
        finally:
            connection.close()
    except sqlite3.Error as exc:
        log.warning("search scans the store: this Python's SQLite (%s) has no FTS5 trigram tokenizer (%s)",
                    sqlite3.sqlite_version, exc)
        return False
    return True


def _trigrams_query(needle: str) -> str:
    """An FTS5 query for the rows that hold every trigram of ``needle`` (3 characters or more)."""
    trigrams = dict.fromkeys(needle[i:i + TRIGRAM] for i in range(len(needle) - TRIGRAM + 1))
    return " AND ".join('"' + t.replace('"', '""') + '"' for t in trigrams)


@dataclass(frozen=True)
class FoldedRun:
    """The folded texts of one run, in rowid order, joined in one UTF-8 byte string: a needle
    too short for the trigram index is found here by `bytes.find` (memchr speed: a search for
    a 2-letter needle found nowhere took 9-11 ms at 1 M triples, against 47 ms with SQLite's
    ``instr`` row by row). A UTF-8 needle matches UTF-8 text only at character
    boundaries, so a byte match is a substring match. Rows deleted since are still here: the
    rows are read back from SQLite by rowid, and the missing ones skipped."""

    first: int  # the rowid of the first text
    text: bytes  # the texts joined by NUL
    starts: array  # the offset of each text in ``text``

    @classmethod
    def of(cls, first: int, folded: list[str]) -> "FoldedRun":
        starts, offset = array("q"), 0
        encoded = [t.encode() for t in folded]
        for piece in encoded:
            starts.append(offset)
            offset += len(piece) + 1
        return cls(first, b"\0".join(encoded), starts)

    def rowids(self, needle: str) -> Iterator[int]:
        """The rowids of the texts containing ``needle`` (no NUL in it), ascending."""
        wanted = needle.encode()
        at = self.text.find(wanted)
        while at >= 0:
            i = bisect_right(self.starts, at) - 1
            yield self.first + i
            if i + 1 >= len(self.starts):
                return
            at = self.text.find(wanted, self.starts[i + 1])


_FOLDER_PREFIX = "mandates-search-"


def _remove_folders_of_dead_processes() -> None:
    """Index folders whose process is gone: a process killed (a server stopped with SIGKILL, a
    test worker ended) cannot remove its own, and at 10 M triples each holds a gigabyte. The
    folder's name carries the process id that made it."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_FOLDER_PREFIX}*-*"):
        pid = folder.name[len(_FOLDER_PREFIX):].split("-", 1)[0]
        if not pid.isdigit() or int(pid) == os.getpid():
            continue
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            shutil.rmtree(folder, ignore_errors=True)
        except PermissionError:
            pass  # another user's live process


class SearchIndex:
    """The search rows of one store in an SQLite file of its own (see the module docstring)."""

    def __init__(self, base: str) -> None:
        self.base = base
        _remove_folders_of_dead_processes()
        self._folder = tempfile.TemporaryDirectory(prefix=f"{_FOLDER_PREFIX}{os.getpid()}-")
        self.path = Path(self._folder.name) / "search.sqlite"
        self._write_lock = threading.Lock()
        self._local = threading.local()  # one reading connection per thread
        self._digests: dict[str, tuple[int, int, int]] = {}  # graph -> digest of its indexed rows
        # The folded texts of each run, for short needles: replaced (never changed) after each
        # commit; a search whose snapshot has a run not here yet reads that run with instr.
        self._folded: dict[tuple[str, Run], FoldedRun] = {}
        self._next_rowid = {"name": 1, "quote": 1}  # never reused: a run's extent names one content
        writer = self._connect()
        writer.executescript("PRAGMA journal_mode=WAL;" + _SCHEMA)
        self._writer = writer
        self.last_update: dict[str, float] = {}  # figures of the last update, for the benchmark

    def _connect(self) -> sqlite3.Connection:
        # Autocommit: transactions are begun explicitly, so that a search reads the runs and
        # the rows of one snapshot while an update writes the next.
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        connection.execute("PRAGMA synchronous=OFF")  # a temporary file: rebuilt, never recovered
        return connection

    # updating ------------------------------------------------------------------------

    def update(self, store: GraphStore) -> int:
        """Bring the index to the store's current generation; returns that generation."""
        native = _native(store)
        if native is None:
            raise TypeError(f"{store!r} cannot be indexed: it is not the embedded store")
        with self._write_lock:
            generation = store.generation  # read before reading: a write meanwhile leaves us behind it
            started = time.process_time()
            rows = read_rows(native, self.base)
            digests = {graph: r.digest() for graph, r in rows.items()}
            read = time.process_time() - started
            changed = {g for g in digests if self._digests.get(g) != digests[g]} | (set(self._digests) - set(digests))
            self._write(generation, rows, changed)
            self._digests = digests
            self.last_update = {"read_cpu_s": read, "total_cpu_s": time.process_time() - started,
                                "graphs_changed": len(changed)}
            return generation

    def _write(self, generation: int, rows: dict[str, GraphRows], changed: set[str]) -> None:
        """Replace the rows of the ``changed`` graphs, as one new run of each kind, in one
        transaction (a search meanwhile reads the previous snapshot)."""
        db = self._writer
        db.execute("BEGIN IMMEDIATE")
        try:
            name_runs, quote_runs = (_runs_of(t) for t in db.execute("SELECT name_runs, quote_runs FROM meta").fetchone())
            if max(len(name_runs), len(quote_runs)) >= MAX_RUNS:
                changed = set(rows) | changed
                db.execute("DELETE FROM name_rows")
                db.execute("DELETE FROM quote_rows")
                db.execute("INSERT INTO name_text(name_text) VALUES ('delete-all')")
                db.execute("INSERT INTO quote_text(quote_text) VALUES ('delete-all')")
                name_runs, quote_runs = [], []
            for graph in sorted(changed):
                db.execute("INSERT INTO name_text(name_text, rowid, folded) "
                           "SELECT 'delete', id, folded FROM name_rows WHERE graph = ?", (graph,))
                db.execute("DELETE FROM name_rows WHERE graph = ?", (graph,))
                db.execute("INSERT INTO quote_text(quote_text, rowid, folded) "
                           "SELECT 'delete', id, folded FROM quote_rows WHERE graph = ?", (graph,))
                db.execute("DELETE FROM quote_rows WHERE graph = ?", (graph,))
            new = [g for g in sorted(changed) if g in rows]
            names = sorted(((g, r) for g in new for r in rows[g].names), key=lambda gr: (*name_order(gr[1]), gr[1]))
            quotes = sorted(((g, r) for g in new for r in rows[g].quotes),
                            key=lambda gr: (*quote_order(gr[1]), tuple(v or "" for v in gr[1])))
            folded = {"name": [r.text.lower() for _, r in names], "quote": [r.quote.lower() for _, r in quotes]}
            first = self._next_rowid["name"]
            db.executemany("INSERT INTO name_rows VALUES (?, ?, ?, ?, ?, ?)",
                           ((first + i, g, *r, f) for i, ((g, r), f) in enumerate(zip(names, folded["name"]))))
            db.execute("INSERT INTO name_text(rowid, folded) SELECT id, folded FROM name_rows WHERE id >= ?", (first,))
            name_runs = self._kept_runs(db, "name_rows", name_runs, first, len(names))
            first = self._next_rowid["quote"]
            db.executemany("INSERT INTO quote_rows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           ((first + i, g, *r, f) for i, ((g, r), f) in enumerate(zip(quotes, folded["quote"]))))
            db.execute("INSERT INTO quote_text(rowid, folded) SELECT id, folded FROM quote_rows WHERE id >= ?", (first,))
            quote_runs = self._kept_runs(db, "quote_rows", quote_runs, first, len(quotes))
            db.execute("UPDATE meta SET generation = ?, name_runs = ?, quote_runs = ?",
                       (generation, _runs_text(name_runs), _runs_text(quote_runs)))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        kept = {**{("name", run): None for run in name_runs}, **{("quote", run): None for run in quote_runs}}
        texts = {key: run for key, run in self._folded.items() if key in kept}
        for kind, runs in (("name", name_runs), ("quote", quote_runs)):
            if folded[kind]:
                first = self._next_rowid[kind]
                texts[(kind, runs[-1])] = FoldedRun.of(first, folded[kind])
                self._next_rowid[kind] = first + len(folded[kind])
        self._folded = texts

    @staticmethod
    def _kept_runs(db: sqlite3.Connection, table: str, runs: list[Run], first: int, count: int) -> list[Run]:
        """The runs that still have rows, and the new one."""
        kept = [(lo, hi) for lo, hi in runs
                if db.execute(f"SELECT 1 FROM {table} WHERE id BETWEEN ? AND ? LIMIT 1", (lo, hi)).fetchone()]
        return kept + ([(first, first + count - 1)] if count else [])

    # searching -----------------------------------------------------------------------

    def search(self, store: GraphStore, needle: str) -> tuple[list[NameMatch], list[QuoteMatch]] | None:
        """The names and quotes containing ``needle`` (case-insensitive), as the scan gives
        them; None when the index is not at the store's current generation."""
        db = self._reader()
        folded = needle.lower()
        db.execute("BEGIN")
        try:
            generation, name_runs, quote_runs = db.execute("SELECT generation, name_runs, quote_runs FROM meta").fetchone()
            if generation != store.generation:
                return None
            names = self._names(db, folded, _runs_of(name_runs))
            quotes = self._quotes(db, folded, _runs_of(quote_runs))
        finally:
            db.execute("COMMIT")
        return names, quotes

    def _reader(self) -> sqlite3.Connection:
        connection: sqlite3.Connection | None = getattr(self._local, "connection", None)
        if connection is None:
            connection = self._local.connection = self._connect()
        return connection

    def _matching(self, db: sqlite3.Connection, kind: str, columns: str, folded: str, run: Run) -> Iterator[tuple[str, ...]]:
        """The rows of one run whose folded text contains ``folded``, in rowid (= search) order."""
        texts = self._folded.get((kind, run))
        if len(folded) >= TRIGRAM:
            sql = (f"SELECT {columns}, r.folded FROM {kind}_text JOIN {kind}_rows r ON r.id = {kind}_text.rowid "
                   f"WHERE {kind}_text MATCH ? AND {kind}_text.rowid BETWEEN ? AND ? ORDER BY {kind}_text.rowid")
            parameters: tuple[object, ...] = (_trigrams_query(folded), *run)
        elif texts is not None and "\0" not in folded:
            yield from self._rows_by_id(db, kind, columns, texts.rowids(folded))
            return
        else:
            sql = f"SELECT {columns}, r.folded FROM {kind}_rows r WHERE r.id BETWEEN ? AND ? AND instr(r.folded, ?) ORDER BY r.id"
            parameters = (*run, folded)
        for row in db.execute(sql, parameters):
            if folded in row[-1]:  # the trigrams in a row: a substring of the folded text
                yield row[:-1]

    @staticmethod
    def _rows_by_id(db: sqlite3.Connection, kind: str, columns: str, rowids: Iterator[int]) -> Iterator[tuple[str, ...]]:
        """The rows of these rowids, in their order (read in batches; deleted ones skipped)."""
        while batch := list(islice(rowids, SHORT_NEEDLE_BATCH)):
            found = {row[0]: row[1:] for row in db.execute(
                f"SELECT r.id, {columns} FROM {kind}_rows r WHERE r.id IN ({','.join('?' * len(batch))})", batch)}
            yield from (found[i] for i in batch if i in found)

    def _names(self, db: sqlite3.Connection, folded: str, runs: list[Run]) -> list[NameMatch]:
        streams = [(NameMatch(*row) for row in self._matching(db, "name", "r.subject, r.predicate, r.text", folded, run))
                   for run in runs]
        found: dict[NameMatch, None] = {}  # distinct, in order (the same name may be in two graphs)
        for row in heapq.merge(*streams, key=name_order):
            found.setdefault(row)
            if len(found) >= NAME_LIMIT:
                break
        return list(found)

    def _quotes(self, db: sqlite3.Connection, folded: str, runs: list[Run]) -> list[QuoteMatch]:
        columns = "r.evidence, r.subject, r.predicate, r.quote, r.document, r.paragraph"
        streams = [(QuoteMatch(*row) for row in self._matching(db, "quote", columns, folded, run)) for run in runs]
        found: dict[QuoteMatch, None] = {}
        for row in heapq.merge(*streams, key=quote_order):
            found.setdefault(row)
            if len(found) >= QUOTE_LIMIT:
                break
        return list(found)

    def size_bytes(self) -> int:
        return sum(f.stat().st_size for f in self.path.parent.iterdir() if f.is_file())

    def close(self) -> None:
        self._writer.close()
        self._folder.cleanup()


# ------------------------------------------------------------------------------ one index per store

_indexes: weakref.WeakKeyDictionary[GraphStore, SearchIndex] = weakref.WeakKeyDictionary()
_indexes_lock = threading.Lock()
_available: bool | None = None  # FTS5 with the trigram tokenizer (checked once)


def _native(store: GraphStore) -> ox.Store | None:
    """The pyoxigraph store behind ``store``, when it is the embedded one. `GraphStore` has no
    quad iteration of its own (a SPARQL server has none to offer); reading the quads directly
    is what makes the index quick to build."""
    return store._store if isinstance(store, OxigraphStore) else None


def indexable(store: GraphStore) -> bool:
    global _available
    if _native(store) is None:
        return False
    if _available is None:
        _available = _trigram_available()
    return _available


def index_for(store: GraphStore, base: str) -> SearchIndex:
    """The store's index (made, empty, on first use; it goes when the store goes)."""
    with _indexes_lock:
        index = _indexes.get(store)
        if index is None or index.base != base:
            if index is not None:
                index.close()
            index = _indexes[store] = SearchIndex(base)
            weakref.finalize(store, index.close)
        return index


def discard(store: GraphStore) -> None:
    """Close and forget the store's index (search scans until `keep_fresh` builds another)."""
    with _indexes_lock:
        index = _indexes.pop(store, None)
    if index is not None:
        index.close()


def keep_fresh(store: GraphStore, base: str) -> None:
    """Have the background refresh (`graph.generations`) build the store's search index,
    and bring it up to date after each write. Without it search scans the store."""
    if indexable(store):
        derived.register(store, ("search index", base), _updater(base), rank=REFRESH_RANK)


def _updater(base: str) -> Callable[[GraphStore], int]:
    return lambda store: index_for(store, base).update(store)  # takes the store: must not hold it


def search(store: GraphStore, base: str, needle: str) -> tuple[list[NameMatch], list[QuoteMatch]] | None:
    """The index's answer (see `SearchIndex.search`), or None when there is no current index
    for this store and base: then the caller scans."""
    with _indexes_lock:
        index = _indexes.get(store)
    if index is None or index.base != base:
        return None
    return index.search(store, needle)

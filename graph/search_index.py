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
  *runs*: each update writes the rows of the nodes whose rows changed as one new sorted run
  (a node's rows all in one run: those of nodes whose rows are the same are left where they are), and
  a search merges the runs (each read in rowid order, so it stops after the limit even when
  a needle matches most of the store).
- A search is answered here only when the index was built at the store's current
  generation (`graph.store` counts its writes); before that, the caller scans, as before.

Kept current by the background refresh of `graph.generations` (`keep_fresh`, called by
`graph.context.Context.start_background`). The first build reads the indexed predicates of the
whole store (a SELECT per predicate, Rust-speed iteration, no SPARQL join). After that an
update reads only what the writes since can have changed: the store says which named graphs
they touched (`OxigraphStore.graphs_written_since`; across restarts, the record of changes
beside the store, `graph.store.revision`), and a row depends only on the quads of its own node
(the entity named, or the evidence node quoted), so the rows to make again are those of the
nodes with a quad in those graphs before the write (the index's rows from them, and the nodes
`Rows.spanning` names) or after it (read from the graphs). Loading five documents into a
10 M-triple store reads those documents' nodes, not the store. A write whose graphs are not
known (a user's SPARQL Update, a bulk load of an N-Quads file) makes the next update read the
whole store again, as the first build.

Beside an on-disk store open for writing, the file is kept in the store's
``mandate-graph-views/`` folder, with the revision token of the content it is of: a restart
on an unchanged store searches at once, and one after a `mandates load` from the command line
reads only what that load wrote. Each update is one SQLite transaction that also writes the
token, so an update killed half-way leaves the file at the content it had. Elsewhere (a store
in memory, or open read-only by one of several serving processes) the file lives in a
temporary directory owned by the process, and goes with the store.

Only the embedded Oxigraph store is indexed; with another store, or an SQLite without FTS5
or its trigram tokenizer (logged once), search scans as before.
"""

from __future__ import annotations

import hashlib
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

from mandate_graph.graph import whole_store_reads
from mandate_graph.graph.generations import derived, step_aside
from mandate_graph.graph.namespaces import DCTERMS, MG, RDF, RDFS, SKOS
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.oxigraph import OxigraphStore
from mandate_graph.graph.store.revision import StoreRevision
from mandate_graph.graph.subject_quads import QuadSource

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
# A search finding the index behind the store brings it up to date itself when the writes
# since touched at most this many graphs (`SearchIndex.catch_up`); past it, it scans.
CATCH_UP_GRAPHS = 200
# When the background refresh builds the index: right after the collections' sorted members
# (ranks 0-4, what a first request most often needs), before statistics and statuses (10 and
# up). A search before the index is current scans the whole store, each request on its own
# (30 s at 10 M triples, and not interruptible), where a request for a status waits for the
# one computation under way.
REFRESH_RANK = 5
# When the folded texts of the runs kept from an earlier process are read back (`FoldedRun`,
# for needles under 3 characters): after everything else, a restart's first requests first.
FOLDED_RANK = 90
# Rows of folded text read back at a time (the background steps aside between batches, not
# within one: at 10 M triples a batch of 20,000 rows took 100-110 ms, which a first request
# after a start shared the GIL with; 5,000 rows, 14-32 ms).
FOLDED_BATCH = 5_000


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


# The predicates whose quads decide a node's rows besides its names and quotes.
_EVIDENCE_TYPE = (str(RDF.type), str(MG.Evidence))
_EVIDENCE_CLASS = ox.NamedNode(_EVIDENCE_TYPE[1])
META_PREDICATES: tuple[str, ...] = (str(RDF.subject), str(RDF.predicate), str(MG.document), str(MG.paragraph))


@dataclass
class Rows:
    """Every row search can match, by the named graph it comes from ("" the default graph),
    and the nodes whose rows depend on quads in more than one graph (``spanning``: node ->
    those graphs). A row depends only on quads whose subject is its node (its entity, or its
    evidence node), so a write to some graphs changes only the rows of the nodes with quads
    in them before or after: the rows of those graphs, the spanning nodes with a graph among
    them, and the subjects of the graphs' new quads (`SearchIndex.update`)."""

    by_graph: dict[str, GraphRows]
    spanning: dict[str, set[str]]

    def rows_of(self, graph: str) -> GraphRows:
        rows = self.by_graph.get(graph)
        if rows is None:
            rows = self.by_graph[graph] = GraphRows(set(), set())
        return rows


class _GraphsOf:
    """The graphs each node has relevant quads in: the first kept per node, the others (rare)
    in a dict of their own, so that a whole-store read holds one string per node."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.more: dict[str, set[str]] = {}

    def add(self, node: str, graph: str) -> None:
        first = self.first.setdefault(node, graph)
        if first != graph:
            self.more.setdefault(node, {first}).add(graph)


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


def _pairs_by_graph(native: ox.Store, predicate: str, value: str | None = None) -> Iterator[tuple[object, object, str]]:
    """(subject, object, graph) of every triple of ``predicate`` (and object ``value``, an
    IRI, when given); "" is the default graph. A SELECT of the three: pyoxigraph's
    `quads_for_pattern` decodes all four terms of each quad, and was 1.3-2× slower for the
    same rows (bench/bench_search.py prints the read time)."""
    obj = f"<{value}>" if value is not None else "?o"
    for row in _solutions(native, f"SELECT ?s ?o ?g WHERE {{ GRAPH ?g {{ ?s <{predicate}> {obj} }} }}"
                          if value is None else f"SELECT ?s ?g WHERE {{ GRAPH ?g {{ ?s <{predicate}> {obj} }} }}"):
        if value is None:
            yield row[0], row[1], _graph_key(row[2])
        else:
            yield row[0], None, _graph_key(row[1])
    for quad in native.quads_for_pattern(None, ox.NamedNode(predicate), ox.NamedNode(value) if value else None,
                                         ox.DefaultGraph()):
        yield quad.subject, quad.object, ""


def _quote_rows(node: str, quotes: Iterable[tuple[str, str]], subjects: list[str], predicates: list[str],
                documents: list[str], paragraphs: list[str], into: Rows) -> None:
    """The quote rows of one evidence node: every combination of its quote (with the graph it
    is in), subject, relation, and document and paragraph when it has them."""
    if not subjects or not predicates:
        return
    optional_documents: list[str | None] = [*documents] or [None]
    optional_paragraphs: list[str | None] = [*paragraphs] or [None]
    for (quote, graph), about, relation, document, paragraph in product(
        quotes, subjects, predicates, optional_documents, optional_paragraphs,
    ):
        into.rows_of(graph).quotes.add(QuoteMatch(node, about, relation, quote, document, paragraph))


def read_rows(native: ox.Store, base: str) -> Rows:
    """Every row search can match, from the whole store (see `Rows`).

    The same rows as the scan's two queries over the union of the graphs: names of IRIs
    under ``base`` that are not evidence nodes; for each evidence node, every combination of
    its quote, subject, relation, and document and paragraph when it has them."""
    rows = Rows({}, {})
    graphs = _GraphsOf()
    evidence: set[str] = set()
    for node, _, graph in _pairs_by_graph(native, *_EVIDENCE_TYPE):
        if isinstance(node, ox.NamedNode):
            evidence.add(node.value)
            graphs.add(node.value, graph)
    for predicate in NAME_PREDICATES:
        for subject, value, graph in _pairs_by_graph(native, predicate):
            if not isinstance(subject, ox.NamedNode) or not subject.value.startswith(base):
                continue
            graphs.add(subject.value, graph)
            text = _text(value)
            if text is None or subject.value in evidence:
                continue
            rows.rows_of(graph).names.add(NameMatch(subject.value, predicate, text))

    def values(predicate: str, iri_only: bool = False) -> dict[str, list[str]]:
        """The evidence nodes' values of ``predicate``, each value once (a dataset is a set)."""
        found: dict[str, list[str]] = {}
        for node, term, graph in _pairs_by_graph(native, predicate):
            if not isinstance(node, ox.NamedNode) or node.value not in evidence:
                continue
            graphs.add(node.value, graph)
            value = _text(term) if iri_only is False or isinstance(term, ox.NamedNode) else None
            if value is None:
                continue
            known = found.setdefault(node.value, [])
            if value not in known:
                known.append(value)
        return found

    # rdf:subject: only IRIs (a hit names an entity; the loaders' statements are about IRIs).
    subjects, predicates = values(str(RDF.subject), iri_only=True), values(str(RDF.predicate))
    documents, paragraphs = values(str(MG.document)), values(str(MG.paragraph))
    quotes: dict[str, set[tuple[str, str]]] = {}
    for node, value, graph in _pairs_by_graph(native, str(MG.quote)):
        if not isinstance(node, ox.NamedNode) or node.value not in evidence:
            continue
        graphs.add(node.value, graph)
        quote = _text(value)
        if quote is not None:
            quotes.setdefault(node.value, set()).add((quote, graph))
    for node, found in quotes.items():
        _quote_rows(node, found, subjects.get(node, []), predicates.get(node, []), documents.get(node, []),
                    paragraphs.get(node, []), rows)
    rows.spanning = graphs.more
    return rows


# Named once: an rdflib namespace's attribute makes a new term at each reading (~75,000 of
# them in `node_rows` after a 3.6 MB load).
_QUOTE, _RDF_SUBJECT = str(MG.quote), str(RDF.subject)


def subjects_in(native: QuadSource, graphs: Iterable[str], base: str) -> set[str]:
    """The IRIs with a quad in one of ``graphs`` whose predicate counts for search (their
    names, quotes, and what makes them evidence), as the store is now. Each graph is read
    whole, once (the lineage view's update reads the same quads: `graph.subject_quads`)."""
    wanted = {*NAME_PREDICATES, str(MG.quote), *META_PREDICATES}
    found: set[str] = set()
    for graph in graphs:
        name: ox.NamedNode | ox.DefaultGraph = ox.NamedNode(graph) if graph else ox.DefaultGraph()
        for quad in native.quads_for_pattern(None, None, None, name):
            if isinstance(quad.subject, ox.NamedNode) and (
                quad.predicate.value in wanted
                or quad.predicate.value == _EVIDENCE_TYPE[0] and quad.object == _EVIDENCE_CLASS
            ):
                found.add(quad.subject.value)
    return found


def node_rows(native: QuadSource, nodes: Iterable[str], base: str) -> Rows:
    """The rows of these nodes (IRIs) alone, read from their own quads in every graph: what
    `read_rows` gives for them, at a cost in proportion to their quads.

    Each node's quads are read with one lookup and sorted by predicate here, not by a lookup
    per predicate (twelve per evidence node): ~15 % less CPU after a 3.6 MB load (~18,000
    nodes), and the lookup is the one the lineage view's update makes (`graph.subject_quads`
    keeps it for both)."""
    rows = Rows({}, {})
    wanted = {*NAME_PREDICATES, *META_PREDICATES, _QUOTE, _EVIDENCE_TYPE[0]}
    for iri in nodes:
        by_predicate: dict[str, list[ox.Quad]] = {}
        for quad in native.quads_for_pattern(ox.NamedNode(iri), None, None, None):
            predicate = quad.predicate.value
            if predicate in wanted:
                by_predicate.setdefault(predicate, []).append(quad)
        graphs = _GraphsOf()
        typed = [_graph_key(q.graph_name) for q in by_predicate.get(_EVIDENCE_TYPE[0], ())
                 if isinstance(q.object, ox.NamedNode) and q.object.value == _EVIDENCE_TYPE[1]]
        for graph in typed:
            graphs.add(iri, graph)
        is_evidence = bool(typed)
        if iri.startswith(base):
            for predicate in NAME_PREDICATES:
                for quad in by_predicate.get(predicate, ()):
                    graph = _graph_key(quad.graph_name)
                    graphs.add(iri, graph)
                    text = _text(quad.object)
                    if text is not None and not is_evidence:
                        rows.rows_of(graph).names.add(NameMatch(iri, predicate, text))
        if is_evidence:
            meta: dict[str, list[str]] = {}
            for predicate in META_PREDICATES:
                found = meta[predicate] = []
                for quad in by_predicate.get(predicate, ()):
                    graphs.add(iri, _graph_key(quad.graph_name))
                    term = quad.object
                    value = _text(term) if predicate != _RDF_SUBJECT or isinstance(term, ox.NamedNode) else None
                    if value is not None and value not in found:
                        found.append(value)
            quotes = set()
            for quad in by_predicate.get(_QUOTE, ()):
                graph = _graph_key(quad.graph_name)
                graphs.add(iri, graph)
                quote = _text(quad.object)
                if quote is not None:
                    quotes.add((quote, graph))
            abouts, relations, documents, paragraphs = (meta[p] for p in META_PREDICATES)
            _quote_rows(iri, quotes, abouts, relations, documents, paragraphs, rows)
        rows.spanning.update(graphs.more)
    return rows


# ------------------------------------------------------------------------------ the index file

# Bumped when the file's tables change: a file of another version is rebuilt.
SCHEMA_VERSION = 2
_SCHEMA = """
CREATE TABLE meta(generation INTEGER, name_runs TEXT, quote_runs TEXT, revision TEXT, base TEXT, version INTEGER);
INSERT INTO meta VALUES (-1, '', '', NULL, NULL, NULL);
CREATE TABLE name_rows(id INTEGER PRIMARY KEY, graph TEXT NOT NULL, subject TEXT NOT NULL,
                       predicate TEXT NOT NULL, text TEXT NOT NULL, folded TEXT NOT NULL);
CREATE INDEX name_rows_by_graph ON name_rows(graph);
CREATE INDEX name_rows_by_subject ON name_rows(subject);
CREATE VIRTUAL TABLE name_text USING fts5(folded, content='name_rows', content_rowid='id',
                                          tokenize='trigram case_sensitive 1', detail=none);
CREATE TABLE quote_rows(id INTEGER PRIMARY KEY, graph TEXT NOT NULL, evidence TEXT NOT NULL,
                        subject TEXT NOT NULL, predicate TEXT NOT NULL, quote TEXT NOT NULL,
                        document TEXT, paragraph TEXT, folded TEXT NOT NULL);
CREATE INDEX quote_rows_by_graph ON quote_rows(graph);
CREATE INDEX quote_rows_by_evidence ON quote_rows(evidence);
CREATE VIRTUAL TABLE quote_text USING fts5(folded, content='quote_rows', content_rowid='id',
                                           tokenize='trigram case_sensitive 1', detail=none);
CREATE TABLE spanning(node TEXT NOT NULL, graph TEXT NOT NULL, PRIMARY KEY (node, graph)) WITHOUT ROWID;
CREATE INDEX spanning_by_graph ON spanning(graph);
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
        run = FoldedRunBuilder(first)
        for at in range(0, len(folded), FOLDED_BATCH):
            run.add(enumerate(folded[at:at + FOLDED_BATCH], first + at))
        return run.build()

    @classmethod
    def of_rows(cls, first: int, rows: Iterable[tuple[int, str]]) -> "FoldedRun":
        """The run from its rows read back (rowid, folded text), ascending: the rowids of rows
        deleted since have an empty text."""
        run = FoldedRunBuilder(first)
        run.add(rows)
        return run.build()

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


class FoldedRunBuilder:
    """A `FoldedRun` made a batch of rows at a time, each batch's texts joined when added and
    its rows let go: a run holds up to a million texts at 10 M triples, and made at once (the
    rows read, encoded, joined, freed) it was 50-130 ms of CPU in one piece, which a request
    coming meanwhile shared the GIL with. The background refresh steps aside before each
    batch (`graph.generations.step_aside`; a no-op in a request's own thread)."""

    def __init__(self, first: int) -> None:
        self.first = first
        self.starts = array("q")
        self.offset = 0
        self.chunks: list[bytes] = []  # each batch's texts joined by NUL

    def add(self, rows: Iterable[tuple[int, str]]) -> None:
        """Rows (rowid, folded text) past those added, ascending; rowids skipped have an
        empty text."""
        step_aside()
        pieces: list[bytes] = []
        starts, offset, expected = self.starts, self.offset, self.first + len(self.starts)
        for rowid, folded in rows:
            for _ in range(rowid - expected):  # rows deleted since
                pieces.append(b"")
                starts.append(offset)
                offset += 1
            piece = folded.encode()
            pieces.append(piece)
            starts.append(offset)
            offset += len(piece) + 1
            expected = rowid + 1
        self.offset = offset
        if pieces:
            self.chunks.append(b"\0".join(pieces))

    def build(self) -> FoldedRun:
        return FoldedRun(self.first, b"\0".join(self.chunks), self.starts)


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


def _without(rows: Rows, nodes: set[str]) -> Rows:
    """``rows`` but those of ``nodes`` (names by their subject, quotes by their evidence node)."""
    by_graph = {graph: GraphRows({r for r in found.names if r.subject not in nodes},
                                 {r for r in found.quotes if r.evidence not in nodes})
                for graph, found in rows.by_graph.items()}
    # (No graph left without rows: `_write` takes a graph in ``by_graph`` for a row to write.)
    return Rows({graph: found for graph, found in by_graph.items() if found.names or found.quotes},
                {node: graphs for node, graphs in rows.spanning.items() if node not in nodes})


class SearchIndex:
    """The search rows of one store in an SQLite file of its own (see the module docstring).

    ``folder``: where the file is kept across restarts (beside an on-disk store, named by the
    store's revision); None: a temporary folder of this process, removed with the index."""

    def __init__(self, base: str, folder: Path | None = None, read_only: Path | None = None) -> None:
        self.base = base
        self._folder: tempfile.TemporaryDirectory[str] | None = None
        # ``read_only``: a copy handed over with a snapshot (`copy_for_snapshot`), of the
        # snapshot's content: opened as it is, never written, never updated.
        self.read_only = read_only is not None
        if read_only is not None:
            self.path = read_only
        elif folder is None:
            _remove_folders_of_dead_processes()
            self._folder = tempfile.TemporaryDirectory(prefix=f"{_FOLDER_PREFIX}{os.getpid()}-")
            self.path = Path(self._folder.name) / "search.sqlite"
        else:
            folder.mkdir(parents=True, exist_ok=True)
            self.path = folder / _file_name(base)
        self._write_lock = threading.Lock()
        self._local = threading.local()  # one reading connection per thread
        # The folded texts of each run, for short needles: replaced (never changed) after each
        # commit; a search whose snapshot has a run not here yet reads that run with instr.
        self._folded: dict[tuple[str, Run], FoldedRun] = {}
        self._generation: int | None = None  # the store generation the rows are at, in this process
        self._writer = self._open_file()
        self._next_rowid = {kind: 1 + (self._writer.execute(f"SELECT max(id) FROM {kind}_rows").fetchone()[0] or 0)
                            for kind in ("name", "quote")}  # never reused: a run's extent names one content
        self.last_update: dict[str, float] = {}  # figures of the last update, for the benchmark and tests

    def _open_file(self) -> sqlite3.Connection:
        """The writing connection to the file: the one kept from an earlier process when it is
        of this version and base, else a new one. (A read-only copy: a reading connection,
        raising `sqlite3.Error` when it is not of this version and base.)"""
        if self.read_only:
            reader = self._connect()
            version, base = reader.execute("SELECT version, base FROM meta").fetchone()
            if version != SCHEMA_VERSION or base != self.base:
                reader.close()
                raise sqlite3.DatabaseError(f"{self.path}: a search index of another version or base")
            return reader
        if self.path.exists():
            try:
                writer = self._connect()
                version, base = writer.execute("SELECT version, base FROM meta").fetchone()
                if version == SCHEMA_VERSION and base == self.base:
                    writer.execute("UPDATE meta SET generation = -1")  # generations are this process's
                    return writer
                writer.close()
            except sqlite3.Error as exc:
                log.warning("%s: rebuilding the search index: %s", self.path, exc)
            for stale in self.path.parent.glob(self.path.name + "*"):
                stale.unlink()
        writer = self._connect()
        writer.executescript("PRAGMA journal_mode=WAL;" + _SCHEMA)
        writer.execute("UPDATE meta SET base = ?, version = ?", (self.base, SCHEMA_VERSION))
        return writer

    def _connect(self) -> sqlite3.Connection:
        # Autocommit: transactions are begun explicitly, so that a search reads the runs and
        # the rows of one snapshot while an update writes the next.
        if self.read_only:  # a copy nobody writes: no locks, no journal
            return sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro&immutable=1", uri=True,
                                   isolation_level=None, check_same_thread=False)
        connection = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        # A temporary file is rebuilt, never recovered; a kept one survives a killed process
        # (WAL: a commit is whole or absent; the meta row names the content it is of).
        connection.execute("PRAGMA synchronous=OFF" if self._folder is not None else "PRAGMA synchronous=NORMAL")
        return connection

    # updating ------------------------------------------------------------------------

    def _changed_graphs(self, store: GraphStore, generation: int) -> set[str] | None:
        """The graphs written since the rows were made, or None: not known (read all)."""
        if self._generation is not None:
            since = getattr(store, "graphs_written_since", None)
            return since(self._generation) if since is not None else None
        revision = getattr(store, "revision", None)
        saved = self._writer.execute("SELECT revision FROM meta").fetchone()[0]
        if self._folder is None and isinstance(revision, StoreRevision) and saved:
            return revision.graphs_changed_since(saved, generation)
        return None

    def catch_up(self, store: GraphStore) -> bool:
        """Bring the index up to date now, in the caller's thread, when that reads only what
        was written (at most `CATCH_UP_GRAPHS` graphs) and no update is under way; True
        when the index is then current. A search after a write thus waits a moment for the
        graphs written instead of scanning the store, or queueing behind the background
        refresh's longer builds."""
        if self.read_only or not self._write_lock.acquire(blocking=False):
            return False
        try:
            changed = self._changed_graphs(store, store.generation)
            if changed is None or len(changed) > CATCH_UP_GRAPHS:
                return False
            self._update(store)
        finally:
            self._write_lock.release()
        return True

    def update(self, store: GraphStore, reads: QuadSource | None = None) -> int:
        """Bring the index to the store's current generation; returns that generation.

        Reads only the rows of the nodes the writes since the last update can have changed
        (`Rows`), when the store says which graphs they touched (`graphs_written_since`, or
        the record beside the store across restarts); the whole store otherwise. ``reads``:
        the store's quads as the other views read them (`graph.subject_quads.SubjectQuads`,
        over the same store), so that the nodes' quads are read once for all of them."""
        if self.read_only:  # of the snapshot's content, which never changes
            return store.generation
        with self._write_lock:
            return self._update(store, reads)

    def copy_to(self, target: Path, generation: int) -> None:
        """A copy of the index as it is now, in ``target``, for processes that serve a
        snapshot of this content read-only (`copy_for_snapshot`): one file (rollback journal,
        so that it opens immutable), its rows at ``generation``, the generation the snapshot
        has when opened."""
        target.unlink(missing_ok=True)
        with self._write_lock:
            copy = sqlite3.connect(target, isolation_level=None)
            try:
                self._writer.backup(copy)
                copy.execute("PRAGMA journal_mode=DELETE")
                copy.execute("UPDATE meta SET generation = ?", (generation,))
            finally:
                copy.close()

    def _update(self, store: GraphStore, reads: QuadSource | None = None) -> int:
        native = _native(store)
        if native is None:
            raise TypeError(f"{store!r} cannot be indexed: it is not the embedded store")
        generation = store.generation  # read before reading: a write meanwhile leaves us behind it
        started = time.process_time()
        changed = self._changed_graphs(store, generation)
        revision = getattr(store, "revision", None)
        token = revision.token_at(generation) if isinstance(revision, StoreRevision) and self._folder is None else None
        nodes: set[str] | None = None
        if changed is None:
            whole_store_reads.check("the search index")
            rows = read_rows(native, self.base)
        else:
            source: QuadSource = reads if reads is not None else native
            nodes = self._nodes_of(changed) | subjects_in(source, changed, self.base)
            rows = node_rows(source, nodes, self.base)
        read = time.process_time() - started
        unchanged, written = self._write(generation, token, rows, nodes)
        self._generation = generation
        self.last_update = {"read_cpu_s": read, "total_cpu_s": time.process_time() - started,
                            "full": float(changed is None), "graphs_changed": len(changed or ()),
                            "nodes_read": -1.0 if nodes is None else float(len(nodes)),
                            "nodes_unchanged": float(unchanged), "rows_written": float(written)}
        return generation

    def _nodes_of(self, graphs: set[str]) -> set[str]:
        """The nodes whose rows the index has from ``graphs``, and the spanning ones with a
        quad in one of them (their rows may be in other graphs)."""
        db, found = self._writer, set[str]()
        for graph in graphs:
            for sql in ("SELECT subject FROM name_rows WHERE graph = ?", "SELECT evidence FROM quote_rows WHERE graph = ?",
                        "SELECT node FROM spanning WHERE graph = ?"):
                found.update(row[0] for row in db.execute(sql, (graph,)))
        return found

    def _write(self, generation: int, token: str | None, rows: Rows, nodes: set[str] | None) -> tuple[int, int]:
        """Replace the rows of ``nodes`` (None: every row) by ``rows``, as one new run of each
        kind, in one transaction (a search meanwhile reads the previous snapshot). Past
        `MAX_RUNS`, every row is rewritten as one run. The nodes whose rows are already the
        index's are left as they are (`_unchanged`). Returns the nodes left so, and the rows written."""
        db = self._writer
        db.execute("BEGIN IMMEDIATE")
        try:
            name_runs, quote_runs = (_runs_of(t) for t in db.execute("SELECT name_runs, quote_runs FROM meta").fetchone())
            unchanged: set[str] = set()
            if nodes:
                db.execute("CREATE TEMP TABLE IF NOT EXISTS affected(node TEXT PRIMARY KEY)")
                db.execute("DELETE FROM affected")
                db.executemany("INSERT INTO affected VALUES (?)", ((n,) for n in nodes))
                unchanged = self._unchanged(db, rows, nodes)
                if unchanged:
                    nodes = nodes - unchanged
                    rows = _without(rows, unchanged)
                    db.execute("DELETE FROM affected")
                    db.executemany("INSERT INTO affected VALUES (?)", ((n,) for n in nodes))
            if nodes is not None and (nodes or rows.by_graph) and max(len(name_runs), len(quote_runs)) + 1 >= MAX_RUNS:
                rows = self._merged_with_kept(db, rows, nodes)
                nodes = None
            if nodes is None:
                db.execute("DELETE FROM name_rows")
                db.execute("DELETE FROM quote_rows")
                db.execute("DELETE FROM spanning")
                db.execute("INSERT INTO name_text(name_text) VALUES ('delete-all')")
                db.execute("INSERT INTO quote_text(quote_text) VALUES ('delete-all')")
                name_runs, quote_runs = [], []
            elif nodes:  # (``affected`` holds them)
                # The FTS deletes in rowid order: FTS5 flushes its pending terms to a new segment
                # whenever a rowid goes back, and the rows in node order (the index on subject or
                # evidence) went back at nearly every row: a segment per row, then their merges
                # (1.57 of 4.1 CPU s after reloading 40 files, against 0.28 in rowid order).
                db.execute("INSERT INTO name_text(name_text, rowid, folded) SELECT 'delete', id, folded FROM name_rows "
                           "WHERE subject IN (SELECT node FROM affected) ORDER BY id")
                db.execute("DELETE FROM name_rows WHERE subject IN (SELECT node FROM affected)")
                db.execute("INSERT INTO quote_text(quote_text, rowid, folded) SELECT 'delete', id, folded FROM quote_rows "
                           "WHERE evidence IN (SELECT node FROM affected) ORDER BY id")
                db.execute("DELETE FROM quote_rows WHERE evidence IN (SELECT node FROM affected)")
                db.execute("DELETE FROM spanning WHERE node IN (SELECT node FROM affected)")
            db.executemany("INSERT OR IGNORE INTO spanning VALUES (?, ?)",
                           ((node, g) for node, graphs in rows.spanning.items() for g in graphs))
            by_graph = rows.by_graph
            names = sorted(((g, r) for g in by_graph for r in by_graph[g].names), key=lambda gr: (*name_order(gr[1]), gr[1], gr[0]))
            quotes = sorted(((g, r) for g in by_graph for r in by_graph[g].quotes),
                            key=lambda gr: (*quote_order(gr[1]), tuple(v or "" for v in gr[1]), gr[0]))
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
            db.execute("UPDATE meta SET generation = ?, name_runs = ?, quote_runs = ?, revision = ?",
                       (generation, _runs_text(name_runs), _runs_text(quote_runs), token))
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
        # The runs kept from an earlier process have their texts read back later, by
        # `read_folded_texts` (a background value of its own): at 10 M triples that is every
        # row's text, seconds of CPU a restart of an unchanged store need not spend before
        # the first requests (a short needle reads such a run with ``instr`` meanwhile).
        self._folded = texts
        return len(unchanged), len(names) + len(quotes)

    def read_folded_texts(self) -> int:
        """Read back the folded texts of the runs kept from an earlier process (for short
        needles, `FoldedRun`), a batch at a time, stepping aside for requests between
        batches (`graph.generations.step_aside`); the number of runs read. Reads a snapshot
        of its own and adds each run when read: a run's extent names one content (rowids are
        never reused), so a write meanwhile cannot make one stale."""
        db = self._reader()
        db.execute("BEGIN")
        try:
            name_runs, quote_runs = (_runs_of(t) for t in db.execute("SELECT name_runs, quote_runs FROM meta").fetchone())
            missing = [(kind, run) for kind, runs in (("name", name_runs), ("quote", quote_runs)) for run in runs
                       if (kind, run) not in self._folded]
            read = {}
            for kind, run in missing:
                built = FoldedRunBuilder(run[0])
                for lo in range(run[0], run[1] + 1, FOLDED_BATCH):
                    step_aside()
                    built.add(db.execute(f"SELECT id, folded FROM {kind}_rows WHERE id BETWEEN ? AND ? ORDER BY id",
                                         (lo, min(lo + FOLDED_BATCH - 1, run[1]))))
                read[(kind, run)] = built.build()
        finally:
            db.execute("COMMIT")
        with self._write_lock:  # `_write` replaces the dict: add to the one in place now
            self._folded = {**self._folded, **read}
        return len(read)

    @staticmethod
    def _unchanged(db: sqlite3.Connection, rows: Rows, nodes: set[str]) -> set[str]:
        """The nodes of ``nodes`` (in the temporary table ``affected``) whose rows in ``rows``
        are the index's rows of them already, graph for graph, and whose spanning graphs are
        the same. A load replaces each file's graph even when the file is unchanged: reloading
        a folder after editing two of its files rewrote every row of the forty (~19,000 nodes),
        as deletes and inserts of the FTS tables, for the same rows. A node's rows stay in
        one run (all kept, or all written again), so a search's merge of the runs, which orders
        rows of different nodes only, answers as before."""
        # Each node's rows as plain tuples, one set per node: ("n", graph, *name), ("q", graph,
        # *quote), ("s", graph) for a graph it spans (a NamedTuple equals the tuple of its fields).
        kept: dict[str, set[tuple[str | None, ...]]] = {}
        for node, *row in db.execute("SELECT subject, 'n', graph, subject, predicate, text FROM name_rows "
                                     "WHERE subject IN (SELECT node FROM affected)"):
            kept.setdefault(node, set()).add(tuple(row))
        for node, *row in db.execute("SELECT evidence, 'q', graph, evidence, subject, predicate, quote, document, "
                                     "paragraph FROM quote_rows WHERE evidence IN (SELECT node FROM affected)"):
            kept.setdefault(node, set()).add(tuple(row))
        for node, *row in db.execute("SELECT node, 's', graph FROM spanning WHERE node IN (SELECT node FROM affected)"):
            kept.setdefault(node, set()).add(tuple(row))
        if not kept:  # new nodes only (a load of new files): every row is to be written
            return set()
        fresh: dict[str, set[tuple[str | None, ...]]] = {}
        for graph, graph_rows in rows.by_graph.items():
            for name in graph_rows.names:
                if name.subject in kept:
                    fresh.setdefault(name.subject, set()).add(("n", graph, *name))
            for quote in graph_rows.quotes:
                if quote.evidence in kept:
                    fresh.setdefault(quote.evidence, set()).add(("q", graph, *quote))
        for node, graphs in rows.spanning.items():
            if node in kept:
                fresh.setdefault(node, set()).update(("s", graph) for graph in graphs)
        # (A node with no row in the index is not looked at: it has nothing to delete.)
        return {node for node, found in kept.items() if fresh.get(node) == found}

    @staticmethod
    def _merged_with_kept(db: sqlite3.Connection, rows: Rows, nodes: set[str]) -> Rows:
        """Every row of the index but those of ``nodes``, with ``rows``: for rewriting all as one run."""
        merged = Rows({g: GraphRows(set(r.names), set(r.quotes)) for g, r in rows.by_graph.items()}, dict(rows.spanning))
        for graph, *row in db.execute("SELECT graph, subject, predicate, text FROM name_rows"):
            if row[0] not in nodes:
                merged.rows_of(graph).names.add(NameMatch(*row))
        for graph, *row in db.execute("SELECT graph, evidence, subject, predicate, quote, document, paragraph FROM quote_rows"):
            if row[0] not in nodes:
                merged.rows_of(graph).quotes.add(QuoteMatch(*row))
        for node, graph in db.execute("SELECT node, graph FROM spanning"):
            if node not in nodes:
                merged.spanning.setdefault(node, set()).add(graph)
        return merged

    @staticmethod
    def _kept_runs(db: sqlite3.Connection, table: str, runs: list[Run], first: int, count: int) -> list[Run]:
        """The runs that still have rows, and the new one."""
        kept = [(lo, hi) for lo, hi in runs
                if db.execute(f"SELECT 1 FROM {table} WHERE id BETWEEN ? AND ? LIMIT 1", (lo, hi)).fetchone()]
        return kept + ([(first, first + count - 1)] if count else [])

    # searching -----------------------------------------------------------------------

    def search(self, store: GraphStore, needle: str, quotes: bool = True) -> tuple[list[NameMatch], list[QuoteMatch]] | None:
        """The names and quotes containing ``needle`` (case-insensitive), as the scan gives
        them; None when the index is not at the store's current generation. ``quotes`` False:
        the names only (no quote is read)."""
        db = self._reader()
        folded = needle.lower()
        db.execute("BEGIN")
        try:
            generation, name_runs, quote_runs = db.execute("SELECT generation, name_runs, quote_runs FROM meta").fetchone()
            if generation != store.generation:
                return None
            names = self._names(db, folded, _runs_of(name_runs))
            quoted = self._quotes(db, folded, _runs_of(quote_runs)) if quotes else []
        finally:
            db.execute("COMMIT")
        return names, quoted

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
        if self.read_only:
            return
        if self._folder is not None:
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


def _file_name(base: str) -> str:
    return f"search-{hashlib.sha256(base.encode()).hexdigest()[:16]}.sqlite"


def _kept_in(store: GraphStore) -> Path | None:
    """Where the index of an on-disk store open for writing is kept across restarts: beside
    it, with the values `graph.store.revision` names (a store open read-only, or in memory:
    nowhere, a temporary folder of the process)."""
    revision = getattr(store, "revision", None)
    return revision.folder if isinstance(revision, StoreRevision) and revision.writable else None


def index_for(store: GraphStore, base: str) -> SearchIndex:
    """The store's index (made, empty, on first use; it goes when the store goes)."""
    with _indexes_lock:
        index = _indexes.get(store)
        if index is None or index.base != base:
            if index is not None:
                index.close()
            index = _indexes[store] = SearchIndex(base, _kept_in(store))
            weakref.finalize(store, index.close)
        return index


def copy_for_snapshot(store: GraphStore, base: str, target: Path) -> bool:
    """Bring the index kept beside ``store`` up to date and copy it to ``target``, for the
    processes of `mandates serve --workers N`, which serve a read-only snapshot of the store's
    content as it is now (`open_copy`): each built an index of its own before (73 s of CPU at
    10 M triples, each). Only when that reads the graphs written since the kept index (a
    restart, or a load of a few documents), never the whole store: False then (no kept index,
    or writes not known since), and the processes build their own as before. The copy is of
    the store's content now: take the snapshot with no write in between."""
    kept = _kept_in(store)
    if kept is None or not indexable(store) or not (kept / _file_name(base)).exists():
        return False
    index = index_for(store, base)
    with index._write_lock:
        if index._changed_graphs(store, store.generation) is None:
            return False
        index._update(store)
    index.copy_to(target, SNAPSHOT_GENERATION)
    return True


# The generation of a store opened read-only (`OxigraphStore`: 0 when opened; it has no writes).
SNAPSHOT_GENERATION = 0


def open_copy(store: GraphStore, base: str, path: Path) -> bool:
    """Search ``store``, a read-only snapshot, with the index copied for it (`copy_for_snapshot`):
    True when opened; False (logged) when the file is not of this version and base or cannot be
    read: the background refresh then builds an index of the process's own, as without one."""
    if not indexable(store) or not getattr(store, "read_only", False) or store.generation != SNAPSHOT_GENERATION:
        return False
    try:
        index = SearchIndex(base, read_only=path)
    except (OSError, sqlite3.Error, TypeError) as exc:
        log.warning("%s: cannot open the search index handed over (%s); building one", path, exc)
        return False
    with _indexes_lock:
        old = _indexes.get(store)
        _indexes[store] = index
        weakref.finalize(store, index.close)
    if old is not None:
        old.close()
    return True


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
        derived.register(store, ("search index: short needles", base), _folded_reader(base), rank=FOLDED_RANK)


def _updater(base: str) -> Callable[[GraphStore], int]:
    return lambda store: index_for(store, base).update(store)  # takes the store: must not hold it


def _folded_reader(base: str) -> Callable[[GraphStore], int]:
    return lambda store: index_for(store, base).read_folded_texts()


def search(store: GraphStore, base: str, needle: str, quotes: bool = True) -> tuple[list[NameMatch], list[QuoteMatch]] | None:
    """The index's answer (see `SearchIndex.search`), or None when there is no current index
    for this store and base: then the caller scans."""
    with _indexes_lock:
        index = _indexes.get(store)
    kept = _kept_in(store) if index is None or index.base != base else None
    if kept is not None and indexable(store) and (kept / _file_name(base)).exists():
        index = index_for(store, base)  # kept beside the store: caught up below, before the refresh reaches it
    if index is None or index.base != base:
        return None
    found = index.search(store, needle, quotes)
    if found is None and index.catch_up(store):
        found = index.search(store, needle, quotes)
    return found


def names_containing(store: GraphStore, base: str, needle: str) -> list[NameMatch] | None:
    """The first `NAME_LIMIT` names holding ``needle`` (case-insensitive, shortest first), read
    from the index; None when there is no current index (see `search`)."""
    found = search(store, base, needle, quotes=False)
    return found[0] if found is not None else None

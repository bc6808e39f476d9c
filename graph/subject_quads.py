"""The quads of the graphs written, and of each IRI, read from the embedded store once for every
view brought up to date after a write.

After a load, the search index and the lineage view both read every quad of each graph written
(``(?, ?, ?, graph)``: the IRIs to read again, `graph.search_index.subjects_in`,
`graph.lineage_origins.origins`), then the quads of those IRIs, one lookup per IRI
``(iri, ?, ?, ?)`` (`graph.search_index.node_rows`, `graph.lineage.rows_of`), mostly the same:
the evidence nodes of the facts written, with their quotes, documents and paragraphs.
`SubjectQuads` answers both lookups from what an earlier one read, so the second view reads
none of them from the store again (a 3.6 MB load into a 1 M store: the lineage's rows 4.2 →
1.2 CPU s). Any other pattern goes to the store.

The statuses' update reads the same graphs first (`graph.status_kept.update`: the IRIs each
graph written holds); it is reached through the statuses file (`graph.status_rows`), not
called with the reader, so `bring_up_to_date` lends it for its steps (`shared`) and the
statuses find it by their store (`reads_of`).

It is valid only while the store is not written: `graph.kept_views.bring_up_to_date` makes
one for its steps, which read the store and write only the views' files. It keeps at most
`MAX_QUADS` quads (Python objects, ~0.45 kB each: a 3.6 MB load's process peaked at 451 MB
against 290 without it); past that, lookups read the store as before.

A graph the writing process still holds as the N-Quads it stored (``as_written``: `mandates load`
keeps its documents' graphs, `loaders.pipeline.Loader.written`) is parsed from that text instead
of read back from the store: the store decodes ~10 µs a quad, the parser ~1 µs, for the same
quads (typed literals aside, which the store gives back in their canonical form: the emitter
writes only canonical integers and dates). Only the order of one graph's quads differs, which
none of the views' readers depends on (they gather sets, or keep the least of each value).
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterable, Iterator, Mapping, Protocol

import pyoxigraph as ox

# A 3.6 MB load (174,000 quads) keeps ~350,000 (its graphs', then its IRIs'): a bigger load's
# later lookups read the store (at most ~180 MB kept).
MAX_QUADS = 400_000

Subject = ox.NamedNode | ox.BlankNode | ox.Triple | None
Graph = ox.NamedNode | ox.BlankNode | ox.DefaultGraph | None


class QuadSource(Protocol):
    """What the views' readers use of a pyoxigraph store: `ox.Store` itself, or `SubjectQuads`."""

    def quads_for_pattern(self, subject: Subject, predicate: ox.NamedNode | None, object: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None,
                          graph_name: Graph = None) -> Iterable[ox.Quad]: ...


class SubjectQuads:
    """A pyoxigraph store whose lookups of every quad of one subject are kept (see the module).

    A subject's lookup is also answered from the graphs read whole when they hold every quad
    of it (`_alone`: the evidence nodes of the facts written, nearly all of a load's subjects):
    the store's answer is then the subject's quads of that one graph, in the same order (both
    indexes order one subject's quads of one graph by predicate, then object). Which subjects
    have a quad elsewhere is asked once for all of them, by one SPARQL query per `CHECK_BATCH`
    that scans their quads without making Python objects of them (a 3.6 MB load: ~1 CPU s
    against ~2.4 for reading every subject's quads again)."""

    CHECK_BATCH = 2000

    def __init__(self, native: ox.Store, max_quads: int = MAX_QUADS,
                 as_written: Mapping[str, bytes] | None = None) -> None:
        self.native = native
        self.max_quads = max_quads
        # Graph IRI -> its N-Quads as stored by this process, still its content (see the module).
        self.as_written = as_written or {}
        self._kept: dict[tuple[Subject, Graph], list[ox.Quad]] = {}
        self._count = 0
        self.hits = 0
        # Per subject (an IRI) of the graphs read whole and kept: its quads there, when they
        # are all in one of those graphs (a subject in two of them is left to the store: its
        # lookup orders the quads of both graphs together).
        self._in_graphs: dict[ox.NamedNode, list[ox.Quad]] = {}
        self._in_several: set[ox.NamedNode] = set()
        self._graphs_read: list[ox.NamedNode] = []
        self._unchecked: set[ox.NamedNode] = set()
        self._alone: set[ox.NamedNode] = set()  # checked: no quad outside the graphs read whole
        self._alone_quads: dict[Subject, list[ox.Quad]] = {}  # their quads (`_in_graphs`), by subject
        self._iris_of: dict[ox.NamedNode, set[str]] = {}  # per graph read whole and kept: `iris_in`
        self._by_predicate: dict[str, dict[str, list[ox.Quad]]] = {}  # per graph as written: `by_predicate`

    def quads_for_pattern(self, subject: Subject, predicate: ox.NamedNode | None, object: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None,
                          graph_name: Graph = None) -> Iterable[ox.Quad]:
        if subject is not None and graph_name is None and predicate is None and object is None:
            # The lookup every view makes of each node (~56,000 after a 3.6 MB load): one dict read.
            if subject in self._unchecked:
                self._check()
            found = self._alone_quads.get(subject)
            if found is not None:
                self.hits += 1
                return found
        if subject is not None and graph_name is None and isinstance(subject, ox.NamedNode) and self._is_alone(subject):
            self.hits += 1
            quads = self._in_graphs[subject]
            if predicate is None and object is None:
                return quads
            return [q for q in quads if (predicate is None or q.predicate == predicate) and (object is None or q.object == object)]
        # Every quad of one subject (in every graph), or every quad of one named graph.
        if predicate is not None or object is not None or (subject is None) == (graph_name is None):
            return self.native.quads_for_pattern(subject, predicate, object, graph_name)
        key = (subject, graph_name)
        kept = self._kept.get(key)
        if kept is not None:
            self.hits += 1
            return kept
        written = self.as_written.get(graph_name.value) if subject is None and isinstance(graph_name, ox.NamedNode) else None
        if written is not None:
            quads = list(ox.parse(written, format=ox.RdfFormat.N_QUADS))
        else:
            quads = list(self.native.quads_for_pattern(subject, None, None, graph_name))
        if self._count + len(quads) <= self.max_quads:
            self._kept[key] = quads
            self._count += len(quads)
            if subject is None and isinstance(graph_name, ox.NamedNode):
                self._index(graph_name, quads)
        return quads

    def _index(self, graph: ox.NamedNode, quads: list[ox.Quad]) -> None:
        """The quads of ``graph``, read whole, by subject (see the class docstring)."""
        self._graphs_read.append(graph)
        here: dict[ox.NamedNode, list[ox.Quad]] = {}
        objects: set[str] = set()
        by_predicate: dict[str, list[ox.Quad]] = {}  # (`by_predicate`, made in the same pass)
        for quad in quads:
            subject, object = quad.subject, quad.object
            predicate = quad.predicate.value
            found = by_predicate.get(predicate)
            if found is None:
                by_predicate[predicate] = [quad]
            else:
                found.append(quad)
            if isinstance(subject, ox.NamedNode):
                found = here.get(subject)
                if found is None:
                    here[subject] = [quad]
                else:
                    found.append(quad)
            if isinstance(object, ox.NamedNode):
                objects.add(object.value)
        self._iris_of[graph] = objects.union(s.value for s in here)
        self._by_predicate[graph.value] = by_predicate
        for subject, found in here.items():
            if subject in self._in_graphs or subject in self._in_several:
                self._in_several.add(subject)
                self._in_graphs.pop(subject, None)
                self._unchecked.discard(subject)
                self._alone.discard(subject)
                self._alone_quads.pop(subject, None)
            else:
                self._in_graphs[subject] = found
                self._unchecked.add(subject)

    def by_predicate(self, graph: str) -> Mapping[str, list[ox.Quad]] | None:
        """The quads of ``graph`` (a named graph's IRI) by predicate IRI, when it is held as
        written (parsed once) or was read whole and kept by an earlier view: the per-graph reads
        of the lists, labels, home lists and statistics (`graph.member_values`, `graph.stats_kept`)
        answered from them, not by a SPARQL query per graph and view (~340 after a 40-file load,
        whose rows cost ~7 µs each in Python). None otherwise: a graph the views would not read
        whole (a links graph naming every document of a large store) is left to their queries."""
        found = self._by_predicate.get(graph)
        if found is None:
            if graph not in self.as_written and (None, ox.NamedNode(graph) if _writable(graph) else None) not in self._kept:
                return None
            found = {}
            for quad in self.quads_for_pattern(None, None, None, ox.NamedNode(graph)):
                found.setdefault(quad.predicate.value, []).append(quad)
            self._by_predicate[graph] = found
        return found

    def iris_in(self, graph: ox.NamedNode) -> set[str] | None:
        """Every IRI with a quad in ``graph`` (as its subject or object), when it was read
        whole and kept (else None): found while keeping its quads, not by reading them again."""
        return self._iris_of.get(graph)

    def _is_alone(self, subject: ox.NamedNode) -> bool:
        """Whether every quad of ``subject`` is in the one graph read whole that holds it."""
        if subject not in self._in_graphs:
            return False
        if subject in self._unchecked:
            self._check()
        return subject in self._alone

    def _check(self) -> None:
        """Which of the subjects not checked yet have a quad outside the graphs read whole
        (in another named graph, or in the default graph): those are left to the store."""
        graphs = ", ".join(str(g) for g in self._graphs_read)
        pending = sorted((s for s in self._unchecked if _writable(s.value)), key=lambda s: s.value)
        elsewhere: set[str] = set()
        for start in range(0, len(pending), self.CHECK_BATCH):
            values = " ".join(str(s) for s in pending[start:start + self.CHECK_BATCH])
            query = (f"SELECT DISTINCT ?s WHERE {{ VALUES ?s {{ {values} }} "
                     f"{{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g NOT IN ({graphs})) }} UNION {{ ?s ?p ?o }} }}")
            solutions = self.native.query(query)
            assert isinstance(solutions, ox.QuerySolutions)  # a SELECT's answer
            for row in solutions:
                found = row["s"]
                if isinstance(found, ox.NamedNode):
                    elsewhere.add(found.value)
        alone = [s for s in pending if s.value not in elsewhere]
        self._alone.update(alone)
        self._alone_quads.update((s, self._in_graphs[s]) for s in alone)
        self._unchecked.clear()


_NOT_IN_IRIS = frozenset('<>"{}|\\^` \t\n\r')


def _writable(iri: str) -> bool:
    """Whether ``iri`` can be written as ``<iri>`` in a query (one that cannot is left to the store)."""
    return _NOT_IN_IRIS.isdisjoint(iri)


# The reader lent to the steps of `graph.kept_views.bring_up_to_date` (None: none lent).
_lent: ContextVar["SubjectQuads | None"] = ContextVar("subject_quads_lent", default=None)


@contextmanager
def shared(reads: SubjectQuads | None) -> Iterator[None]:
    """``reads`` found by `reads_of` within the block (the store must not be written in it)."""
    token = _lent.set(reads)
    try:
        yield
    finally:
        _lent.reset(token)


def native_of(store: object) -> ox.Store | None:
    """The pyoxigraph store under an embedded store, else None (a SPARQL endpoint's)."""
    native = getattr(store, "_store", None)
    return native if isinstance(native, ox.Store) else None


def reads_of(native: ox.Store) -> QuadSource:
    """The reader lent (`shared`) when it reads ``native``, else ``native`` itself."""
    lent = _lent.get()
    return lent if lent is not None and lent.native is native else native

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
"""

from __future__ import annotations

from contextlib import contextmanager
from contextvars import ContextVar
from typing import Iterable, Iterator, Protocol

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
    """A pyoxigraph store whose lookups of every quad of one subject are kept (see the module)."""

    def __init__(self, native: ox.Store, max_quads: int = MAX_QUADS) -> None:
        self.native = native
        self.max_quads = max_quads
        self._kept: dict[tuple[Subject, Graph], list[ox.Quad]] = {}
        self._count = 0
        self.hits = 0

    def quads_for_pattern(self, subject: Subject, predicate: ox.NamedNode | None, object: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple | None,
                          graph_name: Graph = None) -> Iterable[ox.Quad]:
        # Every quad of one subject (in every graph), or every quad of one named graph.
        if predicate is not None or object is not None or (subject is None) == (graph_name is None):
            return self.native.quads_for_pattern(subject, predicate, object, graph_name)
        key = (subject, graph_name)
        kept = self._kept.get(key)
        if kept is not None:
            self.hits += 1
            return kept
        quads = list(self.native.quads_for_pattern(subject, None, None, graph_name))
        if self._count + len(quads) <= self.max_quads:
            self._kept[key] = quads
            self._count += len(quads)
        return quads


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

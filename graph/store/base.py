"""What every store backend is: the `GraphStore` protocol, its errors and its result types.

Everything above the store (loaders, API, lineage) talks to `GraphStore` only. Results are
pyoxigraph's result objects on every backend (`QuerySolutions`, `QueryBoolean`,
`QueryTriples`), so callers never learn which backend they are on.

Semantics that callers rely on:

- Each source document's triples live in their own named graph. `replace_graphs` swaps
  named graphs atomically: all of them change, or none do.
- Queries see the *union of all named graphs* as their default graph unless they name a
  dataset: the caller's ``default_graphs``/``named_graphs`` (the SPARQL protocol's
  ``default-graph-uri``/``named-graph-uri``), or else the query's own ``FROM``/``FROM NAMED``.
- ``base_iri`` (queries with limits, updates) resolves relative IRIs in the text; without it
  a relative IRI is a syntax error.
- No query or update reaches the network (SERVICE, LOAD) unless ``allow_network`` is set
  (`graph.store.guard` decides it on the parsed text).

This module imports nothing else of the package, so every other module of it may import it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Collection, Iterable, Mapping, Protocol, Sequence, Union, runtime_checkable

import pyoxigraph as ox

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]
Bindings = Mapping[str, Union[ox.NamedNode, ox.Literal, ox.BlankNode]]
# What `query_with_limits` returns: results read in full, so they can be re-serialized.
LimitedResult = Union[ox.QuerySolutions, ox.QueryBoolean, list]  # list of ox.Triple for CONSTRUCT/DESCRIBE

# A store location with one of these schemes is a SPARQL 1.1 server (``sparql+`` + its query URL).
SPARQL_SCHEMES = ("sparql+http://", "sparql+https://")

# Formats the whole dataset (with graph names) or the union graph can be exported in.
DATASET_FORMATS = {"trig": ox.RdfFormat.TRIG, "nquads": ox.RdfFormat.N_QUADS}
GRAPH_FORMATS = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}


class StoreError(RuntimeError):
    """The store could not do what was asked; the message says why."""


class QuerySyntaxError(StoreError):
    """The SPARQL text does not parse; the message is the parser's."""


class NetworkDisabledError(StoreError):
    """The query or update would reach the network and the operator has not allowed it."""


class QueryLimitError(StoreError):
    """A query went over a limit (time or rows) and was stopped; the message says which."""


class QueryTimeoutError(QueryLimitError):
    """A query ran longer than its time limit and was stopped."""


def timeout_message(timeout: float) -> str:
    return (
        f"query exceeded the {timeout:g} s time limit and was stopped; "
        "narrow it (LIMIT, more specific patterns) or ask the operator to raise MANDATES_QUERY_TIMEOUT"
    )


def update_timeout_message(timeout: float) -> str:
    return (
        f"update exceeded the {timeout:g} s time limit and was stopped; nothing was changed. "
        "Narrow its WHERE (more specific patterns, GRAPH, VALUES), split it, or ask the operator "
        "to raise MANDATES_UPDATE_TIMEOUT"
    )


def rows_message(max_rows: int | None) -> str:
    return (
        f"query result exceeds the {max_rows} row limit; add a LIMIT (and OFFSET to page) "
        "or ask the operator to raise MANDATES_MAX_ROWS"
    )


def unknown_format(fmt: str) -> StoreError:
    return StoreError(
        f"unknown export format {fmt!r}; use one of {', '.join([*DATASET_FORMATS, *GRAPH_FORMATS])}"
    )


@runtime_checkable
class GraphStore(Protocol):
    """What every backend offers. See the module docstring for the semantics."""

    allow_network: bool
    # Incremented by every write made through this object: caches (the lineage view)
    # compare it to know when to rebuild. The embedded store also says which named graphs
    # the writes since a generation touched (`OxigraphStore.graphs_written_since`), so that
    # whole-store values are brought up to date from those graphs alone.
    generation: int

    def query(
        self,
        sparql: str,
        *,
        bindings: Bindings | None = None,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult: ...

    def query_with_limits(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float,
        max_rows: int | None,
        base_iri: str | None = None,
    ) -> LimitedResult:
        """Run a user's query so that it can be stopped: raises QueryTimeoutError after
        ``timeout`` seconds and QueryLimitError past ``max_rows`` rows, and the process
        stays responsive to other queries meanwhile."""
        ...

    def update(self, sparql: str, *, base_iri: str | None = None, timeout: float | None = None,
               graphs: Collection[str] | None = None) -> None:
        """Run a SPARQL Update, all of it or none. With ``timeout``, an update whose WHERE
        takes longer is stopped and raises QueryTimeoutError, the store unchanged (where the
        backend can stop one; see each backend). ``graphs``: the named graphs the update
        writes, when the caller knows them (it changes no other graph): values kept beside
        the store are then brought up to date from those graphs alone; None (a user's
        update): the embedded store reads them from the text where it names them
        (`graph.store.update_graphs`), else they are not known and everything is read again."""
        ...

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        """Replace each named graph by the given N-Triples text, all in one transaction."""
        ...

    def drop_graphs(self, graphs: Iterable[str]) -> None: ...

    def named_graphs(self) -> list[str]: ...

    def count(self, graph: str | None = None) -> int:
        """Number of quads in one named graph, or in the whole dataset."""
        ...

    def bulk_load(self, path: Path, graph: str) -> None:
        """Load a large N-Triples file into a named graph, fast and not transactionally."""
        ...

    def bulk_load_quads(self, path: Path) -> None:
        """Load a large N-Quads file (each quad in its named graph), fast and not
        transactionally: what a shard of `mandates extract` holds."""
        ...

    def export(self, fmt: str) -> bytes: ...

    def close(self) -> None: ...

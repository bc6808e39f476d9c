"""One store interface, two backends: the embedded Oxigraph store here, a remote SPARQL 1.1
server in `graph.sparql_http_store`.

Everything above the store (loaders, API, lineage) talks to `GraphStore` only. Results are
pyoxigraph's result objects on both backends (`QuerySolutions`, `QueryBoolean`,
`QueryTriples`), so callers never learn which backend they are on.

Semantics that callers rely on:

- Each source document's triples live in their own named graph. `replace_graphs` swaps
  named graphs atomically: all of them change, or none do.
- Queries see the *union of all named graphs* as their default graph unless the caller
  gives explicit ``default_graphs`` (the SPARQL protocol's ``default-graph-uri``).
- No query or update reaches the network (SERVICE, LOAD) unless ``allow_network`` is set
  (`graph.sparql_guard` decides it on the parsed text).
"""

from __future__ import annotations

import contextlib
import re
import threading
from pathlib import Path
from typing import Iterable, Mapping, Protocol, Sequence, Union, runtime_checkable

import pyoxigraph as ox

from graph import sparql_guard
from graph.namespaces import PREFIXES

QueryResult = Union[ox.QuerySolutions, ox.QueryBoolean, ox.QueryTriples]
Bindings = Mapping[str, Union[ox.NamedNode, ox.Literal, ox.BlankNode]]

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


# What `query_with_limits` returns: results read in full, so they can be re-serialized.
LimitedResult = Union[ox.QuerySolutions, ox.QueryBoolean, list]  # list of ox.Triple for CONSTRUCT/DESCRIBE


@runtime_checkable
class GraphStore(Protocol):
    """What every backend offers. See the module docstring for the semantics."""

    allow_network: bool
    # Incremented by every write made through this object: caches (the lineage view)
    # compare it to know when to rebuild.
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
    ) -> LimitedResult:
        """Run a user's query so that it can be stopped: raises QueryTimeoutError after
        ``timeout`` seconds and QueryLimitError past ``max_rows`` rows, and the process
        stays responsive to other queries meanwhile."""
        ...

    def update(self, sparql: str) -> None: ...

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


# ------------------------------------------------------------------------------ guards

_STRINGS_AND_COMMENTS = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"{}|^`\\\s]*>|#[^\n]*'
)
_UPDATE_KEYWORDS = re.compile(
    r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE
)


def strip_literals(sparql: str) -> str:
    """The query with strings, IRIs and comments blanked, so keywords can be looked for."""
    return _STRINGS_AND_COMMENTS.sub(" ", sparql)


def check_network(sparql: str, allow_network: bool, *, update: bool = False) -> str:
    """The text to run, once `graph.sparql_guard` has shown that it reaches no other machine.

    Raises `NetworkDisabledError` (a `StoreError`) otherwise; see that module for how.
    """
    try:
        return sparql_guard.check_network(sparql, allow_network, update=update)
    except sparql_guard.NetworkDisabledError as exc:
        raise NetworkDisabledError(str(exc)) from None


def looks_like_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update rather than a query."""
    return bool(_UPDATE_KEYWORDS.search(strip_literals(sparql)))


_WHERE_BRACE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)


def bind_values(sparql: str, bindings: Bindings) -> str:
    """The query with an inline ``VALUES`` block binding each variable to a term.

    Parameters are bound by RDF term, serialized by pyoxigraph, never by pasting user text
    into the query. The block opens the WHERE group, so it constrains every pattern in it,
    whether or not the variable is projected (pyoxigraph's own substitution requires it to
    be). Same text on every backend.
    """
    if not bindings:
        return sparql
    for name, term in bindings.items():
        if not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise StoreError(f"invalid variable name {name!r}")
        if not isinstance(term, (ox.NamedNode, ox.Literal)):
            raise StoreError(f"cannot bind ?{name} to {term!r}: only IRIs and literals")
    names = " ".join(f"?{n}" for n in bindings)
    row = " ".join(str(t) for t in bindings.values())
    block = f" VALUES ({names}) {{ ({row}) }} "
    # Find the WHERE brace in a copy with strings/IRIs/comments blanked (same offsets).
    masked = _STRINGS_AND_COMMENTS.sub(lambda m: " " * len(m.group(0)), sparql)
    found = _WHERE_BRACE.search(masked)
    if found is None:
        brace = masked.find("{")  # SELECT * { ... } without the optional WHERE keyword
        if brace < 0:
            raise StoreError("cannot bind parameters: the query has no WHERE clause")
        position = brace + 1
    else:
        position = found.end()
    return sparql[:position] + block + sparql[position:]


def _timeout_message(timeout: float) -> str:
    return (
        f"query exceeded the {timeout:g} s time limit and was stopped; "
        "narrow it (LIMIT, more specific patterns) or ask the operator to raise MANDATES_QUERY_TIMEOUT"
    )


def _rows_message(max_rows: int | None) -> str:
    return (
        f"query result exceeds the {max_rows} row limit; add a LIMIT (and OFFSET to page) "
        "or ask the operator to raise MANDATES_MAX_ROWS"
    )


_POOL_LOCK = threading.Lock()


def ntriples_to_insert(graph: str, ntriples: str) -> str:
    """An INSERT DATA body for one named graph (N-Triples is valid inside INSERT DATA)."""
    return f"INSERT DATA {{ GRAPH <{graph}> {{\n{ntriples}\n}} }}"


# ------------------------------------------------------------------------------ Oxigraph


class OxigraphStore:
    """The embedded store: pyoxigraph on disk (persistent) or in memory (``path=None``)."""

    def __init__(self, path: str | Path | None = None, *, allow_network: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.allow_network = allow_network
        self.generation = 0
        try:
            if self.path is None:
                self._store = ox.Store()
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{self.path}: the store is in use by another process "
                    "(is `mandates serve` running on it?)"
                ) from exc
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc

    def __repr__(self) -> str:
        return f"OxigraphStore({str(self.path) if self.path else 'memory'!r})"

    # reading ---------------------------------------------------------------------------

    def query(
        self,
        sparql: str,
        *,
        bindings: Bindings | None = None,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
    ) -> QueryResult:
        sparql = check_network(sparql, self.allow_network)
        options: dict[str, object] = {"prefixes": PREFIXES}
        if default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        if bindings:
            sparql = bind_values(sparql, bindings)
        try:
            return self._store.query(sparql, **options)  # type: ignore[arg-type]
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (OSError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc

    def query_with_limits(
        self,
        sparql: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float,
        max_rows: int | None,
    ) -> LimitedResult:
        """See `GraphStore.query_with_limits`.

        On disk, the query runs in a worker process (`graph.query_pool`) that is killed when
        it outlives ``timeout``. In memory no other process can see the data, so the query
        runs in the calling thread and the deadline is checked between result rows: a query
        that spends its time before producing the first row (a big ORDER BY or aggregate)
        cannot be stopped there. Serve from an on-disk store for a real time limit.
        """
        sparql = check_network(sparql, self.allow_network)
        if self.path is None:
            return self._query_in_thread(sparql, default_graphs, named_graphs, timeout, max_rows)
        from graph import query_pool as qp

        try:
            kind, data = self._query_pool().run(
                sparql,
                generation=self.generation,
                prefixes=PREFIXES,
                default_graphs=default_graphs,
                named_graphs=named_graphs,
                timeout=timeout,
                max_rows=max_rows,
            )
        except qp.PoolTimeout:
            raise QueryTimeoutError(_timeout_message(timeout)) from None
        except qp.PoolBusy:
            raise QueryLimitError(
                f"the server is busy: every query worker stayed busy for {timeout:g} s; try again shortly"
            ) from None
        except qp.WorkerError as exc:
            if exc.kind == "syntax":
                raise QuerySyntaxError(str(exc)) from None
            if exc.kind == "rows":
                raise QueryLimitError(_rows_message(max_rows)) from None
            raise StoreError(str(exc)) from None
        except qp.WorkerFailed as exc:
            raise StoreError(f"the query failed: {exc}") from None
        return qp.bytes_to_result(kind, data)

    def _query_in_thread(
        self,
        sparql: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float,
        max_rows: int | None,
    ) -> LimitedResult:
        import time

        from graph import query_pool as qp

        deadline = time.monotonic() + timeout
        result = self.query(sparql, default_graphs=default_graphs, named_graphs=named_graphs)
        try:
            kind, data = qp.results_to_bytes(result, max_rows, deadline)
        except qp.RowLimitExceeded:
            raise QueryLimitError(_rows_message(max_rows)) from None
        except TimeoutError:
            raise QueryTimeoutError(_timeout_message(timeout)) from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc
        if time.monotonic() > deadline:
            raise QueryTimeoutError(_timeout_message(timeout))
        return qp.bytes_to_result(kind, data)

    def _query_pool(self):  # type: ignore[no-untyped-def]
        pool = getattr(self, "_pool", None)
        if pool is None:
            from graph.query_pool import QueryPool

            with _POOL_LOCK:
                pool = getattr(self, "_pool", None)
                if pool is None:
                    # Workers read a checkpoint of the store, never the live database.
                    pool = self._pool = QueryPool(
                        str(self.path), snapshot=self._snapshot, isolate=not self.allow_network
                    )
        return pool

    def _snapshot(self, target: str) -> None:
        self._store.backup(target)

    def _exclusive(self):  # type: ignore[no-untyped-def]
        """Held around every write: waits for the worker queries in flight, makes the workers
        close their read-only snapshot and deletes it (the next query makes a fresh one)."""
        pool = getattr(self, "_pool", None)
        if pool is None:
            return contextlib.nullcontext()
        return pool.write_lock()

    def close_workers(self) -> None:
        """Stop the query worker processes (they restart lazily if queried again)."""
        pool = getattr(self, "_pool", None)
        if pool is not None:
            self._pool = None
            pool.close()

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def export(self, fmt: str) -> bytes:
        if fmt in DATASET_FORMATS:
            return self._store.dump(format=DATASET_FORMATS[fmt], prefixes=PREFIXES)
        if fmt in GRAPH_FORMATS:
            triples = self._store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            options = {} if fmt in {"ntriples", "jsonld"} else {"prefixes": PREFIXES}
            return ox.serialize(triples, format=GRAPH_FORMATS[fmt], **options)  # type: ignore[arg-type]
        raise StoreError(
            f"unknown export format {fmt!r}; use one of {', '.join([*DATASET_FORMATS, *GRAPH_FORMATS])}"
        )

    # writing ---------------------------------------------------------------------------

    def update(self, sparql: str) -> None:
        sparql = check_network(sparql, self.allow_network, update=True)
        with self._exclusive():
            try:
                self._store.update(sparql, prefixes=PREFIXES)
            except SyntaxError as exc:
                raise QuerySyntaxError(str(exc)) from exc
            except (OSError, RuntimeError) as exc:
                raise StoreError(str(exc)) from exc
            if self.path is not None:
                self._store.flush()
            self.generation += 1

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        # One SPARQL update is one transaction in Oxigraph: every graph changes or none does.
        operations = []
        for graph, ntriples in graphs.items():
            operations.append(f"DROP SILENT GRAPH <{graph}>")
            if ntriples.strip():
                operations.append(ntriples_to_insert(graph, ntriples))
        if operations:
            self._write(" ;\n".join(operations))

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        operations = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
        if operations:
            self._write(" ;\n".join(operations))

    def bulk_load(self, path: Path, graph: str) -> None:
        with self._exclusive():
            self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
            self.generation += 1

    def bulk_load_quads(self, path: Path) -> None:
        with self._exclusive():
            try:
                self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
            except (SyntaxError, OSError, RuntimeError) as exc:
                raise StoreError(f"{path}: bulk load failed: {exc}") from exc
            self.generation += 1

    def _write(self, sparql: str) -> None:
        with self._exclusive():
            try:
                self._store.update(sparql)
            except (SyntaxError, OSError, RuntimeError) as exc:
                raise StoreError(f"write failed, store unchanged: {exc}") from exc
            if self.path is not None:
                self._store.flush()
            self.generation += 1

    def close(self) -> None:
        self.close_workers()
        if self.path is not None:
            self._store.flush()
        # pyoxigraph closes the database when the object is collected.
        del self._store


def open_store(location: str, *, allow_network: bool = False, **remote_options: str) -> GraphStore:
    """Open the store a settings string names: a folder, ``memory``, or ``sparql+http(s)://``."""
    if location == "memory":
        return OxigraphStore(None, allow_network=allow_network)
    if location.startswith(("sparql+http://", "sparql+https://")):
        from graph.sparql_http_store import SparqlHttpStore  # optional backend

        return SparqlHttpStore.from_location(location, allow_network=allow_network, **remote_options)
    return OxigraphStore(location, allow_network=allow_network)

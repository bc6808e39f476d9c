"""The embedded store: pyoxigraph on disk (persistent) or in memory.

One process holds an on-disk store (RocksDB's lock); user queries with time and row limits
run in worker processes over a snapshot of it (`graph.store.query_pool`), so that a runaway
query can be killed. See `graph.store.base` for what every store guarantees.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import re
import threading
import time
from pathlib import Path
from typing import Collection, Iterable, Iterator, Mapping, Sequence

import pyoxigraph as ox

from mandate_graph.graph.namespaces import PREFIXES
from mandate_graph.graph.store import codec
from mandate_graph.graph.store.cheap_repeats import CheapRepeats
from mandate_graph.graph.store.nquads import graphs_as_nquads, has_blank_nodes
from mandate_graph.graph.store import query_pool as qp
from mandate_graph.graph.store.revision import StoreRevision
from mandate_graph.graph.store.update_graphs import graphs_an_update_writes
from mandate_graph.graph.store.nquads_graphs import graphs_of_nquads_file
from mandate_graph.graph.store.base import (
    DATASET_FORMATS,
    GRAPH_FORMATS,
    Bindings,
    LimitedResult,
    QueryLimitError,
    QueryResult,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    rows_message,
    timeout_message,
    unknown_format,
    update_timeout_message,
)
from mandate_graph.graph.store.sparql_text import (
    bind_values,
    check_network,
    has_dataset_clause,
    ntriples_to_insert,
    update_reads_the_store,
)

_POOL_LOCK = threading.Lock()

log = logging.getLogger(__name__)

# Write-ahead log left by a process that did not close the store (killed during a big write):
# opening replays it first (bench/bench_kill_open.py: 109-133 s once, after a kill right after a
# 540 k-triple update's commit). Past this size the open says so, instead of hanging silently.
RECOVERY_NOTICE_BYTES = 32 * 1024 * 1024
# Writes whose touched graphs are remembered in memory (`graphs_written_since`); an older
# generation answers "not known".
TOUCHED_KEPT = 4096


# The graph naming the graphs a bulk write is adding, while it adds them (`_add_new_graphs`).
UNFINISHED_GRAPHS = "urn:mandate-graph:unfinished-bulk-write"
_UNFINISHED_MARKER = ox.NamedNode(UNFINISHED_GRAPHS)
_UNFINISHED_MEMBER = ox.NamedNode("urn:mandate-graph:unfinished-graph")
# Where a bulk write's N-Quads put a line that had no graph name (see `_bulk_load_as_nquads`).
_STRAY_TRIPLES = ox.NamedNode("urn:mandate-graph:unfinished-bulk-write:stray-triples")


def write_ahead_log_bytes(folder: Path) -> int:
    """The size of RocksDB's write-ahead log files (``*.log``) in a store folder."""
    try:
        return sum(f.stat().st_size for f in folder.glob("*.log") if f.is_file())
    except OSError:
        return 0


# Texts on which the network guard may parse (milliseconds to seconds of rdflib: not on an
# event loop): its suspect words, or escapes that could spell them (`graph.store.guard`). Only
# which path runs depends on this; both check the text.
_GUARD_MAY_PARSE = re.compile(r"service|load|define|bif:|sql:|\\u|\\U", re.IGNORECASE)


@functools.lru_cache(maxsize=512)
def _names_dataset(sparql: str) -> bool:
    """`has_dataset_clause`, remembered for the texts answered in the server (their repeats)."""
    return has_dataset_clause(sparql)


class OxigraphStore:
    """The embedded store: pyoxigraph on disk (persistent) or in memory (``path=None``)."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        allow_network: bool = False,
        query_workers: int = 3,
        worker_memory_mb: int = 0,
        read_only: bool = False,
    ) -> None:
        """``path=None``: in memory. ``query_workers``: at most that many worker processes
        for `query_with_limits` on disk, each limited to ``worker_memory_mb`` MiB (0: no limit).
        ``read_only``: open a folder that no process writes to (a snapshot) without taking
        its lock, so that several processes can share it; every write then fails."""
        self.path = Path(path) if path is not None else None
        self.allow_network = allow_network
        self.query_workers = query_workers
        self.worker_memory_mb = worker_memory_mb
        self.read_only = read_only and self.path is not None
        self.generation = 0
        # Queries a worker answered cheaply, run here when repeated (graph/store/cheap_repeats.py).
        self._cheap_repeats = CheapRepeats()
        # (query key, results format) a worker wrote a small answer for, by the generation it
        # answered at: a repeat sent to a worker has it written at once (`codec.write_within`).
        self._small_answers: dict[tuple[object, ...], int] = {}
        self.answered_here = 0  # queries run here instead of in a worker (for tests and stats)
        # The named graphs each write touched, by the generation it made (None: not known).
        self._touched: dict[int, frozenset[str] | None] = {}
        try:
            if self.path is None:
                self._store = ox.Store()
            elif self.read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                pending = write_ahead_log_bytes(self.path)
                if pending > RECOVERY_NOTICE_BYTES:
                    log.warning(
                        "%s: the store was not closed cleanly; replaying %d MB of its write-ahead "
                        "log before it opens, which can take minutes", self.path, pending // 2**20,
                    )
                self._store = ox.Store(str(self.path))
                if self._store.contains_named_graph(_UNFINISHED_MARKER):
                    removed = self._remove_unfinished_graphs()
                    log.warning("%s: removed %d graph(s) a killed load had begun to add", self.path, len(removed))
        except OSError as exc:
            if "lock" in str(exc).lower():
                raise StoreError(
                    f"{self.path}: the store is in use by another process "
                    "(is `mandates serve` running on it?)"
                ) from exc
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        # What names the content of an on-disk store across restarts (graph/store/revision.py).
        self.revision = StoreRevision(self.path, writable=not self.read_only) if self.path is not None else None

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
        base_iri: str | None = None,
    ) -> QueryResult:
        sparql = check_network(sparql, self.allow_network)
        options = qp.query_options(
            PREFIXES, default_graphs, named_graphs,
            union_default=not has_dataset_clause(sparql), base_iri=base_iri,
        )
        if bindings:
            sparql = bind_values(sparql, bindings)
        try:
            return self._store.query(sparql, **options)
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
        base_iri: str | None = None,
    ) -> LimitedResult:
        """See `GraphStore.query_with_limits`.

        On disk, the query runs in a worker process (`graph.store.query_pool`) that is killed when
        it outlives ``timeout``. In memory no other process can see the data, so the query
        runs in the calling thread and the deadline is checked between result rows: a query
        that spends its time before producing the first row (a big ORDER BY or aggregate)
        cannot be stopped there. Serve from an on-disk store for a real time limit.
        """
        sparql = check_network(sparql, self.allow_network)
        if self.path is None:
            return self._query_in_thread(sparql, default_graphs, named_graphs, timeout, max_rows, base_iri)
        with self._pool_errors(timeout, max_rows):
            kind, data = self._query_pool().run(
                sparql,
                generation=self.generation,
                prefixes=PREFIXES,
                default_graphs=default_graphs,
                named_graphs=named_graphs,
                timeout=timeout,
                max_rows=max_rows,
                union_default=not has_dataset_clause(sparql),
                base_iri=base_iri,
            )
        return codec.decode_result(kind, data)

    async def query_bytes_with_limits(
        self,
        sparql: str,
        results_format: str,
        *,
        default_graphs: Sequence[str] | None = None,
        named_graphs: Sequence[str] | None = None,
        timeout: float,
        max_rows: int | None,
        base_iri: str | None = None,
    ) -> tuple[str, bytes] | None:
        """`query_with_limits` from the event loop, answered as bytes to send: ("answer", the
        solutions or boolean in ``results_format``: json, xml, csv, tsv) or ("triples",
        N-Triples). The worker writes them (a large result as TSV, rewritten here in a thread)
        and no thread carries the wait (`graph.store.query_pool.QueryPool.run_async`). None
        when that cannot start at once (in memory, no idle worker with the current snapshot, a
        write waiting, a text the network guard must parse): call `query_with_limits` in a
        thread then. Same errors."""
        if self.path is None:
            return None
        # The row limit is part of the key: a repeat under the same limit has the same rows
        # (cheap_repeats: the same work), so the worker's count holds for it.
        key = (sparql, tuple(default_graphs or ()), tuple(named_graphs or ()), base_iri, max_rows)
        generation = self.generation
        # A key is recorded only below, with the text the guard passed unchanged (a pure
        # function of the text): a known one needs neither the guard nor its pattern again.
        known = self._cheap_repeats.known_cheap(key, generation, timeout)
        if not known:
            if not self.allow_network and _GUARD_MAY_PARSE.search(sparql):
                return None
            checked = check_network(sparql, self.allow_network)
            if checked != sparql:
                sparql = checked
                key = (sparql, *key[1:])
                known = self._cheap_repeats.known_cheap(key, generation, timeout)
        pool = self._query_pool()
        if known:
            with pool.reading_here() as reading:
                if reading and self._cheap_repeats.known_cheap(key, self.generation, timeout):
                    return self._answer_here(sparql, results_format, default_graphs, named_graphs,
                                             timeout, max_rows, base_iri)
        started = time.monotonic()
        with self._pool_errors(timeout, max_rows):
            answered = await pool.run_async(
                sparql,
                generation=generation,
                prefixes=PREFIXES,
                default_graphs=default_graphs,
                named_graphs=named_graphs,
                timeout=timeout,
                max_rows=max_rows,
                union_default=not has_dataset_clause(sparql),
                base_iri=base_iri,
                results_format=results_format,
                direct=self._small_answers.get((key, results_format)) == generation,
            )
        if answered is not None and answered[0] == "answer":
            self._cheap_repeats.record(key, sparql, generation, time.monotonic() - started)
            if len(answered[1]) <= codec.direct_cap(results_format, max_rows):
                if len(self._small_answers) >= 512:
                    self._small_answers.clear()
                self._small_answers[(key, results_format)] = generation
        if answered is not None and answered[0] == "solutions":
            data = answered[1]
            return "answer", await asyncio.to_thread(codec.rewrite_solutions, data, results_format)
        return answered

    def _answer_here(
        self,
        sparql: str,
        results_format: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float,
        max_rows: int | None,
        base_iri: str | None,
    ) -> tuple[str, bytes]:
        """A query a worker answered cheaply at this generation, run in this process
        (`graph.store.cheap_repeats`: why its time limit holds): the bytes the worker writes,
        its time limit checked between rows and after. The rows are those the worker counted
        under the same row limit (the same work on the same data), so they are written in the
        format asked for at once, not counted as TSV and rewritten."""
        deadline = time.monotonic() + timeout
        options = qp.query_options(PREFIXES, default_graphs, named_graphs,
                                   union_default=not _names_dataset(sparql), base_iri=base_iri)
        try:
            result = self._store.query(sparql, **options)
            if isinstance(result, ox.QuerySolutions):
                answer = ("answer", codec.write_solutions(result, results_format, deadline))
            else:
                answer = codec.encode_result(result, max_rows, deadline, results_format=results_format)
        except codec.RowLimitExceeded:
            raise QueryLimitError(rows_message(max_rows)) from None
        except TimeoutError:
            raise QueryTimeoutError(timeout_message(timeout)) from None
        except SyntaxError as exc:
            raise QuerySyntaxError(str(exc)) from exc
        except (OSError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc
        if time.monotonic() > deadline:
            raise QueryTimeoutError(timeout_message(timeout))
        self.answered_here += 1
        return answer

    @contextlib.contextmanager
    def _pool_errors(self, timeout: float, max_rows: int | None) -> Iterator[None]:
        """The query pool's errors as the store's."""
        try:
            yield
        except qp.PoolTimeout:
            raise QueryTimeoutError(timeout_message(timeout)) from None
        except qp.PoolMemoryExceeded as exc:
            raise QueryLimitError(str(exc)) from None
        except qp.PoolBusy:
            raise QueryLimitError(
                f"the server is busy: every query worker stayed busy for {timeout:g} s; try again shortly"
            ) from None
        except qp.WorkerError as exc:
            if exc.kind == "syntax":
                raise QuerySyntaxError(str(exc)) from None
            if exc.kind == "rows":
                raise QueryLimitError(rows_message(max_rows)) from None
            raise StoreError(str(exc)) from None
        except qp.WorkerFailed as exc:
            raise StoreError(f"the query failed: {exc}") from None

    def _query_in_thread(
        self,
        sparql: str,
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float,
        max_rows: int | None,
        base_iri: str | None,
    ) -> LimitedResult:
        deadline = time.monotonic() + timeout
        result = self.query(sparql, default_graphs=default_graphs, named_graphs=named_graphs, base_iri=base_iri)
        try:
            kind, data = codec.encode_result(result, max_rows, deadline)
        except codec.RowLimitExceeded:
            raise QueryLimitError(rows_message(max_rows)) from None
        except TimeoutError:
            raise QueryTimeoutError(timeout_message(timeout)) from None
        except (OSError, RuntimeError) as exc:
            raise StoreError(str(exc)) from exc
        if time.monotonic() > deadline:
            raise QueryTimeoutError(timeout_message(timeout))
        return codec.decode_result(kind, data)

    def _query_pool(self) -> qp.QueryPool:
        pool = getattr(self, "_pool", None)
        if pool is None:
            with _POOL_LOCK:
                pool = getattr(self, "_pool", None)
                if pool is None:
                    # Workers read a checkpoint of the store, never the live database.
                    pool = self._pool = qp.QueryPool(
                        str(self.path),
                        self.query_workers,
                        # Read-only: nothing writes to the folder, workers may open it as it is.
                        snapshot=None if self.read_only else self._snapshot,
                        isolate=not self.allow_network,
                        memory_mb=self.worker_memory_mb,
                    )
        return pool

    def _snapshot(self, target: str) -> None:
        self._store.backup(target)

    def checkpoint(self, target: str | Path) -> None:
        """A consistent copy of the on-disk store in the folder ``target`` (a RocksDB
        checkpoint: hard links, milliseconds), for processes that open it read-only."""
        if self.path is None:
            raise StoreError("an in-memory store has no checkpoint; give a folder")
        self._store.backup(str(target))

    def graphs_written_since(self, generation: int) -> set[str] | None:
        """The named graphs the writes through this object changed after ``generation`` (up
        to the current one): empty when none; None when that is not known (a SPARQL Update
        whose text does not name them, `graph.store.update_graphs`; a bulk load of a file
        with triples of the default graph; a generation too old)."""
        if generation > self.generation:
            return None
        changed: set[str] = set()
        for g in range(generation + 1, self.generation + 1):
            graphs = self._touched.get(g)
            if graphs is None:
                return None
            changed.update(graphs)
        return changed

    @contextlib.contextmanager
    def _exclusive(self, graphs: Collection[str] | None = None) -> Iterator[None]:
        """Held around every write: waits for the worker queries in flight, makes the workers
        close their read-only snapshot and deletes it (the next query makes a fresh one).
        On disk, the store's revision token is removed before the write and a new one
        written after it (`graph.store.revision`: values saved beside the store are never
        taken for another content). ``graphs``: the named graphs the write changes, recorded
        for the generation it makes, in memory and beside the store (None: not known)."""
        if self.read_only:
            raise StoreError(
                f"{self.path}: the store is open read-only (MANDATES_READ_ONLY, or `mandates serve "
                "--workers` over 1); write with one process: stop the server, or serve with --workers 1"
            )
        pool = getattr(self, "_pool", None)
        with pool.write_lock() if pool is not None else contextlib.nullcontext():
            if self.revision is not None:
                self.revision.start_write()
            before = self.generation
            try:
                yield
            except BaseException:
                if self.generation != before:
                    self._touched[self.generation] = None  # a write that changed the store, then failed
                raise
            if self.generation != before:
                self._touched[self.generation] = frozenset(graphs) if graphs is not None else None
                for old in [g for g in self._touched if g <= self.generation - TOUCHED_KEPT]:
                    del self._touched[old]
            if self.revision is not None:  # not after a failed write: the next open makes a token
                self.revision.finish_write(self.generation, graphs)

    def prepare_query_worker(self) -> bool:
        """On disk: start a query worker on a snapshot of the store now, so that the first
        query that runs in one (a named query, `/sparql`) does not wait for it
        (`graph.store.query_pool.QueryPool.prepare`). True when one was started."""
        if self.path is None:
            return False
        return self._query_pool().prepare(self.generation)

    def close_workers(self) -> None:
        """Stop the query worker processes (they restart lazily if queried again)."""
        pool = getattr(self, "_pool", None)
        if pool is not None:
            del self._pool  # `_query_pool` starts a new one when asked
            pool.close()

    def named_graphs(self) -> list[str]:
        return sorted(g.value for g in self._store.named_graphs())

    def count(self, graph: str | None = None) -> int:
        if graph is None:
            return len(self._store)
        return sum(1 for _ in self._store.quads_for_pattern(None, None, None, ox.NamedNode(graph)))

    def export(self, fmt: str) -> bytes:
        if fmt in DATASET_FORMATS:
            return codec.in_memory(self._store.dump(format=DATASET_FORMATS[fmt], prefixes=PREFIXES))
        if fmt in GRAPH_FORMATS:
            triples = self._store.query(
                "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True
            )
            if not isinstance(triples, ox.QueryTriples):
                raise StoreError("the store answered a CONSTRUCT with something other than triples")
            prefixes = None if fmt in {"ntriples", "jsonld"} else PREFIXES
            return codec.serialize_rdf(triples, GRAPH_FORMATS[fmt], prefixes)
        raise unknown_format(fmt)

    # writing ---------------------------------------------------------------------------

    def update(self, sparql: str, *, base_iri: str | None = None, timeout: float | None = None,
               graphs: Collection[str] | None = None) -> None:
        """See `GraphStore.update`. pyoxigraph cannot interrupt an update, and the process
        that holds the store for writing cannot be killed like a query worker. So on disk,
        with a ``timeout``, an update with a WHERE is first *rehearsed*: run in a query worker
        on a private writable checkpoint of the store (hard links, milliseconds), killed if it
        outlives the timeout. Only an update that finished there runs here, under the same
        write lock, so on the very data it was rehearsed on. Oxigraph itself runs both, so
        every rule of SPARQL Update holds as it is (operations in order, each seeing the
        previous ones; fresh blank nodes per solution; stored blank nodes matched; all or
        nothing). The price is running a WHERE twice. Updates without a WHERE (DATA, DROP,
        CLEAR, …) cost what their text names and are not rehearsed; neither is any update on
        an in-memory store (no other process can see it)."""
        sparql = check_network(sparql, self.allow_network, update=True)
        if graphs is None:  # a user's update: its graphs as its text names them, where it does
            graphs = graphs_an_update_writes(sparql, prefixes=PREFIXES, base_iri=base_iri)
        rehearse = (timeout is not None and self.path is not None and not self.read_only
                    and update_reads_the_store(sparql))
        if rehearse:
            self._query_pool()  # so that _exclusive takes the pool's write lock
        with self._exclusive(graphs):
            if rehearse:
                assert timeout is not None
                self._rehearse_update(sparql, base_iri, timeout)
            try:
                self._store.update(sparql, prefixes=PREFIXES, base_iri=base_iri)
            except SyntaxError as exc:
                raise QuerySyntaxError(str(exc)) from exc
            except (OSError, RuntimeError) as exc:
                raise StoreError(str(exc)) from exc
            if self.path is not None:
                self._store.flush()
            self.generation += 1

    def _rehearse_update(self, sparql: str, base_iri: str | None, timeout: float) -> None:
        try:
            self._query_pool().rehearse_update(sparql, prefixes=PREFIXES, base_iri=base_iri, timeout=timeout)
        except qp.PoolTimeout:
            raise QueryTimeoutError(update_timeout_message(timeout)) from None
        except qp.PoolMemoryExceeded as exc:
            raise QueryLimitError(str(exc)) from None
        except qp.WorkerError as exc:
            if exc.kind == "syntax":
                raise QuerySyntaxError(str(exc)) from None
            raise StoreError(str(exc)) from None
        except qp.WorkerFailed as exc:
            raise StoreError(f"the update failed: {exc}") from None

    def replace_graphs(self, graphs: Mapping[str, str]) -> None:
        if self._all_new(graphs):
            self._add_new_graphs(graphs)
            return
        # One SPARQL update is one transaction in Oxigraph: every graph changes or none does.
        operations = []
        for graph, ntriples in graphs.items():
            operations.append(f"DROP SILENT GRAPH <{graph}>")
            if ntriples.strip():
                operations.append(ntriples_to_insert(graph, ntriples))
        if operations:
            self._write(" ;\n".join(operations), list(graphs))

    def _add_new_graphs(self, graphs: Mapping[str, str]) -> None:
        """Graphs that do not exist yet, added with Oxigraph's bulk loader: the quads parsed
        (strictly) and stored in Rust, a third of the CPU of a transactional write, which
        was the bound of a load (docs/scale.md).

        The bulk loader is not one transaction, so all or nothing is kept another way: the
        names of the graphs about to be written are committed first in a marker graph; a
        failure removes them, and a process killed meanwhile leaves the marker, by which the
        next open removes them (`_remove_unfinished_graphs`). As the graphs were new, removing
        them leaves the store as it was before."""
        with self._exclusive(list(graphs)):
            self._mark_unfinished(graphs)
            try:
                if not self._bulk_load_as_nquads(graphs):
                    self._bulk_load_parsed(graphs)
            except (SyntaxError, ValueError, OSError, RuntimeError) as exc:
                self._remove_unfinished_graphs()
                raise StoreError(f"write failed, store unchanged: {exc}") from exc
            self._store.remove_graph(_UNFINISHED_MARKER)
            if self.path is not None:
                self._store.flush()
            self.generation += 1

    def _bulk_load_as_nquads(self, graphs: Mapping[str, str]) -> bool:
        """The graphs as one N-Quads text (`graph.store.nquads`), parsed and stored in Rust;
        False, with nothing stored, when the texts are not one statement per line. A line
        the rewrite would turn into a triple of the default graph (one with two terms only)
        lands in a graph of its own instead: then everything is removed, and False too."""
        nquads = graphs_as_nquads(graphs)
        if nquads is None:
            return False
        self._store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS, to_graph=_STRAY_TRIPLES)
        if self._store.contains_named_graph(_STRAY_TRIPLES):
            self._drop_silently([*graphs, _STRAY_TRIPLES.value])
            return False
        return True

    def _bulk_load_parsed(self, graphs: Mapping[str, str]) -> None:
        """Each text parsed here as N-Triples, each triple put in its graph: for texts in a
        form the N-Quads rewrite does not take (comments, other line endings), and for a
        text in error (the parser's message names the line)."""
        self._store.bulk_extend([
            ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(graph))
            for graph, ntriples in graphs.items()
            for t in ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES)
        ])

    def _mark_unfinished(self, graphs: Iterable[str]) -> None:
        """Commit the names of the graphs a bulk write is about to add (see `_add_new_graphs`)."""
        marker = _UNFINISHED_MARKER
        self._store.extend(
            ox.Quad(marker, _UNFINISHED_MEMBER, ox.NamedNode(graph), marker) for graph in graphs
        )

    def _remove_unfinished_graphs(self) -> list[str]:
        """Remove the graphs of a bulk write that did not finish, and the marker naming them,
        in one transaction; returns their names."""
        marker = _UNFINISHED_MARKER
        unfinished = [
            q.object.value for q in self._store.quads_for_pattern(marker, _UNFINISHED_MEMBER, None, marker)
            if isinstance(q.object, ox.NamedNode)
        ]
        self._drop_silently([*unfinished, _STRAY_TRIPLES.value, UNFINISHED_GRAPHS])
        if self.path is not None:
            self._store.flush()
        return unfinished

    def _drop_silently(self, graphs: Iterable[str]) -> None:
        self._store.update(" ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))

    def _all_new(self, graphs: Mapping[str, str]) -> bool:
        """No graph exists yet, and no text has blank nodes (whose labels the parser would
        share across graphs, where INSERT DATA keeps them apart)."""
        return bool(graphs) and not has_blank_nodes(graphs) and not any(
            self._store.contains_named_graph(ox.NamedNode(graph)) for graph in graphs
        )

    def drop_graphs(self, graphs: Iterable[str]) -> None:
        graphs = list(graphs)
        operations = [f"DROP SILENT GRAPH <{g}>" for g in graphs]
        if operations:
            self._write(" ;\n".join(operations), graphs)

    def bulk_load(self, path: Path, graph: str) -> None:
        with self._exclusive([graph]):
            try:
                self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(graph))
            except BaseException:
                self.generation += 1  # not all or nothing: part of it may be stored
                raise
            self.generation += 1

    def bulk_load_quads(self, path: Path) -> None:
        """The write's graphs are those the file names (`graph.store.nquads_graphs`, read as a
        stream before the load): "not known" when a line has no graph name or a blank node."""
        graphs = graphs_of_nquads_file(path)
        with self._exclusive(graphs):
            try:
                self._store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
            except (SyntaxError, OSError, RuntimeError) as exc:
                self.generation += 1  # not all or nothing: part of it may be stored
                raise StoreError(f"{path}: bulk load failed: {exc}") from exc
            self.generation += 1

    def _write(self, sparql: str, graphs: Collection[str] | None = None) -> None:
        with self._exclusive(graphs):
            try:
                self._store.update(sparql)
            except (SyntaxError, OSError, RuntimeError) as exc:
                raise StoreError(f"write failed, store unchanged: {exc}") from exc
            if self.path is not None:
                self._store.flush()
            self.generation += 1

    def close(self) -> None:
        self.close_workers()
        if self.path is not None and not self.read_only:
            self._store.flush()
        # pyoxigraph closes the database when the object is collected.
        del self._store


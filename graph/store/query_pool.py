"""Queries that can be stopped: a pool of worker processes over an on-disk Oxigraph store.

pyoxigraph cannot interrupt a running query from Python (an open upstream issue), so a user's
query runs where it can be stopped: in a worker process that the parent kills (SIGKILL) when
the query outlives its time limit. The other workers keep serving, and a replacement is
started at once.

    parent (the server)                         worker (python -m mandate_graph.graph.store.query_pool)
    ───────────────────                         ───────────────────────────────────
    check SERVICE/LOAD, take a read lock
    take an idle worker ──── request ────────▶ open Store.read_only(path) if the
                                               store's generation changed; run the query;
                                               read results, counting rows (row limit);
    wait ≤ timeout for ◀──── reply ───────────  SPARQL JSON (SELECT/ASK) or N-Triples bytes
    the reply; on timeout SIGKILL + replace     (`graph.store.codec` encodes them)
    decode the bytes into pyoxigraph results

Snapshots and writes: RocksDB does not define what a read-only instance sees while another
process writes, and the primary's background compactions delete files a read-only instance
may be opening (seen here: "Corruption: … .sst: No such file or directory"). So workers never
open the live database: they open a *snapshot*, a RocksDB checkpoint made by
``Store.backup`` next to the store (hard links, a few milliseconds), which nobody writes to.
Every write through `OxigraphStore` takes the pool's *write lock*: it waits for the queries
in flight, tells every worker to close its store, writes, bumps the store's ``generation``
and deletes the snapshot; the next query makes a fresh snapshot and the workers reopen it.
Queries wait while a write runs (writes are rare: loading documents, SPARQL Update).

Updates are stopped the same way (`QueryPool.rehearse_update`): under the write lock, an update
with a WHERE first runs in a worker on a private, writable checkpoint of the store, which is
then deleted; the worker is killed if it runs over the update's time limit, and only an update
that finished there is run on the store itself (`graph.store.oxigraph.OxigraphStore.update`).

The wire protocol is length-prefixed pickles over the worker's stdin/stdout; both ends are
this module, started by the parent, so nothing else speaks it. (Pickling is ~6 µs of a small
query's ~0.25 ms round trip; the rest is the two process wake-ups and the event loop's part.
A text a worker answered cheaply is run in the server when repeated at the same generation:
`graph.store.cheap_repeats`, which says why its time limit holds there.)

At most ``size`` workers (the ``query_workers`` setting, ``MANDATES_QUERY_WORKERS``), started
lazily, one ahead: when a query takes the last idle worker and the pool is not full, a spare
starts in the background, so that the next query beside it does not wait for a worker to
start (0.5 s idle, 1.5-2.6 s measured under a load of 20: longer than many time limits).

Memory: a worker limits its own address space (``RLIMIT_AS``, the ``query_worker_memory_mb``
setting) before it opens the store, so one query that grows without bound (a cross join with
ORDER BY reached 6 GB in 10 s) fails inside its worker instead of exhausting the machine. The
allocation failure ends the worker (Rust aborts) or raises MemoryError in it; either way the
parent replaces the worker and raises `PoolMemoryExceeded`, whose message names the setting.

Fairness among clients is not this module's job: the HTTP layer queues queries fairly before
they get here (`api.limits.FairQueue`), and hands over at most ``size`` at a time. The worker imports only this module, `graph.store.codec` and `graph.store.isolation`
(`graph.store` loads the rest of the package on first use), so that it starts fast.
"""

from __future__ import annotations

import asyncio
import os
import pickle
import resource
import select
import signal
import shutil
import struct
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator, Sequence

import pyoxigraph as ox

from mandate_graph.graph.store.codec import WORKER_WRITES_UP_TO, RowLimitExceeded, encode_result, write_within
from mandate_graph.graph.store.isolation import isolate_from_network

_HEADER = struct.Struct("!Q")


class WorkerFailed(RuntimeError):
    """A worker died or answered something unreadable."""


class PoolTimeout(RuntimeError):
    """The worker did not answer within the time limit (it has been killed)."""


class PoolBusy(RuntimeError):
    """No worker became free within the time limit."""


class PoolMemoryExceeded(RuntimeError):
    """The query needed more memory than a worker may use (it has been replaced)."""

    def __init__(self, limit_mb: int, what: str = "query") -> None:
        super().__init__(
            f"the {what} needed more than the {limit_mb} MiB a query worker may use "
            "(MANDATES_QUERY_WORKER_MEMORY_MB); narrow it (fewer joined patterns, a LIMIT, no "
            "ORDER BY over everything) or ask the operator to raise the limit"
        )
        self.limit_mb = limit_mb


class WorkerError(RuntimeError):
    """The query failed inside the worker; ``kind`` is syntax, rows or store."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


# ------------------------------------------------------------------------------ wire


def _write_message(stream: Any, obj: object) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_exact_blocking(stream: Any, n: int) -> bytes:
    chunks = []
    while n:
        chunk = stream.read(n)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes:
    """Read n bytes from a pipe, giving up at the deadline (monotonic clock)."""
    chunks = []
    while n:
        if deadline is not None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PoolTimeout
            ready, _, _ = select.select([fd], [], [], remaining)
            if not ready:
                raise PoolTimeout
        chunk = os.read(fd, min(n, 1 << 20))
        if not chunk:
            raise WorkerFailed("the query worker exited unexpectedly")
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


async def _call_async(worker: "_Worker", request: dict[str, Any], deadline: float) -> tuple[str, str, Any]:
    """`_Worker.call` on the event loop: the request written (small: the pipe takes it at once),
    the reply read as the loop sees the pipe readable; PoolTimeout at the deadline."""
    try:
        _write_message(worker.stdin, request)
    except (BrokenPipeError, OSError) as exc:
        raise WorkerFailed(f"the query worker is gone: {exc}") from exc
    loop = asyncio.get_running_loop()
    done: asyncio.Future[memoryview] = loop.create_future()
    buffer = bytearray()
    wanted: int | None = None  # the reply's length with its header, once the header is in

    def readable() -> None:
        nonlocal wanted
        if done.done():
            return
        try:
            chunk = os.read(worker.fd, 1 << 20)
        except OSError as exc:
            done.set_exception(WorkerFailed(f"the query worker is gone: {exc}"))
            return
        if not chunk:
            done.set_exception(WorkerFailed("the query worker exited unexpectedly"))
            return
        buffer.extend(chunk)
        if wanted is None and len(buffer) >= _HEADER.size:
            wanted = _HEADER.size + _HEADER.unpack_from(buffer)[0]
        if wanted is not None and len(buffer) >= wanted:
            done.set_result(memoryview(buffer)[_HEADER.size:wanted])  # no copy of a large reply

    def timed_out() -> None:
        if not done.done():
            done.set_exception(PoolTimeout())

    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise PoolTimeout
    loop.add_reader(worker.fd, readable)
    # A timer on the future itself, not `asyncio.wait_for` (a wrapper and its callbacks per query).
    timer = loop.call_later(remaining, timed_out)
    try:
        payload = await done
    finally:
        timer.cancel()
        loop.remove_reader(worker.fd)
    with payload:
        reply: tuple[str, str, Any] = pickle.loads(payload)
    return reply


# ------------------------------------------------------------------------------ worker side


def query_options(
    prefixes: dict[str, str],
    default_graphs: Sequence[str] | None,
    named_graphs: Sequence[str] | None,
    *,
    union_default: bool = True,
    base_iri: str | None = None,
) -> dict[str, Any]:
    """pyoxigraph's query options for a dataset (SPARQL 1.1 Protocol §2.1.4): the protocol's
    ``default-graph-uri``/``named-graph-uri`` when given (a default graph of exactly those,
    empty when only named graphs are given); else the union of the named graphs as the
    default graph, unless ``union_default`` is False because the query names its own dataset
    with FROM / FROM NAMED (Oxigraph's union option would override it). ``base_iri`` resolves
    the query's relative IRIs."""
    options: dict[str, Any] = {"prefixes": prefixes}
    if base_iri:
        options["base_iri"] = base_iri
    if default_graphs or named_graphs:
        options["default_graph"] = [ox.NamedNode(g) for g in default_graphs or []]
        options["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or []]
    elif union_default:
        options["use_default_graph_as_union"] = True
    return options


def _rehearse(request: dict[str, Any]) -> tuple[str, str, Any]:  # pragma: no cover - child process
    """Run ``request["sparql"]`` as an update on the writable copy at ``request["path"]`` and
    close it again; the reply says whether it finished and, if not, why."""
    copy: ox.Store | None = None
    try:
        copy = ox.Store(request["path"])
        copy.update(request["sparql"], prefixes=request["prefixes"], base_iri=request["base_iri"])
        return ("ok", "rehearsed", b"")
    except MemoryError:
        return ("error", "memory", "")
    except SyntaxError as exc:
        return ("error", "syntax", str(exc))
    except Exception as exc:  # the store's own errors (OSError, RuntimeError, ...)
        return ("error", "store", str(exc) or type(exc).__name__)
    finally:
        del copy  # closes the database before the parent deletes its folder


def _worker_main() -> None:  # pragma: no cover - runs in the child process
    if "--isolated" in sys.argv[1:]:
        # Before the store opens its threads: unshare needs a single-threaded process.
        isolate_from_network()
    if "--memory-mb" in sys.argv[1:]:
        limit = int(sys.argv[sys.argv.index("--memory-mb") + 1]) * 2**20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    # Nothing else may write to the protocol stream.
    sys.stdout = sys.stderr
    store: ox.Store | None = None
    opened_generation: object = None
    while True:
        try:
            size = _HEADER.unpack(_read_exact_blocking(stdin, _HEADER.size))[0]
            request = pickle.loads(_read_exact_blocking(stdin, size))
        except EOFError:
            return
        if request["op"] == "close":
            store, opened_generation = None, None
            _write_message(stdout, ("ok", "closed", b""))
            continue
        if request["op"] == "rehearse":
            # Run an update on a private, writable copy of the store (see QueryPool.rehearse_update).
            store, opened_generation = None, None
            _write_message(stdout, _rehearse(request))
            continue
        if request["op"] == "open":
            try:
                store = None
                store = ox.Store.read_only(request["path"])
                opened_generation = request["generation"]
                _write_message(stdout, ("ok", "opened", b""))
            except Exception as exc:
                _write_message(stdout, ("error", "store", f"{type(exc).__name__}: {exc}"))
            continue
        try:
            if store is None or opened_generation != request["generation"]:
                store = None
                store = ox.Store.read_only(request["path"])
                opened_generation = request["generation"]
            options = query_options(
                request["prefixes"], request["default_graphs"], request["named_graphs"],
                union_default=request["union_default"], base_iri=request["base_iri"],
            )
            result = store.query(request["sparql"], **options)
            written = None
            if request.get("direct") and request.get("results_format") and isinstance(result, ox.QuerySolutions):
                # An answer the parent saw small at this generation: written in its format at
                # once, the row limit held by its size (`codec.write_within`); else run again
                # and counted, as any other.
                written = write_within(result, request["results_format"], request["max_rows"], WORKER_WRITES_UP_TO)
                if written is None:
                    result = store.query(request["sparql"], **options)
            if written is not None:
                reply: tuple[str, str, Any] = ("ok", "answer", written)
            else:
                kind, data = encode_result(result, request["max_rows"], results_format=request.get("results_format"),
                                           rewrite_up_to=WORKER_WRITES_UP_TO)
                reply = ("ok", kind, data)
        except RowLimitExceeded:
            reply = ("error", "rows", "")
        except MemoryError:
            result = None
            reply = ("error", "memory", "")
        except SyntaxError as exc:
            reply = ("error", "syntax", str(exc))
        except Exception as exc:  # the store's own errors (OSError, RuntimeError, ...)
            reply = ("error", "store", f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
        _write_message(stdout, reply)


# ------------------------------------------------------------------------------ parent side


def _worker_environment() -> dict[str, str]:
    """The parent's environment, with glibc's malloc arenas capped (unless the user set them).

    ``RLIMIT_AS`` counts address space reserved, not memory used, and glibc reserves 64 MiB for
    each arena it adds when threads contend for one (up to eight per core): on a loaded machine
    an idle worker measured 540-600 MiB against 280 MiB with two arenas, so the memory limit
    could stop an ordinary query, or a replacement worker as it started (CI under a load of 20).
    Two arenas keep the limit a measure of what a query uses."""
    from mandate_graph.graph.settings import child_environment  # the parent's side only: the worker starts lean

    return child_environment({"MALLOC_ARENA_MAX": "2"})


class _Worker:
    def __init__(self, isolate: bool = True, memory_mb: int = 0) -> None:
        limit = ["--memory-mb", str(memory_mb)] if memory_mb > 0 else []
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "mandate_graph.graph.store.query_pool", *(["--isolated"] if isolate else []), *limit],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            close_fds=True,
            env=_worker_environment(),
        )
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.stdin = self.proc.stdin
        self.fd = self.proc.stdout.fileno()
        self.opened: str | None = None  # the snapshot this worker has open
        # The niceness the worker inherited: a server started under `nice` demotes a long query
        # below its own priority, never above it (an absolute niceness would raise it, as root)
        self.base_niceness = os.getpriority(os.PRIO_PROCESS, 0) if hasattr(os, "getpriority") else 0
        self.niceness = 0  # how far below its inherited priority the worker runs now

    def set_niceness(self, niceness: int) -> None:
        """The CPU priority of the worker's main thread, the one that runs the query (Linux's
        setpriority on a pid is per thread), ``niceness`` steps below the one it inherited;
        raising it back may need privileges."""
        try:
            os.setpriority(os.PRIO_PROCESS, self.proc.pid, self.base_niceness + niceness)
            self.niceness = niceness
        except (OSError, AttributeError):
            pass

    def died_of_memory(self) -> bool:
        """True when the worker ended by aborting (how Rust reports an allocation failure).
        The wait is generous: an abort may write a core file first, slowly on a busy machine."""
        try:
            code = self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            return False
        return code == -signal.SIGABRT

    def call(self, request: dict[str, Any], deadline: float | None) -> tuple[str, str, Any]:
        try:
            _write_message(self.stdin, request)
        except (BrokenPipeError, OSError) as exc:
            raise WorkerFailed(f"the query worker is gone: {exc}") from exc
        size = _HEADER.unpack(_read_exact(self.fd, _HEADER.size, deadline))[0]
        return pickle.loads(_read_exact(self.fd, size, deadline))

    def kill(self) -> None:
        try:
            self.proc.kill()  # SIGKILL: the query cannot be interrupted any other way
        except ProcessLookupError:
            pass
        self.proc.wait()
        for stream in (self.proc.stdin, self.proc.stdout):
            try:
                if stream is not None:
                    stream.close()
            except OSError:
                pass

    def stop(self) -> None:
        try:
            self.stdin.close()  # EOF: the worker returns
            self.proc.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass
        self.kill()


# Seconds a worker may take to start and open a snapshot, apart from the query's own limit.
OPEN_ALLOWANCE = 30.0
# A query still running after this many seconds has its worker's CPU priority lowered
# (niceness LONG_QUERY_NICENESS) until it ends: a runaway query then yields the CPU to the
# server and the short queries instead of taking a core each until its time limit. Mild (5,
# about a third of the CPU share of niceness 0): on a machine shared with other programs, an
# ordinary query slowed past 2 s by the load must still finish within its limit.
LONG_QUERY_SECONDS = 2.0
LONG_QUERY_NICENESS = 5


class _LongQueryWatch:
    """One thread per pool that lowers the CPU priority of workers whose query has run for
    ``LONG_QUERY_SECONDS``. One thread for all queries, not a timer per query: starting a
    thread costs ~1 ms on a busy machine, as much as a small query itself."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._due: dict[_Worker, float] = {}  # running queries: worker -> when to demote it
        self._thread: threading.Thread | None = None
        self._wakes_at = 0.0  # when the thread, waiting, wakes on its own (monotonic clock)

    def start(self, worker: _Worker) -> None:
        with self._cond:
            due = self._due[worker] = time.monotonic() + LONG_QUERY_SECONDS
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="long-query-watch", daemon=True)
                self._thread.start()
            # Woken only when it would sleep past this query's due time. It never sleeps longer
            # than LONG_QUERY_SECONDS, so a query's start wakes no thread (a wake-up per query
            # cost a thread switch and a hand-over of the GIL beside every small query).
            if due < self._wakes_at:
                self._cond.notify()

    def stop(self, worker: _Worker) -> None:
        """The worker's query is over; once this returns, the watch will not touch it."""
        with self._cond:
            self._due.pop(worker, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for worker, due in list(self._due.items()):
                    if due <= now:
                        del self._due[worker]
                        worker.set_niceness(LONG_QUERY_NICENESS)
                wait = min(self._due.values()) - now if self._due else LONG_QUERY_SECONDS
                self._wakes_at = now + wait
                self._cond.wait(wait)


class QueryPool:
    """Worker processes running read-only queries on the on-disk store at ``path``."""

    def __init__(
        self, path: str, size: int = 3, snapshot: Any = None, *, isolate: bool = True, memory_mb: int = 0
    ) -> None:
        """``snapshot(target_dir)`` makes a consistent copy of the store (``Store.backup``);
        without it, workers open ``path`` itself (only safe when nothing writes to it).
        ``size``: worker processes at most. ``isolate``: workers cut themselves off the
        network (see `graph.store.isolation`). ``memory_mb``: each worker's address space
        (0: unlimited)."""
        self.path = path
        self.isolate = isolate
        self.memory_mb = memory_mb
        self._make_snapshot = snapshot
        self._snapshot: str | None = None
        self._snapshot_generation: int | None = None
        self._snapshot_lock = threading.Lock()
        if snapshot is not None:
            # Left behind by a server that was killed: only one process can hold the store.
            base = Path(path)
            for stale in base.parent.glob(f".{base.name}.query-snapshot-*"):
                shutil.rmtree(stale, ignore_errors=True)
        self.size = max(1, size)
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._live = 0
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0
        self._closed = False
        self._spare_starting = False
        self.killed = 0  # workers killed and replaced: over time or memory (for tests and stats)
        self._long_queries = _LongQueryWatch()

    # readers-writer lock -------------------------------------------------------------

    @contextmanager
    def _read_lock(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def reading_here(self) -> Iterator[bool]:
        """A read lock for a query the server runs itself (`graph.store.cheap_repeats`), taken
        only if it can be at once: yields False (no lock) while a write runs or waits."""
        with self._cond:
            reading = not (self._closed or self._writing or self._writers_waiting)
            if reading:
                self._readers += 1
        try:
            yield reading
        finally:
            if reading:
                with self._cond:
                    self._readers -= 1
                    self._cond.notify_all()

    @contextmanager
    def write_lock(self) -> Iterator[None]:
        """Exclusive access for a write: no query in flight, every worker's store closed."""
        with self._cond:
            self._writers_waiting += 1
            while self._writing or self._readers:
                self._cond.wait()
            self._writers_waiting -= 1
            self._writing = True
            idle = list(self._idle)
        try:
            for worker in idle:  # all workers are idle now: make them let go of the files
                try:
                    worker.call({"op": "close"}, time.monotonic() + 10)
                    worker.opened = None
                except (PoolTimeout, WorkerFailed, EOFError):
                    self._discard(worker)
            with self._snapshot_lock:
                self._drop_snapshot()
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()

    # snapshots -----------------------------------------------------------------------

    def _snapshot_path(self, generation: int) -> str:
        """The folder workers open for this generation (made on first use)."""
        if self._make_snapshot is None:
            return self.path
        with self._snapshot_lock:
            if self._snapshot is not None and self._snapshot_generation == generation:
                return self._snapshot
            self._drop_snapshot()
            base = Path(self.path)
            target = base.parent / f".{base.name}.query-snapshot-{os.getpid()}-{generation}-{time.monotonic_ns()}"
            self._make_snapshot(str(target))
            self._snapshot, self._snapshot_generation = str(target), generation
            return self._snapshot

    def _drop_snapshot(self) -> None:
        """Delete the snapshot; only when no worker has it open (write lock, or shutdown)."""
        if self._snapshot is not None:
            shutil.rmtree(self._snapshot, ignore_errors=True)
            self._snapshot, self._snapshot_generation = None, None

    # workers -------------------------------------------------------------------------

    def _take(self, deadline: float) -> _Worker:
        with self._cond:
            while True:
                if self._closed:
                    raise WorkerFailed("the query pool is shut down")
                if self._idle:
                    worker = self._idle.pop()
                    self._start_spare()
                    return worker
                # A worker is starting (a spare, or one prepared at the server's start): it is
                # ready sooner than one started now, and two starting at once share the cores.
                if self._live < self.size and not self._spare_starting:
                    self._live += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise PoolBusy
                self._cond.wait(remaining)
        try:
            return _Worker(self.isolate, self.memory_mb)
        except Exception:
            with self._cond:
                self._live -= 1
                self._cond.notify_all()
            raise

    def _start_spare(self) -> None:
        """With ``_cond`` held: start one more worker in the background when none is idle and
        the pool is not full (see the module docstring)."""
        if self._idle or self._closed or self._live >= self.size or self._spare_starting:
            return
        self._live += 1
        self._spare_starting = True

        def start() -> None:
            try:
                fresh = _Worker(self.isolate, self.memory_mb)
            except Exception:
                with self._cond:
                    self._live -= 1
                    self._spare_starting = False
                    self._cond.notify_all()
                return
            with self._cond:
                self._spare_starting = False
            self._give_back(fresh)

        threading.Thread(target=start, name="query-worker-spare", daemon=True).start()

    def _give_back(self, worker: _Worker) -> None:
        with self._cond:
            if self._closed:
                worker.stop()
                self._live -= 1
            else:
                self._idle.append(worker)
            self._cond.notify_all()

    def _discard(self, worker: _Worker) -> None:
        worker.kill()
        with self._cond:
            if worker in self._idle:
                self._idle.remove(worker)
            self._live -= 1
            self._cond.notify_all()

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker and start its replacement at once, so capacity stays the same."""
        worker.kill()
        self.killed += 1
        try:
            fresh = _Worker(self.isolate, self.memory_mb)
        except Exception:
            with self._cond:
                self._live -= 1
                self._cond.notify_all()
            return
        self._give_back(fresh)

    # the one operation ---------------------------------------------------------------

    def prepare(self, generation: int) -> bool:
        """Start a worker with the snapshot of ``generation`` open, when the pool has none
        yet: what the first query otherwise waits for (the snapshot made, a process started,
        the store opened: 0.2-0.5 s, more on a busy machine). A query that comes meanwhile
        waits for this worker rather than start another (`_take`). True when one was started.
        A server calls it beside its start (`graph.context.Context.start_background`)."""
        with self._cond:
            if self._closed or self._live:
                return False
            self._live += 1
            self._spare_starting = True
        worker: _Worker | None = None
        try:
            with self._read_lock():
                path = self._snapshot_path(generation)
                worker = _Worker(self.isolate, self.memory_mb)
                opened = worker.call({"op": "open", "path": path, "generation": path}, time.monotonic() + OPEN_ALLOWANCE)
                if opened[0] != "ok":
                    raise WorkerFailed(str(opened[2]))
                worker.opened = path
        except BaseException:
            if worker is not None:
                worker.kill()
            with self._cond:
                self._live -= 1
                self._spare_starting = False
                self._cond.notify_all()
            raise
        with self._cond:
            self._spare_starting = False
        self._give_back(worker)
        return True

    def _request(
        self,
        sparql: str,
        generation: int,
        prefixes: dict[str, str],
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        max_rows: int | None,
        union_default: bool,
        base_iri: str | None,
        results_format: str | None,
        direct: bool = False,
    ) -> dict[str, Any]:
        return {
            "direct": direct,
            "op": "query",
            "path": None,
            "generation": generation,
            "sparql": sparql,
            "prefixes": prefixes,
            "default_graphs": list(default_graphs or []),
            "named_graphs": list(named_graphs or []),
            "max_rows": max_rows,
            "union_default": union_default,
            "base_iri": base_iri,
            "results_format": results_format,
        }

    def run(
        self,
        sparql: str,
        *,
        generation: int,
        prefixes: dict[str, str],
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float,
        max_rows: int | None,
        union_default: bool = True,
        base_iri: str | None = None,
        results_format: str | None = None,
    ) -> tuple[str, bytes]:
        """Run one query in a worker; (kind, bytes) as `graph.store.codec.encode_result` makes them
        (with ``results_format``: ("answer", bytes in that format) when the worker wrote them,
        ready to send; a large result stays ("solutions", TSV)).

        Raises PoolBusy when no worker frees up within ``timeout``, PoolTimeout when the
        query itself runs over (its worker is killed and replaced), WorkerError for the
        query's own errors and WorkerFailed when a worker crashed.
        """
        deadline = time.monotonic() + timeout
        request = self._request(sparql, generation, prefixes, default_graphs, named_graphs, max_rows,
                                union_default, base_iri, results_format)
        with self._read_lock():
            request["path"] = self._snapshot_path(generation)
            request["generation"] = request["path"]  # a new snapshot means: reopen
            worker = self._take(deadline)
            try:
                # Starting a worker and opening a fresh snapshot is the pool's cost, not the
                # query's: it gets its own allowance so that the first query after a load,
                # on a busy machine, is not refused for time it never used.
                if worker.opened != request["path"]:
                    opened = worker.call({"op": "open", "path": request["path"], "generation": request["path"]},
                                         time.monotonic() + OPEN_ALLOWANCE)
                    if opened[0] != "ok":
                        raise WorkerFailed(str(opened[2]))
                    worker.opened = request["path"]
            except BaseException:
                self._discard(worker)
                raise
            query_deadline = time.monotonic() + timeout  # the query gets its whole limit
            self._long_queries.start(worker)
            try:
                status, kind, payload = worker.call(request, query_deadline)
            except BaseException as exc:
                self._long_queries.stop(worker)
                raise self._failed(worker, exc)
            self._long_queries.stop(worker)  # so that it cannot lower a worker after the check below
            self._settle(worker, status, kind)
        if status == "error":
            raise WorkerError(kind, payload)
        return kind, payload

    def _failed(self, worker: _Worker, exc: BaseException) -> BaseException:
        """After a query's exchange with its worker failed: the worker replaced or discarded;
        returns what to raise. (May wait for the worker to end: not for the event loop.)"""
        if isinstance(exc, PoolTimeout):
            self._replace(worker)
            return exc
        if isinstance(exc, (WorkerFailed, EOFError, pickle.UnpicklingError, struct.error)):
            if self.memory_mb > 0 and worker.died_of_memory():
                self._replace(worker)
                return PoolMemoryExceeded(self.memory_mb)
            self._discard(worker)
            failed = WorkerFailed(str(exc) or "the query worker failed")
            failed.__cause__ = exc
            return failed
        self._discard(worker)
        return exc

    def _needs_settling(self, worker: _Worker, status: str, kind: str) -> bool:
        """True when `_settle` has more to do than give the worker back (it may then start a
        replacement: not for the event loop)."""
        return bool(worker.niceness) or (status == "error" and kind == "memory")

    def _settle(self, worker: _Worker, status: str, kind: str) -> None:
        """After a query's worker answered: back to normal priority and to the idle workers,
        or replaced (priority not allowed back up, or a MemoryError in it); raises
        PoolMemoryExceeded for the latter."""
        reusable: _Worker | None = worker
        if worker.niceness:
            worker.set_niceness(0)
            if worker.niceness:  # not allowed back up: a fresh worker serves the next query
                self._replace(worker)
                reusable = None
        if status == "error" and kind == "memory":
            if reusable is not None:
                self._replace(reusable)  # a MemoryError may leave the interpreter unwell
            raise PoolMemoryExceeded(self.memory_mb)
        if reusable is not None:
            self._give_back(reusable)

    # the same, on an event loop ------------------------------------------------------

    # A request larger than this goes through `run` in a thread: the write of the request to
    # the worker's pipe (64 KiB) could otherwise wait on the event loop.
    ASYNC_REQUEST_BYTES = 32_768

    async def run_async(
        self,
        sparql: str,
        *,
        generation: int,
        prefixes: dict[str, str],
        default_graphs: Sequence[str] | None,
        named_graphs: Sequence[str] | None,
        timeout: float,
        max_rows: int | None,
        union_default: bool = True,
        base_iri: str | None = None,
        results_format: str | None = None,
        direct: bool = False,
    ) -> tuple[str, bytes] | None:
        """`run` on the event loop, without a thread, when the query can start at once: an idle
        worker has the current snapshot open and no write is waiting. None when it cannot
        (then call `run` in a thread: it waits, makes the snapshot, starts a worker).

        Same limits, errors and replacements as `run`. The wait for the answer is the
        worker's pipe watched by the event loop: no thread hand-over (for a small query on a
        busy machine, ~0.3 ms of the 0.6 ms the pool took). A caller cancelled meanwhile (the
        client left) lets the exchange finish on its own, as `run` in a thread would.
        ``direct``: the answer is expected small (`codec.write_within`: the worker writes it in
        ``results_format`` at once, and runs the query again, counted, if it is not)."""
        request = self._request(sparql, generation, prefixes, default_graphs, named_graphs, max_rows,
                                union_default, base_iri, results_format, direct)
        data = pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL)
        if len(data) > self.ASYNC_REQUEST_BYTES:
            return None
        worker = self._take_ready(generation)
        if worker is None:
            return None
        assert worker.opened is not None
        request["path"] = request["generation"] = worker.opened
        task = asyncio.ensure_future(self._exchange_async(worker, request, timeout))
        task.add_done_callback(lambda t: t.cancelled() or t.exception())  # retrieved, even if abandoned
        status, kind, payload = await asyncio.shield(task)
        if status == "error":
            raise WorkerError(kind, payload)
        return kind, payload

    def _take_ready(self, generation: int) -> _Worker | None:
        """An idle worker with the snapshot of ``generation`` open, under a read lock (released
        by `_exchange_async`); None when there is none or a write is waiting. Never blocks."""
        with self._cond:
            if self._closed or self._writing or self._writers_waiting:
                return None
            if self._make_snapshot is None:
                path: str | None = self.path
            elif not self._snapshot_lock.acquire(blocking=False):
                return None
            else:
                try:
                    path = self._snapshot if self._snapshot_generation == generation else None
                finally:
                    self._snapshot_lock.release()
            for worker in reversed(self._idle):
                if path is not None and worker.opened == path:
                    self._idle.remove(worker)
                    self._readers += 1
                    self._start_spare()
                    return worker
            return None

    async def _exchange_async(self, worker: _Worker, request: dict[str, Any], timeout: float) -> tuple[str, str, Any]:
        try:
            self._long_queries.start(worker)
            try:
                reply = await _call_async(worker, request, time.monotonic() + timeout)
            except BaseException as exc:
                self._long_queries.stop(worker)
                raise await asyncio.to_thread(self._failed, worker, exc)
            self._long_queries.stop(worker)
            status, kind, _ = reply
            if self._needs_settling(worker, status, kind):
                await asyncio.to_thread(self._settle, worker, status, kind)
            else:
                self._give_back(worker)
            return reply
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    def rehearse_update(
        self, sparql: str, *, prefixes: dict[str, str], base_iri: str | None, timeout: float
    ) -> None:
        """Run an update in a worker, on a private writable checkpoint of the store made now,
        and throw the copy away: the update is known to finish within ``timeout`` on exactly
        the data the caller is about to change. Call it holding `write_lock` (so nothing
        changes between the rehearsal and the real write, and every worker is idle).

        Raises PoolTimeout past ``timeout`` (the worker is killed and replaced),
        PoolMemoryExceeded when the update needed more than a worker's memory, WorkerError
        for the update's own errors and WorkerFailed when a worker crashed.
        """
        if self._make_snapshot is None:
            raise WorkerFailed("this store is read-only: there is nothing to rehearse an update on")
        worker = self._take(time.monotonic() + OPEN_ALLOWANCE)
        base = Path(self.path)
        # Named like the query snapshots, so that the stale-copy sweep at start removes it too.
        copy = base.parent / f".{base.name}.query-snapshot-update-{os.getpid()}-{time.monotonic_ns()}"
        try:
            try:
                # A fresh worker's start-up is the pool's cost, not the update's (as for queries).
                worker.call({"op": "close"}, time.monotonic() + OPEN_ALLOWANCE)
                worker.opened = None
                self._make_snapshot(str(copy))
            except BaseException:
                self._discard(worker)
                raise
            request = {"op": "rehearse", "path": str(copy), "sparql": sparql, "prefixes": prefixes,
                       "base_iri": base_iri}
            try:
                status, kind, payload = worker.call(request, time.monotonic() + timeout)
            except PoolTimeout:
                self._replace(worker)
                raise
            except (WorkerFailed, EOFError, pickle.UnpicklingError, struct.error) as exc:
                if self.memory_mb > 0 and worker.died_of_memory():
                    self._replace(worker)
                    raise PoolMemoryExceeded(self.memory_mb, "update") from None
                self._discard(worker)
                raise WorkerFailed(str(exc) or "the query worker failed") from exc
            except BaseException:
                self._discard(worker)
                raise
            if status == "error" and kind == "memory":
                self._replace(worker)
                raise PoolMemoryExceeded(self.memory_mb, "update")
            self._give_back(worker)
            if status == "error":
                raise WorkerError(kind, payload)
        finally:
            shutil.rmtree(copy, ignore_errors=True)

    def close(self) -> None:
        """Stop every worker (on server shutdown). Queries in flight fail."""
        with self._cond:
            self._closed = True
            idle, self._idle = self._idle, []
            self._live -= len(idle)
            self._cond.notify_all()
        for worker in idle:
            worker.stop()
        with self._snapshot_lock:
            self._drop_snapshot()

    @property
    def live_workers(self) -> int:
        return self._live


if __name__ == "__main__":  # pragma: no cover
    _worker_main()

"""`mandates serve --workers N`: the server in N processes, one per core.

Oxigraph lets one process open a store for writing (RocksDB's lock), and a read-only instance of
a database that another process writes to may find its files deleted under it by compaction
(see `graph.store.query_pool`). So N processes share a *snapshot*: a RocksDB checkpoint of the
store (hard links, milliseconds), which nobody writes to, opened read-only by every process.
The serving processes never take the store's lock, so `mandates load` can write to the store
meanwhile; the server shows the new documents after a restart (a new snapshot). SPARQL Update
is off in this mode (the snapshot is read-only): serve with ``--workers 1`` to accept updates.

A SPARQL server store (``sparql+http…``) needs no snapshot: every process talks to the server.
An in-memory store lives in one process and cannot be shared.

The processes are started here, not by uvicorn's ``workers=N``: uvicorn's processes share one
listening socket, and whichever accepts first takes a whole burst of connections; a client
that keeps its connections open (a browser, a proxy, a load generator) then talks to one
process only, the others idle (measured with bench/bench_serve_workers.py: 100 % of the CPU in
one of two processes). Each process here listens on a socket of its own with ``SO_REUSEPORT``
on the same port, and the kernel spreads the connections over them. Each builds the app from
the environment (`api.app.create_app` reads `Settings.from_env`), so the settings travel as
environment variables (`Settings.as_env`). Nothing of `api` is imported here: uvicorn is given
the app factory by name. When one process ends (a crash, a signal), the others are stopped too
(and the command fails unless it ended cleanly): a server with fewer processes than asked for
would go unnoticed.

The lineage view is read by every process from a file beside the snapshot
(``MANDATES_LINEAGE_CACHE``, `graph.lineage.LineageView`): the view saved beside the store for
its current content when there is one (a hard link), else built once, by the first process, and
read by the others; it goes with the snapshot. So is the search index: the parent brings the one
kept beside the store up to date and copies it beside the snapshot (``MANDATES_SEARCH_INDEX``),
and every process opens that copy read-only, where each built its own before. So are the other
views kept beside the store (`graph.view_copies`): the statuses file (the statuses behind
`/api/mandates` and the tracker's columns: ``MANDATES_TRACKER_ROWS`` names its copy), the
statistics, the home page's lists, each list's sort values and the entity labels, brought up to
date and copied into the snapshot's own views folder, of the content the snapshot holds; every
process opens the copies read-only, where each computed them in memory before (at 1 M triples a
process's first `/api/mandates` took 21–43 s). ``MANDATES_VIEWS_COPY=0`` turns those copies off.

The query workers (``MANDATES_QUERY_WORKERS``) are the machine's, not each process's: they are
shared out between the processes (`query_workers_per_process`), so that N processes do not
start N times as many query processes competing for the same cores.
"""

from __future__ import annotations

import dataclasses
import logging
import multiprocessing
import os
import shutil
import signal
import socket
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from mandate_graph.graph.context import Context
    from mandate_graph.graph.store import GraphStore


def query_workers_per_process(query_workers: int, processes: int) -> int:
    """Each serving process's share of the ``query_workers`` setting: at least one (a process
    without a query worker could not answer SPARQL), the remainder rounded up."""
    return max(1, -(-query_workers // processes))


def serve_processes(ctx: Context, processes: int, host: str, port: int, app_factory: str) -> None:
    """Serve with ``processes`` uvicorn workers until stopped; closes the store of ``ctx`` (an
    opened context: its settings and store) first. ``app_factory``: "module:function" that
    builds the app from the environment's settings.

    Raises ValueError when the store cannot be shared (in memory).
    """
    from mandate_graph.graph.store import OxigraphStore

    settings = ctx.settings
    store = ctx.store
    snapshot: Path | None = None
    if isinstance(store, OxigraphStore):
        if store.path is None:
            raise ValueError("an in-memory store lives in one process: serve it with --workers 1, "
                             "or give --store a folder")
        base = store.path
        snapshot = base.parent / f".{base.name}.serving-{os.getpid()}"
        shutil.rmtree(snapshot, ignore_errors=True)
        if settings.views_copy:
            _build_missing_views(ctx)
        taken_at = store.generation  # this process holds the store (its lock) and writes nothing from here on
        store.checkpoint(snapshot)
        _link_saved_lineage_view(store, Path(f"{snapshot}.lineage"))
        search = _copy_search_index(ctx, Path(f"{snapshot}.search.sqlite"))
        tracker = _copy_views(ctx, snapshot, taken_at) if settings.views_copy else None
        settings = dataclasses.replace(settings, store=str(snapshot), read_only=True, update_token=None,
                                       query_workers=query_workers_per_process(settings.query_workers, processes),
                                       lineage_cache=f"{snapshot}.lineage",
                                       search_index=str(search) if search is not None else None,
                                       tracker_rows=str(tracker) if tracker is not None else None)
    ctx.close()  # the serving processes open what they need themselves
    settings.export_to_environment()  # the processes' environment, inherited when they start
    spawn = multiprocessing.get_context("spawn")  # a fresh interpreter: no store or thread inherited
    children = [spawn.Process(target=_serve_one, args=(app_factory, host, port), name=f"mandates-serve-{n}")
                for n in range(processes)]
    stop = threading.Event()
    for stopping in (signal.SIGTERM, signal.SIGINT):  # Ctrl-C reaches the processes too: they stop themselves
        signal.signal(stopping, lambda *_: stop.set())
    try:
        for child in children:
            child.start()
        while not stop.is_set() and all(child.is_alive() for child in children):
            stop.wait(0.5)
        ended = [child for child in children if not child.is_alive() and child.exitcode != 0]
        if ended and not stop.is_set():
            raise RuntimeError(f"serving process {ended[0].name} ended (exit code {ended[0].exitcode}); "
                               "the others were stopped")
    finally:
        for child in children:
            if child.is_alive():
                child.terminate()  # SIGTERM: uvicorn finishes the requests in flight
        for child in children:
            child.join(timeout=30)
            if child.is_alive():
                child.kill()
                child.join()
        if snapshot is not None:
            shutil.rmtree(snapshot, ignore_errors=True)
            # the view, its lock; the search index (the other views' copies are in the snapshot's folder)
            for pattern in (f"{snapshot.name}.lineage*", f"{snapshot.name}.search*"):
                for leftover in snapshot.parent.glob(pattern):
                    leftover.unlink(missing_ok=True)


def _link_saved_lineage_view(store: GraphStore, cache: Path) -> None:
    """Hand the serving processes the lineage view saved beside the store for its content
    (`graph.lineage.LineageView`), when there is one, as the snapshot's view file: the
    snapshot was just taken from that content, by the one process that can write the store,
    so the view shows it; the processes open it instead of building it. (A hard link: a
    saved view is never written in place.)"""
    from mandate_graph.graph.lineage import saved_view_path

    saved = saved_view_path(store)
    if saved is None or not saved.exists():
        return
    try:
        os.link(saved, cache)
    except OSError:
        try:
            shutil.copyfile(saved, cache)
        except OSError:  # the processes build the view then, as without a saved one
            cache.unlink(missing_ok=True)


def _copy_search_index(ctx: Context, target: Path) -> Path | None:
    """Hand the serving processes the search index of the snapshot's content: the index kept
    beside the store, brought up to date from the graphs written since (a restart: nothing to
    read), copied to ``target`` (`graph.search_index.copy_for_snapshot`), which every process
    opens read-only; None when that would read the whole store (no index kept yet, or writes
    not known): then each process builds its own, as before (73 s of CPU each at 10 M
    triples). The snapshot was just taken, by the one process that can write the store, so the
    copy shows the same content."""
    from mandate_graph.graph import search_index

    try:
        copied = search_index.copy_for_snapshot(ctx.store, ctx.ids.base, target)
    except (OSError, sqlite3.Error) as exc:
        log.warning("%s: cannot copy the search index for the serving processes (%s); each builds its own", target, exc)
        copied = False
    if not copied:
        target.unlink(missing_ok=True)
    return target if copied else None


def _build_missing_views(ctx: Context) -> None:
    """Build the views the store keeps no file of yet (it was loaded, never served alone),
    here, once, before the snapshot: they are then kept beside the store, copied for every
    process now and brought up to date at later starts, where each process computed them all
    in memory at every start (at 10 M triples a first `/api/mandates` took 294 s in each). A
    store without views (a bulk load, a first start) starts later by that build instead."""
    import time

    from mandate_graph.graph import view_copies

    missing = view_copies.missing(ctx.store, ctx.ids.base)
    if not missing:
        return
    log.warning("%s: building the views it keeps beside it once, before serving (none yet of: %s)",
                getattr(ctx.store, "path", ""), ", ".join(missing))
    started = time.perf_counter()
    try:
        took = ctx.build_views()
    except Exception as exc:  # noqa: BLE001 - the server starts all the same: each process computes what is missing
        log.warning("cannot build the views (%s: %s); each serving process computes its own", type(exc).__name__, exc)
        return
    log.warning("views built in %.1f s (%s)", time.perf_counter() - started,
                ", ".join(f"{name} {seconds:.1f} s" for name, seconds in took))


def _copy_views(ctx: Context, snapshot: Path, taken_at: int) -> Path | None:
    """Hand the serving processes the views kept beside the store, copied into the snapshot's
    views folder (`graph.view_copies.copy_for_snapshot`: brought up to date from the graphs
    written since, never built from the whole store here; those that would be are left to
    each process, as before). Taken right after the snapshot, by the one process that can
    write the store, writing nothing meanwhile (``taken_at``: the store's generation when the
    snapshot was taken, checked again after each copy): the copies show the snapshot's content.
    Returns the copy of the statuses file, whose tracker columns the `/mandates` page reads
    (``MANDATES_TRACKER_ROWS``), None when it was not copied."""
    from mandate_graph.graph import view_copies
    from mandate_graph.graph.status_rows import FILE as STATUSES_FILE
    from mandate_graph.graph.store.revision import FOLDER

    try:
        copied = view_copies.copy_for_snapshot(ctx.store, ctx.ids.base, snapshot, taken_at)
    except (OSError, sqlite3.Error) as exc:
        log.warning("%s: cannot copy the views for the serving processes (%s); each computes its own", snapshot, exc)
        shutil.rmtree(snapshot / FOLDER, ignore_errors=True)
        return None
    if copied:
        log.info("%s: views handed to the serving processes: %s", snapshot,
                 ", ".join(f"{c.name} ({c.how}, {c.size // 1024} kB)" for c in copied))
    statuses = snapshot / FOLDER / STATUSES_FILE
    return statuses if any(c.name == STATUSES_FILE for c in copied) else None


def _serve_one(app_factory: str, host: str, port: int) -> None:
    """One serving process: uvicorn on a socket of its own, bound with ``SO_REUSEPORT``."""
    import uvicorn

    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
    sock.bind((host, port))
    config = uvicorn.Config(app_factory, factory=True, log_level="warning", access_log=False)
    uvicorn.Server(config).run(sockets=[sock])

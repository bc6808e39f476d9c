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

uvicorn starts the processes (``workers=N``); each builds the app from the environment
(`api.app.create_app` reads `Settings.from_env`), so the settings travel as environment
variables (`Settings.as_env`). Nothing of `api` is imported here: uvicorn is given the app
factory by name.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
from pathlib import Path
from typing import Any


def serve_processes(ctx: Any, processes: int, host: str, port: int, app_factory: str) -> None:
    """Serve with ``processes`` uvicorn workers until stopped; closes the store of ``ctx`` (an
    opened context: its settings and store) first. ``app_factory``: "module:function" that
    builds the app from the environment's settings.

    Raises ValueError when the store cannot be shared (in memory).
    """
    import uvicorn

    settings = ctx.settings
    store = ctx.store
    snapshot: Path | None = None
    if getattr(store, "path", "") is None:
        raise ValueError("an in-memory store lives in one process: serve it with --workers 1, "
                         "or give --store a folder")
    if hasattr(store, "checkpoint"):
        base = Path(store.path)
        snapshot = base.parent / f".{base.name}.serving-{os.getpid()}"
        shutil.rmtree(snapshot, ignore_errors=True)
        store.checkpoint(snapshot)
        settings = dataclasses.replace(settings, store=str(snapshot), read_only=True, update_token=None)
    ctx.close()  # the serving processes open what they need themselves
    settings.export_to_environment()
    try:
        uvicorn.run(app_factory, factory=True, host=host, port=port, workers=processes,
                    log_level="warning")
    finally:
        if snapshot is not None:
            shutil.rmtree(snapshot, ignore_errors=True)

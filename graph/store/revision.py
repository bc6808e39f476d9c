"""Values derived from an on-disk store, kept beside it across restarts, and never stale.

At 10 M triples the sorted members of the instruments take ~15 s to compute; a server that
restarts on an unchanged store should not wait for them again. So `OxigraphStore` keeps, in
the folder ``<store>/mandate-graph-views/``:

- ``revision``: a random token naming the store's content. Every write through the store
  deletes it *before* it changes anything and writes a new one after (`start_write`,
  `finish_write`), so a token names one content only: a write that was killed half-way
  leaves no token, and the next open makes a new one;
- ``<name>.json``: a value saved with the token it was computed under. `load` gives it back
  only while the store still has that token.

The token is changed by writes through `OxigraphStore` (every write of this project: load,
bulk load, SPARQL Update, the Graph Store protocol). A program that writes the folder with
pyoxigraph directly does not change it: delete ``mandate-graph-views/`` after such a write.

RocksDB ignores files it did not write, and the folder goes with the store when the store's
folder is deleted; a checkpoint (`OxigraphStore.checkpoint`) does not copy it.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import uuid
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FOLDER = "mandate-graph-views"


class StoreRevision:
    """The revision token of one on-disk store and the values saved under it."""

    def __init__(self, store_folder: Path, writable: bool) -> None:
        self.folder = store_folder / FOLDER
        self.writable = writable
        self._lock = threading.Lock()
        self._token: str | None = None
        self._generation: int | None = None  # the store generation the token names
        if not writable:  # open read-only beside a writer: its token may not name what it sees
            return
        try:
            self._token = (self.folder / "revision").read_text().strip() or None
        except OSError:
            self._token = None
        if self._token is None:
            self._token = self._write_token()
        self._generation = 0 if self._token is not None else None

    def _write_token(self) -> str | None:
        token = uuid.uuid4().hex
        try:
            self.folder.mkdir(exist_ok=True)
            _write_atomically(self.folder / "revision", token)
        except OSError as exc:  # no saved values then, nothing worse
            log.warning("%s: cannot write the store's revision: %s", self.folder, exc)
            return None
        return token

    def start_write(self) -> None:
        """Before a write: from now on no token names the store's content."""
        with self._lock:
            self._token = self._generation = None
            try:
                (self.folder / "revision").unlink(missing_ok=True)
            except OSError as exc:
                log.warning("%s: cannot remove the store's revision: %s", self.folder, exc)

    def finish_write(self, generation: int) -> None:
        """After a write that finished: a new token names the content at ``generation``.
        (After a failed one, none: a bulk load is not all or nothing; the next open makes
        a new token.)"""
        with self._lock:
            self._token = self._write_token()
            self._generation = generation if self._token is not None else None

    def token_at(self, generation: int) -> str | None:
        """The token naming the content the store had at ``generation``, None when it has
        changed since (or has no token)."""
        with self._lock:
            return self._token if self._generation == generation else None

    def load(self, name: str, generation: int) -> Any | None:
        """The value saved as ``name`` for the store's content at ``generation``, or None."""
        token = self.token_at(generation)
        if token is None:
            return None
        try:
            saved = json.loads((self.folder / f"{name}.json").read_text())
        except (OSError, ValueError):
            return None
        if not isinstance(saved, dict) or saved.get("revision") != token:
            return None
        return saved.get("value")

    def save(self, name: str, value: Any, generation: int) -> bool:
        """Keep ``value`` (JSON) as ``name`` when the store still has the content it had at
        ``generation``; True when it was saved."""
        if not self.writable:
            return False
        with self._lock:  # a write's start_write waits: never a new token for an old value
            token = self._token if self._generation == generation else None
            if token is None:
                return False
            try:
                _write_atomically(self.folder / f"{name}.json", json.dumps({"revision": token, "value": value}))
            except OSError as exc:
                log.warning("%s: cannot save %s: %s", self.folder, name, exc)
                return False
            return True


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    os.replace(partial, path)

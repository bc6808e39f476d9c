"""Values derived from an on-disk store, kept beside it across restarts, and never stale.

At 10 M triples the sorted members of the instruments take ~15 s to compute; a server that
restarts on an unchanged store should not wait for them again. So `OxigraphStore` keeps, in
the folder ``<store>/mandate-graph-views/``:

- ``revision``: a random token naming the store's content. Every write through the store
  deletes it *before* it changes anything and writes a new one after (`start_write`,
  `finish_write`), so a token names one content only: a write that was killed half-way
  leaves no token, and the next open makes a new one;
- ``<name>.json``: a value saved with the token it was computed under. `load` gives it back
  only while the store still has that token;
- ``changes.jsonl``: one line per finished write, ``{"from": token, "to": token, "graphs":
  [...]}``, the named graphs the write touched (``null``: not known: a SPARQL Update whose
  text does not name them, `graph.store.update_graphs`, or a bulk load of a file with triples
  of the default graph). `graphs_changed_since` follows the lines from a token saved with a
  value to the current token: what changed since the value was computed, so that it can be
  brought up to date by reading only those graphs. A gap (a killed write leaves no token, and
  the next open starts a new one with no line to it) or an unknown write answers None: then
  everything is read again, as without the record.

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
import re
import threading
import uuid
from pathlib import Path
from typing import Any, Iterable

log = logging.getLogger(__name__)

FOLDER = "mandate-graph-views"
CHANGES = "changes.jsonl"
# Past this size the record of changes keeps its newer half (older tokens then fall back to a
# full re-read: a value saved so many writes ago is rebuilt anyway).
CHANGES_MAX_BYTES = 4 * 2**20


class StoreRevision:
    """The revision token of one on-disk store and the values saved under it."""

    def __init__(self, store_folder: Path, writable: bool) -> None:
        self.folder = store_folder / FOLDER
        self.writable = writable
        self._lock = threading.Lock()
        self._token: str | None = None
        self._generation: int | None = None  # the store generation the token names
        self._before: str | None = None  # the token of the content a write under way started from
        if not writable:  # open read-only beside a writer: its token may not name what it sees
            return
        try:
            self._token = (self.folder / "revision").read_text().strip() or None
        except OSError:
            self._token = None
        if self._token is None:
            self._token = self._write_token()
        self._generation = 0 if self._token is not None else None


    def holds_views(self) -> bool:
        """Whether any view is kept in the folder (each is an SQLite file there, beside the
        revision and the record of changes): a process that wrote the store has none to bring
        up to date otherwise, and need not import the views' code to learn so."""
        return any(self.folder.glob("*.sqlite"))
    def _write_token(self, token: str | None = None) -> str | None:
        token = token or uuid.uuid4().hex
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
            # None after a failed write (its changes are not known): no link from there on.
            self._before = self._token
            self._token = self._generation = None
            try:
                (self.folder / "revision").unlink(missing_ok=True)
            except OSError as exc:
                log.warning("%s: cannot remove the store's revision: %s", self.folder, exc)

    def finish_write(self, generation: int, graphs: Iterable[str] | None = None) -> None:
        """After a write that finished: a new token names the content at ``generation``, and
        the record of changes links it to the token before, with the named graphs the write
        touched (``graphs``; None: not known). (After a failed one, no token: a bulk load is
        not all or nothing; the next open makes a new token, with no link to the old one.)"""
        with self._lock:
            token = uuid.uuid4().hex
            before, self._before = self._before, None
            if before is not None:
                self._record_change(before, token, graphs)
            self._token = self._write_token(token)
            self._generation = generation if self._token is not None else None

    def _record_change(self, before: str, after: str, graphs: Iterable[str] | None) -> None:
        line = json.dumps({"from": before, "to": after, "graphs": None if graphs is None else sorted(set(graphs))})
        path = self.folder / CHANGES
        try:
            self.folder.mkdir(exist_ok=True)
            if path.exists() and path.stat().st_size > CHANGES_MAX_BYTES:
                kept = path.read_text().splitlines()
                _write_atomically(path, "".join(f"{k}\n" for k in kept[len(kept) // 2:]))
            with path.open("a") as out:
                out.write(line + "\n")
        except OSError as exc:  # the chain is broken: a later reader re-reads everything
            log.warning("%s: cannot record the graphs a write changed: %s", self.folder, exc)

    def graphs_changed_since(self, token: str, generation: int) -> set[str] | None:
        """The named graphs written since the content named ``token`` up to the content at
        ``generation`` (the store's current one), from the record of changes; None when that
        is not known (a gap in the record, a write whose graphs are not known, or a store
        changed since ``generation``)."""
        current = self.token_at(generation)
        if current is None:
            return None
        if token == current:
            return set()
        links: dict[str, tuple[str, list[str] | None]] = {}
        try:
            lines = (self.folder / CHANGES).read_text().splitlines()
        except OSError:
            return None
        for text in lines:
            try:
                entry = json.loads(text)
                links[str(entry["from"])] = (str(entry["to"]), entry["graphs"])
            except (ValueError, KeyError, TypeError):  # a line cut by a kill: no link through it
                continue
        changed: set[str] = set()
        at = token
        for _ in range(len(links) + 1):
            if at == current:
                return changed
            step = links.get(at)
            if step is None or step[1] is None:
                return None
            changed.update(step[1])
            at = step[0]
        return None

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
        path = self.folder / f"{name}.json"
        try:
            with path.open("rb") as file:  # saved as {"revision": token, ...}: a stale value is not parsed
                if json.dumps({"revision": token}).encode()[:-1] not in file.read(len(token) + 64):
                    return None
            saved = json.loads(path.read_text())
        except OSError:
            return None
        except ValueError as exc:  # damaged (cut short by a full disk, edited): computed again
            log.warning("%s: damaged, not used: %s", path, exc)
            return None
        if not isinstance(saved, dict) or saved.get("revision") != token:
            return None
        return saved.get("value")

    def load_older(self, name: str) -> tuple[str, Any] | None:
        """The value saved as ``name`` and the token it was saved under, whatever the store's
        content now (to be brought up to date with `graphs_changed_since`)."""
        if not self.writable:
            return None
        try:
            saved = json.loads((self.folder / f"{name}.json").read_text())
        except OSError:
            return None
        except ValueError as exc:
            log.warning("%s: damaged, not used: %s", self.folder / f"{name}.json", exc)
            return None
        if not isinstance(saved, dict) or not isinstance(saved.get("revision"), str):
            return None
        return saved["revision"], saved.get("value")

    def save(self, name: str, value: Any, generation: int, family: str | None = None) -> bool:
        """Keep ``value`` (JSON) as ``name`` when the store still has the content it had at
        ``generation``; True when it was saved. ``family``: ``name`` is the family's name and a
        hash (`graph.generations.saved_for`), and the family's files of other hashes are deleted."""
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
            if family is not None:
                self._delete_others_of(family, name)
            return True

    def _delete_others_of(self, family: str, kept: str) -> None:
        others = re.compile(re.escape(family) + r"-[0-9a-f]{12}\.json")
        for path in self.folder.glob(f"{family}-*.json"):
            if path.name != f"{kept}.json" and others.fullmatch(path.name):
                path.unlink(missing_ok=True)


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text)
    os.replace(partial, path)

"""A saved lineage view brought to a new revision without copying it: the rows a write changed
are written to a small overlay file read over the unchanged whole file (`graph.lineage_file`,
OVERLAY_FORMAT), and merged into a whole file again now and then.

Copying the whole file for each update (what this replaces) cost ~0.5 s at 10 M triples (a
700 MB file), most of an update, and grew with the store. An update now copies the overlay of
the view it starts from (the rows of the writes since the last merge) and applies the change to
the copy; the base is only read. When the overlay passes `MERGE_ROWS` rows, or the caller asks
for one file (`cli.serving` hands a file to its processes), base and overlay are merged into a
whole file: a copy of the base, changed in one transaction.

Every file is written beside (``.partial``) and renamed into place when complete, and none is
changed after: a reader (another thread, another process, a hard link in a snapshot) sees the
view before the write or after it, never half, and an update killed half-way leaves the files
it started from as they were (the next update starts from them again).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Mapping

from mandate_graph.graph.lineage_file import (
    FORMAT, OVERLAY_FORMAT, OVERLAY_SCHEMA, DiskLineageGraph, EdgeRow, NodeRow, _add_origins, read_only_uri,
)

# Past this many rows in an overlay (edges, nodes and replaced subjects), an update merges it
# into a whole file. Each update copies the overlay (~1 MB per 850 rows: five corpus documents),
# so it must stay small: 20,000 rows, ~20 MB, ~15 ms to copy, is some 100 documents; the merge
# then costs what the copy of the base cost each update before (at 10 M triples, 739 MB: 0.6 s
# of CPU, 3.8 s of wall time on a loaded machine).
MERGE_ROWS = 20_000

_UNTYPED: NodeRow = (None, None, None, None, None)  # a node that is only the end of an edge


@dataclass(frozen=True)
class ViewChange:
    """What a write changed in a saved view, read from the store as it is now
    (`graph.lineage_update`); `update_view` applies it."""

    graphs: frozenset[str]  # the named graphs written: their origins are replaced by ``origins``
    origins: Mapping[str, set[str]]  # their origins now (and those of graphs sharing evidence nodes with them)
    subjects: frozenset[str]  # every edge whose triple has one of these subjects is replaced...
    edges: tuple[EdgeRow, ...]  # ...by these
    nodes: Mapping[str, NodeRow | None]  # nodes read again: their attributes, None when not typed now


def _partial(path: Path, what: str = "") -> Path:
    """Where ``path`` is written before it is renamed into place (the names the cleanups know)."""
    return path.with_name(f"{path.name}{what}.partial")


def update_view(view: DiskLineageGraph, new: Path, key: str, change: ViewChange,
                still_current: Callable[[], bool] = lambda: True) -> int | None:
    """Write to ``new`` under ``key`` the view ``view`` with ``change`` applied: the edges of
    ``change.subjects`` replaced, the nodes read again set, the nodes left without a type or an
    edge removed, the origins of the graphs written replaced. ``new`` is an overlay over the
    base ``view`` reads (its overlay copied and changed), or a whole file when that overlay
    would pass `MERGE_ROWS`. Returns the edges changed; None, with nothing renamed into place,
    when ``still_current()`` says at the end that the store has been written to since the
    change was read (the file would name a content it does not show)."""
    base = view.base or view.path
    overlay = _partial(new, ".overlay")
    overlay.unlink(missing_ok=True)
    if view.base is not None:
        shutil.copyfile(view.path, overlay)
    con = sqlite3.connect(overlay, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = OFF")  # a partial file is not read until renamed
        con.execute("PRAGMA synchronous = OFF")
        con.execute("ATTACH DATABASE ? AS base", (read_only_uri(base),))
        if view.base is None:  # the first write since the base: a new overlay
            con.executescript(OVERLAY_SCHEMA)  # (tables created in main: the overlay)
            base_meta = dict(con.execute("SELECT name, value FROM base.meta"))
            con.executemany("INSERT INTO main.meta VALUES (?, ?)", [
                ("format", OVERLAY_FORMAT), ("base", base.name), ("base_key", base_meta["key"]),
                ("nodes", base_meta.get("nodes", "0")), ("edges", base_meta.get("edges", "0"))])
        con.execute("BEGIN")
        changed = _apply(con, change)
        con.execute("INSERT OR REPLACE INTO main.meta VALUES ('key', ?)", (key,))
        rows = sum(con.execute(f"SELECT count(*) FROM main.{t}").fetchone()[0] for t in ("edges", "nodes", "replaced"))
        con.execute("COMMIT")
    finally:
        con.close()
    written = overlay
    if rows > MERGE_ROWS:
        written = _merged(base, overlay, new)
        overlay.unlink(missing_ok=True)
    if not still_current():
        written.unlink(missing_ok=True)
        return None
    os.replace(written, new)
    return changed


def merge_view(view: DiskLineageGraph, new: Path, key: str) -> None:
    """Write ``view`` (an overlay and its base) to ``new`` under ``key`` as one whole file."""
    if view.base is None:
        raise ValueError(f"{view.path} is a whole file already")
    whole = _merged(view.base, view.path, new, key)
    os.replace(whole, new)


def _merged(base: Path, overlay: Path, new: Path, key: str | None = None) -> Path:
    """The whole file of ``overlay`` over ``base``, written beside ``new`` (not renamed): a copy
    of the base changed in one transaction. ``key``: the overlay's own when None."""
    whole = _partial(new)
    whole.unlink(missing_ok=True)
    shutil.copyfile(base, whole)
    con = sqlite3.connect(whole, isolation_level=None)
    try:
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.execute("ATTACH DATABASE ? AS ov", (read_only_uri(overlay),))
        con.execute("BEGIN")
        for (subject,) in con.execute("SELECT subject FROM ov.replaced").fetchall():
            con.execute("DELETE FROM main.edges WHERE rowid IN (" + _BASE_EDGES_OF_SUBJECT.replace("base.", "main.") + ")",
                        (subject,))
        con.execute("INSERT INTO main.edges SELECT source, target, relation, subject, evidence FROM ov.edges")
        con.execute("DELETE FROM main.nodes WHERE iri IN (SELECT iri FROM ov.nodes WHERE present = 0)")
        con.execute("INSERT OR REPLACE INTO main.nodes SELECT iri, kind, label, date, end_date, date_from "
                    "FROM ov.nodes WHERE present = 1")
        replaced = [g for (g,) in con.execute("SELECT name FROM ov.graphs")]
        con.executemany("DELETE FROM main.origins WHERE graph = (SELECT id FROM main.graphs WHERE name = ?)",
                        ((g,) for g in replaced))
        origins: dict[str, set[str]] = {g: set() for g in replaced}
        for graph, iri in con.execute("SELECT graph, iri FROM ov.origins"):
            origins.setdefault(graph, set()).add(iri)
        _add_origins(con, origins)
        meta = dict(con.execute("SELECT name, value FROM ov.meta"))
        con.executemany("INSERT OR REPLACE INTO main.meta VALUES (?, ?)", [
            ("format", FORMAT), ("key", key or meta["key"]), ("nodes", meta["nodes"]), ("edges", meta["edges"])])
        con.execute("COMMIT")
    finally:
        con.close()
    return whole


# The rowids of the base's edges whose triple has ?1 as subject (the subject is one of the
# edge's ends: found by the indexes of both ends).
_BASE_EDGES_OF_SUBJECT = ("SELECT rowid FROM base.edges WHERE source = ?1 AND subject = ?1 UNION "
                          "SELECT rowid FROM base.edges WHERE target = ?1 AND subject = ?1")


def _node(con: sqlite3.Connection, iri: str) -> tuple[bool, bool, NodeRow | None]:
    """(a node of the view, a node of the base, its row) for ``iri``, the overlay over the base."""
    in_base = con.execute("SELECT kind, label, date, end_date, date_from FROM base.nodes WHERE iri = ?", (iri,)).fetchone()
    overlaid = con.execute("SELECT present, kind, label, date, end_date, date_from FROM main.nodes WHERE iri = ?",
                           (iri,)).fetchone()
    if overlaid is not None:
        return bool(overlaid[0]), in_base is not None, overlaid[1:] if overlaid[0] else None
    return in_base is not None, in_base is not None, in_base


def _has_edge(con: sqlite3.Connection, iri: str) -> bool:
    """Whether ``iri`` is an end of an edge of the view (the overlay's, or the base's not replaced)."""
    return con.execute(
        "SELECT 1 FROM main.edges WHERE source = ?1 UNION ALL SELECT 1 FROM main.edges WHERE target = ?1 UNION ALL "
        "SELECT 1 FROM base.edges e WHERE e.source = ?1 AND e.subject NOT IN (SELECT subject FROM main.replaced) "
        "UNION ALL "
        "SELECT 1 FROM base.edges e WHERE e.target = ?1 AND e.subject NOT IN (SELECT subject FROM main.replaced) "
        "LIMIT 1", (iri,)).fetchone() is not None


def _apply(con: sqlite3.Connection, change: ViewChange) -> int:
    """Apply ``change`` to the overlay (``main``, its base attached as ``base``), its counts
    included; the edges changed."""
    counts = dict(con.execute("SELECT name, value FROM main.meta WHERE name IN ('nodes', 'edges')").fetchall())
    nodes, edges = int(counts.get("nodes", 0)), int(counts.get("edges", 0))
    ends: set[str] = set()  # nodes that lost or gained an edge: still in the view?
    gone = 0
    for subject in change.subjects:
        if con.execute("SELECT 1 FROM main.replaced WHERE subject = ?", (subject,)).fetchone() is None:
            for source, target in con.execute(
                    f"SELECT source, target FROM base.edges WHERE rowid IN ({_BASE_EDGES_OF_SUBJECT})", (subject,)):
                gone += 1
                ends.update((source, target))
            con.execute("INSERT INTO main.replaced VALUES (?)", (subject,))
        for source, target in con.execute("SELECT source, target FROM main.edges WHERE subject = ?", (subject,)).fetchall():
            gone += 1
            ends.update((source, target))
        con.execute("DELETE FROM main.edges WHERE subject = ?", (subject,))
    con.executemany("INSERT INTO main.edges VALUES (?, ?, ?, ?, ?)", change.edges)
    ends.update(e[0] for e in change.edges)
    ends.update(e[1] for e in change.edges)
    edges += len(change.edges) - gone
    for iri in ends | set(change.nodes):
        attributes = change.nodes.get(iri)
        present, in_base, had = _node(con, iri)
        typed = attributes is not None if iri in change.nodes else (present and had is not None and had[0] is not None)
        if not typed and not _has_edge(con, iri):
            if present:
                nodes -= 1
                if in_base:
                    con.execute("INSERT OR REPLACE INTO main.nodes VALUES (?, 0, NULL, NULL, NULL, NULL, NULL)", (iri,))
                else:
                    con.execute("DELETE FROM main.nodes WHERE iri = ?", (iri,))
            continue
        if iri in change.nodes or not present:
            con.execute("INSERT OR REPLACE INTO main.nodes VALUES (?, 1, ?, ?, ?, ?, ?)", (iri, *(attributes or _UNTYPED)))
            nodes += not present
    _replace_origins(con, change)
    con.executemany("INSERT OR REPLACE INTO main.meta VALUES (?, ?)", [("nodes", str(nodes)), ("edges", str(edges))])
    return gone + len(change.edges)


def _replace_origins(con: sqlite3.Connection, change: ViewChange) -> None:
    """The origins of the graphs written replaced in the overlay; those of other graphs named
    by the change added to what the view has for them (copied from the base the first time)."""
    for graph in set(change.origins) | change.graphs:
        if con.execute("SELECT 1 FROM main.graphs WHERE name = ?", (graph,)).fetchone() is None:
            con.execute("INSERT INTO main.graphs VALUES (?)", (graph,))
            if graph not in change.graphs:
                con.execute("INSERT INTO main.origins SELECT g.name, o.iri FROM base.origins o "
                            "JOIN base.graphs g ON g.id = o.graph WHERE g.name = ?", (graph,))
    con.executemany("DELETE FROM main.origins WHERE graph = ?", ((g,) for g in change.graphs))
    con.executemany("INSERT OR IGNORE INTO main.origins VALUES (?, ?)",
                    ((g, iri) for g, iris in change.origins.items() for iri in iris))

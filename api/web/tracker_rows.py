"""The mandate tracker's rows (the `/mandates` page, the home page's mandates), read a page at a
time from the columns kept with the statuses (`graph.tracker_table`, in the statuses file
beside the store): a write updates the rows of the mandates and labels it touched, with the
statuses (and `mandates load` before it exits), where the whole table was computed again
before (~67 CPU s at 10 M triples, and the first `/mandates` after a load waited for it).

A row is what the tracker shows of a mandate: the JSON API's mandate (`MandateStatusModel`)
with its status for people ("due"), the short labels of its instrument, addressee and due
session, and its answers with their labels. Only the rows of a page are made (from the
statuses' rows and the labels' table); the order, the filters, the counts and the first open
or due mandates of the home page are indexed queries over the columns.

The addressee filter takes a label (exactly, when one is that label) or a part of one (any
addressee whose label holds it, ignoring case): a plain text field filters without
JavaScript; the choices offered are the addressees with the most mandates (`top_addressees`)
and those matching a text (`addressees`, the page's JSON suggestions), never all of them
(5,245 at 10 M triples, rendered on every page before).
"""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path
from typing import Any, Protocol, Sequence

from mandate_graph.graph import tracker_table
from mandate_graph.graph.status_rows import FINGERPRINT as STATUS_FINGERPRINT
from mandate_graph.graph.status_rows import COLUMNS as STATUS_COLUMNS
from mandate_graph.graph.tracker_table import TrackerUpdate

_ROW = ", ".join(f"m.{c.strip()}" for c in STATUS_COLUMNS.split(",")) + \
    ", t.status, t.instrument_label, t.addressee_label, t.due_label"
_ORDER = "t.instrument_label, t.addressee_label, t.action, t.iri"


def status_fields(row: Sequence[Any], base: str) -> dict[str, Any]:
    """``MandateStatusModel.fields_of(from_row(row), base)`` read straight from the row's JSON:
    no status, link and evidence objects made for each of a page's rows and then turned into
    dicts (a third of a `/mandates` page's own CPU; tests check both give the same)."""
    iri, instrument, addressee, action, due_at, status, overdue, data = row
    label, tasks, evidence, fulfilled, renewed = json.loads(data)
    cut = len(base)

    def short(value: str | None) -> str | None:
        return value[cut:] if value is not None and value.startswith(base) else value

    def evs(items: list[list[Any]]) -> list[dict[str, Any]]:
        return [{"relation": relation, "document": short(document), "paragraph": paragraph, "quote": quote}
                for relation, document, paragraph, quote in items]

    def link(lk: list[Any]) -> dict[str, Any]:
        kind, target, found, *rest = lk
        extra = {name: short(value) for name, value in zip(_LINK_EXTRAS, rest) if value is not None}
        return {"kind": kind, "iri": target, **extra, "evidence": evs(found)}

    return {
        "id": short(iri), "iri": iri, "label": label, "instrument": short(instrument), "addressee": short(addressee),
        "action": action, "tasks": list(tasks), "status": status, "dueAt": short(due_at), "overdue": bool(overdue),
        "evidence": evs(evidence), "fulfilledBy": [link(lk) for lk in fulfilled],
        "renewedBy": [link(lk) for lk in renewed],
    }


# A link's fields after its evidence, in the order `graph.status_rows` keeps them.
_LINK_EXTRAS = ("reportOf", "submittedTo", "author", "endorses", "heldOn", "mandate")


class RowsFile(Protocol):
    """Where the tracker reads its rows: the statuses file (`graph.status_rows.StatusRows`), or
    a copy of it handed to a read-only process (`HandedOverRows`)."""

    def read(self, sql: str, parameters: Sequence[Any] = ...) -> list[tuple[Any, ...]]: ...


class HandedOverRows:
    """The statuses file (the statuses and the tracker's columns) of a read-only snapshot's
    content, copied beside it by `mandates serve --workers N` (``MANDATES_TRACKER_ROWS``,
    `cli.serving`) from the file kept beside the store, opened immutable: every serving process
    reads the same copy, where each computed every status and label in memory before (and its
    tracker page waited for them). Refused (ValueError, sqlite3.Error) when the copy is not of
    this code and base: the process computes its own then."""

    def __init__(self, path: Path, base: str) -> None:
        self.path = path
        self._db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True, check_same_thread=False)
        self._lock = threading.Lock()  # one connection, shared by the request threads
        try:
            meta = dict(self._db.execute("SELECT name, value FROM meta").fetchall())
            expected = {"fingerprint": STATUS_FINGERPRINT, "tracker_code": tracker_table.CODE, "tracker_base": base,
                        "tracker_stale": ""}
            wrong = {name: meta.get(name) for name, value in expected.items() if meta.get(name) != value}
            if wrong:
                raise ValueError(f"{path}: not the tracker's rows of this code and base ({sorted(wrong)})")
            self._db.execute("SELECT 1 FROM tracker LIMIT 1").fetchall()
        except BaseException:
            self._db.close()
            raise

    def read(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        with self._lock:
            return self._db.execute(sql, parameters).fetchall()

    def close(self) -> None:
        self._db.close()


class TrackerRows:
    """The tracker's rows of one store generation (``update``: how its columns were brought
    up to date; None for a copy handed over), read from the statuses file."""

    def __init__(self, rows: RowsFile, base: str, update: TrackerUpdate | None = None) -> None:
        self._rows = rows
        self.base = base
        self.update = update
        self._cached: dict[Any, Any] = {}  # the filters' choices, once per generation
        self._lock = threading.Lock()

    def _read(self, sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self._rows.read(sql, parameters)

    def _addressee_term(self, addressee: str) -> tuple[str, str]:
        """An exact label when one is that label, else the labels that hold the text."""
        if self._read("SELECT 1 FROM tracker WHERE addressee_label = ? LIMIT 1", (addressee,)):
            return "t.addressee_label = ?", addressee
        return "instr(t.addressee_folded, ?) > 0", addressee.lower()

    def _where(self, status: str | None, action: str | None, addressee: str | None,
               q: str | None) -> tuple[str, list[Any]] | None:
        """The WHERE clause of the tracker's filters; None when nothing can match."""
        terms: list[str] = []
        parameters: list[Any] = []
        for column, value in (("t.status", status), ("t.action", action)):
            if value:
                terms.append(f"{column} = ?")
                parameters.append(value)
        if addressee:
            term, value = self._addressee_term(addressee)
            terms.append(term)
            parameters.append(value)
        if q:
            needle = q.lower()
            if "\0" in needle:
                return None
            terms.append("instr(t.texts, ?) > 0")
            parameters.append(needle)
        return (" WHERE " + " AND ".join(terms) if terms else ""), parameters

    def _made(self, found: list[tuple[Any, ...]]) -> list[dict[str, Any]]:
        """The rows shown, from the statuses' rows and the tracker's columns."""
        width = len(STATUS_COLUMNS.split(","))
        fields = [status_fields(r[:width], self.base) for r in found]
        answers = {f["iri"] for d in fields for f in d["fulfilledBy"] + d["renewedBy"]}
        labels = dict(self._read(f"SELECT iri, short FROM tracker_labels WHERE iri IN ({','.join('?' * len(answers))})",
                                 sorted(answers))) if answers else {}
        out = []
        for d, r in zip(fields, found):
            status, instrument_label, addressee_label, due_label = r[width:]
            out.append({
                **d, "status": status, "instrument_label": instrument_label, "addressee_label": addressee_label,
                "due_label": due_label,
                "answers": [{**f, "id": str(f["iri"]).removeprefix(self.base), "label": labels.get(str(f["iri"]))}
                            for f in d["fulfilledBy"] + d["renewedBy"]],
            })
        return out

    def page(self, offset: int, limit: int, status: str | None = None, action: str | None = None,
             addressee: str | None = None, q: str | None = None) -> tuple[int, list[dict[str, Any]]]:
        """How many rows match the filters, and ``limit`` of them from ``offset``, in the tracker's order."""
        where = self._where(status, action, addressee, q)
        if where is None:
            return 0, []
        clause, parameters = where
        # Unfiltered, the number of every row, counted once per generation (a whole-table count)
        total = self.total() if not clause else self._read(f"SELECT count(*) FROM tracker t{clause}", parameters)[0][0]
        found = self._read(f"SELECT {_ROW} FROM tracker t JOIN mandates m ON m.iri = t.iri{clause} "
                           f"ORDER BY {_ORDER} LIMIT ? OFFSET ?", [*parameters, limit, offset])
        return int(total), self._made(found)

    def _once(self, key: Any, sql: str, parameters: Sequence[Any] = ()) -> Any:
        with self._lock:
            if key not in self._cached:
                self._cached[key] = self._read(sql, parameters)
            return self._cached[key]

    def choices(self, top: int) -> dict[str, Any]:
        """What every page of the tracker shows whatever its filters, as JSON: the number of
        rows, the actions, the ``top`` addressees (`prime` takes it back)."""
        return {"total": self.total(), "actions": self.actions(), "top": top,
                "addressees": [list(pair) for pair in self.top_addressees(top)]}

    def prime(self, choices: dict[str, Any]) -> None:
        """Take `choices` (made by this process or saved beside the store for the same content)
        as the values read once per generation."""
        with self._lock:
            self._cached.setdefault("total", [(int(choices["total"]),)])
            self._cached.setdefault("actions", [(action,) for action in choices["actions"]])
            self._cached.setdefault(("top", int(choices["top"])), [(label, n) for label, n in choices["addressees"]])

    def total(self) -> int:
        return int(self._once("total", "SELECT count(*) FROM tracker")[0][0])

    def actions(self) -> list[str]:
        """The distinct actions, sorted (the action filter's choices)."""
        return [r[0] for r in self._once("actions", "SELECT DISTINCT action FROM tracker ORDER BY action")]

    def top_addressees(self, limit: int) -> list[tuple[str, int]]:
        """The ``limit`` addressee labels with the most mandates, and their counts (most first)."""
        return [(r[0], r[1]) for r in self._once(("top", limit), "SELECT addressee_label, count(*) FROM tracker "
                                                 "GROUP BY addressee_label ORDER BY 2 DESC, 1 LIMIT ?", (limit,))]

    def addressees(self, text: str, limit: int) -> list[tuple[str, int]]:
        """The addressee labels holding ``text`` (ignoring case), with the most mandates first."""
        return [(r[0], r[1]) for r in self._read(
            "SELECT addressee_label, count(*) FROM tracker WHERE instr(addressee_folded, ?) > 0 "
            "GROUP BY addressee_label ORDER BY 2 DESC, 1 LIMIT ?", (text.lower(), limit))]

    def counts(self) -> dict[str, int]:
        return {status: n for status, n in self._read("SELECT status, count(*) FROM tracker GROUP BY status")}

    def waiting(self, limit: int) -> tuple[int, list[dict[str, Any]]]:
        """How many mandates are due or open, and the first ``limit`` of them: due first, by due
        session, then by instrument (ties by IRI)."""
        total = self._read("SELECT count(*) FROM tracker WHERE status IN ('due', 'open')")[0][0]
        found = self._read(f"SELECT {_ROW} FROM tracker t JOIN mandates m ON m.iri = t.iri "
                           "WHERE t.status IN ('due', 'open') ORDER BY t.status != 'due', "
                           "coalesce(t.due_label, ''), t.instrument_label, t.iri LIMIT ?", (limit,))
        return int(total), self._made(found)

    def one(self, id_: str) -> dict[str, Any] | None:
        found = self._read(f"SELECT {_ROW} FROM tracker t JOIN mandates m ON m.iri = t.iri WHERE t.iri = ?",
                           (self.base + id_,))
        return self._made(found)[0] if found else None

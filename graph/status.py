"""The status of each mandate (instrument x addressee x action), derived from evidence only.

Rules, in order of precedence (the first that holds is the status; the others are still
reported as links):

``fulfilled``
    - request / encourage / invite: a document reports a meeting or session *of the
      addressee* and was made pursuant to the *same instrument*; the report (and the meeting
      it reports) is the link.
    - establish / make constant element: these take effect on adoption; the link is the
      addressee's first recorded meeting after adoption if one is known, else the adoption.
    - endorse: the endorsement is itself the act; the link is the endorsed meeting.
``renewed``
    a later instrument of the same issuer (later session number, or later adoption date)
    gives the same action to the same addressee *for the same task*: the task texts share at
    least half their content words (for establish and make constant element, which have no
    task, the same action suffices); the later instrument is the link.
``due``
    nothing fulfils it yet and the text states the session it is due at (``dueAt``).
``open``
    nothing fulfils or renews it, and no due session is stated.

No rule guesses: each link is a triple in the graph, with its evidence.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field

from graph.identifiers import Identifiers
from graph.namespaces import MG
from graph.store import GraphStore

STATUSES = ("fulfilled", "renewed", "due", "open")

_MANDATES = """
SELECT ?m ?inst ?addr ?action ?task ?due ?issuer ?session ?adopted ?label WHERE {
  ?m a mg:Mandate ; mg:instrument ?inst ; mg:addressee ?addr ; mg:action ?action .
  OPTIONAL { ?m mg:task ?task }
  OPTIONAL { ?m mg:dueAt ?due }
  OPTIONAL { ?m rdfs:label ?label }
  OPTIONAL { ?inst mg:issuedBy ?issuer }
  OPTIONAL { ?inst mg:sessionNumber ?session }
  OPTIONAL { ?inst mg:adoptedOn ?adopted }
}
"""

# Reports of a meeting of the addressee, made pursuant to the mandating instrument.
_REPORTS = """
SELECT ?inst ?addr ?doc ?gathering ?quote ?evdoc WHERE {
  ?doc mg:pursuantTo ?inst ; mg:reportOf ?gathering .
  ?gathering mg:meetingOf ?addr .
  OPTIONAL { ?ev rdf:subject ?doc ; rdf:predicate mg:pursuantTo ; rdf:object ?inst ; mg:quote ?quote ; mg:document ?evdoc }
}
"""

_MEETINGS = """
SELECT ?addr ?gathering ?date WHERE {
  ?gathering mg:meetingOf ?addr . OPTIONAL { ?gathering mg:heldOn ?date }
}
"""


@dataclass
class MandateStatus:
    iri: str
    instrument: str
    addressee: str
    action: str
    label: str | None
    tasks: list[str]
    due_at: str | None
    status: str
    fulfilled_by: list[dict[str, object]] = field(default_factory=list)
    renewed_by: list[str] = field(default_factory=list)

    def as_dict(self, ids: Identifiers) -> dict[str, object]:
        def short(iri: str | None) -> str | None:
            return iri[len(ids.base) :] if iri and iri.startswith(ids.base) else iri

        return {
            "id": short(self.iri),
            "iri": self.iri,
            "label": self.label,
            "instrument": short(self.instrument),
            "addressee": short(self.addressee),
            "action": self.action,
            "tasks": self.tasks,
            "status": self.status,
            "dueAt": short(self.due_at),
            "fulfilledBy": [{**f, "id": short(str(f["iri"]))} for f in self.fulfilled_by],
            "renewedBy": [short(r) for r in self.renewed_by],
        }


RENEWAL_OVERLAP = 0.5


def _words(texts: object) -> set[str]:
    return {w for text in texts for w in re.findall(r"[a-z]{4,}", str(text).lower())}  # type: ignore[union-attr]


def same_task(a: object, b: object, action: str) -> bool:
    """Whether two mandates' tasks are the same task, by overlap of their content words."""
    if action in {"establish", "makeConstantElement"}:
        return True
    words_a, words_b = _words(a), _words(b)
    if not words_a or not words_b:
        return False
    return len(words_a & words_b) / len(words_a | words_b) >= RENEWAL_OVERLAP


def _order_key(row: dict[str, str | None]) -> tuple[int, str]:
    session = row.get("session") or ""
    number = int(session) if session.isdigit() else -1
    return number, row.get("adopted") or ""


def compute_statuses(store: GraphStore) -> list[MandateStatus]:
    """Every mandate in the store with its status and the links that justify it."""
    rows: dict[str, dict[str, object]] = {}
    for r in store.query(_MANDATES):
        m = r["m"].value  # type: ignore[union-attr]
        entry = rows.setdefault(
            m,
            {
                "inst": r["inst"].value,  # type: ignore[union-attr]
                "addr": r["addr"].value,  # type: ignore[union-attr]
                "action": r["action"].value.removeprefix(str(MG)),  # type: ignore[union-attr]
                "tasks": set(),
                "due": None,
                "issuer": None,
                "session": None,
                "adopted": None,
                "label": None,
            },
        )
        for name in ("due", "issuer", "session", "adopted", "label"):
            if r[name] is not None and entry[name] is None:
                entry[name] = r[name].value  # type: ignore[union-attr]
        if r["task"] is not None:
            entry["tasks"].add(r["task"].value)  # type: ignore[union-attr]

    reports: dict[tuple[str, str], list[dict[str, object]]] = {}
    for r in store.query(_REPORTS):
        key = (r["inst"].value, r["addr"].value)  # type: ignore[union-attr]
        link = {
            "iri": r["doc"].value,  # type: ignore[union-attr]
            "kind": "report",
            "reportOf": r["gathering"].value,  # type: ignore[union-attr]
            "quote": r["quote"].value if r["quote"] is not None else None,
            "document": r["evdoc"].value if r["evdoc"] is not None else None,
        }
        if link not in reports.setdefault(key, []):
            reports[key].append(link)

    meetings: dict[str, list[tuple[str, str | None]]] = {}
    for r in store.query(_MEETINGS):
        meetings.setdefault(r["addr"].value, []).append(  # type: ignore[union-attr]
            (r["gathering"].value, r["date"].value if r["date"] is not None else None)  # type: ignore[union-attr]
        )

    # Later instruments giving the same action to the same addressee renew a mandate.
    by_target: dict[tuple[str, str], list[tuple[str, dict[str, object]]]] = {}
    for m, entry in rows.items():
        by_target.setdefault((str(entry["addr"]), str(entry["action"])), []).append((m, entry))

    results = []
    for m, entry in rows.items():
        inst, addr, action = str(entry["inst"]), str(entry["addr"]), str(entry["action"])
        fulfilled: list[dict[str, object]] = []
        if action in {"request", "encourage", "invite"}:
            fulfilled = reports.get((inst, addr), [])
        elif action in {"establish", "makeConstantElement"}:
            adopted = entry["adopted"]
            held = sorted(
                (date or "", g) for g, date in meetings.get(addr, []) if not adopted or not date or date >= str(adopted)
            )
            fulfilled = [{"iri": held[0][1], "kind": "meeting"}] if held else [{"iri": inst, "kind": "adoption"}]
        elif action == "endorse":
            fulfilled = [{"iri": addr, "kind": "meeting"}]
        renewed = [
            other_entry["inst"]
            for other, other_entry in by_target[(addr, action)]
            if other != m
            and other_entry["issuer"] == entry["issuer"]
            and _order_key(other_entry) > _order_key(entry)  # type: ignore[arg-type]
            and same_task(entry["tasks"], other_entry["tasks"], action)
        ]
        if fulfilled:
            status = "fulfilled"
        elif renewed:
            status = "renewed"
        elif entry["due"]:
            status = "due"
        else:
            status = "open"
        results.append(
            MandateStatus(
                iri=m,
                instrument=inst,
                addressee=addr,
                action=action,
                label=entry["label"],  # type: ignore[arg-type]
                tasks=sorted(entry["tasks"]),  # type: ignore[arg-type]
                due_at=entry["due"],  # type: ignore[arg-type]
                status=status,
                fulfilled_by=fulfilled,
                renewed_by=sorted(set(map(str, renewed))),
            )
        )
    results.sort(key=lambda s: s.iri)
    return results


class StatusCache:
    """Statuses computed once per store generation (the API lists and filters them)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cache: dict[int, tuple[int, list[MandateStatus]]] = {}

    def get(self, store: GraphStore) -> list[MandateStatus]:
        with self._lock:
            cached = self._cache.get(id(store))
            if cached is None or cached[0] != store.generation:
                cached = (store.generation, compute_statuses(store))
                self._cache[id(store)] = cached
            return cached[1]


statuses = StatusCache()

"""The status of each mandate (instrument x addressee x action), derived from evidence only.

A mandate's status is the first of these that holds; every link behind it is returned with
the evidence (document, paragraph, quote) of each triple it rests on. Nothing is guessed: a
rule that needs a date is not applied when the date is unknown.

``fulfilled``: something answers the mandate. The links, strongest first:

    report        a document made pursuant to the mandating instrument reports a meeting
                  (or session) of the addressee, or was written by the addressee
                  (``?doc mg:pursuantTo ?inst ; mg:reportOf ?g . ?g mg:meetingOf ?addr``)
    due report    the mandate names the session it is due at, and a report of a meeting of the
                  addressee held on or after the instrument's adoption was submitted to that
                  session (``?doc mg:submittedTo ?due ; mg:reportOf ?g``)
    endorsement   a later instrument of the same issuer endorses the recommendations of a
                  meeting of the addressee held on or after the instrument's adoption
                  (``?later mg:endorses ?g . ?g mg:meetingOf ?addr``)
    meeting       for *establish* and *make constant element* only: the body met on or after
                  the adoption (it exists and works); not for requests, which ask for more
                  than a meeting
    act           for *endorse*: the endorsement is complete when adopted; the link is the
                  endorsed meeting, the evidence the endorsement itself

``renewed``: nothing fulfils it, and a later instrument of the same issuer (later session,
or later adoption date when sessions are unknown) gives the same action to the same
addressee. The later mandate, with its evidence, is the link.

``open``: nothing fulfils or renews it yet.

``dueAt`` (an extra field, not a status): the session the outcome is due at, when the text
states it, so a mandate can be open and due at COP 11. ``overdue`` is true for an open
mandate whose due session is known to have been held (instruments were adopted at it).

Instrument dates: ``mg:adoptedOn``, else the date its session (``mg:adoptedAt``) opened.
Meeting dates: ``mg:heldOn``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from mandate_graph.graph.generations import derived
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.lineage import select_all
from mandate_graph.graph.sparql_results import text
from mandate_graph.graph.store import GraphStore
from mandate_graph.ontology import relations as relation_table

STATUSES = ("fulfilled", "renewed", "open")
# The mandate actions (mg:Action concepts), from ontology/relations.py.
ACTIONS = tuple(str(r.action) for r in relation_table.MANDATES)
TASKING = {str(r.action) for r in relation_table.MANDATES if r.mandate_kind == "tasks"}
CREATING = {str(r.action) for r in relation_table.MANDATES if r.mandate_kind == "creates"}
# The relations the fulfilment rules follow (the module docstring), and those whose evidence
# they show: these links, the meetings' dates and the mandates themselves.
_LINK_RELATIONS = relation_table.relations(("pursuantTo", "reportOf", "submittedTo", "endorses", "author", "adoptedAt"))
_EVIDENCE_RELATIONS = (
    *relation_table.relations(("pursuantTo", "reportOf", "submittedTo", "endorses", "heldOn")),
    *relation_table.BODY_MANDATES,
)

_MANDATES = """
SELECT DISTINCT ?m ?inst ?addr ?action ?due ?label WHERE {
  ?m a mg:Mandate ; mg:instrument ?inst ; mg:addressee ?addr ; mg:action ?action .
  OPTIONAL { ?m mg:dueAt ?due }
  OPTIONAL { ?m rdfs:label ?label }
}
"""

# Many-valued, so asked apart (one query with both would multiply the rows).
_TASKS = "SELECT DISTINCT ?m ?task WHERE { ?m a mg:Mandate ; mg:task ?task }"
_MANDATE_EVIDENCE = "SELECT DISTINCT ?m ?ev WHERE { ?m a mg:Mandate ; mg:evidence ?ev }"

_GATHERINGS = """
SELECT DISTINCT ?g ?body ?date ?label WHERE {
  ?g mg:meetingOf ?body .
  OPTIONAL { ?g mg:heldOn ?date }
  OPTIONAL { ?g rdfs:label ?label }
}
"""

_LINKS = """
SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { %s }
  ?s ?p ?o .
}
""" % relation_table.sparql_values(_LINK_RELATIONS)

_INSTRUMENTS = """
SELECT DISTINCT ?inst ?issuer ?session ?adopted ?sessionDate ?label WHERE {
  ?inst mg:issuedBy ?issuer .
  OPTIONAL { ?inst mg:sessionNumber ?session }
  OPTIONAL { ?inst mg:adoptedOn ?adopted }
  OPTIONAL { ?inst mg:adoptedAt/mg:heldOn ?sessionDate }
  OPTIONAL { ?inst rdfs:label ?label }
}
"""

_EVIDENCE = """
SELECT DISTINCT ?ev ?s ?p ?o ?doc ?quote ?paragraph WHERE {
  VALUES ?p { %s }
  ?ev rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o ; mg:document ?doc ; mg:quote ?quote .
  OPTIONAL { ?ev mg:paragraph ?paragraph }
}
""" % relation_table.sparql_values(_EVIDENCE_RELATIONS)


@dataclass(frozen=True)
class StatusEvidence:
    """Where a fact behind a mandate or its status was read."""

    relation: str
    document: str | None  # IRI
    paragraph: str | None
    quote: str | None


def _evidence_order(e: StatusEvidence) -> tuple[str, str, str]:
    return (str(e.document), str(e.paragraph or ""), str(e.quote))


@dataclass(frozen=True)
class StatusLink:
    """What fulfils or renews a mandate (the module docstring names each ``kind``), with the
    entities of its kind (IRIs; ``held_on`` a date) and its evidence."""

    kind: str
    iri: str
    evidence: tuple[StatusEvidence, ...]
    report_of: str | None = None
    submitted_to: str | None = None
    author: str | None = None
    endorses: str | None = None
    held_on: str | None = None
    mandate: str | None = None


@dataclass(frozen=True)
class MandateStatus:
    iri: str
    instrument: str
    addressee: str
    action: str
    label: str | None
    tasks: tuple[str, ...]
    due_at: str | None
    status: str
    overdue: bool = False
    evidence: tuple[StatusEvidence, ...] = ()  # of the mandate itself
    fulfilled_by: tuple[StatusLink, ...] = ()
    renewed_by: tuple[StatusLink, ...] = ()


class _Graph:
    """The facts the rules need, read from the store in a handful of queries."""

    def __init__(self, store: GraphStore) -> None:
        self.evidence: dict[tuple[str, str, str], list[StatusEvidence]] = {}
        self.by_iri: dict[str, StatusEvidence] = {}
        for r in select_all(store, _EVIDENCE):
            p = str(text(r, "p")).removeprefix(str(MG))
            obj = str(text(r, "o")) if p != "heldOn" else ""
            item = StatusEvidence(p, text(r, "doc"), text(r, "paragraph"), text(r, "quote"))
            bucket = self.evidence.setdefault((str(text(r, "s")), p, obj), [])
            if item not in bucket:
                bucket.append(item)
            self.by_iri[str(text(r, "ev"))] = item
        for bucket in self.evidence.values():
            bucket.sort(key=_evidence_order)
        self.gatherings: dict[str, dict[str, str | None]] = {}
        self.meetings_of: dict[str, list[str]] = {}
        for r in select_all(store, _GATHERINGS):
            g = str(text(r, "g"))
            if g not in self.gatherings:
                self.gatherings[g] = {"body": text(r, "body"), "date": text(r, "date"), "label": text(r, "label")}
                self.meetings_of.setdefault(str(text(r, "body")), []).append(g)
        self.out: dict[tuple[str, str], set[str]] = {}
        self.into: dict[tuple[str, str], set[str]] = {}
        for r in select_all(store, _LINKS):
            s, p, o = str(text(r, "s")), str(text(r, "p")).removeprefix(str(MG)), str(text(r, "o"))
            self.out.setdefault((s, p), set()).add(o)
            self.into.setdefault((o, p), set()).add(s)
        self.instruments: dict[str, dict[str, str | None]] = {}
        for r in select_all(store, _INSTRUMENTS):
            inst = str(text(r, "inst"))
            entry = self.instruments.setdefault(
                inst, {"issuer": None, "session": None, "adopted": None, "sessionDate": None, "label": None}
            )
            for name in entry:
                entry[name] = entry[name] or text(r, name)
        for entry in self.instruments.values():
            entry["date"] = entry["adopted"] or entry["sessionDate"]

    def ev(self, s: str, relation: str, o: str = "") -> list[StatusEvidence]:
        return list(self.evidence.get((s, relation, o), []))

    def later(self, a: str, b: str) -> bool:
        """Whether instrument ``b`` is later than ``a`` (same issuer; by session, else date)."""
        ia, ib = self.instruments.get(a, {}), self.instruments.get(b, {})
        if not ia or not ib or ia.get("issuer") != ib.get("issuer"):
            return False
        sa, sb = str(ia.get("session") or ""), str(ib.get("session") or "")
        if sa.isdigit() and sb.isdigit() and sa != sb:
            return int(sb) > int(sa)
        if sa and sa == sb:
            return False
        da, db = ia.get("date"), ib.get("date")
        return bool(da and db and str(db) > str(da))

    def held_since(self, gathering: str, instrument: str) -> bool:
        """The gathering was held on or after the instrument's adoption (both dates known)."""
        held = self.gatherings.get(gathering, {}).get("date")
        adopted = self.instruments.get(instrument, {}).get("date")
        return bool(held and adopted and str(held) >= str(adopted))


def _fulfilment(g: _Graph, inst: str, addr: str, action: str, due: str | None,
                own_evidence: tuple[StatusEvidence, ...]) -> list[StatusLink]:
    links: list[StatusLink] = []
    seen: set[tuple[str, str]] = set()

    def add(kind: str, iri: str, evidence: Iterable[StatusEvidence], **extra: str) -> None:
        if (kind, iri) in seen:
            return
        seen.add((kind, iri))
        links.append(StatusLink(kind, iri, tuple(evidence), **extra))

    if action in TASKING or action in CREATING:
        for doc in sorted(g.into.get((inst, "pursuantTo"), ())):
            for gathering in sorted(g.out.get((doc, "reportOf"), ())):
                if g.gatherings.get(gathering, {}).get("body") == addr:
                    add("report", doc, g.ev(doc, "pursuantTo", inst) + g.ev(doc, "reportOf", gathering), report_of=gathering)
            if addr in g.out.get((doc, "author"), ()):
                add("report", doc, g.ev(doc, "pursuantTo", inst), author=addr)
        if due:
            for doc in sorted(g.into.get((due, "submittedTo"), ())):
                for gathering in sorted(g.out.get((doc, "reportOf"), ())):
                    if g.gatherings.get(gathering, {}).get("body") == addr and g.held_since(gathering, inst):
                        add("due report", doc, g.ev(doc, "submittedTo", due) + g.ev(doc, "reportOf", gathering),
                            report_of=gathering, submitted_to=due)
        for gathering in sorted(g.meetings_of.get(addr, ())):
            if not g.held_since(gathering, inst):
                continue
            for later in sorted(g.into.get((gathering, "endorses"), ())):
                if g.later(inst, later):
                    add("endorsement", later, g.ev(later, "endorses", gathering), endorses=gathering)
    if action in CREATING and not links:
        held = sorted(
            (str(g.gatherings[m]["date"]), m) for m in g.meetings_of.get(addr, ()) if g.held_since(m, inst)
        )
        if held:
            add("meeting", held[0][1], g.ev(held[0][1], "heldOn"), held_on=held[0][0])
    if action == "endorse":
        add("act", addr, own_evidence)
    return links


@dataclass
class _MandateRow:
    """A mandate as read, before its status is known."""

    instrument: str
    addressee: str
    action: str
    tasks: set[str] = field(default_factory=set)
    due: str | None = None
    label: str | None = None
    evidence: list[StatusEvidence] = field(default_factory=list)


def compute_statuses(store: GraphStore) -> list[MandateStatus]:
    """Every mandate in the store with its status and the links that justify it."""
    g = _Graph(store)
    rows: dict[str, _MandateRow] = {}
    for r in select_all(store, _MANDATES):
        m = str(text(r, "m"))
        entry = rows.setdefault(m, _MandateRow(str(text(r, "inst")), str(text(r, "addr")),
                                               str(text(r, "action")).removeprefix(str(MG))))
        due, label = text(r, "due"), text(r, "label")
        if due is not None and (entry.due is None or due < entry.due):
            entry.due = due
        if label is not None and (entry.label is None or label < entry.label):
            entry.label = label
    for r in select_all(store, _TASKS):
        task = text(r, "task")
        if str(text(r, "m")) in rows and task is not None:
            rows[str(text(r, "m"))].tasks.add(task)
    for r in select_all(store, _MANDATE_EVIDENCE):
        found, ev = rows.get(str(text(r, "m"))), text(r, "ev")
        if found is not None and ev in g.by_iri and g.by_iri[ev] not in found.evidence:
            found.evidence.append(g.by_iri[ev])
    for entry in rows.values():
        entry.evidence.sort(key=_evidence_order)

    by_target: dict[tuple[str, str], list[str]] = {}
    for m, entry in rows.items():
        by_target.setdefault((entry.addressee, entry.action), []).append(m)
    held_sessions = {o for (s, p), objects in g.out.items() if p == "adoptedAt" for o in objects}

    results = []
    for m, entry in rows.items():
        inst, addr, action, due = entry.instrument, entry.addressee, entry.action, entry.due
        evidence = tuple(entry.evidence)
        fulfilled = _fulfilment(g, inst, addr, action, due, evidence)
        renewed = [
            StatusLink("later mandate", rows[other].instrument, tuple(rows[other].evidence), mandate=other)
            for other in sorted(by_target[(addr, action)])
            if other != m and g.later(inst, rows[other].instrument)
        ]
        status = "fulfilled" if fulfilled else "renewed" if renewed else "open"
        results.append(
            MandateStatus(
                iri=m,
                instrument=inst,
                addressee=addr,
                action=action,
                label=entry.label,
                tasks=tuple(sorted(entry.tasks)),
                due_at=due,
                status=status,
                overdue=status == "open" and due in held_sessions,
                evidence=evidence,
                fulfilled_by=tuple(fulfilled),
                renewed_by=tuple(renewed),
            )
        )
    results.sort(key=lambda s: s.iri)
    return results


def filter_statuses(
    items: Iterable[MandateStatus],
    *,
    status: str | None = None,
    addressee: str | None = None,
    action: str | None = None,
    instrument: str | None = None,
    due_at: str | None = None,
) -> list[MandateStatus]:
    """The mandates matching every filter given (IRIs for addressee, instrument, due_at)."""
    return [
        m
        for m in items
        if (status is None or m.status == status)
        and (addressee is None or m.addressee == addressee)
        and (action is None or m.action == action)
        and (instrument is None or m.instrument == instrument)
        and (due_at is None or m.due_at == due_at)
    ]


class StatusCache:
    """Statuses computed once per store generation (the API lists and filters them), kept
    fresh after a write by the server's background refresh (`graph.generations`)."""

    def get(self, store: GraphStore) -> list[MandateStatus]:
        return derived.keep_fresh(store, "statuses", compute_statuses, rank=15)

    def keep_fresh(self, store: GraphStore) -> None:
        """Have the statuses computed by the next background refresh."""
        derived.register(store, "statuses", compute_statuses, rank=15)


statuses = StatusCache()

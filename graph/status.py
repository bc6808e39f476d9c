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
from typing import TYPE_CHECKING, Iterable, Mapping

import pyoxigraph as ox

from mandate_graph.graph.generations import derived
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.lineage import select_all
from mandate_graph.graph.sparql_results import text
from mandate_graph.graph.store import GraphStore
from mandate_graph.ontology import relations as relation_table

if TYPE_CHECKING:
    from mandate_graph.graph.status_rows import StatusFilter, StatusRows

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
    """The facts the rules need: read from the whole store in a handful of queries
    (`read_all`), or only those around some mandates (`graph.status_kept.read_around`).

    The rules read them through the lookup methods below, each keyed by one IRI; with
    ``trace`` set, every IRI a lookup is keyed by is added to it, the ones that found nothing
    too. A mandate's trace is thus every IRI whose facts its status was read from: a write
    that touches none of them cannot change that status (`graph.status_kept`)."""

    def __init__(self) -> None:
        self.evidence: dict[tuple[str, str, str], list[StatusEvidence]] = {}
        self.evidence_nodes: dict[tuple[str, str, str], set[str]] = {}
        self.by_iri: dict[str, StatusEvidence] = {}
        self.gatherings: dict[str, dict[str, str | None]] = {}
        self.meetings_of: dict[str, list[str]] = {}
        self.out: dict[tuple[str, str], set[str]] = {}
        self.into: dict[tuple[str, str], set[str]] = {}
        self.instruments: dict[str, dict[str, str | None]] = {}
        self.trace: set[str] | None = None
        # What the renewal rule reads, untraced, of each mandate of an addressee for each of the
        # others (k² lookups for k mandates: ~80,000 after a 3.6 MB load into a 1 M store): kept,
        # as it cannot change until the facts do (each `add_*` forgets it).
        self._renewal_evidence: dict[tuple[str, frozenset[str]], tuple[StatusEvidence, ...]] = {}
        self._later: dict[tuple[str, str], bool] = {}
        # Per instrument, what `later` compares of it (most pairs are compared once: the
        # comparison itself is made cheaper, not only kept).
        self._later_keys: dict[str, tuple[str | None, str, str | None] | None] = {}

    def _forget_renewal_reads(self) -> None:
        self._renewal_evidence.clear()
        self._later.clear()
        self._later_keys.clear()

    # filling ----------------------------------------------------------------------------

    def add_evidence(self, rows: Iterable[ox.QuerySolution]) -> None:
        self._forget_renewal_reads()
        for r in rows:
            p = str(text(r, "p")).removeprefix(str(MG))
            obj = str(text(r, "o")) if p != "heldOn" else ""
            item = StatusEvidence(p, text(r, "doc"), text(r, "paragraph"), text(r, "quote"))
            key = (str(text(r, "s")), p, obj)
            bucket = self.evidence.setdefault(key, [])
            if item not in bucket:
                bucket.append(item)
            self.evidence_nodes.setdefault(key, set()).add(str(text(r, "ev")))
            self.by_iri[str(text(r, "ev"))] = item

    def add_gatherings(self, rows: Iterable[ox.QuerySolution]) -> None:
        self._forget_renewal_reads()
        for r in rows:
            g = str(text(r, "g"))
            if g not in self.gatherings:
                self.gatherings[g] = {"body": text(r, "body"), "date": text(r, "date"), "label": text(r, "label")}
                self.meetings_of.setdefault(str(text(r, "body")), []).append(g)

    def add_links(self, rows: Iterable[ox.QuerySolution]) -> None:
        self._forget_renewal_reads()
        for r in rows:
            s, p, o = str(text(r, "s")), str(text(r, "p")).removeprefix(str(MG)), str(text(r, "o"))
            self.out.setdefault((s, p), set()).add(o)
            self.into.setdefault((o, p), set()).add(s)

    def add_instruments(self, rows: Iterable[ox.QuerySolution]) -> None:
        self._forget_renewal_reads()
        for r in rows:
            inst = str(text(r, "inst"))
            entry = self.instruments.setdefault(
                inst, {"issuer": None, "session": None, "adopted": None, "sessionDate": None, "label": None}
            )
            for name in ("issuer", "session", "adopted", "sessionDate", "label"):
                entry[name] = entry[name] or text(r, name)
            entry["date"] = entry["adopted"] or entry["sessionDate"]

    def read_all(self, store: GraphStore) -> "_Graph":
        self.add_evidence(select_all(store, _EVIDENCE))
        self.add_gatherings(select_all(store, _GATHERINGS))
        self.add_links(select_all(store, _LINKS))
        self.add_instruments(select_all(store, _INSTRUMENTS))
        return self

    # lookups (traced) ---------------------------------------------------------------------

    def _saw(self, iri: str | None) -> None:
        if self.trace is not None and iri is not None:
            self.trace.add(iri)

    def links_into(self, o: str, relation: str) -> list[str]:
        self._saw(o)
        return sorted(self.into.get((o, relation), ()))

    def links_from(self, s: str, relation: str) -> list[str]:
        self._saw(s)
        return sorted(self.out.get((s, relation), ()))

    def gathering(self, g: str) -> dict[str, str | None]:
        self._saw(g)
        return self.gatherings.get(g, {})

    def meetings(self, body: str) -> list[str]:
        self._saw(body)
        return sorted(self.meetings_of.get(body, ()))

    def instrument(self, inst: str) -> dict[str, str | None]:
        """An instrument's issuer, session and date (its session's date: that session too)."""
        self._saw(inst)
        for held_at in self.out.get((inst, "adoptedAt"), ()):
            self._saw(held_at)
        return self.instruments.get(inst, {})

    def held(self, session: str) -> bool:
        """Whether instruments were adopted at ``session`` (so it has met)."""
        self._saw(session)
        return bool(self.into.get((session, "adoptedAt")))

    def evidence_of(self, ev: str) -> StatusEvidence | None:
        self._saw(ev)
        return self.by_iri.get(ev)

    def ev(self, s: str, relation: str, o: str = "") -> list[StatusEvidence]:
        self._saw(s)
        for node in self.evidence_nodes.get((s, relation, o), ()):
            self._saw(node)
        return sorted(self.evidence.get((s, relation, o), ()), key=_evidence_order)

    def later(self, a: str, b: str) -> bool:
        """Whether instrument ``b`` is later than ``a`` (same issuer; by session, else date)."""
        ia, ib = self.instrument(a), self.instrument(b)
        if not ia or not ib or ia.get("issuer") != ib.get("issuer"):
            return False
        sa, sb = str(ia.get("session") or ""), str(ib.get("session") or "")
        if sa.isdigit() and sb.isdigit() and sa != sb:
            return int(sb) > int(sa)
        if sa and sa == sb:
            return False
        da, db = ia.get("date"), ib.get("date")
        return bool(da and db and str(db) > str(da))

    def renewal_later(self, a: str, b: str) -> bool:
        """`later`, untraced (the renewal rule's reading; tracing must be off), kept per pair."""
        assert self.trace is None
        found = self._later.get((a, b))
        if found is None:
            found = self._later[(a, b)] = _later_by_keys(self._later_key(a), self._later_key(b))
        return found

    def _later_key(self, inst: str) -> tuple[str | None, str, str | None] | None:
        """What `later` reads of ``inst`` (None: nothing known of it), untraced, kept."""
        if inst in self._later_keys:
            return self._later_keys[inst]
        found = self.instruments.get(inst, {})
        key = self._later_keys[inst] = (found.get("issuer"), str(found.get("session") or ""), found.get("date")) if found else None
        return key

    def renewal_evidence(self, m: str, row: "_MandateRow") -> tuple[StatusEvidence, ...]:
        """`_own_evidence` of mandate ``m``, untraced (as `renewal_later`), kept per mandate."""
        assert self.trace is None
        key = (m, frozenset(row.evidence_nodes))
        found = self._renewal_evidence.get(key)
        if found is None:
            found = self._renewal_evidence[key] = _own_evidence(self, row)
        return found

    def held_since(self, gathering: str, instrument: str) -> bool:
        """The gathering was held on or after the instrument's adoption (both dates known)."""
        held = self.gathering(gathering).get("date")
        adopted = self.instrument(instrument).get("date")
        return bool(held and adopted and str(held) >= str(adopted))


def _later_by_keys(a: tuple[str | None, str, str | None] | None, b: tuple[str | None, str, str | None] | None) -> bool:
    """`_Graph.later` on what it reads of each instrument (`_Graph._later_key`)."""
    if a is None or b is None or a[0] != b[0]:
        return False
    sa, sb = a[1], b[1]
    if sa.isdigit() and sb.isdigit() and sa != sb:
        return int(sb) > int(sa)
    if sa and sa == sb:
        return False
    da, db = a[2], b[2]
    return bool(da and db and str(db) > str(da))


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
        for doc in g.links_into(inst, "pursuantTo"):
            for gathering in g.links_from(doc, "reportOf"):
                if g.gathering(gathering).get("body") == addr:
                    add("report", doc, g.ev(doc, "pursuantTo", inst) + g.ev(doc, "reportOf", gathering), report_of=gathering)
            if addr in g.links_from(doc, "author"):
                add("report", doc, g.ev(doc, "pursuantTo", inst), author=addr)
        if due:
            for doc in g.links_into(due, "submittedTo"):
                for gathering in g.links_from(doc, "reportOf"):
                    if g.gathering(gathering).get("body") == addr and g.held_since(gathering, inst):
                        add("due report", doc, g.ev(doc, "submittedTo", due) + g.ev(doc, "reportOf", gathering),
                            report_of=gathering, submitted_to=due)
        for gathering in g.meetings(addr):
            if not g.held_since(gathering, inst):
                continue
            for later in g.links_into(gathering, "endorses"):
                if g.later(inst, later):
                    add("endorsement", later, g.ev(later, "endorses", gathering), endorses=gathering)
    if action in CREATING and not links:
        held = sorted(
            (str(g.gathering(m)["date"]), m) for m in g.meetings(addr) if g.held_since(m, inst)
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
    evidence_nodes: set[str] = field(default_factory=set)


def _read_rows(mandates: Iterable[ox.QuerySolution], tasks: Iterable[ox.QuerySolution], evidence: Iterable[ox.QuerySolution],
               rows: dict[str, _MandateRow] | None = None) -> dict[str, _MandateRow]:
    """The mandates of the query rows given (`_MANDATES`, `_TASKS`, `_MANDATE_EVIDENCE`)."""
    rows = {} if rows is None else rows
    for r in mandates:
        m = str(text(r, "m"))
        entry = rows.setdefault(m, _MandateRow(str(text(r, "inst")), str(text(r, "addr")),
                                               str(text(r, "action")).removeprefix(str(MG))))
        due, label = text(r, "due"), text(r, "label")
        if due is not None and (entry.due is None or due < entry.due):
            entry.due = due
        if label is not None and (entry.label is None or label < entry.label):
            entry.label = label
    for r in tasks:
        task = text(r, "task")
        if str(text(r, "m")) in rows and task is not None:
            rows[str(text(r, "m"))].tasks.add(task)
    for r in evidence:
        found, ev = rows.get(str(text(r, "m"))), text(r, "ev")
        if found is not None and ev is not None:
            found.evidence_nodes.add(ev)
    return rows


def _own_evidence(g: _Graph, row: _MandateRow) -> tuple[StatusEvidence, ...]:
    found: list[StatusEvidence] = []
    for ev in sorted(row.evidence_nodes):
        item = g.evidence_of(ev)
        if item is not None and item not in found:
            found.append(item)
    return tuple(sorted(found, key=_evidence_order))


def status_of(g: _Graph, m: str, rows: Mapping[str, _MandateRow], by_target: Mapping[str, list[str]]) -> MandateStatus:
    """The status of mandate ``m`` (a key of ``rows``); ``by_target``: the mandates of each
    addressee (every mandate of ``m``'s addressee must be in ``rows``). Traces what is read
    of ``m`` itself; what the renewal rule reads of the addressee's other mandates is the
    same for each of them, and traced once per addressee by `addressee_context`."""
    entry = rows[m]
    inst, addr, action, due = entry.instrument, entry.addressee, entry.action, entry.due
    g._saw(m)
    g.instrument(inst)
    evidence = _own_evidence(g, entry)
    fulfilled = _fulfilment(g, inst, addr, action, due, evidence)
    trace, g.trace = g.trace, None
    renewed = [
        StatusLink("later mandate", rows[other].instrument, g.renewal_evidence(other, rows[other]), mandate=other)
        for other in sorted(by_target.get(addr, ()))
        if other != m and rows[other].action == action and g.renewal_later(inst, rows[other].instrument)
    ]
    g.trace = trace
    status = "fulfilled" if fulfilled else "renewed" if renewed else "open"
    return MandateStatus(
        iri=m,
        instrument=inst,
        addressee=addr,
        action=action,
        label=entry.label,
        tasks=tuple(sorted(entry.tasks)),
        due_at=due,
        status=status,
        overdue=status == "open" and due is not None and g.held(due),
        evidence=evidence,
        fulfilled_by=tuple(fulfilled),
        renewed_by=tuple(renewed),
    )


def addressee_context(g: _Graph, addr: str, rows: Mapping[str, _MandateRow], by_target: Mapping[str, list[str]]) -> None:
    """Look up (and so trace) what the renewal rule reads of the mandates of ``addr``: which
    they are, their actions, their instruments' issuers, sessions and dates, and their evidence."""
    g._saw(addr)
    for other in by_target.get(addr, ()):
        g._saw(other)
        g.instrument(rows[other].instrument)
        _own_evidence(g, rows[other])


def by_addressee(rows: Mapping[str, _MandateRow]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for m, entry in rows.items():
        found.setdefault(entry.addressee, []).append(m)
    return found


def read_all_rows(store: GraphStore) -> dict[str, _MandateRow]:
    return _read_rows(select_all(store, _MANDATES), select_all(store, _TASKS), select_all(store, _MANDATE_EVIDENCE))


def compute_statuses(store: GraphStore) -> list[MandateStatus]:
    """Every mandate in the store with its status and the links that justify it."""
    g = _Graph().read_all(store)
    rows = read_all_rows(store)
    targets = by_addressee(rows)
    results = [status_of(g, m, rows, targets) for m in rows]
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
    """The statuses of a store, kept in an SQLite file beside it (`graph.status_rows`; in
    memory for a store in memory) and brought up to date after a write from the graphs it
    touched (`graph.status_kept`), by the server's background refresh (`graph.generations`)
    or by the first request that finds them behind. A page is read from the file by row;
    `get` reads every status (once per store generation)."""

    def rows(self, store: GraphStore) -> "StatusRows":
        """The store's statuses file, at the store's current generation."""
        from mandate_graph.graph.status_rows import status_rows

        return derived.keep_fresh(store, "statuses", status_rows, rank=15)

    def get(self, store: GraphStore) -> list[MandateStatus]:
        """Every mandate's status, by IRI."""
        return derived.get(store, "statuses: every one", lambda s: self.rows(s).every(s))

    def page(self, store: GraphStore, filters: "StatusFilter", limit: int, offset: int) -> tuple[int, list[MandateStatus]]:
        """How many mandates match ``filters``, and ``limit`` of them from ``offset`` (by IRI)."""
        return self.rows(store).page(store, filters, limit, offset)

    def one(self, store: GraphStore, iri: str) -> MandateStatus | None:
        return self.rows(store).one(store, iri)

    def keep_fresh(self, store: GraphStore) -> None:
        """Have the statuses brought up to date by the next background refresh."""
        from mandate_graph.graph.status_rows import status_rows

        derived.register(store, "statuses", status_rows, rank=15)


statuses = StatusCache()

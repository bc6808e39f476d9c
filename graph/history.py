"""The history of a body: every event the graph knows about it, in date order.

Events: established by, made a constant element by, each request, encouragement and
invitation received (with the task), each meeting with its dates, place and report, and
each endorsement of a meeting's recommendations, each with its evidence quotes.

Dates: an instrument's ``mg:adoptedOn``, else the date its session opened; a meeting's
``mg:heldOn`` (and ``mg:heldUntil``). An undated instrument is placed (not dated) just before
the first dated instrument event of a later session of its issuer; other undated events come
last, by session number or meeting ordinal.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Callable

import pyoxigraph as ox

from mandate_graph.graph.entities import COLLECTIONS, EntityReader
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.graph.sparql_results import select, text
from mandate_graph.graph.store import GraphStore
from mandate_graph.ontology import relations as relation_table

_RECEIVED = """
SELECT DISTINCT ?inst ?label ?p ?date ?sessionDate ?session ?task ?quote ?doc ?paragraph WHERE {
  ?inst ?p ?body .
  FILTER (?p IN (%s))
  OPTIONAL { ?inst rdfs:label ?label }
  OPTIONAL { ?inst mg:adoptedOn ?date }
  OPTIONAL { ?inst mg:adoptedAt/mg:heldOn ?sessionDate }
  OPTIONAL { ?inst mg:sessionNumber ?session }
  OPTIONAL { ?m a mg:Mandate ; mg:instrument ?inst ; mg:addressee ?body ; mg:task ?task }
  OPTIONAL { ?ev rdf:subject ?inst ; rdf:predicate ?p ; rdf:object ?body ; mg:quote ?quote ; mg:document ?doc .
             OPTIONAL { ?ev mg:paragraph ?paragraph } }
}
""" % relation_table.sparql_in(relation_table.BODY_MANDATES)

# A body's meetings, their reports and where each was read: three queries, each a join the
# engine starts from the body. As OPTIONALs of one query, the evidence patterns (`?rev`, `?ev`:
# several variables, bound only by the rows around them) were evaluated on their own and joined
# after, reading every report's and every meeting's evidence in the store: 2 s at 1 M triples,
# 12-38 s at 10 M, for a body with a dozen meetings (the endorsements' likewise: 0.1 s, 0.7-1.1 s).
_MEETINGS = """
SELECT DISTINCT ?g ?label ?ordinal ?start ?end ?place ?report ?symbol WHERE {
  ?g mg:meetingOf ?body ; mg:ordinal ?ordinal .
  OPTIONAL { ?g rdfs:label ?label }
  OPTIONAL { ?g mg:heldOn ?start }
  OPTIONAL { ?g mg:heldUntil ?end }
  OPTIONAL { ?g mg:heldIn ?place }
  OPTIONAL { ?report mg:reportOf ?g . OPTIONAL { ?report skos:notation ?symbol } }
}
"""

_REPORT_QUOTES = """
SELECT DISTINCT ?g ?report ?reportQuote WHERE {
  ?g mg:meetingOf ?body ; mg:ordinal ?ordinal .
  ?report mg:reportOf ?g .
  ?rev rdf:subject ?report ; rdf:predicate mg:reportOf ; rdf:object ?g ; mg:quote ?reportQuote .
}
"""

_MEETING_QUOTES = """
SELECT DISTINCT ?g ?quote ?doc ?paragraph WHERE {
  ?g mg:meetingOf ?body ; mg:ordinal ?ordinal .
  ?ev rdf:subject ?g ; rdf:predicate mg:heldOn ; mg:quote ?quote ; mg:document ?doc .
  OPTIONAL { ?ev mg:paragraph ?paragraph }
}
"""

_ENDORSED = """
SELECT DISTINCT ?inst ?label ?g ?date ?sessionDate ?session WHERE {
  ?g mg:meetingOf ?body . ?inst mg:endorses ?g .
  OPTIONAL { ?inst rdfs:label ?label }
  OPTIONAL { ?inst mg:adoptedOn ?date }
  OPTIONAL { ?inst mg:adoptedAt/mg:heldOn ?sessionDate }
  OPTIONAL { ?inst mg:sessionNumber ?session }
}
"""

_ENDORSED_QUOTES = """
SELECT DISTINCT ?inst ?quote ?doc ?paragraph WHERE {
  ?g mg:meetingOf ?body . ?inst mg:endorses ?g .
  ?ev rdf:subject ?inst ; rdf:predicate mg:endorses ; rdf:object ?g ; mg:quote ?quote ; mg:document ?doc .
  OPTIONAL { ?ev mg:paragraph ?paragraph }
}
"""

# The mandates a body receives (the instrument -> body relations): property -> how the
# body's timeline names the event (ontology/relations.py gives each of them a phrase).
_EVENT_NAMES = {r.iri: r.history_phrase or r.name for r in relation_table.BODY_MANDATES}
_ENDORSED_EVENT = relation_table.relation("endorses").history_phrase or "endorsed by"


@dataclass(frozen=True)
class HistoryReport:
    """A report of a meeting: its symbol and where it says which meeting it reports."""

    iri: str
    symbol: str | None
    quote: str | None


@dataclass(frozen=True)
class HistoryEvidence:
    """Where an event was read (``document`` an IRI)."""

    quote: str
    document: str | None
    paragraph: str | None


@dataclass(frozen=True)
class Event:
    kind: str  # established by, requested by, meeting, endorsed by, ...
    subject: str  # the instrument or meeting IRI
    label: str
    date: str | None
    order: float  # for undated events: session number or meeting ordinal
    end: str | None = None
    place: str | None = None
    tasks: tuple[str, ...] = ()
    reports: tuple[HistoryReport, ...] = ()  # of a meeting
    endorsed_meetings: tuple[str, ...] = ()  # of an endorsement (IRIs)
    evidence: tuple[HistoryEvidence, ...] = ()


@dataclass
class _Building:
    """An event while rows about it are still coming in."""

    kind: str
    subject: str
    label: str
    date: str | None
    order: float
    end: str | None = None
    place: str | None = None
    tasks: list[str] = field(default_factory=list)
    reports: dict[str, HistoryReport] = field(default_factory=dict)  # by IRI
    endorsed_meetings: list[str] = field(default_factory=list)
    evidence: list[HistoryEvidence] = field(default_factory=list)

    def cite(self, quote: str | None, doc: str | None, paragraph: str | None = None) -> None:
        if quote:
            item = HistoryEvidence(quote, doc, paragraph)
            if item not in self.evidence:
                self.evidence.append(item)

    def event(self) -> Event:
        evidence = sorted(self.evidence, key=lambda i: (str(i.document), str(i.paragraph or ""), i.quote))
        # By symbol: the same order whatever order the rows come in (it was the engine's).
        reports = sorted(self.reports.values(), key=lambda r: (r.symbol is None, r.symbol or "", r.iri))
        return Event(self.kind, self.subject, self.label, self.date, self.order, self.end, self.place,
                     tuple(self.tasks), tuple(reports), tuple(self.endorsed_meetings), tuple(evidence))


def _session_order(value: str | None) -> float:
    return float(value) if value and value.isdigit() else float("inf")


def body_named(store: GraphStore, ids: Identifiers, registry: BodyRegistry, key: str) -> tuple[str, str] | None:
    """The IRI and name of the body with this key, or None. A body of the reference data is
    known by its key; a body that documents created (the working group a resolution
    establishes) is in no reference data, only in the graph, and has a history all the same."""
    body = registry.get(key)
    if body is not None:
        return ids.body(key), body.name
    iri = ids.body(key)
    reader = EntityReader(store, ids)
    if not reader.exists(iri, COLLECTIONS["bodies"][1]):
        return None
    return iri, reader.infos([iri])[iri].label


def body_history(store: GraphStore, body: str) -> list[Event]:
    bindings = {"body": ox.NamedNode(body)}
    events: dict[tuple[str, str], _Building] = {}

    def add(kind: str, subject: str, label: str | None, date: str | None, order: float) -> _Building:
        key = (kind, subject)
        if key not in events:
            events[key] = _Building(kind, subject, label or subject, date, order)
        event = events[key]
        if date and (event.date is None or date < event.date):
            event.date = date
        return event

    for row in select(store, _RECEIVED, bindings=bindings):
        event = add(
            _EVENT_NAMES[str(text(row, "p"))],
            str(text(row, "inst")),
            text(row, "label"),
            text(row, "date") or text(row, "sessionDate"),
            _session_order(text(row, "session")),
        )
        task = text(row, "task")
        if task and task not in event.tasks:
            event.tasks.append(task)
        event.cite(text(row, "quote"), text(row, "doc"), text(row, "paragraph"))

    for row in select(store, _MEETINGS, bindings=bindings):
        event = add("meeting", str(text(row, "g")), text(row, "label"), text(row, "start"), float(text(row, "ordinal") or 0))
        event.end = event.end or text(row, "end")
        event.place = event.place or text(row, "place")
        report = text(row, "report")
        if report:
            known = event.reports.get(report) or HistoryReport(report, None, None)
            # The least symbol and quote: the same choice whatever order the rows come in.
            symbol = text(row, "symbol")
            if symbol and (known.symbol is None or symbol < known.symbol):
                known = replace(known, symbol=symbol)
            event.reports[report] = known
    meetings = {subject: event for (kind, subject), event in events.items() if kind == "meeting"}
    for row in select(store, _REPORT_QUOTES, bindings=bindings):
        held = meetings.get(str(text(row, "g")))
        report, quote = str(text(row, "report")), text(row, "reportQuote")
        reported = held.reports.get(report) if held is not None else None
        if held is not None and reported is not None and quote and (reported.quote is None or quote < reported.quote):
            held.reports[report] = replace(reported, quote=quote)
    for row in select(store, _MEETING_QUOTES, bindings=bindings):
        held = meetings.get(str(text(row, "g")))
        if held is not None:
            held.cite(text(row, "quote"), text(row, "doc"), text(row, "paragraph"))

    endorsements: dict[str, _Building] = {}
    for row in select(store, _ENDORSED, bindings=bindings):
        event = endorsements[str(text(row, "inst"))] = add(
            _ENDORSED_EVENT,
            str(text(row, "inst")),
            text(row, "label"),
            text(row, "date") or text(row, "sessionDate"),
            _session_order(text(row, "session")),
        )
        meeting = text(row, "g")
        if meeting and meeting not in event.endorsed_meetings:
            event.endorsed_meetings.append(meeting)
    for row in select(store, _ENDORSED_QUOTES, bindings=bindings):
        endorsement = endorsements.get(str(text(row, "inst")))
        if endorsement is not None:
            endorsement.cite(text(row, "quote"), text(row, "doc"), text(row, "paragraph"))

    finished = [e.event() for e in events.values()]
    return sorted(finished, key=_sort_key(finished))


def _sort_key(events: list[Event]) -> Callable[[Event], tuple[bool, str, int, float, str]]:
    """Date order. An undated instrument event (its session number known) goes just before the
    first dated instrument event of a later session: its place, not a date it is given."""
    dated = sorted((e.order, e.date) for e in events if e.date and e.order != float("inf") and e.kind != "meeting")

    def key(e: Event) -> tuple[bool, str, int, float, str]:
        if e.date:
            return (False, e.date, 1, e.order, e.subject)
        if e.kind != "meeting":
            later = [date for order, date in dated if order > e.order]
            if later:
                return (False, min(later), 0, e.order, e.subject)
        return (True, "", 1, e.order, e.subject)

    return key

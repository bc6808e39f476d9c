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

from dataclasses import dataclass, field

import pyoxigraph as ox

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

_MEETINGS = """
SELECT DISTINCT ?g ?label ?ordinal ?start ?end ?place ?report ?symbol ?reportQuote ?quote ?doc ?paragraph WHERE {
  ?g mg:meetingOf ?body ; mg:ordinal ?ordinal .
  OPTIONAL { ?g rdfs:label ?label }
  OPTIONAL { ?g mg:heldOn ?start }
  OPTIONAL { ?g mg:heldUntil ?end }
  OPTIONAL { ?g mg:heldIn ?place }
  OPTIONAL { ?report mg:reportOf ?g . OPTIONAL { ?report skos:notation ?symbol }
             OPTIONAL { ?rev rdf:subject ?report ; rdf:predicate mg:reportOf ; rdf:object ?g ; mg:quote ?reportQuote } }
  OPTIONAL { ?ev rdf:subject ?g ; rdf:predicate mg:heldOn ; mg:quote ?quote ; mg:document ?doc .
             OPTIONAL { ?ev mg:paragraph ?paragraph } }
}
"""

_ENDORSED = """
SELECT DISTINCT ?inst ?label ?g ?date ?sessionDate ?session ?quote ?doc ?paragraph WHERE {
  ?g mg:meetingOf ?body . ?inst mg:endorses ?g .
  OPTIONAL { ?inst rdfs:label ?label }
  OPTIONAL { ?inst mg:adoptedOn ?date }
  OPTIONAL { ?inst mg:adoptedAt/mg:heldOn ?sessionDate }
  OPTIONAL { ?inst mg:sessionNumber ?session }
  OPTIONAL { ?ev rdf:subject ?inst ; rdf:predicate mg:endorses ; rdf:object ?g ; mg:quote ?quote ; mg:document ?doc .
             OPTIONAL { ?ev mg:paragraph ?paragraph } }
}
"""

# The mandates a body receives (the instrument -> body relations): property -> how the
# body's timeline names the event.
_EVENT_NAMES = {r.iri: r.history_phrase for r in relation_table.BODY_MANDATES}
_ENDORSED_EVENT = relation_table.relation("endorses").history_phrase


@dataclass
class Event:
    kind: str  # established by, requested by, meeting, endorsed by, ...
    subject: str  # the instrument or meeting IRI
    label: str
    date: str | None
    order: float  # for undated events: session number or meeting ordinal
    end: str | None = None
    place: str | None = None
    tasks: list[str] = field(default_factory=list)
    reports: list[dict[str, str | None]] = field(default_factory=list)
    evidence: list[dict[str, str | None]] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "event": self.kind,
            "entity": self.subject,
            "label": self.label,
            "date": self.date,
            "endDate": self.end,
            "place": self.place,
            "tasks": self.tasks,
            "reports": self.reports,
            "evidence": self.evidence,
        }


def _v(row: ox.QuerySolution, name: str) -> str | None:
    term = row[name]
    return term.value if term is not None else None


def _session_order(value: str | None) -> float:
    return float(value) if value and value.isdigit() else float("inf")


def body_history(store: GraphStore, body: str) -> list[Event]:
    bindings = {"body": ox.NamedNode(body)}
    events: dict[tuple[str, str], Event] = {}

    def add(kind: str, subject: str, label: str | None, date: str | None, order: float) -> Event:
        key = (kind, subject)
        if key not in events:
            events[key] = Event(kind, subject, label or subject, date, order)
        event = events[key]
        if date and (event.date is None or date < event.date):
            event.date = date
        return event

    def cite(event: Event, quote: str | None, doc: str | None, paragraph: str | None = None) -> None:
        if quote:
            item = {"quote": quote, "document": doc, "paragraph": paragraph}
            if item not in event.evidence:
                event.evidence.append(item)
                event.evidence.sort(key=lambda i: (str(i["document"]), str(i["paragraph"] or ""), str(i["quote"])))

    for row in store.query(_RECEIVED, bindings=bindings):
        event = add(
            _EVENT_NAMES[_v(row, "p")],  # type: ignore[index]
            _v(row, "inst"),  # type: ignore[arg-type]
            _v(row, "label"),
            _v(row, "date") or _v(row, "sessionDate"),
            _session_order(_v(row, "session")),
        )
        task = _v(row, "task")
        if task and task not in event.tasks:
            event.tasks.append(task)
        cite(event, _v(row, "quote"), _v(row, "doc"), _v(row, "paragraph"))

    for row in store.query(_MEETINGS, bindings=bindings):
        event = add("meeting", _v(row, "g"), _v(row, "label"), _v(row, "start"), float(_v(row, "ordinal") or 0))  # type: ignore[arg-type]
        event.end = event.end or _v(row, "end")
        event.place = event.place or _v(row, "place")
        report = _v(row, "report")
        if report:
            known = next((r for r in event.reports if r["iri"] == report), None)
            if known is None:
                known = {"iri": report, "symbol": _v(row, "symbol"), "quote": _v(row, "reportQuote")}
                event.reports.append(known)
            for name, column in (("symbol", "symbol"), ("quote", "reportQuote")):
                value = _v(row, column)
                if value and (known[name] is None or value < str(known[name])):
                    known[name] = value  # the same choice whatever order the rows come in
        cite(event, _v(row, "quote"), _v(row, "doc"), _v(row, "paragraph"))

    for row in store.query(_ENDORSED, bindings=bindings):
        event = add(
            _ENDORSED_EVENT,  # type: ignore[arg-type]
            _v(row, "inst"),  # type: ignore[arg-type]
            _v(row, "label"),
            _v(row, "date") or _v(row, "sessionDate"),
            _session_order(_v(row, "session")),
        )
        cite(event, _v(row, "quote"), _v(row, "doc"), _v(row, "paragraph"))
        meeting = _v(row, "g")
        if meeting and {"iri": meeting, "symbol": None} not in event.reports:
            event.reports.append({"iri": meeting, "symbol": None})

    return sorted(events.values(), key=_sort_key(events.values()))


def _sort_key(events):  # type: ignore[no-untyped-def]
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

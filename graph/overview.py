"""What the home page lists as ways into the graph: instruments grouped by the session that
adopted them, and the documents by date. Read-only, one query each; `current_sessions` and
`current_documents` keep the answers per store generation (`graph.generations`): each reads
every instrument or document of the store."""

from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, replace
from typing import Any, Callable

from mandate_graph.graph.generations import Saved, derived
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.sparql_results import select
from mandate_graph.graph.sparql_results import text as _v
from mandate_graph.graph.store import GraphStore


@dataclass(frozen=True)
class InstrumentLine:
    id: str
    number: str | None
    kind: str  # Resolution, Decision, Instrument
    title: str | None
    date: str | None


@dataclass(frozen=True)
class SessionGroup:
    issuer: str | None  # the issuing body's id
    issuer_label: str | None
    session: str | None  # the session number as the symbol writes it ("11"), None when unknown
    instruments: tuple[InstrumentLine, ...] = ()  # by kind, then number


@dataclass(frozen=True)
class DocumentLine:
    id: str
    label: str
    title: str | None
    date: str | None


def _num(text: str | None, part: int) -> int:
    try:
        return int("".join(ch for ch in (text or "").split("/")[part] if ch.isdigit()) or 0)
    except IndexError:
        return 0


def instruments_by_session(store: GraphStore, ids: Identifiers) -> list[SessionGroup]:
    """Resolutions and decisions under (issuer, session), latest session first."""
    rows = select(
        store,
        """SELECT ?i (SAMPLE(?n) AS ?number) (SAMPLE(?k) AS ?kind) (MIN(?t) AS ?title) (MIN(?d) AS ?date)
                  (SAMPLE(?iss) AS ?issuer) (MIN(?issl) AS ?issuerLabel) WHERE {
             VALUES ?k { mg:Resolution mg:Decision }
             ?i a ?k . FILTER(isIRI(?i))
             OPTIONAL { ?i mg:number ?n } OPTIONAL { ?i dcterms:title ?t } OPTIONAL { ?i mg:adoptedOn ?d }
             OPTIONAL { ?i mg:issuedBy ?iss OPTIONAL { ?iss skos:prefLabel ?issl } }
           } GROUP BY ?i"""
    )
    heads: dict[tuple[str | None, str | None], SessionGroup] = {}  # (issuer IRI, session) -> group, lines apart
    lines: dict[tuple[str | None, str | None], list[InstrumentLine]] = {}
    for row in rows:
        iri = row["i"].value
        number = _v(row, "number")
        issuer = _v(row, "issuer")
        session = number.split("/")[0] if number and "/" in number else None
        key = (issuer, session)
        heads.setdefault(key, SessionGroup(issuer.removeprefix(ids.base) if issuer else None, _v(row, "issuerLabel"), session))
        kind = (_v(row, "kind") or "").rsplit("#", 1)[-1]
        lines.setdefault(key, []).append(
            InstrumentLine(iri.removeprefix(ids.base), number, kind, _v(row, "title"), _v(row, "date")))
    groups: dict[tuple[str | None, str | None], SessionGroup] = {}
    per_issuer: dict[str | None, int] = {}
    for key, head in heads.items():
        ordered = tuple(sorted(lines[key], key=lambda i: (i.kind, _num(i.number, 1), i.id)))
        groups[key] = replace(head, instruments=ordered)
        per_issuer[key[0]] = per_issuer.get(key[0], 0) + len(ordered)
    # The issuer the corpus is about (most instruments) first, each issuer's latest session first.
    return sorted(groups.values(), key=lambda g: (-per_issuer[g.issuer and ids.base + g.issuer],
                                                   g.issuer_label or "~", -_num(g.session, 0)))


def recent_documents(store: GraphStore, ids: Identifiers, limit: int = 10) -> list[DocumentLine]:
    """Documents by date, newest first; undated ones after."""
    rows = select(
        store,
        f"""SELECT ?doc (MIN(?sym) AS ?symbol) (MIN(?l) AS ?label) (MIN(?t) AS ?title) (MAX(?d) AS ?date) WHERE {{
              ?doc a mg:Document . FILTER(isIRI(?doc))
              OPTIONAL {{ ?doc skos:notation ?sym }} OPTIONAL {{ ?doc rdfs:label ?l }}
              OPTIONAL {{ ?doc dcterms:title ?t }} OPTIONAL {{ ?doc dcterms:date ?d }}
            }} GROUP BY ?doc ORDER BY DESC(BOUND(?date)) DESC(?date) ?symbol LIMIT {int(limit)}"""
    )
    out = []
    for row in rows:
        iri = row["doc"].value
        # A document known by no symbol is named by its title rather than "document loaded from …".
        name = _v(row, "symbol") or _v(row, "title") or _v(row, "label") or iri.removeprefix(ids.base)
        title = _v(row, "title") if name != _v(row, "title") else None
        out.append(DocumentLine(iri.removeprefix(ids.base), name, title, _v(row, "date")))
    return out




HOME_DOCUMENTS = 8  # the documents the home page lists


def current_sessions(store: GraphStore, ids: Identifiers) -> list[SessionGroup]:
    """`instruments_by_session`, once per store generation, recomputed after a write."""
    return derived.keep_fresh(store, ("sessions by issuer", ids.base), _sessions_of(ids), rank=12,
                              saved_as=_saved_sessions(ids))


def current_documents(store: GraphStore, ids: Identifiers) -> list[DocumentLine]:
    """`recent_documents` as the home page lists them, once per store generation."""
    return derived.keep_fresh(store, ("recent documents", ids.base), _documents_of(ids), rank=12,
                              saved_as=_saved_documents(ids))


def keep_fresh(store: GraphStore, ids: Identifiers) -> None:
    """Have both lists computed by the next background refresh."""
    derived.register(store, ("sessions by issuer", ids.base), _sessions_of(ids), rank=12, saved_as=_saved_sessions(ids))
    derived.register(store, ("recent documents", ids.base), _documents_of(ids), rank=12, saved_as=_saved_documents(ids))


# Both lists are kept beside an on-disk store too, so a restart on the same store finds them
# (7-8 s of CPU each at 10 M triples); their ids depend on the base IRI, which names the file.
def _saved_sessions(ids: Identifiers) -> Saved:
    def group(saved: dict[str, Any]) -> SessionGroup:
        return SessionGroup(**{**saved, "instruments": tuple(InstrumentLine(**i) for i in saved["instruments"])})

    return Saved(f"home-sessions-{_digest(ids.base)}", lambda groups: [asdict(g) for g in groups],
                 lambda saved: [group(g) for g in saved])


def _saved_documents(ids: Identifiers) -> Saved:
    return Saved(f"home-documents-{_digest(ids.base)}", lambda lines: [asdict(d) for d in lines],
                 lambda saved: [DocumentLine(**d) for d in saved])


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:12]


def _sessions_of(ids: Identifiers) -> Callable[[GraphStore], list[SessionGroup]]:
    return lambda store: instruments_by_session(store, ids)


def _documents_of(ids: Identifiers) -> Callable[[GraphStore], list[DocumentLine]]:
    return lambda store: recent_documents(store, ids, limit=HOME_DOCUMENTS)

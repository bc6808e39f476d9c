"""What the home page lists as ways into the graph: instruments grouped by the session that
adopted them, and the documents by date.

Both were one whole-store query each, recomputed on the first start after every write (1.10
and 1.01 CPU s at 1 M triples, ~17 and ~12 at 10 M). Now each is a file of rows beside the
store, one per instrument or document (`graph.member_values`: the values of the members of a
collection kept per named graph, and after a write the graphs written read again, not the
store), and the lists are small ``ORDER BY … LIMIT`` reads of it:

- ``home-instruments``: per resolution or decision its number, kind, title, date and issuer
  (each the least of its values, in any graph), and the (issuer, session) group it falls in;
  SQLite triggers on those rows keep the number of instruments per group and per issuer
  (``home_groups``, ``home_issuers``), the same whether the rows are built or updated;
- ``home-documents``: per document its symbol, label, title and date (the latest), indexed
  in the list's order.

The issuers' names (``skos:prefLabel``, in any graph) are read from the store when the list
is read, by ``VALUES`` over the issuers (tens to hundreds): a body's name can change in a
graph that holds none of its instruments. `instruments_by_session` and `recent_documents`
compute the same lists from the whole store, by the same rules (`instrument_row`,
`document_row`): what the files are checked against, and what is read when the store has
quads outside the named graphs (the files are not kept then).
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Mapping, Sequence

import pyoxigraph as ox

from mandate_graph.graph import stats, stats_kept
from mandate_graph.graph.generations import Saved, derived, saved_for
from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.member_values import Derivation, MemberSpec, MemberValues, SortTerm, batches, member_values
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.sparql_results import select
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.revision import StoreRevision

HOME_SESSIONS = 8  # session groups on the home page, the latest of each issuer first
HOME_INSTRUMENTS_PER_SESSION = 60  # instruments shown per group; the rest behind a link
HOME_DOCUMENTS = 8  # the documents the home page lists


@dataclass(frozen=True)
class InstrumentLine:
    id: str
    number: str | None
    kind: str  # Resolution, Decision
    title: str | None
    date: str | None


@dataclass(frozen=True)
class SessionGroup:
    issuer: str | None  # the issuing body's id
    issuer_label: str | None
    session: str | None  # the session number as the symbol writes it ("11"), None when unknown
    instruments: tuple[InstrumentLine, ...] = ()  # by kind, then number (the first ones only, when shown)
    count: int = 0  # the group's instruments in all


@dataclass(frozen=True)
class SessionsShown:
    """The first session groups, each with its first instruments, and the number of groups."""

    groups: list[SessionGroup]
    total: int


@dataclass(frozen=True)
class DocumentLine:
    id: str
    label: str
    title: str | None
    date: str | None


# ------------------------------------------------------------------------------ the rules

_RESOLUTION, _DECISION, _DOCUMENT = str(MG.Resolution), str(MG.Decision), str(MG.Document)
_SQLITE_MAX = 2**63 - 1

Values = Mapping[str, Sequence[SortTerm]]  # a member's values by kind ("t": its types)


def _num(text: str | None, part: int) -> int:
    try:
        return min(int("".join(ch for ch in (text or "").split("/")[part] if ch.isdigit()) or 0), _SQLITE_MAX)
    except IndexError:
        return 0


def _least(values: Values, kind: str) -> str | None:
    return min((t.value for t in values.get(kind, ())), default=None)


def _key(value: str | None) -> str:
    """A group's issuer or session as the file keys it ("" for none: a key cannot be NULL)."""
    return "" if value is None else "=" + value


def _unkey(key: str) -> str | None:
    return key[1:] if key else None


# One row per instrument: (IRI, number, kind, title, date, issuer, issuer key, session key,
# the session's number, the number within the session).
InstrumentRow = tuple[str, str | None, str, str | None, str | None, str | None, str, str, int, int]


def instrument_row(member: str, values: Values) -> InstrumentRow:
    """What the lists keep of an instrument: the least of each of its values (in any graph),
    its kind ("Decision" before "Resolution" when it is typed both), its group."""
    number, issuer = _least(values, "number"), _least(values, "issuer")
    kind = min(t.value for t in values["t"]).rsplit("#", 1)[-1]
    session = number.split("/")[0] if number and "/" in number else None
    return (member, number, kind, _least(values, "title"), _least(values, "date"), issuer,
            _key(issuer), _key(session), _num(session, 0), _num(number, 1))


# One row per document: (IRI, symbol, label, title, date: the latest).
DocumentRow = tuple[str, str | None, str | None, str | None, str | None]


def document_row(member: str, values: Values) -> DocumentRow:
    return (member, _least(values, "symbol"), _least(values, "label"), _least(values, "title"),
            max((t.value for t in values.get("date", ())), default=None))


def _document_line(row: Sequence[Any], ids: Identifiers) -> DocumentLine:
    iri, symbol, label, title, date = row
    # A document known by no symbol is named by its title rather than "document loaded from …".
    name = symbol or title or label or iri.removeprefix(ids.base)
    return DocumentLine(iri.removeprefix(ids.base), name, title if name != title else None, date)


def _instrument_line(row: Sequence[Any], ids: Identifiers) -> InstrumentLine:
    iri, number, kind, title, date = row[:5]
    return InstrumentLine(iri.removeprefix(ids.base), number, kind, title, date)


def issuer_labels(store: GraphStore, issuers: Iterable[str]) -> dict[str, str]:
    """Each issuer's least ``skos:prefLabel`` (in any graph), by ``VALUES``."""
    labels: dict[str, str] = {}
    iris = sorted(i for i in issuers if ":" in i and not set(i) & set('<>"{}|\\^` '))
    for batch in batches(iris, 500):
        rows = select(store, "SELECT ?i ?l WHERE { VALUES ?i { %s } ?i skos:prefLabel ?l }"
                      % " ".join(f"<{i}>" for i in batch))
        for row in rows:
            iri, label = row["i"].value, row["l"].value
            labels[iri] = min(labels.get(iri, label), label)
    return labels


def _group_order(count_of_issuer: int, label: str | None, issuer_key: str) -> tuple[int, str, str]:
    """The issuer the corpus is about (most instruments) first, then by name."""
    return (-count_of_issuer, label or "~", issuer_key)


# ------------------------------------------------------------------------------ from the whole store

def _values_of(store: GraphStore, types: Sequence[str], paths: Sequence[tuple[str, str]]) -> dict[str, dict[str, list[SortTerm]]]:
    """Every IRI typed with one of ``types``, with its types ("t") and its values of ``paths``."""
    typed = " ".join(f"<{t}>" for t in types)
    branches = [f'{{ VALUES ?v {{ {typed} }} ?m a ?v BIND("t" AS ?k) }}']
    branches += [f'{{ ?m {path} ?v BIND("{kind}" AS ?k) }}' for kind, path in paths]
    found: dict[str, dict[str, dict[SortTerm, None]]] = {}
    for row in select(store, f"""SELECT DISTINCT ?m ?k ?v WHERE {{
            {{ SELECT DISTINCT ?m WHERE {{ VALUES ?type {{ {typed} }} ?m a ?type FILTER(isIRI(?m)) }} }}
            {" UNION ".join(branches)} }}"""):
        value = row["v"]
        if isinstance(value, (ox.NamedNode, ox.Literal, ox.BlankNode)):
            found.setdefault(row["m"].value, {}).setdefault(row["k"].value, {})[value] = None
    return {m: {k: list(v) for k, v in kinds.items()} for m, kinds in found.items()}


def instruments_by_session(store: GraphStore, ids: Identifiers) -> list[SessionGroup]:
    """Every resolution and decision under (issuer, session), the latest session first: from
    the whole store (see the module docstring)."""
    rows = [instrument_row(m, v) for m, v in _values_of(store, (_RESOLUTION, _DECISION), _INSTRUMENTS.paths).items()]
    groups: dict[tuple[str, str], list[InstrumentRow]] = {}
    per_issuer: dict[str, int] = {}
    for row in rows:
        groups.setdefault((row[6], row[7]), []).append(row)
        per_issuer[row[6]] = per_issuer.get(row[6], 0) + 1
    labels = issuer_labels(store, {r[5] for r in rows if r[5]})
    ordered = sorted(groups, key=lambda k: (*_group_order(per_issuer[k[0]], labels.get(_unkey(k[0]) or ""), k[0]),
                                            -groups[k][0][8], k[1]))
    return [_group(ids, issuer, session, labels, [_instrument_line(r, ids) for r in
                                                   sorted(groups[(issuer, session)], key=lambda r: (r[2], r[9], r[0]))],
                   len(groups[(issuer, session)]))
            for issuer, session in ordered]


def _group(ids: Identifiers, issuer_key: str, session_key: str, labels: Mapping[str, str],
           lines: list[InstrumentLine], count: int) -> SessionGroup:
    issuer = _unkey(issuer_key)
    return SessionGroup(issuer.removeprefix(ids.base) if issuer else None, labels.get(issuer) if issuer else None,
                        _unkey(session_key), tuple(lines), count)


def recent_documents(store: GraphStore, ids: Identifiers, limit: int = 10) -> list[DocumentLine]:
    """Documents by date, newest first; undated ones after (then by symbol, none first, and
    IRI): from the whole store."""
    rows = [document_row(m, v) for m, v in _values_of(store, (_DOCUMENT,), _DOCUMENTS.paths).items()]
    rows.sort(key=lambda r: (r[1] is not None, r[1] or "", r[0]))  # symbol (none first), IRI
    rows.sort(key=lambda r: (r[4] is not None, r[4] or ""), reverse=True)  # dated, latest first (stable)
    return [_document_line(r, ids) for r in rows[:limit]]


# ------------------------------------------------------------------------------ kept beside the store

_INSTRUMENTS = MemberSpec(
    (_RESOLUTION, _DECISION),
    (("number", "mg:number"), ("title", "dcterms:title"), ("date", "mg:adoptedOn"), ("issuer", "mg:issuedBy")),
)
_INSTRUMENT_ROWS = Derivation(
    "home page's instruments",
    """CREATE TABLE home_instruments (member TEXT PRIMARY KEY, number TEXT, kind TEXT, title TEXT, date TEXT,
                                      issuer TEXT, issuer_key TEXT, session_key TEXT, session_num INTEGER,
                                      number_num INTEGER) WITHOUT ROWID;
       CREATE INDEX home_instruments_in_group ON home_instruments (issuer_key, session_key, kind, number_num, member);
       CREATE TABLE home_groups (issuer_key TEXT, session_key TEXT, session_num INTEGER, n INTEGER,
                                 PRIMARY KEY (issuer_key, session_key)) WITHOUT ROWID;
       CREATE INDEX home_groups_in_order ON home_groups (issuer_key, session_num DESC, session_key);
       CREATE TABLE home_issuers (issuer_key TEXT PRIMARY KEY, issuer TEXT, n INTEGER) WITHOUT ROWID;
       CREATE TRIGGER home_instrument_in AFTER INSERT ON home_instruments BEGIN
         INSERT INTO home_groups VALUES (NEW.issuer_key, NEW.session_key, NEW.session_num, 1)
           ON CONFLICT DO UPDATE SET n = n + 1;
         INSERT INTO home_issuers VALUES (NEW.issuer_key, NEW.issuer, 1) ON CONFLICT DO UPDATE SET n = n + 1;
       END;
       CREATE TRIGGER home_instrument_out AFTER DELETE ON home_instruments BEGIN
         UPDATE home_groups SET n = n - 1 WHERE issuer_key = OLD.issuer_key AND session_key = OLD.session_key;
         DELETE FROM home_groups WHERE issuer_key = OLD.issuer_key AND session_key = OLD.session_key AND n = 0;
         UPDATE home_issuers SET n = n - 1 WHERE issuer_key = OLD.issuer_key;
         DELETE FROM home_issuers WHERE issuer_key = OLD.issuer_key AND n = 0;
       END;""",
    ("home_instruments",),
    lambda member, values: {"home_instruments": [instrument_row(member, values)]},
)
_DOCUMENTS = MemberSpec(
    (_DOCUMENT,),
    (("symbol", "skos:notation"), ("label", "rdfs:label"), ("title", "dcterms:title"), ("date", "dcterms:date")),
)
_DOCUMENT_ROWS = Derivation(
    "home page's documents",
    """CREATE TABLE home_documents (member TEXT PRIMARY KEY, symbol TEXT, label TEXT, title TEXT, date TEXT) WITHOUT ROWID;
       CREATE INDEX home_documents_in_order ON home_documents (date IS NULL, date DESC, symbol, member);""",
    ("home_documents",),
    lambda member, values: {"home_documents": [document_row(member, values)]},
)
INSTRUMENTS_FILE, DOCUMENTS_FILE = "home-instruments", "home-documents"
# What these files replace: the lists saved whole as JSON by earlier versions.
_REPLACED = ("home-sessions-*.json", "home-documents-*.json")


_cleaned: weakref.WeakSet[GraphStore] = weakref.WeakSet()  # the stores whose replaced files are gone


def _file(store: GraphStore, name: str, spec: MemberSpec, derivation: Derivation) -> MemberValues:
    revision = getattr(store, "revision", None)
    if store not in _cleaned and isinstance(revision, StoreRevision) and revision.writable:
        for pattern in _REPLACED:
            for old in revision.folder.glob(pattern):
                old.unlink(missing_ok=True)
        _cleaned.add(store)
    return member_values(store, name, spec, derivation)


def instruments_file(store: GraphStore) -> MemberValues:
    """The file of the home page's instruments, at the store's current generation."""
    return _file(store, INSTRUMENTS_FILE, _INSTRUMENTS, _INSTRUMENT_ROWS)


def documents_file(store: GraphStore) -> MemberValues:
    """The file of the home page's documents, at the store's current generation."""
    return _file(store, DOCUMENTS_FILE, _DOCUMENTS, _DOCUMENT_ROWS)


def home_sessions(store: GraphStore, ids: Identifiers, groups: int = HOME_SESSIONS,
                  per_group: int = HOME_INSTRUMENTS_PER_SESSION) -> SessionsShown:
    """The first ``groups`` of `instruments_by_session`, each with its first ``per_group``
    instruments, and the number of groups: from the file (a few indexed reads)."""
    kept = instruments_file(store)
    if not kept.complete:
        every = instruments_by_session(store, ids)
        return SessionsShown([replace(g, instruments=g.instruments[:per_group]) for g in every[:groups]], len(every))

    def read(sql: str, parameters: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return kept.read(sql, parameters, store)

    issuers = read("SELECT issuer_key, issuer, n FROM home_issuers")
    labels = issuer_labels(store, [issuer for _, issuer, _ in issuers if issuer])
    shown: list[SessionGroup] = []
    for issuer_key, issuer, _ in sorted(issuers, key=lambda i: _group_order(i[2], labels.get(i[1] or ""), i[0])):
        if len(shown) >= groups:
            break
        for session_key, count in read("SELECT session_key, n FROM home_groups WHERE issuer_key = ? "
                                       "ORDER BY session_num DESC, session_key LIMIT ?", (issuer_key, groups - len(shown))):
            lines = read("SELECT member, number, kind, title, date FROM home_instruments WHERE issuer_key = ? AND "
                         "session_key = ? ORDER BY kind, number_num, member LIMIT ?", (issuer_key, session_key, per_group))
            shown.append(_group(ids, issuer_key, session_key, labels, [_instrument_line(r, ids) for r in lines], count))
    return SessionsShown(shown, int(read("SELECT count(*) FROM home_groups")[0][0]))


def home_documents(store: GraphStore, ids: Identifiers, limit: int = HOME_DOCUMENTS) -> list[DocumentLine]:
    """`recent_documents` from the file (one indexed read)."""
    kept = documents_file(store)
    if not kept.complete:
        return recent_documents(store, ids, limit)
    rows = kept.read("SELECT member, symbol, label, title, date FROM home_documents "
                     "ORDER BY date IS NULL, date DESC, symbol, member LIMIT ?", (limit,), store)
    return [_document_line(r, ids) for r in rows]


def current_sessions(store: GraphStore, ids: Identifiers, groups: int = HOME_SESSIONS,
                     per_group: int = HOME_INSTRUMENTS_PER_SESSION) -> SessionsShown:
    """`home_sessions`, once per store generation."""
    return derived.keep_fresh(store, ("home sessions", ids.base, groups, per_group), _sessions_of(ids, groups, per_group),
                              rank=12, saved_as=sessions_saved(ids, groups, per_group))


def current_documents(store: GraphStore, ids: Identifiers) -> list[DocumentLine]:
    """`home_documents` as the home page lists them, once per store generation."""
    return derived.keep_fresh(store, ("home documents", ids.base), _documents_of(ids), rank=12,
                              saved_as=documents_saved(ids))


def keep_fresh(store: GraphStore, ids: Identifiers) -> None:
    """Have both lists brought up to date by the next background refresh."""
    derived.register(store, ("home sessions", ids.base, HOME_SESSIONS, HOME_INSTRUMENTS_PER_SESSION),
                     _sessions_of(ids, HOME_SESSIONS, HOME_INSTRUMENTS_PER_SESSION), rank=12,
                     saved_as=sessions_saved(ids, HOME_SESSIONS, HOME_INSTRUMENTS_PER_SESSION))
    derived.register(store, ("home documents", ids.base), _documents_of(ids), rank=12, saved_as=documents_saved(ids))


# Both lists as shown are also kept beside an on-disk store, for its content (`Saved`): on a
# restart of an unchanged store the home page reads them back (a few kB) instead of making
# them. Made, the sessions read every issuer's name from the store to order the groups (871
# issuers at 10 M triples: 30-40 ms of a first request that the start's work shares the
# process with); the shown values are the same either way. (Not named as the whole lists saved
# as JSON by earlier versions, `_REPLACED`, which a start deletes.)

def sessions_saved(ids: Identifiers, groups: int, per_group: int) -> Saved:
    return saved_for("home-page-sessions", ids.base, groups, per_group, to_json=_sessions_json,
                     from_json=_sessions_from_json)


def documents_saved(ids: Identifiers) -> Saved:
    return saved_for("home-page-documents", ids.base, HOME_DOCUMENTS,
                     to_json=lambda lines: [[d.id, d.label, d.title, d.date] for d in lines],
                     from_json=lambda rows: [DocumentLine(*row) for row in rows])


def _sessions_json(shown: SessionsShown) -> dict[str, Any]:
    return {"total": shown.total, "groups": [
        [g.issuer, g.issuer_label, g.session, g.count, [[i.id, i.number, i.kind, i.title, i.date] for i in g.instruments]]
        for g in shown.groups]}


def _sessions_from_json(saved: dict[str, Any]) -> SessionsShown:
    groups = [SessionGroup(issuer, label, session, tuple(InstrumentLine(*line) for line in lines), count)
              for issuer, label, session, count, lines in saved["groups"]]
    return SessionsShown(groups, int(saved["total"]))


def _sessions_of(ids: Identifiers, groups: int, per_group: int) -> Callable[[GraphStore], SessionsShown]:
    return lambda store: home_sessions(store, ids, groups, per_group)


def _documents_of(ids: Identifiers) -> Callable[[GraphStore], list[DocumentLine]]:
    return lambda store: home_documents(store, ids)


def bring_kept_up_to_date(store: GraphStore, folder: Path) -> str | None:
    """The statistics' and the home lists' files in ``folder`` brought to the store's current
    generation (`mandates load`, `graph.kept_views`): "updated", "current" (nothing to do), or
    None when none of them is kept there yet (they are not made here: the server builds them)."""
    hows = []
    for name, kept in ((stats_kept.FILE, stats.kept), (f"{INSTRUMENTS_FILE}.sqlite", instruments_file),
                       (f"{DOCUMENTS_FILE}.sqlite", documents_file)):
        if (folder / name).exists():
            hows.append(kept(store).last_update.get("how"))
    if not hows:
        return None
    return "current" if all(how in ("read back", "unchanged") for how in hows) else "updated"


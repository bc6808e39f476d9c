"""Turn a reference as people write it into an entity of the graph.

    resolve_reference("resolution 7/1", store, ids, registry)
    resolve_reference("General Assembly resolution 55/25", ...)
    resolve_reference("CTOC/COP/WG.4/2021/6", ...)
    resolve_reference("Working Group on Firearms", ...)
    resolve_reference("cop-untoc/resolution/7/1", ...)        # an id path (with or without its type)
    resolve_reference("https://w3id.org/mandate-graph/id/body/ga", ...)  # a full IRI

The answer is a `ResolveResult`: ``status`` is ``found`` (``iri``/``ref``/``kind`` set),
``ambiguous`` (``candidates`` lists the entities it could be) or ``not_found``
(``candidates`` lists close matches by name). Used by ``/api/resolve``, by IRI-typed
parameters of named queries and by the lineage/history commands.

Rules, in order:

1. A full IRI under the base, or an id path (``instrument/...``, ``body/...``, ``session/...``,
   ``meeting/...``, ``document/...``; the type may be left out): that entity, if the graph has it.
2. A UN document symbol (``CTOC/COP/WG.4/2021/6``): the document with that symbol.
3. An instrument citation (``[issuer] resolution|decision S/N``): with an issuer named (by any
   of its names or aliases) that issuer's instrument; a bare number is looked up in the graph:
   one issuer has it → that one; several → the Conference of the Parties (``cop-…``) if it is
   one of them, else ambiguous.
4. A session or meeting (``COP 11``, ``eleventh session of the Conference``,
   ``13th meeting of the Working Group on Firearms``).
5. A body name or alias (case-insensitive), then any label or title in the graph.
6. Otherwise not found, with close candidates (difflib over names and labels).
"""

from __future__ import annotations

import difflib
import heapq
import re
from dataclasses import dataclass, field, replace
from typing import Callable

import pyoxigraph as ox

from mandate_graph.graph.errors import InvalidIri, named_node
from mandate_graph.graph.generations import derived
from mandate_graph.graph.identifiers import Identifiers, parse_path
from mandate_graph.graph.member_values import Derivation, MemberSpec, MemberValues, member_values
from mandate_graph.graph.model import (BodyRef, DocumentRef, EntityRef, GatheringRef, InstrumentRef, gathering_kind,
                                       instrument_kind)
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.ordinals import ORDINAL, ordinal_value
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.graph.sparql_results import ask, select
from mandate_graph.graph.store import GraphStore


@dataclass(frozen=True)
class ResolveResult:
    status: str  # "found" | "ambiguous" | "not_found"
    iri: str | None = None
    ref: EntityRef | None = None
    kind: str | None = None  # instrument | body | session | meeting | document
    label: str | None = None
    candidates: list[tuple[str, str]] = field(default_factory=list)  # (iri, label)
    message: str = ""

    @property
    def found(self) -> bool:
        return self.status == "found"


def kind_of(ref: EntityRef | None) -> str | None:
    if isinstance(ref, InstrumentRef):
        return "instrument"
    if isinstance(ref, BodyRef):
        return "body"
    if isinstance(ref, GatheringRef):
        return ref.kind
    if isinstance(ref, DocumentRef):
        return "document"
    return None


# "the eleventh", "the twenty-first", "11th", "11": the ordinal grammar extraction uses.
_ORDINAL_RE = rf"(?P<ordinal>{ORDINAL}|\d{{1,3}})"
_GATHERING_OF = re.compile(
    rf"^(?:the\s+)?(?:{_ORDINAL_RE})\s+(?P<kind>session|meeting)\s+of\s+(?:the\s+)?(?P<body>.+)$", re.I
)
_BODY_NUMBER = re.compile(r"^(?P<body>.+?)\s+(?P<kind>session|meeting)?\s*(?P<n>\d+)$", re.I)
_INSTRUMENT = re.compile(
    r"^(?:(?P<issuer>.+?)\s+)?(?:(?:its|the)\s+)?(?P<kind>resolution|decision)s?\s+"
    r"(?P<session>(?:[A-Z]{1,3}-)?\d+)\s*/\s*(?P<number>\d+[A-Za-z]?)$",
    re.I,
)
_SYMBOL = re.compile(r"^[A-Z][A-Za-z0-9.()\-]*(?:/[A-Za-z0-9.()\-]+)+$")
_TYPED_PREFIXES = ("instrument/", "body/", "session/", "meeting/", "document/")


def _normal(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").split())


# --------------------------------------------------------------------------- graph look-ups


def exists(store: GraphStore, iri: str) -> bool:
    """Whether the graph holds ``iri``; `InvalidIri` when it is no IRI at all."""
    node = named_node(iri)
    return ask(store, "ASK { { ?s ?p ?o } UNION { ?x ?q ?s } }", bindings={"s": node})


# Every name, label, title and symbol of an entity: a whole-store query (1.1 s at 1 M
# triples, ~35 s of CPU at 10 M). Kept in an SQLite file beside the store, per named graph
# (`graph.member_values`: after a write, the graphs written are read again, not the store),
# and looked up in place: by name for an exact match, by length and substring for the close
# ones, so the first name resolution after a restart or a write (the /search page's "best
# match") reads neither the store nor the whole list (163 k pairs at 10 M, 0.54 s as JSON).
# `keep_fresh` has the background refresh bring it up to date after a start or a write.
LABELS_KEY = ("entity labels",)
LABELS_RANK = 11
LABELS_FILE = "entity-labels"

# Each name's characters counted in groups, kept beside it: difflib's `quick_ratio` counts the
# characters two texts share (as multisets), and a name sharing fewer than the cutoff needs
# cannot be picked. Counting by group bounds that from above (min(a+b, c+d) ≥ min(a, c) +
# min(b, d)), so SQLite can drop those names before difflib reads them (`close_matches`): the
# most frequent characters of names have a group each, the rest share the last two.
_OWN_GROUP = " etaoinsrhldcumfpgywbv/.-"
_GROUPS = len(_OWN_GROUP) + 2  # then the digits, then every other character
_GROUP_OF = {c: i for i, c in enumerate(_OWN_GROUP)} | {d: len(_OWN_GROUP) for d in "0123456789"}
_COUNT_COLUMNS = tuple(f"c{i}" for i in range(_GROUPS))


def character_groups(normal: str) -> list[int]:
    """How many of the text's characters fall in each group (see `_OWN_GROUP`)."""
    counts = [0] * _GROUPS
    for c in normal:
        counts[_GROUP_OF.get(c, _GROUPS - 1)] += 1
    return counts


def _label_row(member: str, text: str) -> tuple[object, ...]:
    normal = _normal(text)
    return (member, text, normal, len(normal), *character_groups(normal))


_LABELED = MemberSpec(
    (str(MG.Body), str(MG.Resolution), str(MG.Decision), str(MG.Session), str(MG.Meeting), str(MG.Document)),
    (("l", "rdfs:label|skos:prefLabel|skos:altLabel|dcterms:title|skos:notation"),),
)
_COUNTS = ", ".join(f"{c} INTEGER" for c in _COUNT_COLUMNS)
_LABELS = Derivation(
    "entity labels",
    f"""CREATE TABLE labels (member TEXT, text TEXT, normal TEXT, length INTEGER, {_COUNTS},
                             PRIMARY KEY (member, text)) WITHOUT ROWID;
       CREATE INDEX labels_by_normal ON labels (normal, member);
       CREATE INDEX labels_by_length ON labels (length, normal, {", ".join(_COUNT_COLUMNS)});""",
    ("labels",),
    lambda member, values: {"labels": [_label_row(member, t.value) for t in values.get("l", [])]},
)


def _labels_file(store: GraphStore) -> MemberValues:
    return member_values(store, LABELS_FILE, _LABELED, _LABELS)


def entity_labels(store: GraphStore, ids: Identifiers) -> MemberValues:
    """The file of every name, label, title and symbol of an entity, at the store's current
    generation (brought up to date now if it is not, never an older one)."""
    return derived.keep_fresh(store, LABELS_KEY, _labels_file, rank=LABELS_RANK)


def keep_fresh(store: GraphStore) -> None:
    """Have the labels brought up to date by the next background refresh (not now)."""
    derived.register(store, LABELS_KEY, _labels_file, rank=LABELS_RANK)


def entities_named(store: GraphStore, ids: Identifiers, normal: str) -> list[str]:
    """The entities with a name that is ``normal`` once normalized (`_normal`), by IRI."""
    rows = entity_labels(store, ids).read("SELECT DISTINCT member FROM labels WHERE normal = ? ORDER BY member",
                                          (normal,), store)
    return [str(row[0]) for row in rows]


def label_of(store: GraphStore, iri: str) -> str:
    rows = list(
        select(
            store,
            "SELECT ?l WHERE { OPTIONAL { ?s skos:prefLabel ?p } OPTIONAL { ?s rdfs:label ?r } "
            "OPTIONAL { ?s skos:notation ?n } BIND(COALESCE(?p, ?r, ?n) AS ?l) } LIMIT 1",
            bindings={"s": ox.NamedNode(iri)},
        )
    )
    if rows and rows[0]["l"] is not None:
        return rows[0]["l"].value
    return iri.rsplit("/", 1)[-1]


# The label rows a close-match search reads at most (`close_matches`): every row of a possible
# length on a store with fewer (the sample corpus: ~2,000), the rows of the lengths nearest the
# text's on a larger one (163 k rows at 10 M triples: a failed resolution read ~100 k of them,
# 60-470 ms, where a found one takes 2-5 ms); at each length, the names nearest the text in
# name order, this many on either side.
CLOSE_MATCH_ROWS = 2000
NEIGHBOURS = 64


def close_matches(text: str, store: GraphStore, ids: Identifiers, registry: BodyRegistry, n: int = 8) -> list[tuple[str, str]]:
    """Entities whose names look like ``text`` (difflib plus substring matches), among the
    entities' names (by name, in the file beside the store) and the registry's bodies'.

    What it reads does not grow with the store: difflib compares the text with at most
    `CLOSE_MATCH_ROWS` names, those whose length can give the highest ratio first (all of
    those of a possible length when they are fewer: the same answer as over every name); the
    names containing the text come from the search index when it is current (the first
    `search_index.NAME_LIMIT` names holding it, shortest first), else from the names' file."""
    wanted = _normal(text)
    labels = entity_labels(store, ids)
    bodies: dict[str, list[str]] = {}
    for body in registry:
        for name in body.names:
            bodies.setdefault(_normal(name), []).append(ids.body(body.key))
    near = _nearest_possible_names(labels, store, wanted)
    picked = _close_matches(wanted, list(dict.fromkeys([*near, *bodies])), n)
    if len(picked) < n and len(wanted) >= 3:
        # Names containing the text: the entities' in name order, then the registry's.
        containing = _names_containing(labels, store, ids, wanted, n + len(picked))
        containing += [name for name in bodies if wanted in name and name not in containing]
        picked += [name for name in containing if name not in picked][: n - len(picked)]
    out: dict[str, str] = {}
    for name in picked:
        for iri in [*entities_named(store, ids, name), *bodies.get(name, [])]:
            out.setdefault(iri, name)
    return [(iri, label_of(store, iri)) for iri in list(out)[:n]]


def _nearest_possible_names(labels: MemberValues, store: GraphStore, wanted: str) -> list[str]:
    """The names difflib may pick for ``wanted`` (cutoff 0.6), among at most `CLOSE_MATCH_ROWS`
    label rows: every row of a possible length when there are no more, else length by length,
    the lengths where difflib's ratio can be highest first (it is at most 2·min(len)/(sum of
    lens)), at each the `NEIGHBOURS` names on either side of ``wanted`` in name order (those
    sharing its longest beginnings), by the index on (length, name)."""
    # difflib keeps a name only if 2·min(len)/(sum of lens) ≥ the cutoff (0.6): its length is
    # within 3/7 and 7/3 of the text's. The names outside cannot be picked, so are not read.
    size = len(wanted)
    shortest, longest = max(size * 3 // 7 - 1, 0), -(-size * 7 // 3) + 1
    counted = labels.read("SELECT count(*) FROM (SELECT 1 FROM labels WHERE length BETWEEN ? AND ? LIMIT ?)",
                          (shortest, longest, CLOSE_MATCH_ROWS + 1), store)[0][0]
    if counted <= CLOSE_MATCH_ROWS:
        return [str(row[0]) for row in labels.read(*_possible_names(wanted, shortest, longest), store)]
    enough = _shares_enough(wanted)
    near: dict[str, None] = {}
    left = CLOSE_MATCH_ROWS
    for length in sorted(range(shortest, longest + 1), key=lambda at: (-min(at, size) / max(at + size, 1), at)):
        for side in ("normal >= ? ORDER BY normal", "normal < ? ORDER BY normal DESC"):
            rows = labels.read(f"SELECT normal, {enough} FROM labels WHERE length = ? AND {side} LIMIT ?",
                               (size, length, wanted, min(NEIGHBOURS, left)), store)
            near.update((str(normal), None) for normal, kept in rows if kept)
            left -= len(rows)
            if left <= 0:
                return list(near)
    return list(near)


def _close_matches(word: str, possibilities: list[str], n: int, cutoff: float = 0.6) -> list[str]:
    """`difflib.get_close_matches`, the same answer, with fewer ratios computed: the names in
    order of `quick_ratio` (an upper bound of the ratio), stopping at the first whose bound is
    below the n-th best ratio found (long names and many of them: difflib took 0.5 s over the
    5,000 names of a possible length at 10 M triples)."""
    matcher = difflib.SequenceMatcher()
    matcher.set_seq2(word)
    bounded = []
    for x in possibilities:
        matcher.set_seq1(x)
        if matcher.real_quick_ratio() >= cutoff and (bound := matcher.quick_ratio()) >= cutoff:
            bounded.append((bound, x))
    bounded.sort(key=lambda pair: pair[0], reverse=True)
    best: list[tuple[float, str]] = []  # a heap of the n best (ratio, name)
    for bound, x in bounded:
        if len(best) >= n and bound < best[0][0]:
            break
        matcher.set_seq1(x)
        score = matcher.ratio()
        if score >= cutoff:
            if len(best) < n:
                heapq.heappush(best, (score, x))
            elif (score, x) > best[0]:
                heapq.heapreplace(best, (score, x))
    return [x for _, x in sorted(best, reverse=True)]


def _names_containing(labels: MemberValues, store: GraphStore, ids: Identifiers, wanted: str, most: int) -> list[str]:
    """The first ``most`` names (in name order) of the names' file that contain ``wanted``: from the
    search index's names holding it when the index is current (a lookup, not a scan), else by
    reading every name."""
    from mandate_graph.graph import search_index

    hits = search_index.names_containing(store, ids.base, wanted) if search_index.indexable(store) else None
    if hits is None:
        return [str(row[0]) for row in labels.read(
            "SELECT DISTINCT normal FROM labels WHERE instr(normal, ?) > 0 ORDER BY normal LIMIT ?", (wanted, most), store)]
    normals = sorted({normal for match in hits if wanted in (normal := _normal(match.text))})
    known: set[str] = set()
    for start in range(0, len(normals), 500):  # the entities' names only (the index has tasks and more)
        batch = normals[start:start + 500]
        known.update(str(row[0]) for row in labels.read(
            f"SELECT DISTINCT normal FROM labels WHERE normal IN ({','.join('?' * len(batch))})", batch, store))
    return [normal for normal in normals if normal in known][:most]


def _shares_enough(wanted: str) -> str:
    """The SQL test of a label row that may share enough characters with ``wanted`` for difflib
    (cutoff 0.6), by the groups' bound: `quick_ratio` keeps a name of length L sharing m
    characters when 2m / (L + len(wanted)) ≥ 0.6, i.e. 10m ≥ 3(L + len(wanted)) (exact in
    integers; the float test at equality keeps it too). One parameter: len(wanted)."""
    counts = character_groups(wanted)
    shared = " + ".join(f"min({column}, {count})" for column, count in zip(_COUNT_COLUMNS, counts) if count) or "0"
    return f"10 * ({shared}) >= 3 * (length + ?)"


def _possible_names(wanted: str, shortest: int, longest: int) -> tuple[str, tuple[object, ...]]:
    """The query of the names difflib may pick for ``wanted`` (cutoff 0.6): of a length it can
    keep, and sharing enough characters by the groups' bound (`_shares_enough`)."""
    return (f"SELECT DISTINCT normal FROM labels WHERE length BETWEEN ? AND ? AND {_shares_enough(wanted)}",
            (shortest, longest, len(wanted)))


def find_body(text: str, registry: BodyRegistry) -> str | None:
    """The key of the body a name, alias or short name means (exact, case-insensitive)."""
    text = re.sub(r"^(?:the|its)\s+", "", text.strip(), flags=re.I)
    body = registry.by_name(text)
    if body:
        return body.key
    wanted = _normal(text)
    if wanted in {"conference", "cop"}:
        # a Conference itself, not one of its subsidiary bodies (whose keys share the prefix)
        cops = [b.key for b in registry if b.key.startswith("cop-") and not b.parent]
        return cops[0] if cops else None
    if registry.get(text):
        return text
    shorts = [b.key for b in registry if b.short_name and _normal(b.short_name) == wanted]
    return shorts[0] if len(shorts) == 1 else None


# --------------------------------------------------------------------------- the resolver


def _found(store: GraphStore, ids: Identifiers, iri: str, ref: EntityRef | None = None) -> ResolveResult:
    ref = ref or ids.parse(iri)
    return ResolveResult("found", iri=iri, ref=ref, kind=kind_of(ref), label=label_of(store, iri))


def _from_iri(iri: str, store: GraphStore, ids: Identifiers) -> ResolveResult | None:
    ref = ids.parse(iri)
    if ref is None:
        return None
    try:
        named_node(iri)
    except InvalidIri:
        return None  # an id path with a character no IRI may hold names nothing; try the other readings
    # A joint document's other symbol is an owl:sameAs alias of the document.
    if isinstance(ref, DocumentRef):
        rows = list(select(store, "SELECT ?d WHERE { ?a owl:sameAs ?d }", bindings={"a": ox.NamedNode(iri)}))
        if rows:
            iri = rows[0]["d"].value
            ref = ids.parse(iri)
    if exists(store, iri):
        return _found(store, ids, iri, ref)
    return None


def _instrument(m: re.Match[str], store: GraphStore, ids: Identifiers, registry: BodyRegistry, text: str,
                near: Callable[[str], list[tuple[str, str]]]) -> ResolveResult:
    kind = instrument_kind(m["kind"].lower())
    session, number = m["session"].upper(), m["number"]
    issuer_text = (m["issuer"] or "").strip()
    issuer_text = re.sub(r"\b(?:its|the)$", "", issuer_text, flags=re.I).strip()
    if issuer_text:
        key = find_body(issuer_text, registry)
        if key is None:
            return ResolveResult(
                "not_found",
                candidates=near(issuer_text),
                message=f"no body called {issuer_text!r}",
            )
        ref = InstrumentRef(key, kind, session, number)
        iri = ids.instrument(ref)
        if exists(store, iri):
            return _found(store, ids, iri, ref)
        return ResolveResult(
            "not_found",
            candidates=_same_number(store, kind, session, number),
            message=f"{registry[key].name} {kind} {session}/{number} is not in the graph",
        )
    same = _same_number(store, kind, session, number)
    if len(same) == 1:
        return _found(store, ids, same[0][0])
    if not same:
        return ResolveResult(
            "not_found",
            candidates=near(text),
            message=f"no {kind} {session}/{number} in the graph",
        )
    cops = [iri for iri, _ in same if (r := ids.parse(iri)) is not None and isinstance(r, InstrumentRef) and r.issuer.startswith("cop-")]
    if len(cops) == 1:
        return replace(_found(store, ids, cops[0]), candidates=[c for c in same if c[0] != cops[0]])
    return ResolveResult(
        "ambiguous",
        candidates=same,
        message=f"{kind} {session}/{number} exists for several issuers; name the issuer",
    )


def _same_number(store: GraphStore, kind: str, session: str, number: str) -> list[tuple[str, str]]:
    cls = "mg:Resolution" if kind == "resolution" else "mg:Decision"
    rows = select(
        store,
        f"SELECT DISTINCT ?i ?l WHERE {{ ?i a {cls} ; mg:number ?n . OPTIONAL {{ ?i rdfs:label ?l }} }} ORDER BY ?i",
        bindings={"n": ox.Literal(f"{session}/{number}")},
    )
    return [(r["i"].value, r["l"].value if r["l"] is not None else r["i"].value) for r in rows]


def _gathering(body_text: str, kind: str | None, n: int, store: GraphStore, ids: Identifiers, registry: BodyRegistry,
               near: Callable[[str], list[tuple[str, str]]]) -> ResolveResult | None:
    key = find_body(body_text, registry)
    if key is None:
        return None
    body = registry[key]
    kinds = [gathering_kind(kind.lower())] if kind else [body.gathering_term or "session", "meeting", "session"]
    for k in dict.fromkeys(kinds):
        ref = GatheringRef(key, k, n)
        iri = ids.gathering(ref)
        if exists(store, iri):
            return _found(store, ids, iri, ref)
    return ResolveResult(
        "not_found",
        message=f"no {kinds[0]} {n} of the {body.name} in the graph",
        candidates=near(body.name),
    )


def resolve_reference(text: str, store: GraphStore, ids: Identifiers, registry: BodyRegistry,
                      candidates: bool = True) -> ResolveResult:
    """The entity a citation, name, symbol, id path or IRI refers to; see the module docstring.
    ``candidates`` False: a reference not found has no close matches looked for (a caller that
    only wants the entity, such as the query page binding its examples)."""

    def near(name: str) -> list[tuple[str, str]]:
        return close_matches(name, store, ids, registry) if candidates else []

    text = " ".join((text or "").split()).strip().rstrip(".,;")
    if not text:
        return ResolveResult("not_found", message="empty reference")

    # 1. IRIs and id paths
    if text.startswith(("http://", "https://")):
        named_node(text)  # a malformed IRI is the caller's mistake (InvalidIri), not a missing entity
        found = _from_iri(text, store, ids)
        if found:
            return found
        if not text.startswith(ids.base):
            return ResolveResult("not_found", message=f"{text} is not an IRI of this graph (they start with {ids.base})")
        return ResolveResult("not_found", message=f"{text} is not in the graph",
                             candidates=near(text.rsplit("/", 1)[-1]))
    path = text.strip("/")
    if path.startswith("id/"):
        path = path[3:]
    if "/" in path and " " not in path:
        prefixes = [""] if path.startswith(_TYPED_PREFIXES) else list(_TYPED_PREFIXES)
        for prefix in prefixes:
            if parse_path(prefix + path) is None:
                continue
            found = _from_iri(ids.base + prefix + path, store, ids)
            if found:
                return found

    # 2. UN symbols
    if _SYMBOL.match(text):
        for candidate in (text, text.replace("–", "-")):
            found = _from_iri(ids.document(DocumentRef(symbols=(candidate,))), store, ids)
            if found:
                return found
        rows = list(select(store, "SELECT ?d WHERE { ?d skos:notation ?s ; a mg:Document }",
                           bindings={"s": ox.Literal(text)}))
        if rows:
            return _found(store, ids, rows[0]["d"].value)

    # 3. instruments
    if m := _INSTRUMENT.match(text):
        return _instrument(m, store, ids, registry, text, near)

    # 4. sessions and meetings
    if m := _GATHERING_OF.match(text):
        n = int(m["ordinal"]) if m["ordinal"].isdigit() else ordinal_value(m["ordinal"]) or 0
        found = _gathering(m["body"], m["kind"], n, store, ids, registry, near)
        if found:
            return found
    if m := _BODY_NUMBER.match(text):
        found = _gathering(m["body"], m["kind"], int(m["n"]), store, ids, registry, near)
        if found:
            return found

    # 5. names and labels
    key = find_body(text, registry)
    if key is not None:
        return _found(store, ids, ids.body(key), BodyRef(key))
    wanted = _normal(text)
    exact = entities_named(store, ids, wanted)
    if len(exact) == 1:
        return _found(store, ids, exact[0])
    if len(exact) > 1:
        return ResolveResult("ambiguous", candidates=[(i, label_of(store, i)) for i in exact],
                             message=f"{text!r} names several entities")

    # 6. nothing
    return ResolveResult("not_found", candidates=near(text),
                         message=f"nothing in the graph is called {text!r}")

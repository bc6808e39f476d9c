"""Reference data about bodies: who exists, what they are called, which symbols are theirs.

Read from Turtle files (``ontology/reference/*.ttl`` plus any the operator adds) whose IRIs
are relative, resolved against the configured base. Loaders ask this registry every
question about bodies, so that nothing about one treaty body is hard-wired in code.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

import rdflib
from rdflib.term import BNode, Literal, Node, URIRef

from mandate_graph import ontology
from mandate_graph.graph.model import GatheringKind, InstrumentKind, gathering_kind, instrument_kind
from mandate_graph.graph.namespaces import MG, ORG, SKOS


class ReferenceDataError(ValueError):
    """A reference-data file cannot be read or says something inconsistent."""


@dataclass(frozen=True)
class InstrumentNumbering:
    """How a body numbers its instruments when not "session/number": a template with
    ``{session}`` and ``{number}`` ("{number}/CP.{session}", "WHA{session}.{number}",
    "resolution {number} ({session})" for a body numbering by year) and the kind it numbers."""

    template: str
    kind: InstrumentKind


@dataclass(frozen=True)
class Body:
    key: str
    name: str
    aliases: tuple[str, ...] = ()
    short_name: str | None = None
    symbol_prefix: str | None = None
    parent: str | None = None
    gathering_term: GatheringKind | None = None
    issues_instruments: bool = False
    numbering: tuple[InstrumentNumbering, ...] = ()  # beside the default "session/number"
    # Conventions whose numbers print no session ("Decision on Agenda Item {number}", "Decision
    # {number}" of a session's report): numbered within one gathering of the body, which the
    # document says (its own meeting, or "at its 77th meeting" after the number); read by
    # `loaders.extract.gathering_numbering`, never by the conventions above
    numbering_in_gathering: tuple[InstrumentNumbering, ...] = ()
    # Defined by a reference file the user added, not by the shipped data (the United Nations
    # system every document is read in): such a body is a candidate for an abbreviation, a
    # short name or a bare number only in a document that gives evidence of its organisation
    # (`loaders.extract.references.BodyMatcher.for_document`), so that loading another
    # organisation's file costs no document its facts.
    added: bool = False

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# "{session} EX/Decision {number}", "{session} C/Resolution {number}": a convention whose series
# stands after the session and a space, before a slash
_SESSION_FIRST_SERIES = re.compile(r"^\{session\} (?P<series>[A-Z]{1,6})/")


@dataclass(frozen=True)
class _Index:
    """`BodyRegistry`'s look-ups, made from ``bodies``: the first body of each symbol prefix
    (the one `by_symbol` gives of bodies sharing one), the longest prefix's length, and each
    body's children in order."""

    bodies: tuple[Body, ...]
    first_of_prefix: dict[str, Body]
    longest_prefix: int
    children: dict[str, tuple[Body, ...]]
    series: frozenset[str]  # `BodyRegistry.symbol_series`


@dataclass
class BodyRegistry:
    """All known bodies, with the look-ups extraction needs."""

    bodies: dict[str, Body] = field(default_factory=dict)
    graph: rdflib.Graph = field(default_factory=rdflib.Graph)
    # `by_symbol`'s and `children`'s indexes, with the bodies they were made from (`_index`)
    _kept_index: _Index | None = field(default=None, init=False, repr=False, compare=False)

    def __iter__(self) -> Iterator[Body]:
        return iter(self.bodies.values())

    def __len__(self) -> int:
        return len(self.bodies)

    def __contains__(self, key: object) -> bool:
        return key in self.bodies

    def get(self, key: str) -> Body | None:
        return self.bodies.get(key)

    def __getitem__(self, key: str) -> Body:
        return self.bodies[key]

    def children(self, key: str) -> list[Body]:
        return list(self._index().children.get(key, ()))

    def descends_from(self, key: str, ancestor: str) -> bool:
        """Whether ``ancestor`` is ``key``'s parent, or its parent's, and so on up (never ``key``
        itself); a parent the registry does not hold ends the climb."""
        seen: set[str] = set()
        parent = self.bodies[key].parent if key in self.bodies else None
        while parent is not None and parent not in seen:
            if parent == ancestor:
                return True
            seen.add(parent)
            parent = self.bodies[parent].parent if parent in self.bodies else None
        return False

    def symbol_series(self) -> frozenset[str]:
        """The symbol prefixes the bodies declare (`mg:symbolPrefix`): what symbol finding may
        read as a series even in a shape it has not seen ("WBO/C 182/6"); and, written
        "{session} EX", the series a body's numbering prints after the session and a space
        ("{session} EX/Decision {number}"): its documents are numbered so too ("229 EX/14", E249)."""
        return self._index().series


    def by_symbol(self, symbol: str) -> Body | None:
        """The body whose symbol prefix is the longest prefix of ``symbol`` (its author); a
        series numbered by meeting continues the prefix with a dot ("UNEP/MC/COP.7/19"), and a
        prefix of two letters or more may run on into its session ("EB158/3" of "EB"), or be
        followed by a space and its session, as FAO writes its series ("CL 182/9" of "CL"), or by a
        hyphen and its session ("IOC/A-34/RES" of "IOC/A")."""
        # Every reading starts ``symbol`` with the prefix: only the symbol's own beginnings are
        # looked up, longest first (a walk over every body per symbol before, ~500 bodies with
        # a user's reference files). Of bodies sharing a prefix the first in order is the one.
        index = self._index()
        for length in range(min(len(symbol), index.longest_prefix), 0, -1):
            body = index.first_of_prefix.get(symbol[:length])
            if body is not None and _prefixes(symbol, symbol[:length]):
                return body
        return None

    def _index(self) -> _Index:
        """The look-ups by symbol prefix and by parent, made again when the bodies are not the
        same objects as at the last call (a document's copy of the registry gains the bodies it
        creates, in place): comparing them is a C-level pass, walking them per question was not."""
        bodies = tuple(self.bodies.values())
        kept = self._kept_index
        if kept is not None and kept.bodies == bodies:
            return kept
        first_of_prefix: dict[str, Body] = {}
        children: dict[str, list[Body]] = {}
        for body in bodies:
            if body.symbol_prefix:
                first_of_prefix.setdefault(body.symbol_prefix, body)
            if body.parent is not None:
                children.setdefault(body.parent, []).append(body)
        longest = max(map(len, first_of_prefix), default=0)
        after_session = {
            f"{{session}} {m['series']}" for body in bodies for c in body.numbering if (m := _SESSION_FIRST_SERIES.match(c.template))
        }
        series = frozenset([*first_of_prefix, *after_session])
        self._kept_index = _Index(bodies, first_of_prefix, longest, {k: tuple(v) for k, v in children.items()}, series)
        return self._kept_index

    def issuer_for(self, key: str | None) -> str | None:
        """The body whose instruments a document of ``key`` means by a bare "resolution 7/1":
        ``key`` itself if it issues instruments, else its nearest ancestor that does (a
        working group's note cites the Conference's decisions; it adopts none of its own)."""
        seen: set[str] = set()
        while key is not None and key not in seen:
            body = self.bodies.get(key)
            if body is None:
                return None
            if body.issues_instruments:
                return key
            seen.add(key)
            key = body.parent
        return None

    def by_name(self, name: str) -> Body | None:
        """Exact (case- and space-insensitive) match on a preferred name or alias."""
        wanted = _normal(name)
        for body in self.bodies.values():
            if any(_normal(n) == wanted for n in body.names):
                return body
        return None

    def ntriples(self) -> str:
        """The reference data as N-Triples, IRIs resolved, for the store's reference graph."""
        return self.graph.serialize(format="nt")


def _named_blank_nodes(graph: rdflib.Graph, base_iri: str) -> rdflib.Graph:
    """The graph with each blank node (a numbering convention written ``[ ... ]``) named by an
    IRI made from what it says: a store relabels blank nodes at every load, and loading the
    same reference data twice must leave the same reference graph."""
    blank = {n for triple in graph for n in triple if isinstance(n, BNode)}
    if not blank:
        return graph
    names: dict[Node, URIRef] = {}
    for node in blank:
        said = sorted(f"{p.n3()} {o.n3() if not isinstance(o, BNode) else '[]'}" for p, o in graph.predicate_objects(node))
        held = sorted(f"{s.n3() if not isinstance(s, BNode) else '[]'} {p.n3()}" for s, p in graph.subject_predicates(node))
        digest = hashlib.sha256("\n".join(said + ["|"] + held).encode()).hexdigest()[:24]
        names[node] = URIRef(f"{base_iri}reference/{digest}")
    named = rdflib.Graph()
    for prefix, namespace in graph.namespaces():
        named.bind(prefix, namespace)
    for s, p, o in graph:
        named.add((names.get(s, s), p, names.get(o, o)))
    return named


# "EB158/3", "CL 182/9", and "IOC/A-34/RES": the session run on with a hyphen, as UNESCO's
# intergovernmental bodies write their series
_SESSION_RUN_ON = re.compile(r"(?: \d{1,4}|-?\d{1,3})/")
# "C-WP/16588": a series of papers hyphened to the prefix ("WP" working papers, "DEC" decisions'
# records), as ICAO's Council and Assembly print them
_HYPHENED_SERIES = re.compile(r"-[A-Z]{2,4}/\d")


_ROMAN_SESSION_RUN_ON = re.compile(r"\.[IVXL]{1,6}/")


def _prefixes(symbol: str, prefix: str) -> bool:
    """Whether ``prefix``, which ``symbol`` starts with, is the series of ``symbol`` (see
    `BodyRegistry.by_symbol`)."""
    return (
        symbol == prefix or symbol.startswith(prefix + "/")
        or symbol.startswith(prefix + ".") and symbol[len(prefix) + 1 : len(prefix) + 2].isdigit()
        # "NPT/CONF.2035/PC.II/15" of "NPT/CONF.2035/PC": the session in Roman numerals after the
        # dot, as a preparatory committee numbers its sessions (E265)
        or _ROMAN_SESSION_RUN_ON.match(symbol, len(prefix)) is not None
        or _HYPHENED_SERIES.match(symbol, len(prefix)) is not None and prefix[-1].isalpha()
        or (len(prefix) >= 2 or symbol[len(prefix) : len(prefix) + 1] == " ")
        and _SESSION_RUN_ON.match(symbol, len(prefix)) is not None
        and prefix[-1].isalpha()
    )


def _normal(text: str) -> str:
    return " ".join(text.lower().split())


def load_registry(base_iri: str, extra_paths: Iterable[Path] = ()) -> BodyRegistry:
    """Read the shipped reference data and any extra files or folders, in that order.

    A later file may add bodies or add names to a body already known.
    """
    files = list(ontology.reference_files())
    for path in extra_paths:
        path = Path(path)
        if path.is_dir():
            files.extend(sorted(path.glob("*.ttl")))
        elif path.exists():
            files.append(path)
        else:
            raise ReferenceDataError(f"{path}: reference data file not found")

    graph = rdflib.Graph()
    # The bodies read everywhere are the core's: a body first written in the shipped data read on
    # evidence (`ontology.on_evidence_reference_files`) or in a user's file is an added body, read
    # by its short name, abbreviation or series only where the document shows its organisation.
    shipped_count = len(ontology.core_reference_files())
    shipped: set[str] = set()
    for index, path in enumerate(files):
        if index == shipped_count:
            shipped = {str(key) for key in graph.objects(None, MG.key)}
        try:
            graph.parse(path, format="turtle", publicID=base_iri)
        except Exception as exc:  # rdflib raises many parser error types
            raise ReferenceDataError(f"{path}: not valid Turtle: {exc}") from exc
    if len(files) == shipped_count:
        shipped = {str(key) for key in graph.objects(None, MG.key)}
    graph = _named_blank_nodes(graph, base_iri)
    bodies = _with_named_numbering(graph, _bodies_from(graph, base_iri, frozenset(shipped)))
    return BodyRegistry(bodies=_with_short_names_of_their_parent(bodies), graph=graph)


def _first(graph: rdflib.Graph, node: Node, predicate: rdflib.URIRef) -> Node | None:
    """The value of ``predicate`` on ``node``, the first in sort order when files give several
    (the same answer in every process, unlike ``graph.value``)."""
    values = sorted(graph.objects(node, predicate), key=lambda value: (str(type(value)), str(value)))
    return values[0] if values else None


def _bodies_from(graph: rdflib.Graph, base_iri: str, shipped: frozenset[str]) -> dict[str, Body]:
    keys: dict[Node, str] = {}
    for node, key_literal in graph.subject_objects(MG.key):
        keys[node] = str(key_literal)
    bodies: dict[str, Body] = {}
    # In key order: the order of a parsed graph is its hash order, which changes per process,
    # and ties between bodies (a shared short name or symbol prefix) must not.
    for node, key in sorted(keys.items(), key=lambda item: item[1]):
        names = sorted(str(label) for label in graph.objects(node, SKOS.prefLabel))
        if not names:
            raise ReferenceDataError(f"body {key!r} has no skos:prefLabel")
        expected = f"{base_iri}body/{key}"
        if str(node) != expected:
            raise ReferenceDataError(f"body {key!r} must be written <body/{key}>, found <{node}>")
        parent_node = _first(graph, node, ORG.subOrganizationOf)
        short = _first(graph, node, MG.shortName)
        prefix = _first(graph, node, MG.symbolPrefix)
        term = _first(graph, node, MG.gatheringTerm)
        issues = _first(graph, node, MG.issuesInstruments)
        # A user's file may give a shipped body another preferred label (rdflib merges both):
        # the first in sort order names it, the others are its aliases, so every run of the same
        # files reads the same body (graph.value would pick by hash order, which varies per process).
        name, other_names = names[0], names[1:]
        bodies[key] = Body(
            key=key,
            name=name,
            aliases=tuple(sorted({str(a) for a in graph.objects(node, SKOS.altLabel)} | set(other_names))),
            short_name=str(short) if short is not None else None,
            symbol_prefix=str(prefix) if prefix is not None else None,
            parent=keys.get(parent_node) if parent_node is not None else None,
            gathering_term=_gathering_term(key, term),
            issues_instruments=bool(issues.toPython()) if isinstance(issues, Literal) else False,
            numbering=_numbering(graph, node, key),
            numbering_in_gathering=_numbering(graph, node, key, in_gathering=True),
            added=key not in shipped,
        )
    return bodies


def _with_named_numbering(graph: rdflib.Graph, bodies: dict[str, Body]) -> dict[str, Body]:
    """Bodies with the numbering conventions that name them rather than hang on them: a
    convention of a well-known body ("WHA{session}.{number}") ships without the body itself,
    and applies to whichever body a reference file defines under that name (mg:numberingOfBodyNamed)
    or with that symbol prefix (mg:numberingOfSeries); a convention naming no known body waits
    for the file that adds it."""
    named: dict[str, list[InstrumentNumbering]] = {}
    for convention in set(graph.subjects(MG.numberingOfBodyNamed, None)) | set(graph.subjects(MG.numberingOfSeries, None)):
        names = {_normal(str(n)) for n in graph.objects(convention, MG.numberingOfBodyNamed)}
        series = {str(p) for p in graph.objects(convention, MG.numberingOfSeries)}
        label = ", ".join(sorted(names | series))
        numbering = _convention(graph, convention, label)
        for body in bodies.values():
            if series & {body.symbol_prefix} or names & {_normal(n) for n in body.names}:
                named.setdefault(body.key, []).append(numbering)
    return {
        key: replace(body, numbering=tuple(sorted({*body.numbering, *named[key]}, key=lambda c: c.template)))
        if key in named else body
        for key, body in bodies.items()
    }


# "Evaluation Office" of "Evaluation Office of UNICEF" / "UNICEF Evaluation Office": a name of
# capitalised words, two at least, left of " of (the) <parent>" or right of "<parent> "
_CAPITALISED_WORDS = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)+")


def _with_short_names_of_their_parent(bodies: dict[str, Body]) -> dict[str, Body]:
    """Bodies a file gives no short name whose name is a short form and their parent's name ("Evaluation
    Office of UNICEF", "UNICEF Evaluation Office") with that form as their short name: once the document
    has named the organization, "Requests UNICEF and its Evaluation Office", "requested the Evaluation
    Office" name its office, as an organization's own documents call it (E268). A form some body is
    already called by (a name, or a short name the data gives) is not taken; two offices of the same
    form (UNICEF's and UNFPA's) share it as a short name, which the context decides
    (`loaders.extract.resolve.Scope`)."""
    taken = {_normal(n) for body in bodies.values() for n in (*body.names, body.short_name or "") if n}
    implied: dict[str, str] = {}
    for body in bodies.values():
        parent = bodies.get(body.parent or "")
        if parent is None or body.short_name:
            continue
        parents = [" ".join(n.split()) for n in (*parent.names, parent.short_name or "") if n]
        for name in (" ".join(n.split()) for n in body.names):
            for of in parents:
                for form in (name.removesuffix(f" of the {of}"), name.removesuffix(f" of {of}"), name.removeprefix(f"{of} ")):
                    if form != name and _CAPITALISED_WORDS.fullmatch(form) and _normal(form) not in taken:
                        implied.setdefault(body.key, form)
    return {key: replace(body, short_name=implied[key]) if key in implied else body for key, body in bodies.items()}


def _numbering(graph: rdflib.Graph, node: Node, key: str, in_gathering: bool = False) -> tuple[InstrumentNumbering, ...]:
    """The body's numbering conventions (mg:instrumentNumbering) that print the session, or
    (``in_gathering``) those that print none ("Decision on Agenda Item {number}"), which only a
    body holding gatherings (mg:gatheringTerm) may write: the session is the gathering the
    document is of, or the one named after the number."""
    conventions = [_convention(graph, c, f"body {key!r}", session_optional=True) for c in graph.objects(node, MG.instrumentNumbering)]
    chosen = [c for c in conventions if in_gathering is not bool(_SESSION_PLACEHOLDER.search(c.template))]
    if in_gathering and chosen and graph.value(node, MG.gatheringTerm) is None:
        raise ReferenceDataError(
            f"body {key!r}: a numbering convention without {{session}} ({chosen[0].template!r}) numbers"
            " instruments within one of the body's gatherings, so the body needs an mg:gatheringTerm"
            " (\"session\" or \"meeting\"); or write the session into the template"
        )
    return tuple(sorted(chosen, key=lambda c: c.template))


# "{session}", or "{session:SSA}" for a session written with a special session's prefix.
_SESSION_PLACEHOLDER = re.compile(r"\{session(?::[A-Za-z-]+)?\}")
# A template without a session must open with a word before its number ("Decision {number}",
# "Decision on Agenda Item {number}"): a bare "{number}" would take every figure of a text
_NO_SESSIONLESS_TEXT = re.compile(r"^[^A-Za-z]*\{number\}|\{session")


def _convention(graph: rdflib.Graph, convention: Node, owner: str, session_optional: bool = False) -> InstrumentNumbering:
    """One numbering convention: a template that must say where the session and the number
    are, and the kind of instrument it numbers (``owner`` names it in an error). A body's own
    convention (``session_optional``) may leave the session out: its numbers count within one
    gathering ("Decision on Agenda Item {number}")."""
    template = graph.value(convention, MG.numberTemplate)
    kind = graph.value(convention, MG.instrumentKind)
    if template is None or "{number}" not in str(template) or not (
        session_optional and _NO_SESSIONLESS_TEXT.search(str(template)) is None or _SESSION_PLACEHOLDER.search(str(template))
    ):
        raise ReferenceDataError(
            f"{owner}: each numbering convention needs an mg:numberTemplate with {{session}} and"
            f" {{number}} in it (a body's own convention may leave {{session}} out when its numbers"
            f" count within one gathering, \"Decision on Agenda Item {{number}}\", if it has words"
            f" before the number), found {str(template) if template is not None else 'none'!r}"
        )
    try:
        return InstrumentNumbering(str(template), instrument_kind(str(kind)))
    except ValueError:
        raise ReferenceDataError(
            f"{owner}: mg:instrumentKind of {str(template)!r} must be \"resolution\" or \"decision\","
            f" found {str(kind) if kind is not None else 'none'!r}"
        ) from None


def _gathering_term(key: str, term: Node | None) -> GatheringKind | None:
    """What the body's gatherings are called, which must be one of the kinds the model knows."""
    if term is None:
        return None
    try:
        return gathering_kind(str(term))
    except ValueError:
        raise ReferenceDataError(
            f"body {key!r}: mg:gatheringTerm must be \"session\" or \"meeting\", found {str(term)!r}"
        ) from None

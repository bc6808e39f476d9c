"""The values a collection's list is sorted by, kept per named graph, so that after a write
the sort re-reads the graphs written and not the store.

A collection's members are the IRIs with one of its types; each member's sort key is made
from its own values of a few predicates (`graph.entities.SORT_VALUES`): one hop from the
member, so every value is a quad of the member in some named graph. `SortParts` keeps, for
each named graph, the members typed in it and the values of members that it holds. After a
write to the graphs T (`graph.store` says which):

- the parts of T are read again (their types; their values of members of the store as it is
  now);
- the members new to the list (typed in T only now) have their values in the other graphs
  read too (those graphs' parts left them out while they were not members);
- a member no longer typed anywhere drops out when the parts are combined.

The list is then the combination of every part, sorted in Python (a fraction of a second for
85,000 instruments, where reading their values from a 10 M-triple store takes 12 s). Kept
beside the store under its revision (`graph.generations.Saved.update`), so the first start
after a `mandates load` reads only what the load wrote.

Only when the default graph is empty (every quad in a named graph, as this project writes
them); otherwise the parts say so (``complete`` false) and are read whole after any write.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import cached_property
from typing import AbstractSet as Set, Any, Callable, Iterable, Mapping, Sequence

import pyoxigraph as ox

from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.store.oxigraph import OxigraphStore

SortTerm = ox.NamedNode | ox.Literal | ox.BlankNode
# A term as kept: kind ("i" IRI, "l" literal, "b" blank node), its text, and a literal's
# datatype IRI or "@" and its language.
Encoded = tuple[str, str, str]
Row = tuple[str, Encoded]  # (the value's kind of key: "t" for a type, else SORT_VALUES' name, term)
# Members' IRIs per VALUES clause (a longer text is slower to parse than to split).
BATCH = 2000


def encode(term: SortTerm) -> Encoded:
    if isinstance(term, ox.NamedNode):
        return ("i", term.value, "")
    if isinstance(term, ox.BlankNode):
        return ("b", term.value, "")
    return ("l", term.value, f"@{term.language}" if term.language else term.datatype.value)


def decode(encoded: Sequence[str]) -> SortTerm:
    kind, value, extra = encoded
    if kind == "i":
        return ox.NamedNode(value)
    if kind == "b":
        return ox.BlankNode(value)
    if extra.startswith("@"):
        return ox.Literal(value, language=extra[1:])
    return ox.Literal(value, datatype=ox.NamedNode(extra))


@dataclass(frozen=True)
class SortParts:
    """Per named graph, member -> its rows in that graph (see the module docstring). Never
    changed once made: `updated` makes a new one sharing the unchanged graphs' parts."""

    graphs: Mapping[str, Mapping[str, tuple[Row, ...]]]
    complete: bool = True
    order: tuple[str, ...] = ()  # the members, sorted

    @cached_property
    def _members(self) -> frozenset[str]:
        return frozenset(s for part in self.graphs.values() for s, rows in part.items() if any(k == "t" for k, _ in rows))

    def members(self) -> frozenset[str]:
        return self._members

    def values(self, of: Set[str] | None = None) -> dict[str, dict[str, list[SortTerm]]]:
        """Each member's values by kind (of the members ``of`` only, when given), as
        `graph.entities.EntityReader._sorted_members` reads them."""
        members = self.members() if of is None else of
        found: dict[str, dict[str, dict[Encoded, None]]] = {s: {} for s in members}
        for part in self.graphs.values():
            for s in (part if of is None or len(part) < len(of) else of):
                rows = part.get(s)
                if rows and s in members:
                    for k, term in rows:
                        found[s].setdefault(k, {})[term] = None
        return {s: {k: [decode(t) for t in terms] for k, terms in kinds.items()} for s, kinds in found.items()}

    def to_json(self) -> dict[str, Any]:
        return {"complete": self.complete, "order": list(self.order),
                "graphs": {g: {s: [[k, *t] for k, t in rows] for s, rows in part.items()} for g, part in self.graphs.items()}}

    @classmethod
    def from_json(cls, saved: dict[str, Any]) -> "SortParts":
        return cls({g: {s: tuple((k, (a, b, c)) for k, a, b, c in rows) for s, rows in part.items()}
                    for g, part in saved["graphs"].items()}, bool(saved["complete"]), tuple(saved["order"]))


@dataclass(frozen=True)
class SortSpec:
    """A collection's types and the paths of its sort values (SPARQL, with the store's prefixes)."""

    types: tuple[str, ...]
    paths: tuple[tuple[str, str], ...]
    key_of: Callable[[Mapping[str, list[SortTerm]]], tuple[Any, ...]]

    def _types(self) -> str:
        return "VALUES ?t { " + " ".join(f"<{t}>" for t in self.types) + " }"

    def _read(self, store: GraphStore, graph: str | None = None, subjects: Sequence[str] = ()) -> dict[str, dict[str, list[Row]]]:
        """Rows (graph -> member -> rows): the types, and the values of the members of the
        store as it is now; in ``graph`` only (else every named graph); of ``subjects`` only
        (else of every member; the subjects' types are not read then). Each branch names its
        graph or subjects itself: a VALUES outside the UNION would be joined after it, each
        branch reading the whole store first."""
        where = f"GRAPH <{graph}>" if graph is not None else "GRAPH ?g"
        bind = f"BIND(<{graph}> AS ?g)" if graph is not None else ""
        if subjects:
            pick = "VALUES ?s { " + " ".join(f"<{s}>" for s in subjects) + " }"
            branches = [f"{{ {pick} {where} {{ ?s {path} ?v }} BIND(\"{kind}\" AS ?k) {bind} }}" for kind, path in self.paths]
        else:
            # In one graph, its values of any subject (few), kept for the members below; in
            # every graph, the members' values (the join is the cheaper way round there).
            member = f"{self._types()} ?s a ?t FILTER(isIRI(?s))" if graph is None else "FILTER(isIRI(?s))"
            branches = [f"{{ {where} {{ {self._types()} ?s a ?t }} FILTER(isIRI(?s)) BIND(\"t\" AS ?k) BIND(?t AS ?v) {bind} }}"]
            branches += [f"{{ {where} {{ ?s {path} ?v }} {member} BIND(\"{kind}\" AS ?k) {bind} }}" for kind, path in self.paths]
        found: dict[str, dict[str, list[Row]]] = {}
        result = store.query(f"SELECT DISTINCT ?g ?s ?k ?v WHERE {{ {' UNION '.join(branches)} }}")
        assert isinstance(result, ox.QuerySolutions)
        for g, s, k, v in result:
            if isinstance(v, (ox.NamedNode, ox.Literal, ox.BlankNode)) and isinstance(s, ox.NamedNode):
                found.setdefault(g.value, {}).setdefault(s.value, []).append((k.value, encode(v)))
        if graph is not None and not subjects:  # only the members' values
            part = found.get(graph, {})
            members = self._members_among(store, [s for s, rows in part.items() if all(k != "t" for k, _ in rows)])
            for s in [s for s, rows in part.items() if s not in members and all(k != "t" for k, _ in rows)]:
                del part[s]
        return found

    def _members_among(self, store: GraphStore, subjects: list[str]) -> set[str]:
        """Those of ``subjects`` that have one of the types in some graph."""
        found: set[str] = set()
        for batch in _batches(subjects):
            pick = "VALUES ?s { " + " ".join(f"<{s}>" for s in batch) + " }"
            result = store.query(f"SELECT DISTINCT ?s WHERE {{ {pick} {self._types()} ?s a ?t }}")
            assert isinstance(result, ox.QuerySolutions)
            found.update(row[0].value for row in result)
        return found

    def compute(self, store: GraphStore) -> SortParts:
        """The parts of every named graph (read from the whole store)."""
        if not _default_graph_empty(store):  # quads outside the named graphs: sort from the union instead
            return SortParts({}, complete=False)
        read = self._read(store)
        parts = SortParts({g: {s: tuple(rows) for s, rows in part.items()} for g, part in read.items()})
        values = parts.values()
        return replace(parts, order=tuple(sorted(values, key=lambda iri: (*self.key_of(values[iri]), iri))))

    def update(self, store: GraphStore, parts: SortParts, graphs: set[str]) -> SortParts:
        """The parts after a write to ``graphs`` (see the module docstring)."""
        if not parts.complete or not _default_graph_empty(store):
            return self.compute(store)
        kept = {g: part for g, part in parts.graphs.items() if g not in graphs}
        for graph in sorted(graphs):
            for g, part in self._read(store, graph).items():
                kept[g] = {s: tuple(rows) for s, rows in part.items()}
        new = SortParts(kept).members() - parts.members()
        for batch in _batches(sorted(new)):
            # Their values in the graphs not read again (a type in them would have made them members before).
            for g, part in self._read(store, subjects=batch).items():
                if g in graphs:
                    continue
                merged = dict(kept.get(g, {}))
                for s, rows in part.items():
                    merged[s] = tuple(dict.fromkeys((*merged.get(s, ()), *rows)))
                kept[g] = merged
        return self._ordered(parts, SortParts(kept), graphs, new)

    def _ordered(self, old: SortParts, parts: SortParts, graphs: set[str], new: Set[str]) -> SortParts:
        """``parts`` with their order: the old order without the members whose values were in
        the graphs written, and those members put back in their place (bisection: a key for
        a few dozen members each); sorted whole when they are many."""
        changed = set(new)
        for graph in graphs:
            changed.update(old.graphs.get(graph, ()))
            changed.update(parts.graphs.get(graph, ()))
        members = parts.members()
        kept = [m for m in old.order if m not in changed and m in members]
        placed = sorted(changed & members)
        if len(placed) * 8 > len(kept) or len(kept) + len(changed) < len(members):
            values = parts.values()
            return replace(parts, order=tuple(sorted(values, key=lambda iri: (*self.key_of(values[iri]), iri))))
        keys: dict[str, tuple[Any, ...]] = {}

        def key(iri: str) -> tuple[Any, ...]:
            if iri not in keys:
                keys[iri] = (*self.key_of(parts.values({iri}).get(iri, {})), iri)
            return keys[iri]

        order: list[str] = []
        at = 0
        for iri in sorted(placed, key=key):
            to = bisect_left(kept, key(iri), lo=at, key=key)
            order.extend(kept[at:to])
            order.append(iri)
            at = to
        order.extend(kept[at:])
        return replace(parts, order=tuple(order))



def _default_graph_empty(store: GraphStore) -> bool:
    native = store._store if isinstance(store, OxigraphStore) else None
    if native is None:
        return False
    return next(iter(native.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is None


def _batches(items: Iterable[str]) -> Iterable[list[str]]:
    batch: list[str] = []
    for item in items:
        batch.append(item)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch

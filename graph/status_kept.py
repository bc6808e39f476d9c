"""Every mandate's status kept per store generation, beside an on-disk store across restarts,
and brought up to date after a write from the named graphs the write touched.

`compute_statuses` reads the whole store (56 s of CPU at 10 M triples). A status depends on
other documents' facts (the reports pursuant to its instrument, the meetings of its
addressee, later instruments of its issuer), so it cannot be split by named graph the way the
sort values are (`graph.sort_parts`). Instead each status keeps its *trace*: the IRIs whose
facts its rules looked up (`graph.status._Graph`: every lookup is keyed by one IRI, and is
traced whether it found something or not). A write can change a status only by adding or
removing a quad whose subject or object is one of those IRIs. So after a write to the graphs
T (`graph.store` says which; `graph.status_rows` passes them):

- the IRIs *changed* are those with a quad in T before the write (kept per graph: the traced
  IRIs each graph holds, ``graph_keys``) or after it (read from T), with, for the evidence
  nodes among them, the subject they are evidence for (an evidence node's quote may be in T
  and its ``rdf:subject`` elsewhere);
- the mandates to recompute are those whose trace holds a changed IRI, the changed IRIs that
  are mandates now (new ones), and every mandate of the addressees of those (a new mandate
  may renew them);
- those are recomputed by the same rules on the facts around them only (`read_around`: a few
  queries by ``VALUES``), the others kept as they are.

When more than a third of the mandates are to be recomputed, or the graphs written are not
known (a user's SPARQL Update, a bulk load of an N-Quads file), everything is computed from the
whole store: never a stale status. `tests/graph/test_status_kept.py` checks the kept
statuses against `compute_statuses` after each kind of write.

Kept in an SQLite file beside the store, one row per status and the traces in an indexed
table (`graph.status_rows`): `update` asks the file what it needs by IRI (`Kept`) and says
what changed (`StatusChange`), so nothing is read back whole, after a restart or a load.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Protocol

import pyoxigraph as ox

from mandate_graph.graph import status as rules
from mandate_graph.graph import subject_quads, whole_store_reads
from mandate_graph.graph.lineage import select_all
from mandate_graph.graph.member_values import batches
from mandate_graph.graph.namespaces import MG, RDF
from mandate_graph.graph.sparql_results import text
from mandate_graph.graph.store import GraphStore
from mandate_graph.graph.subject_quads import QuadSource
from mandate_graph.ontology import relations as relation_table

log = logging.getLogger(__name__)

# Past this share of the mandates to recompute, the whole store is read instead (the
# restricted reads cost more per mandate).
WHOLE_STORE_SHARE = 1 / 3
# IRIs per VALUES clause.
BATCH = 1000
# What the last `update` did (for tests and benchmarks): graphs written, IRIs changed,
# mandates recomputed, and whether the whole store was read instead.
last_update: dict[str, int] = {}


def addressee_holder(body: str) -> str:
    """The name a trace of an addressee's mandates is kept under (an IRI never starts with "@")."""
    return "@" + body


@dataclass
class KeptStatuses:
    """The statuses (sorted by IRI), the traces (of each mandate, under its IRI; of the
    renewal rule's reading of each addressee's mandates, under `addressee_holder`), and per
    named graph the traced IRIs it holds: what a whole-store computation gives, and what
    `graph.status_rows` keeps in its file."""

    items: list[rules.MandateStatus]
    traces: dict[str, frozenset[str]]
    graph_keys: dict[str, frozenset[str]]


class Kept(Protocol):
    """What `update` asks of the statuses kept (`graph.status_rows.StatusRows` answers from
    its file, by index: nothing is loaded whole)."""

    def mandate_count(self) -> int: ...

    def keys_of_graphs(self, graphs: Iterable[str]) -> set[str]:
        """The traced IRIs the graphs held (``graph_keys``)."""
        ...

    def holders_tracing(self, iris: Iterable[str]) -> set[str]:
        """The holders (mandates, `addressee_holder`s) whose trace holds one of ``iris``."""
        ...

    def mandates_addressed_to(self, bodies: Iterable[str]) -> set[str]: ...

    def addressees_of(self, mandates: Iterable[str]) -> set[str]: ...

    def traces_of(self, holders: Iterable[str]) -> dict[str, frozenset[str]]: ...


@dataclass
class StatusChange:
    """What a write changed in the statuses kept (`update`): the mandates whose statuses go
    (``removed``: those recomputed, gone from the store or not) and the statuses they have now
    (``items``); the traces that go (``gone``) and the new ones (``traces``); per graph
    written, the traced IRIs it holds now (``graph_keys``: empty, none); per graph not
    written, the IRIs traced for the first time that it holds (``added_keys``); the IRIs the
    write changed (``changed``: the tracker's labels of those are read again,
    `graph.tracker_table`). Or, when the whole store was read instead, all of it (``whole``)."""

    removed: set[str] = field(default_factory=set)
    items: list[rules.MandateStatus] = field(default_factory=list)
    gone: set[str] = field(default_factory=set)
    traces: dict[str, frozenset[str]] = field(default_factory=dict)
    graph_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    added_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    whole: KeptStatuses | None = None
    changed: set[str] = field(default_factory=set)  # the IRIs the write changed (their labels may have)


# ------------------------------------------------------------------------------ reading the store


def _is_iri(value: str) -> bool:
    """Whether ``value`` can be written as ``<value>`` (a blank node's label, say, cannot)."""
    return ":" in value and _NOT_IN_IRIS.isdisjoint(value)


_NOT_IN_IRIS = frozenset('<>"{}|\\^` \t\n\r')


def _values(var: str, iris: Iterable[str]) -> str:
    return f"VALUES ?{var} {{ " + " ".join(f"<{x}>" for x in iris if _is_iri(x)) + " }"


def _select(store: GraphStore, query: str, var: str, iris: Iterable[str]) -> list[ox.QuerySolution]:
    """``query`` (with ``{values}`` where the VALUES clause goes) for ``iris``, in batches."""
    found: list[ox.QuerySolution] = []
    for batch in batches(sorted(set(iris)), BATCH):
        found.extend(select_all(store, query.replace("{values}", _values(var, batch))))
    return found


_MANDATES_OF = """
SELECT DISTINCT ?m ?inst ?addr ?action ?due ?label WHERE {
  {values}
  ?m a mg:Mandate ; mg:instrument ?inst ; mg:addressee ?addr ; mg:action ?action .
  OPTIONAL { ?m mg:dueAt ?due }
  OPTIONAL { ?m rdfs:label ?label }
}
"""
_TASKS_OF = "SELECT DISTINCT ?m ?task WHERE { {values} ?m a mg:Mandate ; mg:task ?task }"
_EVIDENCE_NODES_OF = "SELECT DISTINCT ?m ?ev WHERE { {values} ?m a mg:Mandate ; mg:evidence ?ev }"
# Which IRIs are mandates at all, before reading them (one cheap query instead of three over
# every IRI a write changed: 1,600 after `mandates load corpus/` at 1 M).
_TYPED_MANDATES = "SELECT DISTINCT ?m WHERE { {values} ?m a mg:Mandate }"
_MANDATES_ADDRESSED_TO = "SELECT DISTINCT ?m WHERE { {values} ?m a mg:Mandate ; mg:addressee ?addr }"

# Links by relation, into or out of the IRIs of the VALUES clause (``?o`` or ``?s``).
_LINKS = "SELECT DISTINCT ?s ?p ?o WHERE { {values} VALUES ?p { %s } ?s ?p ?o }"
def _restricted(query: str) -> str:
    """A whole-store query of the status rules with a ``{values}`` slot at the top of its
    pattern: the same rows, for the IRIs given only (so the two readings cannot drift apart)."""
    head, brace, rest = query.partition("WHERE {")
    return f"{head}{brace}\n  {{values}}{rest}"


_GATHERINGS = _restricted(rules._GATHERINGS)
_INSTRUMENTS = _restricted(rules._INSTRUMENTS)
# The relations in a FILTER: as a second VALUES block, Oxigraph joins the two blocks first and
# reads every evidence node of those relations (3.3 s at 1 M triples, against milliseconds).
_EVIDENCE = """
SELECT DISTINCT ?ev ?s ?p ?o ?doc ?quote ?paragraph WHERE {
  {values}
  ?ev rdf:subject ?s ; rdf:predicate ?p .
  FILTER(?p IN (%s))
  ?ev rdf:object ?o ; mg:document ?doc ; mg:quote ?quote .
  OPTIONAL { ?ev mg:paragraph ?paragraph }
}
""" % relation_table.sparql_in(rules._EVIDENCE_RELATIONS)


def _links(*relations: str) -> str:
    return _LINKS % relation_table.sparql_values(relation_table.relations(relations))


def read_around(store: GraphStore, rows: Mapping[str, rules._MandateRow]) -> rules._Graph:
    """The facts the rules read for the mandates ``rows`` (each addressee's mandates all in
    it): the same facts `_Graph.read_all` has about them, read by ``VALUES`` in a few rounds
    (mandates -> their instruments, due sessions and addressees -> the documents and
    gatherings linked to those -> the endorsing instruments -> instruments' dates and the
    evidence of every link followed)."""
    g = rules._Graph()
    instruments = {r.instrument for r in rows.values()}
    dues = {r.due for r in rows.values() if r.due}
    # Round 1: documents made pursuant to the instruments or submitted to the due sessions,
    # what was adopted at those sessions, and the addressees' gatherings.
    g.add_links(_select(store, _links("pursuantTo"), "o", instruments))
    g.add_links(_select(store, _links("submittedTo", "adoptedAt"), "o", dues))
    g.add_gatherings(_select(store, _GATHERINGS, "body", {r.addressee for r in rows.values()}))
    documents = {s for (s, p) in g.out if p in ("pursuantTo", "submittedTo")}
    meetings = set(g.gatherings)
    # Round 2: what the documents report and who wrote them; who endorses the meetings.
    g.add_links(_select(store, _links("reportOf", "author"), "s", documents))
    g.add_links(_select(store, _links("endorses"), "o", meetings))
    reported = {o for (s, p), objects in g.out.items() if p == "reportOf" for o in objects}
    g.add_gatherings(_select(store, _GATHERINGS, "g", reported - meetings))
    endorsing = {s for (s, p) in g.out if p == "endorses"}
    # Round 3: the instruments' issuers, sessions and dates.
    every_instrument = instruments | endorsing
    g.add_links(_select(store, _links("adoptedAt"), "s", every_instrument))
    g.add_instruments(_select(store, _INSTRUMENTS, "inst", every_instrument))
    # Round 4: the evidence of every link the rules may show, and of the mandates themselves.
    g.add_evidence(_select(store, _EVIDENCE, "s", documents | endorsing | meetings | reported))
    g.add_evidence(_select(store, _EVIDENCE, "ev", {ev for r in rows.values() for ev in r.evidence_nodes}))
    return g


def read_rows(store: GraphStore, mandates: Iterable[str]) -> dict[str, rules._MandateRow]:
    """The mandates among ``mandates``, as `rules.read_all_rows` reads them."""
    mandates = set(mandates)
    return rules._read_rows(_select(store, _MANDATES_OF, "m", mandates), _select(store, _TASKS_OF, "m", mandates),
                            _select(store, _EVIDENCE_NODES_OF, "m", mandates))


_IRIS_IN_GRAPH = """
SELECT DISTINCT ?x WHERE {
  { GRAPH <%s> { ?x ?p ?o } FILTER(isIRI(?x)) } UNION { GRAPH <%s> { ?s ?p ?x } FILTER(isIRI(?x)) }
}
"""
# The predicates the rules follow *into* an IRI they look up (the reports pursuant to an
# instrument, the meetings of a body, the mandates of an addressee, the evidence about a
# subject); every other lookup reads the IRI's own quads. So a graph can change what a lookup
# of an IRI finds only by a quad of which the IRI is the subject, or the object of one of these.
_INCOMING = (*(str(r.iri) for r in rules._LINK_RELATIONS), str(MG.meetingOf), str(MG.addressee),
             str(RDF.subject), str(RDF.object))
_SUBJECTS_BY_GRAPH = "SELECT DISTINCT ?g ?x WHERE { GRAPH ?g { ?x ?p ?o } FILTER(isIRI(?x)) }"
_OBJECTS_BY_GRAPH = "SELECT DISTINCT ?g ?x WHERE { VALUES ?p { %s } GRAPH ?g { ?s ?p ?x } FILTER(isIRI(?x)) }" % (
    " ".join(f"<{p}>" for p in _INCOMING))
_GRAPHS_OF = """
SELECT DISTINCT ?g ?x WHERE {
  {values}
  { GRAPH ?g { ?x ?p ?o } } UNION { VALUES ?p { %s } GRAPH ?g { ?s ?p ?x } }
}
""" % " ".join(f"<{p}>" for p in _INCOMING)
_EVIDENCE_SUBJECTS = "SELECT DISTINCT ?s WHERE { {values} ?x rdf:subject ?s FILTER(isIRI(?s)) }"


def _iris_in(store: GraphStore, graph: str) -> set[str]:
    """Every IRI with a quad in ``graph`` (as its subject or object)."""
    return {str(text(r, "x")) for r in select_all(store, _IRIS_IN_GRAPH % (graph, graph))}


def _iris_in_quads(reads: QuadSource, graph: str) -> set[str]:
    """`_iris_in` from the graph's quads, read whole through ``reads``: the search index and
    the lineage view read the same graph next (`graph.subject_quads`), and a SPARQL ``UNION``
    of two ``DISTINCT`` patterns costs more than the quads (1.8 CPU s after a 3.6 MB load)."""
    name = ox.NamedNode(graph) if graph else ox.DefaultGraph()
    quads = reads.quads_for_pattern(None, None, None, name)
    if isinstance(reads, subject_quads.SubjectQuads) and isinstance(name, ox.NamedNode):
        kept = reads.iris_in(name)  # (found when the quads were kept)
        if kept is not None:
            return set(kept)
    found: set[str] = set()
    for quad in quads:
        if isinstance(quad.subject, ox.NamedNode):
            found.add(quad.subject.value)
        if isinstance(quad.object, ox.NamedNode):
            found.add(quad.object.value)
    return found


_RDF_SUBJECT, _RDF_TYPE, _MANDATE = ox.NamedNode(str(RDF.subject)), ox.NamedNode(str(RDF.type)), ox.NamedNode(str(MG.Mandate))


def _evidence_subjects(store: GraphStore, native: QuadSource | None, iris: Iterable[str]) -> set[str]:
    """The IRIs that the nodes among ``iris`` are evidence for (``?x rdf:subject ?s``): one
    index lookup per IRI in the embedded store (through the shared reader after a load: the
    nodes of the graphs written are answered from their quads, `graph.subject_quads`), by
    ``VALUES`` otherwise."""
    if native is None:
        return {str(text(r, "s")) for r in _select(store, _EVIDENCE_SUBJECTS, "x", iris)}
    found: set[str] = set()
    for x in iris:
        if _is_iri(x):
            for quad in native.quads_for_pattern(ox.NamedNode(x), _RDF_SUBJECT, None, None):
                if isinstance(quad.object, ox.NamedNode):
                    found.add(quad.object.value)
    return found


def _typed_mandates(store: GraphStore, native: QuadSource | None, iris: Iterable[str]) -> set[str]:
    """Those of ``iris`` that are mandates (``?m a mg:Mandate``), as `_evidence_subjects` reads."""
    if native is None:
        return {str(text(r, "m")) for r in _select(store, _TYPED_MANDATES, "m", iris)}
    return {x for x in iris if _is_iri(x) and next(iter(native.quads_for_pattern(ox.NamedNode(x), _RDF_TYPE, _MANDATE, None)), None)}


def _graphs_holding(store: GraphStore, iris: Iterable[str]) -> dict[str, set[str]]:
    """Per named graph, those of ``iris`` with a quad in it that a lookup of theirs reads
    (`_INCOMING`), by ``VALUES`` (for a few IRIs: those traced for the first time by an update)."""
    found: dict[str, set[str]] = {}
    for r in _select(store, _GRAPHS_OF, "x", iris):
        found.setdefault(str(text(r, "g")), set()).add(str(text(r, "x")))
    return found


def _graph_keys(store: GraphStore, traced: set[str]) -> dict[str, frozenset[str]]:
    """Per named graph, the traced IRIs with a quad in it that a lookup of theirs reads: two
    passes over the store (for 51,000 traced IRIs at 1 M triples, quicker than by ``VALUES``
    or than the store's indexes IRI by IRI, 3-4x slower both)."""
    found: dict[str, set[str]] = {}
    for query in (_SUBJECTS_BY_GRAPH, _OBJECTS_BY_GRAPH):
        for r in select_all(store, query):
            x = str(text(r, "x"))
            if x in traced:
                found.setdefault(str(text(r, "g")), set()).add(x)
    return {g: frozenset(keys) for g, keys in found.items()}


def _traced_statuses(g: rules._Graph, rows: Mapping[str, rules._MandateRow], which: Iterable[str],
                     intern: dict[str, str]) -> tuple[list[rules.MandateStatus], dict[str, frozenset[str]]]:
    """The statuses of the mandates ``which`` (keys of ``rows``), their traces and those of
    every addressee in ``rows`` (IRIs shared through ``intern``: traces repeat the same IRIs)."""
    targets = rules.by_addressee(rows)
    items, traces = [], {}
    for m in which:
        g.trace = set()
        items.append(rules.status_of(g, m, rows, targets))
        traces[m] = frozenset(intern.setdefault(k, k) for k in g.trace)
    for body in targets:
        g.trace = set()
        rules.addressee_context(g, body, rows, targets)
        traces[addressee_holder(body)] = frozenset(intern.setdefault(k, k) for k in g.trace)
    g.trace = None
    return items, traces


def compute_kept(store: GraphStore) -> KeptStatuses:
    """Every mandate's status from the whole store, with the traces and graph keys that let
    `update` bring them up to date after a write."""
    g = rules._Graph().read_all(store)
    rows = rules.read_all_rows(store)
    items, traces = _traced_statuses(g, rows, rows, {})
    items.sort(key=lambda s: s.iri)
    traced: set[str] = set().union(*traces.values())
    return KeptStatuses(items, traces, _graph_keys(store, traced))


def update(store: GraphStore, old: Kept, graphs: set[str]) -> StatusChange:
    """What a write to ``graphs`` changed in the statuses ``old`` (see the module
    docstring); ``old`` is left as it is."""
    if not graphs:
        return StatusChange()
    last_update.clear()
    native = subject_quads.native_of(store)
    reads: QuadSource | None = None
    if native is not None:  # the graphs' quads read once for every view updated after a load
        reads = subject_quads.reads_of(native)
        after = {graph: _iris_in_quads(reads, graph) for graph in sorted(graphs)}
    else:
        after = {graph: _iris_in(store, graph) for graph in sorted(graphs)}
    changed: set[str] = old.keys_of_graphs(graphs).union(*after.values())
    # Evidence nodes with a quad in the graphs: the statements they are evidence for.
    changed |= _evidence_subjects(store, reads, set().union(*after.values()))
    hit = old.holders_tracing(changed)
    bodies = {holder[1:] for holder in hit if holder.startswith("@")}
    recompute = {holder for holder in hit if not holder.startswith("@")}
    # Mandates now among the IRIs changed (new ones too); and every mandate of the
    # addressees of those and of the addressees hit (one of them may renew another).
    new_rows = read_rows(store, _typed_mandates(store, reads, changed))
    recompute |= set(new_rows)
    bodies |= {r.addressee for r in new_rows.values()}
    recompute |= old.mandates_addressed_to(bodies)
    recompute |= {str(text(r, "m")) for r in _select(store, _MANDATES_ADDRESSED_TO, "addr", bodies)}
    count = old.mandate_count()
    if len(recompute) > WHOLE_STORE_SHARE * max(count, 1) + 50:
        whole_store_reads.check(f"the statuses ({len(recompute)} of {count} mandates to recompute)")
        log.info("statuses: %d of %d mandates to recompute after a write to %d graphs: reading the whole store",
                 len(recompute), count, len(graphs))
        last_update.update(graphs=len(graphs), changed=len(changed), recomputed=len(recompute), whole_store=1)
        return StatusChange(whole=compute_kept(store))
    last_update.update(graphs=len(graphs), changed=len(changed), recomputed=len(recompute), whole_store=0)
    rows = read_rows(store, recompute)
    context = {str(text(r, "m")) for r in _select(store, _MANDATES_ADDRESSED_TO, "addr", {r.addressee for r in rows.values()})}
    rows.update(read_rows(store, context - set(rows)))
    g = read_around(store, rows)
    items, fresh = _traced_statuses(g, rows, sorted(recompute & set(rows)), {})
    # The old traces of the mandates recomputed and of their addressees give way to the new ones.
    gone = recompute | {addressee_holder(a) for a in old.addressees_of(recompute)} | set(fresh)
    before = old.traces_of(fresh)
    first_seen: set[str] = set()
    for holder, keys in fresh.items():
        first_seen |= keys - before.get(holder, frozenset())
    # A traced IRI with a quad in the graphs written is among the IRIs changed, so the traces
    # that hold it were all hit and made again: the new traces are enough to tell them.
    traced: set[str] = set().union(*fresh.values())
    graph_keys = {graph: frozenset(iris & traced) for graph, iris in after.items()}
    # IRIs newly traced: the graphs not written that hold them (a later write to one of those
    # graphs must find them changed).
    added = {graph: frozenset(found) for graph, found in _graphs_holding(store, first_seen).items() if graph not in after}
    return StatusChange(recompute, items, gone, fresh, graph_keys, added, changed=changed)

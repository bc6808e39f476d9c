"""Each IRI's quads read once for the views brought up to date after a load (graph/subject_quads.py):
a kept lookup (of a subject, of a graph) answers what the store answers, other patterns go to the store, the limit holds,
and `bring_up_to_date` hands one reader to the statuses, the search index and the lineage view: the
statuses read the graphs written first (by quads, as their SPARQL reads them), the others find them
kept, and the lineage view reads its evidence nodes' quads from what the search index read."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from mandate_graph.graph import kept_views, status_kept, subject_quads
from mandate_graph.graph.namespaces import MG, RDF
from mandate_graph.graph.subject_quads import SubjectQuads
from tests.cli.test_load_views import FIRST, LATER, build_views, mandates_load
from mandate_graph.graph.context import Context


def _subjects(native: ox.Store) -> list[ox.NamedNode]:
    return sorted({q.subject for q in native.quads_for_pattern(None, None, None, None) if isinstance(q.subject, ox.NamedNode)},
                  key=lambda n: n.value)


def test_a_kept_lookup_answers_what_the_store_answers(loaded_ctx: Context) -> None:
    native = loaded_ctx.store._store
    reads = SubjectQuads(native)
    subjects = _subjects(native)[:400]
    for subject in subjects:
        assert list(reads.quads_for_pattern(subject, None, None, None)) == list(native.quads_for_pattern(subject, None, None, None))
    assert reads.hits == 0
    for subject in subjects:
        assert list(reads.quads_for_pattern(subject, None, None, None)) == list(native.quads_for_pattern(subject, None, None, None))
    assert reads.hits == len(subjects)
    # Any other pattern is the store's, never kept.
    evidence = next(iter(native.quads_for_pattern(None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(MG.Evidence)), None))).subject
    assert list(reads.quads_for_pattern(evidence, ox.NamedNode(str(MG.quote)), None, None)) == \
        list(native.quads_for_pattern(evidence, ox.NamedNode(str(MG.quote)), None, None))
    assert list(reads.quads_for_pattern(None, ox.NamedNode(str(MG.quote)), None, None)) == \
        list(native.quads_for_pattern(None, ox.NamedNode(str(MG.quote)), None, None))
    assert reads.hits == len(subjects)
    # Every quad of one named graph is kept too; a pattern with a predicate in it is the store's.
    graph = next(iter(native.named_graphs()))
    for _ in range(2):
        assert list(reads.quads_for_pattern(None, None, None, graph)) == list(native.quads_for_pattern(None, None, None, graph))
    assert reads.hits == len(subjects) + 1
    quote = ox.NamedNode(str(MG.quote))
    assert list(reads.quads_for_pattern(None, quote, None, graph)) == list(native.quads_for_pattern(None, quote, None, graph))
    assert list(reads.quads_for_pattern(evidence, None, None, graph)) == list(native.quads_for_pattern(evidence, None, None, graph))
    assert reads.hits == len(subjects) + 1


def test_past_its_limit_a_lookup_reads_the_store() -> None:
    native = ox.Store()
    a, b, p = ox.NamedNode("https://example.org/a"), ox.NamedNode("https://example.org/b"), ox.NamedNode("https://example.org/p")
    native.extend([ox.Quad(a, p, ox.Literal(str(i)), ox.DefaultGraph()) for i in range(3)] +
                  [ox.Quad(b, p, ox.Literal(str(i)), ox.DefaultGraph()) for i in range(3)])
    reads = SubjectQuads(native, max_quads=4)
    assert len(list(reads.quads_for_pattern(a, None, None, None))) == 3
    assert len(list(reads.quads_for_pattern(b, None, None, None))) == 3  # not kept: 6 > 4
    native.add(ox.Quad(b, p, ox.Literal("new"), ox.DefaultGraph()))
    native.add(ox.Quad(a, p, ox.Literal("new"), ox.DefaultGraph()))
    assert len(list(reads.quads_for_pattern(b, None, None, None))) == 4  # read again
    assert len(list(reads.quads_for_pattern(a, None, None, None))) == 3  # kept (valid only while nothing is written)
    assert reads.hits == 1


def test_the_views_after_a_load_share_one_reader(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    assert mandates_load(store, *FIRST).exit_code == 0
    build_views(store)
    made: list[SubjectQuads] = []

    class Recorded(SubjectQuads):
        def __init__(self, native: ox.Store, **options: object) -> None:
            super().__init__(native, **options)  # type: ignore[arg-type]
            made.append(self)

    monkeypatch.setattr(kept_views, "SubjectQuads", Recorded)
    result = mandates_load(store, LATER)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # (the console wraps the views' line)
    assert "search index updated" in said and "lineage updated" in said
    [reads] = made
    assert reads.as_written  # the load's documents' graphs, as it stored them: parsed, not read back
    assert reads.hits > 100  # the lineage's lookups of the graphs and evidence nodes the search index read
    assert subject_quads.MAX_QUADS >= reads._count > 0


def test_the_statuses_read_the_graphs_written_first_and_the_others_find_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The statuses' update (the first step) reads the graphs written through the shared reader,
    not by SPARQL; the search index and the lineage view then find every one of them kept."""
    store = tmp_path / "store"
    assert mandates_load(store, *FIRST).exit_code == 0
    build_views(store)
    graph_reads: list[tuple[str, bool]] = []  # (graph, found kept)

    class Recorded(SubjectQuads):
        def quads_for_pattern(self, subject, predicate, object, graph_name=None):  # type: ignore[no-untyped-def]
            if subject is None and predicate is None and object is None and graph_name is not None:
                graph_reads.append((str(graph_name), (None, graph_name) in self._kept))
            return super().quads_for_pattern(subject, predicate, object, graph_name)

    def no_sparql(*_: object) -> set[str]:
        raise AssertionError("the graphs written read by SPARQL")

    monkeypatch.setattr(kept_views, "SubjectQuads", Recorded)
    monkeypatch.setattr(status_kept, "_iris_in", no_sparql)
    result = mandates_load(store, LATER)
    assert result.exit_code == 0, result.output
    said = " ".join(result.output.split())  # (the console wraps the views' line)
    assert "statuses updated" in said and "search index updated" in said, result.output
    graphs = {g for g, _ in graph_reads}
    assert graphs
    first = {g: kept for g, kept in reversed(graph_reads)}  # each graph's first read
    assert not any(first.values())  # the statuses' (nothing kept before them)
    assert len(graph_reads) >= 2 * len(graphs)  # the search index and the lineage view read each again...
    assert sum(kept for _, kept in graph_reads) == len(graph_reads) - len(graphs)  # ...from what was kept


def test_the_statuses_quad_reads_give_what_their_sparql_gives(loaded_ctx: Context) -> None:
    store = loaded_ctx.store
    native = store._store
    graphs = sorted(str(g.value) for g in native.named_graphs())[:30]
    iris: set[str] = set()
    reads = SubjectQuads(native)  # the IRIs found while keeping the graph's quads, then read back
    for graph in graphs:
        found = status_kept._iris_in_quads(native, graph)
        assert found == status_kept._iris_in(store, graph)
        assert status_kept._iris_in_quads(reads, graph) == found == status_kept._iris_in_quads(reads, graph)
        iris |= found
    assert status_kept._evidence_subjects(store, reads, iris) == status_kept._evidence_subjects(store, None, iris)
    assert status_kept._typed_mandates(store, reads, iris) == status_kept._typed_mandates(store, None, iris)
    assert status_kept._evidence_subjects(store, native, iris) == status_kept._evidence_subjects(store, None, iris)
    assert status_kept._evidence_subjects(store, native, iris)  # some evidence nodes among them
    mandates = status_kept._typed_mandates(store, native, iris | {"https://example.org/not-in-the-store"})
    assert mandates == status_kept._typed_mandates(store, None, iris)
    assert mandates


def test_a_lent_reader_is_found_by_its_own_store_only() -> None:
    one, other = ox.Store(), ox.Store()
    reads = SubjectQuads(one)
    assert subject_quads.reads_of(one) is one
    with subject_quads.shared(reads):
        assert subject_quads.reads_of(one) is reads
        assert subject_quads.reads_of(other) is other
    assert subject_quads.reads_of(one) is one


def test_a_subject_of_the_graphs_read_whole_is_answered_from_them_only_when_all_its_quads_are_there() -> None:
    """After whole-graph reads, a subject's lookup gives what the store gives (same quads, same
    order) in every case; it is answered from the graphs read (no lookup of the store) only
    for a subject with every quad in one of them: not one with a quad in a graph not read, in
    the default graph, or in two graphs read."""
    native = ox.Store()
    ex = "https://example.org/"
    g1, g2, g3 = (ox.NamedNode(f"{ex}graph/{n}") for n in (1, 2, 3))
    p, q = ox.NamedNode(f"{ex}p"), ox.NamedNode(f"{ex}q")
    alone, elsewhere, in_default, in_both = (ox.NamedNode(f"{ex}{n}") for n in ("alone", "elsewhere", "default", "both"))
    blank = ox.BlankNode("b1")
    native.extend([
        *(ox.Quad(alone, pred, ox.Literal(v), g1) for pred in (q, p) for v in ("z", "a", "m")),
        ox.Quad(alone, p, elsewhere, g1),
        ox.Quad(elsewhere, p, ox.Literal("in 1"), g1), ox.Quad(elsewhere, p, ox.Literal("in 3"), g3),
        ox.Quad(in_default, p, ox.Literal("in 1"), g1), ox.Quad(in_default, q, ox.Literal("default"), ox.DefaultGraph()),
        ox.Quad(in_both, q, ox.Literal("in 2"), g2), ox.Quad(in_both, p, ox.Literal("in 1"), g1),
        ox.Quad(blank, p, ox.Literal("blank"), g1),
    ])
    looked_up: list[object] = []

    class Counted:  # the store, counting its subject lookups
        def quads_for_pattern(self, *pattern: object) -> object:
            if pattern[0] is not None:
                looked_up.append(pattern[0])
            return native.quads_for_pattern(*pattern)  # type: ignore[arg-type]

        def query(self, *args: object) -> object:
            return native.query(*args)  # type: ignore[arg-type]

    reads = SubjectQuads(native)
    reads.native = Counted()  # type: ignore[assignment]
    for graph in (g1, g2):
        assert list(reads.quads_for_pattern(None, None, None, graph)) == list(native.quads_for_pattern(None, None, None, graph))
    for subject in (alone, elsewhere, in_default, in_both, blank, ox.NamedNode(f"{ex}absent")):
        assert list(reads.quads_for_pattern(subject, None, None, None)) == list(native.quads_for_pattern(subject, None, None, None))
        assert list(reads.quads_for_pattern(subject, p, None, None)) == list(native.quads_for_pattern(subject, p, None, None))
        assert list(reads.quads_for_pattern(subject, None, elsewhere, None)) == list(native.quads_for_pattern(subject, None, elsewhere, None))
    assert alone not in looked_up
    assert {elsewhere, in_default, in_both, blank} <= set(looked_up)
    # A graph read later that holds a subject answered alone: the store answers it from then on.
    g4 = ox.NamedNode(f"{ex}graph/4")
    native.add(ox.Quad(alone, p, ox.Literal("in 4"), g4))
    list(reads.quads_for_pattern(None, None, None, g4))
    assert list(reads.quads_for_pattern(alone, None, None, None)) == list(native.quads_for_pattern(alone, None, None, None))
    assert alone in looked_up


def test_the_graphs_a_load_stored_parse_to_the_quads_the_store_holds(tmp_path: Path) -> None:
    """What `mandates load` hands the views as its documents' graphs (`Loader.written`, N-Quads as
    the emitter wrote them) is what the store gives back, quad for quad (its typed literals are in
    the store's canonical form), so a reader parsing them answers what reading the store answers."""
    from mandate_graph.graph.identifiers import Identifiers
    from mandate_graph.graph.reference import load_registry
    from mandate_graph.graph.store import OxigraphStore
    from mandate_graph.loaders.pipeline import Loader

    base = "https://w3id.org/mandate-graph/id/"
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    fresh = Loader(OxigraphStore(str(tmp_path / "fresh")), Identifiers(base), load_registry(base))
    fresh.load([corpus], workers=1)
    assert fresh.written == {}  # no view kept beside the store: nothing reads them
    store = tmp_path / "store"
    assert mandates_load(store, LATER).exit_code == 0
    build_views(store)
    loader = Loader(OxigraphStore(str(store)), Identifiers(base), load_registry(base))
    results = loader.load([corpus], workers=1, force=True)  # LATER too, unchanged: every graph written
    assert {r.graph for r in results} == set(loader.written)
    native = loader.store._store  # type: ignore[attr-defined]
    for graph, nquads in loader.written.items():
        name = ox.NamedNode(graph)
        stored = set(native.quads_for_pattern(None, None, None, name))
        assert set(ox.parse(nquads, format=ox.RdfFormat.N_QUADS)) == stored
        reads = SubjectQuads(native, as_written={graph: nquads})
        assert set(reads.quads_for_pattern(None, None, None, name)) == stored
    # A later load forgets the earlier one's texts; a graph past the limit is not kept.
    loader.WRITTEN_BYTES = 0  # type: ignore[misc]
    loader.load([corpus / "004_54f0cafe88ce19c0.txt"], workers=1)
    assert loader.written == {}

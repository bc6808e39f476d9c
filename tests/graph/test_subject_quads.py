"""Each IRI's quads read once for the views brought up to date after a load (graph/subject_quads.py):
a kept lookup (of a subject, of a graph) answers what the store answers, other patterns go to the store, the limit holds,
and `bring_up_to_date` hands one reader to the search index and the lineage view, the second
of which reads its evidence nodes' quads from what the first read."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from mandate_graph.graph import kept_views, subject_quads
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
        def __init__(self, native: ox.Store) -> None:
            super().__init__(native)
            made.append(self)

    monkeypatch.setattr(kept_views, "SubjectQuads", Recorded)
    result = mandates_load(store, LATER)
    assert result.exit_code == 0, result.output
    assert "search index updated" in result.output and "lineage updated" in result.output
    [reads] = made
    assert reads.hits > 100  # the lineage's lookups of the graphs and evidence nodes the search index read
    assert subject_quads.MAX_QUADS >= reads._count > 0

"""A collection's sorted members kept from per-graph sort values (graph/sort_parts.py): after
each kind of write, in the process and across a restart, the list is the one sorted from the
whole store; a write whose graphs are not known reads everything again."""

from __future__ import annotations

from pathlib import Path

from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import COLLECTIONS, EntityReader
from mandate_graph.graph.member_values import how_kept
from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.namespaces import MG, RDF, SKOS
from tests.conftest import CORPUS, loader_for, make_context
from tests.graph.test_lineage import WG, fact, inst, load

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())


def _from_scratch(ctx: Context, collection: str) -> list[str]:
    classes = " ".join(f"<{c}>" for c in COLLECTIONS[collection][1])
    return EntityReader(ctx.store, ctx.ids)._sorted_members(collection, f"VALUES ?t {{ {classes} }} ?s a ?t . FILTER(isIRI(?s))")


def _check(ctx: Context, *, updated: bool) -> None:
    """Every collection's list is the one sorted from the whole store, read whole and a page
    at a time; ``updated``: its sort values were brought up to date from the graphs written
    (else read from the whole store)."""
    for collection in COLLECTIONS:
        members = EntityReader(ctx.store, ctx.ids).members(collection)
        expected = _from_scratch(ctx, collection)
        assert list(members) == expected, collection
        assert len(members) == len(expected)
        assert [m for at in range(0, len(expected), 7) for m in members[at:at + 7]] == expected
        total, page = EntityReader(ctx.store, ctx.ids).list(collection, limit=3, offset=2)
        assert (total, [info.iri for info in page]) == (len(expected), expected[2:5])
    kept = how_kept(ctx.store)
    assert {kept[f"sort-values-{c}"] for c in COLLECTIONS} == {"updated" if updated else "built"}


def test_sorted_members_follow_each_kind_of_write(tmp_path: Path) -> None:
    ctx = make_context(store=str(tmp_path / "store"))
    try:
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
        _check(ctx, updated=False)
        assert EntityReader(ctx.store, ctx.ids).members("instruments")
        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
        _check(ctx, updated=True)
        load(ctx, "hand", [fact(inst(9, 1), "requests", BodyRef(WG)), fact(inst(9, 2), "requests", BodyRef(WG))])
        _check(ctx, updated=True)
        load(ctx, "hand", [fact(inst(9, 3), "requests", BodyRef(WG))])  # replaced: 9/1 and 9/2 gone
        _check(ctx, updated=True)
        ctx.store.drop_graphs([ctx.ids.source_graph("hand")])
        _check(ctx, updated=True)

        # a member typed only in a new graph, whose sort values are in graphs already read
        # (its number in one, its issuer in another): it joins the list in its place
        thing = f"{ctx.ids.base}instrument/x-late"
        ctx.store.replace_graphs({"urn:x:values": f"<{thing}> <{MG.number}> \"1/1\" .\n<{thing}> <{SKOS.prefLabel}> \"zz\" .\n",
                                  "urn:x:issuer": f"<{thing}> <{MG.issuedBy}> <{ctx.ids.base}body/zzzz> .\n"})
        _check(ctx, updated=True)
        assert thing not in EntityReader(ctx.store, ctx.ids).members("instruments")
        ctx.store.replace_graphs({"urn:x:type": f"<{thing}> <{RDF.type}> <{MG.Resolution}> .\n"})
        _check(ctx, updated=True)
        listed = EntityReader(ctx.store, ctx.ids).members("instruments")
        assert listed[-1] == thing  # its issuer sorts last: its values were read from the other graphs
        ctx.store.drop_graphs(["urn:x:type"])
        _check(ctx, updated=True)
        assert thing not in EntityReader(ctx.store, ctx.ids).members("instruments")

        # a user's SPARQL Update whose graphs are not known (GRAPH ?g): read from the whole store
        ctx.store.update(f"INSERT {{ GRAPH ?g {{ <{thing}> a <{MG.Resolution}> }} }} WHERE {{ BIND(<urn:x:type> AS ?g) }}")
        _check(ctx, updated=False)
        assert thing in EntityReader(ctx.store, ctx.ids).members("instruments")
    finally:
        ctx.close()


def test_the_first_start_after_a_load_reads_only_what_it_wrote(tmp_path: Path) -> None:
    ctx = make_context(store=str(tmp_path / "store"))
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
    _check(ctx, updated=False)  # computed, and kept beside the store
    ctx.close()

    ctx = make_context(store=str(tmp_path / "store"))  # `mandates load`, nothing computed
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))
    ctx.close()

    ctx = make_context(store=str(tmp_path / "store"))
    try:
        _check(ctx, updated=True)  # from the values kept beside the store and the graphs the load wrote
    finally:
        ctx.close()

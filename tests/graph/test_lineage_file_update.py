"""The saved lineage view updated in place from the graphs a write touched (graph/lineage_update.py):
after each kind of write it holds what a view built whole from the store holds (nodes, edges,
evidence), it is not built again when the touched graphs are known, it is built whole when they
are not, and an update killed half-way leaves the old file valid at its old key."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.api.routes_sparql import HttpLimits
from mandate_graph.graph import lineage_file, lineage_update, namespaces
from mandate_graph.graph.lineage import LineageView, build_graph, lineage, rows_of, view_for
from mandate_graph.graph.lineage_file import open_view, saved_key, write_view
from mandate_graph.graph.model import BodyRef, DocumentRef
from mandate_graph.loaders.emit import Emitter, to_ntriples
from mandate_graph.loaders.facts import DateRange, DocumentInfo, Extraction
from tests.conftest import loader_for, make_context
from tests.graph.test_lineage import CHAIN, WG, fact, inst, iri, load, meeting, report, session

MG, RDF = str(namespaces.MG), str(namespaces.RDF)


def tables(path: Path) -> tuple[list[tuple], list[tuple], dict[str, str]]:
    """What a view file shows: its nodes, its edges with their evidence, and its counts."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        nodes = sorted(con.execute("SELECT * FROM nodes"))
        edges = sorted(con.execute("SELECT source, target, relation, subject, evidence FROM edges"))
        counts = dict(con.execute("SELECT name, value FROM meta WHERE name IN ('nodes', 'edges')"))
        return nodes, edges, counts
    finally:
        con.close()


def assert_as_built_whole(view: LineageView, tmp_path: Path) -> None:
    """The view's file holds what a view built whole from the store now holds."""
    assert view.opened_from is not None
    whole = tmp_path / "whole.sqlite"
    write_view(build_graph(view.store), whole, "whole")
    updated, built = tables(view.opened_from), tables(whole)
    assert updated[0] == built[0]
    assert updated[1] == built[1]
    assert updated[2] == built[2] == {"nodes": str(len(built[0])), "edges": str(len(built[1]))}


@pytest.fixture
def ctx(tmp_path):  # type: ignore[no-untyped-def]
    context = make_context(store=str(tmp_path / "store"))
    loader_for(context).ensure_reference()
    yield context
    context.close()


@pytest.fixture
def builds(monkeypatch) -> list[int]:  # type: ignore[no-untyped-def]
    counted: list[int] = []
    original = LineageView._build

    def counting(self):  # type: ignore[no-untyped-def]
        counted.append(1)
        return original(self)

    monkeypatch.setattr(LineageView, "_build", counting)
    return counted


def saved_view(ctx) -> LineageView:  # type: ignore[no-untyped-def]
    view = LineageView(ctx.store, ctx.ids)
    view.fresh()
    assert len(list((ctx.store.path / "mandate-graph-views").glob("lineage-view-*.sqlite"))) == 1
    return view


def updated(view: LineageView, builds: list[int]) -> None:
    """Bring the view up to date and check that it was updated in place, not built."""
    builds.clear()
    view.fresh()
    assert not builds and view.opened_from is not None
    assert lineage_update.last_update is not None


# The chain of test_lineage split over three documents, each one's arrows joining the others' nodes.
FIRST = CHAIN[:2] + [fact(inst(9, 1), "adoptedOn", dt.date(2018, 10, 19))]
SECOND = CHAIN[2:6] + [fact(meeting(8), "meetingOf", BodyRef(WG))]
THIRD = CHAIN[7:]


def test_adding_a_document_whose_arrows_join_other_graphs(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    load(ctx, "second", SECOND)
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)
    load(ctx, "third", THIRD)
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)
    up = view.lineage(iri(ctx, inst(10, 2)), "up")
    assert iri(ctx, inst(5, 4)) in up.nodes  # through the three documents


def test_replacing_a_document_removes_what_it_no_longer_says(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    load(ctx, "second", SECOND)
    load(ctx, "third", THIRD)
    view = saved_view(ctx)
    # The same document read again: one arrow gone, one new, a quote changed, a node new.
    load(ctx, "second", [SECOND[0], fact(inst(9, 1), "cites", inst(5, 4), "Recalling also resolution 5/4"),
                         fact(inst(9, 1), "cites", inst(7, 3), "Recalling resolution 7/3")])
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)
    assert iri(ctx, meeting(8)) in view.graph  # still an end of THIRD's arrows
    assert iri(ctx, inst(7, 3)) in view.graph


def test_dropping_a_document_removes_its_nodes_and_edges(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    load(ctx, "second", SECOND)
    load(ctx, "lone", [fact(inst(20, 1), "cites", inst(20, 2))])
    view = saved_view(ctx)
    assert iri(ctx, inst(20, 2)) in view.graph
    ctx.store.drop_graphs([ctx.ids.source_graph("lone")])
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)
    assert iri(ctx, inst(20, 2)) not in view.graph
    ctx.store.drop_graphs([ctx.ids.source_graph("second")])
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)


def test_a_new_session_date_reaches_the_instruments_dated_by_it(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An instrument without its own date takes its session's, read from another document."""
    load(ctx, "adopted", [fact(inst(10, 2), "adoptedAt", session(10)), fact(inst(10, 2), "endorses", meeting(8))])
    load(ctx, "session", [fact(session(10), "heldOn", DateRange(dt.date(2020, 10, 12), dt.date(2020, 10, 16)))])
    view = saved_view(ctx)
    assert view.graph.nodes[iri(ctx, inst(10, 2))]["date"] == "2020-10-12"
    load(ctx, "session", [fact(session(10), "heldOn", DateRange(dt.date(2021, 6, 1), dt.date(2021, 6, 3)))])
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)
    assert view.graph.nodes[iri(ctx, inst(10, 2))]["date"] == "2021-06-01"


def test_evidence_in_another_graph_than_its_triple(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A triple in one graph, its evidence node in a second: a write to either brings the
    edge's evidence up to date in place. An evidence node split over two graphs cannot be
    told by graph: the view is built whole while one is, and updated in place again after."""
    s, o, other = (f"https://example.org/r/{n}" for n in ("a", "b", "c"))
    ev = "https://example.org/evidence/1"
    kinds = f"<{s}> <{RDF}type> <{MG}Resolution> .\n<{o}> <{RDF}type> <{MG}Resolution> .\n<{other}> <{RDF}type> <{MG}Resolution> .\n"
    arrows = f"<{s}> <{MG}cites> <{o}> .\n<{other}> <{MG}cites> <{o}> .\n"

    def evidence(about: str, quote: str | None = "cites b") -> str:
        return (f"<{ev}> <{RDF}subject> <{about}> .\n<{ev}> <{RDF}predicate> <{MG}cites> .\n<{ev}> <{RDF}object> <{o}> .\n"
                f"<{ev}> <{MG}document> <https://example.org/doc> .\n" + (f'<{ev}> <{MG}quote> "{quote}" .\n' if quote else ""))

    graphs = {n: f"https://example.org/graph/{n}" for n in ("arrows", "evidence", "quote")}
    ctx.store.replace_graphs({graphs["arrows"]: kinds + arrows, graphs["evidence"]: evidence(s)})
    view = saved_view(ctx)
    assert view.graph.get_edge_data(o, s, key="cites")["evidence"]  # cites is read backward: o -> s
    ctx.store.replace_graphs({graphs["evidence"]: evidence(other)})  # now about the other triple
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)
    ctx.store.replace_graphs({graphs["arrows"]: kinds + f"<{other}> <{MG}cites> <{o}> .\n"})
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)
    # Split: the quote in a graph of its own.
    ctx.store.replace_graphs({graphs["evidence"]: evidence(s, None), graphs["quote"]: f'<{ev}> <{MG}quote> "q" .\n'})
    builds.clear()
    view.fresh()
    assert builds == [1]
    ctx.store.drop_graphs([graphs["quote"]])  # (a file built while split has no origins: built whole)
    builds.clear()
    view.fresh()
    assert builds == [1]
    assert_as_built_whole(LineageView(ctx.store, ctx.ids).fresh(), tmp_path)
    ctx.store.replace_graphs({graphs["evidence"]: evidence(s, "again")})  # one graph again: in place
    updated(view, builds)
    assert_as_built_whole(view, tmp_path)


def test_a_sparql_update_builds_the_view_whole(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    ctx.store.update(f"INSERT DATA {{ GRAPH <https://example.org/g> {{ <{iri(ctx, inst(5, 4))}> <{MG}cites> "
                     f"<{iri(ctx, inst(3, 1))}> }} }}")
    builds.clear()
    view.fresh()
    assert builds == [1]  # not known which graphs: built whole
    assert iri(ctx, inst(3, 1)) in view.graph
    assert_as_built_whole(LineageView(ctx.store, ctx.ids).fresh(), tmp_path)  # the file saved for it


def test_a_request_after_a_write_is_answered_from_the_updated_view(ctx, builds) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    load(ctx, "second", SECOND)
    found = lineage(ctx.store, ctx.ids, iri(ctx, inst(9, 1)), "up")
    assert found.engine == "sparql"  # no view saved yet: built in the background meanwhile
    view_for(ctx.store, ctx.ids).fresh()
    load(ctx, "third", THIRD)
    builds.clear()
    found = lineage(ctx.store, ctx.ids, iri(ctx, inst(10, 2)), "up")
    assert found.engine == "networkx" and not builds  # updated in place by the request itself
    assert iri(ctx, inst(5, 4)) in found.nodes


def _killed_in_the_middle(old: str, new: str, key: str, change: lineage_file.ViewChange) -> None:
    """In a process of its own: the update, killed after it has changed the copy."""
    def die(*args: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    lineage_file._add_origins = die  # type: ignore[assignment]
    lineage_file.update_view(Path(old), Path(new), key, change)


def test_an_update_killed_half_way_leaves_the_old_file_valid(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    old = view.saved_path_and_key(ctx.store, ctx.store.generation)
    assert old is not None
    load(ctx, "second", SECOND)
    new = view.saved_path_and_key(ctx.store, ctx.store.generation)
    assert new is not None
    change = lineage_update.view_change(ctx.store, old[0], {ctx.ids.source_graph("second")})
    child = multiprocessing.get_context("fork").Process(target=_killed_in_the_middle,
                                                        args=(str(old[0]), str(new[0]), new[1], change))
    child.start()
    child.join()
    assert child.exitcode == -signal.SIGKILL
    assert not new[0].exists()  # never renamed into place
    assert open_view(old[0], old[1]).number_of_edges() > 0 and saved_key(old[0]) == old[1]
    updated(view, builds)  # the next try starts again from the old file
    assert_as_built_whole(view, tmp_path)
    assert not list(new[0].parent.glob("*.partial"))


def test_a_file_without_origins_is_built_whole(ctx, builds, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    with monkeypatch.context() as patched:  # as a store whose origins cannot be read
        patched.setattr(lineage_update, "store_origins", lambda store, graphs: None)
        view = saved_view(ctx)
    load(ctx, "second", SECOND)
    builds.clear()
    view.fresh()
    assert builds == [1]
    assert_as_built_whole(LineageView(ctx.store, ctx.ids).fresh(), tmp_path)


def test_the_part_read_for_some_iris_is_what_a_whole_build_has_for_them(ctx) -> None:  # type: ignore[no-untyped-def]
    """`rows_of` (SPARQL bound to the IRIs) against `build_graph` (the whole store): the same
    attributes and arrows with the same evidence."""
    load(ctx, "first", FIRST)
    load(ctx, "second", SECOND)
    load(ctx, "third", THIRD + [fact(report("X/1"), "reportOf", meeting(9))])
    load(ctx, "fourth", [fact(inst(9, 1), "cites", inst(5, 4), "Recalling again", paragraph="9"),
                         fact(inst(9, 1), "requests", BodyRef(WG), "Requests, with no paragraph", paragraph=None),
                         fact(inst(5, 4), "adoptedAt", session(5)), fact(inst(5, 4), "adoptedAt", session(4))])
    whole = build_graph(ctx.store)
    for wanted in (sorted(whole)[::2], sorted(whole)[1::2]):
        for native in (None, lineage_update.native_store(ctx.store)):  # by SPARQL, by quads
            part = rows_of(ctx.store, wanted, wanted, native)
            for node in wanted:
                assert part.nodes[node] == whole.nodes[node]
            edges = {(s, t, r): d for s, t, r, d in whole.edges(keys=True, data=True) if d["subject"] in wanted}
            assert edges and {(s, t, r): d for s, t, r, d in part.edges(keys=True, data=True)} == edges


def test_a_graph_store_put_updates_the_view_before_it_answers(ctx, builds) -> None:  # type: ignore[no-untyped-def]
    """The write path brings the view up to date itself: the next lineage request finds it current."""
    load(ctx, "first", FIRST)
    view = view_for(ctx.store, ctx.ids)
    view.fresh()
    app = create_app(ctx)
    app.state.limits = HttpLimits(update_token="secret")
    extraction = Extraction(DocumentInfo(ref=DocumentRef(source="put")), list(SECOND))
    body = to_ntriples(Emitter(ctx.ids, ctx.registry).triples(extraction, "put", "put.txt", "0" * 64))
    builds.clear()
    answer = TestClient(app).put("/store", params={"graph": ctx.ids.source_graph("put")}, content=body.encode(),
                                 headers={"Content-Type": "application/n-triples", "Authorization": "Bearer secret"})
    assert answer.status_code == 201
    assert view.is_current() and view.opened_from is not None and not builds
    assert iri(ctx, inst(5, 4)) in lineage(ctx.store, ctx.ids, iri(ctx, inst(9, 1)), "up").nodes


def test_a_write_while_the_rows_are_read_leaves_no_file_for_either_content(ctx, builds, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    load(ctx, "second", SECOND)
    before = view.saved_path_and_key(ctx.store, ctx.store.generation)
    original, calls = lineage_update.view_change, []

    def written_meanwhile(*args):  # type: ignore[no-untyped-def]
        change = original(*args)
        calls.append(1)
        load(ctx, "third", THIRD)
        return change

    with monkeypatch.context() as patched:
        patched.setattr(lineage_update, "view_change", written_meanwhile)
        assert lineage_update.update_saved(ctx.store, *before, ctx.store.generation) is None
    assert calls and before is not None and not before[0].exists()
    assert not list(before[0].parent.glob("*.partial"))
    updated(view, builds)  # from the old file, both writes at once
    assert_as_built_whole(view, tmp_path)

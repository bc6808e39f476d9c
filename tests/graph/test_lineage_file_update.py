"""The saved lineage view updated in place from the graphs a write touched (graph/lineage_update.py,
graph/lineage_overlay.py): after each kind of write it holds what a view built whole from the
store holds (nodes, edges, evidence), read as an overlay over an older file and once merged into
one, and walks as that view walks; it is not built again when the touched graphs are known, it
is built whole when they are not, an update killed half-way leaves the old files valid at their
old key, and a reader sees the view before an update or after it, never half."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import signal
import sqlite3
import threading
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.api.routes_sparql import HttpLimits
from mandate_graph.graph import lineage_file, lineage_overlay, lineage_update, namespaces, subject_quads
from mandate_graph.graph.lineage import (LineageView, build_graph, lineage, rows_of, saved_view_path, view_for,
                                         walk_graph)
from mandate_graph.graph.lineage_file import DiskLineageGraph, open_view, saved_key, write_view
from mandate_graph.graph.lineage_overlay import merge_view
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


def whole_tables(graph: DiskLineageGraph, tmp_path: Path) -> tuple[list[tuple], list[tuple], dict[str, str]]:
    """The tables of a view read from its files: merged into one file first when it is an overlay."""
    if graph.base is None:
        return tables(graph.path)
    merged = tmp_path / "merged.sqlite"
    merge_view(graph, merged, "merged")
    assert graph.path.exists() and graph.base.exists()  # (merged beside, the view's files kept)
    return tables(merged)


def walks(graph, roots) -> dict[str, object]:  # type: ignore[no-untyped-def]
    """The lineage of each root, both ways, three steps (evidence included)."""
    return {root: walk_graph(graph, root, "both", 3, "networkx") for root in roots}


def assert_as_built_whole(view: LineageView, tmp_path: Path) -> None:
    """The view's file (or its overlay over an older one) holds what a view built whole from
    the store now holds, and walks as a view built whole walks, from each of its nodes."""
    assert isinstance(view.graph, DiskLineageGraph) and view.opened_from is not None
    whole = tmp_path / "whole.sqlite"
    built = build_graph(view.store)
    write_view(built, whole, "whole")
    updated, expected = whole_tables(view.graph, tmp_path), tables(whole)
    assert updated[0] == expected[0]
    assert updated[1] == expected[1]
    assert updated[2] == expected[2] == {"nodes": str(len(expected[0])), "edges": str(len(expected[1]))}
    assert (view.graph.number_of_nodes(), view.graph.number_of_edges()) == (len(expected[0]), len(expected[1]))
    assert walks(view.graph, built.nodes) == walks(built, built.nodes)


def view_files(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    """The kinds of the saved view files beside the store: "whole" or "overlay", newest last."""
    kinds = []
    for file in sorted((ctx.store.path / "mandate-graph-views").glob("lineage-view-*.sqlite"),
                       key=lambda p: p.stat().st_mtime_ns):
        con = sqlite3.connect(file)
        try:
            kind = dict(con.execute("SELECT name, value FROM meta"))["format"]
        finally:
            con.close()
        kinds.append("overlay" if kind == lineage_file.OVERLAY_FORMAT else "whole")
    return kinds


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
    ctx.store.update(f"INSERT {{ GRAPH ?g {{ <{iri(ctx, inst(5, 4))}> <{MG}cites> "
                     f"<{iri(ctx, inst(3, 1))}> }} }} WHERE {{ BIND(<https://example.org/g> AS ?g) }}")
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


def _killed_in_the_middle(old: str, key: str, new: str, new_key: str, change: lineage_overlay.ViewChange,
                          merging: bool) -> None:
    """In a process of its own: the update, killed after it has changed its copy (the overlay's,
    or the base's when it merges)."""
    def die(*args: object) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    if merging:
        lineage_overlay.MERGE_ROWS = 0
        lineage_overlay._add_origins = die  # type: ignore[assignment]
    else:
        lineage_overlay._replace_origins = die  # type: ignore[assignment]
    lineage_overlay.update_view(open_view(Path(old), key), Path(new), new_key, change)


@pytest.mark.parametrize("start", ["whole", "overlay"])
@pytest.mark.parametrize("merging", [False, True], ids=["overlay", "merge"])
def test_an_update_killed_half_way_leaves_the_old_files_valid(ctx, builds, tmp_path, start, merging) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    if start == "overlay":
        load(ctx, "third", THIRD)
        updated(view, builds)
    assert view_files(ctx) == (["whole"] if start == "whole" else ["whole", "overlay"])
    old = view.saved_path_and_key(ctx.store, ctx.store.generation)
    assert old is not None
    before = whole_tables(open_view(*old), tmp_path)
    load(ctx, "second", SECOND)
    new = view.saved_path_and_key(ctx.store, ctx.store.generation)
    assert new is not None
    change = lineage_update.view_change(ctx.store, open_view(*old), {ctx.ids.source_graph("second")})
    child = multiprocessing.get_context("fork").Process(target=_killed_in_the_middle,
                                                        args=(str(old[0]), old[1], str(new[0]), new[1], change, merging))
    child.start()
    child.join()
    assert child.exitcode == -signal.SIGKILL
    assert list(new[0].parent.glob("*.partial"))  # it was killed while writing
    assert not new[0].exists()  # never renamed into place
    assert saved_key(old[0]) == old[1] and whole_tables(open_view(*old), tmp_path) == before
    updated(view, builds)  # the next try starts again from the old files
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
        for native in (None, subject_quads.native_of(ctx.store)):  # by SPARQL, by quads
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


# ------------------------------------------------------------------ overlays over an older file


def test_several_writes_in_a_row_are_one_overlay_over_the_file_they_started_from(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Add, replace, drop, add again: each write rewrites the small overlay, never the base."""
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    base = next((ctx.store.path / "mandate-graph-views").glob("lineage-view-*.sqlite"))
    base_bytes = base.read_bytes()
    writes = [
        lambda: load(ctx, "second", SECOND),
        lambda: load(ctx, "third", THIRD),
        lambda: load(ctx, "second", [SECOND[0], fact(inst(9, 1), "cites", inst(7, 3), "Recalling resolution 7/3")]),
        lambda: load(ctx, "lone", [fact(inst(20, 1), "cites", inst(20, 2))]),
        lambda: ctx.store.drop_graphs([ctx.ids.source_graph("second")]),
        lambda: load(ctx, "first", FIRST[1:]),  # the base's own graph, its one arrow gone
    ]
    for write in writes:
        write()
        updated(view, builds)
        assert view_files(ctx) == ["whole", "overlay"]
        assert isinstance(view.graph, DiskLineageGraph) and view.graph.base == base
        assert_as_built_whole(view, tmp_path)
    assert base.read_bytes() == base_bytes


def test_an_overlay_past_its_bound_is_merged_into_one_file(ctx, builds, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    load(ctx, "second", SECOND)
    updated(view, builds)
    assert view_files(ctx) == ["whole", "overlay"]
    bound = lineage_overlay.MERGE_ROWS
    monkeypatch.setattr(lineage_overlay, "MERGE_ROWS", 1)  # past it at the next write
    load(ctx, "third", THIRD)
    updated(view, builds)
    assert view_files(ctx) == ["whole"]
    assert isinstance(view.graph, DiskLineageGraph) and view.graph.base is None
    assert_as_built_whole(view, tmp_path)
    monkeypatch.setattr(lineage_overlay, "MERGE_ROWS", bound)
    load(ctx, "lone", [fact(inst(20, 1), "cites", inst(20, 2))])  # an overlay over the merged file
    updated(view, builds)
    assert view_files(ctx) == ["whole", "overlay"]
    assert_as_built_whole(view, tmp_path)


def test_a_restart_reads_the_overlay_over_its_base(tmp_path, builds) -> None:  # type: ignore[no-untyped-def]
    context = make_context(store=str(tmp_path / "store"))
    loader_for(context).ensure_reference()
    load(context, "first", FIRST)
    saved_view(context)
    load(context, "second", SECOND)
    LineageView(context.store, context.ids).fresh()
    assert view_files(context) == ["whole", "overlay"]
    context.close()
    again = make_context(store=str(tmp_path / "store"))
    try:
        builds.clear()
        found = lineage(again.store, again.ids, iri(again, inst(9, 1)), "up")
        assert found.engine == "networkx" and not builds  # the first request, from the files
        assert iri(again, inst(5, 4)) in found.nodes
        view = view_for(again.store, again.ids)
        assert isinstance(view.graph, DiskLineageGraph) and view.graph.base is not None
        assert_as_built_whole(view, tmp_path)
        load(again, "third", THIRD)  # a write after the restart: the overlay rewritten, the base kept
        updated(view, builds)
        assert view_files(again) == ["whole", "overlay"]
        assert_as_built_whole(view, tmp_path)
    finally:
        again.close()


def test_an_overlay_whose_base_is_damaged_is_not_used(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    load(ctx, "second", SECOND)
    updated(view, builds)
    assert isinstance(view.graph, DiskLineageGraph) and view.graph.base is not None
    with view.graph.base.open("r+b") as base:
        base.truncate(base.seek(0, os.SEEK_END) - 1024)
    again = LineageView(ctx.store, ctx.ids)
    builds.clear()
    again.fresh()
    assert builds == [1]  # neither the overlay nor its base: built whole
    assert view_files(ctx) == ["whole"]
    assert_as_built_whole(LineageView(ctx.store, ctx.ids).fresh(), tmp_path)


def test_the_file_handed_to_serving_processes_stands_alone(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """`serve --workers` hard-links the saved view into its snapshot: an overlay is merged first."""
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    load(ctx, "second", SECOND)
    updated(view, builds)
    path = saved_view_path(ctx.store)
    assert path is not None and view_files(ctx) == ["whole"]
    linked = tmp_path / "snapshot.lineage"
    os.link(path, linked)
    alone = open_view(linked, "snapshot:" + view.saved_path_and_key(ctx.store, ctx.store.generation)[1].partition(":")[2],  # type: ignore[index]
                      any_revision=True)
    assert alone.base is None
    assert walks(alone, build_graph(ctx.store).nodes) == walks(build_graph(ctx.store), build_graph(ctx.store).nodes)
    fresh = LineageView(ctx.store, ctx.ids)
    fresh.fresh()
    assert not builds and fresh.opened_from == path
    assert_as_built_whole(fresh, tmp_path)


def test_a_reader_sees_the_view_before_an_update_or_after_it(ctx, builds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """While updates (overlays, then a merge) are written and renamed into place, a reader
    opening the files of either revision gets that revision whole or no file at all; and a
    view already open answers as before until its reader lets go, its files removed or not."""
    load(ctx, "first", FIRST)
    view = saved_view(ctx)
    load(ctx, "second", SECOND)
    updated(view, builds)
    before = view.saved_path_and_key(ctx.store, ctx.store.generation)
    assert before is not None and isinstance(view.graph, DiskLineageGraph)
    held = view.graph  # open, in this thread
    roots = sorted(build_graph(ctx.store).nodes)
    expected = {before[1]: walks(build_graph(ctx.store), roots)}
    seen: dict[str, int] = {}
    errors: list[BaseException] = []
    stop = threading.Event()
    wanted: list[tuple[Path, str]] = [before]

    def read() -> None:
        while not stop.is_set():
            for path, key in list(wanted):
                try:
                    graph = open_view(path, key)
                    found = walks(graph, roots)
                except lineage_file.ViewFileError:
                    continue  # not there (yet, or any more): never half
                except sqlite3.OperationalError as exc:  # removed between the open and the walk
                    if path.exists():
                        errors.append(exc)
                    continue
                except BaseException as exc:  # noqa: BLE001 - reported below
                    errors.append(exc)
                    return
                if key in expected and found != expected[key]:
                    errors.append(AssertionError(f"{path.name}: another view than its revision's"))
                seen[key] = seen.get(key, 0) + 1

    reader = threading.Thread(target=read)
    reader.start()
    try:
        for n, facts in enumerate([THIRD, [fact(inst(20, 1), "cites", inst(20, 2))], FIRST[:1]]):
            load(ctx, f"write-{n}", facts)
            after = view.saved_path_and_key(ctx.store, ctx.store.generation)
            assert after is not None
            expected[after[1]] = walks(build_graph(ctx.store), roots)
            wanted.append(after)
            if n == 2:
                lineage_overlay.MERGE_ROWS, bound = 1, lineage_overlay.MERGE_ROWS
            try:
                updated(view, builds)
            finally:
                if n == 2:
                    lineage_overlay.MERGE_ROWS = bound
    finally:
        stop.set()
        reader.join()
    assert not errors, errors
    assert view_files(ctx) == ["whole"]  # merged at the last write
    assert seen  # (the reader read)
    assert walks(held, roots) == expected[before[1]]  # its files removed, still open here

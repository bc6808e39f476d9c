"""The lineage view saved beside an on-disk store (graph/lineage_file.py): a restart on an
unchanged store opens it instead of building, it answers as a fresh build does, a view of an
older revision is never used, and a file cut short or damaged is built again with a log line."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.graph.lineage import LineageView, lineage, view_for, walk_graph
from mandate_graph.graph.lineage_file import DiskLineageGraph
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.store import OxigraphStore
from tests.conftest import make_context
from tests.graph.test_lineage import fact, inst, iri, load
from tests.support.http_server import build_store


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus and the hand-built sample on disk, its view built and saved once."""
    path = tmp_path_factory.mktemp("saved") / "store"
    build_store(path)
    ctx = make_context(store=str(path))
    view = LineageView(ctx.store, ctx.ids)
    assert isinstance(view.fresh().graph, type(LineageView(ctx.store, ctx.ids).graph))  # built, not opened
    assert len(saved_files(path)) == 1
    ctx.close()
    return path


def saved_files(store: Path) -> list[Path]:
    return sorted((store / "mandate-graph-views").glob(f"{LineageView.SAVED_PREFIX}*"))


def built_counter(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    builds: list[int] = []
    original = LineageView._build

    def counted(self):  # type: ignore[no-untyped-def]
        builds.append(1)
        return original(self)

    monkeypatch.setattr(LineageView, "_build", counted)
    return builds


def test_a_restart_opens_the_saved_view_and_it_answers_as_a_fresh_build(corpus_store, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    ctx = make_context(store=str(corpus_store))
    try:
        builds = built_counter(monkeypatch)
        view = LineageView(ctx.store, ctx.ids)
        assert view.open_saved() and isinstance(view.graph, DiskLineageGraph) and not builds
        fresh = view._build()  # what a build gives now, to compare with
        builds.clear()
        # Every body and instrument the API lists.
        client = TestClient(create_app(ctx))
        roots = []
        for collection in ("bodies", "instruments"):
            listed = client.get(f"/api/{collection}", params={"limit": 1000}).json()
            assert listed["total"] == len(listed["items"]) > 3
            roots += [ctx.ids.base + item["id"] for item in listed["items"]]
        compared = 0
        for root in roots:
            for direction, depth in (("both", 3), ("up", 5), ("down", 5)):
                if root not in fresh:
                    assert root not in view.graph
                    continue
                saved = view.lineage(root, direction, depth)  # type: ignore[arg-type]
                assert saved == walk_graph(fresh, root, direction, depth, "networkx"), (root, direction)
                compared += 1
        assert compared > 60 and not builds
        # The module's entry point (the API's) answers from the saved view too, not by SPARQL.
        assert lineage(ctx.store, ctx.ids, roots[0] if roots[0] in fresh else next(iter(fresh))).engine == "networkx"
    finally:
        ctx.close()


def test_a_view_saved_before_a_write_is_never_used(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store"
    ctx = make_context(store=str(path))
    load(ctx, "first", [fact(inst(1, 1), "cites", inst(1, 2))])
    LineageView(ctx.store, ctx.ids).fresh()  # built and saved
    ctx.store.close()
    # Written by another process while no server ran (a restart following a load).
    other = OxigraphStore(path)
    ctx.store = other
    load(ctx, "second", [fact(inst(1, 2), "cites", inst(1, 3))])
    other.close()
    reopened = make_context(store=str(path))
    try:
        builds = built_counter(monkeypatch)
        view = LineageView(reopened.store, reopened.ids)
        saved = saved_files(path)
        assert not view.open_saved()  # another revision: not opened
        up = view.lineage(iri(reopened, inst(1, 1)), "up")
        # Not built: the old file updated from the graph the load wrote (test_lineage_file_update.py).
        assert iri(reopened, inst(1, 3)) in up.nodes and not builds and view.opened_from not in (None, *saved)
        # While it is not current, the entry point answers by SPARQL, never from the old file.
        reopened.store.revision.start_write()  # type: ignore[union-attr]
        reopened.store.generation += 1  # as a write in progress
        stale = view_for(reopened.store, reopened.ids)
        assert not stale.open_saved()
        assert lineage(reopened.store, reopened.ids, iri(reopened, inst(1, 1)), "up").engine == "sparql"
    finally:
        reopened.close()


@pytest.mark.parametrize("in_child", [False, True])
def test_a_write_in_the_same_process_saves_a_new_view(tmp_path, in_child) -> None:  # type: ignore[no-untyped-def]
    """After a write whose graphs are not known (a SPARQL Update: one whose graphs are known
    updates the saved view in place, test_lineage_file_update.py) the view is built again
    (here, or in a process of its own as the server does) and saved under the new revision;
    the file of the old one goes."""
    path = tmp_path / "store"
    ctx = make_context(store=str(path))
    load(ctx, "first", [fact(inst(1, 1), "cites", inst(1, 2))])
    view = LineageView(ctx.store, ctx.ids)
    view.fresh(in_child=in_child)
    first = saved_files(path)
    ctx.store.update(f"INSERT {{ GRAPH ?g {{ <{iri(ctx, inst(1, 2))}> "
                     f"<{MG.cites}> <{iri(ctx, inst(1, 3))}> }} }} WHERE {{ BIND(<https://example.org/g> AS ?g) }}")
    assert not view.is_current()
    abandoned = tmp_path / ".store.lineage-build-999999999-1"  # a killed server's (no such process)
    abandoned.mkdir()
    view.fresh(in_child=in_child)
    assert abandoned.exists() != in_child
    abandoned.rmdir() if abandoned.exists() else None
    assert isinstance(view.graph, DiskLineageGraph) == in_child
    assert len(saved_files(path)) == 1 and saved_files(path) != first
    assert iri(ctx, inst(1, 3)) in view.lineage(iri(ctx, inst(1, 1)), "up").nodes
    assert not list(tmp_path.glob(".store.lineage-build-*"))  # the build's checkpoint is gone
    ctx.close()
    reopened = make_context(store=str(path))
    try:
        again = LineageView(reopened.store, reopened.ids)
        assert again.open_saved()
        assert iri(reopened, inst(1, 3)) in again.lineage(iri(reopened, inst(1, 1)), "up").nodes
    finally:
        reopened.close()


@pytest.mark.parametrize("damage", ["truncate", "garbage", "empty"])
def test_a_file_cut_short_or_damaged_is_built_again_with_a_log_line(tmp_path, monkeypatch, caplog, damage) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "store"
    ctx = make_context(store=str(path))
    load(ctx, "first", [fact(inst(1, 1), "cites", inst(1, 2)), fact(inst(1, 2), "cites", inst(1, 3))])
    expected = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, inst(1, 1)), "up", 3)
    ctx.close()
    [saved] = saved_files(path)
    data = saved.read_bytes()
    if damage == "truncate":
        saved.write_bytes(data[: len(data) // 2])
    elif damage == "garbage":
        saved.write_bytes(data[:100] + b"\xff" * (len(data) - 100))  # the header intact, the pages not
    else:
        saved.write_bytes(b"")
    reopened = make_context(store=str(path))
    try:
        builds = built_counter(monkeypatch)
        with caplog.at_level(logging.WARNING, logger="mandate_graph.graph.lineage"):
            view = LineageView(reopened.store, reopened.ids)
            assert view.lineage(iri(reopened, inst(1, 1)), "up", 3) == expected
        assert len(builds) == 1
        assert any("saved lineage view" in r.getMessage() and "building it again" in r.getMessage()
                   for r in caplog.records)
        # The file was written again, whole: the next start opens it.
        assert LineageView(reopened.store, reopened.ids).open_saved()
    finally:
        reopened.close()


def test_damage_found_during_a_walk_falls_back_and_rebuilds(tmp_path, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """A file whose header and key read well but whose rows do not: the request that finds
    it is answered by SPARQL, and the view is built again."""
    path = tmp_path / "store"
    ctx = make_context(store=str(path))
    load(ctx, "first", [fact(inst(1, 1), "cites", inst(1, 2))])
    LineageView(ctx.store, ctx.ids).fresh()
    ctx.close()
    reopened = make_context(store=str(path))
    try:
        view = view_for(reopened.store, reopened.ids)
        assert view.open_saved()

        def broken(self, node):  # type: ignore[no-untyped-def]
            raise sqlite3.DatabaseError("database disk image is malformed")

        monkeypatch.setattr(DiskLineageGraph, "_edges", broken)
        with caplog.at_level(logging.WARNING, logger="mandate_graph.graph.lineage"):
            answer = lineage(reopened.store, reopened.ids, iri(reopened, inst(1, 1)), "up")
        assert answer.engine == "sparql" and iri(reopened, inst(1, 2)) in answer.nodes
        assert any("damaged" in r.getMessage() for r in caplog.records)
        thread = view._rebuilding
        assert thread is not None
        thread.join(timeout=120)
        # Built again by a process of its own, into a new file, which the view now reads.
        monkeypatch.undo()
        assert view.is_current() and view.build_error is None
        assert isinstance(view.graph, DiskLineageGraph) and view.graph.path.exists()
        assert iri(reopened, inst(1, 2)) in view.lineage(iri(reopened, inst(1, 1)), "up").nodes
    finally:
        reopened.close()


def test_serve_workers_hands_the_saved_view_to_its_processes(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """`serve --workers N` links the view saved for the store's content beside its snapshot;
    the processes open it instead of building. Without a current one, nothing is linked."""
    from mandate_graph.cli.serving import _link_saved_lineage_view

    path = tmp_path / "store"
    ctx = make_context(store=str(path))
    load(ctx, "first", [fact(inst(1, 1), "cites", inst(1, 2))])
    _link_saved_lineage_view(ctx.store, tmp_path / "none.lineage")
    assert not (tmp_path / "none.lineage").exists()  # no view saved yet
    expected = LineageView(ctx.store, ctx.ids).lineage(iri(ctx, inst(1, 1)), "both", 3)
    snapshot, cache = tmp_path / ".store.serving", tmp_path / ".store.serving.lineage"
    ctx.store.checkpoint(snapshot)  # type: ignore[attr-defined]
    _link_saved_lineage_view(ctx.store, cache)
    ctx.close()
    builds = built_counter(monkeypatch)
    served = OxigraphStore(snapshot, read_only=True)
    try:
        view = LineageView(served, ctx.ids, cache)
        assert view.lineage(iri(ctx, inst(1, 1)), "both", 3) == expected
        assert not builds and isinstance(view.graph, DiskLineageGraph)
    finally:
        served.close()


def test_a_build_process_ends_when_its_server_is_killed(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The background build runs in a child process; a server killed mid-build must not
    leave it building on for nobody."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import multiprocessing, os, sys, time\n"
        "from mandate_graph.graph.lineage import _end_with_parent\n"
        "if __name__ == '__main__':\n"
        "    child = multiprocessing.get_context('spawn').Process(target=_end_with_parent, args=(os.getpid(),))\n"
        "    child.start()\n"
        "    print(child.pid, flush=True)\n"
        "    time.sleep(600)\n"
    )
    (tmp_path / "server.py").write_text(script)
    server = subprocess.Popen([sys.executable, str(tmp_path / "server.py")], stdout=subprocess.PIPE, text=True)
    assert server.stdout is not None
    child = int(server.stdout.readline())
    os.kill(child, 0)  # alive while its server is
    time.sleep(1)
    os.kill(child, 0)
    server.send_signal(signal.SIGKILL)
    server.wait()
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.1)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the build process outlived its server")

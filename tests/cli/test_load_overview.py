"""`mandates load` brings the statistics and the home page's lists kept beside the store up to
date (graph/kept_views.py); a server started after it reads them back, computes nothing of them
from the whole store, and shows what a server that built them from scratch shows. A server's
Graph Store PUT and DELETE and SPARQL Update bring them up to date from the graphs written."""

from __future__ import annotations

import re
import shutil
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any, Iterator

import pytest
from fastapi.testclient import TestClient

from mandate_graph.graph import overview, stats, stats_kept
from mandate_graph.graph.context import Context
from mandate_graph.graph.member_values import how_kept
from mandate_graph.graph.namespaces import MG
from mandate_graph.graph.stats_kept import StatsFile
from mandate_graph.graph.store.revision import FOLDER
from tests.cli.test_load_views import FIRST, LATER, mandates_load, revision_of, token
from tests.conftest import BASE, loader_for, make_context
from tests.support.http_server import TOKEN

FILES = (stats_kept.FILE, f"{overview.INSTRUMENTS_FILE}.sqlite", f"{overview.DOCUMENTS_FILE}.sqlite")


def kept(ctx: Context) -> tuple[str, str, str]:
    """How the three files were found by the last look at them."""
    lists = how_kept(ctx.store)
    return stats_kept.how_kept(ctx.store), lists[overview.INSTRUMENTS_FILE], lists[overview.DOCUMENTS_FILE]


def home_parts(client: TestClient) -> dict[str, Any]:
    """What the home page shows of the statistics and the two lists, and `/api/stats`."""
    page = client.get("/").text
    sections = {name: re.search(rf'<section aria-labelledby="{name}">.*?</section>', page, re.S) for name in
                ("counts-h", "docs-h", "sessions-h")}
    assert all(sections.values()), page[:2000]
    return {"api/stats": client.get("/api/stats").json(), **{k: m.group(0) for k, m in sections.items() if m}}


@pytest.fixture()
def servers() -> Iterator[Any]:
    contexts: list[Context] = []

    def start(store: Path, **settings: object) -> tuple[Context, TestClient]:
        from mandate_graph.api.app import create_app

        ctx = make_context(str(store), **settings)
        contexts.append(ctx)
        return ctx, TestClient(create_app(ctx))

    yield start
    for ctx in contexts:
        ctx.close()


def without_views(store: Path, to: Path) -> Path:
    shutil.copytree(store, to)
    shutil.rmtree(to / FOLDER)
    return to


def test_after_mandates_load_a_start_reads_them_back_and_shows_what_a_rebuild_shows(
        tmp_path: Path, servers: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    assert mandates_load(store, *FIRST).exit_code == 0
    ctx = make_context(str(store))  # what a server's start leaves beside the store
    stats.current(ctx.store), overview.current_sessions(ctx.store, ctx.ids), overview.current_documents(ctx.store, ctx.ids)
    ctx.close()
    done = mandates_load(store, LATER)
    assert done.exit_code == 0, done.output
    assert "statistics and home lists updated" in " ".join(done.output.split()), done.output
    for name in FILES:
        assert revision_of(store / FOLDER / name) == token(store), name
    scratch = without_views(store, tmp_path / "scratch")
    _, rebuilt = servers(scratch)
    expected = home_parts(rebuilt)

    def whole_store(*args: object) -> None:
        raise AssertionError("computed from the whole store on the first start after a load")

    for name in ("_build",):
        monkeypatch.setattr(StatsFile, name, whole_store)
    monkeypatch.setattr(stats, "collect", whole_store)
    monkeypatch.setattr(overview, "instruments_by_session", whole_store)
    monkeypatch.setattr(overview, "recent_documents", whole_store)
    ctx, client = servers(store)
    with client:  # the server's start: its background refresh brings every value current
        deadline = time.monotonic() + 60
        while client.get("/health").json()["values"] != "current" and time.monotonic() < deadline:
            time.sleep(0.05)
        assert client.get("/health").json()["values"] == "current" and ctx.background_error is None
        assert kept(ctx) == ("read back",) * 3
        assert home_parts(client) == expected


def test_a_server_brings_them_up_to_date_after_put_delete_and_update(tmp_path: Path, servers: Any) -> None:
    store = tmp_path / "store"
    assert mandates_load(store, *FIRST).exit_code == 0
    ctx, client = servers(store, update_token=TOKEN)
    auth = {"Authorization": f"Bearer {TOKEN}"}
    body, resolution = f"<{BASE}body/by-hand>", f"<{BASE}instrument/by-hand/resolution/12/1>"
    turtle = (f'{resolution} a <{MG.Resolution}> ; <{MG.number}> "12/1" ; <{MG.issuedBy}> {body} .\n'
              f'{body} a <{MG.Body}> ; <http://www.w3.org/2004/02/skos/core#prefLabel> "By hand" .\n')
    graph = f"{BASE}graph/by-hand"

    def check(response: Any) -> None:
        assert response.status_code < 300, response.text
        assert client.get("/api/stats").json() == {"api_version": "1", **asdict(stats.collect(ctx.store))}
        every = overview.instruments_by_session(ctx.store, ctx.ids)
        assert overview.current_sessions(ctx.store, ctx.ids, 10**6, 10**6).groups == every
        assert overview.current_documents(ctx.store, ctx.ids) == overview.recent_documents(
            ctx.store, ctx.ids, overview.HOME_DOCUMENTS)
        assert kept(ctx) == ("updated",) * 3

    with client:
        home_parts(client)  # every file built
        check(client.put("/store", params={"graph": graph}, content=turtle,
                         headers={**auth, "Content-Type": "text/turtle"}))
        assert "By hand" in client.get("/").text
        check(client.post("/update", headers=auth, data={
            "update": f"DELETE DATA {{ GRAPH <{graph}> {{ {resolution} a <{MG.Resolution}> }} }}"}))
        source = next(g for g in ctx.store.named_graphs() if ctx.store.query(f"ASK {{ GRAPH <{g}> {{ <{g}> a mg:SourceGraph }} }}"))
        check(client.delete("/store", params={"graph": source}, headers=auth))
        loader_for(ctx).load([LATER])  # a load while the server runs (the same process)
        check(client.get("/health"))

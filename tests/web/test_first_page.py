"""The first page of a process (api/web/template_warm_up.py, `MandateStatusModel.fields_of`):
the templates are compiled by the background refresh, every one of them, so a first request
does not; a page served before that equals the same page served after it; the tracker's rows
made without pydantic's models are the JSON API's mandates."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.api.models import MandateStatusModel
from mandate_graph.api.web import routes as web_routes
from mandate_graph.api.web.tracker_rows import HandedOverRows
from mandate_graph.api.web.template_warm_up import TEMPLATE_FOLDER, template_names
from mandate_graph.graph.context import Context
from mandate_graph.graph.entities import EntityReader
from mandate_graph.graph.generations import derived
from mandate_graph.graph.settings import Settings
from mandate_graph.graph.status import statuses
from tests.conftest import CORPUS, loader_for, make_context


@pytest.fixture(scope="module")
def corpus() -> Iterator[Context]:
    ctx = make_context()
    loader_for(ctx).load([CORPUS])
    yield ctx
    ctx.close()


def compiled_templates() -> set[str]:
    return {t.name for t in web_routes.templates.env.cache.values() if t is not None}  # type: ignore[union-attr]


def pages(ctx: Context) -> list[str]:
    """The pages a first request most often asks for: the tracker, home, a body, search."""
    body = next(m.addressee for m in statuses.get(ctx.store) if "/body/" in m.addressee)
    key = body.removeprefix(ctx.ids.base)
    label = EntityReader(ctx.store, ctx.ids).infos([body])[body].label
    return ["/mandates", "/", f"/id/{key}", "/search?q=" + label, "/mandates?offset=10&limit=5", "/browse/bodies"]


def without_timing(html: str) -> str:
    return re.sub(r"app;dur=[0-9.]+", "", html)


def test_every_template_is_compiled_by_the_background_refresh(corpus: Context) -> None:
    names = template_names()
    assert set(names) == {p.name for p in TEMPLATE_FOLDER.glob("*.html")} and names[:2] == ["layout.html", "mandates.html"]
    web_routes.templates.env.cache.clear()  # as in a process that has shown no page yet
    create_app(corpus)  # registers the pages' values, the templates among them
    assert not compiled_templates()
    derived.refresh(corpus.store)
    assert compiled_templates() == set(names)


def test_a_page_before_the_warm_up_equals_the_page_after_it(corpus: Context) -> None:
    client = TestClient(create_app(corpus))  # no lifespan: no background refresh
    paths = pages(corpus)
    web_routes.templates.env.cache.clear()
    first = {path: client.get(path, headers={"Accept": "text/html"}) for path in paths}
    assert compiled_templates() < set(template_names())  # these pages compiled only their own
    derived.refresh(corpus.store)
    for path in paths:
        again = client.get(path, headers={"Accept": "text/html"})
        assert first[path].status_code == again.status_code == 200, path
        assert without_timing(first[path].text) == without_timing(again.text), path
    assert "<table" in first["/mandates"].text and first["/mandates"].text.count("<tr data-status=") == 68


def test_the_tracker_rows_are_the_json_apis_mandates(corpus: Context) -> None:
    base = corpus.ids.base
    found = statuses.get(corpus.store)
    assert found
    for m in found:
        assert MandateStatusModel.fields_of(m, base) == MandateStatusModel.from_status(m, base).model_dump()
    # Links of every kind and their optional fields are among them (so each is compared).
    kinds = {lk.kind for m in found for lk in m.fulfilled_by + m.renewed_by}
    assert len(kinds) >= 2
    api: dict[str, Any] = TestClient(create_app(corpus)).get("/api/mandates?limit=1000").json()
    tracker = TestClient(create_app(corpus)).get("/mandates?limit=1000").text
    shown = json.loads(re.search(r'<script id="mandate-data" type="application/json">(.*?)</script>', tracker, re.S)
                       .group(1))  # type: ignore[union-attr]
    keys = ["id", "iri", "label", "instrument", "addressee", "action", "tasks", "dueAt", "overdue", "evidence",
            "fulfilledBy", "renewedBy"]
    assert sorted([{k: row[k] for k in keys} for row in shown], key=lambda r: r["iri"]) == \
        sorted([{k: item[k] for k in keys} for item in api["items"]], key=lambda r: r["iri"])


# ------------------------------------------------------------------------------ read-only processes


def tracker_pages(client: TestClient, ctx: Context) -> list[str]:
    """Pages that read the tracker's rows: filters, a page further on, home, a mandate."""
    paths = ["/mandates", "/mandates?status=open", "/mandates?action=request&limit=5&offset=3",
             "/mandates?addressee=Working", "/mandates?q=report", "/mandates/addressees?q=group", "/"]
    return [without_timing(client.get(path, headers={"Accept": "text/html"}).text) for path in paths]


def test_read_only_processes_serve_the_tracker_from_the_copy_handed_over(tmp_path: Path) -> None:
    from mandate_graph.cli.serving import _copy_views
    from mandate_graph.graph import status_rows

    writable = make_context(store=str(tmp_path / "store"))
    loader_for(writable).load([CORPUS])
    served = TestClient(create_app(writable))
    expected = tracker_pages(served, writable)  # the statuses file and its tracker columns, built
    mandate = next(iter(web_routes._tracker(writable.store, writable.ids).page(0, 1)[1]))["id"]
    expected_mandate = without_timing(served.get(f"/id/{mandate}", headers={"Accept": "text/html"}).text)
    taken_at = writable.store.generation
    writable.store.checkpoint(tmp_path / "snapshot")  # type: ignore[attr-defined]
    copy = _copy_views(writable, tmp_path / "snapshot", taken_at)
    writable.close()
    assert copy is not None and copy.exists()

    reader = make_context(store=str(tmp_path / "snapshot"), read_only=True, tracker_rows=str(copy))
    try:
        client = TestClient(create_app(reader))
        assert tracker_pages(client, reader) == expected
        assert without_timing(client.get(f"/id/{mandate}", headers={"Accept": "text/html"}).text) == expected_mandate
        assert isinstance(web_routes._tracker(reader.store, reader.ids)._rows, HandedOverRows)
        # Read from the copy: no status computed in this process (the statuses, when read, from the copy too).
        assert reader.store not in status_rows._files or status_rows._files[reader.store].handed_over
    finally:
        reader.close()

    # A copy made for another base IRI is refused: the process computes its rows, the same pages.
    other = Context.open(Settings.from_env(store=str(tmp_path / "snapshot"), read_only=True, tracker_rows=str(copy),
                                           base_iri="https://example.org/id/"))
    try:
        with pytest.raises(ValueError):
            HandedOverRows(copy, other.ids.base)
        assert TestClient(create_app(other)).get("/mandates").status_code == 200
        assert not isinstance(web_routes._tracker(other.store, other.ids)._rows, HandedOverRows)
        # Nor is the statuses' copy written to make them: they are computed in memory.
        assert not status_rows._files[other.store].handed_over and status_rows._files[other.store].path is None
    finally:
        other.close()


def test_no_copy_is_made_when_only_a_whole_store_read_would_make_one(tmp_path: Path) -> None:
    from mandate_graph.cli.serving import _copy_views

    ctx = make_context(store=str(tmp_path / "store"))
    loader_for(ctx).load([sorted(CORPUS.iterdir())[0]])
    try:  # never served: no statuses file kept yet, and building one reads the whole store
        ctx.store.checkpoint(tmp_path / "snapshot")  # type: ignore[attr-defined]
        assert _copy_views(ctx, tmp_path / "snapshot", ctx.store.generation) is None
        assert not list((tmp_path / "snapshot").glob("mandate-graph-views/*.sqlite"))
    finally:
        ctx.close()

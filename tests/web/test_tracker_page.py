"""The tracker's page (`/mandates`) as a user gets it, whichever way its rows are made: read
straight from the statuses' JSON, rendered by the rows' own template, the unfiltered first
page made once per generation and read back after a restart. Each page is compared with the
page the tracker rendered before: every row made through the JSON API's status
(`MandateStatusModel.fields_of(from_row(...))`), its loop inline in the page and ``rows|tojson``."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from jinja2 import Template

from mandate_graph.api.models import MandateStatusModel
from mandate_graph.api.web import routes
from mandate_graph.api.web.tracker_rows import status_fields
from mandate_graph.graph.context import Context
from mandate_graph.graph.status import statuses
from mandate_graph.graph.status_rows import COLUMNS, from_row
from tests.conftest import BASE, CORPUS, loader_for, make_context

TEMPLATES = Path(routes.__file__).parent / "templates"


def _page_as_before() -> Template:
    """`mandates.html` as it was: the rows' loop inline, its counts and JSON from ``rows``."""
    page = (TEMPLATES / "mandates.html").read_text()
    loop = (TEMPLATES / "mandate_rows.html").read_text().split("-#}\n", 1)[1].removesuffix("\n")
    loop = re.sub(r'\b([mae])\["(\w+)"\]', r"\1.\2", loop)  # the rows' fields as attributes, as it read them
    page = page.replace("{{ shown.html }}", loop).replace("shown.count", "rows|length")
    page = page.replace("{{ shown.json }}", "{{ rows|tojson }}")
    assert "shown" not in page
    return routes.templates.env.from_string(page)


def _rows_as_before(ctx: Context, shown: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The same rows, each made through the status objects and the API's fields."""
    out = []
    for row in shown:
        found = statuses.rows(ctx.store).read(f"SELECT {COLUMNS} FROM mandates WHERE iri = ?", (row["iri"],))
        fields = MandateStatusModel.fields_of(from_row(found[0]), ctx.ids.base)
        out.append({**fields, **{k: row[k] for k in ("status", "instrument_label", "addressee_label", "due_label")},
                    "answers": row["answers"]})
    return out


URLS = ["/mandates", "/mandates?status=open", "/mandates?status=fulfilled", "/mandates?action=request",
        "/mandates?q=report", "/mandates?limit=3", "/mandates?offset=2&limit=5", "/mandates?offset=100000",
        "/mandates?status=due", "/mandates?q=%00"]


def _pages(client: TestClient, ctx: Context, monkeypatch: pytest.MonkeyPatch) -> dict[str, tuple[bytes, bytes]]:
    """Each URL's page, and the page as the tracker rendered it before, from the same values."""
    shown: list[dict[str, Any]] = []
    contexts: list[dict[str, Any]] = []
    made = routes.shown_rows
    page_of = routes._page

    def keep_rows(env: Any, rows: list[dict[str, Any]]) -> Any:
        shown[:] = rows
        return made(env, rows)

    def keep_context(request: Any, name: str, context: dict[str, Any], *args: Any, **kwargs: Any) -> Any:
        contexts.append(context)
        return page_of(request, name, context, *args, **kwargs)

    monkeypatch.setattr(routes, "shown_rows", keep_rows)
    monkeypatch.setattr(routes, "_page", keep_context)
    before = _page_as_before()
    tracker = routes._tracker(ctx.store, ctx.ids)
    out = {}
    for url in URLS:
        shown.clear()
        page = client.get(url)
        assert page.status_code == 200
        context = contexts[-1]
        if url == "/mandates":  # the first page: not made here when read back; its rows as the tracker reads them
            shown[:] = tracker.page(0, routes.MANDATES_PAGE)[1]
        assert context["shown"].count == len(shown)
        rows = _rows_as_before(ctx, shown)
        old = before.render({**context, "titles": routes.TITLES, "rows": rows})
        out[url] = (page.content, old.encode())
    return out


def test_the_rows_read_from_json_are_the_api_statuses_fields() -> None:
    ctx = make_context()
    try:
        loader_for(ctx).load([CORPUS])
        found = statuses.rows(ctx.store).read(f"SELECT {COLUMNS} FROM mandates")
        assert len(found) > 20
        assert any(r[-1].count('"') > 40 for r in found)  # some with links and their evidence
        for row in found:
            for base in (BASE, "https://elsewhere.example/"):
                assert status_fields(row, base) == MandateStatusModel.fields_of(from_row(row), base)
    finally:
        ctx.close()


def test_every_page_is_the_page_rendered_before_and_the_first_comes_back_after_a_restart(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ctx = make_context(str(tmp_path / "store"))
    try:
        loader_for(ctx).load([CORPUS])
        first = _pages(TestClient(routes_app(ctx)), ctx, monkeypatch)
    finally:
        ctx.close()
    for url, (page, old) in first.items():
        assert page == old, url
    assert b'<tr data-status="' in first["/mandates"][0] and b'"instrument_label": ' in first["/mandates"][0]
    assert first["/mandates?limit=3"][0].count(b'<tr data-status="') == 3
    def made_again(ids: Any) -> Any:
        return lambda store: pytest.fail("the first page made again, not read back")

    monkeypatch.setattr(routes, "_first_page_of", made_again)
    ctx = make_context(str(tmp_path / "store"))
    try:
        again = _pages(TestClient(routes_app(ctx)), ctx, monkeypatch)
    finally:
        ctx.close()
    for url, (page, old) in again.items():
        assert page == old == first[url][0], url
    assert list((tmp_path / "store" / "mandate-graph-views").glob("mandates-page-first-*.json"))


def routes_app(ctx: Context) -> Any:
    from mandate_graph.api.app import create_app

    return create_app(ctx)


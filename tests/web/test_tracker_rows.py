"""The mandate tracker served from its rows kept beside the store (api/web/tracker_rows.py): a
restart of an unchanged store answers `/mandates` and the home page from the file, without
reading every status and label again; a write makes them be computed again; the pages, filters
and home-page summary are what the tracker showed when it filtered its rows in Python."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.web import routes as web_routes
from mandate_graph.api.web.tracker_rows import FILE, sort_key, searchable
from mandate_graph.graph.context import Context
from mandate_graph.graph.store.revision import FOLDER
from tests.conftest import CORPUS, loader_for, make_context

CORPUS_FILES = sorted(p for p in CORPUS.iterdir() if p.is_file())


def _app(ctx: Context) -> TestClient:
    from mandate_graph.api.app import create_app

    return TestClient(create_app(ctx))


def _ids_on_page(html: str) -> list[str]:
    return re.findall(r'<tr data-status="[a-z]+"[^>]* data-id="([^"]+)"', html)


def _wait_current(client: TestClient) -> None:
    deadline = time.monotonic() + 120
    while client.get("/health").json()["values"] != "current" and time.monotonic() < deadline:
        time.sleep(0.05)


def _expected(rows: list[dict[str, Any]], status: str | None = None, action: str | None = None,
              addressee: str | None = None, q: str | None = None) -> list[str]:
    """The tracker's rows as it filtered them in Python: sorted, then each filter."""
    kept = []
    for row in sorted(rows, key=sort_key):
        if status and row["status"] != status or action and row["action"] != action:
            continue
        if addressee and row["addressee_label"] != addressee:
            continue
        if q and not any(q.lower() in t.lower() for t in searchable(row)):
            continue
        kept.append(row["id"])
    return kept


def test_the_tracker_pages_and_filters_as_it_did_in_python(loaded_ctx: Context) -> None:
    rows = web_routes._read_mandate_rows(loaded_ctx.store, loaded_ctx.ids)
    tracker = web_routes._tracker(loaded_ctx.store, loaded_ctx.ids)
    addressee, action = rows[0]["addressee_label"], rows[-1]["action"]
    task = next(t for r in rows for t in r["tasks"] if len(t) > 20)
    cases: list[dict[str, Any]] = [{}, {"status": "open"}, {"status": "due"}, {"status": "fulfilled"}, {"action": action},
                                   {"addressee": addressee}, {"q": task[5:20].upper()}, {"q": "ConFerence"},
                                   {"q": "no such text anywhere"}, {"status": "open", "addressee": addressee},
                                   {"q": "a\0b"}]
    for filters in cases:
        expected = _expected(rows, **filters)
        total, page = tracker.page(0, 1000, **filters)
        assert total == len(expected) and [r["id"] for r in page] == expected, filters
        if len(expected) > 2:
            total, second = tracker.page(1, 2, **filters)
            assert [r["id"] for r in second] == expected[1:3]
    assert tracker.values("action") == sorted({r["action"] for r in rows})
    assert tracker.values("addressee_label") == sorted({r["addressee_label"] for r in rows})
    assert tracker.counts() == {s: sum(r["status"] == s for r in rows) for s in {r["status"] for r in rows}}
    waiting = [r for r in rows if r["status"] in {"due", "open"}]
    waiting.sort(key=lambda m: (m["status"] != "due", m["due_label"] or "", m["instrument_label"]))
    assert tracker.waiting(5) == (len(waiting), waiting[:5])
    assert tracker.one(rows[3]["id"]) == rows[3] and tracker.one("mandate/none") is None


def test_a_restart_serves_the_tracker_from_the_file_and_a_write_computes_it_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = str(tmp_path / "store")
    ctx = make_context(store=store)
    assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[:3]))
    with _app(ctx) as client:
        first = client.get("/mandates", params={"limit": 1000}).text
        _wait_current(client)  # the home page shows the mandates once the background has built them
        home = client.get("/").text
    ctx.close()
    assert (tmp_path / "store" / FOLDER / FILE).is_file()
    shown = _ids_on_page(first)
    assert shown

    computed: list[int] = []
    read_rows = web_routes._read_mandate_rows

    def counting(store: Any, ids: Any) -> list[dict[str, Any]]:
        computed.append(1)
        return read_rows(store, ids)

    monkeypatch.setattr(web_routes, "_read_mandate_rows", counting)
    ctx = make_context(store=store)  # a restart of the unchanged store
    with _app(ctx) as client:
        again = client.get("/mandates", params={"limit": 1000}).text
        assert _ids_on_page(again) == shown
        _wait_current(client)
        badges = re.findall(r'status-(\w+)" href', client.get("/").text)
        assert badges and badges == re.findall(r'status-(\w+)" href', home)
        assert not computed  # neither every status nor every label read again

        assert all(r.ok for r in loader_for(ctx).load(CORPUS_FILES[3:]))  # a write: the rows are of another content
        after = client.get("/mandates", params={"limit": 1000}).text
        assert computed
        expected = _expected(read_rows(ctx.store, ctx.ids))
        assert _ids_on_page(after) == expected and len(expected) >= len(shown)
    ctx.close()

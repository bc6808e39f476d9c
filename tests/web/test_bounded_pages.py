"""The pages that list the whole graph (home, mandate tracker) show a bounded part of it, with
links to the rest: what a reader sees at any size of the store. On the sample corpus."""

from __future__ import annotations

import re
from html import unescape

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.web import routes as web_routes
from mandate_graph.graph.overview import instruments_by_session
from mandate_graph.graph.status import statuses
from tests.web.test_tracker_rows import rows_in_python


@pytest.fixture(scope="module")
def client(loaded_ctx):  # type: ignore[no-untyped-def]
    from mandate_graph.api.app import create_app

    return TestClient(create_app(loaded_ctx))


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr data-status="([a-z]+)"', html)


def _links(html: str, css_class: str) -> list[str]:
    return [unescape(h) for h in re.findall(rf'<a class="{css_class}" href="([^"]+)"', html)]


def test_the_mandate_tracker_pages_its_rows_with_links_to_the_next(client, loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    every = len(statuses.get(loaded_ctx.store))
    whole = client.get("/mandates").text
    assert len(_rows(whole)) == every  # the sample corpus's mandates fit one page: as before
    assert 'rel="next"' not in whole

    first = client.get("/mandates", params={"limit": 3}).text
    assert len(_rows(first)) == 3
    assert f"{every} of {every} mandates match" in first and "1–3 on this page" in first
    following = unescape(re.search(r'<a href="([^"]+)" rel="next"', first).group(1))  # type: ignore[union-attr]
    assert "offset=3" in following and "limit=3" in following
    seen = []
    page = first
    while True:
        seen += re.findall(r'data-id="([^"]+)"', page)
        nxt = re.search(r'<a href="([^"]+)" rel="next"', page)
        if not nxt:
            break
        page = client.get(unescape(nxt.group(1))).text
    assert len(seen) == len(set(seen)) == every  # every mandate once, over the pages


def test_the_mandate_trackers_filters_narrow_every_mandate_on_the_server(client, loaded_ctx) -> None:  # type: ignore[no-untyped-def]
    rows = rows_in_python(loaded_ctx.store, loaded_ctx.ids)
    open_ones = [r for r in rows if r["status"] == "open"]
    assert open_ones and len(open_ones) < len(rows)
    page = client.get("/mandates", params={"status": "open", "limit": 2}).text
    assert set(_rows(page)) == {"open"} and len(_rows(page)) == min(2, len(open_ones))
    assert f"{len(open_ones)} of {len(rows)} mandates match" in page
    assert 'value="open" selected' in page
    if len(open_ones) > 2:
        assert "status=open" in unescape(re.search(r'<a href="([^"]+)" rel="next"', page).group(1))  # type: ignore[union-attr]
    addressee = rows[0]["addressee_label"]
    to_it = client.get("/mandates", params={"addressee": addressee}).text
    assert len(_rows(to_it)) == sum(r["addressee_label"] == addressee for r in rows)
    task = next(t for r in rows for t in r["tasks"] if len(t) > 20)
    found = client.get("/mandates", params={"q": task[5:20].upper()}).text  # any case
    assert 0 < len(_rows(found)) < len(rows)


def test_the_home_page_shows_the_latest_sessions_and_links_to_the_rest(client, loaded_ctx, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    groups = instruments_by_session(loaded_ctx.store, loaded_ctx.ids)
    assert len(groups) >= 2
    biggest = max(groups[:1], key=lambda g: len(g.instruments))
    assert len(biggest.instruments) >= 2
    monkeypatch.setattr(web_routes, "HOME_SESSIONS", 1)
    monkeypatch.setattr(web_routes, "HOME_INSTRUMENTS_PER_SESSION", 1)
    home = client.get("/").text
    shown = home.split('id="sessions-h"', 1)[1]
    assert shown.count("<details") == 1 and shown.count('<li><a href="/id/instrument/') == 1
    assert _links(home, "more-sessions") == ["/browse/instruments"]
    (more,) = _links(home, "more-instruments")
    assert f"All {len(biggest.instruments)} of this session" in home
    listed = client.get(more).text
    assert f"{len(biggest.instruments)} in all" in listed
    ids = re.findall(r'<li><a href="/id/(instrument/[^"]+)"', listed)
    assert sorted(ids) == sorted(i.id for i in biggest.instruments)


def test_the_browse_list_of_an_issuer_with_no_instruments_is_empty(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/browse/instruments", params={"issuer": "no-such-body", "session": "1"})
    assert page.status_code == 200 and "0 in all issued by" in page.text


def test_the_home_page_does_not_wait_for_the_mandates_statuses_being_built(client, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from mandate_graph.graph.generations import derived

    monkeypatch.setattr(derived, "ready", lambda *args, **kwargs: None)  # as while the background builds them
    home = client.get("/")
    assert home.status_code == 200 and "statuses are being computed" in home.text
    assert "Waiting for an answer" not in home.text

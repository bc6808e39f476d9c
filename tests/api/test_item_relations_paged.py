"""An item shows at most `limit` values of each relation (100 by default) and says where the
rest is: an entity with thousands of relations answers in one page's time. On the sample
corpus the body cop-untoc has issued 45 instruments."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app

BODY = "/api/bodies/cop-untoc"


@pytest.fixture(scope="module")
def client(loaded_ctx):  # type: ignore[no-untyped-def]
    return TestClient(create_app(loaded_ctx))


def test_an_item_whose_relations_all_fit_answers_as_before(client: TestClient) -> None:
    whole = client.get(BODY).json()
    assert "more" not in whole
    assert len(whole["relations"]["issued"]) == 45
    assert client.get(BODY, params={"limit": 100}).json() == whole


def test_a_cut_relation_says_how_many_and_its_pages_give_every_value_once(client: TestClient) -> None:
    whole = client.get(BODY).json()
    first = client.get(BODY, params={"limit": 4}).json()
    assert all(len(values) <= 4 for values in first["relations"].values())
    assert first["more"]["issued"] == {"total": 45, "offset": 0, "shown": 4,
                                       "next": f"{BODY}?rel=issued&offset=4&limit=4"}
    assert set(first["more"]) == {n for n, v in whole["relations"].items() if len(v) > 4}
    assert first["relations"]["issued"] == whole["relations"]["issued"][:4]  # with their evidence

    values: list[dict[str, Any]] = list(first["relations"]["issued"])
    link = first["more"]["issued"]["next"]
    while link:
        page = client.get(link).json()
        assert set(page["relations"]) == {"issued"}
        values += page["relations"]["issued"]
        link = page["more"]["issued"]["next"]
    assert values == whole["relations"]["issued"]


def test_an_unknown_relation_is_a_404_naming_the_relations(client: TestClient) -> None:
    answer = client.get(BODY, params={"rel": "nothing"})
    assert answer.status_code == 404 and "issued" in answer.json()["known"]


def test_the_entity_page_shows_a_page_of_a_long_relation_and_links_to_the_next(client: TestClient) -> None:
    page = client.get("/id/body/cop-untoc", params={"limit": 10}, headers={"Accept": "text/html"}).text
    assert "1–10 of 45" in page
    following = re.search(r'<a href="([^"]*rel=issued[^"]*)">Next issued', page)
    assert following is not None
    second = client.get(unescape(following.group(1)), headers={"Accept": "text/html"}).text
    assert "11–20 of 45" in second and 'href="/id/body/cop-untoc">Every relation' in second
    assert "1–10 of 45" not in client.get("/id/body/cop-untoc", headers={"Accept": "text/html"}).text

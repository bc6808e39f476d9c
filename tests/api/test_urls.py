"""api/urls.py: the API's links to entities, made from their IRIs."""

from __future__ import annotations

import pytest

from mandate_graph.api.urls import api_href

BASE = "https://w3id.org/mandate-graph/id/"


@pytest.mark.parametrize("path,href", [
    ("instrument/cop-untoc/resolution/7/1", "/api/instruments/cop-untoc/resolution/7/1"),
    ("body/cop-untoc/wg-firearms", "/api/bodies/cop-untoc/wg-firearms"),
    ("meeting/cop-untoc/wg-firearms/7", "/api/meetings/cop-untoc/wg-firearms/7"),
    ("session/cop-untoc/11", "/api/sessions/cop-untoc/11"),
    ("document/CTOC/COP/2022/9", "/api/documents/CTOC/COP/2022/9"),
    ("mandate/cop-untoc/resolution/10/6/requests/body/ga", "/api/mandates/cop-untoc/resolution/10/6/requests/body/ga"),
    # no page in the API: evidence nodes, source graphs, a bare collection prefix
    ("evidence/003/0a1b", None),
    ("graph/003-c77e2318912434e6", None),
    ("body", None),
    ("body/", None),
])
def test_entities_under_the_base_link_to_their_collection(path: str, href: str | None) -> None:
    assert api_href(BASE + path, BASE) == href


def test_iris_outside_the_base_have_no_link() -> None:
    assert api_href("https://undocs.org/CTOC/COP/2022/9", BASE) is None
    assert api_href(BASE + "body/ga", "https://example.org/other/") is None
    assert api_href(None, BASE) is None
    # Another base: the same entity, the same link.
    assert api_href("https://example.org/other/body/ga", "https://example.org/other/") == "/api/bodies/ga"

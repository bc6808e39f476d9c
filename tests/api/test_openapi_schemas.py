"""The JSON API's published schemas are the truth: every /api route's answer on the sample
corpus (plus the hand-built graph) validates against the schema /openapi.json gives for it,
no route publishes an empty schema, and the examples come from the models and fit them."""

from __future__ import annotations

import json
import re
import tokenize
from pathlib import Path
from typing import Any, Iterator
from urllib.parse import quote

import jsonschema
import pytest
from fastapi.testclient import TestClient

from mandate_graph.api import models
from mandate_graph.api.app import create_app
from mandate_graph.graph.context import Context
from mandate_graph.graph.lineage import lineage
from mandate_graph.graph.lineage_export import to_json
from tests.support.http_server import sample_context

ROOT = Path(__file__).resolve().parent.parent.parent


@pytest.fixture(scope="module")
def corpus_ctx() -> Context:
    """The sample corpus and the hand-built graph, in memory (read only)."""
    return sample_context(with_corpus=True)


@pytest.fixture(scope="module")
def client(corpus_ctx: Context) -> TestClient:
    return TestClient(create_app(corpus_ctx))


@pytest.fixture(scope="module")
def openapi(client: TestClient) -> dict[str, Any]:
    return client.get("/openapi.json").json()  # type: ignore[no-any-return]


def json_routes(openapi: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Path template -> the schema of its 200 application/json answer, for every GET under /api."""
    routes = {}
    for path, operations in openapi["paths"].items():
        if path.startswith("/api") and "get" in operations:
            content = operations["get"]["responses"]["200"].get("content", {})
            routes[path] = content.get("application/json", {}).get("schema", {})
    return routes


def urls_to_check(client: TestClient) -> Iterator[str]:
    """Calls of every JSON route, over entities of every kind the corpus has."""
    yield "/api"
    for collection in ("instruments", "bodies", "meetings", "sessions", "documents"):
        page = client.get(f"/api/{collection}", params={"limit": 1000}).json()
        yield f"/api/{collection}?limit=1000"
        yield f"/api/{collection}?limit=2&offset=2"
        for item in page["items"][:: max(1, len(page["items"]) // 12)]:  # a dozen of each, spread out
            yield f"/api/{collection}/{item['id'].split('/', 1)[1]}"
    for ref in ("resolution 7/1", "CTOC/COP/WG.4/2021/6", "Working Group on Firearms", "COP 11"):
        yield "/api/resolve?ref=" + quote(ref)
    for text in ("firearms", "trafficking", "report"):
        yield "/api/search?q=" + text
    yield "/api/stats"
    yield "/api/queries"
    for query in client.get("/api/queries").json()["queries"]:
        yield from query["exampleLinks"]
    mandates = client.get("/api/mandates", params={"limit": 1000}).json()["items"]
    yield "/api/mandates?limit=1000"
    yield "/api/mandates?status=fulfilled&limit=3"
    for mandate in mandates[::5]:
        yield f"/api/mandates/{mandate['id']}"
    for root in ("instrument/cop-untoc/resolution/10/6", "body/cop-untoc/wg-international-cooperation",
                 "session/cop-untoc/11", "document/CTOC/COP/WG.4/2021/6", mandates[0]["id"]):
        for direction in ("up", "down", "both"):
            yield f"/api/lineage/{root}?direction={direction}&depth=3&engine=sparql"
    for body in ("cop-untoc/wg-trafficking-in-persons", "cop-untoc/wg-firearms", "cop-untoc"):
        yield f"/api/bodies/{body}/history"
    yield "/api/bodies/cop-untoc?limit=3"  # relations cut: `more` says where the rest is
    yield "/api/bodies/cop-untoc?rel=issued&offset=3&limit=3"
    sources = client.get("/api/sources").json()["items"]
    yield "/api/sources"
    for source in sources:
        yield f"/api/sources/{source['key']}"
    view = client.get(f"/api/sources/{sources[0]['key']}").json()
    span = next(s for s in view["spans"] if s["quote"])
    yield "/api/evidence-link?" + "&".join(f"{k}={quote(v)}" for k, v in
                                           (("document", view["document"]), ("quote", span["quote"])))


def route_of(url: str, templates: list[str]) -> str:
    """The path template a URL was served by (the most specific that matches)."""
    path = url.split("?", 1)[0]
    for template in sorted(templates, key=lambda t: (-t.count("/"), -len(t))):
        pattern = "^" + re.sub(r"\\\{[^}]+\\\}", ".+", re.escape(template)) + "$"
        if re.match(pattern, path):
            return template
    raise AssertionError(f"no route serves {url}")


def test_every_json_route_publishes_a_schema_and_answers_by_it(client: TestClient, openapi: dict[str, Any]) -> None:
    routes = json_routes(openapi)
    assert len(routes) >= 20, sorted(routes)
    empty = sorted(path for path, schema in routes.items() if not schema)
    assert not empty, f"routes with no response schema: {empty}"
    checked: dict[str, int] = {}
    for url in urls_to_check(client):
        response = client.get(url)
        assert response.status_code == 200, (url, response.text[:300])
        template = route_of(url, list(routes))
        # The route's schema with the document's components beside it, so $refs resolve.
        schema = {**routes[template], "components": openapi["components"]}
        errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(response.json()), key=str)
        assert not errors, f"{url} does not fit its schema: {errors[0].message} at {list(errors[0].absolute_path)}"
        checked[template] = checked.get(template, 0) + 1
    assert set(checked) == set(routes), f"routes not exercised: {sorted(set(routes) - set(checked))}"


def test_the_schemas_are_strict_enough_to_catch_a_wrong_answer(client: TestClient, openapi: dict[str, Any]) -> None:
    """A field the schema does not know, or a missing one, is refused (the test above can fail)."""
    schema = {**json_routes(openapi)["/api/instruments/{key}"], "components": openapi["components"]}
    item = client.get("/api/instruments/cop-untoc/resolution/7/1").json()
    jsonschema.validate(item, schema, cls=jsonschema.Draft202012Validator)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**item, "surprise": 1}, schema, cls=jsonschema.Draft202012Validator)
    without_relations = {k: v for k, v in item.items() if k != "relations"}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(without_relations, schema, cls=jsonschema.Draft202012Validator)
    value = next(iter(item["relations"].values()))[0]
    broken = {**item, "relations": {"cites": [{**value, "evidence": [{"quote": 3}]}]}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


def test_examples_come_from_the_models_and_fit_them(openapi: dict[str, Any]) -> None:
    components = openapi["components"]["schemas"]
    response_models = [m for m in vars(models).values()
                       if isinstance(m, type) and issubclass(m, models.ApiModel) and m is not models.ApiModel]
    assert len(response_models) >= 30
    for model in response_models:
        published = components.get(model.__name__)
        assert published is not None, f"{model.__name__} is not in /openapi.json"
        assert published.get("examples"), f"{model.__name__} publishes no example"
        # FastAPI leaves nulls out of what it publishes: an example with a null would be published
        # as an example missing a field.
        assert published["examples"] == model.model_json_schema()["examples"], f"{model.__name__}: a null in an example"
        schema = {**published, "components": openapi["components"]}
        for example in published["examples"]:
            jsonschema.validate(example, schema, cls=jsonschema.Draft202012Validator)
        described = [name for name, field in published["properties"].items() if not field.get("description")]
        assert not described, f"{model.__name__}: fields without a description: {described}"
    # And no route decorator carries a hand-written example any more.
    for path, operations in openapi["paths"].items():
        for operation in operations.values():
            for answer in operation.get("responses", {}).values():
                for media in answer.get("content", {}).values():
                    assert "example" not in media and "examples" not in media, path


def test_the_command_line_writes_the_lineage_json_the_api_answers(client: TestClient, corpus_ctx: Context) -> None:
    for root in ("instrument/cop-untoc/resolution/10/6", "body/cop-untoc/wg-firearms"):
        answered = client.get(f"/api/lineage/{root}?direction=both&depth=3&engine=networkx").json()
        written = to_json(lineage(corpus_ctx.store, corpus_ctx.ids, corpus_ctx.ids.base + root, "both", 3, "networkx"),
                          corpus_ctx.ids)
        assert json.loads(json.dumps(written)) == answered


def api_links(path: Path) -> list[str]:
    """String literals (f-strings too) that start a URL under /api/, as "line: literal"."""
    found = []
    with path.open("rb") as f:
        for token in tokenize.tokenize(f.readline):
            if token.type != tokenize.STRING:
                continue
            body = re.sub(r"^[rbfuRBFU]*('\'\'|\"\"\"|'|\")", "", token.string)
            if body.startswith("/api/"):
                found.append(f"{token.start[0]}: {token.string[:60]}")
    return found


def test_graph_and_loaders_make_no_api_links() -> None:
    """URLs of the HTTP service are api/'s business (api/urls.py): graph/ and loaders/ name
    entities by IRI and id path only."""
    found = [f"{path.relative_to(ROOT)}:{link}" for folder in ("graph", "loaders")
             for path in sorted((ROOT / folder).rglob("*.py")) for link in api_links(path)]
    assert not found, "links to the API built outside api/:\n" + "\n".join(found)


def test_the_link_finder_sees_an_href(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text('"""Served at /api/x."""\n\ndef href(x):\n    return f"/api/{x}" or \'/api/y\'\n')
    assert [link.split(":")[0] for link in api_links(sample)] == ["4", "4"]
    assert api_links(ROOT / "api" / "urls.py")  # where the links are made

"""Errors: the graph raises one kind per cause (graph/errors.py), the JSON API answers every
4xx and 5xx as one problem document (api/errors.py), invalid IRIs are the client's mistake
(400/404, never 500), and the command line prints one error line."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from mandate_graph.api.app import create_app
from mandate_graph.api.errors import PROBLEM_MEDIA_TYPE, status_of
from mandate_graph.graph.errors import (
    EntityNotFound,
    InvalidArgument,
    InvalidIri,
    MandateGraphError,
    NetworkDisabledError,
    QueryLimitError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    named_node,
)
from mandate_graph.graph.lineage import lineage
from mandate_graph.graph.named_queries import NamedQueryError
from mandate_graph.graph.resolve import resolve_reference
from tests.conftest import BASE
from tests.support.http_server import sample_ctx  # noqa: F401  (fixture)


@pytest.fixture(scope="module")
def app(sample_ctx) -> FastAPI:  # type: ignore[no-untyped-def]
    app = create_app(sample_ctx)

    @app.get("/api/_test/bug")
    def bug() -> None:
        raise RuntimeError("secret internals")

    return app


@pytest.fixture(scope="module")
def client(app: FastAPI) -> TestClient:
    return TestClient(app, raise_server_exceptions=False)


def assert_problem(response, status: int) -> dict:  # type: ignore[no-untyped-def]
    """The one error shape: RFC 9457 members, the HTTP status repeated, the media type."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == PROBLEM_MEDIA_TYPE
    body = response.json()
    assert body["status"] == status
    assert isinstance(body["title"], str) and body["title"]
    assert isinstance(body["detail"], str) and body["detail"]
    return body


# ------------------------------------------------------------------------------ the graph's errors


def test_the_hierarchy() -> None:
    assert issubclass(EntityNotFound, MandateGraphError) and not issubclass(EntityNotFound, KeyError)
    assert issubclass(InvalidIri, InvalidArgument) and issubclass(InvalidArgument, MandateGraphError)
    assert issubclass(NamedQueryError, InvalidArgument)


def test_named_node_names_the_bad_text() -> None:
    assert named_node(BASE + "body/ga").value == BASE + "body/ga"
    with pytest.raises(InvalidIri, match="'not an iri' is not a valid IRI"):
        named_node("not an iri")


def test_resolve_a_malformed_iri_is_invalid_and_a_malformed_id_path_names_nothing(sample_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx = sample_ctx
    with pytest.raises(InvalidIri):
        resolve_reference(BASE + 'body/x"y', ctx.store, ctx.ids, ctx.registry)
    found = resolve_reference('body/x"y', ctx.store, ctx.ids, ctx.registry)
    assert found.status == "not_found" and found.iri is None


def test_lineage_errors_say_what_is_wrong(sample_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx = sample_ctx
    with pytest.raises(EntityNotFound, match="not linked to anything") as missing:
        lineage(ctx.store, ctx.ids, BASE + "instrument/cop-untoc/resolution/99/9")
    assert missing.value.iri == BASE + "instrument/cop-untoc/resolution/99/9"
    for engine in ("networkx", "sparql"):
        with pytest.raises(InvalidIri):
            lineage(ctx.store, ctx.ids, BASE + "body/a b", engine=engine)
    with pytest.raises(InvalidArgument, match="unknown engine"):
        lineage(ctx.store, ctx.ids, BASE + "instrument/cop-untoc/resolution/7/1", engine="gremlin")


def test_a_named_query_parameter_that_is_no_iri(sample_ctx) -> None:  # type: ignore[no-untyped-def]
    ctx = sample_ctx
    query = ctx.named_queries["mandates-of-body"]
    with pytest.raises(InvalidArgument):
        query.run(ctx.store, {"body": BASE + 'body/x"y'}, ctx.ids, registry=ctx.registry)


# ------------------------------------------------------------------------------ one shape over HTTP


@pytest.mark.parametrize("exc,status", [
    (EntityNotFound("x"), 404),
    (InvalidIri("x y", "space"), 400),
    (NamedQueryError("missing parameter"), 400),
    (QuerySyntaxError("bad"), 400),
    (NetworkDisabledError("no SERVICE"), 403),
    (QueryTimeoutError("too slow"), 503),
    (QueryLimitError("every query worker is busy"), 503),
    (QueryLimitError("more than 1000 rows"), 422),
    (StoreError("disk gone"), 500),
])
def test_each_error_kind_has_one_status(exc: Exception, status: int) -> None:
    assert status_of(exc) == status  # type: ignore[arg-type]


@pytest.mark.parametrize("url,status", [
    ("/api/resolve?ref=body/x%22y", 404),  # an id path no entity can have: names nothing
    ("/api/queries/mandates-of-body?body=x%22", 400),
    ("/api/queries/mandates-of-body?body=body/x%22", 400),
    ("/api/instruments/x%22y", 400),
    ("/api/lineage?iri=x%22y", 400),
    ("/api/lineage/body/a%20b", 400),
    ("/api/documents?kind=x%22", 400),
    ("/api/evidence-link?document=x%22&quote=a", 400),  # found by tests/api/test_schemathesis.py
])
def test_invalid_iris_and_references_are_client_errors(client: TestClient, url: str, status: int) -> None:
    assert_problem(client.get(url), status)


def test_an_invalid_iri_is_400_and_says_why(client: TestClient) -> None:
    body = assert_problem(client.get("/api/lineage", params={"iri": 'x"y'}), 400)
    assert body["title"] == "Bad Request" and "not a valid IRI" in body["detail"]


def test_unknown_route_under_api(client: TestClient) -> None:
    response = client.get("/api/no-such-collection")
    body = assert_problem(response, 404)
    assert body["title"] == "Not Found" and "/api/no-such-collection" in body["detail"]
    assert response.headers["api-version"] == "1"


def test_validation_errors_list_each_field(client: TestClient) -> None:
    body = assert_problem(client.get("/api/search", params={"q": "a", "limit": "many"}), 422)
    assert {(e["in"], e["name"]) for e in body["errors"]} == {("query", "q"), ("query", "limit")}
    assert "'q'" in body["detail"] and "'limit'" in body["detail"]


def test_not_found_keeps_its_candidates(client: TestClient) -> None:
    body = assert_problem(client.get("/api/bodies/cop-untoc/wg-firearm"), 404)
    assert "body/cop-untoc/wg-firearms" in {c["id"] for c in body["candidates"]}
    body = assert_problem(client.get("/api/resolve", params={"ref": "Working Group on Firarms"}), 404)
    assert body["ref"] == "Working Group on Firarms"
    assert "body/cop-untoc/wg-firearms" in {c["id"] for c in body["candidates"]}
    body = assert_problem(client.get("/api/lineage", params={"ref": "Working Group on Firarms"}), 404)
    assert "body/cop-untoc/wg-firearms" in {c["id"] for c in body["candidates"]}


def test_route_errors_share_the_shape(client: TestClient) -> None:
    body = assert_problem(client.get("/api/queries/no-such-query"), 404)
    assert "mandates-of-body" in body["known"]
    body = assert_problem(client.get("/api/queries/mandates-of-body"), 400)
    assert "missing parameter 'body'" in body["detail"] and body["parameters"]
    assert_problem(client.get("/api/lineage/instrument/cop-untoc/resolution/99/9"), 404)
    assert_problem(client.get("/api/lineage/instrument/cop-untoc/resolution/7/1", params={"format": "png"}), 400)
    assert_problem(client.get("/api/mandates", params={"status": "lost"}), 400)
    assert_problem(client.get("/api/mandates/nothing/here"), 404)
    assert_problem(client.get("/api/bodies/no-such-body/history"), 404)
    assert_problem(client.get("/api/instruments", params={"issuer": "nobody at all"}), 400)


def test_a_bug_is_a_500_without_internals(client: TestClient) -> None:
    body = assert_problem(client.get("/api/_test/bug"), 500)
    assert "secret" not in body["detail"]


def test_outside_the_json_api_errors_keep_their_form(client: TestClient) -> None:
    assert client.get("/no-such-page").json() == {"detail": "Not Found"}  # FastAPI's default
    ld = client.get("/id/body/%FF", headers={"Accept": "text/html"})
    assert ld.status_code == 400 and ld.headers["content-type"].startswith("text/html")
    sparql = client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert sparql.status_code == 400 and sparql.headers["content-type"].startswith("text/plain")
    assert "default-graph-uri" in sparql.text


def test_openapi_describes_the_problem_document(client: TestClient) -> None:
    import json

    paths = {p: ops for p, ops in client.get("/openapi.json").json()["paths"].items()
             if p.startswith("/api") and not p.startswith("/api/_test")}  # not the bug route of this module
    for path, operations in paths.items():
        for operation in operations.values():
            assert PROBLEM_MEDIA_TYPE in operation["responses"]["4XX"]["content"], path
    assert "HTTPValidationError" not in json.dumps(paths)  # FastAPI's own 422 body is not what we send


# ------------------------------------------------------------------------------ the command line


@pytest.mark.parametrize("args,message", [
    (["lineage", BASE + "body/a b"], f"'{BASE}body/a b' is not a valid IRI: Invalid IRI code point ' '"),
    (["lineage", BASE + "body/ga"], f"{BASE}body/ga has no lineage: it is not linked to anything in the graph"),
    (["query", "SELEC nothing"], "error at 1:10"),  # the store's QuerySyntaxError
])
def test_the_command_line_prints_one_error_line(args: list[str], message: str) -> None:
    """Whichever command meets an error the user can act on ends with one line, exit code 1."""
    done = subprocess.run(
        [sys.executable, "-m", "mandate_graph.cli", "--store", "memory", "--base-iri", BASE, *args],
        capture_output=True, text=True, timeout=120, env={**os.environ, "COLUMNS": "300"},
    )
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], done.stderr

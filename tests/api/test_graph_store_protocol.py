"""The SPARQL 1.1 Graph Store HTTP Protocol at /store, on both backends, over a real server:
read a named graph or the default graph (GET, HEAD, content negotiation as /sparql), replace
(PUT), add to (POST) and drop (DELETE) a graph with the update token, and the refusals."""

from __future__ import annotations

import httpx
import pytest
import rdflib

from tests.support.http_server import TOKEN, server  # noqa: F401  (fixtures)
from tests.api.test_http_sparql import protocol_server  # noqa: F401  (the both-backends fixture)
from tests.support.virtuoso import virtuoso  # noqa: F401  (the session fixture)

AUTH = {"Authorization": f"Bearer {TOKEN}"}
TURTLE = """@prefix ex: <http://example.org/gsp/> .
ex:a ex:p "one" ; ex:q ex:b .
ex:b ex:p "two" .
"""
MORE = '<http://example.org/gsp/c> <http://example.org/gsp/p> "three" .\n'


def triples(response: httpx.Response, fmt: str = "turtle") -> set:
    return set(rdflib.Graph().parse(data=response.text, format=fmt))


@pytest.fixture
def graph(protocol_server, request):  # type: ignore[no-untyped-def]
    """A graph IRI no other test uses, dropped afterwards."""
    iri = f"http://example.org/gsp-test/{request.node.name.replace('[', '-').rstrip(']')}"
    yield iri
    httpx.delete(protocol_server.url + "/store", params={"graph": iri}, headers=AUTH, timeout=30)


def test_put_get_post_delete_a_named_graph(protocol_server, graph: str) -> None:
    store = protocol_server.url + "/store"
    put = httpx.put(store, params={"graph": graph}, content=TURTLE, headers={**AUTH, "Content-Type": "text/turtle"})
    assert put.status_code == 201, put.text
    got = httpx.get(store, params={"graph": graph}, headers={"Accept": "text/turtle"})
    assert got.status_code == 200 and got.headers["content-type"].startswith("text/turtle")
    assert len(triples(got)) == 3
    # the same graph by JSON-LD (Accept) and N-Triples (format=), as at /sparql
    jsonld = httpx.get(store, params={"graph": graph}, headers={"Accept": "application/ld+json"})
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    assert triples(jsonld, "json-ld") == triples(got)
    nt = httpx.get(store, params={"graph": graph, "format": "ntriples"})
    assert nt.headers["content-type"].startswith("application/n-triples") and len(triples(nt, "nt")) == 3
    head = httpx.head(store, params={"graph": graph})
    assert head.status_code == 200 and head.content == b"" and head.headers["content-type"].startswith("text/turtle")
    # the graph is visible to SPARQL too
    ask = f'ASK {{ GRAPH <{graph}> {{ <http://example.org/gsp/b> <http://example.org/gsp/p> "two" }} }}'
    assert httpx.get(protocol_server.sparql, params={"query": ask}).json()["boolean"] is True

    post = httpx.post(store, params={"graph": graph}, content=MORE, headers={**AUTH, "Content-Type": "application/n-triples"})
    assert post.status_code == 204, post.text
    assert len(triples(httpx.get(store, params={"graph": graph}))) == 4

    replaced = httpx.put(store, params={"graph": graph}, content=MORE, headers={**AUTH, "Content-Type": "application/n-triples"})
    assert replaced.status_code == 204
    assert len(triples(httpx.get(store, params={"graph": graph}))) == 1

    assert httpx.delete(store, params={"graph": graph}, headers=AUTH).status_code == 204
    assert httpx.get(store, params={"graph": graph}).status_code == 404
    assert httpx.head(store, params={"graph": graph}).status_code == 404
    assert httpx.delete(store, params={"graph": graph}, headers=AUTH).status_code == 404


def test_post_creates_and_a_relative_graph_iri_resolves_against_the_endpoint(protocol_server, graph: str) -> None:
    store = protocol_server.url + "/store"
    created = httpx.post(store, params={"graph": "relative-gsp-graph"}, content=MORE,
                         headers={**AUTH, "Content-Type": "text/plain"})
    try:
        assert created.status_code == 201, created.text
        absolute = protocol_server.url + "/relative-gsp-graph"
        assert len(triples(httpx.get(store, params={"graph": absolute}))) == 1
    finally:
        httpx.delete(store, params={"graph": "relative-gsp-graph"}, headers=AUTH)


def test_the_default_graph_is_read_only(protocol_server) -> None:
    store = protocol_server.url + "/store"
    refused = httpx.put(store, params={"default": ""}, content=MORE, headers={**AUTH, "Content-Type": "application/n-triples"})
    assert refused.status_code == 405 and "GET" in refused.headers["allow"]
    assert httpx.delete(store, params={"default": ""}, headers=AUTH).status_code == 405


def test_the_default_graph_reads_as_the_union_without_repeats() -> None:
    from fastapi.testclient import TestClient

    from mandate_graph.api.app import create_app
    from tests.conftest import make_context

    ctx = make_context()
    shared = '<http://example.org/gsp/a> <http://example.org/gsp/p> "both" .\n'
    ctx.store.replace_graphs({"http://example.org/g1": shared + MORE, "http://example.org/g2": shared})
    answer = TestClient(create_app(ctx)).get("/store", params={"default": ""}, headers={"Accept": "application/n-triples"})
    assert answer.status_code == 200
    assert sorted(line for line in answer.text.splitlines() if line) == sorted([shared.strip(), MORE.strip()])


def test_writes_need_the_token_and_bad_requests_are_client_errors(protocol_server, graph: str) -> None:
    store = protocol_server.url + "/store"
    body = {"content": MORE, "headers": {"Content-Type": "application/n-triples"}}
    assert httpx.put(store, params={"graph": graph}, **body).status_code == 401
    wrong = {"Authorization": "Bearer nope", "Content-Type": "application/n-triples"}
    assert httpx.put(store, params={"graph": graph}, content=MORE, headers=wrong).status_code == 401
    assert httpx.delete(store, params={"graph": graph}).status_code == 401
    assert httpx.get(store).status_code == 400  # no graph named
    assert httpx.get(store, params={"graph": graph, "default": ""}).status_code == 400
    assert httpx.get(store, params={"graph": graph}, headers={"Accept": "image/png"}).status_code == 406
    unsupported = httpx.put(store, params={"graph": graph}, content=b"{}", headers={**AUTH, "Content-Type": "application/json"})
    assert unsupported.status_code == 415
    broken = httpx.put(store, params={"graph": graph}, content="<a> <b> .", headers={**AUTH, "Content-Type": "text/turtle"})
    assert broken.status_code == 400 and "does not parse" in broken.text
    assert httpx.get(store, params={"graph": graph}).status_code == 404  # nothing was written


def test_writes_are_off_without_a_token() -> None:
    from fastapi.testclient import TestClient

    from mandate_graph.api.app import create_app
    from mandate_graph.api.routes_sparql import HttpLimits
    from tests.conftest import make_context

    app = create_app(make_context())
    app.state.limits = HttpLimits(update_token=None)
    client = TestClient(app)
    r = client.put("/store", params={"graph": "http://example.org/g"}, content=MORE,
                   headers={"Content-Type": "application/n-triples"})
    assert r.status_code == 403 and "MANDATES_UPDATE_TOKEN" in r.text
    assert client.get("/store", params={"graph": "http://example.org/g"}).status_code == 404

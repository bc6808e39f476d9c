"""The SPARQL 1.1 Protocol over a real uvicorn server: forms, formats, errors, limits, updates."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from tests.http_server import TOKEN, sample_ctx, server  # noqa: F401  (fixtures)

SELECT = "SELECT ?doc ?symbol WHERE { ?doc a mg:Document ; skos:notation ?symbol } ORDER BY ?symbol"
CONSTRUCT = "CONSTRUCT { ?b a mg:Body } WHERE { ?b a mg:Body } "
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


# --------------------------------------------------------------------------- users' own programs


def test_sparqlwrapper_select_json_xml_csv(server) -> None:
    client = SPARQLWrapper(server.sparql)
    client.setQuery("PREFIX mg: <https://w3id.org/mandate-graph/ontology#>\n"
                    "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n" + SELECT)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    symbols = {r["symbol"]["value"] for r in rows}
    assert "CTOC/COP/WG.4/2021/6" in symbols
    client.setReturnFormat(XML)
    assert client.query().convert().getElementsByTagName("result")
    client.setReturnFormat(CSV)
    assert b"CTOC/COP/WG.4/2021/6" in client.query().convert()


def test_sparqlwrapper_post_and_construct(server) -> None:
    client = SPARQLWrapper(server.sparql)
    client.setMethod("POST")
    client.setQuery("CONSTRUCT { ?b a <https://w3id.org/mandate-graph/ontology#Body> } "
                    "WHERE { ?b a <https://w3id.org/mandate-graph/ontology#Body> }")
    client.setReturnFormat(TURTLE)
    graph = rdflib.Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) >= 10


def test_sparqlwrapper_sees_bad_query(server) -> None:
    client = SPARQLWrapper(server.sparql)
    client.setQuery("SELECT * WHERE { ?s ?p }")
    client.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed):
        client.query()


def test_rdflib_sparqlstore(server) -> None:
    store = SPARQLStore(server.sparql, returnFormat="json")
    graph = rdflib.Graph(store=store)
    rows = list(graph.query(
        "SELECT ?i WHERE { ?i <https://w3id.org/mandate-graph/ontology#makesConstantElement> ?b }"))
    assert rdflib.URIRef("https://w3id.org/mandate-graph/id/instrument/cop-untoc/resolution/7/1") in {r[0] for r in rows}
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True


# --------------------------------------------------------------------------- protocol forms


def test_get_form_post_and_direct_post_agree(server) -> None:
    a = httpx.get(server.sparql, params={"query": SELECT})
    b = httpx.post(server.sparql, data={"query": SELECT})
    c = httpx.post(server.sparql, content=SELECT, headers={"Content-Type": "application/sparql-query"})
    assert a.status_code == b.status_code == c.status_code == 200
    assert a.json() == b.json() == c.json()
    assert a.headers["content-type"].startswith("application/sparql-results+json")


def test_default_and_named_graph_uri(server) -> None:
    graph = "https://w3id.org/mandate-graph/id/graph/sample-wg4-report"
    count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    union = int(httpx.get(server.sparql, params={"query": count}).json()["results"]["bindings"][0]["n"]["value"])
    one = int(httpx.get(server.sparql, params={"query": count, "default-graph-uri": graph}).json()
              ["results"]["bindings"][0]["n"]["value"])
    assert 0 < one < union
    named = httpx.get(server.sparql, params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }",
                                             "named-graph-uri": graph}).json()
    assert [r["g"]["value"] for r in named["results"]["bindings"]] == [graph]


@pytest.mark.parametrize("accept,expected", [
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
    ("text/*;q=0.1, application/sparql-results+json;q=0.05", "text/csv"),
    (None, "application/sparql-results+json"),
])
def test_select_formats_by_accept(server, accept, expected) -> None:
    headers = {"Accept": accept} if accept else {}
    r = httpx.get(server.sparql, params={"query": SELECT}, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected
    assert "CTOC/COP/WG.4/2021/6" in r.text


@pytest.mark.parametrize("accept,expected,rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/n-quads", "application/n-quads", "nquads"),
    ("application/trig", "application/trig", "trig"),
    ("application/sparql-results+json;q=1, application/n-triples;q=0.2", "application/n-triples", "nt"),
])
def test_construct_formats_by_accept(server, accept, expected, rdflib_format) -> None:
    r = httpx.get(server.sparql, params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected
    if rdflib_format in {"nquads", "trig"}:
        parsed = rdflib.Dataset().parse(data=r.text, format=rdflib_format)
    else:
        parsed = rdflib.Graph().parse(data=r.text, format=rdflib_format)
    assert len(parsed) >= 10


def test_format_parameter_overrides_accept(server) -> None:
    r = httpx.get(server.sparql, params={"query": SELECT, "format": "csv"}, headers={"Accept": "application/json"})
    assert r.headers["content-type"].startswith("text/csv")
    r = httpx.get(server.sparql, params={"query": CONSTRUCT, "format": "jsonld"})
    assert r.headers["content-type"].startswith("application/ld+json")
    json.loads(r.text)


def test_ask(server) -> None:
    r = httpx.get(server.sparql, params={"query": "ASK { ?s a mg:Mandate }"})
    assert r.json() == {"head": {}, "boolean": True}


def test_not_acceptable(server) -> None:
    r = httpx.get(server.sparql, params={"query": SELECT}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    assert "application/sparql-results+json" in r.text
    r = httpx.get(server.sparql, params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406 and "text/turtle" in r.text


# --------------------------------------------------------------------------- refusals


def test_malformed_query_is_400_with_the_parser_message(server) -> None:
    r = httpx.get(server.sparql, params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400
    assert "malformed query" in r.text and len(r.text) > 20


def test_update_sent_to_query_endpoint_is_refused(server) -> None:
    r = httpx.post(server.sparql, data={"query": "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"})
    assert r.status_code == 400 and "/update" in r.text


def test_two_query_parameters_are_refused(server) -> None:
    r = httpx.get(server.sparql + "?query=ASK%7B%7D&query=ASK%7B%7D")
    assert r.status_code == 400 and "more than one" in r.text


def test_service_is_refused(server) -> None:
    r = httpx.get(server.sparql, params={"query": "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"})
    assert r.status_code == 403 and "network" in r.text


def test_unsupported_content_type(server) -> None:
    r = httpx.post(server.sparql, content=b"{}", headers={"Content-Type": "application/json"})
    assert r.status_code == 415


# --------------------------------------------------------------------------- limits


def test_time_limit_stops_the_query_and_others_still_answer(server) -> None:
    outcome: dict[str, object] = {}

    def long_query() -> None:
        started = time.monotonic()
        outcome["response"] = httpx.get(server.sparql, params={"query": LONG}, timeout=30)
        outcome["seconds"] = time.monotonic() - started

    thread = threading.Thread(target=long_query)
    thread.start()
    time.sleep(0.3)
    started = time.monotonic()
    quick = httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=10)
    quick_seconds = time.monotonic() - started
    long_still_running = thread.is_alive()
    thread.join()
    # the quick query was answered while the long one was still running
    assert quick.status_code == 200 and (long_still_running or quick_seconds < 1.5)
    response = outcome["response"]
    assert response.status_code == 503  # type: ignore[attr-defined]
    assert "exceeded the 1 s time limit" in response.text  # type: ignore[attr-defined]
    assert outcome["seconds"] < 5  # type: ignore[operator]
    # and the server keeps serving afterwards (the killed worker was replaced)
    for _ in range(3):
        assert httpx.get(server.sparql, params={"query": SELECT}).status_code == 200


def test_row_limit(server) -> None:
    r = httpx.get(server.sparql, params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 422
    assert "1000 row limit" in r.text
    assert httpx.get(server.sparql, params={"query": "SELECT * WHERE { ?s ?p ?o } LIMIT 1000"}).status_code == 200


# --------------------------------------------------------------------------- service description


def test_service_description_turtle_and_jsonld(server) -> None:
    r = httpx.get(server.sparql, headers={"Accept": "text/turtle"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    assert (None, SD.supportedLanguage, SD.SPARQL11Query) in graph
    assert (None, SD.feature, SD.UnionDefaultGraph) in graph
    r = httpx.get(server.sparql, headers={"Accept": "application/ld+json"})
    assert r.headers["content-type"].startswith("application/ld+json")
    assert len(rdflib.Graph().parse(data=r.text, format="json-ld")) > 5


def test_browser_gets_a_query_form_with_examples(server) -> None:
    r = httpx.get(server.sparql, headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "<form" in r.text and "sparql?query=" in r.text


def test_cors(server) -> None:
    r = httpx.options(server.sparql, headers={"Origin": "https://yasgui.org", "Access-Control-Request-Method": "POST"})
    assert r.headers.get("access-control-allow-origin") in {"*", "https://yasgui.org"}


# --------------------------------------------------------------------------- update


UPDATE = "INSERT DATA { GRAPH <http://example.org/test-graph> { <http://example.org/a> <http://example.org/b> 'written' } }"


def test_update_needs_the_token(server) -> None:
    assert httpx.post(server.url + "/update", data={"update": UPDATE}).status_code == 401
    wrong = httpx.post(server.url + "/update", data={"update": UPDATE}, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 401


def test_update_with_token_and_query_sees_it(server) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = httpx.post(server.url + "/update", content=UPDATE,
                   headers={**auth, "Content-Type": "application/sparql-update"})
    assert r.status_code == 204
    ask = "ASK { <http://example.org/a> <http://example.org/b> 'written' }"
    assert httpx.get(server.sparql, params={"query": ask}).json()["boolean"] is True
    r = httpx.post(server.url + "/update", data={"update": "DROP GRAPH <http://example.org/test-graph>"}, headers=auth)
    assert r.status_code == 204
    assert httpx.get(server.sparql, params={"query": ask}).json()["boolean"] is False
    bad = httpx.post(server.url + "/update", data={"update": "INSERT DATA { oops"}, headers=auth)
    assert bad.status_code == 400
    load = httpx.post(server.url + "/update", data={"update": "LOAD <http://example.org/data.ttl>"}, headers=auth)
    assert load.status_code == 403


def test_update_is_off_without_a_token(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from api.app import create_app
    from api.routes_sparql import HttpLimits
    from tests.conftest import make_context

    app = create_app(make_context())
    app.state.limits = HttpLimits(update_token=None)
    r = TestClient(app).post("/update", data={"update": UPDATE})
    assert r.status_code == 403 and "MANDATES_UPDATE_TOKEN" in r.text


# --------------------------------------------------------------------------- the store's limits, directly


def test_in_memory_time_limit_is_checked_between_rows(sample_ctx) -> None:
    from graph.store import QueryLimitError, QueryTimeoutError

    store = sample_ctx.store
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="0.5 s time limit"):
        store.query_with_limits("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5, max_rows=None)
    assert time.monotonic() - started < 3
    with pytest.raises(QueryLimitError, match="row limit"):
        store.query_with_limits("SELECT * WHERE { ?s ?p ?o }", timeout=5, max_rows=10)
    assert len(store.query_with_limits("CONSTRUCT WHERE { ?s a mg:Session }", timeout=5, max_rows=10)) >= 1


def test_pool_writes_wait_and_workers_reopen(tmp_path) -> None:
    from graph.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    ask = "ASK { <http://x/a> <http://x/b> ?o }"
    try:
        assert bool(store.query_with_limits(ask, timeout=5, max_rows=10)) is False
        store.replace_graphs({"http://x/g": "<http://x/a> <http://x/b> \"1\" .\n"})
        assert bool(store.query_with_limits(ask, timeout=5, max_rows=10)) is True
        store.drop_graphs(["http://x/g"])
        assert bool(store.query_with_limits(ask, timeout=5, max_rows=10)) is False
        # a write during a long query waits for it (the query is stopped at its limit)
        from graph.store import QueryTimeoutError

        def long() -> None:
            with pytest.raises(QueryTimeoutError):
                store.query_with_limits(LONG, timeout=1, max_rows=None)

        store.replace_graphs({"http://x/g": "".join(f"<http://x/s{i}> <http://x/p> \"{i}\" .\n" for i in range(200))})
        thread = threading.Thread(target=long)
        thread.start()
        time.sleep(0.2)
        store.update("INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> '2' } }")
        thread.join()
        assert bool(store.query_with_limits(ask, timeout=5, max_rows=10)) is True
    finally:
        store.close()

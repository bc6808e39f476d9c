"""The SPARQL 1.1 Protocol over a real uvicorn server: forms, formats, errors, limits, updates."""

from __future__ import annotations

import json
import threading
import time

import httpx
import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

from tests.support.http_server import TOKEN, sample_ctx, server  # noqa: F401  (fixtures)
from tests.support.virtuoso import virtuoso  # noqa: F401  (the session fixture)

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
    # Stopped at the limit, not run to its end (hours of join): a worker killed and replaced
    # and the answer sent, which a machine loaded ten times over can stretch to seconds.
    assert outcome["seconds"] < 20  # type: ignore[operator]
    # and the server keeps serving afterwards (the killed worker was replaced)
    for _ in range(3):
        assert httpx.get(server.sparql, params={"query": SELECT}).status_code == 200


def test_the_plain_route_answers_as_the_described_one(server) -> None:
    """/sparql is served by a plain Starlette route placed first; the OpenAPI description
    still has its two operations, and methods it never had stay refused."""
    paths = httpx.get(server.url + "/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/sparql"])
    assert httpx.head(server.sparql).status_code == 405
    assert httpx.put(server.sparql, content=b"x").status_code == 405
    # The answer of a small SELECT is the worker's bytes as they are: what pyoxigraph writes.
    for fmt, media in (("json", "application/sparql-results+json"), ("csv", "text/csv"),
                       ("tsv", "text/tab-separated-values"), ("xml", "application/sparql-results+xml")):
        r = httpx.get(server.sparql, params={"query": SELECT, "format": fmt})
        assert r.status_code == 200 and r.headers["content-type"].startswith(media)
        assert r.headers["vary"] == "Accept, Origin"
        if fmt == "csv":  # lossy: pyoxigraph does not read it back
            assert r.text.startswith("doc,symbol\r\n") and r.text.count("\r\n") >= 4
            continue
        parsed = list(ox.parse_query_results(r.content, format={"json": ox.QueryResultsFormat.JSON,
                                                                "tsv": ox.QueryResultsFormat.TSV,
                                                                "xml": ox.QueryResultsFormat.XML}[fmt]))
        assert len(parsed) >= 3


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

    from mandate_graph.api.app import create_app
    from mandate_graph.api.routes_sparql import HttpLimits
    from tests.conftest import make_context

    app = create_app(make_context())
    app.state.limits = HttpLimits(update_token=None)
    r = TestClient(app).post("/update", data={"update": UPDATE})
    assert r.status_code == 403 and "MANDATES_UPDATE_TOKEN" in r.text


# --------------------------------------------------------------------------- the store's limits, directly


def test_in_memory_time_limit_is_checked_between_rows(sample_ctx) -> None:
    from mandate_graph.graph.store import QueryLimitError, QueryTimeoutError

    store = sample_ctx.store
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="0.5 s time limit"):
        store.query_with_limits("SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", timeout=0.5, max_rows=None)
    assert time.monotonic() - started < 10  # at the limit, not the join's minutes (with a loaded machine's slack)
    with pytest.raises(QueryLimitError, match="row limit"):
        store.query_with_limits("SELECT * WHERE { ?s ?p ?o }", timeout=5, max_rows=10)
    assert len(store.query_with_limits("CONSTRUCT WHERE { ?s a mg:Session }", timeout=5, max_rows=10)) >= 1


def test_pool_writes_wait_and_workers_reopen(tmp_path) -> None:
    from mandate_graph.graph.store import OxigraphStore

    store = OxigraphStore(tmp_path / "store")
    ask = "ASK { <http://x/a> <http://x/b> ?o }"
    try:
        assert bool(store.query_with_limits(ask, timeout=5, max_rows=10)) is False
        store.replace_graphs({"http://x/g": "<http://x/a> <http://x/b> \"1\" .\n"})
        assert bool(store.query_with_limits(ask, timeout=5, max_rows=10)) is True
        store.drop_graphs(["http://x/g"])
        assert bool(store.query_with_limits(ask, timeout=5, max_rows=10)) is False
        # a write during a long query waits for it (the query is stopped at its limit)
        from mandate_graph.graph.store import QueryTimeoutError

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


# Four graphs of 200 triples joined by a WHERE over all of them: 1.6e9 solutions, minutes of work.
RUNAWAY_UPDATE = ("INSERT { GRAPH <http://x/out> { ?a ?b ?c } } WHERE { GRAPH ?g1 { ?a ?b ?c } "
                  "GRAPH ?g2 { ?d ?e ?f } GRAPH ?g3 { ?g ?h ?i } GRAPH ?g4 { ?j ?k ?l } }")


def _store_of_800_triples(path):  # type: ignore[no-untyped-def]
    from mandate_graph.graph.store import OxigraphStore

    store = OxigraphStore(path)
    store.replace_graphs({f"http://x/g{n}": "".join(f"<http://x/s{i}> <http://x/p> \"{i}\" .\n" for i in range(200))
                          for n in range(4)})
    return store


def test_an_update_past_its_time_limit_is_stopped_and_changes_nothing(tmp_path) -> None:
    from mandate_graph.graph.store import QueryTimeoutError

    store = _store_of_800_triples(tmp_path / "store")
    try:
        before = store.count()
        started = time.monotonic()
        with pytest.raises(QueryTimeoutError, match="MANDATES_UPDATE_TIMEOUT"):
            store.update("INSERT DATA { GRAPH <http://x/out> { <http://x/a> <http://x/b> 1 } } ;\n" + RUNAWAY_UPDATE,
                         timeout=1)
        assert time.monotonic() - started < 20  # a killed worker, not minutes of join
        assert store.count() == before and "http://x/out" not in store.named_graphs()
        assert store._query_pool().killed == 1
        # The store and its workers go on: queries answer, and a quick update runs.
        store.update("INSERT { GRAPH <http://x/out> { ?s <http://x/q> ?o } } WHERE { GRAPH <http://x/g0> { ?s ?p ?o } }",
                     timeout=5)
        assert store.count("http://x/out") == 200
        assert bool(store.query_with_limits("ASK { ?s <http://x/q> '7' }", timeout=5, max_rows=None))
    finally:
        store.close()


def test_a_rehearsed_update_keeps_the_rules_of_sparql_update(tmp_path) -> None:
    """Each operation sees the previous ones, each solution gets fresh blank nodes, and the
    blank nodes already stored are matched (which a rewrite into DELETE DATA could not do)."""
    store = _store_of_800_triples(tmp_path / "store")
    try:
        store.update(
            "INSERT DATA { GRAPH <http://x/h> { <http://x/a> <http://x/p> 1 . <http://x/b> <http://x/p> 2 } } ;\n"
            "INSERT { GRAPH <http://x/k> { ?s <http://x/q> [ <http://x/r> ?o ] } } WHERE { GRAPH <http://x/h> { ?s ?p ?o } }",
            timeout=5,
        )
        assert store.count("http://x/k") == 4
        nodes = store.query("SELECT DISTINCT ?n WHERE { GRAPH <http://x/k> { ?s <http://x/q> ?n } }")
        assert len({row["n"] for row in nodes}) == 2  # type: ignore[union-attr, index]
        store.update("DELETE { GRAPH <http://x/k> { ?n <http://x/r> ?o } } WHERE { GRAPH <http://x/k> { ?n <http://x/r> ?o } }",
                     timeout=5)
        assert store.count("http://x/k") == 2
    finally:
        store.close()


def test_update_past_its_time_limit_answers_503(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from mandate_graph.api.app import create_app
    from tests.conftest import make_context

    ctx = make_context(store=str(tmp_path / "store"), update_token=TOKEN, update_timeout=1.0)
    try:
        ctx.store.replace_graphs({f"http://x/g{n}": "".join(f"<http://x/s{i}> <http://x/p> \"{i}\" .\n" for i in range(200))
                                  for n in range(4)})
        before = ctx.store.count()
        r = TestClient(create_app(ctx)).post("/update", data={"update": RUNAWAY_UPDATE},
                                             headers={"Authorization": f"Bearer {TOKEN}"})
        assert r.status_code == 503 and "nothing was changed" in r.text, r.text
        assert ctx.store.count() == before
    finally:
        ctx.store.close()


# --------------------------------------------------------------------------- the protocol on both backends
#
# The same uvicorn server over each backend: the on-disk Oxigraph store of the `server` fixture,
# and a Virtuoso holding the hand-built sample. The Virtuoso one uses a base IRI of its own, so
# that other modules emptying the product's graphs on the shared Virtuoso leave it alone.

PROTOCOL_BASE = "https://w3id.org/mandate-graph/protocol-test/id/"


@pytest.fixture(scope="module", params=["oxigraph", pytest.param("virtuoso", marks=pytest.mark.virtuoso)])
def protocol_server(request, tmp_path_factory):  # type: ignore[no-untyped-def]
    """A running server (`tests.support.http_server.Server`) with the sample, on each backend."""
    if request.param == "oxigraph":
        yield request.getfixturevalue("server")
        return
    from mandate_graph.graph.context import Context
    from mandate_graph.graph.settings import Settings
    from tests.conftest import loader_for
    from tests.support.http_server import load_sample, start_server, stop_server

    virtuoso = request.getfixturevalue("virtuoso")
    ctx = Context.open(Settings.from_env(store=virtuoso.store_location, base_iri=PROTOCOL_BASE, **virtuoso.remote_options))
    ctx.store.drop_graphs(ctx.store.named_graphs())
    loader_for(ctx).ensure_reference()
    load_sample(ctx)
    ctx.close()
    running = start_server(tmp_path_factory.mktemp("unused"),
                           {**virtuoso.environment, "MANDATES_BASE_IRI": PROTOCOL_BASE})
    yield running
    stop_server(running)


def _count(server, query: str, **params: str) -> int:  # type: ignore[no-untyped-def]
    r = httpx.get(server.sparql, params={"query": query, **params}, timeout=30)
    assert r.status_code == 200, r.text
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def _a_document_graph(server) -> str:  # type: ignore[no-untyped-def]
    rows = httpx.get(server.sparql, params={"query": "SELECT ?g WHERE { GRAPH ?g { ?g mg:sourceFile ?f } } ORDER BY ?g LIMIT 1"}
                     ).json()["results"]["bindings"]
    return rows[0]["g"]["value"]


def test_from_and_from_named_choose_the_dataset(protocol_server) -> None:
    """Finding: FROM was ignored, the union default graph overrode it."""
    graph = _a_document_graph(protocol_server)
    union = _count(protocol_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    one = _count(protocol_server, f"SELECT (COUNT(*) AS ?n) FROM <{graph}> WHERE {{ ?s ?p ?o }}")
    assert 0 < one < union
    assert one == _count(protocol_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", **{"default-graph-uri": graph})
    named = httpx.get(protocol_server.sparql, params={
        "query": f"SELECT DISTINCT ?g FROM NAMED <{graph}> WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"}).json()
    assert [r["g"]["value"] for r in named["results"]["bindings"]] == [graph]
    # the union stays the default when the query names no dataset
    assert union > _count(protocol_server, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")


def test_relative_iris_resolve_against_the_endpoint(protocol_server) -> None:
    """Finding: relative IRIs were refused (no base IRI), in queries and in updates."""
    r = httpx.get(protocol_server.sparql, params={"query": "SELECT ?x WHERE { BIND(<relative/thing> AS ?x) }"})
    assert r.status_code == 200, r.text
    assert r.json()["results"]["bindings"][0]["x"]["value"] == protocol_server.url + "/relative/thing"
    auth = {"Authorization": f"Bearer {TOKEN}"}
    r = httpx.post(protocol_server.url + "/update", headers=auth, timeout=30,
                   data={"update": "INSERT DATA { GRAPH <rel-graph> { <a> <b> <c> } }"})
    assert r.status_code == 204, r.text
    u = protocol_server.url
    ask = f"ASK {{ GRAPH <{u}/rel-graph> {{ <{u}/a> <{u}/b> <{u}/c> }} }}"
    assert httpx.get(protocol_server.sparql, params={"query": ask}).json()["boolean"] is True
    httpx.post(u + "/update", headers=auth, data={"update": "DROP SILENT GRAPH <rel-graph>"}, timeout=30)
    assert httpx.get(protocol_server.sparql, params={"query": ask}).json()["boolean"] is False


def test_using_graph_uri_and_using_named_graph_uri(protocol_server) -> None:
    """Finding: the protocol's update dataset parameters were refused with 400."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    base = "http://example.org/using-test/"
    source, other, copy, named_copy = (base + n for n in ("source", "other", "copy", "named-copy"))

    def update(text: str, **params: str | list[str]) -> httpx.Response:
        return httpx.post(protocol_server.url + "/update", params=params, headers=auth, timeout=30,
                          data={"update": text})

    def triples(graph: str) -> set[tuple[str, str]]:
        rows = httpx.get(protocol_server.sparql, params={
            "query": f"SELECT ?s ?o WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"}).json()["results"]["bindings"]
        return {(r["s"]["value"], r["o"]["value"]) for r in rows}

    try:
        assert update(f"INSERT DATA {{ GRAPH <{source}> {{ <{base}a> a <{base}C> }} "
                      f"GRAPH <{other}> {{ <{base}b> a <{base}C> }} }}").status_code == 204
        r = update(f"INSERT {{ GRAPH <{copy}> {{ ?s a <{base}Copied> }} }} WHERE {{ ?s a <{base}C> }}",
                   **{"using-graph-uri": source})
        assert r.status_code == 204, r.text
        assert triples(copy) == {(base + "a", base + "Copied")}
        r = update(f"INSERT {{ GRAPH <{named_copy}> {{ ?s a ?g }} }} WHERE {{ GRAPH ?g {{ ?s a <{base}C> }} }}",
                   **{"using-named-graph-uri": other})
        assert r.status_code == 204, r.text
        assert triples(named_copy) == {(base + "b", other)}
        # DELETE WHERE (which cannot carry USING) is rewritten, and reads the given graph only
        r = update(f"DELETE WHERE {{ GRAPH <{copy}> {{ ?s ?p ?o }} }}", **{"using-named-graph-uri": copy})
        assert r.status_code == 204, r.text
        assert triples(copy) == set()
        # an update with its own USING/WITH and the parameters: refused, as the protocol requires
        r = update(f"WITH <{source}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", **{"using-graph-uri": source})
        assert r.status_code == 400 and "WITH" in r.text
        assert triples(source) == {(base + "a", base + "C")}
    finally:
        update(";".join(f"DROP SILENT GRAPH <{g}>" for g in (source, other, copy, named_copy)))


def test_update_at_the_query_endpoint_is_a_client_error(protocol_server) -> None:
    """Finding: form update= and GET ?update= at /sparql answered 200 with the service description."""
    text = "INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }"
    for r in (httpx.post(protocol_server.sparql, data={"update": text}),
              httpx.get(protocol_server.sparql, params={"update": text})):
        assert r.status_code == 400 and "/update" in r.text


def test_format_in_a_post_form(protocol_server) -> None:
    """Finding: format= in a POST form was ignored."""
    r = httpx.post(protocol_server.sparql, data={"query": SELECT, "format": "csv"}, headers={"Accept": "application/json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    r = httpx.post(protocol_server.sparql, data={"query": CONSTRUCT, "format": "ntriples"})
    assert r.headers["content-type"].startswith("application/n-triples")


@pytest.mark.parametrize("query", [CONSTRUCT, "DESCRIBE ?b WHERE { ?b a mg:Body } LIMIT 3"])
def test_json_ld_for_graph_queries(protocol_server, query: str) -> None:
    """Finding: JSON-LD for CONSTRUCT/DESCRIBE was refused with a 406 that spoke of SELECT/ASK."""
    for accept in ("application/ld+json", "application/ld+json, application/x-json+ld"):
        r = httpx.get(protocol_server.sparql, params={"query": query}, headers={"Accept": accept})
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("application/ld+json")
        assert len(rdflib.Graph().parse(data=r.text, format="json-ld")) >= 3
    refused = httpx.get(protocol_server.sparql, params={"query": query}, headers={"Accept": "image/png"})
    assert refused.status_code == 406
    assert "CONSTRUCT/DESCRIBE" in refused.text and "application/ld+json" in refused.text


def test_describe_has_no_duplicate_triples(protocol_server) -> None:
    """Finding: DESCRIBE over the union default graph repeated triples found in several graphs."""
    shared = httpx.get(protocol_server.sparql, params={"query":
        "SELECT ?s WHERE { GRAPH ?g1 { ?s ?p ?o } GRAPH ?g2 { ?s ?p ?o } FILTER(?g1 != ?g2 && isIRI(?s)) } LIMIT 1"}
    ).json()["results"]["bindings"]
    assert shared, "the sample has no triple in two graphs"
    r = httpx.get(protocol_server.sparql, params={"query": f"DESCRIBE <{shared[0]['s']['value']}>"},
                  headers={"Accept": "application/n-triples"})
    lines = [line for line in r.text.splitlines() if line.strip()]
    assert lines and len(lines) == len(set(lines))


def test_invalid_utf8_in_the_url_is_refused(protocol_server) -> None:
    """Finding: invalid UTF-8 in a GET query was silently replaced by U+FFFD and run."""
    r = httpx.get(protocol_server.sparql + '?query=ASK%20%7B%20FILTER(%22a%FF%22%20!%3D%20%22b%22)%20%7D')
    assert r.status_code == 400 and "UTF-8" in r.text
    r = httpx.get(protocol_server.sparql + '?query=ASK%20%7B%20FILTER(%22a%C3%A9%22%20!%3D%20%22b%22)%20%7D')
    assert r.status_code == 200


def test_dataset_parameter_that_is_not_an_iri(protocol_server) -> None:
    r = httpx.get(protocol_server.sparql, params={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert r.status_code == 400 and "default-graph-uri" in r.text and "not a valid IRI" in r.text


# --------------------------------------------------------------------------- the text rewrites, directly


@pytest.mark.parametrize("query,names_dataset", [
    ("SELECT * FROM <http://g> WHERE { ?s ?p ?o }", True),
    ("select * from named <http://g> { graph ?g { ?s ?p ?o } }", True),
    ("SELECT ?from WHERE { ?s <http://x/from> 'FROM' ; ex:from ?from } # FROM <http://g>", False),
    ("SELECT * WHERE { ?s ?p \"\"\"a\nFROM <x>\"\"\" }", False),
])
def test_has_dataset_clause(query: str, names_dataset: bool) -> None:
    from mandate_graph.graph.store.sparql_text import has_dataset_clause

    assert has_dataset_clause(query) is names_dataset


def test_add_using_rewrites_every_modify_operation_only() -> None:
    from mandate_graph.graph.store.sparql_text import DatasetConflict, add_using

    update = ("INSERT DATA { <http://a> <http://b> 'WHERE { }' } ;\n"
              "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(?o = 'USING') } ;\n"
              "DELETE WHERE { ?s <http://x/where> ?o }")
    rewritten = add_using(update, ["http://g"], ["http://n"])
    assert rewritten.count("USING <http://g> USING NAMED <http://n> WHERE") == 2
    assert rewritten.startswith("INSERT DATA { <http://a> <http://b> 'WHERE { }' }")
    assert rewritten.endswith("DELETE { ?s <http://x/where> ?o } USING <http://g> USING NAMED <http://n> WHERE { ?s <http://x/where> ?o }")
    assert add_using(update, [], []) == update
    with pytest.raises(DatasetConflict):
        add_using("DELETE { ?s ?p ?o } USING <http://h> WHERE { ?s ?p ?o }", ["http://g"], [])


# --------------------------------------------------------------------------- the fast lane (api/sparql_lane.py)

LANE_DATA = "".join([
    '<http://x/a> <http://x/p> "plain" .\n',
    '<http://x/a> <http://x/p> "line one\\nline \\"two\\"\\ttab"@en .\n',
    '<http://x/b> <http://x/p> "12"^^<http://www.w3.org/2001/XMLSchema#integer> .\n',
    '<http://x/b> <http://x/q> _:blank .\n',
    '<http://x/c> <http://x/p> "caf\\u00E9, \\u65E5\\u672C" .\n',
])
LANE_SELECT = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o"
LANE_LONG = "SELECT (COUNT(*) AS ?n) WHERE { " + " . ".join(f"?s{i} ?p{i} ?o{i}" for i in range(12)) + " }"  # 6^12 rows


async def _asgi(app, method: str, query: str = "", headers: tuple[tuple[bytes, bytes], ...] = (),  # type: ignore[no-untyped-def]
                chunks: tuple[bytes, ...] = (), path: str = "/sparql") -> tuple[int, list, bytes]:
    """One request straight into the ASGI app: (status, raw headers, body). A body given in
    several chunks comes without a Content-Length (as a chunked upload)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": method,
             "scheme": "http", "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 40000),
             "root_path": "", "path": path, "raw_path": path.encode(), "query_string": query.encode("latin-1"),
             "headers": [*headers, (b"host", b"127.0.0.1:8000")]}
    if len(scope["headers"]) % 2:
        scope["server"] = ["127.0.0.1", 8000]  # as a list, as Starlette's test client gives it
    if len(chunks) == 1:
        scope["headers"].append((b"content-length", str(len(chunks[0])).encode()))
    pending = [{"type": "http.request", "body": c, "more_body": i < len(chunks) - 1} for i, c in enumerate(chunks)]
    pending = pending or [{"type": "http.request", "body": b"", "more_body": False}]
    sent: list[dict] = []

    async def receive():  # type: ignore[no-untyped-def]
        return pending.pop(0) if pending else {"type": "http.disconnect"}

    async def send(message) -> None:  # type: ignore[no-untyped-def]
        sent.append(message)

    await app(scope, receive, send)
    start = next(m for m in sent if m["type"] == "http.response.start")
    return start["status"], list(start["headers"]), b"".join(m.get("body", b"") for m in sent[1:])


def test_the_fast_lane_answers_as_the_route_does(tmp_path, monkeypatch) -> None:
    """Every request the lane may see gets the same status, headers (in order) and bytes as
    from the route behind it, whether the lane answers it or hands it on: each results format
    and negotiation, GET and both POST forms, CORS, protocol errors, the store's errors, the
    row and time limits, a body over the size limit; and the lane does answer the common case."""
    import asyncio
    from urllib.parse import urlencode

    from mandate_graph.api import app as app_module
    from mandate_graph.api import routes_sparql
    from mandate_graph.api.app import create_app
    from tests.conftest import make_context

    ctx = make_context(store=str(tmp_path / "store"), max_rows=4, query_timeout=1.0, max_body_bytes=4096)
    ctx.store.replace_graphs({"http://x/g1": LANE_DATA, "http://x/g2": '<http://x/d> <http://x/p> "d" .\n'})
    with_lane = create_app(ctx)

    class NoLane:
        def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
            self.app = app

        async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
            await self.app(scope, receive, send)

    monkeypatch.setattr(app_module, "SparqlLane", NoLane)
    monkeypatch.setattr(app_module, "SparqlEdge", None)
    without_lane = create_app(ctx)
    monkeypatch.undo()
    routed = 0
    read_operation = routes_sparql.read_operation

    async def counting_read(*args, **kwargs):  # type: ignore[no-untyped-def]
        nonlocal routed
        routed += 1
        return await read_operation(*args, **kwargs)

    monkeypatch.setattr(routes_sparql, "read_operation", counting_read)

    def q(**params: str) -> str:
        return urlencode(params)

    form = (b"content-type", b"application/x-www-form-urlencoded")
    # method, URL query, headers, body chunks, whether the route is left out (the lane answers)
    cases: list[tuple[str, str, tuple, tuple, bool]] = [
        *[("GET", q(query=LANE_SELECT + " LIMIT 4", format=f), (), (), True) for f in ("json", "xml", "csv", "tsv")],
        *[("GET", q(query=LANE_SELECT + " LIMIT 4"), ((b"accept", a),), (), True) for a in (
            b"application/sparql-results+json", b"application/json", b"text/csv;q=0.5, text/tab-separated-values",
            b"application/xml", b"*/*")],
        ("GET", q(query="ASK { ?s ?p 12 }"), (), (), True),
        ("GET", q(query=LANE_SELECT + " LIMIT 2", format="json"), ((b"origin", b"https://yasgui.example"),), (), True),
        ("GET", q(query="SELECT * WHERE { ?s ?p ?o }", **{"default-graph-uri": "http://x/g2"}), (), (), True),
        ("GET", q(query="SELECT ?x WHERE { BIND(<rel> AS ?x) }"), ((b"host", b"mirror.example:8080"),), (), True),
        ("POST", "", (form,), (q(query=LANE_SELECT + " LIMIT 3", format="csv").encode(),), True),
        ("POST", q(format="json"), ((b"content-type", b"application/sparql-query"),), (b"ASK { ?s ?p ?o }",), True),
        ("POST", "", (form,), (b"query=SELECT+*+WHERE", b"+%7B+%3Fs+%3Fp+%3Fo+%7D+LIMIT+1"), True),  # chunked
        ("GET", q(query="SELECT * WHERE { ?s ?p }"), (), (), True),  # the parser's 400
        ("GET", q(query="SELECT * WHERE { ?s ?p ?o }"), (), (), True),  # 5 rows: over the row limit, 422
        ("GET", q(query=LANE_LONG), (), (), True),  # over the time limit, 503
        # A text the network guard must parse: the edge runs the route's thread (`_run_query`), 403.
        ("GET", q(query="SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }"), (), (), True),
        ("GET", q(query=LANE_SELECT), ((b"accept", b"text/turtle"),), (), False),  # 406
        ("GET", q(query="CONSTRUCT WHERE { ?s ?p ?o } LIMIT 2"), (), (), False),
        ("GET", q(query="INSERT DATA { <http://x/a> <http://x/b> 1 }"), (), (), False),
        ("GET", q(query="  "), (), (), False),
        ("GET", q(query="ASK {}") + "&" + q(query="ASK {}"), (), (), False),
        ("GET", "query=%FF", (), (), False),
        ("GET", q(query="ASK {}", **{"default-graph-uri": "not an iri"}), (), (), False),
        ("GET", "", ((b"accept", b"text/turtle"),), (), False),  # the service description
        ("POST", "", ((b"content-type", b"text/plain"),), (b"ASK {}",), False),  # 415
        # Over 4096 bytes, chunked, then by Content-Length: the limits answer 413, no route runs.
        ("POST", "", (form,), (b"query=" + b"x" * 3000, b"y" * 3000), True),
        ("POST", "", (form,), (b"query=" + b"x" * 5000,), True),
    ]

    async def run() -> None:
        nonlocal routed
        # The first query opens a worker's snapshot (the route's threaded path); then workers are ready.
        await _asgi(with_lane, "GET", q(query="ASK {}"))
        for method, query, headers, chunks, lane_answers in cases:
            routed = 0
            lane = await _asgi(with_lane, method, query, headers, chunks)
            assert (routed == 0) == lane_answers, (method, query, routed)
            route = await _asgi(without_lane, method, query, headers, chunks)
            assert lane == route, (method, query, lane, route)
            if lane_answers and lane[0] == 200:
                assert dict(lane[1])[b"vary"] == b"Accept, Origin"

    try:
        asyncio.run(run())
        # and the statuses are what the protocol says, not merely equal
        statuses = [asyncio.run(_asgi(with_lane, m, u, h, c))[0] for m, u, h, c, _ in cases]
        assert statuses[:16] == [200] * 16
        assert statuses[16:22] == [400, 422, 503, 403, 406, 200]
        assert statuses[22:] == [400, 400, 400, 400, 400, 200, 415, 413, 413]
    finally:
        ctx.store.close_workers()
        ctx.close()


def test_the_fast_lane_leaves_unexpected_errors_to_the_app(tmp_path, monkeypatch) -> None:
    """An error of the graph raised while the lane runs a query gets the app's handler (a
    problem document, as from the route); any other error the server error middleware's 500,
    and it still reaches the server's log (raised on)."""
    import asyncio
    from urllib.parse import urlencode

    from mandate_graph.api.app import create_app
    from mandate_graph.graph.errors import InvalidArgument
    from tests.conftest import make_context

    ctx = make_context(store=str(tmp_path / "store"))
    ctx.store.replace_graphs({"http://x/g1": LANE_DATA})
    app = create_app(ctx)
    url = urlencode({"query": "ASK { ?s ?p ?o }"})
    raised: list[Exception] = []

    async def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise raised[-1]

    try:
        assert asyncio.run(_asgi(app, "GET", url))[0] == 200
        monkeypatch.setattr(ctx.store, "query_bytes_with_limits", failing)
        raised.append(InvalidArgument("no such thing"))
        status, headers, body = asyncio.run(_asgi(app, "GET", url))
        assert status == 400 and dict(headers)[b"content-type"] == b"application/problem+json"
        assert json.loads(body)["detail"] == "no such thing"
        raised.append(ZeroDivisionError("a bug"))
        with pytest.raises(ZeroDivisionError):
            asyncio.run(_asgi(app, "GET", url))
    finally:
        ctx.store.close_workers()
        ctx.close()


def test_the_sparql_edge_keeps_the_layers_it_skips(tmp_path, monkeypatch) -> None:
    """The edge (`api.sparql_lane.SparqlEdge`, in front of the app's middleware) answers the
    common query itself, and keeps what the layers it skips do: the app's own per-client count
    and query queue (429 at their bounds, shared with the app's requests), the count of
    requests in flight while it runs, CORS's answer to a request with ``Origin``, and every
    request to the app while FastAPI's telemetry is configured."""
    import asyncio
    from urllib.parse import urlencode

    from mandate_graph.api.app import create_app
    from mandate_graph.api.limits import RequestLimits
    from mandate_graph.graph.generations import derived
    from tests.conftest import make_context

    ctx = make_context(store=str(tmp_path / "store"), requests_per_client=1, query_queue_wait=0.05)
    ctx.store.replace_graphs({"http://x/g1": LANE_DATA})
    app = create_app(ctx)
    edge = app.sparql_edge
    assert edge is not None
    url = urlencode({"query": "SELECT * WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", "format": "csv"})
    inner_calls = 0
    inner = edge.inner

    async def counting_inner(scope, receive, send):  # type: ignore[no-untyped-def]
        nonlocal inner_calls
        inner_calls += 1
        await inner(scope, receive, send)

    monkeypatch.setattr(edge, "inner", counting_inner)
    busy_while_querying: list[bool] = []
    query_bytes = ctx.store.query_bytes_with_limits

    counted: list[dict[str, int]] = []

    async def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        busy_while_querying.append(derived.requests.busy())
        layer = app.middleware_stack
        while not isinstance(layer, RequestLimits):
            layer = layer.app
        counted.append(dict(layer.in_progress))  # the app's own count holds the edge's request
        return await query_bytes(*args, **kwargs)

    async def run() -> None:
        nonlocal inner_calls
        await _asgi(app, "GET", urlencode({"query": "ASK {}"}))  # a worker's snapshot opened
        monkeypatch.setattr(ctx.store, "query_bytes_with_limits", watched)
        inner_calls = 0
        status, headers, body = await _asgi(app, "GET", url)
        assert (status, inner_calls) == (200, 0) and body.count(b"\r\n") == 6
        assert headers[0] == (b"vary", b"Accept, Origin") and busy_while_querying == [True]
        assert counted == [{"127.0.0.1": 1}]
        limits = app.middleware_stack
        while not isinstance(limits, RequestLimits):
            limits = limits.app
        # This client already has its one request in progress: the app's limits answer 429.
        limits.in_progress["127.0.0.1"] = 1
        status, headers, body = await _asgi(app, "GET", url)
        assert status == 429 and (b"retry-after", b"1") in headers and inner_calls == 1
        assert b"already has 1 requests in progress" in body
        inner_calls = 0
        del limits.in_progress["127.0.0.1"]
        # Every query worker taken by others: the fair queue's wait, then 429.
        assert limits.queue is not None
        free, limits.queue.free = limits.queue.free, 0
        status, headers, body = await _asgi(app, "GET", url)
        assert status == 429 and b"every query worker stayed busy" in body and inner_calls == 0
        limits.queue.free = free
        assert not limits.in_progress and limits.queue.running == {}
        # A browser's request: CORS answers it, through the app.
        status, headers, _ = await _asgi(app, "GET", url, ((b"origin", b"https://yasgui.example"),))
        assert status == 200 and (b"access-control-allow-origin", b"*") in headers and inner_calls == 1

        class Configured:
            def enabled(self) -> bool:
                return True

        monkeypatch.setattr(edge, "_telemetry", Configured())
        monkeypatch.setattr(edge, "_telemetry_asked", float("-inf"))
        assert (await _asgi(app, "GET", url))[0] == 200 and inner_calls == 2

    try:
        asyncio.run(run())
    finally:
        ctx.store.close_workers()
        ctx.close()


def test_a_repeated_query_answered_in_the_server_keeps_its_time_limit(tmp_path, monkeypatch) -> None:
    """A SELECT a worker answered cheaply is run in the server when repeated (S28,
    `graph.store.cheap_repeats`): the same bytes through the lane; and once a write has made it
    a runaway (a join over many more triples), it goes back to a worker and answers 503 at the
    time limit, and the server keeps answering."""
    import asyncio
    from urllib.parse import urlencode

    from mandate_graph.api.app import create_app
    from mandate_graph.graph.store import cheap_repeats
    from tests.conftest import make_context

    monkeypatch.setattr(cheap_repeats, "CHEAP_SECONDS", 60.0)  # every answer counts as cheap, whatever the load
    monkeypatch.setattr(cheap_repeats, "LIMIT_SHARE", 1)
    ctx = make_context(store=str(tmp_path / "store"), query_timeout=1.0)
    ctx.store.replace_graphs({"http://x/g1": LANE_DATA})
    app = create_app(ctx)
    grows = "SELECT (COUNT(*) AS ?n) WHERE { " + " . ".join(f"?s{i} <http://x/p> ?o{i}" for i in range(6)) + " }"
    url = urlencode({"query": grows, "format": "csv"})
    try:
        asyncio.run(_asgi(app, "GET", urlencode({"query": "ASK {}"})))  # a worker with the snapshot open
        first = asyncio.run(_asgi(app, "GET", url))
        assert first[0] == 200 and first[2] == b"n\r\n4096\r\n"  # 4 triples, joined six times: 4⁶
        for _ in range(3):
            assert asyncio.run(_asgi(app, "GET", url)) == first
        assert ctx.store.answered_here == 3
        ctx.store.replace_graphs({"http://x/g2": "".join(f"<http://x/m{i}> <http://x/p> \"{i}\" .\n" for i in range(60))})
        status, _, body = asyncio.run(_asgi(app, "GET", url))
        assert status == 503 and b"1 s time limit" in body
        assert ctx.store.answered_here == 3
        status, _, body = asyncio.run(_asgi(app, "GET", urlencode({"query": LANE_SELECT, "format": "csv"})))
        assert status == 200 and body.count(b"\r\n") == 66
    finally:
        ctx.store.close_workers()
        ctx.close()

"""The JSON API (v1) over a real server: lists, items with evidence, resolve, search, JSON-LD."""

from __future__ import annotations

import httpx
import pytest
import rdflib

from mandate_graph.graph.resolve import resolve_reference
from tests.support.http_server import sample_ctx, server  # noqa: F401  (fixtures)

BASE = "https://w3id.org/mandate-graph/id/"


def get(server, path: str, **kwargs):  # type: ignore[no-untyped-def]
    return httpx.get(server.url + path, timeout=10, **kwargs)


def test_index_and_version_header(server) -> None:
    r = get(server, "/api")
    assert r.status_code == 200 and r.json()["api_version"] == "1"
    assert r.headers["api-version"] == "1"


@pytest.mark.parametrize("collection", ["instruments", "bodies", "meetings", "sessions", "documents"])
def test_lists_page_truthfully(server, collection) -> None:
    first = get(server, f"/api/{collection}", params={"limit": 2}).json()
    assert first["total"] >= 1 and first["offset"] == 0
    seen = [i["id"] for i in first["items"]]
    page = first
    while page["next"]:
        page = get(server, page["next"]).json()
        seen += [i["id"] for i in page["items"]]
    assert len(seen) == len(set(seen)) == first["total"]
    for item in first["items"]:
        assert {"id", "iri", "type", "label"} <= set(item)
        assert item["iri"] == BASE + item["id"]


def test_list_filters(server) -> None:
    cop = get(server, "/api/instruments", params={"issuer": "cop-untoc", "kind": "decision", "limit": 500}).json()
    assert cop["total"] >= 1
    assert all(i["type"] == "Decision" and "/cop-untoc/" in i["id"] for i in cop["items"])
    children = get(server, "/api/bodies", params={"parent": "cop-untoc", "limit": 100}).json()
    assert "body/cop-untoc/wg-firearms" in {i["id"] for i in children["items"]}
    meetings = get(server, "/api/meetings", params={"body": "Working Group on Trafficking in Persons"}).json()
    # The corpus reports its ninth to twelfth meetings (2019-2022), in order.
    assert [i["id"] for i in meetings["items"]] == [f"meeting/cop-untoc/wg-trafficking-in-persons/{n}" for n in (9, 10, 11, 12)]
    assert get(server, "/api/instruments", params={"issuer": "nobody at all"}).status_code == 400


def test_instrument_item_has_every_relation_with_evidence(server) -> None:
    item = get(server, "/api/instruments/cop-untoc/resolution/7/1").json()
    assert item["id"] == "instrument/cop-untoc/resolution/7/1" and item["type"] == "Resolution"
    rel = item["relations"]
    assert {v["id"] for v in rel["makesConstantElement"]} >= {"body/cop-untoc/wg-firearms", "body/cop-untoc/wg-trafficking-in-persons"}
    # "encouraged the Working Group on International Cooperation and the Working Group of
    # Government Experts on Technical Assistance to consider meeting on an annual basis"
    assert {v["id"] for v in rel["encourages"]} == {
        "body/cop-untoc/wg-technical-assistance", "body/cop-untoc/wg-international-cooperation"}
    # "reaffirming its resolution 7/1 of 10 October 2014" in resolution 11/6
    assert "instrument/cop-untoc/resolution/11/6" in {v["id"] for v in rel["citedBy"]}
    assert item["adoptedOn"] == "2014-10-10"
    assert "document/CTOC/COP/WG.4/2021/6" in {v["id"] for v in rel["documentsPursuantTo"]}
    assert "document/CTOC/COP/WG.4/2021/6" in {v["id"] for v in rel["mentionedBy"]}
    evidence = next(v for v in rel["makesConstantElement"] if v["id"] == "body/cop-untoc/wg-firearms")["evidence"]
    # The note prints no symbol of its own; the evidence shows the one it is cited under.
    from_note = next(e for e in evidence if e["document"]["symbol"] == "CTOC/COP/2022/5")
    assert from_note["paragraph"] == "8" and "Working Group on Firearms would be a constant element" in from_note["quote"]
    evidence = from_note
    assert evidence["end"] > evidence["start"]
    cited = get(server, "/api/instruments/cop-untoc/resolution/10/6").json()["relations"]["citedBy"]
    assert cited and cited[0]["evidence"][0].get("characterization") in {"recalling", "reaffirming"}
    r11 = get(server, "/api/instruments/cop-untoc/resolution/11/1").json()
    assert r11["adoptedOn"] == "2022-10-21" and r11["title"] == "Implementation of the Convention"
    assert r11["relations"]["adoptedAt"][0]["id"] == "session/cop-untoc/11"
    assert r11["relations"]["containedIn"][0]["id"] == "document/CTOC/COP/2022/9"


def test_body_meeting_session_document_items(server) -> None:
    body = get(server, "/api/bodies/cop-untoc/wg-trafficking-in-persons").json()
    assert body["name"] == "Working Group on Trafficking in Persons" and body["aliases"]
    assert body["relations"]["parent"][0]["id"] == "body/cop-untoc"
    assert {v["id"] for v in body["relations"]["establishedBy"]} == {"instrument/cop-untoc/decision/4/4"}
    assert "meeting/cop-untoc/wg-trafficking-in-persons/11" in {v["id"] for v in body["relations"]["meetings"]}
    cop = get(server, "/api/bodies/cop-untoc").json()
    assert "body/cop-untoc/wg-firearms" in {v["id"] for v in cop["relations"]["children"]}
    meeting = get(server, "/api/meetings/cop-untoc/wg-trafficking-in-persons/11").json()
    assert meeting["heldOn"] == "2021-10-12" and meeting["heldIn"] == "Vienna"
    assert meeting["relations"]["reports"][0]["id"] == "document/CTOC/COP/WG.4/2021/6"
    session = get(server, "/api/sessions/cop-untoc/11").json()
    assert {"instrument/cop-untoc/resolution/11/1", "instrument/cop-untoc/resolution/11/3"} <= {v["id"] for v in session["relations"]["adopted"]}
    assert "document/CTOC/COP/WG.4/2021/6" in {v["id"] for v in session["relations"]["documentsSubmitted"]}
    doc = get(server, "/api/documents/CTOC/COP/WG.4/2021/6").json()
    assert doc["symbols"] == ["CTOC/COP/WG.4/2021/6"]
    assert doc["undocs"] == ["https://undocs.org/CTOC/COP/WG.4/2021/6"]
    assert doc["relations"]["reportOf"][0]["id"] == "meeting/cop-untoc/wg-trafficking-in-persons/11"
    assert doc["relations"]["author"][0]["id"] == "body/cop-untoc/wg-trafficking-in-persons"
    assert doc["relations"]["documentKind"][0]["iri"].endswith("#MeetingReport")


def test_unknown_item_is_404_with_candidates(server) -> None:
    r = get(server, "/api/bodies/cop-untoc/wg-firearm")
    assert r.status_code == 404
    assert "body/cop-untoc/wg-firearms" in {c["id"] for c in r.json()["candidates"]}


def test_item_as_jsonld(server) -> None:
    r = get(server, "/api/instruments/cop-untoc/resolution/7/1", headers={"Accept": "application/ld+json"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/ld+json")
    graph = rdflib.Graph().parse(data=r.text, format="json-ld")
    MG = rdflib.Namespace("https://w3id.org/mandate-graph/ontology#")
    r71 = rdflib.URIRef(BASE + "instrument/cop-untoc/resolution/7/1")
    assert (r71, MG.makesConstantElement, rdflib.URIRef(BASE + "body/cop-untoc/wg-firearms")) in graph
    assert any(graph.triples((None, MG.quote, None)))


@pytest.mark.parametrize("ref,expected", [
    ("resolution 7/1", "instrument/cop-untoc/resolution/7/1"),
    ("decision 4/4", "instrument/cop-untoc/decision/4/4"),
    ("CTOC/COP/WG.4/2021/6", "document/CTOC/COP/WG.4/2021/6"),
    ("Working Group on Firearms", "body/cop-untoc/wg-firearms"),
    ("COP 11", "session/cop-untoc/11"),
    ("eleventh session of the Conference", "session/cop-untoc/11"),
    ("cop-untoc/resolution/7/1", "instrument/cop-untoc/resolution/7/1"),
    (BASE + "body/ga", "body/ga"),
])
def test_resolve(server, ref, expected) -> None:
    r = get(server, "/api/resolve", params={"ref": ref})
    assert r.status_code == 200, r.text
    assert r.json()["entity"]["id"] == expected


def test_resolve_not_found_lists_candidates(server) -> None:
    r = get(server, "/api/resolve", params={"ref": "Working Group on Firarms"})
    assert r.status_code == 404
    assert "body/cop-untoc/wg-firearms" in {c["id"] for c in r.json()["candidates"]}


def test_resolve_named_issuer(sample_ctx) -> None:
    ctx = sample_ctx
    # issuer named but not in the graph: not found, never someone else's instrument
    result = resolve_reference("General Assembly resolution 7/1", ctx.store, ctx.ids, ctx.registry)
    assert result.status == "not_found" and result.iri is None
    result = resolve_reference("Conference of the Parties resolution 7/1", ctx.store, ctx.ids, ctx.registry)
    assert result.iri == BASE + "instrument/cop-untoc/resolution/7/1" and result.kind == "instrument"


def test_list_pages_link_their_neighbours_in_the_link_header(server) -> None:
    r = get(server, "/api/instruments", params={"limit": 2, "offset": 2})
    body = r.json()
    assert body["next"] and body["prev"]
    assert r.headers["link"] == f'<{body["next"]}>; rel="next", <{body["prev"]}>; rel="prev"'
    last = get(server, "/api/instruments", params={"limit": 1000})
    assert last.json()["next"] is None and last.json()["prev"] is None and "link" not in last.headers


def test_items_vary_by_accept(server) -> None:
    for accept in ("application/json", "application/ld+json"):
        r = get(server, "/api/bodies/cop-untoc/wg-firearms", headers={"Accept": accept})
        assert r.status_code == 200 and "Accept" in [v.strip() for v in r.headers["vary"].split(",")]


def test_an_ambiguous_citation_answers_300_with_the_choices(sample_ctx, monkeypatch) -> None:
    """(No citation in the sample graph is ambiguous: the resolver is made to say one is.)"""
    from fastapi.testclient import TestClient

    from mandate_graph.api import routes_json
    from mandate_graph.api.app import create_app
    from mandate_graph.graph.resolve import ResolveResult

    choices = [(BASE + "instrument/cop-untoc/resolution/7/1", "7/1"), (BASE + "body/ga", "GA")]
    monkeypatch.setattr(routes_json, "resolve_reference", lambda *args: ResolveResult(
        "ambiguous", candidates=choices, message="resolution 7/1 of which issuer?"))
    r = TestClient(create_app(sample_ctx)).get("/api/resolve", params={"ref": "resolution 7/1"})
    assert r.status_code == 300
    body = r.json()
    assert list(body) == ["api_version", "status", "ref", "candidates", "message"]  # no entity: none was chosen
    assert [c["id"] for c in body["candidates"]] == ["instrument/cop-untoc/resolution/7/1", "body/ga"]
    assert body["candidates"][1]["href"] == "/api/bodies/ga" and body["message"] == "resolution 7/1 of which issuer?"


def test_search(server) -> None:
    r = get(server, "/api/search", params={"q": "joint thematic"}).json()
    assert r["count"] >= 1
    assert any(hit["field"] in {"quote", "task"} for hit in r["results"])
    names = get(server, "/api/search", params={"q": "firearms"}).json()
    assert "body/cop-untoc/wg-firearms" in {h["entity"]["id"] for h in names["results"]}


def test_stats(server) -> None:
    stats = get(server, "/api/stats").json()
    assert stats["relations"]["makesConstantElement"] >= 2 and stats["quads"] > 1000


def test_openapi_documents_the_api(server) -> None:
    spec = get(server, "/openapi.json").json()
    assert "/api/instruments/{key}" in spec["paths"]
    assert "/api/resolve" in spec["paths"] and "/sparql" in spec["paths"]


@pytest.mark.parametrize("path,status,media", [
    ("/id/body/%FF", 400, "text/plain"),  # linked data refuses in its own form (text to a Turtle client)
    ("/api/resolve?ref=body/x%22y", 404, "application/problem+json"),
    ("/api/queries/mandates-of-body?body=x%22", 400, "application/problem+json"),
    ("/sparql?query=ASK%7B%7D&default-graph-uri=not%20an%20iri", 400, "text/plain"),  # SPARQL protocol
])
def test_invalid_iris_are_client_errors_not_500(server, path, status, media) -> None:
    """These four answered 500 ("Invalid IRI code point") on the real server."""
    r = get(server, path, headers={"Accept": "text/turtle"} if path.startswith("/id/") else {})
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(media)
    if media == "application/problem+json":
        body = r.json()
        assert body["status"] == status and body["title"] and body["detail"]
    else:
        assert "not a valid IRI" in r.text


def test_lists_stats_and_mandates_follow_a_write_while_the_server_runs(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    """Lists, statistics and statuses are kept per store generation and rebuilt in the
    background: a request after a write never gets the answer from before it."""
    from fastapi.testclient import TestClient

    from mandate_graph.api.app import create_app
    from tests.conftest import loader_for, make_context

    ctx = make_context()
    first, *rest = sorted(corpus_dir.glob("*.txt"))
    assert loader_for(ctx).load_file(first).ok
    with TestClient(create_app(ctx)) as client:  # the lifespan starts the background refresh
        before = {path: client.get(path).json() for path in ("/api/documents?limit=1", "/api/stats", "/api/mandates?limit=1")}
        for path in rest:
            assert loader_for(ctx).load_file(path).ok
        after = {path: client.get(path).json() for path in before}
        assert after["/api/documents?limit=1"]["total"] >= before["/api/documents?limit=1"]["total"] + len(rest)
        assert after["/api/stats"]["quads"] > before["/api/stats"]["quads"]
        assert after["/api/mandates?limit=1"]["total"] >= before["/api/mandates?limit=1"]["total"]
        # The whole list, in order, as a fresh reader sorts it.
        listed = client.get("/api/instruments?limit=1000").json()["items"]
    from mandate_graph.graph.entities import EntityReader

    assert [i["iri"] for i in listed] == list(EntityReader(ctx.store, ctx.ids)._members_of("instruments")(ctx.store))
    ctx.close()


def test_health_answers_before_the_background_values_and_says_so(corpus_dir) -> None:  # type: ignore[no-untyped-def]
    """Right after a start the whole-store values are still being built: `/health` answers at
    once and says "building" (the first list page is still right: it waits for its own list,
    or computes it), then "current" once the background refresh has built them all; a write
    makes it "building" again until they are rebuilt."""
    import threading
    import time

    from fastapi.testclient import TestClient

    from mandate_graph.api.app import create_app
    from mandate_graph.graph.entities import EntityReader
    from mandate_graph.graph.generations import derived
    from tests.conftest import loader_for, make_context

    ctx = make_context()
    first, second, *_ = sorted(corpus_dir.glob("*.txt"))
    assert loader_for(ctx).load_file(first).ok
    release = threading.Event()

    def slow_value(store: object) -> int:  # a whole-store value the refresh builds last, held back here
        release.wait(60)
        return 1

    derived.register(ctx.store, ("test: held back",), slow_value, rank=99)
    try:
        with TestClient(create_app(ctx)) as client:  # the lifespan starts the background refresh
            health = client.get("/health").json()
            assert health["status"] == "ok" and health["values"] == "building"
            assert health["generation"] == ctx.store.generation
            listed = client.get("/api/instruments?limit=1000").json()["items"]
            assert [i["iri"] for i in listed] == list(EntityReader(ctx.store, ctx.ids)._members_of("instruments")(ctx.store))
            assert client.get("/health").json()["values"] == "building"  # still held back
            release.set()
            deadline = time.monotonic() + 60
            while client.get("/health").json()["values"] != "current" and time.monotonic() < deadline:
                time.sleep(0.05)
            assert client.get("/health").json()["values"] == "current"
            release.clear()
            assert loader_for(ctx).load_file(second).ok  # a write: the values are built again
            assert client.get("/health").json()["values"] == "building"
            release.set()
    finally:
        release.set()
        ctx.close()

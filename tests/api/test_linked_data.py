"""Dereferenceable IRIs: HTML for browsers, RDF for clients, 404 for unknown, Vary: Accept."""

from __future__ import annotations

import httpx
import rdflib

from tests.support.http_server import server  # noqa: F401  (fixture)

BASE = "https://w3id.org/mandate-graph/id/"
R71 = "instrument/cop-untoc/resolution/7/1"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_browser_gets_html_with_links_and_quotes(server) -> None:
    r = httpx.get(f"{server.url}/id/{R71}", headers={"Accept": BROWSER})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    assert "Accept" in r.headers["vary"]
    assert 'href="/id/body/cop-untoc/wg-firearms"' in r.text
    assert "constant element of the Conference" in r.text  # an evidence quote


def test_clients_get_rdf(server) -> None:
    MG = rdflib.Namespace("https://w3id.org/mandate-graph/ontology#")
    triple = (rdflib.URIRef(BASE + R71), MG.makesConstantElement, rdflib.URIRef(BASE + "body/cop-untoc/wg-firearms"))
    for accept, fmt in [("text/turtle", "turtle"), ("application/ld+json", "json-ld"),
                        ("application/n-triples", "nt"), ("application/rdf+xml", "xml")]:
        r = httpx.get(f"{server.url}/id/{R71}", headers={"Accept": accept})
        assert r.status_code == 200 and r.headers["content-type"].split(";")[0] == accept
        assert "Accept" in r.headers["vary"]
        graph = rdflib.Graph().parse(data=r.text, format=fmt)
        assert triple in graph, accept
    # no Accept: Turtle
    assert httpx.get(f"{server.url}/id/{R71}").headers["content-type"].startswith("text/turtle")


def test_rdflib_can_dereference_the_page(server) -> None:
    graph = rdflib.Graph().parse(f"{server.url}/id/body/cop-untoc/wg-firearms")
    assert (None, None, rdflib.URIRef(BASE + "body/cop-untoc/wg-firearms")) in graph


def test_document_and_meeting_pages(server) -> None:
    for path in ["document/CTOC/COP/WG.4/2021/6", "meeting/cop-untoc/wg-trafficking-in-persons/11",
                 "session/cop-untoc/11", "body/cop-untoc"]:
        r = httpx.get(f"{server.url}/id/{path}", headers={"Accept": "text/html"})
        assert r.status_code == 200, path


def test_unknown_is_404(server) -> None:
    assert httpx.get(f"{server.url}/id/body/no-such-body", headers={"Accept": "text/turtle"}).status_code == 404
    assert httpx.get(f"{server.url}/id/body/no-such-body", headers={"Accept": "text/html"}).status_code == 404


def test_not_acceptable_and_format_override(server) -> None:
    assert httpx.get(f"{server.url}/id/{R71}", headers={"Accept": "image/png"}).status_code == 406
    r = httpx.get(f"{server.url}/id/{R71}", params={"format": "jsonld"}, headers={"Accept": "text/html"})
    assert r.headers["content-type"].startswith("application/ld+json")


def test_context_is_served(server) -> None:
    r = httpx.get(f"{server.url}/context.jsonld")
    assert r.status_code == 200 and "@context" in r.json()

"""Dereferenceable IRIs: ``GET /id/{path}`` describes the entity ``settings.base_iri + path``.

Content negotiation is direct (no 303 redirect): the same URL answers

- ``text/html`` (browsers): a readable page with the label, type, every relation with links
  to the other entities' pages, and the evidence quotes;
- ``text/turtle`` (also the answer to ``*/*`` and to no Accept header), ``application/ld+json``
  (compact, context inlined), ``application/n-triples`` or ``application/rdf+xml``.

``?format=html|turtle|jsonld|ntriples|rdfxml`` overrides the header. Every answer carries
``Vary: Accept``. Unknown IRIs answer 404, a path that makes no valid IRI (``/id/body/%FF``)
400, each as a short page or plain text in the negotiated form, as a browser or a linked-data
client expects (not the JSON API's problem documents). The IRI is always ``base_iri + path``, whatever host
serves the page. ``/context.jsonld`` serves the JSON-LD context used by every JSON-LD answer.
"""

from __future__ import annotations

import json
from urllib.parse import quote

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse

from mandate_graph import ontology
from mandate_graph.api.routes_sparql import negotiate, serialize_triples
from mandate_graph.graph.entities import EntityReader, compact_jsonld, jsonld_context
from mandate_graph.graph.errors import InvalidIri

router = APIRouter(tags=["linked data"])

OFFERED = ["text/turtle", "text/html", "application/ld+json", "application/n-triples", "application/rdf+xml",
           "application/xhtml+xml", "application/json"]
FORMATS = {"turtle": "text/turtle", "ttl": "text/turtle", "html": "text/html", "jsonld": "application/ld+json",
           "json": "application/ld+json", "ntriples": "application/n-triples", "nt": "application/n-triples",
           "rdfxml": "application/rdf+xml"}


# Characters an IRI may hold that a URI keeps as they are (RFC 3986 reserved, and % of escapes).
_URI_SAFE = ":/?#[]@!$&'()*+,;=%~"


@router.get("/context.jsonld", summary="The JSON-LD context of every JSON-LD answer", tags=["linked data"],
            responses={200: {"content": {"application/ld+json": {}}}})
def context_document() -> Response:
    return Response(ontology.JSONLD_CONTEXT.read_bytes(), media_type="application/ld+json")


@router.get(
    "/id/{path:path}",
    summary="Dereference an entity IRI (HTML, Turtle, JSON-LD, N-Triples, RDF/XML by Accept)",
    responses={200: {"content": {m: {} for m in OFFERED[:5]}}, 400: {"description": "Not a valid IRI"},
               404: {"description": "Unknown IRI"},
               406: {"description": "No acceptable format"}},
)
def dereference(request: Request, path: str) -> Response:
    from mandate_graph.api.web.routes import start_clock

    start_clock(request)  # for the HTML page's Server-Timing
    ctx = request.app.state.ctx
    iri = ctx.ids.base + path
    # Header values are Latin-1: the IRI goes in as its URI (non-ASCII percent-encoded).
    headers = {"Vary": "Accept", "Link": f'<{quote(iri, safe=_URI_SAFE)}>; rel="canonical"'}
    fmt = request.query_params.get("format")
    if fmt:
        media = FORMATS.get(fmt.lower())
    else:
        accept = request.headers.get("accept")
        media = negotiate(accept, OFFERED)
        if media == "application/xhtml+xml":
            media = "text/html"
        elif media == "application/json":
            media = "application/ld+json"
    if media is None:
        return PlainTextResponse(
            "406 Not Acceptable: entities are available as " + ", ".join(OFFERED[:5]), status_code=406, headers=headers
        )
    reader = EntityReader(ctx.store, ctx.ids)
    try:
        known = reader.exists(iri)
    except InvalidIri as exc:
        return _refusal(400, "Bad request", f"400: {exc}", media, {"Vary": "Accept"})
    if not known:
        if media == "text/html":
            from mandate_graph.api.web.routes import render_not_found

            return render_not_found(request, path, headers)  # the site's page, with a search
        return _refusal(404, "Not found", f"404: {iri} is not in the graph", media, headers)
    if media == "text/html":
        from mandate_graph.api.web.routes import relation_page, render_entity

        return render_entity(request, reader.describe(iri, **relation_page(request)), iri, path, headers)
    triples = reader.description_triples(iri)
    if media == "application/ld+json":
        return JSONResponse(compact_jsonld(triples, jsonld_context(), main=iri), media_type="application/ld+json",
                            headers=headers)
    name = {"text/turtle": "turtle", "application/n-triples": "ntriples", "application/rdf+xml": "rdfxml"}[media]
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return Response(serialize_triples(triples, name), media_type=media + charset, headers=headers)


def _refusal(status: int, title: str, message: str, media: str, headers: dict[str, str], html_more: str = "") -> Response:
    """An error answer in the negotiated form: a short page for browsers, plain text otherwise."""
    if media == "text/html":
        return HTMLResponse(f"<!doctype html><title>{title}</title><h1>{title}</h1><p>{_escape(message)}</p>{html_more}",
                            status_code=status, headers=headers)
    return PlainTextResponse(message, status_code=status, headers=headers)


def _escape(text: str) -> str:
    import html

    return html.escape(text)

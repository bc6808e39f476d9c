"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (https://www.w3.org/TR/sparql11-http-rdf-update/).

One graph per request, named by indirect identification: ``?graph=<iri>`` (a relative IRI is
resolved against ``/store``'s own URL) or ``?default``.

- ``GET`` / ``HEAD``: the graph, in the format ``Accept`` or ``format=`` asks for (the same
  negotiation and names as ``/sparql``; Turtle when anything goes). ``404`` for a named graph
  that holds no triple. ``?default`` is the store's default graph, which here is the union of
  the named graphs (as at ``/sparql``), so it can be read but not written (``405``).
- ``PUT`` replaces the graph with the body, ``POST`` adds the body to it, ``DELETE`` drops it.
  Bodies are Turtle, N-Triples, RDF/XML or JSON-LD (by ``Content-Type``; ``415`` otherwise,
  ``400`` for a body that does not parse, with the parser's message). ``201`` when the graph
  did not exist, ``204`` otherwise. Writes need the update token, checked exactly as at
  ``/update`` (``403`` while writes are disabled, ``401`` for a missing or wrong token).

Everything goes through the `graph.store.GraphStore` interface (`replace_graphs`,
`drop_graphs`, queries with limits), so the endpoint behaves the same on the embedded store and
on a SPARQL server, and a PUT is as atomic as the store's graph replacement.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urljoin

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from starlette.concurrency import run_in_threadpool

from mandate_graph.api.routes_sparql import (
    ProtocolError,
    _error,
    _not_acceptable,
    check_update_token,
    choose_format,
    decode_url_query,
    endpoint_url,
    limits,
    media_with_charset,
    serialize_triples,
)
from mandate_graph.graph.errors import InvalidIri, named_node
from mandate_graph.graph.store import GraphStore, QueryLimitError, QueryTimeoutError, StoreError

router = APIRouter(tags=["sparql"])

# Content-Type of a body → the parser's format.
BODY_FORMATS = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
}

DESCRIPTION = """SPARQL 1.1 Graph Store HTTP Protocol: `?graph=<iri>` names a graph, `?default` the
default graph (the union of the named graphs, read-only). GET/HEAD read it (content negotiation
as at `/sparql`); PUT replaces, POST adds to and DELETE drops a named graph, with
`Authorization: Bearer <MANDATES_UPDATE_TOKEN>`."""


def target_graph(request: Request) -> str | None:
    """The named graph the request is about, or None for ``?default``; `ProtocolError` (400)
    unless exactly one of ``graph=`` and ``default`` is given and the graph is an IRI."""
    params = decode_url_query(request.url.query)
    graphs = [v for k, v in params if k == "graph"]
    default = any(k == "default" for k, _ in params)
    if default == bool(graphs) or len(graphs) > 1:
        raise ProtocolError("name exactly one graph: ?graph=<iri> for a named graph or ?default for the default graph")
    if default:
        return None
    graph = urljoin(endpoint_url(request), graphs[0])
    try:
        named_node(graph)
    except InvalidIri as exc:
        raise ProtocolError(f"graph: {exc}") from None
    return graph


def requested_formats(request: Request) -> list[str]:
    return [v for k, v in decode_url_query(request.url.query) if k == "format" and v]


def _graph_exists(store: GraphStore, graph: str, timeout: float) -> bool:
    answer = store.query_with_limits(f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}", timeout=timeout, max_rows=None)
    return bool(answer)


# One route per method, so that each has its own operation id in the OpenAPI description.
READ_ROUTE: dict[str, Any] = dict(
    summary="Graph Store Protocol: read a graph",
    description=DESCRIPTION,
    responses={200: {"description": "The graph", "content": {"text/turtle": {}, "application/ld+json": {}}},
               400: {"description": "No graph named, or not an IRI"}, 404: {"description": "No such graph"},
               406: {"description": "No acceptable format"},
               429: {"description": "Too many requests of this client in progress"}},
)
WRITE_ROUTE: dict[str, Any] = dict(
    summary="Graph Store Protocol: replace, add to or drop a named graph (needs a bearer token)",
    description=DESCRIPTION,
    responses={201: {"description": "Created"}, 204: {"description": "Done"},
               400: {"description": "No graph named, or the body does not parse"},
               401: {"description": "Missing or wrong token"}, 403: {"description": "Writes are disabled"},
               404: {"description": "DELETE of a graph that does not exist"},
               405: {"description": "Writing the default graph (the union of the named graphs)"},
               413: {"description": "Body larger than MANDATES_MAX_BODY_BYTES"},
               415: {"description": "Unsupported body format"},
               429: {"description": "Too many requests of this client in progress"}},
)


GRAPH_PARAMETERS = [
    {"name": "graph", "in": "query", "required": False, "schema": {"type": "string"},
     "description": "the named graph (an IRI, relative to /store's URL)"},
    {"name": "default", "in": "query", "required": False, "allowEmptyValue": True, "schema": {"type": "string"},
     "description": "the default graph (give it instead of graph)"},
]
READ_EXTRA = {"parameters": [*GRAPH_PARAMETERS, {
    "name": "format", "in": "query", "required": False, "schema": {"type": "string"},
    "description": "turtle, ntriples, rdfxml, jsonld, trig, nquads or a media type (wins over Accept)"}]}
WRITE_EXTRA = {"parameters": GRAPH_PARAMETERS, "requestBody": {"required": False, "content": {
    media: {"schema": {"type": "string"}} for media in ("text/turtle", "application/n-triples", "application/rdf+xml",
                                                         "application/ld+json")}}}


@router.get("/store", **READ_ROUTE, openapi_extra=READ_EXTRA)
@router.head("/store", **READ_ROUTE, openapi_extra=READ_EXTRA)
async def read_graph(request: Request) -> Response:
    try:
        graph = target_graph(request)
        formats = requested_formats(request)
    except ProtocolError as exc:
        return _error(str(exc), exc.status)
    pick = choose_format(request.headers.get("accept"), formats, graph=True)
    if pick is None:
        return _not_acceptable(request, True, formats)
    response = await run_in_threadpool(_read, request, graph, pick)
    if request.method == "HEAD":
        return Response(status_code=response.status_code, headers=dict(response.headers))
    return response


def _read(request: Request, graph: str | None, pick: tuple[str, str]) -> Response:
    store = request.app.state.ctx.store
    lim = limits(request)
    where = "?s ?p ?o" if graph is None else f"GRAPH <{graph}> {{ ?s ?p ?o }}"
    try:
        if graph is not None and not _graph_exists(store, graph, lim.query_timeout):
            return _error(f"no graph <{graph}> in the store (GET /sparql lists the graphs in its service description)", 404)
        triples = store.query_with_limits(
            f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", timeout=lim.query_timeout, max_rows=lim.max_rows
        )
    except QueryTimeoutError as exc:
        return _error(str(exc), 503)
    except QueryLimitError as exc:
        return _error(f"{exc} (the graph is too large to read here; page through it at /sparql)", 422)
    except StoreError as exc:
        return _error(f"reading the graph failed: {exc}", 500)
    fmt, media = pick
    body = serialize_triples(list(dict.fromkeys(triples)), fmt)
    return Response(body, media_type=media_with_charset(media), headers={"Vary": "Accept"})


@router.put("/store", **WRITE_ROUTE, openapi_extra=WRITE_EXTRA)
@router.post("/store", **WRITE_ROUTE, openapi_extra=WRITE_EXTRA)
@router.delete("/store", **WRITE_ROUTE, openapi_extra={"parameters": GRAPH_PARAMETERS})
async def write_graph(request: Request) -> Response:
    refused = check_update_token(request)
    if refused is not None:
        return refused
    try:
        graph = target_graph(request)
    except ProtocolError as exc:
        return _error(str(exc), exc.status)
    if graph is None:
        return _error("the default graph is the union of the named graphs and cannot be written; "
                      "PUT, POST or DELETE a named graph (?graph=<iri>)", 405, Allow="GET, HEAD")
    triples: list[ox.Triple] = []
    if request.method != "DELETE":
        try:
            triples = parse_body(await request.body(), request.headers.get("content-type", ""), str(request.url))
        except ProtocolError as exc:
            return _error(str(exc), exc.status)
    return await run_in_threadpool(_write, request, graph, triples)


def parse_body(body: bytes, content_type: str, base_iri: str) -> list[ox.Triple]:
    """The triples of a request body, by its Content-Type; `ProtocolError` 415/400 otherwise."""
    media = content_type.split(";")[0].strip().lower()
    rdf_format = BODY_FORMATS.get(media)
    if rdf_format is None:
        raise ProtocolError(
            f"unsupported Content-Type {media or '(none)'!r}: send the graph as "
            + ", ".join(BODY_FORMATS), status=415,
        )
    try:
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=rdf_format, base_iri=base_iri)]
    except (SyntaxError, ValueError) as exc:
        raise ProtocolError(f"the {media} body does not parse: {exc}") from None


def _write(request: Request, graph: str, triples: list[ox.Triple]) -> Response:
    store = request.app.state.ctx.store
    try:
        existed = _graph_exists(store, graph, limits(request).query_timeout)
        if request.method == "DELETE":
            if not existed:
                return _error(f"no graph <{graph}> to delete", 404)
            store.drop_graphs([graph])
            request.app.state.ctx.after_write()
            return Response(status_code=204)
        if request.method == "POST" and existed:
            current = store.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}")
            triples = [*current, *triples]
        ntriples = ox.serialize(list(dict.fromkeys(triples)), format=ox.RdfFormat.N_TRIPLES).decode()  # type: ignore[union-attr]  # pyoxigraph's stub: serialize() without output= returns bytes
        store.replace_graphs({graph: ntriples})
    except StoreError as exc:
        return _error(f"writing <{graph}> failed: {exc}", 500)
    request.app.state.ctx.after_write()  # the lineage view updated from this graph (graph.context)
    return Response(status_code=204 if existed else 201, headers={} if existed else {"Location": str(request.url)})


__all__ = ["router", "parse_body", "target_graph"]

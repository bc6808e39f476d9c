"""The SPARQL 1.1 Protocol endpoints: queries at ``/sparql``, updates at ``/update``.

Query (https://www.w3.org/TR/sparql11-protocol/#query-operation):

- ``GET /sparql?query=…``, ``POST`` with ``application/x-www-form-urlencoded`` (``query=…``)
  or ``POST`` with ``application/sparql-query`` (the body is the query);
  ``default-graph-uri`` / ``named-graph-uri`` (repeatable) set the dataset, else the query's
  ``FROM`` / ``FROM NAMED``; when neither names one, the default graph is the *union of all
  named graphs* (each loaded document is one named graph). Relative IRIs resolve against the
  endpoint's own URL (SPARQL 1.1 Query §4.1.1.2).
- Results by ``Accept`` (q-values honoured) or by ``format=`` (URL or form): SELECT/ASK as SPARQL JSON,
  SPARQL XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle, N-Triples, RDF/XML, JSON-LD, TriG or
  N-Quads. ``406`` lists what is available when nothing acceptable is.
- ``400`` for a query that does not parse (with the parser's message), for an update sent here
  (as ``query=`` or ``update=``), for more than one ``query`` and for a URL that is not UTF-8; ``403`` for SERVICE (network disabled); ``503`` when the query
  runs over the time limit (``MANDATES_QUERY_TIMEOUT``, default 10 s) or every worker is
  busy; ``422`` when the result has more rows than ``MANDATES_MAX_ROWS`` (default 100 000).
- ``GET /sparql`` without a query: the SPARQL 1.1 Service Description (Turtle or JSON-LD), or
  an HTML query form with curated examples for a browser.

Update: ``POST /update`` (form ``update=…`` or ``application/sparql-update``) with
``Authorization: Bearer <MANDATES_UPDATE_TOKEN>``. Disabled (403) unless that token is set;
401 for a missing or wrong token. ``using-graph-uri`` / ``using-named-graph-uri`` become the
``USING`` clauses of its operations (`graph.store.sparql_text.add_using`). An update whose
``WHERE`` runs over ``MANDATES_UPDATE_TIMEOUT`` is stopped and changes nothing: ``503``
(`graph.store.oxigraph.OxigraphStore.update` says how). The store records the named graphs
the update writes where its text names them (`graph.store.update_graphs`, relative IRIs against
this endpoint's URL, as they run), so the views kept beside the store catch up from those
graphs instead of re-reading the whole store. The Graph Store
Protocol at ``/store`` (`api.routes_graph_store`) shares this module's negotiation and token check.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence
from urllib.parse import parse_qsl, quote

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.templating import Jinja2Templates
from starlette.routing import Route

from mandate_graph.graph.errors import InvalidIri, named_node
from mandate_graph.graph.namespaces import PREFIXES
from mandate_graph.graph.settings import Settings
from mandate_graph.graph.store import (
    DatasetConflict,
    NetworkDisabledError,
    QueryLimitError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
    add_using,
    looks_like_update,
    query_form,
)
from mandate_graph.graph.store.codec import decode_result, in_memory, serialize_rdf

router = APIRouter(tags=["sparql"])
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


# ------------------------------------------------------------------------------ settings


@dataclass(frozen=True)
class HttpLimits:
    """Limits of the HTTP layer, from the settings (`graph.settings`) the app was created with."""

    query_timeout: float = 10.0
    max_rows: int | None = 100_000
    update_token: str | None = None
    max_body_bytes: int = 2 * 2**20
    requests_per_client: int = 2
    update_timeout: float = 10.0

    @classmethod
    def from_settings(cls, settings: Settings) -> "HttpLimits":
        return cls(
            settings.query_timeout,
            settings.max_rows,
            settings.update_token,
            settings.max_body_bytes,
            settings.requests_per_client,
            settings.update_timeout,
        )


def limits(request: Request) -> HttpLimits:
    return limits_of(request.app)


def limits_of(app: Any) -> HttpLimits:
    """The app's `HttpLimits` (``app.state.limits``, made from its settings if unset)."""
    found = getattr(app.state, "limits", None)
    if found is None:
        found = app.state.limits = HttpLimits.from_settings(app.state.ctx.settings)
    return found


# ------------------------------------------------------------------------------ content negotiation

# (media type, short name used by ?format=, serializer format)
SOLUTION_FORMATS: list[tuple[str, str, ox.QueryResultsFormat]] = [
    ("application/sparql-results+json", "json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", "xml", ox.QueryResultsFormat.XML),
    ("text/csv", "csv", ox.QueryResultsFormat.CSV),
    ("text/tab-separated-values", "tsv", ox.QueryResultsFormat.TSV),
    ("application/json", "json", ox.QueryResultsFormat.JSON),
    ("application/xml", "xml", ox.QueryResultsFormat.XML),
    ("text/xml", "xml", ox.QueryResultsFormat.XML),
]
GRAPH_FORMATS: list[tuple[str, str, ox.RdfFormat]] = [
    ("text/turtle", "turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", "ntriples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", "jsonld", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", "rdfxml", ox.RdfFormat.RDF_XML),
    ("application/trig", "trig", ox.RdfFormat.TRIG),
    ("application/n-quads", "nquads", ox.RdfFormat.N_QUADS),
    ("application/x-turtle", "turtle", ox.RdfFormat.TURTLE),
    ("text/plain", "ntriples", ox.RdfFormat.N_TRIPLES),
    ("application/xml", "rdfxml", ox.RdfFormat.RDF_XML),
    ("text/xml", "rdfxml", ox.RdfFormat.RDF_XML),
    ("application/json", "jsonld", ox.RdfFormat.JSON_LD),
]
# What each answer is labelled with (a client that asked application/json gets the
# precise SPARQL results type, which is what SPARQL clients look for).
CANONICAL_SOLUTIONS = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                       "csv": "text/csv", "tsv": "text/tab-separated-values"}
CANONICAL_GRAPH = {"turtle": "text/turtle", "ntriples": "application/n-triples", "jsonld": "application/ld+json",
                   "rdfxml": "application/rdf+xml", "trig": "application/trig", "nquads": "application/n-quads"}
FORMAT_ALIASES = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "json-ld": "jsonld",
                  "rdf": "rdfxml", "rdf+xml": "rdfxml", "nq": "nquads", "srj": "json", "srx": "xml"}


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """``Accept`` as (media range, q) pairs; an absent header accepts anything."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for part in header.split(","):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if not media:
            continue
        if media == "*":
            media = "*/*"
        q = 1.0
        for param in pieces[1:]:
            if param.lower().startswith("q="):
                try:
                    q = max(0.0, min(1.0, float(param[2:])))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q the client gives ``media``: from its most specific matching range."""
    kind = media.split("/")[0]
    best, specificity = 0.0, -1
    for pattern, q in ranges:
        if pattern == media:
            level = 2
        elif pattern == f"{kind}/*":
            level = 1
        elif pattern == "*/*":
            level = 0
        else:
            continue
        if level > specificity:
            best, specificity = q, level
    return best


def negotiate(accept: str | None, offered: Sequence[str]) -> str | None:
    """The offered media type the client likes most (server order breaks ties), or None."""
    ranges = parse_accept(accept)
    best, best_q = None, 0.0
    for media in offered:
        q = quality(media, ranges)
        if q > best_q:
            best, best_q = media, q
    return best


# A graph query asked for by a client that only names SPARQL *results* types (rdflib's
# SPARQLStore with returnFormat="json" or "xml" does, whatever the query form) gets the graph in
# the RDF format of the same family; such clients parse by the answer's Content-Type.
GRAPH_FALLBACKS = {"application/sparql-results+json": "jsonld", "application/sparql-results+xml": "rdfxml"}


def choose_format(accept: str | None, formats: Sequence[str], graph: bool) -> tuple[str, str] | None:
    """(short format name, content type) for the answer, or None when nothing is acceptable.

    ``formats`` (the ``format`` parameters, from the URL or the form) win over ``Accept``. Each
    is a short name (``json``, ``turtle``…), a media type, or a list of media types as in an
    Accept header (SPARQLWrapper sends ``format=json-ld&format=application/ld+json,…``); the
    first one that names something available is used."""
    table = GRAPH_FORMATS if graph else SOLUTION_FORMATS
    canonical = CANONICAL_GRAPH if graph else CANONICAL_SOLUTIONS
    if formats:
        for fmt in formats:
            found = _format_by_name(fmt, graph) if "/" not in fmt else choose_format(fmt, [], graph)
            if found is not None:
                return found
        return None
    media = negotiate(accept, [m for m, _, _ in table])
    if media is None:
        if graph:
            fallback = negotiate(accept, list(GRAPH_FALLBACKS))
            if fallback is not None:
                return GRAPH_FALLBACKS[fallback], canonical[GRAPH_FALLBACKS[fallback]]
        return None
    name = next(n for m, n, _ in table if m == media)
    return name, canonical[name]


def _format_by_name(fmt: str, graph: bool) -> tuple[str, str] | None:
    canonical = CANONICAL_GRAPH if graph else CANONICAL_SOLUTIONS
    fmt = FORMAT_ALIASES.get(fmt.strip().lower(), fmt.strip().lower())
    if graph and fmt == "json":
        fmt = "jsonld"
    if graph and fmt == "xml":
        fmt = "rdfxml"
    return (fmt, canonical[fmt]) if fmt in canonical else None


def _not_acceptable(request: Request, graph: bool, formats: Sequence[str]) -> Response:
    kind = "CONSTRUCT/DESCRIBE" if graph else "SELECT/ASK"
    names = CANONICAL_GRAPH if graph else CANONICAL_SOLUTIONS
    asked = " / ".join(formats) if formats else request.headers.get("accept", "")
    return PlainTextResponse(
        f"406 Not Acceptable: cannot answer a {kind} query as {asked!r}. Available: "
        + ", ".join(f"{media} (format={name})" for name, media in names.items()),
        status_code=406,
    )


def serialize_solutions(result: ox.QuerySolutions | ox.QueryBoolean, fmt: str) -> bytes:
    format_ = next(f for _, n, f in SOLUTION_FORMATS if n == fmt)
    return in_memory(result.serialize(format=format_))


def serialize_triples(triples: list, fmt: str) -> bytes:
    format_ = next(f for _, n, f in GRAPH_FORMATS if n == fmt)
    if fmt in {"trig", "nquads"}:
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        return serialize_rdf(quads, format_, PREFIXES if fmt == "trig" else None)
    return serialize_rdf(triples, format_, PREFIXES if fmt in {"turtle", "rdfxml"} else None)


def media_with_charset(media: str) -> str:
    return f"{media}; charset=utf-8" if media.startswith("text/") or media.endswith(("json", "xml")) else media


# ------------------------------------------------------------------------------ reading the request


class ProtocolError(Exception):
    def __init__(self, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.status = status


@dataclass
class Operation:
    """One protocol request: the text, its dataset parameters, ``format`` and what else came."""

    text: str | None
    default_graphs: list[str]
    named_graphs: list[str]
    formats: list[str] = field(default_factory=list)
    parameter_names: frozenset[str] = frozenset()


def decode_url_query(query: str) -> list[tuple[str, str]]:
    """The URL's parameters; percent-escapes that are not UTF-8 are refused rather than replaced
    (a query with U+FFFD in place of the client's bytes would silently mean something else)."""
    try:
        return parse_qsl(query, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError("the URL's parameters are not UTF-8 once percent-decoded; "
                            "percent-encode the query's UTF-8 bytes") from None


def endpoint_url(request: Request) -> str:
    """The URL the request was sent to, without parameters: the base IRI of relative IRIs in
    its text (SPARQL 1.1 Query §4.1.1.2: the base IRI may be the service's own)."""
    return str(request.url.replace(query="", fragment=""))


async def read_operation(request: Request, field: str, body_type: str) -> Operation:
    """The query (or update) and its dataset from any of the protocol's three forms."""
    params = decode_url_query(request.url.query)  # before the body: a bad URL is refused unread
    raw = await request.body() if request.method == "POST" else b""
    return parse_operation(params, request.method, request.headers.get("content-type", ""), raw, field, body_type)


def parse_operation(params: list[tuple[str, str]], method: str, content_type_header: str, raw: bytes, field: str,
                    body_type: str) -> Operation:
    """`read_operation` from the request's parts: the URL's parameters (`decode_url_query`),
    the method, the ``Content-Type`` header ("" when absent) and the body read whole. Pure, so
    that the route and the fast lane (`api.sparql_lane`) read a request the same way."""
    params = list(params)
    body_text: str | None = None
    if method == "POST":
        content_type = content_type_header.split(";")[0].strip().lower()
        if content_type == "application/x-www-form-urlencoded":
            try:
                params += parse_qsl(raw.decode("utf-8"), keep_blank_values=True, errors="strict")
            except UnicodeDecodeError:
                raise ProtocolError("the form body is not UTF-8") from None
        elif content_type == body_type:
            try:
                body_text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise ProtocolError(f"the {body_type} body is not UTF-8") from None
            if any(k == field for k, _ in params):
                raise ProtocolError(f"give the {field} either in the body or as a parameter, not both")
        elif raw:
            raise ProtocolError(
                f"unsupported Content-Type {content_type or '(none)'!r}: POST the {field} as "
                f"application/x-www-form-urlencoded ({field}=…) or as {body_type}",
                status=415,
            )
    values = [v for k, v in params if k == field]
    if len(values) > 1:
        raise ProtocolError(f"more than one {field!r} parameter; send exactly one {field}")
    text = body_text if body_text is not None else (values[0] if values else None)
    # The dataset parameters: default-graph-uri/named-graph-uri of a query (§2.1.4),
    # using-graph-uri/using-named-graph-uri of an update (§2.2.3).
    default_name, named_name = (
        ("using-graph-uri", "using-named-graph-uri") if field == "update" else ("default-graph-uri", "named-graph-uri")
    )
    default_graphs = [v for k, v in params if k == default_name]
    named_graphs = [v for k, v in params if k == named_name]
    for name, graphs in ((default_name, default_graphs), (named_name, named_graphs)):
        for graph in graphs:
            try:
                named_node(graph)
            except InvalidIri as exc:
                raise ProtocolError(f"{name}: {exc}") from None
    formats = [v for k, v in params if k == "format" and v]
    return Operation(text, default_graphs, named_graphs, formats, frozenset(k for k, _ in params))


def _error(message: str, status: int, **headers: str) -> Response:
    return PlainTextResponse(message, status_code=status, headers=headers or None)


# ------------------------------------------------------------------------------ query

QUERY_DESCRIPTION = """Run a SPARQL 1.1 query (W3C SPARQL 1.1 Protocol).

Send the query as `?query=` (GET), as a form field `query` (POST
`application/x-www-form-urlencoded`) or as the body (POST `application/sparql-query`).
`default-graph-uri` and `named-graph-uri` set the dataset; without them the default graph is
the union of every named graph. The answer's format follows `Accept` (q-values honoured) or
`format=` (json, xml, csv, tsv; turtle, ntriples, rdfxml, jsonld, trig, nquads).

Limits: a per-query time limit (503 with a message when exceeded) and a row limit (422).
Without a query, answers the service description (Turtle or JSON-LD) or, to a browser, a
query form.
"""


QUERY_ROUTE: dict[str, Any] = dict(
    summary="SPARQL 1.1 query endpoint",
    description=QUERY_DESCRIPTION,
    responses={
        200: {"description": "Query results", "content": {m: {} for m, _, _ in SOLUTION_FORMATS[:4] + GRAPH_FORMATS[:6]}},
        400: {"description": "Malformed query, an update, or several `query` parameters"},
        403: {"description": "SERVICE would reach the network, which is disabled"},
        406: {"description": "No acceptable result format"},
        413: {"description": "Body larger than MANDATES_MAX_BODY_BYTES"},
        415: {"description": "A POST body that is neither a form nor application/sparql-query"},
        422: {"description": "Result larger than the row limit, or the query needed more memory than a worker may use"},
        429: {"description": "Too many requests of this client in progress, or no query worker freed up in time"},
        503: {"description": "Query exceeded the time limit, or the server is busy"},
    },
)




def _text_parameter(name: str, description: str, repeatable: bool = False) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "array", "items": {"type": "string"}} if repeatable else {"type": "string"}
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema,
            **({"style": "form", "explode": True} if repeatable else {})}


def _form_body(fields: dict[str, str], repeatable: Sequence[str], text_type: str, text: str) -> dict[str, Any]:
    """A request body of the protocol: a form with ``fields``, or the text itself as ``text_type``."""
    properties: dict[str, Any] = {
        name: ({"type": "array", "items": {"type": "string"}} if name in repeatable else {"type": "string"})
        | {"description": description}
        for name, description in fields.items()
    }
    return {"requestBody": {"required": False, "content": {
        "application/x-www-form-urlencoded": {"schema": {"type": "object", "properties": properties}},
        text_type: {"schema": {"type": "string", "description": text}},
    }}}


# The protocol's parameters, described for clients and property-based tests (the route reads
# them from the request itself: repeated names and two body types are beyond FastAPI's forms).
DATASET_PARAMETERS = [
    _text_parameter("default-graph-uri", "a graph of the default graph (repeatable)", repeatable=True),
    _text_parameter("named-graph-uri", "a named graph of the dataset (repeatable)", repeatable=True),
]
FORMAT_PARAMETER = _text_parameter("format", "result format: json, xml, csv, tsv, turtle, ntriples, rdfxml, "
                                             "jsonld, trig, nquads, or media types as in Accept")
QUERY_GET = {"parameters": [_text_parameter("query", "the SPARQL query; without it, the service description"),
                            *DATASET_PARAMETERS, FORMAT_PARAMETER]}
QUERY_POST = {"parameters": [*DATASET_PARAMETERS, FORMAT_PARAMETER], **_form_body(
    {"query": "the SPARQL query", "default-graph-uri": "a graph of the default graph",
     "named-graph-uri": "a named graph of the dataset", "format": "result format"},
    ("default-graph-uri", "named-graph-uri"), "application/sparql-query", "the SPARQL query")}


# One route per method, so that each has its own operation id in the OpenAPI description.
@router.get("/sparql", **QUERY_ROUTE, openapi_extra=QUERY_GET)
@router.post("/sparql", **QUERY_ROUTE, openapi_extra=QUERY_POST)
async def sparql_query(request: Request) -> Response:
    try:
        op = await read_operation(request, "query", "application/sparql-query")
    except ProtocolError as exc:
        return _error(str(exc), exc.status)
    if op.text is None:
        if "update" in op.parameter_names:
            return _error("this endpoint only answers queries: send the update to /update "
                          "(POST, with a bearer token)", 400)
        return service_description(request, op.formats)
    if not op.text.strip():
        return _error("the query is empty", 400)
    if looks_like_update(op.text):
        return _error(
            "this endpoint only answers queries; the text is a SPARQL Update "
            "(send updates to /update with a bearer token)",
            400,
        )
    # Refuse before running when nothing is acceptable for the query's form.
    graph_form = query_form(op.text) in {"CONSTRUCT", "DESCRIBE"}
    accept = request.headers.get("accept")
    solutions_pick = choose_format(accept, op.formats, graph=False)
    graph_pick = choose_format(accept, op.formats, graph=True)
    if (graph_pick if graph_form else solutions_pick) is None:
        return _not_acceptable(request, graph_form, op.formats)

    # A SELECT or ASK on the embedded store: the query worker writes the answer's bytes and
    # the event loop waits for them, no thread between (docs/http.md, "Serving a small query").
    query_bytes = getattr(request.app.state.ctx.store, "query_bytes_with_limits", None)
    if query_bytes is not None and not graph_form and solutions_pick is not None:
        lim = limits(request)
        try:
            answered = await query_bytes(
                op.text,
                solutions_pick[0],
                default_graphs=op.default_graphs or None,
                named_graphs=op.named_graphs or None,
                timeout=lim.query_timeout,
                max_rows=lim.max_rows,
                base_iri=endpoint_url(request),
            )
        except StoreError as exc:
            return _query_error(exc)
        if answered is not None:
            kind, data = answered
            if kind != "triples":
                return Response(data, media_type=media_with_charset(solutions_pick[1]), headers={"Vary": "Accept"})
            # A graph after all (the form was misjudged): answered as the thread would answer it.
            return _respond(request, op, decode_result(kind, data), solutions_pick, graph_pick)

    from starlette.concurrency import run_in_threadpool

    # pyoxigraph results may not cross threads: run and serialize in one worker thread.
    return await run_in_threadpool(_run_query, request, op, solutions_pick, graph_pick)


def plain_query_route() -> Route:
    """``GET``/``POST /sparql`` as a plain Starlette route, to be placed before the FastAPI
    routes: the same function and answers, without FastAPI's request handling (dependency
    solving, its response checks), which cost more than a small query itself. The FastAPI
    routes stay behind it for the OpenAPI description (and answer nothing else)."""
    route = Route("/sparql", sparql_query, methods=["GET", "POST"], include_in_schema=False)
    assert route.methods is not None
    route.methods.discard("HEAD")  # Starlette adds HEAD to GET; the FastAPI route never had it
    return route


def _query_error(exc: StoreError) -> Response:
    """The answer to a query that failed, by the store's error."""
    if isinstance(exc, QuerySyntaxError):
        return _error(f"malformed query: {exc}", 400)
    if isinstance(exc, NetworkDisabledError):
        return _error(str(exc), 403)
    if isinstance(exc, QueryTimeoutError):
        return _error(str(exc), 503)
    if isinstance(exc, QueryLimitError):
        busy = "busy" in str(exc)
        return _error(str(exc), 503 if busy else 422, **({"Retry-After": "1"} if busy else {}))
    return _error(f"query failed: {exc}", 500)


def _run_query(request: Request, op: Operation, solutions_pick: tuple[str, str] | None,
               graph_pick: tuple[str, str] | None) -> Response:
    store = request.app.state.ctx.store
    lim = limits(request)
    try:
        result = store.query_with_limits(
            op.text,
            default_graphs=op.default_graphs or None,
            named_graphs=op.named_graphs or None,
            timeout=lim.query_timeout,
            max_rows=lim.max_rows,
            base_iri=endpoint_url(request),
        )
    except StoreError as exc:
        return _query_error(exc)
    return _respond(request, op, result, solutions_pick, graph_pick)


def _respond(request: Request, op: Operation, result: Any, solutions_pick: tuple[str, str] | None,
             graph_pick: tuple[str, str] | None) -> Response:
    headers = {"Vary": "Accept"}
    if isinstance(result, list):  # CONSTRUCT / DESCRIBE
        if graph_pick is None:
            return _not_acceptable(request, True, op.formats)
        fmt, media = graph_pick
        # The answer is an RDF graph, a set: a triple found in several named graphs of the
        # union default graph is one triple (Oxigraph's DESCRIBE repeats it).
        triples = list(dict.fromkeys(result))
        return Response(serialize_triples(triples, fmt), media_type=media_with_charset(media), headers=headers)
    if solutions_pick is None:
        return _not_acceptable(request, False, op.formats)
    fmt, media = solutions_pick
    return Response(serialize_solutions(result, fmt), media_type=media_with_charset(media), headers=headers)


# ------------------------------------------------------------------------------ service description

EXAMPLES: list[tuple[str, str]] = [
    (
        "Classes and how many instances each has",
        "SELECT ?class (COUNT(?s) AS ?n) WHERE { ?s a ?class } GROUP BY ?class ORDER BY DESC(?n)",
    ),
    (
        "Bodies and their parents",
        "SELECT ?body ?name ?parent WHERE {\n  ?body a mg:Body ; skos:prefLabel ?name .\n"
        "  OPTIONAL { ?body org:subOrganizationOf ?parent }\n} ORDER BY ?name",
    ),
    (
        "Every relation with the quote that justifies it",
        "SELECT ?s ?p ?o ?quote ?doc WHERE {\n  ?e a mg:Evidence ; rdf:subject ?s ; rdf:predicate ?p ;\n"
        "     rdf:object ?o ; mg:quote ?quote ; mg:document ?doc .\n} LIMIT 50",
    ),
    (
        "Mandates: who was asked to do what, by which instrument",
        "SELECT ?instrument ?action ?addressee ?task WHERE {\n  ?m a mg:Mandate ; mg:instrument ?instrument ;\n"
        "     mg:action ?action ; mg:addressee ?addressee .\n  OPTIONAL { ?m mg:task ?task }\n}",
    ),
    (
        "Instruments each document mentions",
        "SELECT ?symbol ?instrument WHERE {\n  ?doc mg:mentions ?instrument ; skos:notation ?symbol .\n"
        "} ORDER BY ?symbol ?instrument",
    ),
    (
        "Citation chains (property path)",
        "SELECT ?from ?to WHERE { ?from mg:cites+ ?to } LIMIT 100",
    ),
    ("The source graphs (one per loaded document)", "SELECT ?g ?file WHERE { GRAPH ?g { ?g mg:sourceFile ?file } }"),
]

_SD_FORMATS = [
    "SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
    "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "TriG", "N-Quads",
]


def service_description_turtle(request: Request) -> str:
    endpoint = str(request.url.replace(query=""))
    ctx = request.app.state.ctx
    graphs = ctx.store.named_graphs()
    named = "".join(
        f"""        sd:namedGraph [ a sd:NamedGraph ; sd:name <{g}> ] ;\n""" for g in graphs
    )
    formats = ", ".join(f"<http://www.w3.org/ns/formats/{f}>" for f in _SD_FORMATS)
    return f"""@prefix sd: <http://www.w3.org/ns/sparql-service-description#> .
@prefix void: <http://rdfs.org/ns/void#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

<{endpoint}> a sd:Service ;
    rdfs:label "Mandate Graph SPARQL endpoint" ;
    rdfs:comment "Read-only SPARQL 1.1 queries over a knowledge graph of UN mandates. The default graph is the union of all named graphs (one per loaded document); FROM / FROM NAMED or default-graph-uri / named-graph-uri select others. Relative IRIs resolve against this endpoint's URL. SERVICE is disabled. Time limit {limits(request).query_timeout:g} s per query, at most {limits(request).max_rows} rows." ;
    sd:endpoint <{endpoint}> ;
    sd:supportedLanguage sd:SPARQL11Query ;
    sd:feature sd:UnionDefaultGraph ;
    sd:resultFormat {formats} ;
    sd:defaultEntailmentRegime <http://www.w3.org/ns/entailment/Simple> ;
    sd:defaultDataset [
        a sd:Dataset ;
        sd:defaultGraph [ a sd:Graph ; void:triples {ctx.store.count()} ] ;
{named}    ] .
"""


def service_description(request: Request, formats: Sequence[str] = ()) -> Response:
    accept = request.headers.get("accept")
    fmt = (formats[0] if formats else "").lower()
    offered = ["text/turtle", "application/ld+json", "text/html", "application/n-triples", "application/rdf+xml"]
    if fmt:
        media = {"turtle": "text/turtle", "ttl": "text/turtle", "jsonld": "application/ld+json",
                 "json": "application/ld+json", "html": "text/html", "ntriples": "application/n-triples",
                 "rdfxml": "application/rdf+xml"}.get(fmt)
    else:
        # A browser asks text/html first; SPARQL tools ask for RDF.
        media = negotiate(accept, offered)
        if accept is None or not accept.strip() or accept.strip() == "*/*":
            media = "text/turtle"
    if media is None:
        return PlainTextResponse(
            "406 Not Acceptable: the service description is available as text/turtle, "
            "application/ld+json, application/n-triples, application/rdf+xml or text/html",
            status_code=406,
        )
    headers = {"Vary": "Accept"}
    if media == "text/html":
        examples = [(title, query, "sparql?query=" + quote(query)) for title, query in EXAMPLES]
        return templates.TemplateResponse(
            request, "sparql.html", {"examples": examples, "limits": limits(request)}, headers=headers
        )
    turtle = service_description_turtle(request)
    if media == "text/turtle":
        return Response(turtle, media_type="text/turtle; charset=utf-8", headers=headers)
    triples = [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(turtle.encode(), format=ox.RdfFormat.TURTLE)]
    name = {"application/ld+json": "jsonld", "application/n-triples": "ntriples", "application/rdf+xml": "rdfxml"}[media]
    return Response(serialize_triples(triples, name), media_type=media_with_charset(media), headers=headers)


# ------------------------------------------------------------------------------ update


@router.post(
    "/update",
    summary="SPARQL 1.1 Update endpoint (needs a bearer token)",
    description=(
        "Run a SPARQL 1.1 Update: form field `update` (`application/x-www-form-urlencoded`) or the "
        "body (`application/sparql-update`), with `Authorization: Bearer <token>`. Disabled unless "
        "the operator sets `MANDATES_UPDATE_TOKEN`. LOAD is refused unless network access is enabled."
    ),
    responses={204: {"description": "Done"},
               400: {"description": "Malformed update, no update given, or a dataset given twice"},
               401: {"description": "Missing or wrong token"},
               403: {"description": "Updates are disabled, or LOAD would reach the network"},
               413: {"description": "Body larger than MANDATES_MAX_BODY_BYTES"},
               415: {"description": "A body that is neither a form nor application/sparql-update"},
               422: {"description": "The update needed more memory than a query worker may use (nothing was changed)"},
               429: {"description": "Too many requests of this client in progress"},
               503: {"description": "The update exceeded its time limit (nothing was changed)"}},
    status_code=204,
    openapi_extra={"parameters": [
        _text_parameter("using-graph-uri", "a graph of the WHERE's default graph (repeatable)", repeatable=True),
        _text_parameter("using-named-graph-uri", "a named graph of the WHERE's dataset (repeatable)", repeatable=True),
    ], **_form_body({"update": "the SPARQL update", "using-graph-uri": "a graph of the WHERE's default graph",
                     "using-named-graph-uri": "a named graph of the WHERE's dataset"},
                    ("using-graph-uri", "using-named-graph-uri"), "application/sparql-update", "the SPARQL update")},
)
async def sparql_update(request: Request) -> Response:
    refused = check_update_token(request)
    if refused is not None:
        return refused
    try:
        op = await read_operation(request, "update", "application/sparql-update")
    except ProtocolError as exc:
        return _error(str(exc), exc.status)
    if not op.text or not op.text.strip():
        return _error("give the update as the form field 'update' or as an application/sparql-update body", 400)
    try:
        text = add_using(op.text, op.default_graphs, op.named_graphs)
    except DatasetConflict as exc:
        return _error(str(exc), 400)
    except StoreError as exc:
        return _error(f"malformed update: {exc}", 400)
    from starlette.concurrency import run_in_threadpool

    base_iri, timeout = endpoint_url(request), limits(request).update_timeout
    try:
        await run_in_threadpool(
            lambda: request.app.state.ctx.store.update(text, base_iri=base_iri, timeout=timeout)
        )
    except QuerySyntaxError as exc:
        return _error(f"malformed update: {exc}", 400)
    except NetworkDisabledError as exc:
        return _error(str(exc), 403)
    except QueryTimeoutError as exc:
        return _error(str(exc), 503)
    except QueryLimitError as exc:  # the update needed more memory than a worker may use
        return _error(str(exc), 422)
    except StoreError as exc:
        return _error(f"update failed: {exc}", 500)
    return Response(status_code=204)


def check_update_token(request: Request) -> Response | None:
    """None when the request carries the update token; else the refusal to send: 403 while
    writes are disabled (no token set), 401 for a missing or wrong token (constant-time check)."""
    token = limits(request).update_token
    if not token:
        return _error("writes are disabled on this server (the operator can enable SPARQL Update and "
                      "Graph Store writes by setting MANDATES_UPDATE_TOKEN)", 403)
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.strip().encode(), token.encode()):
        return _error("missing or wrong bearer token: send 'Authorization: Bearer <token>'", 401,
                      **{"WWW-Authenticate": 'Bearer realm="mandates-update"'})
    return None


def error_json(message: str, status: int) -> JSONResponse:
    return JSONResponse({"error": message, "status": status}, status_code=status)


__all__ = ["router", "negotiate", "parse_accept", "HttpLimits", "limits", "serialize_triples", "HTMLResponse"]

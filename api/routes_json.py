"""The JSON API, version 1, under ``/api``.

Every answer carries the header ``API-Version: 1`` (and lists/indexes an ``api_version``
field). Paths under ``/api`` are stable for version 1; a breaking change would move to
``/api/v2``.

    GET /api                                 index: collections, links
    GET /api/{collection}?limit=&offset=&q=  instruments, bodies, meetings, sessions, documents
    GET /api/{collection}/{id}               one item with every relation, both directions, with evidence
    GET /api/resolve?ref=resolution 7/1      a citation as people write it -> the entity
    GET /api/search?q=firearms               names, titles, symbols and evidence quotes
    GET /api/stats                           counts per class and relation
    GET /api/queries                         the named queries, with their parameters
    GET /api/queries/{name}?param=…          run one (format=json|csv|tsv|xml|sparql-json, or Accept)

Items answer compact JSON-LD (context inlined) to ``Accept: application/ld+json``.

Errors are raised (`api.errors.Problem`, the graph's and the store's errors), never built
here: `api/errors.py` answers each as a problem document (``application/problem+json``).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlencode

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request, Response
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from mandate_graph.api.errors import PROBLEM_RESPONSES, Problem, candidates_json
from mandate_graph.api.models import (API_VERSION, EntityRef, IndexResponse, ItemLinks, ItemResponse, ListResponse,
                                      NamedQueryModel, QueryListResponse, QueryRowsResponse, RelationPage,
                                      ResolveResponse, Scalar,
                                      SearchHitModel, SearchResponse, StatsResponse, entity_refs)
from mandate_graph.api.routes_sparql import limits, negotiate, serialize_solutions
from mandate_graph.graph.entities import COLLECTIONS, EntityReader, compact_jsonld, jsonld_context, literal_value
from mandate_graph.graph.errors import named_node
from mandate_graph.graph.named_queries import NamedQuery, NamedQueryError
from mandate_graph.graph.resolve import resolve_reference
from mandate_graph.graph.stats import current as current_stats

router = APIRouter(prefix="/api", tags=["json api (v1)"], responses=PROBLEM_RESPONSES)


def _ctx(request: Request) -> Any:
    return request.app.state.ctx


def _reader(request: Request) -> EntityReader:
    ctx = _ctx(request)
    return EntityReader(ctx.store, ctx.ids)


def _base(request: Request) -> str:
    return str(_ctx(request).ids.base)


def _wants_jsonld(request: Request) -> bool:
    media = negotiate(request.headers.get("accept"), ["application/json", "application/ld+json"])
    return media == "application/ld+json" or request.query_params.get("format") == "jsonld"


# ------------------------------------------------------------------------------ index


@router.get("", summary="API index (version 1)", response_model=IndexResponse)
def index(request: Request) -> IndexResponse:
    return IndexResponse(
        api_version=API_VERSION,
        collections={name: f"/api/{name}" for name in COLLECTIONS},
        resolve="/api/resolve?ref=resolution%207/1",
        search="/api/search?q=firearms",
        queries="/api/queries",
        stats="/api/stats",
        sparql="/sparql",
        openapi="/openapi.json",
        context="/context.jsonld",
    )


# ------------------------------------------------------------------------------ resolve, search, stats


@router.get(
    "/resolve",
    summary="Turn a citation as people write it into an entity",
    description=(
        "Accepts citations (`resolution 7/1`, `General Assembly resolution 55/25`, `Commission on Narcotic "
        "Drugs resolution 65/2`), UN symbols (`CTOC/COP/WG.4/2021/6`), body names (`Working Group on "
        "Firearms`), session names (`COP 11`), id paths and IRIs. A bare instrument number is taken from "
        "the issuer that has it in the graph (the Conference of the Parties first); other issuers are listed "
        "as `candidates`. 300 when ambiguous, 404 with close candidates when nothing matches."
    ),
    response_model=ResolveResponse,
    responses={
        300: {"model": ResolveResponse, "description": "Several entities match; see `candidates`"},
        404: {"description": "Nothing matches; `candidates` lists close names"},
    },
)
def resolve(request: Request, response: Response,
            ref: str = Query(..., description="The citation, symbol, name, id path or IRI",
                             examples=["resolution 7/1"])) -> ResolveResponse:
    ctx = _ctx(request)
    reader = _reader(request)
    found = resolve_reference(ref, ctx.store, ctx.ids, ctx.registry)
    infos = reader.infos([i for i, _ in found.candidates] + ([found.iri] if found.iri else []))
    candidates = entity_refs((infos[i] for i, _ in found.candidates), ctx.ids.base)
    body: dict[str, Any] = {"api_version": API_VERSION, "status": found.status, "ref": ref, "candidates": candidates}
    if found.message:
        body["message"] = found.message
    if found.found and found.iri:
        return ResolveResponse(**body, entity=EntityRef.from_info(infos[found.iri], ctx.ids.base))
    if found.status == "ambiguous":
        response.status_code = 300
        return ResolveResponse(**body)
    raise Problem(404, found.message or f"nothing in the graph matches {ref!r}", ref=ref,
                  candidates=[c.model_dump() for c in candidates])


@router.get(
    "/search",
    summary="Text search over names, titles, symbols, tasks and evidence quotes",
    response_model=SearchResponse,
)
def search(
    request: Request,
    q: str = Query(..., min_length=2, description="Case-insensitive text to look for", examples=["firearms"]),
    limit: int = Query(50, ge=1, le=500),
) -> SearchResponse:
    base = _base(request)
    results = [SearchHitModel.from_hit(hit, base) for hit in _reader(request).search(q, limit=limit)]
    return SearchResponse(api_version=API_VERSION, q=q, count=len(results), results=results)


@router.get("/stats", summary="Counts per class and per relation", response_model=StatsResponse)
def stats(request: Request) -> StatsResponse:
    return StatsResponse.from_stats(current_stats(_ctx(request).store))


# ------------------------------------------------------------------------------ named queries

_QUERY_FORMATS = {
    "json": "application/json",
    "sparql-json": "application/sparql-results+json",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "xml": "application/sparql-results+xml",
}


@router.get("/queries", summary="The named queries and their parameters", response_model=QueryListResponse)
def list_queries(request: Request) -> QueryListResponse:
    queries = _ctx(request).named_queries
    out = [
        NamedQueryModel.from_query(q, [f"/api/queries/{q.name}" + (f"?{urlencode(e)}" if e else "") for e in q.examples])
        for q in queries.values()
    ]
    return QueryListResponse(api_version=API_VERSION, count=len(out), queries=out)


@router.get(
    "/queries/{name}",
    summary="Run a named query",
    description=(
        "Parameters are given as query parameters by name (see `/api/queries`). IRI parameters accept an id "
        "path (`cop-untoc/resolution/7/1`), a full IRI or a citation/name (`resolution 7/1`). The answer is "
        "JSON rows by default; `format=csv|tsv|xml|sparql-json` or an `Accept` header (as on `/sparql`) "
        "chooses another form. 400 for a missing or invalid parameter."
    ),
    response_model=QueryRowsResponse,
    responses={200: {"content": {media: {} for media in _QUERY_FORMATS.values() if media != "application/json"}},
               400: {"description": "Missing or invalid parameter"}, 404: {"description": "No such named query"}},
)
async def run_query(request: Request, name: str) -> QueryRowsResponse | Response:
    queries = _ctx(request).named_queries
    query = queries.get(name)
    if query is None:
        raise Problem(404, f"no named query {name!r}", known=sorted(queries))
    params = {k: v for k, v in request.query_params.items() if k != "format"}
    fmt = request.query_params.get("format")
    if fmt is None:
        media = negotiate(request.headers.get("accept"), list(_QUERY_FORMATS.values()) + ["application/xml", "text/xml"])
        if media is None:
            raise Problem(406, "acceptable formats: " + ", ".join(_QUERY_FORMATS.values()))
        fmt = {v: k for k, v in _QUERY_FORMATS.items()}.get(media, "xml")
    if fmt not in _QUERY_FORMATS:
        raise Problem(400, f"unknown format {fmt!r}; use one of {', '.join(_QUERY_FORMATS)}", known=list(_QUERY_FORMATS))
    # pyoxigraph results may not cross threads: run and serialize in one worker thread.
    return await run_in_threadpool(_run_named, request, name, query, params, fmt)


def _run_named(request: Request, name: str, query: NamedQuery, params: dict[str, str], fmt: str) -> QueryRowsResponse | Response:
    ctx = _ctx(request)
    lim = limits(request)
    # The store's errors (timeout, row limit, busy) reach the handlers of api/errors.py.
    try:
        result = query.run(ctx.store, params, ctx.ids, registry=ctx.registry,
                           timeout=lim.query_timeout, max_rows=lim.max_rows)
    except NamedQueryError as exc:
        raise Problem(400, str(exc), parameters=[p.as_json() for p in query.parameters]) from exc
    if isinstance(result, list) or isinstance(result, ox.QueryBoolean):
        raise Problem(500, f"named query {name} is not a SELECT query")
    if fmt == "json":
        columns = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row: dict[str, Scalar | None] = {}
            for c in columns:
                term = solution[c]
                if term is None:
                    row[c] = None
                elif isinstance(term, ox.Literal):
                    row[c] = literal_value(term)
                else:
                    row[c] = term.value
            rows.append(row)
        return QueryRowsResponse(api_version=API_VERSION, query=name, title=query.title, parameters=params,
                                 columns=columns, count=len(rows), rows=rows)
    body = serialize_solutions(result, "json" if fmt == "sparql-json" else fmt)
    media = _QUERY_FORMATS[fmt]
    return Response(body, media_type=f"{media}; charset=utf-8" if media.startswith("text/") else media)


# ------------------------------------------------------------------------------ collections

_FILTERS = {
    "instruments": {"issuer": "body", "kind": "instrument-kind", "session": "string"},
    "bodies": {"parent": "body"},
    "meetings": {"body": "body"},
    "sessions": {"body": "body"},
    "documents": {"author": "body", "kind": "document-kind"},
}


def _filter_terms(request: Request, collection: str) -> dict[str, ox.NamedNode | ox.Literal]:
    from mandate_graph.graph.namespaces import MG

    ctx = _ctx(request)
    out: dict[str, ox.NamedNode | ox.Literal] = {}
    for name, kind in _FILTERS[collection].items():
        raw = request.query_params.get(name)
        if not raw:
            continue
        if kind == "body":
            if raw in ctx.registry:
                out[name] = ox.NamedNode(ctx.ids.body(raw))
                continue
            found = resolve_reference(raw, ctx.store, ctx.ids, ctx.registry)
            if not found.found or found.kind != "body" or found.iri is None:
                raise Problem(400, f"{name}={raw!r}: not a known body",
                              candidates=candidates_json(ctx.ids.base, found.candidates))
            out[name] = ox.NamedNode(found.iri)
        elif kind == "instrument-kind":
            if raw not in {"resolution", "decision"}:
                raise Problem(400, f"kind must be resolution or decision, not {raw!r}", known=["resolution", "decision"])
            out[name] = ox.NamedNode(str(MG.Resolution if raw == "resolution" else MG.Decision))
        elif kind == "document-kind":
            out[name] = named_node(f"{MG}{raw}")  # not MG[raw]: rdflib warns on a bad name
        else:
            out[name] = ox.Literal(raw)
    return out


def _list(request: Request, response: Response, collection: str, limit: int, offset: int, q: str | None) -> ListResponse:
    terms = _filter_terms(request, collection)
    total, infos = _reader(request).list(collection, filters=terms, text=q, limit=limit, offset=offset)
    params = {k: v for k, v in request.query_params.items() if k not in {"limit", "offset"}}

    def link(new_offset: int) -> str:
        return f"/api/{collection}?" + urlencode({**params, "limit": limit, "offset": new_offset})

    body = ListResponse(
        api_version=API_VERSION,
        collection=collection,
        total=total,
        limit=limit,
        offset=offset,
        count=len(infos),
        next=link(offset + limit) if offset + limit < total else None,
        prev=link(max(0, offset - limit)) if offset > 0 else None,
        items=entity_refs(infos, _base(request)),
    )
    links = [f'<{url}>; rel="{rel}"' for rel, url in (("next", body.next), ("prev", body.prev)) if url]
    if links:
        response.headers["Link"] = ", ".join(links)
    return body


RELATION_VALUES = 100  # values shown per relation of an item (the sample corpus's largest relation has 63)


def _item(request: Request, response: Response, collection: str, key: str, rel: str | None = None,
          offset: int = 0, limit: int = RELATION_VALUES) -> ItemResponse | Response:
    ctx = _ctx(request)
    reader = _reader(request)
    prefix, classes = COLLECTIONS[collection]
    iri = ctx.ids.base + prefix + "/" + key.strip("/")
    if not reader.exists(iri, classes):
        import difflib

        # The members' IRIs are kept per store generation; labels are read for the few close ones.
        member_base = ctx.ids.base + prefix + "/"
        by_key = {m[len(member_base):]: m for m in reader.members(collection) if m.startswith(member_base)}
        close = difflib.get_close_matches(key.strip("/"), list(by_key), n=5, cutoff=0.6)
        infos = reader.infos(by_key[k] for k in close)
        raise Problem(404, f"no {prefix} {key!r} in the graph",
                      candidates=[EntityRef.from_info(infos[by_key[k]], ctx.ids.base).model_dump() for k in close])
    if _wants_jsonld(request):
        doc = compact_jsonld(reader.description_triples(iri), jsonld_context(), main=iri)
        return JSONResponse(doc, media_type="application/ld+json", headers={"Vary": "Accept"})
    view = reader.describe(iri, limit=limit, relation=rel, offset=offset)
    if view is None:
        raise Problem(404, f"no {prefix} {key!r} in the graph")
    if rel is not None and rel not in view.counts:
        every = reader.describe(iri, limit=0)
        raise Problem(404, f"{prefix} {key!r} has no relation {rel!r}", known=sorted(every.counts if every else []))
    links = ItemLinks.model_validate({"self": f"/api/{collection}/{key}", "html": f"/id/{prefix}/{key}",
                                      "jsonld": f"/api/{collection}/{key}?format=jsonld"})
    response.headers["Vary"] = "Accept"
    return ItemResponse.from_view(view, ctx.ids.base, links,
                                  RelationPage.of(view, f"/api/{collection}/{key}", offset if rel else 0, limit))


def _register(collection: str, singular: str, example_id: str) -> None:
    list_summary = f"List {collection}"

    def list_endpoint(
        request: Request,
        response: Response,
        limit: int = Query(50, ge=1, le=1000, description="Page size"),
        offset: int = Query(0, ge=0, description="Items to skip"),
        q: str | None = Query(None, description="Only items whose name, label, symbol or title contains this text"),
    ) -> ListResponse:
        return _list(request, response, collection, limit, offset, q)

    filters = ", ".join(f"`{f}`" for f in _FILTERS[collection])
    list_endpoint.__name__ = f"list_{collection}"
    router.add_api_route(
        f"/{collection}",
        list_endpoint,
        methods=["GET"],
        summary=list_summary,
        description=f"One page of {collection}, with a truthful `total` and `next`/`prev` links "
                    f"(also in the `Link` header). Filters: {filters}, `q`.",
        response_model=ListResponse,
    )

    def item_endpoint(
        request: Request,
        response: Response,
        key: str,
        rel: str | None = Query(None, description="Only this relation's values (a name of `relations`)"),
        offset: int = Query(0, ge=0, description="With `rel`: values to skip"),
        limit: int = Query(RELATION_VALUES, ge=1, le=1000, description="Values shown per relation"),
    ) -> ItemResponse | Response:
        return _item(request, response, collection, key, rel, offset, limit)

    item_endpoint.__name__ = f"get_{singular}"
    router.add_api_route(
        f"/{collection}/{{key:path}}",
        item_endpoint,
        methods=["GET"],
        summary=f"One {singular}, every relation in both directions, with evidence",
        description=(f"The id is the entity's IRI path, e.g. `/api/{collection}/{example_id}`. "
                     "`Accept: application/ld+json` (or `format=jsonld`) gives compact JSON-LD with the "
                     "context inlined."),
        response_model=ItemResponse,
        responses={200: {"content": {"application/ld+json": {}}},
                   404: {"description": "Not in the graph; close candidates listed"}},
    )


_register("instruments", "instrument", "cop-untoc/resolution/7/1")
_register("bodies", "body", "cop-untoc/wg-firearms")
_register("meetings", "meeting", "cop-untoc/wg-trafficking-in-persons/11")
_register("sessions", "session", "cop-untoc/11")
_register("documents", "document", "CTOC/COP/WG.4/2021/6")

"""The SPARQL 1.1 Protocol endpoint at /sparql (minimal: GET and form POST, JSON results)."""

from __future__ import annotations

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response

from graph.store import QuerySyntaxError, StoreError

router = APIRouter(tags=["sparql"])


@router.api_route("/sparql", methods=["GET", "POST"], summary="SPARQL 1.1 query endpoint")
async def sparql(request: Request) -> Response:
    query = request.query_params.get("query")
    if query is None and request.method == "POST":
        form = await request.form()
        query = form.get("query")  # type: ignore[assignment]
    if not query:
        return Response("give a query parameter", status_code=400, media_type="text/plain")
    try:
        result = request.app.state.ctx.store.query(query)
    except QuerySyntaxError as exc:
        return Response(str(exc), status_code=400, media_type="text/plain")
    except StoreError as exc:
        return Response(str(exc), status_code=500, media_type="text/plain")
    if isinstance(result, ox.QueryTriples):
        return Response(ox.serialize(result, format=ox.RdfFormat.TURTLE), media_type="text/turtle")
    if isinstance(result, ox.QueryBoolean):
        return Response(f'{{"head":{{}},"boolean":{str(bool(result)).lower()}}}', media_type="application/sparql-results+json")
    return Response(result.serialize(format=ox.QueryResultsFormat.JSON), media_type="application/sparql-results+json")

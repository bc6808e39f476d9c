"""Lineage, mandate status and body history over HTTP (rules in graph/lineage.py, graph/status.py).

Errors are raised, not built here: `api/errors.py` turns them into the API's problem documents
(an entity the graph does not hold or that is linked to nothing: 404; an invalid IRI, engine,
status or action: 400)."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, Query, Request, Response

from mandate_graph.api.errors import PROBLEM_RESPONSES, Problem
from mandate_graph.api.models import (API_VERSION, HistoryEventModel, HistoryResponse, LineageResponse,
                                      MandateListResponse, MandateStatusModel)
from mandate_graph.graph.errors import EntityNotFound
from mandate_graph.graph.history import body_history, body_named
from mandate_graph.graph.lineage import lineage as compute_lineage
from mandate_graph.graph.lineage_export import FORMATS, render, short_labels
from mandate_graph.graph.resolve import resolve_reference
from mandate_graph.graph.status import ACTIONS, STATUSES, statuses
from mandate_graph.graph.status_rows import StatusFilter

router = APIRouter(prefix="/api", tags=["lineage"], responses=PROBLEM_RESPONSES)

MAX_DEPTH = 10


def _target(request: Request, path: str | None, iri: str | None, ref: str | None) -> str:
    ctx = request.app.state.ctx
    if iri:
        return iri
    if path:
        return path if path.startswith(("http://", "https://")) else ctx.ids.base + path
    if ref:
        found = resolve_reference(ref, ctx.store, ctx.ids, ctx.registry)
        if found.iri:
            return found.iri
        raise EntityNotFound(found.message or f"nothing matches {ref!r}", candidates=found.candidates)
    raise Problem(400, "give an id path, ?iri= or ?ref=")


@router.get(
    "/lineage/{id:path}",
    summary="What led to an entity (up) and what came of it (down)",
    description=(
        "Breadth-first walk along the lineage arrows (see docs/lineage.md) to `depth` hops. "
        "Nodes come in time order where dates are known; every edge carries its evidence. "
        "`format` = json (default), mermaid, dot, graphml or gexf. The entity is the id path "
        "(e.g. `instrument/cop-untoc/resolution/10/6`), or `?iri=`, or `?ref=resolution 10/6`."
    ),
    response_model=LineageResponse,
    responses={200: {"content": {media.split(";")[0]: {} for name, media in FORMATS.items() if name != "json"}}},
)
def lineage(
    request: Request,
    id: str = "",
    iri: str | None = None,
    ref: str | None = None,
    direction: Literal["up", "down", "both"] = "both",
    depth: int = Query(3, ge=1, le=MAX_DEPTH),
    format: str = Query("json", description=", ".join(FORMATS)),
    engine: str | None = Query(None, description="networkx or sparql (default: the faster, see docs/lineage.md)"),
) -> LineageResponse | Response:
    if format not in FORMATS:
        raise Problem(400, f"unknown format {format!r}; use one of {', '.join(FORMATS)}", known=list(FORMATS))
    target = _target(request, id or None, iri, ref)
    ctx = request.app.state.ctx
    result = compute_lineage(ctx.store, ctx.ids, target, direction, depth, engine)
    if format == "json":
        return LineageResponse.from_lineage(result, ctx.ids, short_labels(result, ctx.ids))
    body = render(result, ctx.ids, format)
    return Response(body, media_type=FORMATS[format])


@router.get("/bodies/{key:path}/history", summary="Timeline of a body, in date order", response_model=HistoryResponse)
def history(request: Request, key: str) -> HistoryResponse:
    ctx = request.app.state.ctx
    found = body_named(ctx.store, ctx.ids, ctx.registry, key)
    if found is None:
        raise EntityNotFound(f"no body with key {key!r}")
    iri, name = found
    events = [HistoryEventModel.from_event(e, ctx.ids.base) for e in body_history(ctx.store, iri)]
    return HistoryResponse(api_version=API_VERSION, body=key, iri=iri, name=name, events=events)


@router.get("/mandates", summary="Mandates with their status (fulfilled, renewed, open), due session and evidence; filters and paging",
            response_model=MandateListResponse)
def mandates(
    request: Request,
    status: str | None = Query(None, description=", ".join(STATUSES)),
    addressee: str | None = Query(None, description="body key, e.g. cop-untoc/wg-firearms"),
    action: str | None = Query(None, description=", ".join(ACTIONS)),
    instrument: str | None = Query(None, description="instrument id path, e.g. cop-untoc/resolution/10/6"),
    due: str | None = Query(None, description="session id path the outcome is due at, e.g. cop-untoc/11"),
    overdue: bool | None = Query(None, description="only open mandates whose due session has been held"),
    limit: int = Query(50, ge=1, le=1000),
    offset: int = Query(0, ge=0),
) -> MandateListResponse:
    if status and status not in STATUSES:
        raise Problem(400, f"unknown status {status!r}; use one of {', '.join(STATUSES)}", known=list(STATUSES))
    if action and action not in ACTIONS:
        raise Problem(400, f"unknown action {action!r}; use one of {', '.join(ACTIONS)}", known=list(ACTIONS))
    ctx = request.app.state.ctx
    base = ctx.ids.base

    def strip(value: str | None, kind: str) -> str | None:
        if value is None:
            return None
        value = value.removeprefix(base).removeprefix(f"{kind}/")
        return f"{base}{kind}/{value}"

    # A page read from the statuses file by row (graph/status_rows.py), not every status.
    total, page = statuses.page(ctx.store, StatusFilter(
        status=status,
        addressee=strip(addressee, "body"),
        action=action,
        instrument=strip(instrument, "instrument"),
        due_at=strip(due, "session"),
        overdue=overdue,
    ), limit, offset)
    following = offset + limit < total
    query = request.url.include_query_params(offset=offset + limit) if following else None
    return MandateListResponse(
        api_version=API_VERSION,
        total=total,
        limit=limit,
        offset=offset,
        next=str(query) if query else None,
        items=[MandateStatusModel.from_status(m, base) for m in page],
    )


@router.get("/mandates/{id:path}", summary="One mandate with its status and the links that justify it",
            response_model=MandateStatusModel)
def mandate(request: Request, id: str) -> MandateStatusModel:
    ctx = request.app.state.ctx
    iri = id if id.startswith(("http://", "https://")) else ctx.ids.base + id
    if not iri.startswith(ctx.ids.base + "mandate/"):
        iri = ctx.ids.base + "mandate/" + id.removeprefix(ctx.ids.base)
    item = statuses.one(ctx.store, iri)
    if item is not None:
        return MandateStatusModel.from_status(item, ctx.ids.base)
    raise EntityNotFound(f"no mandate {id!r}")

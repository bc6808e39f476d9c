"""Every error of the JSON API in one shape, mapped in one place.

Every 4xx and 5xx answer under ``/api`` is a problem document (RFC 9457), served as
``application/problem+json``::

    {"status": 404, "title": "Not Found", "detail": "no body 'cop-untoc/wg-firearm' in the graph",
     "candidates": [...]}

``status`` and ``title`` are the HTTP status and its reason phrase, ``detail`` says what was
asked and what is wrong with it; extension members add what helps a client recover
(``candidates``: close names, ``known``: the valid choices, ``errors``: each invalid field).

Where the errors come from, and the status each gets:

- the graph's errors (`graph.errors`): `EntityNotFound` 404, `InvalidArgument` (invalid
  reference, invalid IRI, invalid named-query parameter) 400;
- the store's errors: malformed query 400, network disabled 403, time limit or busy 503, row
  limit 422, anything else 500;
- `Problem`, raised by a route for an answer of its own (an unknown format, 406, a 404 with
  rich candidates);
- FastAPI's own: request validation (422, each invalid field listed) and unknown routes (404);
- anything else is a bug: 500 with no internals in the answer (the server log has the trace).

Outside ``/api`` FastAPI's own errors keep their default form: the SPARQL protocol endpoints
(`api/routes_sparql.py`) answer protocol-conventional plain text, and pages for browsers are
not JSON. The graph's and the store's errors get a problem document wherever they surface.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any, Mapping

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exception_handlers import http_exception_handler, request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, PlainTextResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from mandate_graph.graph.errors import (
    EntityNotFound,
    InvalidArgument,
    MandateGraphError,
    NetworkDisabledError,
    QueryLimitError,
    QuerySyntaxError,
    QueryTimeoutError,
    StoreError,
)

PROBLEM_MEDIA_TYPE = "application/problem+json"
JSON_API_PREFIX = "/api"

# The shape in the OpenAPI description of every JSON API route (``responses=`` of its router):
# declaring 4XX also keeps FastAPI from describing its own validation error body, which the
# handlers below replace.
PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "title": "Problem",
    "required": ["status", "title", "detail"],
    "properties": {
        "status": {"type": "integer", "description": "The HTTP status", "example": 404},
        "title": {"type": "string", "description": "Its reason phrase", "example": "Not Found"},
        "detail": {"type": "string", "description": "What was asked and what is wrong with it",
                   "example": "no body 'cop-untoc/wg-firearm' in the graph"},
    },
    "additionalProperties": True,
}
PROBLEM_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"description": description, "content": {PROBLEM_MEDIA_TYPE: {"schema": PROBLEM_SCHEMA}}}
    for status, description in (
        ("4XX", "A problem document (RFC 9457): the request cannot be answered as asked"),
        ("5XX", "A problem document (RFC 9457): the server or its store failed"),
    )
}


class Problem(Exception):
    """An error answer a route gives itself: ``raise Problem(400, "unknown format 'x'", known=[...])``."""

    def __init__(self, status: int, detail: str, headers: dict[str, str] | None = None, **extensions: Any) -> None:
        super().__init__(detail)
        self.status = status
        self.detail = detail
        self.headers = headers
        self.extensions = extensions


def problem(status: int, detail: str, headers: Mapping[str, str] | None = None, **extensions: Any) -> JSONResponse:
    """The one error shape of the JSON API."""
    body = {"status": status, "title": HTTPStatus(status).phrase, "detail": detail, **extensions}
    return JSONResponse(jsonable_encoder(body), status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def status_of(exc: MandateGraphError | StoreError) -> int:
    """The HTTP status of an error of the graph or the store."""
    if isinstance(exc, EntityNotFound):
        return 404
    if isinstance(exc, (InvalidArgument, QuerySyntaxError)):
        return 400
    if isinstance(exc, NetworkDisabledError):
        return 403
    if isinstance(exc, QueryTimeoutError):
        return 503
    if isinstance(exc, QueryLimitError):
        # The store says "busy" when every query worker is taken: come back later (503);
        # otherwise the answer has more rows than allowed, which retrying will not change.
        return 503 if "busy" in str(exc) else 422
    return 500


def candidates_json(base: str, pairs: list[tuple[str, str]]) -> list[dict[str, Any]]:
    """Close names as (IRI, label) pairs, as the API shows entities: id path, IRI, label."""
    return [{"id": iri.removeprefix(base) if iri.startswith(base) else None, "iri": iri, "label": label}
            for iri, label in pairs]


def _in_json_api(request: Request) -> bool:
    path = request.url.path
    return path == JSON_API_PREFIX or path.startswith(JSON_API_PREFIX + "/")


async def _route_problem(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, Problem)
    return problem(exc.status, exc.detail, exc.headers, **exc.extensions)


async def _graph_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, MandateGraphError)
    extensions: dict[str, Any] = {}
    if isinstance(exc, EntityNotFound) and exc.candidates:
        extensions["candidates"] = candidates_json(request.app.state.ctx.ids.base, exc.candidates)
    return problem(status_of(exc), str(exc), **extensions)


async def _store_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StoreError)
    status = status_of(exc)
    detail = str(exc) if status != 500 else f"the query failed: {exc}"
    busy = status == 503 and not isinstance(exc, QueryTimeoutError)  # every worker taken: come back soon
    return problem(status, detail, headers={"Retry-After": "1"} if busy else None)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if not _in_json_api(request):
        return await request_validation_exception_handler(request, exc)
    errors = [
        {"in": str(e["loc"][0]) if e.get("loc") else None,
         "name": ".".join(str(part) for part in e.get("loc", ())[1:]) or None,
         "message": e.get("msg", "")}
        for e in exc.errors()
    ]
    detail = "; ".join(f"{e['in']} parameter {e['name']!r}: {e['message']}" if e["name"] else e["message"]
                       for e in errors)
    return problem(422, detail or "the request is not valid", errors=errors)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if not _in_json_api(request):
        return await http_exception_handler(request, exc)
    detail = exc.detail if isinstance(exc.detail, str) else HTTPStatus(exc.status_code).phrase
    if exc.status_code == 404 and detail == "Not Found":
        detail = f"no such endpoint: {request.url.path} (the index at {JSON_API_PREFIX} lists them)"
    return problem(exc.status_code, detail, headers=exc.headers)


async def _unexpected_error(request: Request, exc: Exception) -> Response:
    # A bug: the trace goes to the server log (Starlette re-raises after answering), not to the client.
    if not _in_json_api(request):
        return PlainTextResponse("Internal Server Error", status_code=500)
    return problem(500, "the server failed to answer this request; the error is in its log")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(Problem, _route_problem)
    app.add_exception_handler(MandateGraphError, _graph_error)
    app.add_exception_handler(StoreError, _store_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(Exception, _unexpected_error)

"""The FastAPI application: SPARQL endpoint, JSON API, lineage, linked data.

`create_app` builds the app around an opened `Context` (store, identifiers, reference data).
Each group of endpoints lives in its own `api/routes_*.py` module as an APIRouter.
"""

from __future__ import annotations

import json
import sys
from contextlib import asynccontextmanager
from pathlib import Path
from types import ModuleType
from typing import AsyncIterator, Callable

import anyio.to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mandate_graph.api.errors import install_error_handlers
from mandate_graph.api.limits import RequestLimits
from mandate_graph.api.sparql_lane import SparqlEdge, SparqlLane
from mandate_graph.api.warm_up import warm_pages, warm_routes
from mandate_graph.graph import search_index
from mandate_graph.graph.context import Context
from mandate_graph.graph.generations import RequestsInFlight, derived
from mandate_graph.graph.settings import Settings

API_VERSION = "1"


def create_app(ctx: Context | None = None) -> FastAPI:
    if ctx is None:
        ctx = Context.open(Settings.from_env())

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # anyio's default is 40 threads: under load they all run Python at once and the event
        # loop waits its turn for the GIL behind every one of them (profiled: /health at 3 s).
        anyio.to_thread.current_default_thread_limiter().total_tokens = ctx.settings.server_threads
        # A thread that wants the GIL waits this long before the holder must let go: at the
        # default 5 ms the event loop waits that long behind each busy request thread, for
        # every step of every request (and of /health).
        sys.setswitchinterval(0.001)
        # The lineage view saved for the store's content opened now, or networkx imported for
        # its update: either way not on the first lineage request (graph/lineage.py).
        ctx.lineage_view.open_at_start()
        # A read-only snapshot's search index, copied for it by `mandates serve --workers N`.
        if ctx.settings.search_index:
            search_index.open_copy(ctx.store, ctx.ids.base, Path(ctx.settings.search_index))
        # The lineage view and the whole-store values (lists, statistics, statuses) are built
        # beside the server starting and again after each write, never on a request.
        ctx.start_background()
        # FastAPI's per-route set-up, else paid by each process's first request (~17 ms)
        warm_routes(app)
        # A process of `serve --workers N` serves a read-only snapshot whose views were handed
        # over: its first pages are answered here, before it takes a connection.
        if ctx.settings.read_only:
            await warm_pages(app)
        yield
        ctx.stop_background()
        # Stop the query worker processes (graph.store.query_pool) with the server.
        close_workers = getattr(ctx.store, "close_workers", None)
        if close_workers is not None:
            close_workers()

    app = MandateGraphApp(
        lifespan=lifespan,
        docs_url=None,  # /docs and /redoc come from api.web, with their scripts served locally
        redoc_url=None,
        title="Mandate Graph",
        version=f"{API_VERSION}.0",
        description=(
            "A knowledge graph of UN mandates, resolutions and reporting chains. "
            "SPARQL 1.1 at `/sparql`, a JSON API under `/api`, dereferenceable IRIs under `/id`."
        ),
    )
    app.state.ctx = ctx
    install_error_handlers(app)  # one JSON error shape under /api: api/errors.py
    from mandate_graph.api.routes_sparql import HttpLimits

    app.state.limits = HttpLimits.from_settings(ctx.settings)

    # Innermost: GET/POST /sparql SELECT and ASK answered before FastAPI's exception middleware,
    # router, Request and Response (api/sparql_lane.py); everything else passes on unchanged.
    app.add_middleware(SparqlLane)
    app.add_middleware(ApiVersionHeader)
    # Outermost but for CORS: a refused request costs no route any work.
    # Query workers exist on an on-disk embedded store only; a SPARQL server queues its own.
    uses_query_workers = getattr(ctx.store, "path", None) is not None
    app.add_middleware(
        RequestLimits,
        max_body_bytes=app.state.limits.max_body_bytes,
        per_client=app.state.limits.requests_per_client,
        query_slots=ctx.settings.query_workers if uses_query_workers else 0,
        queue_wait=ctx.settings.query_queue_wait,
    )
    # Browser-based SPARQL clients (YASGUI and the like) call from other origins.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["Content-Type", "Link", "API-Version"],
    )
    # The requests in flight, for which the background refresh steps aside (graph/generations.py).
    app.add_middleware(CountRequests, requests=derived.requests)
    # Outermost: a probe's answer costs no middleware, no routing, no validation.
    app.add_middleware(HealthProbe, answer=lambda: health_answer(ctx))
    # In front of all of it: a /sparql SELECT or ASK answered with only the layers it needs
    # (api/sparql_lane.py, SparqlEdge); every other request goes through the app as above. (A test
    # sets SparqlEdge to None to compare the lane's answers with the route's.)
    if SparqlEdge is not None and SparqlLane is not None:
        app.sparql_edge = SparqlEdge(app, FastAPI.__call__.__get__(app), derived.requests)

    @app.get("/health", tags=["service"], summary="Liveness")
    async def health() -> dict[str, object]:
        # On the event loop, touching neither the store nor the query workers nor the
        # threadpool: it answers while they are all busy, which is what a probe must see.
        # (`/api/stats` has the counts.)
        return health_answer(ctx)

    from mandate_graph.api import routes_graph_store, routes_sparql

    app.include_router(routes_sparql.router)
    # First of all routes: /sparql without FastAPI's request handling (see plain_query_route).
    app.router.routes.insert(0, routes_sparql.plain_query_route())
    app.include_router(routes_graph_store.router)
    # Lineage first: its /api/bodies/{key}/history must win over the item route's {key:path}.
    for name in ("routes_lineage", "routes_json", "routes_source", "routes_linked_data"):
        module = _optional(name)
        if module is not None:
            app.include_router(module.router)
    from mandate_graph.api import web

    web.mount(app)  # the HTML pages, /static, /docs and /redoc
    return app


class MandateGraphApp(FastAPI):
    """FastAPI, with each ``/sparql`` request given first to ``sparql_edge`` when there is one
    (`api.sparql_lane.SparqlEdge`): it answers the common queries with only the layers they
    need and hands every other request to FastAPI's ``__call__`` untouched."""

    sparql_edge: SparqlEdge | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        edge = self.sparql_edge
        if edge is not None and scope["type"] == "http" and scope["path"] == "/sparql":
            await edge(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def health_answer(ctx: Context) -> dict[str, object]:
    """What ``/health`` says: alive, the store's kind and generation, and whether the
    whole-store values (lists, statistics, statuses, search index, …) are built for that
    generation yet ("building" right after a start or a write: pages then may wait for them)."""
    return {"status": "ok", "store": type(ctx.store).__name__, "generation": getattr(ctx.store, "generation", None),
            "values": "current" if ctx.values_current() else "building"}


class HealthProbe:
    """Answers ``GET /health`` itself, on the event loop, before any other layer: it touches
    neither the store, the query workers nor the threadpool, so it answers while they are all
    busy, which is what a liveness probe must see. (The route of the same path stays for the
    OpenAPI description and answers the same.)"""

    def __init__(self, app: ASGIApp, *, answer: Callable[[], dict[str, object]]) -> None:
        self.app = app
        self.answer = answer

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/health" or scope["method"] not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return
        body = json.dumps(self.answer()).encode()
        await send({"type": "http.response.start", "status": 200, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store"), (b"access-control-allow-origin", b"*")]})
        await send({"type": "http.response.body", "body": body if scope["method"] == "GET" else b""})


class CountRequests:
    """Counts the HTTP requests being answered (`graph.generations.RequestsInFlight`): the
    background refresh, which shares the process and its GIL, pauses while there are any, so
    that the first requests after a start are not slowed by the start's own work. (Inside
    `HealthProbe`: a probe is not counted.)"""

    def __init__(self, app: ASGIApp, *, requests: RequestsInFlight) -> None:
        self.app = app
        self.requests = requests

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        self.requests.started()
        try:
            await self.app(scope, receive, send)
        finally:
            self.requests.finished()


class ApiVersionHeader:
    """Adds ``API-Version`` to every answer under ``/api`` (plain ASGI: cheaper than
    ``@app.middleware``)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not scope["path"].startswith("/api"):
            await self.app(scope, receive, send)
            return

        async def send_with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"api-version", API_VERSION.encode())]}
            await send(message)

        await self.app(scope, receive, send_with_header)


def _optional(name: str) -> ModuleType | None:
    import importlib

    try:
        return importlib.import_module(f"mandate_graph.api.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"mandate_graph.api.{name}":
            raise
        return None

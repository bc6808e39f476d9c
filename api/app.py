"""The FastAPI application: SPARQL endpoint, JSON API, lineage, linked data.

`create_app` builds the app around an opened `Context` (store, identifiers, reference data).
Each group of endpoints lives in its own `api/routes_*.py` module as an APIRouter.
"""

from __future__ import annotations

from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.errors import install_error_handlers
from api.limits import RequestLimits
from graph.context import Context
from graph.settings import Settings

API_VERSION = "1"


def create_app(ctx: Context | None = None) -> FastAPI:
    if ctx is None:
        ctx = Context.open(Settings.from_env())

    @asynccontextmanager
    async def lifespan(app: FastAPI):  # type: ignore[no-untyped-def]
        yield
        # Stop the query worker processes (graph.store.query_pool) with the server.
        close_workers = getattr(ctx.store, "close_workers", None)
        if close_workers is not None:
            close_workers()

    app = FastAPI(
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
    from api.routes_sparql import HttpLimits

    app.state.limits = HttpLimits.from_settings(ctx.settings)

    app.add_middleware(ApiVersionHeader)
    # Outermost but for CORS: a refused request costs no route any work.
    app.add_middleware(
        RequestLimits,
        max_body_bytes=app.state.limits.max_body_bytes,
        per_client=app.state.limits.requests_per_client,
    )
    # Browser-based SPARQL clients (YASGUI and the like) call from other origins.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["Content-Type", "Link", "API-Version"],
    )

    @app.get("/health", tags=["service"], summary="Liveness and store size")
    def health() -> dict[str, object]:
        return {"status": "ok", "quads": ctx.store.count(), "store": type(ctx.store).__name__}

    from api import routes_graph_store, routes_sparql

    app.include_router(routes_sparql.router)
    app.include_router(routes_graph_store.router)
    # Lineage first: its /api/bodies/{key}/history must win over the item route's {key:path}.
    for name in ("routes_lineage", "routes_json", "routes_source", "routes_linked_data"):
        module = _optional(name)
        if module is not None:
            app.include_router(module.router)
    from api import web

    web.mount(app)  # the HTML pages, /static, /docs and /redoc
    return app


class ApiVersionHeader:
    """Adds ``API-Version`` to every answer under ``/api`` (plain ASGI: cheaper than
    ``@app.middleware``)."""

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        self.app = app

    async def __call__(self, scope, receive, send) -> None:  # type: ignore[no-untyped-def]
        if scope["type"] != "http" or not scope["path"].startswith("/api"):
            await self.app(scope, receive, send)
            return

        async def send_with_header(message):  # type: ignore[no-untyped-def]
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), (b"api-version", API_VERSION.encode())]}
            await send(message)

        await self.app(scope, receive, send_with_header)


def _optional(name: str):  # type: ignore[no-untyped-def]
    import importlib

    try:
        return importlib.import_module(f"api.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"api.{name}":
            raise
        return None

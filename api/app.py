"""The FastAPI application: SPARQL endpoint, JSON API, lineage, linked data.

`create_app` builds the app around an opened `Context` (store, identifiers, reference data).
Each group of endpoints lives in its own `api/routes_*.py` module as an APIRouter.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware

from api.context import Context
from graph.settings import Settings

API_VERSION = "1"


def create_app(ctx: Context | None = None) -> FastAPI:
    if ctx is None:
        ctx = Context.open(Settings.from_env())
    app = FastAPI(
        title="Mandate Graph",
        version=f"{API_VERSION}.0",
        description=(
            "A knowledge graph of UN mandates, resolutions and reporting chains. "
            "SPARQL 1.1 at `/sparql`, a JSON API under `/api`, dereferenceable IRIs under `/id`."
        ),
    )
    app.state.ctx = ctx
    # Browser-based SPARQL clients (YASGUI and the like) call from other origins.
    app.add_middleware(
        CORSMiddleware,
        allow_origins=["*"],
        allow_methods=["GET", "POST", "OPTIONS"],
        allow_headers=["*"],
        expose_headers=["Content-Type", "Link"],
    )

    @app.get("/health", tags=["service"], summary="Liveness and store size")
    def health() -> dict[str, object]:
        return {"status": "ok", "quads": ctx.store.count(), "store": type(ctx.store).__name__}

    from api import routes_sparql

    app.include_router(routes_sparql.router)
    for name in ("routes_json", "routes_lineage", "routes_linked_data"):
        module = _optional(name)
        if module is not None:
            app.include_router(module.router)
    return app


def _optional(name: str):  # type: ignore[no-untyped-def]
    import importlib

    try:
        return importlib.import_module(f"api.{name}")
    except ModuleNotFoundError as exc:
        if exc.name != f"api.{name}":
            raise
        return None

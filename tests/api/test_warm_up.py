"""The route warm-up still reaches FastAPI's per-route set-up (api/warm_up.py looks it up by
name and would silently do nothing after a FastAPI upgrade that renamed it: this says so)."""

from __future__ import annotations

from fastapi import routing as fastapi_routing

from mandate_graph.api.app import create_app
from mandate_graph.api.warm_up import warm_routes
from mandate_graph.graph.context import Context


def test_warm_up_reads_every_included_endpoint_before_a_request(memory_ctx: Context) -> None:
    app = create_app(memory_ctx)
    cache = getattr(fastapi_routing, "_endpoint_context_cache")
    cache.clear()
    warmed = warm_routes(app)
    assert warmed >= 30  # 50 today: the JSON API, lineage, linked data, source and web routes
    from mandate_graph.api import routes_json

    endpoints = [r.endpoint for r in routes_json.router.routes if hasattr(r, "endpoint")]
    assert endpoints and all(id(e) in cache for e in endpoints)

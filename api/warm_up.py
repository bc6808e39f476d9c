"""Work FastAPI leaves to a process's first request, done while the server starts instead.

FastAPI 0.16x builds the state of the routes of an included router lazily, on the first request
that reaches the router, and reads each endpoint's source (``inspect.getsourcelines``, which
compiles the tokenizer's patterns the first time) to name it in error messages. Profiled on the
first lineage request after a restart: ~17 ms of CPU, every process, every start — a fifth of
the 100 ms a first page is allowed. Both are FastAPI's internals, so each step is looked up by
name and skipped if a later FastAPI no longer has it: the warm-up may then do less, never fail.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

from fastapi import FastAPI
from fastapi import routing as fastapi_routing

log = logging.getLogger(__name__)


def warm_routes(app: FastAPI) -> int:
    """Build the routes' state and read their endpoints' source now; the number of routes
    whose endpoint was read."""
    endpoint_context: Callable[[Any], object] | None = getattr(fastapi_routing, "_extract_endpoint_context", None)
    warmed = 0
    pending: list[Any] = list(app.router.routes)
    while pending:
        route = pending.pop()
        for build in ("effective_candidates", "effective_low_priority_routes"):
            method = getattr(route, build, None)
            if callable(method):
                try:
                    pending.extend(method())
                except Exception:  # noqa: BLE001 - a later FastAPI's internals: the first request does it
                    log.debug("route warm-up: %s of %r failed", build, route, exc_info=True)
        endpoint = getattr(route, "endpoint", None) if not hasattr(route, "effective_candidates") else None
        if endpoint is not None and endpoint_context is not None:
            try:
                endpoint_context(endpoint)
                warmed += 1
            except Exception:  # noqa: BLE001
                log.debug("route warm-up: endpoint %r failed", endpoint, exc_info=True)
    return warmed


# What a reader of a served snapshot asks first (the bench of issue 13 asks these three).
WARM_UP_PATHS = ("/api/mandates?limit=1", "/api/stats", "/")


async def warm_pages(app: FastAPI, paths: tuple[str, ...] = WARM_UP_PATHS) -> int:
    """Ask the app for ``paths`` in process, before the process takes its first connection; the
    number answered. A fresh process's first answer of a page costs 50-180 ms of CPU more than
    the next (modules imported on first use, pydantic's validators built, the copies of the views
    opened, the home page's first rendering: measured at 10 M triples in a `serve --workers 2`
    process), and with N processes a reader's first requests land on processes that have
    answered nothing yet. A page that fails here is left to its first request."""
    import httpx

    answered = 0
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 0))
    async with httpx.AsyncClient(transport=transport, base_url="http://warm-up.invalid") as client:
        for path in paths:
            try:
                response = await client.get(path)
            except Exception:  # noqa: BLE001 - a warm-up never stops a start
                log.debug("page warm-up: %s failed", path, exc_info=True)
                continue
            answered += response.status_code < 500
    app.state.pages_warmed = answered
    return answered

"""The web interface: HTML pages for people, over the same graph as the JSON API.

`mount(app)` adds the pages (api/web/routes.py), the static files (api/web/static, with the
vendored browser libraries and their licences) and the OpenAPI pages /docs and /redoc served
from those files, so nothing is fetched from another host.
"""

from __future__ import annotations

import os
from os import PathLike
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.responses import Response
from starlette.types import Scope

STATIC = Path(__file__).parent / "static"


class CachedStaticFiles(StaticFiles):
    """Static files; the vendored libraries (megabytes, changed only by an update that is
    reviewed) are kept by the browser for a day, the project's own scripts and styles are
    checked on every load (a 304 when unchanged) so an edit shows at once."""

    def file_response(self, full_path: str | PathLike[str], stat_result: os.stat_result, scope: Scope,
                      status_code: int = 200) -> Response:
        response = super().file_response(full_path, stat_result, scope, status_code)
        vendored = scope["path"].startswith("/vendor/") or "/vendor/" in scope["path"]
        response.headers["Cache-Control"] = "public, max-age=86400" if vendored else "no-cache"
        return response


def mount(app: FastAPI) -> None:
    from mandate_graph.api.web.routes import handed_over_rows, keep_fresh, router

    app.include_router(router)
    ctx = app.state.ctx
    # A read-only snapshot's tracker rows, copied for it by `mandates serve --workers N`.
    handed_over_rows(ctx.settings, ctx.store, ctx.ids.base)
    keep_fresh(ctx)  # the pages' whole-store values, kept by the background refresh
    app.mount("/static", CachedStaticFiles(directory=STATIC), name="static")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title}: JSON API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png",
            # The validator badge would send the spec's URL to validator.swagger.io.
            swagger_ui_parameters={"validatorUrl": None},
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title}: JSON API",
            redoc_js_url="/static/vendor/redoc/redoc.standalone.js",
            redoc_favicon_url="/static/vendor/swagger-ui/favicon-32x32.png", with_google_fonts=False,
        )

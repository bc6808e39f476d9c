"""The fast lane of ``/sparql``: a SELECT or ASK on the embedded store answered by a plain ASGI
layer, before FastAPI's exception middleware, router, `Request` and `Response`.

For a sub-millisecond query those cost more than the query (docs/scale.md, "Serving at
scale"). The lane sits innermost of the app's own middleware (`api.app`): the request has been
through the body size and per-client limits, the fair queue of the query workers and CORS
exactly as any other, and an error it does not catch still reaches Starlette's server error
middleware (500) as before.

It answers one case itself: ``GET``/``POST /sparql`` with a query that is not an update nor a
CONSTRUCT/DESCRIBE, a results format acceptable to the client, and an idle query worker ready
(`OxigraphStore.query_bytes_with_limits` answering). It reads the request with the route's own
functions (`routes_sparql.parse_operation`, `choose_format`), maps the store's errors with the
route's `_query_error`, and sends the bytes and headers the route's `Response` would. Every
other request (no query: the service description or the HTML form; a protocol error; an update;
a graph query; no worker ready; another store) goes on to the app unchanged, with the body
already read handed on as it came, so that its answer is the route's own. Nothing is run
twice: the lane hands on before it runs a query, never after.
"""

from __future__ import annotations

import copy
import functools
import time
from typing import Any, Awaitable, Callable, NamedTuple

from starlette._exception_handler import _lookup_exception_handler
from starlette.datastructures import MutableHeaders
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from mandate_graph.api import routes_sparql as rs
from mandate_graph.graph.store import StoreError, looks_like_update, query_form
from mandate_graph.graph.store.codec import decode_result

_QUERY_BODY = "application/sparql-query"
_GRAPH_FORMS = frozenset({"CONSTRUCT", "DESCRIBE"})
# Texts up to this long have their analysis (update? graph form?) remembered: a client
# repeating a query (a dashboard, a benchmark, a paging client) skips three regex passes.
_REMEMBERED_TEXT = 4096
_REMEMBERED = 512


class Plan(NamedTuple):
    """A request the lane may answer, read: its operation, the results format picked (short
    name, media type), its Accept header and the answer's ``Content-Type`` header."""

    op: rs.Operation
    solutions_pick: tuple[str, str]
    accept: str | None
    content_type: tuple[bytes, bytes]


class SparqlLane:
    """See the module docstring. Plain ASGI: ``app.add_middleware(SparqlLane)`` first, so that
    it is the innermost of the app's middleware."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._answers_text: dict[str, bool] = {}  # query text -> the lane may run it
        self._plans: dict[tuple[Any, ...], tuple[Plan | None]] = {}  # the request's parts -> its plan
        self._endpoints: dict[tuple[Any, ...], str] = {}  # (scheme, server, host) -> endpoint URL
        # The headers of a 200 answer by content type, as the route's `Response` writes them:
        # ``Vary`` first, then the length, then the type.
        self._content_types = {
            media: rs.media_with_charset(media).encode("latin-1") for media in rs.CANONICAL_SOLUTIONS.values()
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != "/sparql" or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        server_app = scope.get("app")
        state = getattr(server_app, "state", None)
        ctx = getattr(state, "ctx", None)
        query_bytes: Callable[..., Awaitable[tuple[str, bytes] | None]] | None = getattr(
            getattr(ctx, "store", None), "query_bytes_with_limits", None)
        if query_bytes is None:
            await self.app(scope, receive, send)
            return
        received: list[Message] = []
        body = b""
        if scope["method"] == "POST":
            # Read the body as Starlette's `Request.body` does, keeping each message to hand on.
            chunks = []
            while True:
                message = await receive()
                received.append(message)
                if message["type"] != "http.request":
                    break  # a disconnect: the app sees it as it came
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    break
            if received[-1]["type"] != "http.request":
                await self.app(scope, _replaying(received, receive), send)
                return
            body = b"".join(chunks)
        answered = await self._answer(scope, body, query_bytes, server_app)
        if answered is None:
            await self.app(scope, _replaying(received, receive), send)
            return
        await answered(scope, _replaying(received, receive), send)

    async def _answer(self, scope: Scope, body: bytes, query_bytes: Callable[..., Awaitable[tuple[str, bytes] | None]],
                      server_app: Any) -> Callable[[Scope, Receive, Send], Awaitable[None]] | None:
        """What to send (an ASGI callable), or None to hand the request on to the app."""
        plan = self.plan(scope, body)
        if plan is None:
            return None
        return await self.run(scope, plan, query_bytes, server_app)

    def plan(self, scope: Scope, body: bytes) -> Plan | None:
        """The request read as the route reads it, when the lane may answer it: the operation,
        the results format picked and the Accept header; None to hand it on. Remembered by the
        request's parts it depends on (a client repeating a request is read once)."""
        raw_query: bytes = scope.get("query_string", b"")
        content_type = accept = host = None
        for name, value in scope["headers"]:
            if name == b"content-type" and content_type is None:
                content_type = value
            elif name == b"accept" and accept is None:
                accept = value
            elif name == b"host" and host is None:
                host = value
        key = (scope["method"], raw_query, content_type, accept, body)
        known = self._plans.get(key)
        if known is not None:
            return known[0]
        found = self._read_plan(scope["method"], raw_query, content_type, accept, body)
        if len(raw_query) + len(body) <= _REMEMBERED_TEXT:
            if len(self._plans) >= _REMEMBERED:
                self._plans.clear()
            self._plans[key] = (found,)
        return found

    def _read_plan(self, method: str, raw_query: bytes, content_type: bytes | None, accept_header: bytes | None,
                   body: bytes) -> Plan | None:
        if raw_query[-1:] <= b" " and raw_query:
            return None  # a URL ending in a control character or space: Starlette's URL strips it
        try:
            url_query = raw_query.decode()
        except UnicodeDecodeError:
            return None
        accept = accept_header.decode("latin-1") if accept_header is not None else None
        try:
            op = rs.parse_operation(rs.decode_url_query(url_query), method,
                                    content_type.decode("latin-1") if content_type is not None else "", body,
                                    "query", _QUERY_BODY)
        except rs.ProtocolError:
            return None
        text = op.text
        if text is None or not self._may_answer(text):
            return None
        solutions_pick = rs.choose_format(accept, op.formats, graph=False)
        if solutions_pick is None:
            return None
        return Plan(op, solutions_pick, accept, (b"content-type", self._content_types[solutions_pick[1]]))

    async def run(self, scope: Scope, plan: Plan, query_bytes: Callable[..., Awaitable[tuple[str, bytes] | None]],
                  server_app: Any, vary: tuple[bytes, bytes] = (b"vary", b"Accept"),
                  ) -> Callable[[Scope, Receive, Send], Awaitable[None]] | None:
        """The query of ``plan`` answered (an ASGI callable sending the answer: the bytes, or the
        route's error answer), or None when no query worker is ready (the route's thread runs
        it then). ``vary``: the answer's first header (the edge writes CORS's own)."""
        op = plan.op
        limits = rs.limits_of(server_app)
        host = None
        for name, value in scope["headers"]:
            if name == b"host":
                host = value
                break
        try:
            answered = await query_bytes(
                op.text,
                plan.solutions_pick[0],
                default_graphs=op.default_graphs or None,
                named_graphs=op.named_graphs or None,
                timeout=limits.query_timeout,
                max_rows=limits.max_rows,
                base_iri=self._endpoint(scope, host),
            )
        except StoreError as exc:
            return rs._query_error(exc)
        except Exception as exc:
            return await self._handled(scope, server_app, exc)
        if answered is None:
            return None
        kind, data = answered
        if kind == "triples":
            # A graph after all (the form was misjudged): answered as the route answers it.
            graph_pick = rs.choose_format(plan.accept, op.formats, graph=True)
            return rs._respond(Request(scope), op, decode_result(kind, data), plan.solutions_pick, graph_pick)
        start = {"type": "http.response.start", "status": 200,
                 "headers": [vary, (b"content-length", str(len(data)).encode()), plan.content_type]}
        body = {"type": "http.response.body", "body": data}

        async def respond(scope: Scope, receive: Receive, send: Send) -> None:
            await send(start)
            await send(body)

        return respond

    def _may_answer(self, text: str) -> bool:
        """True for a non-empty query that is neither an update nor a CONSTRUCT/DESCRIBE (those
        the route answers: the errors of the former, the triples of the latter)."""
        known = self._answers_text.get(text)
        if known is not None:
            return known
        verdict = bool(text.strip()) and not looks_like_update(text) and query_form(text) not in _GRAPH_FORMS
        if len(text) <= _REMEMBERED_TEXT:
            if len(self._answers_text) >= _REMEMBERED:
                self._answers_text.clear()
            self._answers_text[text] = verdict
        return verdict

    def _endpoint(self, scope: Scope, host: bytes | None) -> str:
        """`routes_sparql.endpoint_url` of this request, remembered by what it depends on."""
        server = scope.get("server")  # a list from some servers and test clients: not hashable
        key = (scope.get("scheme"), tuple(server) if server is not None else None, host)
        found = self._endpoints.get(key)
        if found is None:
            found = rs.endpoint_url(Request(scope))
            if len(self._endpoints) >= _REMEMBERED:
                self._endpoints.clear()
            self._endpoints[key] = found
        return found

    @staticmethod
    async def _handled(scope: Scope, server_app: Any, exc: Exception) -> Response:
        """The answer the app's exception handlers give ``exc`` (as its exception middleware
        would, the lane being in front of it); re-raised when none does, for the server error
        middleware (500) outside the lane."""
        handlers = {key: value for key, value in getattr(server_app, "exception_handlers", {}).items()
                    if key not in (500, Exception)}
        handler: Any = _lookup_exception_handler(handlers, exc)
        if handler is None:
            raise exc
        answer = handler(Request(scope), exc)  # the app's handlers are coroutines
        response = answer if isinstance(answer, Response) else await answer
        if not isinstance(response, Response):
            raise exc
        return response


_PLAN = "mandate_graph.sparql_plan"  # the scope key the edge hands its plan on with


class SparqlEdge:
    """The lane in front of every layer of the app (S43, docs/scale.md "The SPARQL lane at the
    edge"): the app's ``__call__`` gives it each ``/sparql`` request first. For a request the
    lane would answer, it does, itself, what the layers in front of the lane do for it, and no
    more: the server error answer (Starlette's `ServerErrorMiddleware`, with the app's handler),
    the count of requests in flight (`api.app.CountRequests`), the request limits (the app's own
    `api.limits.RequestLimits` instance: the body size, the per-client count and the fair queue
    of the query workers, shared with the app's) and CORS's ``Vary: Origin``. Every other
    request goes to the app (``inner``, FastAPI's ``__call__``) untouched, before the edge has
    changed anything: one with an ``Origin`` header (CORS answers it), a body over the size
    limit (the limits answer 413), a client at its limit of requests (429, its body unread, as
    before), a request the lane would not answer, and every request while
    FastAPI's telemetry is configured (so that it sees them all). A query that no worker can
    take at once runs in the route's thread, as the route would run it."""

    def __init__(self, app: Any, inner: ASGIApp, requests: Any) -> None:
        self.app = app
        self.inner = inner
        self.requests = requests  # graph.generations.RequestsInFlight
        self.lane = SparqlLane(inner)
        self._stack: ASGIApp | None = None
        self._limits: Any = None
        self._telemetry = getattr(app, "_native_telemetry", None)
        self._telemetry_known = False
        self._telemetry_asked = float("-inf")  # when to ask again (time.monotonic)

    def _telemetry_on(self) -> bool:
        """Whether FastAPI's telemetry is configured (then FastAPI sees every request). Asked
        at most once a second (the question reads the environment and three providers, ~5 µs),
        and never again once it is: OpenTelemetry's providers are set once."""
        telemetry = self._telemetry
        if telemetry is None or self._telemetry_known:
            return self._telemetry_known
        now = time.monotonic()
        if now >= self._telemetry_asked:
            self._telemetry_known = bool(telemetry.enabled())
            self._telemetry_asked = now + 1.0
        return self._telemetry_known

    def _build(self) -> ASGIApp:
        """The layers the edge keeps, as the app built them: found in the app's middleware
        stack (built here if it is not yet) so that the limits' counts are the app's own."""
        from starlette.middleware.errors import ServerErrorMiddleware

        from mandate_graph.api.app import CountRequests
        from mandate_graph.api.limits import RequestLimits

        app = self.app
        if app.middleware_stack is None:
            app.middleware_stack = app.build_middleware_stack()
        layer: Any = app.middleware_stack
        found: Any = None
        while layer is not None and found is None:
            if isinstance(layer, RequestLimits):
                found = layer
            layer = getattr(layer, "app", None)
        if found is None:
            raise RuntimeError("the app has no RequestLimits layer for the SPARQL edge to share")
        limits = copy.copy(found)  # the same counts and queue, another app behind it
        limits.app = self._answer
        self._limits = found
        handler = None
        for key, value in app.exception_handlers.items():
            if key in (500, Exception):
                handler = value
        return ServerErrorMiddleware(CountRequests(_VaryOrigin(limits), requests=self.requests), handler=handler,
                                     debug=app.debug)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        if (method != "GET" and method != "POST") or self._telemetry_on():
            await self.inner(scope, receive, send)
            return
        app = self.app
        store = app.state.ctx.store
        query_bytes = getattr(store, "query_bytes_with_limits", None)
        stack = self._stack
        if stack is None:
            stack = self._stack = self._build()
        limits = self._limits
        max_body = limits.max_body_bytes
        if limits.per_client > 0 and limits.in_progress.get((scope.get("client") or ("unknown", 0))[0], 0) >= \
                limits.per_client:
            await self.inner(scope, receive, send)  # the limits refuse it (429), its body unread
            return
        declared = None
        for name, value in scope["headers"]:
            if name == b"origin":
                query_bytes = None
                break
            if name == b"content-length" and declared is None:
                declared = value
        if query_bytes is None or (declared is not None and declared.isdigit() and int(declared) > max_body):
            await self.inner(scope, receive, send)
            return
        received: list[Message] = []
        body = b""
        if method == "POST":
            # Read as the lane reads it, counted as the limits count it: over the limit, the
            # app's limits see the same messages and answer 413.
            chunks = []
            size = 0
            while True:
                message = await receive()
                received.append(message)
                if message["type"] != "http.request":
                    break
                chunk = message.get("body", b"")
                chunks.append(chunk)
                size += len(chunk)
                if size > max_body or not message.get("more_body", False):
                    break
            if received[-1]["type"] != "http.request" or size > max_body:
                await self.inner(scope, _replaying(received, receive), send)
                return
            body = b"".join(chunks)
        plan = self.lane.plan(scope, body)
        if plan is None:
            await self.inner(scope, _replaying(received, receive), send)
            return
        # What Starlette's and FastAPI's __call__ put in the scope.
        if app.root_path:
            scope["root_path"] = app.root_path
        scope["app"] = app
        scope[_PLAN] = plan
        await stack(scope, _replaying(received, receive), send)

    async def _answer(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Behind the limits: the plan's query answered, as the lane and the route answer it."""
        plan: Plan = scope[_PLAN]
        app = self.app
        store = app.state.ctx.store
        answered = await self.lane.run(scope, plan, store.query_bytes_with_limits, app, _VARY_WRITTEN)
        if answered is None:
            # No worker ready: the route's own thread path (it waits, makes a snapshot, starts one).
            from starlette.concurrency import run_in_threadpool

            graph_pick = rs.choose_format(plan.accept, plan.op.formats, graph=True)
            try:
                answered = await run_in_threadpool(rs._run_query, Request(scope), plan.op, plan.solutions_pick,
                                                   graph_pick)
            except Exception as exc:
                answered = await SparqlLane._handled(scope, app, exc)
        await answered(scope, receive, send)


class _VaryOrigin:
    """What `CORSMiddleware` does to the answer of a request without ``Origin``: ``Origin``
    added to its ``Vary`` (the same code)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.app(scope, receive, functools.partial(_vary_origin, send=send))


# The first header of the lane's own answers at the edge: CORS's ``Vary`` already written (the
# header object itself tells `_vary_origin` so: one identity test instead of CORS's rewrite).
_VARY_WRITTEN = (b"vary", b"Accept, Origin")


async def _vary_origin(message: Message, send: Send) -> None:
    if message["type"] == "http.response.start" and not (message.get("headers") or [None])[0] is _VARY_WRITTEN:
        message.setdefault("headers", [])
        headers = MutableHeaders(scope=message)
        headers["Vary"] = ", ".join([*headers.getlist("Vary"), "Origin"])
    await send(message)


def _replaying(received: list[Message], receive: Receive) -> Receive:
    """``receive`` giving first the messages the lane already read, then the client's."""
    if not received:
        return receive
    pending = list(received)

    async def replay() -> Message:
        if pending:
            return pending.pop(0)
        return await receive()

    return replay

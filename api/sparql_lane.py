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

from typing import Any, Awaitable, Callable

from starlette._exception_handler import _lookup_exception_handler
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


class SparqlLane:
    """See the module docstring. Plain ASGI: ``app.add_middleware(SparqlLane)`` first, so that
    it is the innermost of the app's middleware."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self._answers_text: dict[str, bool] = {}  # query text -> the lane may run it
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
        raw_query: bytes = scope.get("query_string", b"")
        if raw_query[-1:] <= b" " and raw_query:
            return None  # a URL ending in a control character or space: Starlette's URL strips it
        try:
            url_query = raw_query.decode()
        except UnicodeDecodeError:
            return None
        content_type = accept = host = None
        for name, value in scope["headers"]:
            if name == b"content-type" and content_type is None:
                content_type = value.decode("latin-1")
            elif name == b"accept" and accept is None:
                accept = value.decode("latin-1")
            elif name == b"host" and host is None:
                host = value
        try:
            op = rs.parse_operation(rs.decode_url_query(url_query), scope["method"], content_type or "", body,
                                    "query", _QUERY_BODY)
        except rs.ProtocolError:
            return None
        text = op.text
        if text is None or not self._may_answer(text):
            return None
        solutions_pick = rs.choose_format(accept, op.formats, graph=False)
        if solutions_pick is None:
            return None
        limits = rs.limits_of(server_app)
        try:
            answered = await query_bytes(
                text,
                solutions_pick[0],
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
            graph_pick = rs.choose_format(accept, op.formats, graph=True)
            return rs._respond(Request(scope), op, decode_result(kind, data), solutions_pick, graph_pick)
        headers = [(b"vary", b"Accept"), (b"content-length", str(len(data)).encode()),
                   (b"content-type", self._content_types[solutions_pick[1]])]

        async def respond(scope: Scope, receive: Receive, send: Send) -> None:
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": data})

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

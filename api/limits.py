"""Request limits at the door: body size, and how many requests one client may have running.

Both are plain ASGI, before any route runs:

- A body larger than ``max_body_bytes`` is refused with 413, from its ``Content-Length`` when
  it states one and otherwise as soon as the bytes received pass the limit (a chunked upload
  is never read whole).
- One client (by address) may have ``per_client`` requests in progress on the endpoints that
  run the queries people write (``/sparql``, ``/update``, ``/store``); one more gets 429 with
  ``Retry-After``. Query workers are few (``MANDATES_QUERY_WORKERS``): without this, one client
  sending runaway queries holds every worker until each times out and everyone else waits.
  The JSON API and the pages run bounded queries of their own and are not counted, so a
  browser's parallel requests are never refused.

Behind a reverse proxy every request comes from the proxy's address; run uvicorn with
``--proxy-headers`` (and ``--forwarded-allow-ips``) so that the client's own address is used.
"""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LIMITED_PATHS = ("/sparql", "/update", "/store")


class BodyTooLarge(Exception):
    pass


async def send_problem(send: Send, status: int, title: str, detail: str, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    """One JSON error (RFC 9457 problem details) sent straight from the middleware."""
    body = json.dumps({"status": status, "title": title, "detail": detail}).encode()
    await send({
        "type": "http.response.start",
        "status": status,
        "headers": [
            (b"content-type", b"application/problem+json"),
            (b"content-length", str(len(body)).encode()),
            *(headers or []),
        ],
    })
    await send({"type": "http.response.body", "body": body})


class RequestLimits:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, per_client: int, retry_after: int = 1) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.per_client = per_client
        self.retry_after = retry_after
        self.in_progress: dict[str, int] = defaultdict(int)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(send)
            return
        if not scope["path"].startswith(LIMITED_PATHS) or self.per_client <= 0:
            await self._run(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        if self.in_progress[client] >= self.per_client:
            await send_problem(
                send, 429, "Too Many Requests",
                f"this client already has {self.in_progress[client]} requests in progress (at most "
                f"{self.per_client}); wait for one to finish, or ask the operator to raise "
                "MANDATES_REQUESTS_PER_CLIENT",
                [(b"retry-after", str(self.retry_after).encode())],
            )
            return
        self.in_progress[client] += 1
        try:
            await self._run(scope, receive, send)
        finally:
            self.in_progress[client] -= 1
            if not self.in_progress[client]:
                del self.in_progress[client]

    async def _run(self, scope: Scope, receive: Receive, send: Send) -> None:
        received = 0
        started = False

        async def counting_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_body_bytes:
                    raise BodyTooLarge()
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge:
            if not started:
                await self._too_large(send)

    async def _too_large(self, send: Send) -> None:
        await send_problem(
            send, 413, "Content Too Large",
            f"the request body is over the {self.max_body_bytes} byte limit "
            "(MANDATES_MAX_BODY_BYTES); SPARQL queries are rarely over a few kilobytes",
        )

"""Request limits at the door: body size, how many requests one client may have running, and
a fair queue for the query workers.

All are plain ASGI, before any route runs:

- A body larger than ``max_body_bytes`` is refused with 413, from its ``Content-Length`` when
  it states one and otherwise as soon as the bytes received pass the limit (a chunked upload
  is never read whole).
- One client (by address) may have ``per_client`` requests in progress on the endpoints that
  run the queries people write (``/sparql``, ``/update``, ``/store``); one more gets 429 with
  ``Retry-After``. Query workers are few (``MANDATES_QUERY_WORKERS``): without this, one client
  sending runaway queries holds every worker until each times out and everyone else waits.
  The JSON API and the pages run bounded queries of their own and are not counted, so a
  browser's parallel requests are never refused.

- A query (``/sparql``, ``/api/queries/…``) needs one of the ``slots`` query workers. When all
  are taken it waits in a *fair queue* (`FairQueue`): the next free worker goes to the waiting
  client with the fewest queries running, then the one that used the workers least lately
  (worker-seconds, decaying with a half-life), then the oldest. So a client whose runaway
  queries keep workers busy waits behind everyone else, and the others are served. The wait
  has its own bound (``max_wait``, ``MANDATES_QUERY_QUEUE_WAIT``), apart from the query's time
  limit; past it the answer is 429 with ``Retry-After``: the ones still waiting at the bound are
  by construction the heaviest users, which is what 429 means ("you sent too much"), and a
  client can retry; 503 would blame the server for one client's load. Waiting happens on the
  event loop, so a queued query holds no thread of the threadpool that the JSON API needs.

Behind a reverse proxy every request comes from the proxy's address; run uvicorn with
``--proxy-headers`` (and ``--forwarded-allow-ips``) so that the client's own address is used.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import math
import time
from collections import defaultdict
from typing import Any, Awaitable, Callable

Scope = dict[str, Any]
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

LIMITED_PATHS = ("/sparql", "/update", "/store")
# The endpoints whose work runs in a query worker (`graph.store.query_pool`).
QUEUED_PATHS = ("/sparql", "/api/queries/")


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


class FairQueue:
    """``slots`` places shared fairly among clients (see the module docstring).

    Used from one event loop only (no locks): `acquire` waits, `release` hands the place on.
    """

    def __init__(self, slots: int, max_wait: float, half_life: float = 30.0) -> None:
        self.slots = max(1, slots)
        self.max_wait = max_wait
        self.half_life = half_life
        self.free = self.slots
        self.running: dict[str, int] = defaultdict(int)
        self._usage: dict[str, tuple[float, float]] = {}  # client -> (worker-seconds, when)
        self._waiting: dict[str, list[tuple[int, asyncio.Future[None]]]] = defaultdict(list)
        self._order = itertools.count()
        self.refused = 0

    def usage(self, client: str, now: float | None = None) -> float:
        """The client's recent worker-seconds, halving every ``half_life`` seconds."""
        value, when = self._usage.get(client, (0.0, 0.0))
        now = time.monotonic() if now is None else now
        return value * math.pow(0.5, (now - when) / self.half_life) if value else 0.0

    async def acquire(self, client: str) -> bool:
        """Wait for a place; False when none came within ``max_wait`` seconds."""
        if self.free > 0 and not self._waiting:
            self._take(client)
            return True
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        entry = (next(self._order), future)
        self._waiting[client].append(entry)
        self._grant()
        try:
            await asyncio.wait_for(asyncio.shield(future), self.max_wait)
            return True
        except asyncio.TimeoutError:
            if future.done() and not future.cancelled():
                return True  # granted in the same instant as the timeout: keep it
            future.cancel()
            self._forget(client, entry)
            self.refused += 1
            return False
        except BaseException:
            # The request itself was cancelled (the client left): give back a place it got.
            if future.done() and not future.cancelled():
                self.release(client, 0.0)
            else:
                future.cancel()
                self._forget(client, entry)
            raise

    def release(self, client: str, held_seconds: float) -> None:
        now = time.monotonic()
        self._usage[client] = (self.usage(client, now) + held_seconds, now)
        self.running[client] -= 1
        if self.running[client] <= 0:
            del self.running[client]
        self.free += 1
        if len(self._usage) > 10_000:  # forget clients whose usage has decayed away
            self._usage = {c: u for c, u in self._usage.items() if self.usage(c, now) > 0.01}
        self._grant()

    def _take(self, client: str) -> None:
        self.free -= 1
        self.running[client] += 1

    def _forget(self, client: str, entry: tuple[int, asyncio.Future[None]]) -> None:
        queue = self._waiting.get(client)
        if queue and entry in queue:
            queue.remove(entry)
            if not queue:
                del self._waiting[client]

    def _grant(self) -> None:
        """Hand free places to the fairest waiting clients: fewest running, least recent
        usage, longest waiting."""
        while self.free > 0 and self._waiting:
            now = time.monotonic()
            *_, client = min(
                (self.running.get(client, 0), self.usage(client, now), queue[0][0], client)
                for client, queue in self._waiting.items()
            )
            _, future = self._waiting[client].pop(0)
            if not self._waiting[client]:
                del self._waiting[client]
            if future.cancelled():
                continue
            self._take(client)
            future.set_result(None)

    @property
    def waiting(self) -> int:
        return sum(len(q) for q in self._waiting.values())


class RequestLimits:
    def __init__(
        self,
        app: ASGIApp,
        *,
        max_body_bytes: int,
        per_client: int,
        retry_after: int = 1,
        query_slots: int = 0,
        queue_wait: float = 5.0,
    ) -> None:
        """``query_slots``: the query workers (0: no queue)."""
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.per_client = per_client
        self.retry_after = retry_after
        self.in_progress: dict[str, int] = defaultdict(int)
        self.queue = FairQueue(query_slots, queue_wait) if query_slots > 0 else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._too_large(send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        if not scope["path"].startswith(LIMITED_PATHS) or self.per_client <= 0:
            await self._queued(client, scope, receive, send)
            return
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
            await self._queued(client, scope, receive, send)
        finally:
            self.in_progress[client] -= 1
            if not self.in_progress[client]:
                del self.in_progress[client]

    async def _queued(self, client: str, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the request, first waiting for a query worker when it needs one."""
        queue = self.queue
        if queue is None or not scope["path"].startswith(QUEUED_PATHS):
            await self._run(scope, receive, send)
            return
        if not await queue.acquire(client):
            await send_problem(
                send, 429, "Too Many Requests",
                f"every query worker stayed busy for {queue.max_wait:g} s (MANDATES_QUERY_QUEUE_WAIT) "
                "with clients that used them less than this one ahead in the queue; try again "
                "shortly, and keep queries within the time limit",
                [(b"retry-after", str(self.retry_after).encode())],
            )
            return
        started = time.monotonic()
        try:
            await self._run(scope, receive, send)
        finally:
            queue.release(client, time.monotonic() - started)

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

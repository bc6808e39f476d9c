"""Where a small SPARQL SELECT's time goes in the server process, without the network (S28).

    nice .venv/bin/python bench/bench_sparql_trip.py [--calls 1000] [--sizes small,page]

On copies of `bench_http.py`'s store, interleaved on one event loop (uvloop, as the server
runs), medians of ``--calls``:

- *query*: pyoxigraph's own query and serializer (``Store.query`` + ``serialize``), what
  `bench_http.py` compares HTTP with;
- *worker*: ``OxigraphStore.query_bytes_with_limits`` with every query sent to a query worker
  process (the pool's round trip: the request down a pipe, two process wake-ups, the answer
  up another);
- *repeat here*: the same on a store that runs a query a worker answered cheaply in the server
  process (`graph.store.cheap_repeats`);
- *app*: the whole ASGI app (middleware, the `/sparql` lane, the store) called without a socket,
  on the repeat path;
- *loop*: the harness itself, an empty coroutine run to completion (subtract it from the
  three above).

The HTTP floor (uvicorn and the socket) is `bench_http.py`'s "bare ASGI app" line.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Hashable
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pyoxigraph as ox  # noqa: E402
import uvloop  # noqa: E402

from bench.bench_http import RESULT_FORMATS, SELECTS, interleaved_calls  # noqa: E402
from mandate_graph.graph.namespaces import PREFIXES  # noqa: E402
from mandate_graph.graph.store import OxigraphStore  # noqa: E402
from mandate_graph.graph.store.cheap_repeats import CheapRepeats  # noqa: E402
from tests.support.http_server import build_store  # noqa: E402

ENDPOINT = "http://127.0.0.1:8000/sparql"


class NeverCheap(CheapRepeats):
    """Every query to a worker, as before S28."""

    def known_cheap(self, key: Hashable, generation: int, timeout: float) -> bool:
        return False


def asgi_get(app: Any, query_string: bytes) -> Any:
    """One GET /sparql straight into the ASGI app (as uvicorn would call it)."""
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "GET",
             "scheme": "http", "path": "/sparql", "raw_path": b"/sparql", "query_string": query_string,
             "root_path": "", "headers": [(b"host", b"127.0.0.1:8000"), (b"accept", b"*/*")],
             "client": ("127.0.0.1", 40000), "server": ("127.0.0.1", 8000)}

    async def call() -> None:
        sent: list[dict[str, Any]] = []

        async def receive() -> dict[str, Any]:
            return {"type": "http.request", "body": b"", "more_body": False}

        async def send(message: dict[str, Any]) -> None:
            sent.append(message)

        await app(scope, receive, send)
        if sent[0]["status"] != 200:
            raise RuntimeError(f"the app answered {sent[0]['status']}: {sent[1:]!r}")

    return call


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--calls", type=int, default=1000)
    parser.add_argument("--sizes", default="small,page", help="of " + ",".join(SELECTS))
    parser.add_argument("--formats", default="json,csv")
    args = parser.parse_args()
    os.environ.update({"MANDATES_QUERY_TIMEOUT": "10", "MANDATES_MAX_ROWS": "100000", "MANDATES_QUERY_WORKERS": "3"})
    from mandate_graph.api.app import create_app
    from tests.conftest import make_context

    loop = uvloop.new_event_loop()
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as tmp:
        build_store(Path(tmp) / "built")
        for name in ("worker", "here", "app"):
            shutil.copytree(Path(tmp) / "built", Path(tmp) / name)
        worker_store = OxigraphStore(Path(tmp) / "worker")
        worker_store._cheap_repeats = NeverCheap()
        here_store = OxigraphStore(Path(tmp) / "here")
        ctx = make_context(store=str(Path(tmp) / "app"))
        app = create_app(ctx)
        local = ox.Store.read_only(str(Path(tmp) / "built"))

        async def nothing() -> None:
            return None

        try:
            # What the server's start does (api.app's lifespan); then wait for the whole-store
            # values' builds: timed beside them, the app would be timed with their work.
            sys.setswitchinterval(0.001)
            ctx.start_background()
            deadline = time.monotonic() + 600
            while not ctx.values_current() and time.monotonic() < deadline:
                time.sleep(0.5)
            for size in args.sizes.split(","):
                label, text = SELECTS[size]
                for fmt in args.formats.split(","):
                    def query(fmt: str = fmt, text: str = text) -> Any:
                        result = local.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
                        return result.serialize(format=RESULT_FORMATS[fmt])  # type: ignore[union-attr]

                    def through(store: OxigraphStore, fmt: str = fmt, text: str = text) -> Any:
                        async def call() -> Any:
                            answered = await store.query_bytes_with_limits(text, fmt, timeout=10, max_rows=100000,
                                                                           base_iri=ENDPOINT)
                            if answered is None:  # no worker ready yet: the route's thread would run it
                                await asyncio.to_thread(lambda: bool(store.query_with_limits(text, timeout=10,
                                                                                             max_rows=100000)))
                            return answered
                        return lambda: loop.run_until_complete(call())

                    request = asgi_get(app, urlencode({"query": text, "format": fmt}).encode())
                    calls = [query, through(worker_store), through(here_store),
                             lambda request=request: loop.run_until_complete(request()),
                             lambda: loop.run_until_complete(nothing())]
                    for call in calls:  # workers started, snapshots open, the repeat known
                        for _ in range(20):
                            call()
                    before = here_store.answered_here
                    medians = [statistics.median(t) * 1000 for t in interleaved_calls(calls, args.calls)]
                    q, worker, here, whole, harness = medians
                    print(f"{label}, {fmt} (load {os.getloadavg()[0]:.1f}): query {q:.3f} ms | worker {worker:.3f} "
                          f"(round trip {worker - harness - q:+.3f}) | repeat here {here:.3f} "
                          f"(above the query {here - harness - q:+.3f}) | app {whole:.3f} "
                          f"(above the store {whole - here:+.3f}) | loop {harness:.3f}; "
                          f"{here_store.answered_here - before} of {args.calls + 10} answered here")
        finally:
            ctx.stop_background()
            worker_store.close()
            here_store.close()
            ctx.store.close_workers()
            ctx.close()


if __name__ == "__main__":
    main()

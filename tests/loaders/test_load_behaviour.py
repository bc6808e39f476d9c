"""The server under load: the fair queue for query workers, a cheap `/health`, list totals
counted once per store generation, query workers limited in memory, and the lineage view
never built on a request. (`bench/bench_load.py` measures the whole at 200 clients.)"""

from __future__ import annotations

import asyncio
import dataclasses
import concurrent.futures
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest

from mandate_graph.api.limits import FairQueue, RequestLimits
from tests.support.http_server import build_store, sample_context, start_server, stop_server

# ------------------------------------------------------------------------------ fair queue


def test_a_client_with_a_query_running_waits_behind_clients_with_none() -> None:
    async def scenario() -> list[str]:
        queue = FairQueue(slots=1, max_wait=5)
        served: list[str] = []
        assert await queue.acquire("runaway")  # holds the only worker

        async def ask(client: str) -> None:
            if await queue.acquire(client):
                served.append(client)
                queue.release(client, 0.01)

        second = asyncio.create_task(ask("runaway"))  # queued first...
        await asyncio.sleep(0.01)
        other = asyncio.create_task(ask("other"))  # ...but has a query running
        await asyncio.sleep(0.01)
        queue.release("runaway", 2.0)
        await asyncio.gather(second, other)
        return served

    assert asyncio.run(scenario()) == ["other", "runaway"]


def test_a_client_that_used_the_workers_most_lately_goes_last() -> None:
    async def scenario() -> list[str]:
        queue = FairQueue(slots=1, max_wait=5, half_life=60)
        assert await queue.acquire("heavy")
        queue.release("heavy", 10.0)  # ten worker-seconds just now
        assert await queue.acquire("someone")
        served: list[str] = []

        async def ask(client: str) -> None:
            if await queue.acquire(client):
                served.append(client)
                queue.release(client, 0.01)

        heavy = asyncio.create_task(ask("heavy"))
        await asyncio.sleep(0.01)
        light = asyncio.create_task(ask("light"))
        await asyncio.sleep(0.01)
        queue.release("someone", 0.01)
        await asyncio.gather(heavy, light)
        return served

    assert asyncio.run(scenario()) == ["light", "heavy"]


def test_usage_decays_with_its_half_life() -> None:
    queue = FairQueue(slots=1, max_wait=1, half_life=10)
    queue._usage["c"] = (8.0, 100.0)
    assert queue.usage("c", now=110.0) == pytest.approx(4.0)
    assert queue.usage("c", now=130.0) == pytest.approx(1.0)


def test_a_cancelled_waiter_gives_its_place_back() -> None:
    async def scenario() -> tuple[int, int]:
        queue = FairQueue(slots=1, max_wait=5)
        assert await queue.acquire("a")
        waiter = asyncio.create_task(queue.acquire("b"))
        await asyncio.sleep(0.01)
        waiter.cancel()
        await asyncio.gather(waiter, return_exceptions=True)
        queue.release("a", 0.1)
        return queue.free, queue.waiting

    assert asyncio.run(scenario()) == (1, 0)


async def _call(app: Any, path: str, client: str) -> tuple[int, dict[bytes, bytes], float]:
    """One GET through an ASGI app, as from ``client``; (status, headers, seconds)."""
    scope = {"type": "http", "method": "GET", "path": path, "headers": [], "client": (client, 1234),
             "query_string": b""}
    started = time.monotonic()
    answer: dict[str, Any] = {}

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            answer["status"], answer["headers"] = message["status"], dict(message["headers"])

    await app(scope, receive, send)
    return answer["status"], answer["headers"], time.monotonic() - started


async def _slow_query_app(scope: Any, receive: Any, send: Any) -> None:
    """Stands for the routes: a query that holds its worker for 1 s."""
    await asyncio.sleep(1.0)
    await send({"type": "http.response.start", "status": 200, "headers": []})
    await send({"type": "http.response.body", "body": b"ok"})


def test_waiting_for_a_worker_has_its_own_bound_then_429_with_retry_after() -> None:
    app = RequestLimits(_slow_query_app, max_body_bytes=1000, per_client=2, query_slots=1, queue_wait=0.2)

    async def scenario() -> list[tuple[int, dict[bytes, bytes], float]]:
        return await asyncio.gather(_call(app, "/sparql", "10.0.0.1"), _call(app, "/sparql", "10.0.0.2"))

    (first, _, served_in), (second, headers, waited) = asyncio.run(scenario())
    assert first == 200
    assert second == 429 and headers[b"retry-after"] == b"1"
    # Refused at the queue's bound (0.2 s), not after the query's time (1 s): before the
    # first was served, whatever the machine's load did to both.
    assert waited < served_in
    assert app.queue is not None and app.queue.free == 1


def test_requests_that_need_no_query_worker_do_not_queue() -> None:
    app = RequestLimits(_slow_query_app, max_body_bytes=1000, per_client=2, query_slots=1, queue_wait=0.1)

    async def scenario() -> list[tuple[int, dict[bytes, bytes], float]]:
        return await asyncio.gather(_call(app, "/sparql", "10.0.0.1"), _call(app, "/api/instruments", "10.0.0.2"))

    assert [status for status, _, _ in asyncio.run(scenario())] == [200, 200]


# ------------------------------------------------------------------------------ health and lists


def test_health_touches_neither_the_store_nor_the_threadpool() -> None:
    from fastapi.testclient import TestClient

    from mandate_graph.api.app import create_app

    ctx = sample_context()

    def forbidden(*args: object, **kwargs: object) -> None:
        raise AssertionError("/health must not read the store")

    ctx.store.count = forbidden  # type: ignore[method-assign]
    ctx.store.query = forbidden  # type: ignore[method-assign]
    ctx.store.query_with_limits = forbidden  # type: ignore[method-assign]
    app = create_app(ctx)
    health = next(r for r in app.routes if getattr(r, "path", None) == "/health")
    assert asyncio.iscoroutinefunction(health.endpoint)  # type: ignore[attr-defined]  # no threadpool
    with TestClient(app) as client:
        answer = client.get("/health")
    assert answer.status_code == 200 and answer.json()["status"] == "ok"


def test_list_totals_are_counted_once_per_store_generation() -> None:
    from mandate_graph.graph.entities import EntityReader
    from mandate_graph.graph.generations import derived
    from mandate_graph.graph.member_values import how_kept

    ctx = sample_context()
    reader = EntityReader(ctx.store, ctx.ids)
    before = derived.counts(ctx.store).computed
    total, _ = reader.list("instruments", limit=2)
    again, _ = reader.list("instruments", limit=2, offset=2)
    # the sorted list, from its sort values' file (graph/sort_parts.py); the second page sorted nothing
    assert again == total and derived.counts(ctx.store).computed == before + 1
    assert how_kept(ctx.store)["sort-values-instruments"] == "built"

    extra = ctx.ids.base + "instrument/test-body/resolution/99/9"
    ctx.store.replace_graphs({"urn:test:extra": f"<{extra}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                                                "<https://w3id.org/mandate-graph/ontology#Resolution> .\n"})
    after_write, _ = reader.list("instruments", limit=2)
    # the list again, from its sort values brought up to date from the graph written
    assert derived.counts(ctx.store).computed == before + 2 and how_kept(ctx.store)["sort-values-instruments"] == "updated" and after_write == total + 1


# ------------------------------------------------------------------------------ query workers


CROSS_JOIN = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?c ?f ?i"


def test_a_query_over_the_worker_memory_limit_is_stopped_and_its_worker_replaced(tmp_path: Path) -> None:
    from mandate_graph.graph.store.base import QueryLimitError
    from mandate_graph.graph.store.oxigraph import OxigraphStore

    # ~280 MiB of address space is the worker's own (interpreter, store, threads; two malloc arenas).
    store = OxigraphStore(tmp_path / "store", query_workers=1, worker_memory_mb=1024)
    try:
        triples = "\n".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .' for i in range(3000))
        store.replace_graphs({"http://example.org/g": triples})
        with pytest.raises(QueryLimitError, match="MANDATES_QUERY_WORKER_MEMORY_MB"):
            store.query_with_limits(CROSS_JOIN, timeout=60, max_rows=None)
        pool = store._query_pool()
        assert pool.killed == 1
        answer = store.query_with_limits("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", timeout=30, max_rows=10)
        assert len(list(answer)) == 3  # the replacement serves
    finally:
        store.close()


def test_a_tight_worker_memory_limit_still_serves_ordinary_queries(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The limit counts address space; glibc's extra malloc arenas (64 MiB each, added under
    # contention) once took an idle worker to 540-600 MiB, so a limit that fits the work failed.
    from mandate_graph.graph.store.oxigraph import OxigraphStore

    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    store = OxigraphStore(tmp_path / "store", query_workers=2, worker_memory_mb=450)
    try:
        triples = "\n".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .' for i in range(3000))
        store.replace_graphs({"http://example.org/g": triples})
        answers = []

        def ask() -> None:
            for _ in range(20):
                answers.append(len(list(store.query_with_limits("SELECT ?s WHERE { ?s ?p ?o } LIMIT 3", timeout=30, max_rows=10))))

        threads = [threading.Thread(target=ask) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert answers == [3] * 80
        assert store._query_pool().killed == 0
    finally:
        store.close()


# ------------------------------------------------------------------------------ lineage


def test_a_lineage_request_never_waits_for_the_view_to_be_built(monkeypatch: pytest.MonkeyPatch) -> None:
    from mandate_graph.graph import lineage as lineage_module
    from mandate_graph.graph.lineage import SparqlLineage, view_for

    ctx = sample_context()
    view = view_for(ctx.store, ctx.ids)
    real_build = view._build
    release = threading.Event()

    def slow_build() -> Any:
        release.wait(10)  # a build of a large store
        return real_build()

    monkeypatch.setattr(view, "_build", slow_build)
    root = ctx.ids.base + "instrument/cop-untoc/resolution/11/1"
    started = time.monotonic()
    answer = lineage_module.lineage(ctx.store, ctx.ids, root, "both", 3)
    assert time.monotonic() - started < 5  # answered while the build waits
    assert answer.engine == "sparql"  # the view was not current: SPARQL answered
    assert answer == SparqlLineage(ctx.store, ctx.ids).lineage(root, "both", 3)
    assert not view.is_current()
    release.set()
    assert view._rebuilding is not None
    view._rebuilding.join(30)
    assert view.is_current() and view.build_error is None
    from_view = lineage_module.lineage(ctx.store, ctx.ids, root, "both", 3)
    assert from_view.engine == "networkx"
    assert dataclasses.replace(from_view, engine="sparql") == answer  # the same lineage


# ------------------------------------------------------------------------------ the real server


@pytest.fixture(scope="module")
def busy_server(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("load") / "store"
    build_store(path)
    running = start_server(path, {"MANDATES_QUERY_WORKERS": "2", "MANDATES_QUERY_TIMEOUT": "3",
                                  "MANDATES_QUERY_QUEUE_WAIT": "20"})
    yield running
    stop_server(running)


RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_with_every_worker_held_by_runaways_others_are_served_first(busy_server) -> None:  # type: ignore[no-untyped-def]
    """Two runaway clients hold both workers and queue more; another client's query and
    `/health` are answered before the runaways' queued queries end, with no 5xx."""
    server = busy_server

    def get(address: str, path: str, **params: str) -> tuple[int, float]:
        """(status, when the answer came, on the monotonic clock)."""
        with httpx.Client(transport=httpx.HTTPTransport(local_address=address), timeout=60) as client:
            status = client.get(server.url + path, params=params).status_code
        return status, time.monotonic()

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        runaways = [pool.submit(get, f"127.1.0.{n}", "/sparql", query=RUNAWAY) for n in (1, 1, 2, 2)]
        time.sleep(0.5)  # two run, two wait behind anyone with nothing running
        health_status, health_answered = get("127.0.3.1", "/health")
        status, answered = get("127.0.3.2", "/sparql", query="ASK { ?s ?p ?o }")
        runaway_answers = sorted((f.result() for f in runaways), key=lambda answer: answer[1])
    # Not queued behind the workers: answered before any runaway was stopped at its 3 s limit.
    assert health_status == 200 and health_answered < runaway_answers[0][1]
    assert status == 200
    # Served when the first runaways hit their 3 s limit, before the queued ones ran theirs.
    assert answered < runaway_answers[2][1]
    assert [s for s, _ in runaway_answers] == [503, 503, 503, 503]  # each stopped at the time limit


# ------------------------------------------------------------------------------ every core


def test_settings_travel_to_the_server_processes_through_the_environment(tmp_path: Path) -> None:
    from mandate_graph.graph.settings import Settings

    settings = Settings(store=str(tmp_path / "s"), reference_paths=(tmp_path / "a.ttl", tmp_path / "b"),
                        allow_network=True, max_rows=None, query_timeout=2.5, update_token=None,
                        read_only=True, sparql_user="u", server_threads=3)
    assert Settings.from_env(environ=settings.as_env()) == settings
    assert Settings.from_env(environ=Settings().as_env()) == Settings()


def test_a_read_only_snapshot_is_shared_by_several_processes_and_refuses_writes(tmp_path: Path) -> None:
    from mandate_graph.graph.store.base import StoreError
    from mandate_graph.graph.store.oxigraph import OxigraphStore

    primary = OxigraphStore(tmp_path / "store")
    primary.replace_graphs({"http://example.org/g": '<http://example.org/s> <http://example.org/p> "o" .\n'})
    primary.checkpoint(tmp_path / "snapshot")
    readers = [OxigraphStore(tmp_path / "snapshot", read_only=True, query_workers=1) for _ in range(2)]
    try:
        for reader in readers:  # two instances at once: neither takes the lock
            assert reader.count() == 1
            answer = reader.query_with_limits("SELECT ?o WHERE { ?s ?p ?o }", timeout=30, max_rows=10)
            assert [row["o"].value for row in answer] == ["o"]  # through its query worker
        with pytest.raises(StoreError, match="MANDATES_READ_ONLY"):
            readers[0].update("INSERT DATA { GRAPH <http://example.org/g> { <http://x/a> <http://x/b> 1 } }")
        # The primary keeps writing meanwhile; the snapshot does not change under the readers.
        primary.replace_graphs({"http://example.org/g2": "<http://example.org/s> <http://example.org/p> \"2\" .\n"})
        assert readers[1].count() == 1
    finally:
        for reader in readers:
            reader.close()
        primary.close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _worker_niceness() -> list[int]:
    """The niceness of this process's query workers' main threads, relative to this process's own
    (the suite may run under `nice`)."""
    import os

    own = os.getpriority(os.PRIO_PROCESS, 0)
    out = []
    for pid in _children(os.getpid()):
        try:
            if b"graph.store.query_pool" in Path(f"/proc/{pid}/cmdline").read_bytes():
                out.append(int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[16]) - own)
        except OSError:
            continue
    return out


def test_a_long_query_gives_up_cpu_priority_and_a_short_one_keeps_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import mandate_graph.graph.store.query_pool as query_pool
    from mandate_graph.graph.store.base import QueryTimeoutError
    from mandate_graph.graph.store.oxigraph import OxigraphStore

    monkeypatch.setattr(query_pool, "LONG_QUERY_SECONDS", 0.5)
    store = OxigraphStore(tmp_path / "store", query_workers=1)
    try:
        triples = "\n".join(f'<http://example.org/s{i}> <http://example.org/p> "{i}" .' for i in range(300))
        store.replace_graphs({"http://example.org/g": triples})
        store.query_with_limits("ASK { ?s ?p ?o }", timeout=30, max_rows=10)  # the worker is up
        assert _worker_niceness() == [0]
        seen: list[list[int]] = []
        running = threading.Event()
        running.set()

        def sample() -> None:  # the worker's priority while the runaway runs (a loaded machine may start it late)
            while running.is_set():
                seen.append(_worker_niceness())
                time.sleep(0.1)

        watcher = threading.Thread(target=sample)
        watcher.start()
        try:
            with pytest.raises(QueryTimeoutError):
                store.query_with_limits(RUNAWAY, timeout=3, max_rows=None)
        finally:
            running.clear()
            watcher.join()
        assert [query_pool.LONG_QUERY_NICENESS] in seen  # demoted while it ran
        store.query_with_limits("ASK { ?s ?p ?o }", timeout=30, max_rows=10)
        assert _worker_niceness() == [0]  # its replacement runs at full priority
    finally:
        store.close()

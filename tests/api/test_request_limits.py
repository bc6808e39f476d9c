"""Limits at the door: a body too large is refused before it is read, and one client's runaway
queries cannot take every query worker from the others."""

from __future__ import annotations

import concurrent.futures
import time

import httpx

import pytest

from tests.support.http_server import build_store, server, start_server, stop_server  # noqa: F401  (fixture)

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def test_a_body_over_the_limit_is_refused_with_413(server) -> None:  # noqa: F811
    big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * (3 * 2**20)
    r = httpx.post(server.sparql, content=big.encode(), headers={"Content-Type": "application/sparql-query"}, timeout=30)
    assert r.status_code == 413
    assert r.headers["content-type"] == "application/problem+json"
    assert "byte limit" in r.json()["detail"]


def test_a_chunked_body_is_counted_as_it_arrives(server) -> None:  # noqa: F811
    def chunks():  # no Content-Length: the server must count
        yield b"query=SELECT%20*%20WHERE%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%23"
        for _ in range(40):
            yield b"x" * 100_000
    r = httpx.post(server.sparql, content=chunks(), headers={"Content-Type": "application/x-www-form-urlencoded"}, timeout=30)
    assert r.status_code == 413


@pytest.fixture(scope="module")
def three_workers(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path = tmp_path_factory.mktemp("fair") / "store"
    build_store(path)
    running = start_server(path, {"MANDATES_QUERY_WORKERS": "3", "MANDATES_REQUESTS_PER_CLIENT": "2"})
    yield running
    stop_server(running)


def test_one_client_cannot_take_every_worker(three_workers) -> None:  # type: ignore[no-untyped-def]
    """Two runaway queries from one client run (the time limit stops them); a third gets 429
    at once with Retry-After, and another client is still served meanwhile by the third worker."""
    server = three_workers
    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        runaways = [pool.submit(httpx.get, server.sparql, params={"query": RUNAWAY}, timeout=30) for _ in range(2)]
        time.sleep(0.3)  # both are in progress now (each runs until the 1 s limit)
        started = time.monotonic()
        third = httpx.get(server.sparql, params={"query": RUNAWAY}, timeout=30)
        assert third.status_code == 429 and third.headers["retry-after"] == "1"
        assert time.monotonic() - started < 1.0
        # Another client address (127.0.0.2 is loopback too) still gets an answer.
        transport = httpx.HTTPTransport(local_address="127.0.0.2")
        with httpx.Client(transport=transport) as other:
            answer = other.get(server.sparql, params={"query": "ASK {}"}, timeout=30)
        assert answer.status_code == 200
        assert [f.result().status_code for f in runaways] == [503, 503]

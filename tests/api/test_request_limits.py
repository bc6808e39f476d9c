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
    # A 2 s limit: the three requests below must all reach the server before the first
    # runaway is stopped, which on a loaded machine can take a good part of a second.
    running = start_server(path, {"MANDATES_QUERY_WORKERS": "3", "MANDATES_REQUESTS_PER_CLIENT": "2",
                                  "MANDATES_QUERY_TIMEOUT": "2"})
    yield running
    stop_server(running)


def test_one_client_cannot_take_every_worker(three_workers) -> None:  # type: ignore[no-untyped-def]
    """Of three runaway queries from one client, two run (the time limit stops them) and the
    one that came third gets 429 at once with Retry-After, before the other two end; another
    client is still served meanwhile by the third worker.

    Which of the three the server sees third is up to the threads and the load: the test
    says nothing of the order, only that the refused one did not wait for a runaway."""
    server = three_workers

    def runaway() -> tuple[int, str | None, float]:
        answer = httpx.get(server.sparql, params={"query": RUNAWAY}, timeout=30)
        return answer.status_code, answer.headers.get("retry-after"), time.monotonic()

    with concurrent.futures.ThreadPoolExecutor(4) as pool:
        sent = [pool.submit(runaway) for _ in range(3)]
        refused = next(concurrent.futures.as_completed(sent)).result()
        # Another client address (127.0.0.2 is loopback too) still gets an answer.
        transport = httpx.HTTPTransport(local_address="127.0.0.2")
        with httpx.Client(transport=transport) as other:
            answer = other.get(server.sparql, params={"query": "ASK {}"}, timeout=30)
        answers = [f.result() for f in sent]
    assert refused[:2] == (429, "1"), answers
    assert answer.status_code == 200
    ran = sorted(a for a in answers if a is not refused)
    assert [(status, when > refused[2]) for status, _, when in ran] == [(503, True), (503, True)], answers

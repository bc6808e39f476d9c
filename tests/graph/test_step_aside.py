"""The background refresh steps aside for the server's requests (graph/generations.py): while a
request is being answered, it does not start its next value, and goes on when the request ends;
a request that waits for a value the refresh computes does not make it wait (no deadlock); and
the first requests after a start answer right while the start's background work runs."""

from __future__ import annotations

import threading
import time

from fastapi.testclient import TestClient

from mandate_graph.graph.generations import PerGeneration, RequestsInFlight, derived, step_aside
from tests.conftest import CORPUS, loader_for, make_context


class _Store:
    """A store as `PerGeneration` sees one: an object with a generation."""

    generation = 0


def test_the_refresh_does_not_start_its_next_value_while_a_request_runs() -> None:
    values = PerGeneration()
    requests = values.requests
    store = _Store()
    first_done, second_started = threading.Event(), threading.Event()

    def first(_: object) -> int:
        time.sleep(0.3)  # the refresh has worked 0.3 s: it may step aside up to that long
        requests.started()  # a request arrives meanwhile
        first_done.set()
        return 1

    def second(_: object) -> int:
        second_started.set()
        return 2

    values.register(store, "first", first, rank=1)  # type: ignore[arg-type]
    values.register(store, "second", second, rank=2)  # type: ignore[arg-type]
    import mandate_graph.graph.generations as generations

    refresh = threading.Thread(target=values.refresh, args=(store,))
    original = generations.derived
    generations.derived = values  # step_aside asks the module's instance
    try:
        refresh.start()
        assert first_done.wait(10)
        assert not second_started.wait(0.1)  # stepping aside while the request runs
        requests.finished()
        assert second_started.wait(10)  # and on when it has finished
        refresh.join(10)
    finally:
        generations.derived = original
    assert values.is_current(store, "second")  # type: ignore[arg-type]


def test_a_request_waiting_for_a_value_under_way_does_not_hold_the_refresh_back() -> None:
    requests = RequestsInFlight()
    requests.started()
    assert requests.busy()
    requests.waiting(+1)  # the request waits for a value the refresh computes
    assert not requests.busy()
    assert requests.wait_until_idle(5) < 1
    requests.waiting(-1)
    requests.finished()
    assert not requests.busy()


def test_step_aside_outside_a_refresh_never_waits() -> None:
    derived.requests.started()
    try:
        started = time.perf_counter()
        step_aside()  # a request's own thread computing a value: goes straight on
        assert time.perf_counter() - started < 0.05
    finally:
        derived.requests.finished()


def _lineage(client: TestClient, root: str) -> dict[str, object]:
    """A lineage answer, but for the engine that gave it (the same lineage either way)."""
    answer = client.get(f"/api/lineage/{root}", params={"direction": "both", "depth": 3})
    assert answer.status_code == 200
    return {k: v for k, v in answer.json().items() if k != "engine"}


def test_the_first_requests_answer_right_while_the_starts_background_work_runs(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A restart of an on-disk store served before, with a whole-store value held back in the
    background refresh (as the start's longer builds are): the lineage, the tracker and search
    answer as they do once everything is built, and the count of requests goes back to none."""
    from mandate_graph.api.app import create_app

    ctx = make_context(store=str(tmp_path / "store"))
    assert all(r.ok for r in loader_for(ctx).load([CORPUS]))
    with TestClient(create_app(ctx)) as client:
        deadline = time.monotonic() + 120
        while client.get("/health").json()["values"] != "current" and time.monotonic() < deadline:
            time.sleep(0.1)
        root = "instrument/cop-untoc/resolution/10/6"
        settled = [_lineage(client, root),
                   client.get("/mandates").text, client.get("/api/search", params={"q": "firearms"}).json()]
    ctx.close()

    release = threading.Event()

    def held_back(store: object) -> int:
        for _ in range(600):  # a long build that steps aside between its batches
            if release.is_set():
                break
            step_aside()
            time.sleep(0.01)
        return 1

    ctx = make_context(store=str(tmp_path / "store"))  # the restart
    derived.register(ctx.store, ("test: held back",), held_back, rank=1)
    try:
        with TestClient(create_app(ctx)) as client:
            assert client.get("/health").json()["values"] == "building"
            first = [_lineage(client, root),
                     client.get("/mandates").text, client.get("/api/search", params={"q": "firearms"}).json()]
            assert first[0]["nodes"] and first == settled
            assert client.get("/health").json()["values"] == "building"  # the background work still under way
            release.set()
        assert not derived.requests.busy()
    finally:
        release.set()
        ctx.close()

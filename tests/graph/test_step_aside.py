"""The background refresh steps aside for the server's requests (graph/generations.py): while a
request is being answered, it does not start its next value, and goes on when the request ends;
a request that waits for a value the refresh computes does not make it wait (no deadlock); and
the first requests after a start answer right while the start's background work runs."""

from __future__ import annotations

import threading
import time

from fastapi.testclient import TestClient

import pytest

from mandate_graph.graph import generations
from mandate_graph.graph.generations import PerGeneration, RequestsInFlight, derived, step_aside
from mandate_graph.graph.search_index import FoldedRun, FoldedRunBuilder
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
        time.sleep(0.3)  # the refresh has worked a while
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


def test_a_request_arriving_right_after_a_short_step_is_not_shared_with_the_next(monkeypatch: pytest.MonkeyPatch) -> None:
    """However little the refresh has just worked, it waits for a request that arrives (until
    S38 it waited at most as long as its step had worked: half of every request's time)."""
    monkeypatch.setattr(generations, "STEP_ASIDE_LONGEST_S", 60.0)
    values = PerGeneration()
    requests = values.requests
    store = _Store()
    second_started = threading.Event()

    def first(_: object) -> int:
        requests.started()  # no time worked at all
        return 1

    def second(_: object) -> int:
        second_started.set()
        return 2

    values.register(store, "first", first, rank=1)  # type: ignore[arg-type]
    values.register(store, "second", second, rank=2)  # type: ignore[arg-type]
    monkeypatch.setattr(generations, "derived", values)
    refresh = threading.Thread(target=values.refresh, args=(store,))
    refresh.start()
    try:
        assert not second_started.wait(0.3)
    finally:
        requests.finished()
    assert second_started.wait(10)
    refresh.join(10)


def test_a_long_build_in_the_background_goes_on_only_after_the_request_and_a_quiet_moment(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """The short needles' texts read back in the background (`FoldedRunBuilder`, a batch at a
    time): a request that arrives while a batch is read is answered before the next batch is
    read, and the run is the same as made at once."""
    monkeypatch.setattr(generations, "STEP_ASIDE_LONGEST_S", 60.0)
    values = PerGeneration()
    requests = values.requests
    monkeypatch.setattr(generations, "derived", values)
    store = _Store()
    texts = [f"text {n}" for n in range(30)]
    batch_read = [threading.Event() for _ in range(3)]

    def batch(k: int):  # type: ignore[no-untyped-def]
        batch_read[k].set()
        if k == 0:
            requests.started()  # a request arrives while the first batch is read
        yield from enumerate(texts[k * 10:(k + 1) * 10], 1 + k * 10)

    def build(_: object) -> FoldedRun:
        run = FoldedRunBuilder(1)
        for k in range(3):
            run.add(batch(k))
        return run.build()

    values.register(store, "texts", build, rank=1)  # type: ignore[arg-type]
    refresh = threading.Thread(target=values.refresh, args=(store,))
    refresh.start()
    assert batch_read[0].wait(10)
    assert not batch_read[1].wait(0.3)  # the request is being answered
    requests.finished()
    assert batch_read[1].wait(10) and batch_read[2].wait(10)
    refresh.join(10)
    assert values.get(store, "texts", build) == FoldedRun.of(1, texts)  # type: ignore[arg-type]


def test_a_request_that_has_just_ended_keeps_the_refresh_waiting_for_a_quiet_moment() -> None:
    requests = RequestsInFlight()
    assert requests.idle(quiet=60)  # no request yet
    requests.started()
    assert not requests.idle()
    requests.finished()
    assert requests.idle(quiet=0)
    assert not requests.idle(quiet=60)  # the next of a burst is likely on its way
    requests.started()
    requests.waiting(+1)  # ... but a request waiting for a value lets the refresh go on
    assert requests.idle(quiet=60)
    assert requests.wait_until_idle(5, quiet=60) < 1
    requests.waiting(-1)
    requests.finished()


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

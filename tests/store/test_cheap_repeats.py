"""A query a worker answered cheaply, run again in the server process (`graph.store.cheap_repeats`,
`OxigraphStore.query_bytes_with_limits`): the worker's bytes, and every limit the worker gives
still holds: a write sends the query back to a worker, which is killed at the time limit; a
text whose runs may differ, another row limit or a slow answer never runs here."""

from __future__ import annotations

import asyncio
import threading

import pytest

from mandate_graph.graph.store import OxigraphStore, QueryLimitError, QueryTimeoutError, cheap_repeats
from mandate_graph.graph.store.cheap_repeats import CheapRepeats, may_repeat_here
from mandate_graph.graph.store.codec import RESULTS_FORMATS

ROWS = "SELECT ?s ?o WHERE { ?s <http://x/p> ?o } ORDER BY ?s"
# Five joins of the triples of <http://x/p>: 3⁵ rows to count on 3 triples, 50⁵ (3e8) on 50.
GROWS = ("SELECT (COUNT(*) AS ?n) WHERE { ?a <http://x/p> ?b . ?c <http://x/p> ?d . ?e <http://x/p> ?f . "
         "?g <http://x/p> ?h . ?i <http://x/p> ?j }")


def triples(count: int, start: int = 0) -> str:
    return "".join(f'<http://x/s{i:03}> <http://x/p> "v{i}, \\"q\\"\\n\\tend"@en .\n' for i in range(start, start + count))


@pytest.fixture()
def store(tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    # Every answer counts as cheap, whatever this machine's load: what is tested is what
    # happens to a query once it is known cheap, not how fast a worker was.
    monkeypatch.setattr(cheap_repeats, "CHEAP_SECONDS", 60.0)
    monkeypatch.setattr(cheap_repeats, "LIMIT_SHARE", 1)
    store = OxigraphStore(tmp_path / "store", query_workers=2)
    store.replace_graphs({"http://x/g": triples(3)})
    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)  # a worker with the snapshot open
    yield store
    store.close()


def answer(store: OxigraphStore, text: str, fmt: str = "json", *, timeout: float = 10,
           max_rows: int | None = 100) -> tuple[str, bytes] | None:
    return asyncio.run(store.query_bytes_with_limits(text, fmt, timeout=timeout, max_rows=max_rows))


@pytest.mark.parametrize("fmt", sorted(RESULTS_FORMATS))
def test_a_repeat_runs_here_and_answers_the_workers_bytes(store, fmt) -> None:
    first = answer(store, ROWS, fmt)
    assert store.answered_here == 0 and first is not None and first[0] == "answer"
    assert b"v2" in first[1]
    for _ in range(3):
        assert answer(store, ROWS, fmt) == first
    assert store.answered_here == 3
    # The dataset options are part of what was measured: another default graph goes to a worker.
    other = asyncio.run(store.query_bytes_with_limits(ROWS, fmt, default_graphs=["http://x/none"], timeout=10,
                                                      max_rows=100))
    assert other is not None and b"v2" not in other[1] and store.answered_here == 3


def test_after_a_write_the_query_goes_back_to_a_worker_and_is_stopped_at_its_limit(store) -> None:
    """The query that was cheap on 3 triples is a runaway on 50: a write makes another
    generation, the repeat is not run here, and its worker is killed at the time limit."""
    cheap = answer(store, GROWS, timeout=1)
    assert cheap is not None and b'"243"' in cheap[1]
    assert answer(store, GROWS, timeout=1) == cheap and store.answered_here == 1
    store.replace_graphs({"http://x/more": triples(47, start=3)})
    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)  # a worker on the new snapshot
    killed = store._query_pool().killed
    with pytest.raises(QueryTimeoutError, match="1 s time limit"):
        answer(store, GROWS, timeout=1)
    assert store._query_pool().killed == killed + 1 and store.answered_here == 1
    # The pool answers again, and the rows are the new generation's.
    assert len(list(store.query_with_limits(ROWS, timeout=10, max_rows=None))) == 50  # type: ignore[arg-type]


def test_a_lower_row_limit_is_the_workers_to_check(store) -> None:
    assert answer(store, ROWS, max_rows=100) == answer(store, ROWS, max_rows=100)
    assert store.answered_here == 1
    with pytest.raises(QueryLimitError, match="2 row limit"):
        answer(store, ROWS, max_rows=2)
    with pytest.raises(QueryLimitError, match="2 row limit"):
        answer(store, ROWS, max_rows=2)
    assert store.answered_here == 1


@pytest.mark.parametrize("text", [
    ROWS + " LIMIT 10", ROWS + " offset 1", "SELECT * WHERE { { SELECT ?s WHERE { ?s ?p ?o } LIMIT 1 } }",
    "SELECT ?s WHERE { ?s ?p ?o FILTER EXISTS { ?s ?q ?r } }", "SELECT ?s WHERE { ?s ?p ?o FILTER NOT EXISTS { ?o ?q ?r } }",
    "ASK { ?s ?p ?o }", "ask{?s ?p ?o}", "SELECT (RAND() AS ?r) WHERE { ?s ?p ?o }", "SELECT ?s WHERE { ?s ?p ?o FILTER(now() > ?o) }",
    "SELECT (UUID() AS ?u) WHERE {}", "SELECT (STRUUID() AS ?u) WHERE {}", "SELECT (BNODE() AS ?b) WHERE {}",
    "SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }",
    "SELECT ?s WHERE { ?s ?p ?o } \\u004CIMIT 1",
])
def test_texts_whose_runs_may_differ_always_go_to_a_worker(store, text) -> None:
    assert not may_repeat_here(text)
    if "SERVICE" not in text and "\\u" not in text:  # those the network guard refuses first
        for _ in range(3):
            answer(store, text)
        assert store.answered_here == 0


@pytest.mark.parametrize("text", [ROWS, "SELECT DISTINCT ?s WHERE { ?s ?p ?o }",
                                  "SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY DESC(?n)",
                                  GROWS, "SELECT * WHERE { ?s ?p ?o MINUS { ?s a ?t } }"])
def test_texts_that_do_the_same_work_each_run_may_repeat_here(text) -> None:
    assert may_repeat_here(text)


def test_what_is_remembered() -> None:
    repeats = CheapRepeats()
    repeats.record("a", ROWS, 1, 0.001)
    repeats.record("slow", ROWS, 1, cheap_repeats.CHEAP_SECONDS * 2)
    repeats.record("limited", ROWS + " LIMIT 3", 1, 0.001)
    assert repeats.known_cheap("a", 1, timeout=10)
    assert not repeats.known_cheap("a", 1, timeout=0.5)  # 1 ms is more than a thousandth of 0.5 s
    assert not repeats.known_cheap("slow", 1, timeout=10) and not repeats.known_cheap("limited", 1, timeout=10)
    assert not repeats.known_cheap("a", 2, timeout=10)  # another generation
    repeats.record("a", ROWS, 1, cheap_repeats.CHEAP_SECONDS * 2)  # slow once: forgotten
    assert not repeats.known_cheap("a", 1, timeout=10)
    repeats.record("b", ROWS, 2, 0.001)  # a new generation forgets the old one's
    repeats.record("c", ROWS, 1, 0.001)  # an answer from before the write, arriving after it
    assert repeats.known_cheap("b", 2, timeout=10) and not repeats.known_cheap("c", 1, timeout=10)
    assert not repeats.known_cheap("c", 2, timeout=10)


def test_a_waiting_write_keeps_queries_off_the_store(store) -> None:
    """While a write runs or waits, nothing runs here: the repeat goes to the pool, which
    waits for the write (None from the event loop: the route's thread then waits)."""
    answer(store, ROWS)
    pool = store._query_pool()
    inside, leave = threading.Event(), threading.Event()

    def write() -> None:
        with pool.write_lock():
            inside.set()
            leave.wait(30)

    writer = threading.Thread(target=write)
    writer.start()
    try:
        assert inside.wait(30)
        with pool.reading_here() as reading:
            assert not reading
        assert answer(store, ROWS) is None and store.answered_here == 0
    finally:
        leave.set()
        writer.join(30)
    with pool.reading_here() as reading:
        assert reading

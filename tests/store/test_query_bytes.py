"""A query answered as the bytes to send, from an event loop (`QueryPool.run_async`,
`OxigraphStore.query_bytes_with_limits`): the same answers, limits and errors as the threaded
path, and None (the caller then uses the thread) whenever it cannot start at once."""

from __future__ import annotations

import asyncio
import json
import threading
import time

import pyoxigraph as ox
import pytest

from mandate_graph.graph.store import NetworkDisabledError, OxigraphStore, QueryLimitError, QuerySyntaxError, QueryTimeoutError
from mandate_graph.graph.store.codec import RESULTS_FORMATS, RowLimitExceeded, encode_result, rewrite_solutions

# 50 triples joined five ways: 3e8 solutions, far more than a second of work.
LONG = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
ROWS = "SELECT ?s ?o WHERE { ?s <http://x/p> ?o } ORDER BY ?s"


@pytest.fixture()
def store(tmp_path):  # type: ignore[no-untyped-def]
    store = OxigraphStore(tmp_path / "store", query_workers=2)
    # Literals a serializer must escape: quotes, commas, a newline, a tab, a language tag.
    lines = [f'<http://x/s{i:03}> <http://x/p> "v{i}, \\"q\\"\\n\\tend"@en .\n' for i in range(50)]
    store.replace_graphs({"http://x/g": "".join(lines)})
    yield store
    store.close()


def run(coro):  # type: ignore[no-untyped-def]
    return asyncio.run(coro)


def in_process(store: OxigraphStore, text: str, fmt: str) -> bytes:
    result = store._store.query(text, use_default_graph_as_union=True)
    return result.serialize(format=RESULTS_FORMATS[fmt])  # type: ignore[union-attr, no-any-return]


@pytest.mark.parametrize("fmt", sorted(RESULTS_FORMATS))
def test_the_worker_writes_what_pyoxigraph_writes(store, fmt) -> None:
    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)  # a worker with the snapshot open

    async def both() -> list[tuple[str, bytes] | None]:
        return [await store.query_bytes_with_limits(ROWS, fmt, timeout=10, max_rows=100),
                await store.query_bytes_with_limits("ASK { ?s <http://x/p> ?o }", fmt, timeout=10, max_rows=100)]

    rows, boolean = run(both())
    assert rows == ("answer", in_process(store, ROWS, fmt))
    assert boolean == ("answer", in_process(store, "ASK { ?s <http://x/p> ?o }", fmt))


def test_rows_are_counted_whatever_the_format() -> None:
    memory = ox.Store()
    memory.extend(ox.Quad(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode("http://x/p"), ox.Literal(f"a\nb{i}"))
                  for i in range(20))
    for fmt in RESULTS_FORMATS:
        kind, data = encode_result(memory.query(ROWS), 20, results_format=fmt)
        assert kind == "answer" and data == memory.query(ROWS).serialize(format=RESULTS_FORMATS[fmt])
        with pytest.raises(RowLimitExceeded):
            encode_result(memory.query(ROWS), 19, results_format=fmt)
        # Over the size a worker rewrites, the TSV comes back, and the caller rewrites it.
        kind, tsv = encode_result(memory.query(ROWS), 20, results_format=fmt, rewrite_up_to=10)
        if fmt == "tsv":
            assert kind == "answer" and tsv == memory.query(ROWS).serialize(format=RESULTS_FORMATS[fmt])
        else:
            assert kind == "solutions" and rewrite_solutions(tsv, fmt) == data


def test_limits_and_errors_are_the_threaded_paths(store) -> None:
    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)

    async def answer(text: str, timeout: float = 10, max_rows: int | None = 100) -> tuple[str, bytes] | None:
        return await store.query_bytes_with_limits(text, "json", timeout=timeout, max_rows=max_rows)

    with pytest.raises(QueryLimitError, match="49 row limit"):
        run(answer(ROWS, max_rows=49))
    with pytest.raises(QuerySyntaxError):
        run(answer("SELECT ?s WHERE { ?s "))
    started = time.monotonic()
    with pytest.raises(QueryTimeoutError, match="1 s time limit"):
        run(answer(LONG, timeout=1))
    assert time.monotonic() - started < 10
    # The killed worker was replaced; the pool answers again.
    assert bool(store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None))
    kind, data = run(answer(ROWS)) or ("", b"")
    assert kind == "answer" and len(json.loads(data)["results"]["bindings"]) == 50


def test_none_when_it_cannot_start_at_once(store, tmp_path) -> None:
    # No worker has the snapshot open yet (none started), and a text the network guard parses.
    assert run(store.query_bytes_with_limits(ROWS, "json", timeout=10, max_rows=None)) is None
    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)
    assert run(store.query_bytes_with_limits("SELECT ?download WHERE { ?download ?p ?o }", "json",
                                             timeout=10, max_rows=None)) is None
    with pytest.raises(NetworkDisabledError):
        store.query_with_limits("SELECT * WHERE { SERVICE <http://example.org/> { ?s ?p ?o } }",
                                timeout=10, max_rows=None)
    # After a write the snapshot is stale: the thread makes the next one.
    store.replace_graphs({"http://x/h": "<http://x/a> <http://x/p> \"1\" .\n"})
    assert run(store.query_bytes_with_limits(ROWS, "json", timeout=10, max_rows=None)) is None
    assert len(list(store.query_with_limits(ROWS, timeout=10, max_rows=None))) == 51  # type: ignore[arg-type]
    assert run(store.query_bytes_with_limits(ROWS, "tsv", timeout=10, max_rows=None)) is not None
    # In memory there are no workers.
    assert run(OxigraphStore().query_bytes_with_limits(ROWS, "json", timeout=10, max_rows=None)) is None


def test_a_caller_that_leaves_does_not_leave_the_pool_unusable(store) -> None:
    """The client went away mid-query (its task cancelled): the exchange finishes on its own,
    the worker goes back idle and a write can take the lock."""
    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)

    async def leave() -> None:
        task = asyncio.ensure_future(store.query_bytes_with_limits(LONG, "json", timeout=1, max_rows=None))
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(2)  # the query's limit passes: its worker is replaced, the lock let go

    run(leave())
    done = threading.Event()

    def write() -> None:
        store.replace_graphs({"http://x/h": "<http://x/a> <http://x/p> \"1\" .\n"})
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    writer.join(30)
    assert done.is_set()
    assert len(list(store.query_with_limits(ROWS, timeout=10, max_rows=None))) == 51  # type: ignore[arg-type]


def test_a_large_answer_comes_back_as_tsv_and_is_rewritten_here(store) -> None:
    """Over `WORKER_WRITES_UP_TO` bytes of TSV the worker sends TSV (cheaper down the pipe than
    JSON) and the store rewrites it: the same bytes as pyoxigraph's own."""
    from mandate_graph.graph.store.codec import WORKER_WRITES_UP_TO

    filler = "x" * 100
    store.replace_graphs({"http://x/big": "".join(f'<http://x/b{i}> <http://x/p> "{filler}{i}" .\n' for i in range(2000))})
    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)
    text = "SELECT ?s ?o WHERE { ?s <http://x/p> ?o } ORDER BY ?s"
    assert len(in_process(store, text, "tsv")) > WORKER_WRITES_UP_TO
    for fmt in ("json", "xml", "tsv"):
        assert run(store.query_bytes_with_limits(text, fmt, timeout=10, max_rows=None)) == ("answer", in_process(store, text, fmt))


def test_write_within_holds_the_row_limit_by_size_alone() -> None:
    """`codec.write_within` writes the format at once only when the answer is so small that it
    cannot hold more rows than the limit, whatever its terms: the fewest bytes a row takes."""
    from mandate_graph.graph.store.codec import MIN_ROW_BYTES, direct_cap, write_within

    memory = ox.Store()
    memory.extend(ox.Quad(ox.NamedNode(f"http://x/s{i}"), ox.NamedNode("http://x/p"), ox.Literal(f"a\nb{i}"))
                  for i in range(20))
    empty_rows = "SELECT * WHERE { VALUES () { () () () () () () () () () () } }"  # 10 rows, no terms
    for fmt in RESULTS_FORMATS:
        whole = memory.query(ROWS).serialize(format=RESULTS_FORMATS[fmt])
        assert write_within(memory.query(ROWS), fmt, 10**6, len(whole)) == whole
        assert write_within(memory.query(ROWS), fmt, 10**6, len(whole) - 1) is None
        # The rows' fewest bytes are a true floor: 10 empty rows take at least 10 of them.
        empty = memory.query(empty_rows).serialize(format=RESULTS_FORMATS[fmt])
        assert len(empty) >= 10 * MIN_ROW_BYTES[fmt]
        # Under a row limit of 9 the cap is below any 10-row answer: never written at once.
        assert direct_cap(fmt, 9) == 9 * MIN_ROW_BYTES[fmt] < len(empty)
        assert write_within(memory.query(empty_rows), fmt, 9, 10**6) is None
        assert write_within(memory.query(empty_rows), fmt, 1000, 10**6) == empty


def test_a_repeat_sent_to_a_worker_is_written_at_once_and_counted_if_it_grew(store, monkeypatch) -> None:
    """A key whose answer a worker wrote small is sent again with ``direct``: the same bytes.
    When the answer does not fit after all, the worker runs the query again and counts it: the
    row limit answers as before."""
    from mandate_graph.graph.store import query_pool as qp

    store.query_with_limits("ASK { ?s ?p ?o }", timeout=10, max_rows=None)
    sent: list[bool] = []
    run_async = qp.QueryPool.run_async

    async def watched(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        sent.append(kwargs.get("direct", False))
        return await run_async(self, *args, **kwargs)

    monkeypatch.setattr(qp.QueryPool, "run_async", watched)
    paged = ROWS + " LIMIT 40"  # LIMIT: never run in the server, always a worker's
    for fmt in sorted(RESULTS_FORMATS):
        # (A row limit of 100,000: a few kilobytes are few enough rows whatever their terms.)
        first = run(store.query_bytes_with_limits(paged, fmt, timeout=10, max_rows=100_000))
        again = run(store.query_bytes_with_limits(paged, fmt, timeout=10, max_rows=100_000))
        assert first == again == ("answer", in_process(store, paged, fmt))
    assert sent == [False, True] * len(RESULTS_FORMATS)
    # The worker is told the answer is small, but under this row limit it does not fit: counted.
    key = (paged, (), (), None, 39)
    store._small_answers[(key, "json")] = store.generation
    with pytest.raises(QueryLimitError, match="39 row limit"):
        run(store.query_bytes_with_limits(paged, "json", timeout=10, max_rows=39))
    assert sent[-1] is True

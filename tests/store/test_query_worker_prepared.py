"""A server's first query that runs in a worker process finds one ready: the store starts a
worker on a snapshot beside the server's start (`OxigraphStore.prepare_query_worker`), once."""

from __future__ import annotations

import asyncio

from mandate_graph.graph.store import OxigraphStore


def test_a_prepared_worker_answers_the_first_query_and_none_is_started_twice(tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = OxigraphStore(tmp_path / "store", query_workers=2)
    try:
        store.replace_graphs({"http://x/g": '<http://x/s> <http://x/p> "before" .\n'})
        assert store.prepare_query_worker() is True
        assert store._query_pool().live_workers == 1
        assert store.prepare_query_worker() is False  # a worker is there already
        answer = asyncio.run(store.query_bytes_with_limits("SELECT ?o WHERE { ?s ?p ?o }", "json", timeout=10,
                                                           max_rows=10))
        assert answer is not None and b"before" in answer[1]
        # After a write the worker reads the store as written (a new snapshot).
        store.replace_graphs({"http://x/g": '<http://x/s> <http://x/p> "after" .\n'})
        rows = store.query_with_limits("SELECT ?o WHERE { ?s ?p ?o }", timeout=10, max_rows=10)
        assert [row["o"].value for row in rows] == ["after"]
    finally:
        store.close()
    memory = OxigraphStore(None)
    assert memory.prepare_query_worker() is False  # in memory: queries run in the process

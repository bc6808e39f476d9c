"""The store: one interface (`GraphStore`), two backends, chosen by `open_store`.

    base.py          the GraphStore protocol, its errors and result types (imports nothing here)
    sparql_text.py   SPARQL text helpers: binding values, prefixes, dialect rewrites, the guard call
    guard.py         the network guard: SERVICE/LOAD/bif:/sql: refused on the parse tree
    isolation.py     the kernel's half of it: query workers without a network
    codec.py         the one result codec: rows ↔ SPARQL JSON / N-Triples bytes
    query_pool.py    worker processes that run (and can kill) queries on an on-disk store
    oxigraph.py      the embedded store (pyoxigraph, on disk or in memory)
    sparql_http/     a SPARQL 1.1 server: connector.py (HTTP, httpx) + store.py (semantics)

Imports point down that list and never back up (`tests/test_store_layout.py` checks it), so
there is no cycle. Every name the rest of the product uses is importable from
``graph.store`` itself. They are loaded on first use (PEP 562 ``__getattr__``): a query worker
runs ``python -m mandate_graph.graph.store.query_pool`` and must not pay for rdflib's SPARQL parser or
httpx, which only the parent needs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mandate_graph.graph.settings import Settings
    from mandate_graph.graph.store.base import (
        DATASET_FORMATS,
        GRAPH_FORMATS,
        Bindings,
        GraphStore,
        LimitedResult,
        NetworkDisabledError,
        QueryLimitError,
        QueryResult,
        QuerySyntaxError,
        QueryTimeoutError,
        StoreError,
    )
    from mandate_graph.graph.store.oxigraph import OxigraphStore
    from mandate_graph.graph.store.sparql_http import SparqlHttpStore
    from mandate_graph.graph.store.sparql_text import (
        bind_values,
        check_network,
        add_using,
        looks_like_update,
        ntriples_to_insert,
        query_form,
        DatasetConflict,
        strip_literals,
    )

# name -> the module of the package that defines it
_EXPORTS = {
    "GraphStore": "base",
    "Bindings": "base",
    "QueryResult": "base",
    "LimitedResult": "base",
    "DATASET_FORMATS": "base",
    "GRAPH_FORMATS": "base",
    "StoreError": "base",
    "QuerySyntaxError": "base",
    "NetworkDisabledError": "base",
    "QueryLimitError": "base",
    "QueryTimeoutError": "base",
    "bind_values": "sparql_text",
    "check_network": "sparql_text",
    "looks_like_update": "sparql_text",
    "query_form": "sparql_text",
    "add_using": "sparql_text",
    "DatasetConflict": "sparql_text",
    "strip_literals": "sparql_text",
    "ntriples_to_insert": "sparql_text",
    "OxigraphStore": "oxigraph",
    "SparqlHttpStore": "sparql_http",
}

__all__ = [*_EXPORTS, "open_store"]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'graph.store' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"mandate_graph.graph.store.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


def open_store(settings: "Settings") -> "GraphStore":
    """The store ``settings.store`` names, by its scheme: ``sparql+http(s)://`` a SPARQL 1.1
    server, ``memory`` an in-memory Oxigraph store, anything else an Oxigraph folder.
    Every other setting the store needs comes from ``settings`` too (base IRI, network,
    workers, the server's URLs and credentials)."""
    from mandate_graph.graph.store.base import SPARQL_SCHEMES

    location = settings.store
    if location.startswith(SPARQL_SCHEMES):
        from mandate_graph.graph.store.sparql_http.store import SparqlHttpStore

        return SparqlHttpStore.from_settings(settings)
    from mandate_graph.graph.store.oxigraph import OxigraphStore

    path = None if location == "memory" else location
    return OxigraphStore(
        path,
        allow_network=settings.allow_network,
        query_workers=settings.query_workers,
        worker_memory_mb=settings.query_worker_memory_mb,
        read_only=settings.read_only,
    )

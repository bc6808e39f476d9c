"""The rows of a SELECT query and the answer of an ASK, typed.

`GraphStore.query` answers any query form (rows, a boolean or triples), so a caller that
asked a SELECT would otherwise narrow the answer itself at every call. `select` and `ask`
check the form once and say which query answered the wrong one; `text` reads a column that
may be unbound.
"""

from __future__ import annotations

from typing import Iterable, cast

import pyoxigraph as ox

from mandate_graph.graph.store import Bindings, GraphStore, StoreError


def select(store: GraphStore, sparql: str, bindings: Bindings | None = None) -> Iterable[ox.QuerySolution]:
    """The rows of a SELECT query (an iterable: a store may stream them)."""
    result = store.query(sparql, bindings=bindings)
    if isinstance(result, (ox.QueryBoolean, ox.QueryTriples)):
        raise StoreError(f"expected the rows of a SELECT query, got {type(result).__name__} for: {sparql.strip()[:120]}")
    # Real stores answer ox.QuerySolutions; test doubles may answer a list of rows.
    return cast(Iterable[ox.QuerySolution], result)


def ask(store: GraphStore, sparql: str, bindings: Bindings | None = None) -> bool:
    """The answer of an ASK query."""
    result = store.query(sparql, bindings=bindings)
    if not isinstance(result, ox.QueryBoolean):
        raise StoreError(f"expected the answer of an ASK query, got {type(result).__name__} for: {sparql.strip()[:120]}")
    return bool(result)


def text(row: ox.QuerySolution, name: str) -> str | None:
    """The lexical value of a column (an IRI's text, a literal's), None when unbound."""
    term = row[name]
    return term.value if term is not None else None

"""The rows of a SELECT, from what a store's `query` returns.

`GraphStore.query` answers solutions, a boolean or triples, as the query's form decides: the
caller knows which form it wrote, the type checker does not. `select_rows` says so in one
place, and a store that answers a SELECT in another form fails here with a message saying so,
not later as a missing attribute. `select` and `ask` run the query and check its answer in
one call; `text` reads a column that may be unbound.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from mandate_graph.graph.store import Bindings, GraphStore, QueryResult


def select_rows(result: QueryResult) -> ox.QuerySolutions:
    """``result`` as the solutions of a SELECT; a boolean (ASK) or triples (CONSTRUCT,
    DESCRIBE) raise, since the query that asked for rows was not a SELECT."""
    if isinstance(result, ox.QueryBoolean):
        raise TypeError("expected the rows of a SELECT query, the store answered a boolean (an ASK query)")
    if isinstance(result, ox.QueryTriples):
        raise TypeError("expected the rows of a SELECT query, the store answered triples (a CONSTRUCT or DESCRIBE)")
    return result


def select(store: GraphStore, sparql: str, bindings: Bindings | None = None) -> ox.QuerySolutions:
    """The rows of a SELECT query run on ``store``."""
    return select_rows(store.query(sparql, bindings=bindings))


def ask(store: GraphStore, sparql: str, bindings: Bindings | None = None) -> bool:
    """The answer of an ASK query run on ``store``."""
    result = store.query(sparql, bindings=bindings)
    if not isinstance(result, ox.QueryBoolean):
        raise TypeError(f"expected the answer of an ASK query, the store answered {type(result).__name__}")
    return bool(result)


def text(row: ox.QuerySolution, name: str) -> str | None:
    """The lexical value of a column (an IRI's text, a literal's), None when unbound."""
    term = row[name]
    return term.value if term is not None else None


PAGE = 5000


def select_all(store: GraphStore, query: str) -> list[ox.QuerySolution]:
    """Every row of a ``SELECT DISTINCT``, even from a server that caps result sizes
    (Virtuoso's ResultSetMaxRows): asked whole first, then, if the server refuses, page by
    page. Pages are not ordered, because servers cap sorting too (Virtuoso's
    MaxSortedTopRows refuses ORDER BY past 10,000 rows); instead the rows read are checked
    against a COUNT of the same query: the rows are distinct, so a page boundary that moved
    would show as a duplicate or a shortfall. (Here, not in `graph.lineage`: loading links
    with it, and importing lineage brought networkx, a second of CPU per load.)"""
    from mandate_graph.graph.store import QueryLimitError, StoreError

    try:
        return list(select(store, query))
    except QueryLimitError:
        pass
    rows: list[ox.QuerySolution] = []
    seen: set[tuple[str, ...]] = set()
    while True:
        chunk = list(select(store, f"{query}\nLIMIT {PAGE} OFFSET {len(rows)}"))
        rows.extend(chunk)
        seen.update(tuple(str(term) for term in row) for row in chunk)
        if len(chunk) < PAGE:
            break
    total = next(iter(select(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ {{ {query} }} }}")))
    expected = int(total[0].value)
    if len(seen) != expected or len(rows) != expected:
        raise StoreError(
            f"the server's pages did not add up ({len(seen)} distinct rows of {len(rows)} read, "
            f"{expected} expected): the store changed while it was read, or the server does not page "
            "stably; try again, or raise the server's row limit (Virtuoso: [SPARQL] ResultSetMaxRows)"
        )
    return rows

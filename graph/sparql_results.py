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

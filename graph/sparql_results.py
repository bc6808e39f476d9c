"""The rows of a SELECT, from what a store's `query` returns.

`GraphStore.query` answers solutions, a boolean or triples, as the query's form decides: the
caller knows which form it wrote, the type checker does not. `select_rows` says so in one
place, and a store that answers a SELECT in another form fails here with a message saying so,
not later as a missing attribute.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pyoxigraph as ox

if TYPE_CHECKING:
    from mandate_graph.graph.store import QueryResult


def select_rows(result: QueryResult) -> ox.QuerySolutions:
    """``result`` as the solutions of a SELECT; a boolean (ASK) or triples (CONSTRUCT,
    DESCRIBE) raise, since the query that asked for rows was not a SELECT."""
    if isinstance(result, ox.QueryBoolean):
        raise TypeError("expected the rows of a SELECT query, the store answered a boolean (an ASK query)")
    if isinstance(result, ox.QueryTriples):
        raise TypeError("expected the rows of a SELECT query, the store answered triples (a CONSTRUCT or DESCRIBE)")
    return result

"""The named graphs an N-Quads file writes, read as a stream (the file is never held).

`OxigraphStore.bulk_load_quads` loads a file in Rust and cannot say what it stored; a load
whose graphs are not known makes every view kept beside the store re-read the whole store.
So the file is read once before the load, by Oxigraph's own N-Quads parser (the one the load
uses: the same lines, the same graph names), keeping only the graph names.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox


def graphs_of_nquads_file(path: Path) -> frozenset[str] | None:
    """The named graphs the quads of ``path`` are in; None when that is not a list of IRIs
    (a line without a graph name writes the default graph, a blank-node graph name has no
    IRI) or the file cannot be read or parsed (the load then fails on it too, and a failed
    bulk load is recorded as "not known" anyway)."""
    graphs: set[str] = set()
    last: object = None
    try:
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS):
            graph = quad.graph_name
            if graph == last:  # a shard's quads come graph by graph: one comparison per quad
                continue
            if not isinstance(graph, ox.NamedNode):
                return None
            graphs.add(graph.value)
            last = graph
    except (SyntaxError, ValueError, OSError):
        return None
    return frozenset(graphs)

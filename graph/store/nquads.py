"""Several named graphs' N-Triples as one N-Quads text, without parsing them in Python.

The writer of a load receives each file's graph as N-Triples (what `loaders.emit` writes,
one ``S P O .`` per line). Handing Oxigraph one N-Quads text per batch lets it parse and
store every quad in Rust: building a Python `Quad` per triple cost more than the write.

The graph name goes in before each line's final `` .``: exact for N-Triples in the form
pyoxigraph writes, since no term can hold a raw line break (literals escape it) and an IRI
holds no space. A text in another form — a comment after a statement, a last line without
its line break, ``\\r\\n`` endings, blank lines, no space before the dot — is not rewritten
(``None``): the caller parses it instead.
"""

from __future__ import annotations

import re
from typing import Mapping

# A dot followed by a comment on the same line: the rewrite would put the graph name in the
# comment and leave the statement in the default graph.
_COMMENT_AFTER_DOT = re.compile(r"\.[ \t]*#")


def is_line_per_statement(ntriples: str) -> bool:
    """Every line ends with `` .`` and carries no comment after it (so that inserting a graph
    name before each line's final dot turns each statement into a quad of that graph)."""
    if not ntriples:
        return True
    return (
        ntriples.endswith(" .\n")
        and ntriples.count("\n") == ntriples.count(" .\n")
        and _COMMENT_AFTER_DOT.search(ntriples) is None
    )


def graphs_as_nquads(graphs: Mapping[str, str]) -> bytes | None:
    """The N-Quads of every graph's N-Triples (graph IRI -> text), or None when a text is not
    in the one-statement-per-line form `is_line_per_statement` checks."""
    if not all(map(is_line_per_statement, graphs.values())):
        return None
    return "".join(ntriples.replace(" .\n", f" <{graph}> .\n") for graph, ntriples in graphs.items()).encode()

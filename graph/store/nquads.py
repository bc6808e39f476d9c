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
from typing import Iterator, Mapping

# A dot followed by a comment on the same line: the rewrite would put the graph name in the
# comment and leave the statement in the default graph.
_COMMENT_AFTER_DOT = re.compile(r"\.[ \t]*#")
# The terms a dot and a "#" may stand in without making a comment: a literal's text ("... programmes.
# #+END_QUOTE", a page's hashtag after a sentence) and an IRI's ("<http://example.org/v1.#part>").
_LITERAL_OR_IRI = re.compile(r'"(?:[^"\\\n]|\\.)*"|<[^>\n]*>')


def is_line_per_statement(ntriples: str) -> bool:
    """Every line ends with `` .`` and carries no comment after it (so that inserting a graph
    name before each line's final dot turns each statement into a quad of that graph)."""
    if not ntriples:
        return True
    return (
        ntriples.endswith(" .\n")
        and ntriples.count("\n") == ntriples.count(" .\n")
        and (_COMMENT_AFTER_DOT.search(ntriples) is None or _COMMENT_AFTER_DOT.search(_LITERAL_OR_IRI.sub("T", ntriples)) is None)
    )


def graph_nquads(graph: str, ntriples: str) -> bytes:
    """One graph's N-Triples (one statement per line, as `loaders.emit` writes them) as the
    UTF-8 N-Quads of that graph: what a load's workers hand the writer. ValueError for a
    text in another form (`is_line_per_statement`), which the rewrite would get wrong."""
    if not is_line_per_statement(ntriples):
        raise ValueError("N-Triples not written one statement per line")
    return ntriples.replace(" .\n", f" <{graph}> .\n").encode()


def graph_ntriples(graph: str, nquads: bytes) -> str:
    """The inverse of `graph_nquads`: the graph name taken off each line (it is each line's
    last term, and a line break only ends a line)."""
    return nquads.decode().replace(f" <{graph}> .\n", " .\n")


class QuadsOfGraphs(Mapping[str, str]):
    """Graph IRI -> N-Triples, held as the N-Quads bytes each graph was written in by
    `graph_nquads` (a load's workers write them): a store's bulk write takes the bytes as
    they are (`graphs_as_nquads`), without reading or rewriting the text in the writer; a
    reader of the mapping gets each graph's N-Triples (`graph_ntriples`), made when asked."""

    def __init__(self, nquads: Mapping[str, bytes]) -> None:
        self.nquads = dict(nquads)

    def __getitem__(self, graph: str) -> str:
        return graph_ntriples(graph, self.nquads[graph])

    def __iter__(self) -> Iterator[str]:
        return iter(self.nquads)

    def __len__(self) -> int:
        return len(self.nquads)


def has_blank_nodes(graphs: Mapping[str, str]) -> bool:
    """Whether a text may hold a blank node (``_:`` anywhere, a literal's too)."""
    if isinstance(graphs, QuadsOfGraphs):
        return any(b"_:" in data for data in graphs.nquads.values())
    return any("_:" in ntriples for ntriples in graphs.values())


def graphs_as_nquads(graphs: Mapping[str, str]) -> bytes | None:
    """The N-Quads of every graph's N-Triples (graph IRI -> text), or None when a text is not
    in the one-statement-per-line form `is_line_per_statement` checks. `QuadsOfGraphs` are
    N-Quads already: their bytes, joined."""
    if isinstance(graphs, QuadsOfGraphs):
        return b"".join(graphs.nquads.values())
    if not all(map(is_line_per_statement, graphs.values())):
        return None
    return "".join(ntriples.replace(" .\n", f" <{graph}> .\n") for graph, ntriples in graphs.items()).encode()

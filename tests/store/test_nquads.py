"""New graphs go into Oxigraph as one N-Quads text per batch (`graph.store.nquads`); texts
in other N-Triples forms, or in error, must still end up in their graph, or change nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.store import OxigraphStore, StoreError
from mandate_graph.graph.store.nquads import graphs_as_nquads

G1, G2 = "http://example.org/graph/one", "http://example.org/graph/two"
A = '<http://example.org/a> <http://example.org/p> "one" .\n'
B = '<http://example.org/b> <http://example.org/p> <http://example.org/c> .\n'


def quads(store: OxigraphStore) -> list[str]:
    return sorted(store.export("nquads").decode().splitlines())


def test_the_graph_name_goes_before_each_lines_final_dot() -> None:
    assert graphs_as_nquads({G1: A, G2: B + A}) == (
        f'<http://example.org/a> <http://example.org/p> "one" <{G1}> .\n'
        f"<http://example.org/b> <http://example.org/p> <http://example.org/c> <{G2}> .\n"
        f'<http://example.org/a> <http://example.org/p> "one" <{G2}> .\n'
    ).encode()
    # a literal may hold " .": only the line's end counts
    assert graphs_as_nquads({G1: '<http://example.org/a> <http://example.org/p> "x . y" .\n'}) is not None
    # ... and " . #" too, which only outside a term would begin a comment (an Org file's "programmes.
    # #+END_QUOTE" in a paragraph's literal had failed its whole file)
    assert graphs_as_nquads({G1: '<http://example.org/a> <http://example.org/p> "x . # y" .\n'}) == (
        f'<http://example.org/a> <http://example.org/p> "x . # y" <{G1}> .\n'.encode()
    )


@pytest.mark.parametrize("text", [
    A.replace(" .\n", " . # a comment after the statement\n"),
    A.replace(" .\n", " . # ends with a dot too .\n"),
    A.replace("\n", "\r\n"),
    A.rstrip("\n"),
    "# a comment\n\n" + A,
    A.replace(" .\n", ".\n"),
])
def test_n_triples_in_any_form_go_to_their_graph(text: str, tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({G1: text, G2: B})
    assert quads(store) == sorted([
        f'<http://example.org/a> <http://example.org/p> "one" <{G1}> .',
        f"<http://example.org/b> <http://example.org/p> <http://example.org/c> <{G2}> .",
    ])
    assert store.named_graphs() == [G1, G2]  # no marker, no stray triples left


@pytest.mark.parametrize("broken", [
    "<http://example.org/a> <http://example.org/p> .\n",  # two terms: the rewrite would make it a triple
    "<http://example.org/a> <http://example.org/p> not-a-term .\n",
])
def test_a_broken_new_graph_changes_nothing_on_disk(broken: str, tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    store.replace_graphs({G1: A})
    before = quads(store)
    with pytest.raises(StoreError, match="store unchanged"):
        store.replace_graphs({G2: B, "http://example.org/graph/three": broken})
    assert quads(store) == before
    assert store.named_graphs() == [G1]
    store.close()
    reopened = OxigraphStore(tmp_path / "store")
    assert quads(reopened) == before

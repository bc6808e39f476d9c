"""The vocabulary and reference graphs are written by a load only when their content changed
(loaders/reference_graphs.py): a second load of other files writes neither (the record of
graphs written says so, so no view re-reads them), a changed reference file is written, and a
graph a user dropped or altered is repaired."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.store import OxigraphStore
from mandate_graph.graph.store.revision import CHANGES, FOLDER
from mandate_graph.loaders.pipeline import Loader
from mandate_graph.loaders.reference_graphs import content_digest, reference_graph
from tests.conftest import BASE, CORPUS

IDS = Identifiers(BASE)
REFERENCE, VOCABULARY = IDS.reference_graph(), IDS.vocabulary_graph()
DOCUMENTS = sorted(CORPUS.iterdir())

BODY = """@prefix mg: <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/tide-board> a mg:Body ; mg:key "tide-board" ; skos:prefLabel "Tide Board"@en ;
    mg:symbolPrefix "TB" .
"""


def loader(store: OxigraphStore, *reference_files: Path) -> Loader:
    return Loader(store, IDS, load_registry(BASE, list(reference_files)))


def recorded_writes(store_folder: Path) -> list[list[str] | None]:
    """The graphs of each write in the record of changes beside the store, oldest first."""
    lines = (store_folder / FOLDER / CHANGES).read_text().splitlines()
    return [json.loads(line)["graphs"] for line in lines]


def test_a_second_load_of_other_files_writes_no_reference_graph(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    first = loader(store).load([DOCUMENTS[0]], workers=1)
    assert all(r.ok for r in first)
    assert any(REFERENCE in (graphs or []) and VOCABULARY in (graphs or []) for graphs in recorded_writes(tmp_path / "store"))
    before, writes_before = store.generation, len(recorded_writes(tmp_path / "store"))

    second = loader(store).load([DOCUMENTS[1]], workers=1)

    assert all(r.ok for r in second)
    written = store.graphs_written_since(before)
    assert written is not None and second[0].graph in written
    assert REFERENCE not in written and VOCABULARY not in written
    for graphs in recorded_writes(tmp_path / "store")[writes_before:]:
        assert graphs is not None and REFERENCE not in graphs and VOCABULARY not in graphs
    store.close()


def test_an_unchanged_store_gets_no_write_at_all(tmp_path: Path) -> None:
    store = OxigraphStore(tmp_path / "store")
    assert loader(store).ensure_reference() == [REFERENCE, VOCABULARY]
    generation = store.generation
    assert loader(store).ensure_reference() == []
    assert store.generation == generation
    store.close()


def test_a_changed_reference_file_is_written(tmp_path: Path) -> None:
    added = tmp_path / "tide.ttl"
    added.write_text(BODY, encoding="utf-8")
    store = OxigraphStore(None)
    assert loader(store, added).ensure_reference() == [REFERENCE, VOCABULARY]
    assert loader(store, added).ensure_reference() == []

    added.write_text(BODY.replace('"Tide Board"@en', '"Tide and Current Board"@en'), encoding="utf-8")
    assert loader(store, added).ensure_reference() == [REFERENCE]  # the vocabulary is unchanged
    labels = {row[0].value for row in store.query(
        f"SELECT ?l WHERE {{ GRAPH <{REFERENCE}> {{ <{BASE}body/tide-board> <http://www.w3.org/2004/02/skos/core#prefLabel> ?l }} }}")}
    assert labels == {"Tide and Current Board"}

    # A load without the user's file any more: the reference graph loses its body.
    assert loader(store).ensure_reference() == [REFERENCE]
    assert not store.query(f"ASK {{ GRAPH <{REFERENCE}> {{ <{BASE}body/tide-board> ?p ?o }} }}")


def every_quad(store: OxigraphStore) -> list[str]:
    return sorted(store.export("nquads").decode().splitlines())


OTHER = "<https://example.org/x> <http://www.w3.org/2000/01/rdf-schema#label> \"x\""


@pytest.mark.parametrize("damage", [
    pytest.param(lambda g: f"DROP GRAPH <{g}>", id="graph dropped"),
    pytest.param(lambda g: f"INSERT DATA {{ GRAPH <{g}> {{ {OTHER} }} }}", id="triple added"),
    pytest.param(lambda g: f"DELETE {{ GRAPH <{g}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o FILTER(?s != <{g}>) }} }} ",
                 id="every triple but the digest removed"),
    pytest.param(lambda g: f"DELETE WHERE {{ GRAPH <{g}> {{ <{g}> <https://w3id.org/mandate-graph/ontology#sha256> ?d }} }}",
                 id="digest removed"),
    pytest.param(lambda g: (f"DELETE WHERE {{ GRAPH <{g}> {{ <{g}> <https://w3id.org/mandate-graph/ontology#sha256> ?d }} }} ;"
                            f"INSERT DATA {{ GRAPH <{g}> {{ <{g}> <https://w3id.org/mandate-graph/ontology#sha256> \"0\" }} }}"),
                 id="digest changed"),
])
@pytest.mark.parametrize("graph", [REFERENCE, VOCABULARY])
def test_a_graph_a_user_damaged_is_repaired(graph: str, damage) -> None:  # type: ignore[no-untyped-def]
    store = OxigraphStore(None)
    loader(store).ensure_reference()
    written = every_quad(store)
    store.update(damage(graph))

    assert loader(store).ensure_reference() == [graph]
    assert every_quad(store) == written
    assert loader(store).ensure_reference() == []


def test_the_digest_is_of_the_content_not_of_its_order_or_repeats() -> None:
    lines = ["<a> <b> <c> .", "<a> <b> \"d\" .", "<e> <b> <c> ."]
    one = reference_graph("https://example.org/g", "\n".join(lines) + "\n")
    other = reference_graph("https://example.org/g", "\n".join([lines[2], lines[0], lines[1], lines[0], ""]) + "\n")
    assert one == other
    assert one.quads == 4 and one.digest == content_digest(lines)
    assert reference_graph("https://example.org/g", "<a> <b> \"e\" .\n").digest != one.digest
    assert one.ntriples.endswith(f'<https://example.org/g> <https://w3id.org/mandate-graph/ontology#sha256> "{one.digest}" .\n')

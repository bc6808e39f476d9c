"""A body whose name opens with the word for its gatherings ("meeting of Chairs of the human
rights treaty bodies", gathering term "meeting"): "the forty-fourth meeting of Chairs of the
human rights treaty bodies" is that body's forty-fourth meeting, dated and placed as any other."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, NOTE, REFERENCE, key

_CHAIRS = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/coastal-chairs> a mg:Body ;
    mg:key "coastal-chairs" ;
    skos:prefLabel "meeting of Chairs of the coastal commissions"@en ;
    mg:gatheringTerm "meeting" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    path: Path = tmp_path_factory.mktemp("ref") / "chairs.ttl"
    path.write_text(_CHAIRS)
    return load_registry(BASE, [REFERENCE, path])


def _facts(registry, sentence: str, relation: str) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    extraction = extract(NOTE + "1. " + sentence + "\n", source_key="t", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Chair said that the forty-fourth meeting of Chairs of the coastal commissions would be held in New York from 2 to 5 June 2031.",
        "The 44th meeting of Chairs of the coastal commissions was held in New York from 2 to 5 June 2031.",
    ],
)
def test_the_nth_gathering_of_the_body(registry, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert ("coastal-chairs#44", "coastal-chairs") in _facts(registry, sentence, "meetingOf")
    assert ("coastal-chairs#44", "New York") in _facts(registry, sentence, "heldIn")
    assert ("coastal-chairs#44", "2031-06-02/2031-06-05") in _facts(registry, sentence, "heldOn")


def test_another_bodys_meeting_is_not_taken(registry) -> None:  # type: ignore[no-untyped-def]
    # "the fourth meeting of the Working Group": the body after "of", as before
    sentence = "The fourth meeting of the Working Group on Early Warning Systems was held in Bonn from 2 to 5 June 2031."
    assert ("ccr/wg-early-warning#4", "ccr/wg-early-warning") in _facts(registry, sentence, "meetingOf")
    assert not {s for s, _ in _facts(registry, sentence, "meetingOf") if s.startswith("coastal-chairs")}

"""Reference data (`graph.reference`) and the kinds of the model (`graph.model`): a word read
from a document or a reference file becomes a kind the model knows, or an error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.model import GatheringRef, InstrumentRef, gathering_kind, instrument_kind
from mandate_graph.graph.reference import ReferenceDataError, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/test-panel> a mg:Body ;
    mg:key "test-panel" ;
    skos:prefLabel "Panel of Experts on Testing"@en ;
    mg:gatheringTerm "{term}" ;
    mg:issuesInstruments true .
"""


def write_body(folder: Path, term: str) -> Path:
    path = folder / "panel.ttl"
    path.write_text(BODY.replace("{term}", term), encoding="utf-8")
    return path


def test_a_body_meets_in_sessions_or_meetings(tmp_path: Path) -> None:
    registry = load_registry(DEFAULT_BASE_IRI, [write_body(tmp_path, "meeting")])
    panel = registry["test-panel"]
    assert panel.gathering_term == "meeting" and panel.issues_instruments
    assert registry["cop-untoc"].gathering_term == "session"


def test_another_gathering_term_is_refused_naming_the_body(tmp_path: Path) -> None:
    with pytest.raises(ReferenceDataError, match=r"'test-panel'.*gatheringTerm.*'conference'"):
        load_registry(DEFAULT_BASE_IRI, [write_body(tmp_path, "conference")])


@pytest.mark.parametrize("word", ["resolution", "decision"])
def test_instrument_kinds(word: str) -> None:
    assert instrument_kind(word) == word


@pytest.mark.parametrize("word", ["session", "meeting"])
def test_gathering_kinds(word: str) -> None:
    assert gathering_kind(word) == word


@pytest.mark.parametrize("word", ["Resolution", "report", ""])
def test_other_words_are_no_instrument_kind(word: str) -> None:
    with pytest.raises(ValueError, match="not a kind of instrument"):
        instrument_kind(word)


@pytest.mark.parametrize("word", ["Session", "sessions", "conference"])
def test_other_words_are_no_gathering_kind(word: str) -> None:
    with pytest.raises(ValueError, match="not a kind of gathering"):
        gathering_kind(word)


def test_an_iri_path_gives_back_its_reference() -> None:
    ids = Identifiers(DEFAULT_BASE_IRI)
    for ref in (InstrumentRef("cop-untoc", "decision", "10", "2"), GatheringRef("cop-untoc/wg-firearms", "meeting", 11)):
        assert ids.parse(ids.entity(ref)) == ref

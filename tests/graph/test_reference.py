"""Reference data (`graph.reference`) and the kinds of the model (`graph.model`): a word read
from a document or a reference file becomes a kind the model knows, or an error naming it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.identifiers import Identifiers
from mandate_graph.graph.model import GatheringRef, InstrumentRef, gathering_kind, instrument_kind
from mandate_graph.graph.reference import InstrumentNumbering, ReferenceDataError, load_registry
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


NUMBERED = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/tide-board> a mg:Body ;
    mg:key "tide-board" ;
    skos:prefLabel "Tide Board"@en ;
    mg:symbolPrefix "TB" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{template}" ; mg:instrumentKind "{kind}" ] .
"""


def write_numbered(folder: Path, template: str, kind: str) -> Path:
    path = folder / "tide.ttl"
    path.write_text(NUMBERED.replace("{template}", template).replace("{kind}", kind), encoding="utf-8")
    return path


def test_a_body_carries_its_numbering_convention(tmp_path: Path) -> None:
    registry = load_registry(DEFAULT_BASE_IRI, [write_numbered(tmp_path, "TB{session}.R{number}", "resolution")])
    assert registry["tide-board"].numbering == (InstrumentNumbering("TB{session}.R{number}", "resolution"),)
    assert registry["security-council"].numbering  # shipped: "resolution 2791 (2026)"
    assert registry["ga"].numbering == ()  # the default "session/number" needs none


def test_a_convention_for_special_sessions_keeps_their_prefix(tmp_path: Path) -> None:
    registry = load_registry(DEFAULT_BASE_IRI, [write_numbered(tmp_path, "{session:SST}({number})", "decision")])
    assert registry["tide-board"].numbering == (InstrumentNumbering("{session:SST}({number})", "decision"),)


@pytest.mark.parametrize(
    "template, kind, message",
    [
        ("TB{session}", "resolution", r"tide-board.*numberTemplate with \{session\} and \{number\}.*'TB\{session\}'"),
        ("TB.{number}", "decision", r"tide-board.*'TB\.\{number\}'"),
        ("TB{session}.{number}", "recommendation", r"tide-board.*instrumentKind.*must be \"resolution\" or \"decision\".*'recommendation'"),
        ("{session:SS1}({number})", "decision", r"tide-board.*'\{session:SS1\}\(\{number\}\)'"),  # a prefix is letters
    ],
)
def test_a_convention_that_cannot_be_read_is_refused_naming_the_body(
    tmp_path: Path, template: str, kind: str, message: str
) -> None:
    with pytest.raises(ReferenceDataError, match=message):
        load_registry(DEFAULT_BASE_IRI, [write_numbered(tmp_path, template, kind)])


NAMED_CONVENTIONS = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
[] a mg:NumberingConvention ; mg:numberingOfBodyNamed "tide board" ;
    mg:numberTemplate "TB{session}({number})" ; mg:instrumentKind "decision" .
[] a mg:NumberingConvention ; mg:numberingOfSeries "TB" ;
    mg:numberTemplate "{number}/TB.{session}" ; mg:instrumentKind "decision" .
[] a mg:NumberingConvention ; mg:numberingOfBodyNamed "Board of Nobody Loaded" ;
    mg:numberTemplate "BN{session}.{number}" ; mg:instrumentKind "resolution" .
"""


def test_a_convention_given_apart_applies_to_the_body_of_that_name_or_series(tmp_path: Path) -> None:
    conventions = tmp_path / "conventions.ttl"
    conventions.write_text(NAMED_CONVENTIONS, encoding="utf-8")
    # The conventions' file first, the body's after: the order of the files does not matter.
    registry = load_registry(DEFAULT_BASE_IRI, [conventions, write_numbered(tmp_path, "TB{session}.R{number}", "resolution")])
    assert {c.template for c in registry["tide-board"].numbering} == {
        "TB{session}.R{number}", "TB{session}({number})", "{number}/TB.{session}",
    }
    # A convention naming no loaded body waits for one: no body carries it.
    assert not any(c.template.startswith("BN") for b in registry for c in b.numbering)


def test_the_shipped_conventions_apply_to_bodies_an_operator_adds(tmp_path: Path) -> None:
    path = tmp_path / "who.ttl"
    path.write_text(
        '@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n'
        '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n'
        '<body/wha> a mg:Body ; mg:key "wha" ; skos:prefLabel "World Health Assembly"@en ; mg:issuesInstruments true .\n',
        encoding="utf-8",
    )
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    assert InstrumentNumbering("WHA{session}.{number}", "resolution") in registry["wha"].numbering


@pytest.mark.parametrize(
    "symbol, author",
    [("TB158/3", "tide-board"), ("TB158/3/Add.1", "tide-board"), ("TB/2031/1", "tide-board"),
     ("TBX/1", None), ("A79/12", None), ("A/79/12", "ga")],
)
def test_a_series_may_run_on_into_its_session(tmp_path: Path, symbol: str, author: str | None) -> None:
    """"EB158/3": the Executive Board's documents print the session right after the prefix; a
    one-letter prefix does not ("A79/12" is no General Assembly document)."""
    registry = load_registry(DEFAULT_BASE_IRI, [write_numbered(tmp_path, "TB{session}.R{number}", "resolution")])
    body = registry.by_symbol(symbol)
    assert (body.key if body else None) == author


def test_the_reference_graph_is_the_same_however_often_it_is_read(tmp_path: Path) -> None:
    """Numbering conventions are blank nodes in Turtle; the store's reference graph must not
    change from one load to the next for all that."""
    extra = [write_numbered(tmp_path, "TB{session}.R{number}", "resolution")]
    first = load_registry(DEFAULT_BASE_IRI, extra).ntriples()
    assert "instrumentNumbering" in first
    assert "_:" not in first  # a store relabels blank nodes at every load: they are named
    assert sorted(load_registry(DEFAULT_BASE_IRI, extra).ntriples().splitlines()) == sorted(first.splitlines())


def test_a_body_given_two_preferred_labels_reads_the_same_in_every_process(tmp_path):
    """A user's file that gives a shipped body another preferred label: every process reads the
    same name (and keeps the other as an alias), whatever its hash seed: extraction output must
    not change from one run to the next."""
    import os
    import subprocess
    import sys

    (tmp_path / "unep.ttl").write_text(
        "@prefix mg: <https://w3id.org/mandate-graph/ontology#> .\n"
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        '<body/unea> a mg:Body ; mg:key "unea" ;\n'
        '    skos:prefLabel "United Nations Environment Assembly of the United Nations Environment Programme"@en .\n',
        encoding="utf-8")
    program = ("import sys; from pathlib import Path\n"
               "from mandate_graph.graph.reference import load_registry\n"
               "from mandate_graph.graph.settings import DEFAULT_BASE_IRI\n"
               "body = load_registry(DEFAULT_BASE_IRI, [Path(sys.argv[1])]).bodies['unea']\n"
               "print(body.name, '|', sorted(body.aliases))")
    answers = {subprocess.run([sys.executable, "-c", program, str(tmp_path / "unep.ttl")], check=True,
                              capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": str(seed)}).stdout
               for seed in range(6)}
    assert len(answers) == 1, answers
    name, aliases = answers.pop().split(" | ")
    assert name in {"United Nations Environment Assembly",
                    "United Nations Environment Assembly of the United Nations Environment Programme"}
    assert "United Nations Environment Assembly" in aliases or name == "United Nations Environment Assembly"

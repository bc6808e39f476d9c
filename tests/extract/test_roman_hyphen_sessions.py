"""A numbering convention that opens with the session and a hyphen ("{session}-{number}", as
UNESCO's intergovernmental programmes number their council's resolutions: "Resolution XXVI-1",
resolution 1 of the twenty-sixth session) prints the session in Roman numerals, with or without
the kind word before it, alone, in lists and in ranges. The bodies are made up."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.numbering import NumberingFinder, _finder_for
from mandate_graph.loaders.extract.references import body_matcher

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/ocean-council> a mg:Body ; mg:key "ocean-council" ;
    skos:prefLabel "Intergovernmental Council of the Ocean Literacy Programme"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "OLP/IC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}-{number}" ; mg:instrumentKind "resolution" ] .
<body/ocean-council/bureau> a mg:Body ; mg:key "ocean-council/bureau" ;
    skos:prefLabel "Bureau of the Intergovernmental Council of the Ocean Literacy Programme"@en ;
    mg:shortName "Bureau" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/ocean-council> .
"""

COUNCIL = "Intergovernmental Council of the Ocean Literacy Programme"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


@pytest.fixture(scope="module")
def finder(registry: BodyRegistry) -> NumberingFinder:
    return body_matcher(registry).numbering


def _numbers(finder: NumberingFinder, text: str) -> list[tuple[str, str]]:
    return [(n.session, n.number) for n in finder.preferring(f"The {COUNCIL}. {text}").find(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Resolution XXVI-1", [("26", "1")]),
        ("Recalling also its resolution XXV-2,", [("25", "2")]),
        ("Resolution XXXI-12 on ocean literacy", [("31", "12")]),
        ("resolutions IV-3 and XIX-7", [("4", "3"), ("19", "7")]),
        ("recalling its resolution 26-1 and 26-2", [("26", "1"), ("26", "2")]),  # Arabic after the kind word
        # a range, with the kind word and without
        ("Resolutions XXVI-1 to XXVI-3 were adopted", [("26", "1"), ("26", "2"), ("26", "3")]),
        ("XXVI-1 to XXVI-4 were adopted", [("26", "1"), ("26", "2"), ("26", "3"), ("26", "4")]),
        ("resolutions XXVI-2–XXVI-3", [("26", "2"), ("26", "3")]),
    ],
)
def test_roman_sessions_before_a_hyphen(text: str, expected: list[tuple[str, str]], finder: NumberingFinder) -> None:
    assert _numbers(finder, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "the ninth phase of the programme (OLP-IX, 2022–2029)",  # a numeral ending a symbol
        "document OLP/IC-XXVI/3 and OLP/IC-XXVI-1",  # a symbol's session
        "Draft resolution XXVI/DR.6 was withdrawn",
        "resolution xxvi-1, Resolution IIII-2, Resolution XVIA-7",  # no numeral
        "held in New York, 9-20 July 2001 (A/CONF.192/15)",  # a range of days, of pages
        "see pages 12-15 of the report",
    ],
)
def test_what_is_no_roman_hyphen_number(text: str, finder: NumberingFinder) -> None:
    assert _numbers(finder, text) == []


def test_other_templates_keep_their_sessions_in_digits() -> None:
    from mandate_graph.loaders.extract.numbering import template_pattern

    import re

    # glued to letters ("A{session}-{number}") or after the number, a session stays digits
    assert re.fullmatch(template_pattern("A{session}-{number}", 0), "AXXVI-1") is None
    assert re.fullmatch(template_pattern("{number}-{session}", 0), "1-XXVI") is None
    assert _finder_for(()).pattern is None


def test_a_compilation_headed_by_roman_hyphen_numbers(registry: BodyRegistry) -> None:
    # a web page copied as text, one line per paragraph: the heading opens the resolution, the
    # line after it is its title
    text = (
        "Skip to main content\nUNESCO\nOcean > Ocean Literacy Programme > Governance > Intergovernmental Council\n\n"
        f"Resolutions adopted by the {COUNCIL} at its 12th session\n\n"
        "The Council adopted two resolutions at its twelfth session. Resolutions XII-1 and XII-2 were "
        "adopted at the closing plenary on 3 May 2031.\n\n"
        "Resolution XII-1\nOcean literacy in schools and in the training of teachers of the natural sciences\n"
        f"The {COUNCIL},\n"
        "Recalling its resolution XI-4, by which it approved the strategic plan of the Programme for 2030–2037,\n"
        "1. Requests the Bureau of the Council to prepare a review of the strategic plan and to submit it "
        "to the Council at its 13th session.\n\n"
        "Resolution XII-2\nFinancing of the Programme\n"
        f"The {COUNCIL},\n"
        "1. Takes note of the report of the Bureau of the Council on the financial situation of the Programme.\n\n"
        "Share this page: Facebook | X | LinkedIn | Email\n© UNESCO 2031 | Terms of use | Privacy\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    facts = {(f.subject, f.relation, f.object) for f in e.facts}
    first = InstrumentRef("ocean-council", "resolution", "12", "1")
    second = InstrumentRef("ocean-council", "resolution", "12", "2")
    assert (first, "title", "Ocean literacy in schools and in the training of teachers of the natural sciences") in facts
    assert (second, "title", "Financing of the Programme") in facts
    assert (first, "cites", InstrumentRef("ocean-council", "resolution", "11", "4")) in facts
    assert (first, "requests", BodyRef("ocean-council/bureau")) in facts
    assert {(n, "adoptedAt") for n in (first, second)} <= {(s, r) for s, r, _ in facts}

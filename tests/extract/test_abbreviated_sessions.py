"""A session written as its body's abbreviation and number ("IPCC-66", "SBSTA 76", "COP-28"), as
bulletins and meeting summaries write it, and a body's numbering that writes the session in Roman
numerals after a hyphen ("decision IPCC-LXVI-2": decision 2 of the sixty-sixth session).

An invented panel (tests below write its reference file): its abbreviation "DSP", sessions, and
decisions "DSP-{session}-{number}"; an invented fund that holds no sessions ("GRF")."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key

REFERENCE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/dsp> a mg:Body ; mg:key "dsp" ;
    skos:prefLabel "Dryland Science Panel"@en ; skos:altLabel "DSP"@en ; mg:shortName "Panel" ;
    mg:symbolPrefix "DSP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "DSP-{session}-{number}" ; mg:instrumentKind "decision" ] .
<body/sbx> a mg:Body ; mg:key "sbx" ;
    skos:prefLabel "Subsidiary Body for Exchange"@en ; skos:altLabel "SBX"@en ;
    mg:gatheringTerm "session" .
<body/dsc-cop> a mg:Body ; mg:key "dsc-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Dryland Soils"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "DSC/COP" ; mg:gatheringTerm "session" .
<body/grf> a mg:Body ; mg:key "grf" ;
    skos:prefLabel "Green Restoration Fund"@en ; skos:altLabel "GRF"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path: Path = tmp_path_factory.mktemp("reference") / "dsp.ttl"
    path.write_text(REFERENCE, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def facts(registry: BodyRegistry, text: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="bulletin", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def mentioned(registry: BodyRegistry, text: str) -> set[str]:
    return {o for _, o in facts(registry, text, "mentions")}


@pytest.mark.parametrize("text, number", [
    ("On Monday, the Panel adopted decision DSP-XXIV-3 on field methods.", "dsp/dec/24/3"),
    ("Delegates recalled decision DSP-IX-12, which set the budget.", "dsp/dec/9/12"),
    ("The report was prepared pursuant to decision DSP-CII-1.", "dsp/dec/102/1"),
    # the session in figures, as the template writes it, still reads
    ("The report was prepared pursuant to decision DSP-24-7.", "dsp/dec/24/7"),
])
def test_a_roman_session_after_a_hyphen_reads_in_the_body_s_numbering(registry: BodyRegistry, text: str, number: str) -> None:
    assert number in mentioned(registry, text)


@pytest.mark.parametrize("text", [
    # a numeral that is no Roman number, or lower case (a paragraph's label), is no session
    "The Panel took note of document DSP-IIII-3.",
    "The Panel took note of item DSP-vi-3.",
])
def test_no_session_of_letters_that_are_no_roman_number(registry: BodyRegistry, text: str) -> None:
    assert not [o for o in mentioned(registry, text) if o.startswith("dsp/dec/")]


@pytest.mark.parametrize("text, session", [
    ("The twenty-fourth session of the Dryland Science Panel (DSP-24) met in Dakar.", "dsp#24"),
    ("DSP-23: Meeting in Lima on 3 and 4 May 2031, DSP-23 considered the scoping report.", "dsp#23"),
    ("The draft report will be submitted to the Panel at DSP-25 for adoption.", "dsp#25"),
    ("SBX 61: The sixty-first session will take place in June 2032.", "sbx#61"),
    ("Delegates will meet again at SBX-7.", "sbx#7"),
])
def test_a_session_written_as_abbreviation_and_number(registry: BodyRegistry, text: str, session: str) -> None:
    assert (session, session.split("#")[0]) in facts(registry, text, "meetingOf")


@pytest.mark.parametrize("text", [
    "The Fund's GRF-3 window is open.",  # a body that holds no sessions
    "The secretariat issued DSP-24/Doc. 3 and DSP-24.2.",  # parts of symbols
    "The Panel adopted its DSP 2031 workplan.",  # a year
    "The UN-Women office and the DSP-XXIV report.",  # a hyphen before no number
])
def test_no_session_from_other_numbers_after_an_abbreviation(registry: BodyRegistry, text: str) -> None:
    assert not facts(registry, text, "meetingOf")


@pytest.mark.parametrize("text", [
    "The Conference of the Parties to the Convention on Dryland Soils held its eighteenth session (COP 18) "
    "in Samarkand.\n\nThe report of COP 18 will be issued as DSC/COP(18)/21.",
    "At the eighteenth session of the Conference of the Parties to the Convention on Dryland Soils (COP-18), "
    "delegates met.\n\nThe report of COP-18 will be issued as DSC/COP(18)/21.",
])
def test_an_abbreviation_the_text_defines_is_the_defining_body_s(registry: BodyRegistry, text: str) -> None:
    # "COP" is also another body's abbreviation (the shipped UNTOC Conference's): the text's
    # own definition decides
    assert ("DSC/COP(18)/21", "dsc-cop#18") in facts(registry, text, "reportOf")
    assert not [s for s, _ in facts(registry, text, "meetingOf") if s.startswith("cop-untoc")]


@pytest.mark.parametrize("text", [
    "By Resolution 4 (SBX-7), the body set its rules.",
    "In accordance with Decision 12 (DSP-24), the Panel met.",
])
def test_a_session_inside_an_instrument_s_number_is_no_gathering_named(registry: BodyRegistry, text: str) -> None:
    assert not facts(registry, text, "meetingOf")


def test_an_abbreviation_of_a_body_never_named_in_full_gives_no_session(registry: BodyRegistry) -> None:
    # "COP" is the shipped UNTOC Conference's abbreviation; this text of the Panel names no such
    # conference in full, so "COP 18" is some conference the reference data cannot tell
    text = "The Dryland Science Panel noted the outcome of COP 18 and of DSP-23."
    assert facts(registry, text, "meetingOf") == {("dsp#23", "dsp")}

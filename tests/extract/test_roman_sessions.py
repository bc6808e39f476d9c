"""Session numbers printed in Roman numerals in a body's numbering convention ("Resolution
XVI.7" of a conference numbering its meetings in Roman numerals, "Decision VII/3"). The bodies
and templates are made up: the rule is that a template's session after a keyword may be Roman."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.numbering import NumberingFinder
from mandate_graph.loaders.extract.references import body_matcher
from mandate_graph.loaders.extract.roman import is_roman, roman_value

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/marsh-cop> a mg:Body ; mg:key "marsh-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Marshes"@en ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/dune-cop> a mg:Body ; mg:key "dune-cop" ;
    skos:prefLabel "Conference of the Parties to the Dune Convention"@en ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/reef-board> a mg:Body ; mg:key "reef-board" ;
    skos:prefLabel "Reef Board"@en ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RB{session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/marsh-panel> a mg:Body ; mg:key "marsh-panel" ;
    skos:prefLabel "Marsh Review Panel"@en ;
    org:subOrganizationOf <body/marsh-cop> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


@pytest.fixture(scope="module")
def finder(registry: BodyRegistry) -> NumberingFinder:
    return body_matcher(registry).numbering


@pytest.mark.parametrize(
    "numeral, value", [("I", 1), ("IV", 4), ("IX", 9), ("XIV", 14), ("XVI", 16), ("XL", 40), ("LIX", 59), ("XC", 90)]
)
def test_roman_numerals_read(numeral: str, value: int) -> None:
    assert is_roman(numeral) and roman_value(numeral) == value


@pytest.mark.parametrize("text", ["", "IIII", "VX", "IC", "xvi", "MMX", "XVI."])
def test_what_is_no_roman_numeral(text: str) -> None:
    assert not is_roman(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RECALLING Resolution XIV.6 on visibility", [("marsh-cop", "resolution", "14", "6")]),
        ("Resolution XVI.7", [("marsh-cop", "resolution", "16", "7")]),
        ("Resolutions IX.1 and XV.12", [("marsh-cop", "resolution", "9", "1"), ("marsh-cop", "resolution", "15", "12")]),
        ("Resolution 16.7", [("marsh-cop", "resolution", "16", "7")]),  # Arabic stays
        ("decision VII/3 of the Conference", [("dune-cop", "decision", "7", "3")]),
        # Glued to the series' letters a Roman numeral is no session ("RBV.2"), nor a malformed
        # numeral ("IIII"), nor lower case (a paragraph label "vi.2").
        ("RBV.2, RB5.2", [("reef-board", "resolution", "5", "2")]),
        ("Resolution IIII.3, resolution vi.2, Resolution XVIA.7", []),
    ],
)
def test_roman_sessions_in_a_convention(text: str, expected: list[tuple[str, str, str, str]], finder: NumberingFinder) -> None:
    assert [(n.issuer, n.kind, n.session, n.number) for n in finder.find(text)] == expected


@pytest.mark.parametrize("own, cited", [("XII.4", "IX.2"), ("XL.1", "XXXIX.10"), ("II.3", "I.9")])
def test_a_resolution_headed_by_its_roman_number_is_the_documents_instrument(
    own: str, cited: str, registry: BodyRegistry
) -> None:
    text = (
        "CONVENTION ON MARSHES\nMeeting of the Conference of the Parties to the Convention on Marshes\n\n"
        "Resolution " + own + "\n\nMarsh finance\n\n"
        "1. RECALLING Resolution " + cited + " on marsh inventories;\n\n"
        "THE CONFERENCE OF THE PARTIES\n\n"
        "2. REQUESTS the Marsh Review Panel to prepare guidance.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    session, number = own.split(".")
    own_ref = InstrumentRef("marsh-cop", "resolution", str(roman_value(session)), number)
    cited_session, cited_number = cited.split(".")
    facts = {(f.subject, f.relation, f.object) for f in e.facts}
    assert (own_ref, "title", "Marsh finance") in facts
    assert (own_ref, "cites", InstrumentRef("marsh-cop", "resolution", str(roman_value(cited_session)), cited_number)) in facts
    assert (own_ref, "requests", BodyRef("marsh-panel")) in facts


def test_titles_of_numbers_in_a_convention_but_not_of_a_list(registry: BodyRegistry) -> None:
    from mandate_graph.loaders.extract.references import find_numbered_instruments

    numbering = body_matcher(registry).numbering
    one = find_numbered_instruments("RECALLING Resolution XV.12 on wetland restoration, adopted at", numbering)
    assert [(m.session, m.number, m.title) for m in one] == [("15", "12", "wetland restoration")]
    pair = find_numbered_instruments("RECALLING Resolutions XIV.6 and XV.12 on wetland restoration;", numbering)
    assert [(m.session, m.number, m.title) for m in pair] == [("14", "6", None), ("15", "12", None)]

"""More reference data must never cost a document facts: a body that one organisation's reference
file adds is read in a document only when the document gives evidence of that organisation (it
names the organisation or one of its bodies in full, prints its symbol series or its abbreviation,
or numbers an instrument in one of its conventions). Without that evidence, its committee's
abbreviation ("LEG" inside a file reference), its short name ("the Group") or a number its
convention writes in signs only ("1(2)") means nothing of it, and the document reads as if that
file were not loaded. With the evidence, the same words are its body's.

Two invented organisations whose names and conventions collide: the Lagoon Postal Union and the
Tundra Weather Organization. Texts are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import body_matcher

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""

LAGOON = PREFIXES + """
<body/lpu> a mg:Body ; mg:key "lpu" ; skos:prefLabel "Lagoon Postal Union"@en ; skos:altLabel "LPU"@en .
<body/lpu/congress> a mg:Body ; mg:key "lpu/congress" ;
    skos:prefLabel "Lagoon Postal Congress"@en ; skos:altLabel "Congress of the Lagoon Postal Union"@en ;
    mg:shortName "Congress" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "L {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/lpu> .
<body/lpu/operations-council> a mg:Body ; mg:key "lpu/operations-council" ;
    skos:prefLabel "Lagoon Operations Council"@en ; skos:altLabel "LOC"@en ; mg:symbolPrefix "LOC" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/lpu> .
"""

TUNDRA = PREFIXES + """
<body/two-assembly> a mg:Body ; mg:key "two-assembly" ;
    skos:prefLabel "Assembly of the Tundra Weather Organization"@en ; skos:altLabel "TWO Assembly"@en ;
    mg:shortName "Assembly" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}({session})" ; mg:instrumentKind "resolution" ] .
<body/two-assembly/legal> a mg:Body ; mg:key "two-assembly/legal" ;
    skos:prefLabel "Legal Committee of the Tundra Weather Organization"@en ; skos:altLabel "LEG"@en ;
    mg:symbolPrefix "TWO/LEG" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/two-assembly> .
<body/two-assembly/review-group> a mg:Body ; mg:key "two-assembly/review-group" ;
    skos:prefLabel "Review Group of the Tundra Weather Organization"@en ; mg:shortName "Group" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/two-assembly> .
"""


def _registry(tmp_path_factory: pytest.TempPathFactory, *turtles: str) -> BodyRegistry:
    folder = tmp_path_factory.mktemp("ref")
    paths = []
    for index, turtle in enumerate(turtles):
        path = folder / f"organisation{index}.ttl"
        path.write_text(turtle, encoding="utf-8")
        paths.append(path)
    return load_registry(DEFAULT_BASE_IRI, paths)


@pytest.fixture(scope="module")
def lagoon(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, LAGOON)


@pytest.fixture(scope="module")
def tundra(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, TUNDRA)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, LAGOON, TUNDRA)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[str, object, object]]:
    return {(f.relation, f.subject, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


# A letter whose title block names the Congress after a file reference, and whose second
# resolution is headed by its title alone: the title block says who issued them.
LETTER = (
    "Port Lagoon, 3 October 2031\n\n"
    "Circular letter 5120({office}){number}\n\n"
    "Subject:\tResolutions adopted by the 14th Lagoon Postal Congress\n\n"
    "Madam, Sir,\n\n"
    "I have the honour to transmit resolutions L 7/2031 and L 8/2031, adopted by the Congress on 1 October 2031.\n\n"
    + "".join(f"Member countries are invited to note point {n} of the annex.\n\n" for n in range(1, 12))
    + "Accept, Madam, Sir, the assurance of my high consideration.\n\n"
    "Annex\n\n"
    "Resolution L 7/2031\n\nCross-border parcels\n\n"
    "The Congress,\n\n"
    "Recalling resolution L 3/2027,\n\n"
    "Instructs the Lagoon Operations Council to report on cross-border parcels;\n\n"
    "Venue of the 15th Lagoon Postal Congress\n\n"
    "The Congress,\n\n"
    "Decides that the 15th Lagoon Postal Congress shall be held in Port Lagoon.\n"
)


@pytest.mark.parametrize("office", ["DIRCAB.LEG", "LEG", "LEG.DIR"])
def test_another_organisations_committee_abbreviation_is_not_the_issuer(lagoon: BodyRegistry, both: BodyRegistry, office: str) -> None:
    text = LETTER.format(office=office, number="1031")
    own = _facts(text, lagoon)
    resolution = InstrumentRef("lpu/congress", "resolution", "2031", "7")
    assert ("requests", resolution, BodyRef("lpu/operations-council")) in own
    assert ("cites", resolution, InstrumentRef("lpu/congress", "resolution", "2027", "3")) in own
    # the Tundra Weather Organization's file loaded beside the Union's changes nothing
    assert _facts(text, both) == own


def test_the_abbreviation_is_the_committee_where_the_document_names_its_organisation(both: BodyRegistry) -> None:
    text = "The Tundra Weather Organization reports that LEG met in Nuuk.\n\nIt requests LEG to act.\n"
    matcher = body_matcher(both).for_document(text)
    assert [m.key for m in matcher.find("It requests LEG to act.")] == ["two-assembly/legal"]


def test_an_abbreviation_alone_is_no_evidence(both: BodyRegistry) -> None:
    text = "Circular letter 5120(DIRCAB.LEG)1031\n\nThe Lagoon Postal Congress requests the LOC to act.\n"
    matcher = body_matcher(both).for_document(text)
    assert [m.key for m in matcher.find("Circular letter 5120(DIRCAB.LEG)1031")] == []
    assert [m.key for m in matcher.find("requests the LOC to act")] == ["lpu/operations-council"]


def test_the_organisation_of_the_author_is_evidenced_whatever_its_text_names(both: BodyRegistry) -> None:
    matcher = body_matcher(both).for_document("Requests LEG to act.").for_author("two-assembly", both)
    assert [m.key for m in matcher.find("Requests LEG to act.")] == ["two-assembly/legal"]


GROUP = (
    "Resolution L 9/2031\n\nPostal statistics\n\n"
    "The Lagoon Postal Congress,\n\n"
    "1. Decides to establish a task force on postal statistics, composed of two experts nominated by each "
    "Regional Group, which shall hold its first meeting in Port Lagoon;\n"
)


def test_another_organisations_short_name_is_not_read_without_its_evidence(lagoon: BodyRegistry, both: BodyRegistry) -> None:
    own = _facts(GROUP, lagoon)
    born = [o for relation, _, o in own if relation == "establishes"]
    assert len(born) == 1 and isinstance(born[0], BodyRef)
    assert ("heldIn", GatheringRef(born[0].key, "meeting", 1), "Port Lagoon") in own
    # "each regional group, which shall hold its first meeting": not the Tundra Review Group's
    assert _facts(GROUP, both) == own


def test_the_short_name_is_the_organisations_body_where_the_document_names_it(both: BodyRegistry) -> None:
    text = (
        "Resolution 12(4)\n\nReview\n\n"
        "The Assembly of the Tundra Weather Organization,\n\n"
        "1. Requests the Group to report at the next session;\n"
    )
    assert ("requests", InstrumentRef("two-assembly", "resolution", "4", "12"), BodyRef("two-assembly/review-group")) in _facts(text, both)


AGENDA = (
    "LPC-14/Doc. 1(2)\n\n"
    "LAGOON POSTAL UNION\n\nLAGOON POSTAL CONGRESS\nFourteenth session\nPort Lagoon, 1-3 October 2031\n\n"
    "PROVISIONAL ANNOTATED AGENDA\n\n"
    "1. The Congress will have before it document LPC-14/Doc. 1(2), submitted pursuant to resolution L 3/2027.\n\n"
    "LPC-14/Doc. 1(2), p. 2\n"
)


def test_a_number_in_signs_only_is_not_another_organisations_instrument(lagoon: BodyRegistry, both: BodyRegistry) -> None:
    own = _facts(AGENDA, lagoon)
    tundra_instruments = {
        term for fact in _facts(AGENDA, both) for term in fact[1:]
        if isinstance(term, InstrumentRef) and term.issuer == "two-assembly"
    }
    assert tundra_instruments == set()  # "1(2)" is a page of the Union's own symbol
    assert _facts(AGENDA, both) == own


def test_a_number_in_signs_only_is_the_organisations_where_the_document_names_it(tundra: BodyRegistry, both: BodyRegistry) -> None:
    text = (
        "Resolution 14(5)\n\nClimate services\n\n"
        "The Assembly of the Tundra Weather Organization,\n\n"
        "Recalling its resolution 11(4),\n\n"
        "1. Requests the Legal Committee of the Tundra Weather Organization to report;\n"
    )
    cited = InstrumentRef("two-assembly", "resolution", "4", "11")
    assert ("cites", InstrumentRef("two-assembly", "resolution", "5", "14"), cited) in _facts(text, tundra)
    assert _facts(text, both) == _facts(text, tundra)


BOARDS = PREFIXES + """
<body/reef-assembly> a mg:Body ; mg:key "reef-assembly" ; skos:prefLabel "Reef Assembly"@en ;
    mg:shortName "Assembly" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/reef-assembly/board> a mg:Body ; mg:key "reef-assembly/board" ; skos:prefLabel "Executive Board"@en ;
    mg:shortName "Board" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/reef-assembly> .
<body/reef-assembly/panel> a mg:Body ; mg:key "reef-assembly/panel" ; skos:prefLabel "Reef Negotiating Panel"@en ;
    mg:shortName "Negotiating Panel" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/reef-assembly> .
"""
DUNE = PREFIXES + """
<body/dune-fund> a mg:Body ; mg:key "dune-fund" ; skos:prefLabel "Dune Restoration Fund"@en ; mg:shortName "Fund" .
<body/dune-fund/board> a mg:Body ; mg:key "dune-fund/board" ;
    skos:prefLabel "Executive Board of the Dune Restoration Fund"@en ; mg:shortName "Executive Board" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/dune-fund> .
"""

BOARD_TEXT = (
    "Resolution 12/3\n\nWorkforce reserve\n\n"
    "The Reef Assembly,\n\n"
    "Welcoming the work of the Reef Negotiating Panel;\n\n"
    "1. Decides to establish an expert advisory group on the workforce reserve;\n\n"
    "2. Requests the Executive Board to convene the first meeting of the expert advisory group no later than "
    "31 January 2032, and to report to the Executive Board at its 60th session;\n"
)


def test_a_bodys_name_another_organisation_takes_as_short_name_stays_the_bodys(tmp_path_factory: pytest.TempPathFactory) -> None:
    """"Executive Board" is the Reef Assembly's board's name and the Dune Restoration Fund's board's
    short name: in a document that gives no evidence of the Fund, it is the Assembly's board, as
    without the Fund's file (not a short name that leaves the section to another subsidiary)."""
    own = _facts(BOARD_TEXT, _registry(tmp_path_factory, BOARDS))
    assert ("requests", InstrumentRef("reef-assembly", "resolution", "12", "3"), BodyRef("reef-assembly/board")) in own
    # the section is about the Board: "the first meeting" is not the Negotiating Panel's
    assert not any(isinstance(s, GatheringRef) and s.body == "reef-assembly/panel" for _, s, _ in own)
    assert _facts(BOARD_TEXT, _registry(tmp_path_factory, BOARDS, DUNE)) == own


SLASHED = PREFIXES + """
<body/mesa-conference> a mg:Body ; mg:key "mesa-conference" ; skos:prefLabel "Mesa Conference"@en ;
    mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.mark.parametrize("symbol", ["LPC/CONG/2031/4", "LPC/CONG/2031/4/Rev.1"])
def test_a_series_letter_inside_another_symbol_is_not_its_series(tmp_path_factory: pytest.TempPathFactory, lagoon: BodyRegistry, symbol: str) -> None:
    """The Mesa Conference numbers its resolutions "Resolution 7/2" (number, then session), as
    the default numbering reads session, then number: its convention applies only where the
    document prints its series "C/" at the start of a symbol, not "C/" inside "LPC/CONG"."""
    text = (
        f"{symbol}\n\nLagoon Postal Congress\nFourteenth session\n\nResolutions adopted by the Congress\n\n"
        "Resolution 14/1\n\nPostal rates\n\nThe Congress,\n\n1. Requests the Lagoon Operations Council to study postal rates.\n"
    )
    own = _facts(text, lagoon)
    assert ("requests", InstrumentRef("lpu/congress", "resolution", "14", "1"), BodyRef("lpu/operations-council")) in own
    assert _facts(text, _registry(tmp_path_factory, LAGOON, SLASHED)) == own

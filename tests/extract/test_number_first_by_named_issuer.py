"""A body whose reference data numbers its instruments number first ("Resolution
{number}/{session}": "Resolution 3/185" is resolution 3 of the 185th Session; "Resolution 6/2029"
of a body numbering by year) in a document that names it only by its short name ("the Council"):
the convention is set aside for the document (another body's "resolution 79/168" must not be read
in it), and the number read the default way (session 3, number 185) is turned once the sentence
names that body as its issuer. A number only that order reads ("6/2029") gives no instrument for
any other issuer. Invented bodies and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/mgo> a mg:Body ; mg:key "mgo" ;
    skos:prefLabel "Mountain Grasslands Organization"@en ; skos:altLabel "MGO"@en .
<body/mgo/conference> a mg:Body ; mg:key "mgo/conference" ;
    skos:prefLabel "Conference of the Mountain Grasslands Organization"@en ; mg:shortName "Conference" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/mgo> .
<body/mgo/council> a mg:Body ; mg:key "mgo/council" ;
    skos:prefLabel "Council of the Mountain Grasslands Organization"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "MC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/mgo> .
<body/mgo/pasture-committee> a mg:Body ; mg:key "mgo/pasture-committee" ;
    skos:prefLabel "Committee on Pastures"@en ; mg:shortName "Committee" ; mg:symbolPrefix "COPA" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/mgo/council> .
<body/mgo/director-general> a mg:Body ; mg:key "mgo/director-general" ;
    skos:prefLabel "Director-General of the Mountain Grasslands Organization"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/mgo> .
<body/lake-fund> a mg:Body ; mg:key "lake-fund" ;
    skos:prefLabel "Lake Development Fund"@en ; skos:altLabel "LDF"@en .
<body/lake-fund/governing-council> a mg:Body ; mg:key "lake-fund/governing-council" ;
    skos:prefLabel "Governing Council of the Lake Development Fund"@en ; mg:shortName "Governing Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/lake-fund> .
<body/river-assembly> a mg:Body ; mg:key "river-assembly" ;
    skos:prefLabel "River Assembly"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""

NOTE = (
    "MOUNTAIN GRASSLANDS ORGANIZATION (MGO)\n\nPasture Division\n\n"
    "The MGO presents its compliments to the Permanent Representatives of Members and has the honour "
    "to refer to the report of the ninth session of the Committee on Pastures (COPA/2030/REP).\n\n"
    "{sentence}\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def _facts(sentence: str, registry: BodyRegistry, note: str = NOTE) -> set[tuple[str, object, object]]:
    extraction = extract(note.format(sentence=sentence), source_key="doc", registry=registry)
    return {(f.relation, f.subject, f.object) for f in extraction.facts}


def _instruments(facts: set[tuple[str, object, object]]) -> set[InstrumentRef]:
    return {o for _, _, o in facts if isinstance(o, InstrumentRef)} | {s for _, s, _ in facts if isinstance(s, InstrumentRef)}


COUNCIL_3_185 = InstrumentRef("mgo/council", "resolution", "185", "3")
DIRECTOR = BodyRef("mgo/director-general")


@pytest.mark.parametrize("sentence", [
    "By Resolution 3/185 of 5 December 2030, the Council requested the Director-General to convene a panel.",
    "By Resolution\n3/185 of 5 December 2030, entitled \"Grassland fires\", the Council endorsed the report and "
    "requested the Director-General to convene a panel.",
    "The Council, in Resolution 3/185, requested the Director-General to convene a panel.",
    "In Resolution 3/185, adopted on 5 December 2030, the Council requested the Director-General to convene a panel.",
])
def test_the_council_named_as_the_subject_reads_its_own_order(sentence: str, registry: BodyRegistry) -> None:
    facts = _facts(sentence, registry)
    assert ("requests", COUNCIL_3_185, DIRECTOR) in facts
    assert InstrumentRef("mgo/council", "resolution", "3", "185") not in _instruments(facts)


@pytest.mark.parametrize("sentence, expected", [
    ("The Council's action responds to Conference Resolution 6/2029 (\"Governance of panels\"), which requested "
     "the Council to review its panels.", InstrumentRef("mgo/conference", "resolution", "2029", "6")),
    ("Members will recall an invitation later welcomed by the Conference in Resolution 4/2027, \"Resilient pastures\".",
     InstrumentRef("mgo/conference", "resolution", "2027", "4")),
    ("The Conference, in Resolution 12/2029, already requested the Director-General to act.",
     InstrumentRef("mgo/conference", "resolution", "2029", "12")),
    ("The Council recalled Conference Resolution 10/2021 on pasture policy.",
     InstrumentRef("mgo/conference", "resolution", "2021", "10")),
])
def test_a_session_by_year_only_the_named_body_reads(sentence: str, expected: InstrumentRef, registry: BodyRegistry) -> None:
    instruments = _instruments(_facts(sentence, registry))
    assert expected in instruments
    assert not any(i.session in ("6", "4", "12", "10") for i in instruments)


def test_a_fund_numbering_without_a_kind_word(registry: BodyRegistry) -> None:
    note = NOTE.replace("MOUNTAIN GRASSLANDS ORGANIZATION (MGO)", "LAKE DEVELOPMENT FUND (LDF)").replace("The MGO", "The LDF")
    facts = _facts("The Governing Council, in resolution 203/41, requested the Fund to report.", registry, note)
    assert InstrumentRef("lake-fund/governing-council", "resolution", "41", "203") in _instruments(facts)


@pytest.mark.parametrize("sentence, expected", [
    # another body's number: the default order stands
    ("The Council recalled River Assembly resolution 79/168 on pasture water.",
     InstrumentRef("river-assembly", "resolution", "79", "168")),
])
def test_another_issuer_keeps_the_default_order(sentence: str, expected: InstrumentRef, registry: BodyRegistry) -> None:
    instruments = _instruments(_facts(sentence, registry))
    assert expected in instruments
    assert InstrumentRef("river-assembly", "resolution", "168", "79") not in instruments


@pytest.mark.parametrize("sentence", [
    # a number before a year with no body numbering so named as its issuer: no instrument
    "The River Assembly, in resolution 6/2029, asked Members to report.",
    "Members may consult page 6/2029 of the archive, and resolution 6/2029 of the River Assembly.",
])
def test_a_number_before_a_year_of_another_issuer_is_none(sentence: str, registry: BodyRegistry) -> None:
    instruments = _instruments(_facts(sentence, registry))
    assert not any({i.session, i.number} & {"6", "2029"} for i in instruments)


@pytest.mark.parametrize("sentence", [
    # the session owned by the issuer's name in the possessive (E143, from the spent u172)
    "The study was made in response to Council Resolution 2/180 of 14 June 2030 (\"Early warning\"), adopted at the "
    "Council's 180th Session (Rome, 10-14 June 2030), by which the Council requested the Director-General to act.",
    "The study answers Council Resolution 2/180, adopted at the Council’s 180th session.",
])
def test_adopted_at_the_issuers_session_in_the_possessive(sentence: str, registry: BodyRegistry) -> None:
    facts = _facts(sentence, registry)
    assert ("adoptedAt", InstrumentRef("mgo/council", "resolution", "180", "2"), GatheringRef("mgo/council", "session", 180)) in facts


def test_another_bodys_session_in_the_possessive_adopted_nothing(registry: BodyRegistry) -> None:
    facts = _facts("The study answers Council Resolution 2/180, adopted at the Conference's 40th Session.", registry)
    assert not any(rel == "adoptedAt" and s == InstrumentRef("mgo/council", "resolution", "180", "2") for rel, s, _ in facts)

"""Specialized agencies' instruments numbered with a session in brackets, their sessions named by
year, and their mastheads (E213).

- "DECISION 88" alone under a masthead "Council 2041" / "Document C41/90-E": an agency whose
  convention prints the session beside the number ("Decision 645 (C30)", "Resolution 7 (CA-36)")
  heads each decision with the number alone; the session is the one the document's own symbol
  prints after the body's series (`instrument_headings.session_from_own_symbol`).
- "Council 2041" over "Geneva, 9–19 June 2041": the session named by the body and its year is the
  session whose number the symbol prints ("C41"), held where and when the next line says
  (`document._session_of_year`).
- "RESOLUTION 5 (EC-86)" in capitals over "THE EXECUTIVE COUNCIL,", another organization's council
  carrying "Executive Council" as its short name: the convention names the issuer; "the Executive
  Council" in the text is the organ of the organization the masthead names
  (`resolve.Scope.organ_of_authors_organization`).
- pandoc's plain text of a two-column masthead table (organization, organ, session, place and days
  on the left; symbol, submitter, adoption day on the right): read as its columns' lines
  (`multiline_tables._write_masthead`).

Invented reference data (a satellite union's council, a postal union's council of administration, a
seismological organization's executive council, a tsunami commission's executive council) and
texts; near misses: a symbol of no body's series, a symbol printing another session than the year's,
a heading numbered alone deep in a report, a document of the other organization's council.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, facts as _facts

_REFERENCE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/isu> a mg:Body ; mg:key "isu" ;
    skos:prefLabel "International Satellite Union"@en ; skos:altLabel "ISU"@en .
<body/isu/council> a mg:Body ; mg:key "isu/council" ;
    skos:prefLabel "Council of the International Satellite Union"@en ; skos:altLabel "ISU Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/isu> ;
    mg:instrumentNumbering [ mg:numberTemplate "{number} (C{session})" ; mg:instrumentKind "decision" ] .
<body/isu/secretary-general> a mg:Body ; mg:key "isu/secretary-general" ;
    skos:prefLabel "Secretary-General of the International Satellite Union"@en ;
    mg:shortName "Secretary-General" ; org:subOrganizationOf <body/isu> .
<body/isu/orbit-bureau> a mg:Body ; mg:key "isu/orbit-bureau" ;
    skos:prefLabel "Orbital Coordination Bureau"@en ; org:subOrganizationOf <body/isu> .

<body/ppu> a mg:Body ; mg:key "ppu" ;
    skos:prefLabel "Pan-Pacific Postal Union"@en ; skos:altLabel "PPU"@en .
<body/ppu/ca> a mg:Body ; mg:key "ppu/ca" ;
    skos:prefLabel "Council of Administration of the Pan-Pacific Postal Union"@en ;
    mg:shortName "Council of Administration" ; mg:symbolPrefix "CA" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/ppu> ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (CA-{session})" ; mg:instrumentKind "resolution" ] .
<body/ppu/bureau> a mg:Body ; mg:key "ppu/bureau" ;
    skos:prefLabel "International Bureau of the Pan-Pacific Postal Union"@en ;
    mg:shortName "International Bureau" ; org:subOrganizationOf <body/ppu> .

<body/wso> a mg:Body ; mg:key "wso" ;
    skos:prefLabel "World Seismological Organization"@en ; skos:altLabel "WSO"@en .
<body/wso/congress> a mg:Body ; mg:key "wso/congress" ;
    skos:prefLabel "World Seismological Congress"@en ; mg:shortName "Congress" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/wso> ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (Cg-{session})" ; mg:instrumentKind "resolution" ] .
<body/wso/ec> a mg:Body ; mg:key "wso/ec" ;
    skos:prefLabel "Executive Council of the World Seismological Organization"@en ;
    skos:altLabel "WSO Executive Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "EC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/wso/congress> ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (EC-{session})" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "Decision {number} (EC-{session})" ; mg:instrumentKind "decision" ] .
<body/wso/sg> a mg:Body ; mg:key "wso/sg" ;
    skos:prefLabel "Secretary-General of the World Seismological Organization"@en ;
    mg:shortName "Secretary-General" ; org:subOrganizationOf <body/wso> .

<body/itc> a mg:Body ; mg:key "itc" ;
    skos:prefLabel "Intergovernmental Tsunami Commission"@en ; skos:altLabel "ITsC"@en ;
    mg:shortName "Commission" .
<body/itc/ec> a mg:Body ; mg:key "itc/ec" ;
    skos:prefLabel "Executive Council of the Intergovernmental Tsunami Commission"@en ;
    skos:altLabel "ITsC Executive Council"@en ;
    mg:shortName "Executive Council" ; mg:symbolPrefix "ITsC/EC" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/itc> ;
    mg:instrumentNumbering [ mg:numberTemplate "EC-{session}/{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path: Path = tmp_path_factory.mktemp("agencies") / "agencies.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


# The satellite union's council decision copied from a PDF viewer: lines broken at the page's width,
# the clauses lower case, numbered "1", "2" without stops
_ISU_DECISION = (
    "Council {year}\nGeneva, 9–19 June {year}\nDocument {symbol}-E\n22 June {year}\nOriginal: English\n"
    "DECISION 88\n(adopted at the sixth Plenary meeting)\nReview of the orbital slot\nregistration procedures\n"
    "The Council,\nrecalling\na) Decision 70 (C38) of the Council, on the registration of\norbital slots;\n"
    "decides\n1 to establish a Council Working Group on Orbital Slot Procedures, open to\nall Member States;\n"
    "2 that the working group shall report to the Council at its next session,\n"
    "instructs the Secretary-General\n1 to provide the secretariat of the working group,\n"
    "invites the Orbital Coordination Bureau\nto contribute to the work of the working group.\n"
)


def test_a_decision_numbered_alone_is_of_the_session_its_symbol_prints(registry: BodyRegistry) -> None:
    text = _ISU_DECISION.format(year="2041", symbol="C41/90")
    decision = InstrumentRef("isu/council", "decision", "41", "88")
    session = GatheringRef("isu/council", "session", 41)
    assert (decision, session) in _facts(text, registry, "adoptedAt")
    assert (decision, InstrumentRef("isu/council", "decision", "38", "70")) in _facts(text, registry, "cites")
    assert (decision, BodyRef("isu/secretary-general")) in _facts(text, registry, "requests")
    assert (decision, BodyRef("isu/orbit-bureau")) in _facts(text, registry, "invites")
    assert any(s == decision for s, _ in _facts(text, registry, "establishes"))
    # the session named by the body and its year: the symbol's, held where and when the line says
    assert (session, BodyRef("isu/council")) in _facts(text, registry, "meetingOf")
    assert (session, "Geneva") in _facts(text, registry, "heldIn")


def test_a_resolution_numbered_alone_of_another_agencys_convention(registry: BodyRegistry) -> None:
    text = (
        "Council of Administration 2036\nBern, 12–20 October 2036\nDocument CA-36/14\nOriginal: English\n\n"
        "RESOLUTION 7\n\nQuality of service of the registered mail\n\nThe Council of Administration,\n\n"
        "Recalling Resolution 3 (CA-34) on the quality of service,\n\n"
        "1. Requests the International Bureau to prepare a report on the registered mail;\n"
    )
    resolution = InstrumentRef("ppu/ca", "resolution", "36", "7")
    assert (resolution, GatheringRef("ppu/ca", "session", 36)) in _facts(text, registry, "adoptedAt")
    assert (resolution, BodyRef("ppu/bureau")) in _facts(text, registry, "requests")
    assert (resolution, InstrumentRef("ppu/ca", "resolution", "34", "3")) in _facts(text, registry, "cites")


def test_a_symbol_of_no_bodys_series_numbers_nothing(registry: BodyRegistry) -> None:
    # "Document Q41/90-E": no body writes the series "Q"; the decision's session is not said
    text = _ISU_DECISION.format(year="2041", symbol="Q41/90")
    adopted = _facts(text, registry, "adoptedAt")
    assert not any(isinstance(s, InstrumentRef) and s.number == "88" for s, _ in adopted)


def test_a_year_the_symbol_does_not_print_is_no_sessions_number(registry: BodyRegistry) -> None:
    # "Council 2041" over "C40/90": the year and the symbol disagree; no session 41 nor 40 by the year
    text = _ISU_DECISION.format(year="2041", symbol="C40/90")
    held = _facts(text, registry, "heldIn")
    assert (GatheringRef("isu/council", "session", 41), "Geneva") not in held
    assert (GatheringRef("isu/council", "session", 40), "Geneva") not in held


def test_a_number_alone_deep_in_a_report_heads_no_text_of_the_symbol(registry: BodyRegistry) -> None:
    text = (
        "Council 2041\nGeneva, 9–19 June 2041\nDocument C41/12-E\nOriginal: English\n\n"
        "Report by the Secretary-General\n\n1 Introduction\n\n1.1 This report describes progress.\n\n"
        "1.2 The Council took note of earlier work.\n\n1.3 Further work is planned.\n\n"
        "1.4 The Bureau reported.\n\n2 Background\n\nDECISION 88\n\n"
        "2.1 The Council is invited to take note of this report.\n"
    )
    assert not any(isinstance(s, InstrumentRef) and s.number == "88" for s, _ in _facts(text, registry, "adoptedAt"))


# The seismological organization's executive council resolution as `pandoc -t plain` writes its
# Word masthead table, two columns under a rule
_PANDOC_MASTHEAD = (
    "  -----------------------------------------------------------------------\n"
    "  WORLD SEISMOLOGICAL ORGANIZATION           EC-64/Res. 3\n"
    "  ------------------------------------------ ----------------------------\n"
    "  EXECUTIVE COUNCIL                          Submitted by: President of\n"
    "  Sixty-fourth session                       the Executive Council\n"
    "  Geneva, 11 to 15 June 2039                 Adopted: 14 June 2039\n"
    "  -----------------------------------------------------------------------\n\n"
)
_WSO_RESOLUTION = (
    "RESOLUTION 3 (EC-64)\n\nSEISMIC HAZARD MAPS\n\nTHE EXECUTIVE COUNCIL,\n\n"
    "Recalling Resolution 9 (Cg-19) – Seismic hazard services, by which the World Seismological\n"
    "Congress requested the Executive Council to update the hazard maps,\n\n"
    "1.  Requests the Secretary-General to report to the Executive Council at its\n"
    "    sixty-fifth session;\n"
)


def test_the_executive_council_of_the_masthead_not_the_namesake(registry: BodyRegistry) -> None:
    text = _PANDOC_MASTHEAD + _WSO_RESOLUTION
    resolution = InstrumentRef("wso/ec", "resolution", "64", "3")
    congress = InstrumentRef("wso/congress", "resolution", "19", "9")
    assert (resolution, GatheringRef("wso/ec", "session", 64)) in _facts(text, registry, "adoptedAt")
    assert (resolution, congress) in _facts(text, registry, "cites")
    assert (resolution, BodyRef("wso/sg")) in _facts(text, registry, "requests")
    requests = _facts(text, registry, "requests")
    assert (congress, BodyRef("wso/ec")) in requests
    assert not any(o == BodyRef("itc/ec") for _, o in requests)
    meetings = _facts(text, registry, "meetingOf")
    assert (GatheringRef("wso/ec", "session", 65), BodyRef("wso/ec")) in meetings
    assert not any(o == BodyRef("itc/ec") for _, o in meetings)


def test_the_pandoc_masthead_table_gives_the_session_place_and_days(registry: BodyRegistry) -> None:
    text = _PANDOC_MASTHEAD + _WSO_RESOLUTION
    session = GatheringRef("wso/ec", "session", 64)
    assert (session, BodyRef("wso/ec")) in _facts(text, registry, "meetingOf")
    assert (session, "Geneva") in _facts(text, registry, "heldIn")


def test_the_namesakes_own_document_keeps_its_executive_council(registry: BodyRegistry) -> None:
    text = (
        "ITsC/EC-12/3\nIntergovernmental Tsunami Commission\nExecutive Council\nTwelfth session\n"
        "Paris, 3–5 July 2039\n\nResolution EC-12/1\n\nWarning centres\n\nThe Executive Council,\n\n"
        "1. Decides to review the warning centres at the thirteenth session of the Executive Council;\n"
    )
    meetings = _facts(text, registry, "meetingOf")
    assert (GatheringRef("itc/ec", "session", 13), BodyRef("itc/ec")) in meetings
    assert not any(o == BodyRef("wso/ec") for _, o in meetings)

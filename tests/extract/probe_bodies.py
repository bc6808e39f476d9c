"""Invented bodies for the probes of each round's rules on other bodies (`test_round24_…`,
`test_round25_…`): a treaty's Conference of the States Parties with its Bureau, Subsidiary Body
(sessions) and Implementation Committee (meetings), another treaty's Conference, a fund with its
Executive Board, Bureau and Executive Director — loaded with the shipped data and the optional UN
system file, as a user's store would hold them."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.extract.phrasing import BASE, REFERENCE

UN_SYSTEM = Path(__file__).resolve().parents[2] / "ontology" / "reference" / "optional" / "un-system.ttl"

PROBE_BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rsc-cop> a mg:Body ; mg:key "rsc-cop" ;
    skos:prefLabel "Conference of the States Parties to the Convention on River Sediments"@en ;
    mg:shortName "Conference" ; mg:symbolPrefix "RSC/CSP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/rsc-cop/bureau> a mg:Body ; mg:key "rsc-cop/bureau" ;
    skos:prefLabel "Bureau of the Conference of the States Parties to the Convention on River Sediments"@en ;
    mg:shortName "Bureau" ; org:subOrganizationOf <body/rsc-cop> .
<body/rsc-cop/sbsa> a mg:Body ; mg:key "rsc-cop/sbsa" ;
    skos:prefLabel "Subsidiary Body on Scientific Advice of the Convention on River Sediments"@en ;
    skos:altLabel "Subsidiary Body on Scientific Advice"@en , "SBSA"@en ;
    mg:shortName "Subsidiary Body" ; mg:symbolPrefix "RSC/SBSA" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/rsc-cop> .
<body/rsc-cop/ic> a mg:Body ; mg:key "rsc-cop/ic" ;
    skos:prefLabel "Implementation Committee of the Convention on River Sediments"@en ;
    skos:altLabel "Implementation Committee"@en ;
    mg:shortName "Implementation Committee" ; mg:symbolPrefix "RSC/IC" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/rsc-cop> .
<body/wet-cop> a mg:Body ; mg:key "wet-cop" ;
    skos:prefLabel "Conference of the States Parties to the Convention on Tidal Wetlands"@en ;
    mg:shortName "Conference" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/mfund> a mg:Body ; mg:key "mfund" ; skos:prefLabel "Mangrove Fund"@en ; skos:altLabel "MGF"@en .
<body/mfund/eb> a mg:Body ; mg:key "mfund/eb" ;
    skos:prefLabel "Executive Board of the Mangrove Fund"@en ; skos:altLabel "Executive Board of MGF"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "MF/EB" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/mfund> .
<body/mfund/eb/bureau> a mg:Body ; mg:key "mfund/eb/bureau" ;
    skos:prefLabel "Bureau of the Executive Board of the Mangrove Fund"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/mfund/eb> .
<body/mfund/director> a mg:Body ; mg:key "mfund/director" ;
    skos:prefLabel "Executive Director of the Mangrove Fund"@en ; mg:shortName "Executive Director" ;
    org:subOrganizationOf <body/mfund> .
"""


def probe_registry(tmp_path_factory: pytest.TempPathFactory, turtle: str = PROBE_BODIES) -> BodyRegistry:
    """The shipped reference data, the UN system file and ``turtle``."""
    path = tmp_path_factory.mktemp("ref") / "bodies.ttl"
    path.write_text(turtle, encoding="utf-8")
    return load_registry(BASE, [REFERENCE, UN_SYSTEM, path])

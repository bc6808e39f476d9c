"""Reference data written inline by the extraction tests: each test file states the invented
bodies it needs as Turtle, and reads them with this one helper."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI


def registry_from_turtle(tmp_path_factory: pytest.TempPathFactory, turtle: str) -> BodyRegistry:
    """The registry of the bodies ``turtle`` describes, as a user's reference file would give it."""
    path = tmp_path_factory.mktemp("ref") / "bodies.ttl"
    path.write_text(turtle, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


# An invented organisation several layout tests load: its Assembly numbers resolutions
# "OA{session}/{number}", its Council holds sessions.
OCEAN_ORGANIZATION = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/ocean-assembly> a mg:Body ; mg:key "ocean-assembly" ;
    skos:prefLabel "Assembly of the World Ocean Organization"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "OA{session}/{number}" ; mg:instrumentKind "resolution" ] .
<body/ocean-assembly/council> a mg:Body ; mg:key "ocean-assembly/council" ;
    skos:prefLabel "Council of the World Ocean Organization"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" .
"""


# An invented union (E222, E228): its Congress numbers resolutions by year, "R {number}/{session}".
RAIL_UNION = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rail-congress> a mg:Body ; mg:key "rail-congress" ;
    skos:prefLabel "Universal Rail Congress"@en ; mg:shortName "Congress" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "R {number}/{session}" ; mg:instrumentKind "resolution" ] .
<body/rail-council> a mg:Body ; mg:key "rail-council" ;
    skos:prefLabel "Rail Operations Council"@en ; mg:shortName "Operations Council" ; org:subOrganizationOf <body/rail-congress> .
<body/rail-bureau> a mg:Body ; mg:key "rail-bureau" ;
    skos:prefLabel "International Rail Bureau"@en ; org:subOrganizationOf <body/rail-congress> .
"""

"""A body's decisions address its own head by the bare title ("Requests the Executive Secretary"),
while the same text names another organization's head in full ("Invites the Executive Secretary
of the Convention on Wetland Soils"), whose reference file also gives the bare title as an alias
(E292, from the retired held-out u382: an IPBES Plenary page naming the CBD's Executive
Secretary). The bare title is the head of the author's own organization, one of its bodies even
when it sits below a secretariat (a grandchild of the organization, not a child of the author's
line), never the stranger the document names in full: a request to the wrong body is worse than
none.

Near misses: the stranger named in full stays the stranger; in the stranger's own decisions the
bare title is the stranger's; where the author's organization has no officer of that title, the
rule takes none (the context decides, as before).

Bodies, numbers and sentences are invented, and vary the body (a science-policy platform's
plenary, a treaty's conference of the parties, a specialized agency's conference).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import stated
from tests.extract.reference_data import registry_from_turtle

_REFERENCE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ipsf> a mg:Body ; mg:key "ipsf" ;
    skos:prefLabel "Intergovernmental Platform on Soil Futures"@en ; skos:altLabel "IPSF"@en .
<body/ipsf/plenary> a mg:Body ; mg:key "ipsf/plenary" ;
    skos:prefLabel "Plenary of the Intergovernmental Platform on Soil Futures"@en ; skos:altLabel "Plenary of IPSF"@en ;
    mg:shortName "Plenary" ; mg:symbolPrefix "IPSF" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "IPSF-{session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/ipsf> .
<body/ipsf/secretariat> a mg:Body ; mg:key "ipsf/secretariat" ;
    skos:prefLabel "Secretariat of IPSF"@en ; mg:shortName "secretariat" ; org:subOrganizationOf <body/ipsf> .
<body/ipsf/secretariat/es> a mg:Body ; mg:key "ipsf/secretariat/es" ;
    skos:prefLabel "Executive Secretary of IPSF"@en ; mg:shortName "Executive Secretary" ;
    org:subOrganizationOf <body/ipsf/secretariat> .
<body/cows> a mg:Body ; mg:key "cows" ;
    skos:prefLabel "Conference of the Parties to the Convention on Wetland Soils"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "COWS/COP" ; mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true .
<body/cows/es> a mg:Body ; mg:key "cows/es" ;
    skos:prefLabel "Executive Secretary of the Convention on Wetland Soils"@en ; skos:altLabel "Executive Secretary"@en ;
    mg:shortName "Executive Secretary" ; org:subOrganizationOf <body/cows> .
<body/wgo> a mg:Body ; mg:key "wgo" ;
    skos:prefLabel "World Grasslands Organization"@en ; skos:altLabel "WGO"@en .
<body/wgo/conference> a mg:Body ; mg:key "wgo/conference" ;
    skos:prefLabel "Conference of the World Grasslands Organization"@en ; mg:shortName "Conference" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/wgo> .
<body/wgo/secretariat> a mg:Body ; mg:key "wgo/secretariat" ;
    skos:prefLabel "Secretariat of the World Grasslands Organization"@en ; mg:shortName "Secretariat" ;
    org:subOrganizationOf <body/wgo> .
<body/wgo/secretariat/dg> a mg:Body ; mg:key "wgo/secretariat/dg" ;
    skos:prefLabel "Director-General of the World Grasslands Organization"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/wgo/secretariat> .
<body/rangeland-fund> a mg:Body ; mg:key "rangeland-fund" ;
    skos:prefLabel "Rangeland Restoration Fund"@en .
<body/rangeland-fund/dg> a mg:Body ; mg:key "rangeland-fund/dg" ;
    skos:prefLabel "Director-General of the Rangeland Restoration Fund"@en ; skos:altLabel "Director-General"@en ;
    mg:shortName "Director-General" ; org:subOrganizationOf <body/rangeland-fund> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


def _facts(text: str, registry: BodyRegistry, *relations: str) -> set[tuple[str, str, str]]:
    found = stated(extract(text, source_key="test", registry=registry))
    return {f for f in found if f[0] in relations}


_PLATFORM_PAGE = (
    "# Decisions adopted by the Plenary at its sixth session\n\n"
    "## IPSF-6/2: Work programme of the Platform\n\n"
    "The Plenary of the Intergovernmental Platform on Soil Futures,\n\n"
    "Recalling decision IPSF-5/3, by which it requested the Executive Secretary to report on the trust fund,\n\n"
    "1. {own}\n\n"
    "2. Invites the Executive Secretary of the Convention on Wetland Soils to keep the Platform informed of the indicators;\n\n"
    "Adopted at the 5th plenary meeting, 12 June 2031\n"
)


@pytest.mark.parametrize(
    "own",
    [
        "Requests the Executive Secretary to make the arrangements needed for the new task force;",
        "Requests the Executive Secretary, in consultation with the Bureau, to report on expenditures;",
        "Further requests the Executive Secretary to prepare a note on the budget for the seventh session;",
    ],
)
def test_the_bare_title_is_the_platforms_own_officer(own: str, registry: BodyRegistry) -> None:
    found = _facts(_PLATFORM_PAGE.format(own=own), registry, "requests", "invites")
    assert ("requests", "ipsf/plenary/dec/6/2", "ipsf/secretariat/es") in found
    assert ("requests", "ipsf/plenary/dec/5/3", "ipsf/secretariat/es") in found  # told of an earlier decision
    assert ("invites", "ipsf/plenary/dec/6/2", "cows/es") in found  # the stranger named in full stays its own
    assert not any(o == "cows/es" for r, _, o in found if r == "requests")


def test_an_agencys_director_general_over_a_funds_named_in_full(registry: BodyRegistry) -> None:
    text = (
        "RESOLUTION 4/2033\n\nGrassland monitoring\n\n"
        "THE CONFERENCE OF THE WORLD GRASSLANDS ORGANIZATION,\n\n"
        "Noting the offer of the Director-General of the Rangeland Restoration Fund to share its data,\n\n"
        "1. Requests the Director-General to establish a monitoring network and to report to the Conference;\n"
    )
    found = _facts(text, registry, "requests")
    assert found == {("requests", "wgo/conference/res/2033/4", "wgo/secretariat/dg")}


def test_near_miss_in_the_strangers_own_decisions_its_own_officer(registry: BodyRegistry) -> None:
    text = (
        "Decision COWS/COP/9/4\n\nCooperation with the Platform\n\n"
        "The Conference of the Parties to the Convention on Wetland Soils,\n\n"
        "Welcoming the work of the Executive Secretary of IPSF,\n\n"
        "1. Requests the Executive Secretary to cooperate with the Platform on the indicators;\n"
    )
    found = _facts(text, registry, "requests")
    assert not any(o == "ipsf/secretariat/es" for _, _, o in found)

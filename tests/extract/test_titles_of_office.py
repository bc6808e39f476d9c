"""A title of office without its organization ("the Executive Director", "the secretariat")
names the officer of the document's own organization: the one whose full name is that title
"of" an organization the author's name (or its parent's) names. Bodies below are made up, so
that the rule is the names' and not a list of the bodies the product ships."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from tests.support.extraction import COP_NOTE, facts

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/gfa> a mg:Body ; mg:key "gfa" ;
    skos:prefLabel "Forest Assembly of the Global Forest Programme"@en ;
    mg:shortName "Forest Assembly" ; mg:symbolPrefix "GFP/FA" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/gfp-ed> a mg:Body ; mg:key "gfp-ed" ;
    skos:prefLabel "Executive Director of the Global Forest Programme"@en .
<body/cop-ozone> a mg:Body ; mg:key "cop-ozone" ;
    skos:prefLabel "Conference of the Parties to the Convention on Ozone Gardens"@en ;
    mg:symbolPrefix "OZG/CP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/cop-ozone/wg> a mg:Body ; mg:key "cop-ozone/wg" ;
    skos:prefLabel "Working Group on Urban Ozone Gardens"@en ; mg:symbolPrefix "OZG/WG" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/cop-ozone> .
<body/ozg-secretariat> a mg:Body ; mg:key "ozg-secretariat" ;
    skos:prefLabel "secretariat of the Convention on Ozone Gardens"@en .
"""

UNODC_ED = "unodc/executive-director"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def forest_note(paragraph: str) -> str:
    return (
        "United Nations GFP/FA.7/5\n\nForest Assembly of the Global Forest Programme\n\n"
        "Distr.: General\n3 March 2027\n\nSeventh session\n\nNairobi, 1–5 December 2027\n\n"
        f"Note by the secretariat\n\n1. {paragraph}\n"
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        "In its resolution 6/3, the Forest Assembly requested the Executive Director to prepare a report on forest fires.",
        "By its resolution 6/3, the Forest Assembly requested the Executive Director, in consultation with Member States, to report.",
        "In resolution 6/3, the Forest Assembly requested the Executive Director of the Global Forest Programme to report.",
    ],
)
def test_the_executive_director_in_an_assemblys_document_is_its_programmes(paragraph: str, registry: BodyRegistry) -> None:
    found = facts(forest_note(paragraph), registry, "requests")
    assert found == {(InstrumentRef("gfa", "resolution", "6", "3"), BodyRef("gfp-ed"))}


def test_the_executive_director_in_a_document_of_another_organization_is_the_declared_one(registry: BodyRegistry) -> None:
    # the Conference of the Parties to UNTOC names no programme: its Executive Director is UNODC's,
    # whose short name the reference data declares
    text = COP_NOTE + "1. In its resolution 11/3, the Conference requested the Executive Director to report.\n"
    found = facts(text, registry, "requests")
    assert found == {(InstrumentRef("cop-untoc", "resolution", "11", "3"), BodyRef(UNODC_ED))}


@pytest.mark.parametrize(
    "masthead",
    [
        # the Conference's own note
        "United Nations OZG/CP/2027/3\n\nDistr.: General\n3 March 2027\n\nNote by the Secretariat\n\n",
        # a note of its working group: the organization is named in the parent's name
        "United Nations OZG/WG/2027/2\n\nDistr.: General\n3 March 2027\n\nNote by the Secretariat\n\n",
    ],
)
def test_the_secretariat_of_a_convention_in_its_bodies_documents(masthead: str, registry: BodyRegistry) -> None:
    text = masthead + "1. In its decision 3/1, the Conference of the Parties requested the secretariat to compile views.\n"
    addressees = {o for _, o in facts(text, registry, "requests")}
    assert addressees == {BodyRef("ozg-secretariat")}

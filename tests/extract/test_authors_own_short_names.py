"""Short names of the author's own bodies over names other organizations' bodies carry in full.

- "the secretariat" / "the Secretariat" is an alias of a shipped body (UNODC's secretariat); in a
  document of a body whose reference data gives it (or its parent) a body of that short name,
  the author's is meant: a regional commission's own secretariat, an organization's Technical
  Secretariat. The nearest body to the author wins (its own child before its parent's).
- "by which the Council established the Committee on Energy": a body another issuer created,
  known to the reference data by its short name only, is that body, not a new one under the
  issuer.

Invented reference data and texts; negatives: the shipped reading stays where the author has no
such body, and a body the reference data does not know is still born in the text.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, facts

_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ecsa> a mg:Body ;
    mg:key "ecsa" ;
    skos:prefLabel "Economic Commission for the Southern Andes"@en ;
    mg:shortName "Commission" ;
    mg:symbolPrefix "E/ECSA" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    org:subOrganizationOf <body/ecosoc> .
<body/ecsa/secretariat> a mg:Body ;
    mg:key "ecsa/secretariat" ;
    skos:prefLabel "secretariat of the Economic Commission for the Southern Andes"@en ;
    mg:shortName "secretariat" ;
    org:subOrganizationOf <body/ecsa> .
<body/ecsa/energy-committee> a mg:Body ;
    mg:key "ecsa/energy-committee" ;
    skos:prefLabel "Committee on Energy of the Economic Commission for the Southern Andes"@en ;
    mg:shortName "Committee on Energy" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/ecsa> .
<body/ibtw> a mg:Body ;
    mg:key "ibtw" ;
    skos:prefLabel "International Bureau of Tidal Waters"@en ;
    skos:altLabel "IBTW"@en .
<body/ibtw/assembly> a mg:Body ;
    mg:key "ibtw/assembly" ;
    skos:prefLabel "Assembly of the International Bureau of Tidal Waters"@en ;
    mg:shortName "Assembly" ;
    mg:symbolPrefix "IBTW-A" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    org:subOrganizationOf <body/ibtw> .
<body/ibtw/technical-secretariat> a mg:Body ;
    mg:key "ibtw/technical-secretariat" ;
    skos:prefLabel "Technical Secretariat of the International Bureau of Tidal Waters"@en ;
    mg:shortName "Secretariat" ;
    org:subOrganizationOf <body/ibtw> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "own.ttl"
    path.write_text(_REFERENCE, encoding="utf-8")
    return load_registry(BASE, [path])


def _commission_resolution(*paragraphs: str) -> str:
    return (
        "E/ECSA/22/5\n\nEconomic Commission for the Southern Andes\n\nTwenty-second session\n\n"
        "Resolutions adopted by the Economic Commission for the Southern Andes at its twenty-second session\n\n"
        "Resolution 22/1\n\nRegional energy integration\n\n"
        "The Economic Commission for the Southern Andes,\n\n" + "\n\n".join(paragraphs) + "\n"
    )


OWN = InstrumentRef("ecsa", "resolution", "22", "1")


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Requests the secretariat to prepare a study on cross-border grids;",
        "1. Entrusts the secretariat with the preparation of a regional review;",
        "1. Further requests the Secretariat to report to the Commission at its next session;",
    ],
)
def test_the_secretariat_of_a_regional_commission_is_its_own(registry: BodyRegistry, paragraph: str) -> None:
    requested = facts(_commission_resolution(paragraph), registry, "requests")
    assert (OWN, BodyRef("ecsa/secretariat")) in requested
    assert (OWN, BodyRef("unodc/secretariat")) not in requested


def test_the_secretariat_of_an_organizations_organ_is_the_organizations(registry: BodyRegistry) -> None:
    text = (
        "IBTW-A-9/DG.2\n\nAssembly of the International Bureau of Tidal Waters\n\nNinth Session\n\n"
        "Note by the Director-General\n\n"
        "1. The Assembly, in decision IBTW-A-8/DEC.3, requested the Secretariat to prepare a survey of tide gauges.\n"
    )
    requested = {o for _, o in facts(text, registry, "requests")}
    assert BodyRef("unodc/secretariat") not in requested


def test_the_secretariat_stays_unodcs_where_the_author_has_none(registry: BodyRegistry) -> None:
    text = (
        "E/CN.7/2032/4\n\nCommission on Narcotic Drugs\n\nSeventy-fifth session\n\n"
        "Resolutions adopted by the Commission on Narcotic Drugs at its seventy-fifth session\n\n"
        "Resolution 75/1\n\nDrug checking services\n\nThe Commission on Narcotic Drugs,\n\n"
        "1. Requests the secretariat to report on the matter;\n"
    )
    requested = facts(text, registry, "requests")
    assert (InstrumentRef("ecosoc/cnd", "resolution", "75", "1"), BodyRef("unodc/secretariat")) in requested
    assert not any(o == BodyRef("ecsa/secretariat") for _, o in requested)


@pytest.mark.parametrize(
    "recital",
    [
        "Recalling Economic and Social Council resolution 2011/5 of 22 July 2011, by which the Council established the Committee on Energy,",
        "Recalling Economic and Social Council resolution 2011/5, by which the Council established the Committee on Energy as a subsidiary body of the Commission,",
    ],
)
def test_a_body_known_by_its_short_name_is_not_born_again(registry: BodyRegistry, recital: str) -> None:
    text = _commission_resolution(recital, "1. Requests the Committee on Energy to meet twice a year;")
    established = facts(text, registry, "establishes")
    council = InstrumentRef("ecosoc", "resolution", "2011", "5")
    assert (council, BodyRef("ecsa/energy-committee")) in established
    assert not any(o.key.startswith("ecosoc/") for _, o in established if isinstance(o, BodyRef))
    assert (OWN, BodyRef("ecsa/energy-committee")) in facts(text, registry, "requests")


def test_a_body_the_reference_data_does_not_know_is_still_born(registry: BodyRegistry) -> None:
    text = _commission_resolution(
        "Recalling Economic and Social Council resolution 2011/5, by which the Council established the Committee on Mountain Water,",
    )
    established = facts(text, registry, "establishes")
    assert any(isinstance(o, BodyRef) and o.key.startswith("ecosoc/") for _, o in established)


# Another body of the same family (under the Economic and Social Council too) that carries the
# bare name "secretariat": the secretariat of a convention serviced by another regional
# commission. In the commission's own resolutions "the secretariat" is still the commission's;
# in the convention's documents, the convention's.
_SIBLING = """
<body/ecnb> a mg:Body ;
    mg:key "ecnb" ;
    skos:prefLabel "Economic Commission for the Northern Baltic"@en ;
    org:subOrganizationOf <body/ecosoc> .
<body/lakes-mop> a mg:Body ;
    mg:key "lakes-mop" ;
    skos:prefLabel "Meeting of the Parties to the Convention on Northern Lakes"@en ;
    mg:symbolPrefix "ECNB/LAKES" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    org:subOrganizationOf <body/ecnb> .
<body/lakes-mop/secretariat> a mg:Body ;
    mg:key "lakes-mop/secretariat" ;
    skos:prefLabel "secretariat of the Convention on Northern Lakes"@en ;
    skos:altLabel "secretariat"@en , "the secretariat"@en ;
    org:subOrganizationOf <body/ecnb> .
"""


@pytest.fixture(scope="module")
def with_sibling(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "sibling.ttl"
    path.write_text(_REFERENCE + _SIBLING, encoding="utf-8")
    return load_registry(BASE, [path])


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Requests the secretariat to prepare a study on cross-border grids;",
        "1. Entrusts the secretariat with the preparation of a regional review;",
        "1. Invites member States to cooperate with the secretariat and requests the secretariat to report;",
    ],
)
def test_the_commissions_secretariat_over_a_siblings_of_that_name(with_sibling: BodyRegistry, paragraph: str) -> None:
    requested = facts(_commission_resolution(paragraph), with_sibling, "requests")
    assert (OWN, BodyRef("ecsa/secretariat")) in requested
    assert (OWN, BodyRef("lakes-mop/secretariat")) not in requested


def test_the_siblings_secretariat_in_its_own_documents(with_sibling: BodyRegistry) -> None:
    text = (
        "ECNB/LAKES/2031/2\n\nMeeting of the Parties to the Convention on Northern Lakes\n\nFourth session\n\n"
        "Decisions adopted by the Meeting of the Parties to the Convention on Northern Lakes at its fourth session\n\n"
        "Decision IV/1\n\nMonitoring of lake levels\n\n"
        "The Meeting of the Parties,\n\n1. Requests the secretariat to compile the national reports;\n"
    )
    requested = {o for _, o in facts(text, with_sibling, "requests")}
    assert BodyRef("lakes-mop/secretariat") in requested
    assert BodyRef("ecsa/secretariat") not in requested

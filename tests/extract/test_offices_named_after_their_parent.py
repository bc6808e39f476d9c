"""An office a file names only in full with its parent ("Audit Office of the WFF", "WFF Audit
Office"), told by its short form once the document has named the organization: "Requests the WFF
and its Audit Office to ...", "by which it requested the Audit Office to ..."
(`graph.reference._with_short_names_of_their_parent`, E268; u320, UNICEF's Evaluation Office).

Invented reference data: a water fund (WFF) and a seed bank (GSB), each with an Executive Board
numbering decisions by year and an office of the same form ("Audit Office"). Near misses: a form
some body is already called by stays that body's; "audit office" in lower case is no body; a
document of the seed bank's Board speaks of its own Audit Office, not the water fund's; a text whose
organization has no office of that form names none.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from tests.extract.reference_data import registry_from_turtle
from tests.support.extraction import facts

_REFERENCE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wff> a mg:Body ; mg:key "wff" ; skos:prefLabel "World Freshwater Fund"@en ; skos:altLabel "WFF"@en .
<body/wff/executive-board> a mg:Body ; mg:key "wff/executive-board" ;
    skos:prefLabel "Executive Board of the World Freshwater Fund"@en ; skos:altLabel "WFF Executive Board"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "WFF/EB" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/wff> .
<body/wff/audit-office> a mg:Body ; mg:key "wff/audit-office" ;
    skos:prefLabel "Audit Office of the WFF"@en ; skos:altLabel "WFF Audit Office"@en ; org:subOrganizationOf <body/wff> .
<body/gsb> a mg:Body ; mg:key "gsb" ; skos:prefLabel "Global Seed Bank"@en ; skos:altLabel "GSB"@en .
<body/gsb/executive-board> a mg:Body ; mg:key "gsb/executive-board" ;
    skos:prefLabel "Executive Board of the Global Seed Bank"@en ; skos:altLabel "GSB Executive Board"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "GSB/EB" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; org:subOrganizationOf <body/gsb> .
<body/gsb/audit-office> a mg:Body ; mg:key "gsb/audit-office" ;
    skos:prefLabel "Audit Office of the Global Seed Bank"@en ; org:subOrganizationOf <body/gsb> .
<body/gsb/ethics-panel> a mg:Body ; mg:key "gsb/ethics-panel" ;
    skos:prefLabel "GSB Ethics Panel"@en ; skos:altLabel "Ethics Panel"@en ; org:subOrganizationOf <body/gsb> .
"""

_WFF_AUDIT = BodyRef("wff/audit-office")
_GSB_AUDIT = BodyRef("gsb/audit-office")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _REFERENCE)


def _board_decisions(fund: str, name: str, *paragraphs: str) -> str:
    body = "\n\n".join(f"               {n}. {p}" for n, p in enumerate(paragraphs, start=1))
    return (
        f"                                                                   {fund}/EB/2036/5\n"
        f" {name}\n Executive Board                                     Distr.: General\n"
        "                                                              20 June 2036\n\n"
        " Annual session 2036\n\n"
        "              Decisions adopted by the Executive Board at its annual session 2036\n\n"
        " 2036/4.       Annual report on the audit function\n\n"
        "               The Executive Board\n\n"
        f"{body}\n"
    )


def _requests(text: str, registry: BodyRegistry) -> set[tuple[object, object]]:
    return facts(text, registry, "requests")


@pytest.mark.parametrize(
    "paragraph",
    [
        "Requests the WFF and its Audit Office to present a revised audit charter at the annual session 2037;",
        "Requests WFF management and its Audit Office to present a revised audit charter;",
        "Recalls its decision 2033/9, by which it requested the Audit Office to commission an external review;",
        "Further requests the Audit Office to report on the follow-up at its next annual session;",
    ],
)
def test_the_short_form_is_the_office_of_the_organization_named(registry: BodyRegistry, paragraph: str) -> None:
    text = _board_decisions("WFF", "World Freshwater Fund", "Takes note of the annual report on the audit function of the WFF;", paragraph)
    objects = {o for _s, o in _requests(text, registry)}
    assert _WFF_AUDIT in objects and _GSB_AUDIT not in objects


def test_the_other_organizations_board_means_its_own_office(registry: BodyRegistry) -> None:
    text = _board_decisions(
        "GSB", "Global Seed Bank", "Takes note of the report of the Global Seed Bank;",
        "Requests the GSB and its Audit Office to present a revised audit charter;",
    )
    objects = {o for _s, o in _requests(text, registry)}
    assert _GSB_AUDIT in objects and _WFF_AUDIT not in objects


def test_near_misses_give_no_office(registry: BodyRegistry) -> None:
    # in lower case: no body
    lower = _board_decisions("WFF", "World Freshwater Fund", "Requests the fund's audit office to present a charter;")
    assert _WFF_AUDIT not in {o for _s, o in _requests(lower, registry)}
    # a form the data gives another body already ("Ethics Panel", an alias of the seed bank's panel)
    # is that body's, even where the water fund speaks
    panel = _board_decisions("WFF", "World Freshwater Fund", "Requests the Ethics Panel to advise the Board;")
    assert BodyRef("wff/ethics-panel") not in {o for _s, o in _requests(panel, registry)}

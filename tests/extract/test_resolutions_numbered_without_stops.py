"""Resolutions reproduced in the annexes of a committee's report as IMO, ICAO and other specialized
agencies print them: the heading in capitals with the number in the body's convention ("RESOLUTION
OC.77(21)"), the adoption day in brackets in lower case ("(adopted on 9 May 2031)"), the title in
capitals, and operative paragraphs numbered without a stop, their verb in capitals ("1 ADOPTS ...",
"3 ALSO DECIDES ..."): those are the resolution's paragraphs, not footnotes, even after the
preamble's last comma."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/oc> a mg:Body ; mg:key "oc" ; skos:prefLabel "Ocean Charting Committee"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "OCC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "OC.{number}({session})" ; mg:instrumentKind "resolution" ] .
<body/oc/sg> a mg:Body ; mg:key "oc/sg" ; skos:prefLabel "Secretary-General of the Charting Organization"@en ;
    mg:shortName "Secretary-General" ; org:subOrganizationOf <body/oc> .
<body/survey-board> a mg:Body ; mg:key "survey-board" ; skos:prefLabel "Hydrographic Survey Board"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def report(number: int, session: int, verbs: tuple[str, str, str]) -> str:
    first, second, third = verbs
    return (
        f"OCEAN CHARTING COMMITTEE          OCC {session}/12/Add.1\n{session}st session          3 June 2031\n\n"
        f"Attached is annex 2 to the report of the Ocean Charting Committee on its {session}st session.\n\n"
        "ANNEX 2\n\n"
        f"RESOLUTION OC.{number}({session})\n(adopted on 9 May 2031)\n\n"
        "GUIDELINES ON DEPTH DATA\n\n"
        "THE OCEAN CHARTING COMMITTEE,\n\n"
        f"RECALLING resolution OC.{number - 5}({session - 2}), by which it adopted the depth data standard,\n\n"
        f"HAVING CONSIDERED the report of the Hydrographic Survey Board,\n\n"
        f"1 {first} the Guidelines on depth data, as set out in the annex;\n\n"
        f"2 {second} the Secretary-General to publish the Guidelines;\n\n"
        f"3 {third} the Hydrographic Survey Board to apply the Guidelines.\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("number", "session", "verbs", "asked", "invited"), [
    (77, 21, ("ADOPTS", "REQUESTS", "INVITES"), "requests", "invites"),
    (104, 23, ("APPROVES", "INSTRUCTS", "ENCOURAGES"), "requests", "encourages"),
    (9, 31, ("ADOPTS", "ALSO REQUESTS", "URGES"), "requests", "encourages"),
])
def test_paragraphs_numbered_without_a_stop_are_the_resolutions(
    number: int, session: int, verbs: tuple[str, str, str], asked: str, invited: str, registry: BodyRegistry,
) -> None:
    text = report(number, session, verbs)
    own = f"oc/res/{session}/{number}"
    assert (own, "oc/sg") in facts(text, registry, asked)
    assert (own, "survey-board") in facts(text, registry, invited)
    assert (own, f"oc/res/{session - 2}/{number - 5}") in facts(text, registry, "cites")
    assert (own, "2031-05-09") in facts(text, registry, "adoptedOn")


def test_a_numbered_footnote_stays_a_footnote(registry: BodyRegistry) -> None:
    text = report(77, 21, ("ADOPTS", "REQUESTS", "INVITES")) + "\n1 See OCC 19/12, annex 3.\n"
    assert ("oc/res/21/77", "oc/sg") in facts(text, registry, "requests")

"""A governing body's page of decisions saved as text: each decision closes with "Adopted at the
first plenary meeting, 27 May 2031" (the day after a comma, no "on"), and the page ends with
"Documents before the Council at its 130th session" over lines "symbol – title", the first
symbol carrying a revision in lower case ("CE/130/1 rev.1"). Also the spaced addendum of a
series whose second part carries the session ("EUR/RC81/8 Add.1")."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/ria-council> a mg:Body ; mg:key "ria-council" ;
    skos:prefLabel "Executive Council of the River Authority"@en ; skos:altLabel "Executive Council"@en ;
    mg:shortName "Council" ; mg:symbolPrefix "RX" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RX/DEC/{number}({session})" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def page(ordinal: str, roman: str, day: int, meeting: str) -> str:
    return (
        "Skip to main content\nRiver Authority\nAbout | Members | Governance | Publications | Contact\nSearch\n"
        f"Home > Governance > Executive Council > {ordinal} session > Decisions\n\n"
        f"Executive Council: {ordinal} session\nLyon, France, {day}–{day + 1} May 2031\n\n"
        f"Decisions adopted by the Executive Council at its {ordinal} session\n\n"
        f"RX/DEC/1({roman})  Adoption of the agenda\nRX/DEC/2({roman})  Budget\n\n"
        f"The {ordinal} session of the Executive Council of the River Authority was held in Lyon, France, at the "
        "invitation of the Government of France. The decisions below are the texts as adopted; the final versions "
        "will be issued in a document of the Council once the secretariat has edited them, with their annexes.\n\n"
        "________________________________________\n\n"
        f"RX/DEC/1({roman})\nAdoption of the agenda\nAgenda item 1\n\n"
        f"The Executive Council\nAdopts the agenda of its {ordinal} session.\n\n"
        f"Adopted at the {meeting} plenary meeting, {day} May 2031\n\n"
        "________________________________________\n\n"
        f"RX/DEC/2({roman})\nBudget\nAgenda item 2\n\n"
        "The Executive Council,\n1. Approves the budget for 2032;\n2. Requests the secretariat to report on its execution.\n\n"
        f"Adopted at the {meeting} plenary meeting, {day + 1} May 2031\n\n"
        "________________________________________\n\n"
        f"Documents before the Council at its {ordinal} session\n"
        f"RX/{ordinal[:-2]}/1 rev.2 – Provisional agenda\n"
        f"RX/{ordinal[:-2]}/2 – Budget proposal of the Secretary-General\n"
        f"RX/{ordinal[:-2]}/3 – Report of the Audit Committee\n\n"
        "Related pages\nExecutive Council: composition\n\n"
        "About the River Authority | Careers | Terms of use | Privacy\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="page", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("ordinal", "roman", "day", "meeting"), [("118th", "CXVIII", 12, "first"), ("97th", "XCVII", 3, "second")])
def test_closing_lines_and_the_documents_before_the_session(registry: BodyRegistry, ordinal: str, roman: str, day: int, meeting: str) -> None:
    text = page(ordinal, roman, day, meeting)
    n = ordinal[:-2]
    assert facts(text, registry, "adoptedOn") >= {
        (f"ria-council/dec/{n}/1", f"2031-05-{day:02d}"), (f"ria-council/dec/{n}/2", f"2031-05-{day + 1:02d}"),
    }
    assert facts(text, registry, "submittedTo") >= {
        (f"RX/{n}/1 rev.2", f"ria-council#{n}"), (f"RX/{n}/2", f"ria-council#{n}"), (f"RX/{n}/3", f"ria-council#{n}"),
    }


@pytest.mark.parametrize(("text", "symbol"), [
    ("the report (EUR/RC81/8 Add.1);", "EUR/RC81/8 Add.1"),
    ("see SEAR/RC77/12 Rev.2 for the text", "SEAR/RC77/12 Rev.2"),
    ("as set out in CE/131/5 add.1.", "CE/131/5 add.1"),
    ("A/80/1 Rev.1 of the Assembly", "A/80/1"),
])
def test_spaced_revisions_and_addenda(text: str, symbol: str) -> None:
    assert find_symbols(text)[0].symbols == (symbol,)

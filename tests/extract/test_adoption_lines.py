"""Where and when the instruments of a list were adopted, in two more forms: the line under a
resolution printed as two cells ("Fourth plenary meeting<tab>26 May 2028", as a Word file
converted to text writes it; `plain_layouts.meeting_date_changes`), and a list's title naming
the gathering by its number and kind ("Decisions adopted by the Ninth Meeting of the Parties"),
for a body that meets in numbered meetings as well as sessions. Invented texts of invented
bodies; a tab between other cells and a title naming no gathering stay as they are."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/glacier-mop> a mg:Body ; mg:key "glacier-mop" ;
    skos:prefLabel "Meeting of the Parties to the Glacier Protocol"@en ; mg:shortName "Meeting of the Parties" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/steppe-commission> a mg:Body ; mg:key "steppe-commission" ;
    skos:prefLabel "Commission for the Steppe Region"@en ; mg:shortName "Commission" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}({session})" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize("cells", ["Second plenary meeting\t3 April 2031", "Second plenary meeting\t\t3 April 2031", "Third plenary meeting \t3 April 2031"])
def test_a_meeting_and_its_date_in_two_cells(cells: str, registry: BodyRegistry) -> None:
    text = (
        "Fifth session of the Commission for the Steppe Region\n\n"
        "RESOLUTIONS ADOPTED AT THE FIFTH SESSION OF THE COMMISSION\n\n"
        "71(V)\tGRAZING LAND\n\n"
        "The Commission for the Steppe Region,\n\n"
        "1.\tDecides to review grazing land every year;\n\n"
        f"{cells}\n"
    )
    fixed, _ = normalise_layout(text)
    assert "meeting\n3 April 2031" in fixed.replace(" \n", "\n").replace("\n ", "\n")
    own = InstrumentRef("steppe-commission", "resolution", "5", "71")
    assert (own, "adoptedOn", dt.date(2031, 4, 3)) in _facts(text, registry)


@pytest.mark.parametrize("text", ["Item\t3 April 2031\n", "Second plenary meeting of the Bureau\t3 April 2031\n", "Meeting\tRoom 4\n"])
def test_other_cells_stay(text: str) -> None:
    assert normalise_layout(text)[0] == text


@pytest.mark.parametrize("ordinal, n", [("Ninth", 9), ("Twenty-First", 21)])
def test_decisions_adopted_by_a_numbered_meeting(ordinal: str, n: int, registry: BodyRegistry) -> None:
    text = (
        f"Decisions adopted by the {ordinal} Meeting of the Parties to the Glacier Protocol\n\n"
        f"Decision {'IX' if n == 9 else 'XXI'}/2: Monitoring of glaciers\n\n"
        "The Meeting of the Parties,\n\n"
        "1. To request the Parties to report on glaciers;\n"
    )
    own = InstrumentRef("glacier-mop", "decision", str(n), "2")
    assert (own, "adoptedAt", GatheringRef("glacier-mop", "meeting", n)) in _facts(text, registry)


def test_a_title_naming_no_gathering_gives_no_adoption(registry: BodyRegistry) -> None:
    text = (
        "Decisions adopted by the Parties to the Glacier Protocol in writing\n\n"
        "Decision IX/2: Monitoring of glaciers\n\n"
        "The Meeting of the Parties,\n\n"
        "1. To request the Parties to report on glaciers;\n"
    )
    assert not any(r == "adoptedAt" for _, r, _ in _facts(text, registry))

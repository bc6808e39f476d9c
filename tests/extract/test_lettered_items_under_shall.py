"""Lettered items under a lead-in ending on "shall:" carry its subject and its verb (E246,
`rules/lettered_items`): "Decides that the Working Group …, established by resolution 10/4, shall:" /
"(a) continue as a standing advisory body of the Commission;" / "(b) …" makes the group a constant
element; "Decides that the Secretariat shall:" / "(a) compile …" asks the Secretariat; "The Advisory
Panel …, established by Decision 12.4, shall:" / "a) continue as a standing advisory body …" in a
decisions database's text cell likewise; the items inline after the colon too ("shall: (a) compile
…; (b) …"). Near misses: items of arrangements only ("hold its first meeting", "meet once a year"),
"Parties are invited to:", a subject that names no body, a paragraph that is no item ending the
carry, a rejected draft's row."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

from .phrasing import in_resolution, registry, stated
from .test_csv_decision_databases import BODIES, HEADER, RECORDS, birds, export

WG = "ccr/wg-early-warning"


def resolution_facts(*paragraphs: str) -> set[tuple[str, str, str]]:
    return stated(extract(in_resolution(*paragraphs), source_key="test", registry=registry()))


LAYOUTS = {
    "lines": "{lead}\n(a) {a};\n(b) {b};",
    "blank lines": "{lead}\n\n(a) {a};\n\n(b) {b};",
    "closing brackets": "{lead}\na) {a};\nb) {b};",
    "inline": "{lead} (a) {a}; (b) {b};",
}


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    "lead",
    [
        "Decides that the Working Group on Early Warning Systems shall:",
        "Decides that the Working Group on Early Warning Systems, established by resolution 10/4, shall:",
        "Also decides that the Working Group on Early Warning Systems shall:",
    ],
)
def test_an_item_makes_the_lead_ins_subject_a_constant_element(layout: str, lead: str) -> None:
    text = layout.format(lead=lead, a="continue as a standing advisory body of the Commission", b="report to the Commission at its thirteenth session")
    assert ("makesConstantElement", "ccr/res/12/1", WG) in resolution_facts(text)


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
@pytest.mark.parametrize(
    ("lead", "addressee"),
    [
        ("Decides that the Secretariat shall:", "ccr/secretariat"),
        ("Decides that the Bureau shall:", "ccr/bureau"),
        ("Further decides that the Committee on Coastal Data shall:", "ccr/committee-on-data"),
    ],
)
def test_an_item_naming_a_task_asks_the_lead_ins_subject(layout: str, lead: str, addressee: str) -> None:
    text = layout.format(lead=lead, a="compile the national reports on coastal hazards", b="review the guidelines on early warning")
    assert ("requests", "ccr/res/12/1", addressee) in resolution_facts(text)


def test_two_bodies_of_the_lead_in_are_each_asked() -> None:
    text = "Decides that the Tides Committee and the Currents Committee shall:\n(a) review the guidelines;\n(b) report to the Commission;"
    requests = {(s, o) for r, s, o in resolution_facts(text) if r == "requests"}
    assert {("ccr/res/12/1", "ccr/tides-committee"), ("ccr/res/12/1", "ccr/currents-committee")} <= requests


@pytest.mark.parametrize("layout", LAYOUTS.values(), ids=LAYOUTS.keys())
def test_items_of_arrangements_ask_nothing(layout: str) -> None:
    # "shall hold", "shall meet", "shall report" are the body's arrangements, as said without items
    text = layout.format(lead="Decides that the Working Group on Early Warning Systems shall:", a="hold its first meeting in Bonn", b="meet once a year")
    facts = resolution_facts(text)
    assert not any(r == "requests" and o == WG for r, s, o in facts)
    assert not any(r == "makesConstantElement" for r, s, o in facts)


def test_parties_invited_carry_no_body() -> None:
    facts = resolution_facts("Decides that Parties are invited to:\n(a) share their data;\n(b) review the guidelines;")
    assert not any(r == "requests" for r, s, o in facts)


def test_a_paragraph_that_is_no_item_ends_the_carry() -> None:
    facts = resolution_facts(
        "Decides that the Secretariat shall:\n(a) compile the national reports;\n(b) review the guidelines;",
        "Notes that the Working Group on Early Warning Systems met twice;",
        "(a) continue as a standing advisory body of the Commission;",
    )
    assert ("requests", "ccr/res/12/1", "ccr/secretariat") in facts
    # the lettered line after "Notes that …" is none of the Secretariat's items, nor the group's
    assert not any(r == "makesConstantElement" for r, s, o in facts)


def test_a_partner_consulted_in_an_item_is_not_asked() -> None:
    facts = resolution_facts("Decides that the Secretariat shall:\n(a) compile the national reports in consultation with the Bureau;\n(b) review the guidelines;")
    assert ("requests", "ccr/res/12/1", "ccr/secretariat") in facts
    assert ("requests", "ccr/res/12/1", "ccr/bureau") not in facts


# a decisions database's export (E242's records and one more): the text cell's lead-in and its
# lettered items
PANEL = """<body/e242-birds/advisory-panel> a <https://w3id.org/mandate-graph/ontology#Body> ;
    <https://w3id.org/mandate-graph/ontology#key> "e242-birds/advisory-panel" ;
    <http://www.w3.org/2004/02/skos/core#prefLabel> "Advisory Panel on Flyway Monitoring"@en ;
    <http://www.w3.org/ns/org#subOrganizationOf> <body/e242-birds> .
"""


@pytest.fixture(scope="module")
def birds_registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES + PANEL)


def record(number: str, text: str, status: str = "In effect") -> list[str]:
    return [number, "Flyway monitoring", "Advisory Panel", text, "COP14", "Samarkand (Uzbekistan), 12-17 February 2024", "17/02/2024", status]


def database_facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


PANEL_TEXTS = {
    "set off": "The Advisory Panel on Flyway Monitoring, established by Decision 13.40, shall:\n"
    "a) continue as a standing advisory body of the Conference of the Parties;\nb) review the monitoring guidance; and\n"
    "c) report to the Conference of the Parties at its 15th meeting.",
    "bracketed letters": "The Advisory Panel on Flyway Monitoring shall:\n(a) continue as a standing advisory body of the "
    "Conference of the Parties; and\n(b) report to the Conference of the Parties at its 15th meeting.",
    "inline": "The Advisory Panel on Flyway Monitoring shall: (a) continue as a standing body of the Conference of the Parties; "
    "(b) review the monitoring guidance.",
}


@pytest.mark.parametrize("text", PANEL_TEXTS.values(), ids=PANEL_TEXTS.keys())
def test_a_database_records_items_carry_the_cells_subject(text: str, birds_registry: BodyRegistry) -> None:
    facts = database_facts(export([*RECORDS, record("14.31", text)], header=HEADER), birds_registry)
    assert (birds(14, 31), "makesConstantElement", BodyRef("e242-birds/advisory-panel")) in facts


def test_a_rejected_drafts_items_carry_nothing(birds_registry: BodyRegistry) -> None:
    text = PANEL_TEXTS["set off"]
    facts = database_facts(export([*RECORDS, record("14.32 (draft)", text, status="Not adopted")], header=HEADER), birds_registry)
    assert not any(p == "makesConstantElement" for _, p, _ in facts)

"""A committee's decisions as records on a web page (E139): each record headed "Decision 55 COM 5A"
(a number template with a word between session and number, an agenda item's letter or sub-number
after the item), its title on the next line, a "Date of adoption: 13 July 2032" field, then the text
("1. Having examined Document WHC/32/55.COM/5A,", "Recalling Decisions 53 COM 7 and 54 COM 7",
"Requests the Advisory Bodies to ..." after "Thanks the Advisory Bodies (A, B and C)"). An item that
adopted no decision ("Item 13 (no decision adopted)") is no record of the decision above it."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.numbering import numbering_finder
from mandate_graph.loaders.extract.rules import collective_names
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/gco> a mg:Body ; mg:key "gco" ; skos:prefLabel "Global Coral Organization"@en ; skos:altLabel "GCO"@en .
<body/gco/reef-committee> a mg:Body ; mg:key "gco/reef-committee" ;
    skos:prefLabel "Reef Heritage Committee"@en ; mg:shortName "Committee" ; mg:symbolPrefix "RHC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/gco> ;
    mg:instrumentNumbering [ mg:numberTemplate "{session} COM {number}" ; mg:instrumentKind "decision" ] .
<body/gco/board> a mg:Body ; mg:key "gco/board" ;
    skos:prefLabel "Executive Board of the Global Coral Organization"@en ; mg:shortName "Executive Board" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/gco> ;
    mg:instrumentNumbering [ mg:numberTemplate "{session} EX/{number}" ; mg:instrumentKind "decision" ] .
<body/gco/reef-centre> a mg:Body ; mg:key "gco/reef-centre" ;
    skos:prefLabel "Reef Heritage Centre"@en ; mg:shortName "Centre" ; org:subOrganizationOf <body/gco> .
<body/gco/director-general> a mg:Body ; mg:key "gco/director-general" ;
    skos:prefLabel "Director-General of the Global Coral Organization"@en ; skos:altLabel "Director-General of GCO"@en ;
    org:subOrganizationOf <body/gco> .
<body/marine-council> a mg:Body ; mg:key "marine-council" ; skos:prefLabel "International Marine Council"@en ; skos:altLabel "IMC"@en .
<body/reef-union> a mg:Body ; mg:key "reef-union" ; skos:prefLabel "World Reef Union"@en ; skos:altLabel "WRU"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def page(n: int = 31, date_field: str = "Date of adoption", deferred: bool = True) -> str:
    deferred_item = (
        "Item 9 (no decision adopted)\nProposal to establish an advisory panel on the Reef Fund\n"
        "Status: consideration deferred\nThe draft decision under which the Committee would have decided to establish an"
        " advisory panel on the Reef Fund, was not adopted.\nThemes: Reef Fund\n\n"
    ) if deferred else ""
    return (
        "Global Coral Organization\nSkip to main content\nAbout\tThe Committee\tActivities\tNews\n"
        "Home > The Committee > Sessions > Decisions\nShare\tPrint\tSubscribe to updates\n\n"
        f"Decisions adopted at the {n}th session of the Reef Heritage Committee\n"
        f"The Reef Heritage Committee held its {n}th session in Suva, Fiji, from 3 to 9 June 2031. The decisions listed"
        " on this page were adopted by the Committee at that session.\n\n"
        f"Decision {n} COM 4B\nReports of the Advisory Bodies\n{date_field}: 4 June 2031\nThe Reef Heritage Committee,\n"
        f"1. Having examined Document RHC/31/{n}.COM/4B,\n"
        "2. Thanks the Advisory Bodies (IMC and WRU) for their reports on the state of the reefs inscribed on the List;\n"
        "3. Requests the Advisory Bodies to continue their monitoring of reefs at risk, and to report thereon to the Committee at its next session.\n"
        "Themes: Advisory Bodies\tDownload decision (PDF)\n\n"
        f"Decision {n} COM 7C.2\nState of conservation of reefs\n{date_field}: 6 June 2031\nThe Reef Heritage Committee,\n"
        f"1. Recalling Decisions {n - 2} COM 7C.2 and {n - 1} COM 7C.2,\n"
        "2. Encourages the Director-General of GCO and the Reef Heritage Centre to strengthen their cooperation with the secretariats of the other marine conventions;\n"
        "Themes: Conservation\n\n"
        + deferred_item +
        f"Decision {n} COM 11\nWorking methods\nThe Reef Heritage Committee,\n"
        f"1. Recalling Decision {n - 1} COM 11,\n"
        "2. Requests the Reef Heritage Centre to present a report on the working methods of the Committee for examination at its next session;\n"
        "3. [Paragraph deleted during the debate]\n"
        "Themes: Working methods\tDownload decision (PDF)\n\n"
        "Related links: Sessions of the Committee | Rules of Procedure\n© GCO 2031 | Terms of use | Privacy | Contact\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


DEC = "gco/reef-committee/dec"


@pytest.mark.parametrize("n", [31, 48, 7])
def test_each_record_is_a_decision_with_its_title_date_and_session(n: int, registry: BodyRegistry) -> None:
    text = page(n)
    mentioned = {o for _, o in facts(text, registry, "mentions")}
    assert {f"{DEC}/{n}/4B", f"{DEC}/{n}/7C.2", f"{DEC}/{n}/11"} <= mentioned
    assert (f"{DEC}/{n}/4B", "Reports of the Advisory Bodies") in facts(text, registry, "title")
    adopted_on = facts(text, registry, "adoptedOn")
    assert {(f"{DEC}/{n}/4B", "2031-06-04"), (f"{DEC}/{n}/7C.2", "2031-06-06")} <= adopted_on
    assert not any(s == f"{DEC}/{n}/11" for s, _ in adopted_on)  # a record without a date line
    adopted_at = facts(text, registry, "adoptedAt")
    assert {(f"{DEC}/{n}/{item}", f"gco/reef-committee#{n}") for item in ("4B", "7C.2", "11")} <= adopted_at


@pytest.mark.parametrize("field", ["Date of adoption", "Date adopted", "Adoption date"])
def test_the_date_field_may_be_worded_otherwise(field: str, registry: BodyRegistry) -> None:
    assert (f"{DEC}/31/4B", "2031-06-04") in facts(page(date_field=field), registry, "adoptedOn")


def test_the_clauses_of_each_record_are_its_decisions(registry: BodyRegistry) -> None:
    text = page()
    assert ("RHC/31/31.COM/4B", "gco/reef-committee#31") in facts(text, registry, "submittedTo")
    cites = facts(text, registry, "cites")
    assert {(f"{DEC}/31/7C.2", f"{DEC}/29/7C.2"), (f"{DEC}/31/7C.2", f"{DEC}/30/7C.2"), (f"{DEC}/31/11", f"{DEC}/30/11")} <= cites
    encourages = facts(text, registry, "encourages")
    assert {(f"{DEC}/31/7C.2", "gco/director-general"), (f"{DEC}/31/7C.2", "gco/reef-centre")} <= encourages
    assert (f"{DEC}/31/11", "gco/reef-centre") in facts(text, registry, "requests")


def test_a_collective_name_a_bracket_defines_is_requested_member_by_member(registry: BodyRegistry) -> None:
    requests = facts(page(), registry, "requests")
    assert {(f"{DEC}/31/4B", "marine-council"), (f"{DEC}/31/4B", "reef-union")} <= requests


def test_a_deferred_item_between_records_states_nothing(registry: BodyRegistry) -> None:
    text = page()
    assert not facts(text, registry, "establishes")
    # the record after the deferred item is read as before
    assert (f"{DEC}/31/11", "gco/reef-centre") in facts(text, registry, "requests")
    assert facts(text, registry, "requests") == facts(page(deferred=False), registry, "requests")


@pytest.mark.parametrize(("template_text", "session", "number"), [
    ("55 COM 5A", "55", "5A"), ("Decision 44 COM 7B.12", "44", "7B.12"), ("218 EX/5.2", "218", "5.2"),
    ("219 EX/31", "219", "31"),
])
def test_item_numbers_carry_their_letter_or_sub_number(template_text: str, session: str, number: str, registry: BodyRegistry) -> None:
    found = numbering_finder(tuple(registry)).find(f"Recalling {template_text}, adopted earlier.")
    assert [(n.session, n.number) for n in found] == [(session, number)]


@pytest.mark.parametrize("text", ["Recalling 54 COM 7 By which it decided", "Recalling 54 COM 7AB and more"])
def test_a_letter_glued_to_a_word_is_no_item_letter(text: str, registry: BodyRegistry) -> None:
    assert all(n.number == "7" or n.number.isdigit() for n in numbering_finder(tuple(registry)).find(text))


@pytest.mark.parametrize(("text", "symbol"), [
    ("Document WHC/32/55.COM/5A,", "WHC/32/55.COM/5A"), ("see RHC/31/31.COM/7C.2.", "RHC/31/31.COM/7C.2"),
    ("(LHE/31/21.COM/4A/Add.1)", "LHE/31/21.COM/4A/Add.1"),
])
def test_the_paper_of_a_lettered_item_keeps_its_letter(text: str, symbol: str) -> None:
    assert [s.symbols[0] for s in find_symbols(text)] == [symbol]


def _members(item: str) -> str | None:
    return {"IMC": "marine-council", "WRU": "reef-union", "FAO": "fao", "IFAD": "ifad", "WFP": "wfp"}.get(item)


@pytest.mark.parametrize(("text", "name", "keys"), [
    ("Thanks the Advisory Bodies (IMC and WRU) for", "advisory bodies", ("marine-council", "reef-union")),
    ("with the Rome-based agencies (FAO, IFAD and WFP),", "rome-based agencies", ("fao", "ifad", "wfp")),
])
def test_a_bracket_of_known_bodies_defines_a_collective_name(text: str, name: str, keys: tuple[str, ...]) -> None:
    assert collective_names.defined_collectives(text, _members, lambda name: False) == {name: keys}


@pytest.mark.parametrize("text", [
    "Thanks the Parties (France and Germany) for",  # no bodies in the bracket
    "Thanks the Advisory Bodies (IMC) for",  # one member is no list
    "the reports (A/86/1 and A/86/2)",  # a name in lower case, papers in the bracket
    "Thanks the Advisory Bodies (IMC, WRU and the Secretariat) for",  # a member unknown
])
def test_a_bracket_of_anything_else_defines_nothing(text: str) -> None:
    assert collective_names.defined_collectives(text, _members, lambda name: False) == {}


def test_an_item_line_under_a_records_title_is_that_decisions_own(registry: BodyRegistry) -> None:
    text = page().replace("Working methods\nThe Reef Heritage Committee,\n", "Working methods\nAgenda item 11\nThe Reef Heritage Committee,\n")
    assert (f"{DEC}/31/11", "gco/reef-centre") in facts(text, registry, "requests")

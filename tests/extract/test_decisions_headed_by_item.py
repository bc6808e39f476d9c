"""A decisions document of a body that numbers its decisions by session and agenda item, saved from
Word as text (E254, u312): "5A.<tab>Report of the Secretariat" (the item's number and title) over
"Decision:<tab>12 COM 5A" (a label, a tab, the number) over "The Committee," — each decision's
title is its item's heading, and the text under it is its own. The masthead's dateline ("Paris, 31
July 2036" under the symbol) is the document's, not the session's, whose place and days stand under
the session line. "held at <X> Headquarters on … and in <town> on …, respectively" gives each
meeting its days, and the town only to the one held in a town. "Requests the Secretariat and the
Advisory Bodies to …" requests each member of a collective the document defined in brackets.

Near misses: another item's heading over the number (no title), a "Decision<tab>X" record row of an
export with no opening formula under it (no heading), a dateline with no place and days under the
session line (still the session's, as before), a collective never defined, the parties "in
consultation with" (no addressee).

(E249 reads UNESCO Executive Board document symbols "229 EX/14" in u300: those are documents, not
decisions; the numbers here are decisions in their body's convention, "{session} COM {number}",
"{session} EX/Decision {number}", "{session}.COM {number}".)"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.held_respectively import held_respectively
from mandate_graph.loaders.extract.rules.instrument_headings import item_title_above
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

# Invented bodies of an invented organisation: a heritage committee numbering "{session} COM
# {number}", an executive board numbering "{session} EX/Decision {number}", an intangible heritage
# committee numbering "{session}.COM {number}"; their secretariat, advisory bodies and a working group.
BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/e254-org> a mg:Body ; mg:key "e254-org" ;
    skos:prefLabel "Organization for Cultural Landscapes"@en ; skos:altLabel "OCL"@en .
<body/e254-org/landscapes-committee> a mg:Body ; mg:key "e254-org/landscapes-committee" ;
    skos:prefLabel "Cultural Landscapes Committee"@en ; mg:shortName "Committee" ; mg:symbolPrefix "CLC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/e254-org> ;
    mg:instrumentNumbering [ mg:numberTemplate "{session} COM {number}" ; mg:instrumentKind "decision" ] .
<body/e254-org/board> a mg:Body ; mg:key "e254-org/board" ;
    skos:prefLabel "Executive Board of the Organization for Cultural Landscapes"@en ; mg:shortName "Executive Board" ;
    mg:symbolPrefix "OCLEB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/e254-org> ;
    mg:instrumentNumbering [ mg:numberTemplate "{session} EX/Decision {number}" ; mg:instrumentKind "decision" ] .
<body/e254-org/landscapes-centre> a mg:Body ; mg:key "e254-org/landscapes-centre" ;
    skos:prefLabel "Cultural Landscapes Secretariat"@en ; mg:shortName "Secretariat" ; org:subOrganizationOf <body/e254-org> .
<body/e254-org/director-general> a mg:Body ; mg:key "e254-org/director-general" ;
    skos:prefLabel "Director-General of the Organization for Cultural Landscapes"@en ; skos:altLabel "Director-General of OCL"@en ;
    mg:shortName "Director-General" ; org:subOrganizationOf <body/e254-org> .
<body/e254-tla> a mg:Body ; mg:key "e254-tla" ; skos:prefLabel "Terraced Landscapes Alliance"@en ; skos:altLabel "TLA"@en .
<body/e254-gsn> a mg:Body ; mg:key "e254-gsn" ; skos:prefLabel "Garden Studies Network"@en ; skos:altLabel "GSN"@en .
<body/e254-org/landscapes-committee/wg> a mg:Body ; mg:key "e254-org/landscapes-committee/wg" ;
    skos:prefLabel "working group on the listing criteria"@en ; mg:shortName "working group" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/e254-org/landscapes-committee> .
"""

CLC = "e254-org/landscapes-committee"
BOARD = "e254-org/board"
SECRETARIAT = "e254-org/landscapes-centre"
WG = "e254-org/landscapes-committee/wg"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="t", registry=registry).facts}


def clc(session: int, number: str) -> InstrumentRef:
    return InstrumentRef(CLC, "decision", str(session), number)


MASTHEAD = (
    "Decisions adopted at the 14th session of the Committee\tCLC/36/14.COM/9, p. \n\n\nCLC/36/14.COM/9\n\n"
    "Paris, 2 August 2036\n\nOriginal: English\n\n\n\nORGANIZATION FOR CULTURAL LANDSCAPES\n\n"
    "CULTURAL LANDSCAPES COMMITTEE\n\nFourteenth session\n\nKyoto, Japan\n\n11 - 15 July 2036\n\n\n\n"
    "This document contains the decisions adopted by the Cultural Landscapes Committee at its 14th session.\n\n"
)

DECISIONS = MASTHEAD + (
    "3B.\tReport of the Secretariat on its activities\n\n"
    "Decision:\t14 COM 3B\n\n"
    "The Cultural Landscapes Committee,\n\n"
    "Thanks the Advisory Bodies (TLA and GSN) for their evaluations;\n\n"
    "Requests the Cultural Landscapes Secretariat and the Advisory Bodies to prepare a joint review, in consultation with the States Parties.\n\n"
    "8.\tRevision of the listing criteria\n\n"
    "Decision:\t14 COM 8\n\n"
    "The Cultural Landscapes Committee,\n\n"
    "Takes note of the report of the working group on its second and third meetings, held at OCL Headquarters on "
    "3 and 4 March 2036 and in Lisbon on 9 July 2036, respectively;\n\n"
    "Requests the working group to report at its 15th session.\n"
)


def test_each_decision_is_headed_by_its_label_and_titled_by_its_item(registry: BodyRegistry) -> None:
    found = facts(DECISIONS, registry)
    assert (clc(14, "3B"), "title", "Report of the Secretariat on its activities") in found
    assert (clc(14, "8"), "title", "Revision of the listing criteria") in found
    session = GatheringRef(CLC, "session", 14)
    assert (clc(14, "3B"), "adoptedAt", session) in found
    assert (clc(14, "8"), "adoptedAt", session) in found
    # the text under the label is the decision's own
    assert (clc(14, "8"), "requests", BodyRef(WG)) in found


def test_the_dateline_is_the_documents_and_the_lines_under_the_session_its_own(registry: BodyRegistry) -> None:
    found = facts(DECISIONS, registry)
    session = GatheringRef(CLC, "session", 14)
    assert (session, "heldIn", "Kyoto") in found
    assert (session, "heldOn", DateRange(dt.date(2036, 7, 11), dt.date(2036, 7, 15))) in found
    assert (session, "heldIn", "Paris") not in found
    assert (session, "heldOn", DateRange(dt.date(2036, 8, 2), dt.date(2036, 8, 2))) not in found


def test_a_dateline_with_nothing_under_the_session_line_stays_the_sessions(registry: BodyRegistry) -> None:
    # near miss: no place or days under the session line: the line above says where the session sat
    text = (
        "CLC/36/14.COM/9\n\nKyoto, 11 July 2036\n\nCULTURAL LANDSCAPES COMMITTEE\n\nFourteenth session\n\n"
        "Item 3 of the agenda\n\nThe Committee opened its session.\n"
    )
    found = facts(text, registry)
    assert (GatheringRef(CLC, "session", 14), "heldIn", "Kyoto") in found


def test_a_collective_joined_to_an_addressee_asks_each_member(registry: BodyRegistry) -> None:
    found = facts(DECISIONS, registry)
    for member in (SECRETARIAT, "e254-tla", "e254-gsn"):
        assert (clc(14, "3B"), "requests", BodyRef(member)) in found
    # "in consultation with the States Parties": a partner, no addressee
    assert not [f for f in found if f[0] == clc(14, "3B") and f[1] == "requests" and f[2] not in {
        BodyRef(SECRETARIAT), BodyRef("e254-tla"), BodyRef("e254-gsn")}]


def test_an_undefined_collective_asks_nobody_more(registry: BodyRegistry) -> None:
    text = DECISIONS.replace("Thanks the Advisory Bodies (TLA and GSN) for their evaluations;\n\n", "")
    found = facts(text, registry)
    assert (clc(14, "3B"), "requests", BodyRef(SECRETARIAT)) in found
    assert (clc(14, "3B"), "requests", BodyRef("e254-tla")) not in found


def test_meetings_at_a_headquarters_and_in_a_town_respectively(registry: BodyRegistry) -> None:
    found = facts(DECISIONS, registry)
    second, third = GatheringRef(WG, "meeting", 2), GatheringRef(WG, "meeting", 3)
    assert (second, "heldOn", DateRange(dt.date(2036, 3, 3), dt.date(2036, 3, 4))) in found
    assert (third, "heldOn", DateRange(dt.date(2036, 7, 9), dt.date(2036, 7, 9))) in found
    assert (third, "heldIn", "Lisbon") in found
    assert not [f for f in found if f[0] == second and f[1] == "heldIn"]  # "OCL Headquarters" is no town
    assert (DocumentRef(symbols=("CLC/36/14.COM/9",)), "reportOf", second) not in found


@pytest.mark.parametrize(
    "told, places, days",
    [
        # a headquarters first, a town second
        (" held at United Nations Headquarters on 3 and 4 March 2036 and in Lisbon on 9 July 2036, respectively",
         (None, "Lisbon"), (DateRange(dt.date(2036, 3, 3), dt.date(2036, 3, 4)), DateRange(dt.date(2036, 7, 9), dt.date(2036, 7, 9)))),
        # two towns, each with its days (the first town is not both's)
        (", which were held in Bonn from 2 to 4 May 2035 and in Nairobi from 6 to 8 October 2035, respectively",
         ("Bonn", "Nairobi"), (DateRange(dt.date(2035, 5, 2), dt.date(2035, 5, 4)), DateRange(dt.date(2035, 10, 6), dt.date(2035, 10, 8)))),
    ],
)
def test_pairs_told_respectively(told: str, places: tuple[str | None, ...], days: tuple[DateRange, ...]) -> None:
    each = held_respectively("its second and third meetings" + told, len("its second and third meetings"), 2)
    assert each is not None and each.places == places and each.spans == days


def test_three_pairs_for_two_meetings_tell_nothing() -> None:
    text = "its second and third meetings, held in Bonn on 2 May, in Rome on 3 May and in Lisbon on 4 May 2035, respectively"
    each = held_respectively(text, len("its second and third meetings"), 2)
    assert each is None or not each.places


@pytest.mark.parametrize(
    "heading, label, number, title",
    [
        ("5A. Report of the Secretariat on its activities", None, "5A", "Report of the Secretariat on its activities"),
        ("Working methods of the Board", "12", "12", "Working methods of the Board"),
        ("9 Implementation of the medium-term strategy", None, "9", "Implementation of the medium-term strategy"),
        # near misses: another item's heading; a heading with no item number; a sentence
        ("5B. Reports of the Advisory Bodies", None, "5A", None),
        ("Report of the Secretariat on its activities", None, "5A", None),
        ("7. The Board took note of the report.", None, "7", None),
    ],
)
def test_item_title_above(heading: str, label: str | None, number: str, title: str | None) -> None:
    assert item_title_above(heading, label, number) == title


def test_an_executive_boards_decision_under_its_item(registry: BodyRegistry) -> None:
    text = (
        "OCLEB/229/DEC\n\nParis, 20 October 2036\n\nEXECUTIVE BOARD OF THE ORGANIZATION FOR CULTURAL LANDSCAPES\n\n"
        "Two hundred and twenty-ninth session\n\n\n\n"
        "9\tFollow-up to the evaluation of the landscapes programme\n\n"
        "Decision:\t229 EX/Decision 9\n\n"
        "The Executive Board,\n\n"
        "Requests the Director-General of OCL to report to it at its 230th session.\n"
    )
    found = facts(text, registry)
    ref = InstrumentRef(BOARD, "decision", "229", "9")
    assert (ref, "title", "Follow-up to the evaluation of the landscapes programme") in found
    assert (ref, "requests", BodyRef("e254-org/director-general")) in found


def test_a_decision_record_row_with_no_text_under_it_heads_nothing(registry: BodyRegistry) -> None:
    # near miss: an export's record row "Decision<tab>14 COM 8" among other rows, no opening formula
    text = (
        "Export of decisions\n\nDecision\t14 COM 8\n\nTitle\tRevision of the listing criteria\n\n"
        "Status\tIn force\n\nDecision\t14 COM 9\n\nTitle\tBudget\n\nStatus\tIn force\n"
    )
    found = facts(text, registry)
    assert (clc(14, "8"), "title", "Status In force") not in found
    assert not [f for f in found if f[0] == clc(14, "8") and f[1] == "requests"]

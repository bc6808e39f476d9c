"""A decisions database's export to CSV or TSV (E242, `csv_tables`, `rules/decision_tables`): a
header row, every field quoted or not, one record a decision: its number written "14.23" in a
convention that parts session and number with a full stop ("Decision {session}.{number}"), its
title, an addressee column, its text (lettered sub-paragraphs on lines of their own inside the
quotes), the meeting that adopted it by its body's initials and number ("COP14", "MOP 7",
"CoP-9"), the meeting's place and days in one cell ("Venue and dates": "Samarkand (Uzbekistan),
12-17 February 2024"), the adoption day "dd/mm/yyyy", a status. Each record is read as a row of
a table of instruments: title, day, meeting, the meeting's town and days, the mandates and
cites of its text. Near misses: a rejected draft's row ("14.30 (draft)", "Not adopted"), a
meeting cell whose initials are not the issuer's, a dotted number no convention claims."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.decision_tables import initialled_gathering
from mandate_graph.loaders.extract.rules.dates_and_venue_fields import venue_cell
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

# Invented treaty bodies: a migratory birds convention whose Conference of the Parties numbers its
# decisions "Decision 14.23"; a fisheries agreement whose Meeting of the Parties numbers its own
# "Decision 7.3" too (loaded alone: two conventions claiming one shape leave a bare number to neither).
BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/e242-birds> a mg:Body ; mg:key "e242-birds" ;
    skos:prefLabel "Conference of the Parties to the Convention on Flyway Birds"@en ;
    mg:shortName "Conference of the Parties" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Decision {session}.{number}" ; mg:instrumentKind "decision" ] .
<body/e242-birds/scientific-council> a mg:Body ; mg:key "e242-birds/scientific-council" ;
    skos:prefLabel "Scientific Council of the Convention on Flyway Birds"@en ; skos:altLabel "Scientific Council"@en ;
    mg:shortName "Scientific Council" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/e242-birds> .
"""
PREFIXES = BODIES[: BODIES.index("<body/")]
REEFS = PREFIXES + """<body/e242-reefs> a mg:Body ; mg:key "e242-reefs" ;
    skos:prefLabel "Meeting of the Parties to the Agreement on Reef Fisheries"@en ;
    mg:shortName "Meeting of the Parties" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Decision {session}.{number}" ; mg:instrumentKind "decision" ] .
<body/e242-reefs/compliance-committee> a mg:Body ; mg:key "e242-reefs/compliance-committee" ;
    skos:prefLabel "Compliance Committee of the Agreement on Reef Fisheries"@en ; skos:altLabel "Compliance Committee"@en ;
    mg:shortName "Compliance Committee" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/e242-reefs> .
"""

BIRDS = "e242-birds"
COP_14 = GatheringRef(BIRDS, "meeting", 14)
COP_13 = GatheringRef(BIRDS, "meeting", 13)


def birds(session: int, number: int) -> InstrumentRef:
    return InstrumentRef(BIRDS, "decision", str(session), str(number))


HEADER = ["Decision", "Title", "Directed to", "Text", "Meeting", "Venue and dates", "Adopted", "Status"]
RECORDS = [
    [
        "13.40", "Flyway monitoring", "Secretariat",
        "The Secretariat shall compile the national monitoring reports and present them to the Scientific Council at its 7th meeting.",
        "COP13", "Gandhinagar (India), 17-22 February 2020", "22/02/2020", "Deleted at COP14",
    ],
    [
        "14.23", "Flyway monitoring", "Scientific Council",
        "The Scientific Council shall:\na) review the monitoring guidance referred to in Decision 13.40; and\n"
        "b) report to the Conference of the Parties at its 15th meeting.",
        "COP14", "Samarkand (Uzbekistan), 12-17 February 2024", "17/02/2024", "In effect",
    ],
    [
        "14.24", "Flyway monitoring", "Parties",
        "Parties are invited to:\na) share their monitoring data; and\nb) nominate focal points, in consultation with the Secretariat.",
        "COP14", "Samarkand (Uzbekistan), 12-17 February 2024", "17/02/2024", "In effect",
    ],
    [
        "14.30 (draft)", "Flyway monitoring", "Secretariat",
        "[Proposed by one Party] The Secretariat shall establish a working group on tracking technology.",
        "COP14", "Samarkand (Uzbekistan), 12-17 February 2024", "", "Not adopted",
    ],
]


def export(records: list[list[str]] = RECORDS, delimiter: str = ",", header: list[str] = HEADER, quoting: int = csv.QUOTE_ALL) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\n")
    writer.writerow(header)
    for record in records:
        writer.writerow(record)
    return out.getvalue()


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts_of(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


SAVED_OTHERWISE = {
    "every field quoted": export(),
    "quoted where needed": export(quoting=csv.QUOTE_MINIMAL),
    "semicolons": export(delimiter=";"),
    "tabs": export(delimiter="\t"),
    # the columns named as another database names them
    "renamed": export(header=["Decision", "Subject", "Addressee", "Decision text", "Meeting", "Place and dates", "Date of adoption", "Status"]),
}


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_each_record_is_a_decision_of_the_meeting_its_initials_name(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (birds(14, 23), "title", "Flyway monitoring") in facts
    assert (birds(14, 23), "adoptedOn", dt.date(2024, 2, 17)) in facts
    assert (birds(14, 23), "adoptedAt", COP_14) in facts
    assert (birds(13, 40), "adoptedAt", COP_13) in facts
    assert (COP_14, "meetingOf", BodyRef(BIRDS)) in facts


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_the_venue_cell_gives_the_meetings_town_and_days(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (COP_14, "heldIn", "Samarkand") in facts
    assert (COP_14, "heldOn", DateRange(dt.date(2024, 2, 12), dt.date(2024, 2, 17))) in facts
    assert (COP_13, "heldIn", "Gandhinagar") in facts
    assert not any(p == "heldIn" and o in ("India", "Uzbekistan") for _, p, o in facts)


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_the_text_gives_the_decisions_mandates_and_cites(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    # ("The Secretariat shall": the issuer's own secretariat, as `own_secretariat` keys it)
    assert (birds(13, 40), "requests", BodyRef("e242-birds/secretariat")) in facts
    assert (birds(14, 23), "requests", BodyRef("e242-birds/scientific-council")) in facts
    assert (birds(14, 23), "cites", birds(13, 40)) in facts
    # "Parties are invited", a partner "in consultation with": nothing
    assert not any(s == birds(14, 24) and p in ("requests", "encourages") for s, p, _ in facts)


def test_a_rejected_draft_is_no_decision_and_leaves_the_table_read(registry: BodyRegistry) -> None:
    facts = facts_of(export(), registry)
    assert not any(birds(14, 30) in (s, o) for s, _, o in facts)
    assert not any(p == "establishes" for _, p, _ in facts)


def test_another_bodys_decisions_take_their_own_meeting(tmp_path_factory: pytest.TempPathFactory) -> None:
    reefs = [
        ["7.3", "Catch documentation", "Compliance Committee", "The Compliance Committee shall review the catch documentation scheme.",
         "MOP 7", "Apia (Samoa), 3-6 May 2033", "06/05/2033", "In effect"],
        ["7.4", "Observer programme", "Compliance Committee", "The Compliance Committee shall report on observer coverage.",
         "MOP 7", "Apia (Samoa), 3-6 May 2033", "06/05/2033", "In effect"],
        ["7.5", "Budget", "Parties", "Parties are urged to pay their contributions.",
         "MOP 7", "Apia (Samoa), 3-6 May 2033", "06/05/2033", "In effect"],
    ]
    facts = facts_of(export(reefs, delimiter=";", quoting=csv.QUOTE_MINIMAL), registry_from_turtle(tmp_path_factory, REEFS))
    decision = InstrumentRef("e242-reefs", "decision", "7", "3")
    mop_7 = GatheringRef("e242-reefs", "meeting", 7)
    assert (decision, "adoptedAt", mop_7) in facts
    assert (mop_7, "heldIn", "Apia") in facts
    assert (decision, "requests", BodyRef("e242-reefs/compliance-committee")) in facts


def test_a_meeting_cell_of_other_initials_adopts_nothing(registry: BodyRegistry) -> None:
    # "SC58": a meeting of the Standing Committee, not of the Conference that issues the decisions
    records = [[*r[:4], "SC58", *r[5:]] for r in RECORDS[:3]]
    facts = facts_of(export(records), registry)
    assert (birds(14, 23), "title", "Flyway monitoring") in facts
    assert not any(p in ("adoptedAt", "heldIn", "heldOn") for _, p, _ in facts)


def test_a_dotted_number_no_convention_claims_is_no_instrument(tmp_path_factory: pytest.TempPathFactory) -> None:
    # a body numbering "COP {session}/{number}": "14.23" under "Decision" is none of its decisions
    slashed = registry_from_turtle(tmp_path_factory, BODIES.replace('"Decision {session}.{number}"', '"COP {session}/{number}"'))
    facts = facts_of(export(), slashed)
    assert not any(p in ("title", "adoptedAt", "adoptedOn") for _, p, _ in facts)


def test_initials_and_venue_cells() -> None:
    names = ("Conference of the Parties to the Convention on Flyway Birds", "Conference of the Parties")
    assert initialled_gathering("CoP23", names) == 23
    assert initialled_gathering("COP 14", names) == 14
    assert initialled_gathering("CP-9", names) == 9
    assert initialled_gathering("SC79", names) is None
    assert initialled_gathering("COP", names) is None and initialled_gathering("Twenty-third meeting", names) is None
    assert venue_cell("Venue and dates", "Lima (Peru), 7-18 November 2033") == (DateRange(dt.date(2033, 11, 7), dt.date(2033, 11, 18)), "Lima")
    assert venue_cell("Dates and venue", "3-6 May 2033, Apia") == (DateRange(dt.date(2033, 5, 3), dt.date(2033, 5, 6)), "Apia")
    assert venue_cell("Status", "Lima (Peru), 7-18 November 2033") is None


def test_one_line_records_are_a_wide_table_not_a_field_export(registry: BodyRegistry) -> None:
    # every record on one line, every field quoted: the shape of a "record","field","value"
    # export at a glance, but under a header of ten names every row as wide
    records = [
        [f"14.{n}", "Flyway monitoring", "Scientific Council", f"The Scientific Council shall review the flyway data set number {n}.",
         "COP14", "Samarkand (Uzbekistan), 12-17 February 2024", "17/02/2024", "In effect"]
        for n in (41, 42, 43, 44, 45)
    ]
    facts = facts_of(export(records), registry)
    for n in (41, 45):
        assert (birds(14, n), "adoptedAt", COP_14) in facts
        assert (birds(14, n), "requests", BodyRef("e242-birds/scientific-council")) in facts


@pytest.mark.parametrize(
    "text, requested",
    [
        ("The Scientific Council shall convene the second meeting of the flyway working group in Bonn.", True),
        ("The Scientific Council shall convene a workshop on tracking before its 8th meeting.", True),
        # its own meetings: an arrangement, no task
        ("The Scientific Council shall convene its 8th meeting in Bonn.", False),
        ("The Scientific Council shall convene in Bonn in 2025.", False),
    ],
)
def test_convening_another_gathering_is_a_task(text: str, requested: bool, registry: BodyRegistry) -> None:
    record = ["14.50", "Flyway monitoring", "Scientific Council", text, "COP14", "Samarkand (Uzbekistan), 12-17 February 2024", "17/02/2024", "In effect"]
    facts = facts_of(export([*RECORDS[:3], record]), registry)
    assert ((birds(14, 50), "requests", BodyRef("e242-birds/scientific-council")) in facts) is requested

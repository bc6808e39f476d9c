"""A decisions tracker's CSV export (`loaders/extract/csv_tables.py`, `rules/decision_tables.py`):
a title and a meeting row padded with empty cells above the header, one row per decision with
its number, title, day, meeting, a summary of its operative paragraphs in one quoted cell over
several lines, and the documents it was taken on; notes below. Each decision gets its title,
day, the meeting that adopted it (named in the meeting cell, though the convention numbers its
decisions in a series of its own) and its clauses' mandates; each listed document was before
that meeting. The same file saved with semicolons or tabs, its columns in another order and
named otherwise, reads alike; prose whose lines end in commas stays prose."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.csv_tables import wide_csv_export
from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.rules.dated_records import field_date
from mandate_graph.loaders.extract.symbols import find_symbols
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

# An invented convention whose decisions "LC.8/3" are numbered by the series of its
# intergovernmental meetings (the eighth), not by the meeting of the Parties that adopts them.
LAKES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/lakes-parties> a mg:Body ; mg:key "lakes-parties" ;
    skos:prefLabel "Meeting of the Contracting Parties to the Convention on the Protection of the Great Lakes Basin"@en ;
    skos:altLabel "Contracting Parties to the Lakes Convention"@en ;
    mg:shortName "Contracting Parties" ; mg:symbolPrefix "UNEP/GLB LC" ; mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "LC.{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/lakes-parties/science-panel> a mg:Body ; mg:key "lakes-parties/science-panel" ;
    skos:prefLabel "Science Panel of the Lakes Convention"@en ; skos:altLabel "Science Panel"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/lakes-parties> .
<body/lakes-unit> a mg:Body ; mg:key "lakes-unit" ;
    skos:prefLabel "Lakes Convention Coordinating Unit"@en ; skos:altLabel "Coordinating Unit"@en .
"""

PARTIES = "lakes-parties"
MEETING_5 = GatheringRef(PARTIES, "meeting", 5)
PANEL_12 = GatheringRef("lakes-parties/science-panel", "meeting", 12)


def decision(number: int, session: int = 8) -> InstrumentRef:
    return InstrumentRef(PARTIES, "decision", str(session), str(number))


PREAMBLE = [
    "Decisions of the Contracting Parties to the Lakes Convention, export from the decisions tracker",
    "Meeting: 5th Ordinary Meeting of the Contracting Parties (COP 5), Duluth, United States, 3–6 November 2031",
]
HEADER = ["decision", "title", "adopted", "meeting", "summary of operative paragraphs", "documents"]
RECORDS = [
    [
        "LC.8/2", "Science Panel: work plan, 2032–2033", "4 November 2031", "COP 5",
        "Takes note of the report of the Science Panel;\nrequests the Science Panel to assess, in consultation with the Parties, nutrient loads;\n"
        "calls on the Coordinating Unit to service the Panel.",
        "UNEP/GLB LC.8/5 (Report of the 12th Meeting of the Science Panel, prepared in accordance with decision LC.7/4)",
    ],
    [
        "LC.8/3", "Invasive species", "05/11/2031", "COP 5",
        "Recalls decision LC.8/2;\nrequests the Coordinating Unit to prepare guidelines for the 6th Ordinary Meeting, to be held in Toronto in 2033.",
        "UNEP/GLB LC.8/6",
    ],
    ["LC.8/4", "Budget", "6 November 2031", "COP 5", "Approves the budget;\nurges the Parties to pay their contributions.", "UNEP/GLB LC.8/7; UNEP/GLB LC.8/8"],
]
FOOTER = ["Source: Report of the 5th Ordinary Meeting of the Contracting Parties (UNEP/GLB LC.8/20), annex I."]


def export(delimiter: str = ",", order: list[int] | None = None, names: list[str] | None = None, quoting: int = csv.QUOTE_MINIMAL) -> str:
    """The tracker's export as a spreadsheet saves it: notes padded to the table's width."""
    order = order or list(range(len(HEADER)))
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\n")
    pad = [""] * (len(HEADER) - 1)
    for line in PREAMBLE:
        writer.writerow([line, *pad])
    writer.writerow([(names or HEADER)[i] for i in order])
    for record in RECORDS:
        writer.writerow([record[i] for i in order])
    writer.writerow([""] * len(HEADER))
    for line in FOOTER:
        writer.writerow([line, *pad])
    return out.getvalue()


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, LAKES)


def facts_of(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


SAVED_OTHERWISE = {
    "commas": export(),
    "semicolons": export(";"),
    "tabs": export("\t"),
    "every cell quoted": export(quoting=csv.QUOTE_ALL),
    # the meeting first, the documents before the summary, the columns named as another tracker does
    "reordered and renamed": export(
        ";", [3, 0, 2, 1, 5, 4],
        ["Decision No.", "Subject", "Date of adoption", "Session", "Operative paragraphs", "Documents considered"],
    ),
}


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_each_row_is_a_decision_of_the_meeting_its_cell_names(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (decision(2), "title", "Science Panel: work plan, 2032–2033") in facts
    assert (decision(2), "adoptedOn", dt.date(2031, 11, 4)) in facts
    assert (decision(3), "adoptedOn", dt.date(2031, 11, 5)) in facts  # "05/11/2031": the day first
    # decision LC.8/3 was adopted at the fifth meeting: the cell says so, the number's 8 is a series
    for n in (2, 3, 4):
        assert (decision(n), "adoptedAt", MEETING_5) in facts
    # the masthead's meeting row: the meeting, its town and days
    assert (MEETING_5, "heldIn", "Duluth") in facts
    assert (MEETING_5, "heldOn", DateRange(dt.date(2031, 11, 3), dt.date(2031, 11, 6))) in facts


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_the_summary_clauses_are_the_decisions_mandates(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (decision(2), "requests", BodyRef("lakes-parties/science-panel")) in facts
    assert (decision(2), "requests", BodyRef("lakes-unit")) in facts  # "calls on", a clause on its own line
    assert (decision(3), "cites", decision(2)) in facts
    assert (decision(3), "requests", BodyRef("lakes-unit")) in facts
    assert not any(s == decision(4) and p == "requests" for s, p, _ in facts)  # "urges the Parties": no body
    # "for the 6th Ordinary Meeting, to be held in Toronto": the Parties' next meeting
    assert (GatheringRef(PARTIES, "meeting", 6), "heldIn", "Toronto") in facts


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_listed_documents_were_before_the_meeting(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    for number in (5, 6, 7, 8):
        assert (DocumentRef(symbols=(f"UNEP/GLB LC.8/{number}",)), "submittedTo", MEETING_5) in facts
    report = DocumentRef(symbols=("UNEP/GLB LC.8/5",))
    assert (report, "reportOf", PANEL_12) in facts
    assert (report, "pursuantTo", decision(4, 7)) in facts
    assert (DocumentRef(symbols=("UNEP/GLB LC.8/20",)), "reportOf", MEETING_5) in facts
    # a document's symbol in the convention's series is no decision: "LC.8/20" is nobody's number
    assert not any(o == decision(20) or o == decision(5) for _, _, o in facts)
    assert not any(s == DocumentRef(symbols=("LC.7/4",)) for s, _, _ in facts)  # named in a description


def test_a_table_at_the_top_is_read_as_rows_not_as_a_masthead(registry: BodyRegistry) -> None:
    # no preamble: the header row opens the file, where a masthead set in a table would stand
    text = "\n".join(export().split("\n")[len(PREAMBLE) :])
    facts = facts_of(text, registry)
    assert (decision(4), "title", "Budget") in facts
    assert (decision(4), "adoptedOn", dt.date(2031, 11, 6)) in facts


def test_a_plenary_meeting_in_the_meeting_cell_adopts_nothing(registry: BodyRegistry) -> None:
    text = export().replace(",COP 5,", ",3rd plenary meeting,")
    facts = facts_of(text, registry)
    assert (decision(4), "title", "Budget") in facts
    assert not any(p == "adoptedAt" for _, p, _ in facts)


@pytest.mark.parametrize(
    "text",
    [
        # an instrument's preamble: lines that end in commas are prose, no padded rows
        "The Contracting Parties,\nRecalling decision LC.7/4,\nNoting the report,\nDecide, as follows, to act,,\n",
        "The Meeting of the Parties,,\nhaving met in Duluth,,\ntook note of the report,,\nand closed.\n",
    ],
)
def test_prose_with_trailing_commas_is_no_export(text: str) -> None:
    assert wide_csv_export(text) is None


def test_day_first_figures_and_whole_dotted_spans() -> None:
    assert field_date("12/12/2029") == dt.date(2029, 12, 12)
    assert field_date("3/6/2029") == dt.date(2029, 6, 3)  # the day first, as the UN writes it
    assert field_date("6/23/2029") == dt.date(2029, 6, 23)  # a day past 12 second: the month first
    assert field_date("2029-12-12") == dt.date(2029, 12, 12)
    assert field_date("31/02/2029") is None and field_date("COP 26") is None
    spans = [(d.value.start, d.value.end) for d in find_dates("held in Tirana on 02.06.2029–04.06.2029;")]
    assert spans == [(dt.date(2029, 6, 2), dt.date(2029, 6, 4))]
    two = [(d.value.start, d.value.end) for d in find_dates("on 02.06.2029 and on 04.06.2029")]
    assert len(two) == 2  # two days, not a span


def test_a_declared_series_with_a_space_inside_opens_a_symbol(registry: BodyRegistry) -> None:
    series = registry.symbol_series()
    assert [s.symbols for s in find_symbols("the report (UNEP/GLB LC.8/20), annex I", series)] == [("UNEP/GLB LC.8/20",)]
    text = "Decisions of the Contracting Parties to the Lakes Convention\n\nThe Parties considered document UNEP/GLB LC.8/9 and recalled decision LC.7/4.\n"
    mentioned = {o for _, p, o in facts_of(text, registry) if p == "mentions"}
    assert decision(4, 7) in mentioned and decision(9) not in mentioned


def test_rows_numbered_by_ordinals_stay_records() -> None:
    # "decision" names the column, but "1", "2" number the rows: no instruments to list, the
    # text column is read as paragraphs, as before
    table = (
        "decision,title,text\n"
        '1,Budget,"Approves the budget of the Coordinating Unit for the biennium 2032-2033, as proposed by the Unit."\n'
        '2,Meetings,"Decides that the Parties shall meet every two years in the host country of the Unit."\n'
        '3,Reports,"Requests the Coordinating Unit to report on the budget at every ordinary meeting."\n'
    )
    exported = wide_csv_export(table)
    assert exported is not None
    assert "| " not in exported[0]
    assert "Approves the budget of the Coordinating Unit for the biennium 2032-2033, as proposed by the Unit." in exported[0].split("\n\n")

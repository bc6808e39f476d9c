"""A register of mandates kept in a spreadsheet and saved as CSV or TSV (`csv_tables`,
`rules/mandate_registers.py`, `rules/decision_tables.py`): one row a mandate, the instrument's
cells (number, adopted, title) merged over the rows of its mandates so that only its first row
holds them, an addressee cell and an action cell told in the participle ("requested to ...",
"invited to ...", "established by OP 1", a bare "to report ..."), a "Report due" cell naming a
meeting by its code ("RSC 14", "C 97"), the header repeated after a page marker, and a table of
the sessions below. The same register saved with tabs or semicolons, its columns in another
order and named otherwise, reads alike; an action "noted" and a withdrawn row give no mandate,
a completed one still does."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.mandate_registers import action_clause, note_clause, register_columns
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

# An invented organization: its Rail Safety Committee numbers resolutions "RSC.41(12)" (the
# number, then the session), its General Conference "GC.7(30)"; a Council holds sessions "C 97".
RAIL = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rail-gc> a mg:Body ; mg:key "rail-gc" ;
    skos:prefLabel "General Conference of the International Rail Organization"@en ; mg:shortName "General Conference" ;
    mg:symbolPrefix "GC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "GC.{number}({session})" ; mg:instrumentKind "resolution" ] .
<body/rail-gc/council> a mg:Body ; mg:key "rail-gc/council" ;
    skos:prefLabel "Council of the International Rail Organization"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "C" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/rail-gc> .
<body/rail-gc/rsc> a mg:Body ; mg:key "rail-gc/rsc" ;
    skos:prefLabel "Rail Safety Committee"@en ; skos:altLabel "RSC"@en ;
    mg:symbolPrefix "RSC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RSC.{number}({session})" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/rail-gc> .
<body/rail-gc/rsc/sig> a mg:Body ; mg:key "rail-gc/rsc/sig" ;
    skos:prefLabel "Sub-Committee on Signalling and Interoperability"@en ; skos:altLabel "SIG"@en ;
    mg:symbolPrefix "SIG" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/rail-gc/rsc> .
<body/rail-gc/rsc/trs> a mg:Body ; mg:key "rail-gc/rsc/trs" ;
    skos:prefLabel "Sub-Committee on Training and Staffing"@en ; skos:altLabel "TRS"@en ;
    mg:symbolPrefix "TRS" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/rail-gc/rsc> .
<body/rail-secretariat/director-general> a mg:Body ; mg:key "rail-secretariat/director-general" ;
    skos:prefLabel "Director-General of the International Rail Organization"@en ; mg:shortName "Director-General" .
"""

RSC = "rail-gc/rsc"
SIG, TRS, COUNCIL, DG = (BodyRef(k) for k in ("rail-gc/rsc/sig", "rail-gc/rsc/trs", "rail-gc/council", "rail-secretariat/director-general"))


def rsc(number: int, session: int) -> InstrumentRef:
    return InstrumentRef(RSC, "resolution", str(session), str(number))


def session(n: int, body: str = RSC) -> GatheringRef:
    return GatheringRef(body, "session", n)


CONFERENCE_7 = InstrumentRef("rail-gc", "resolution", "30", "7")

PREAMBLE = ["INTERNATIONAL RAIL ORGANIZATION - RAIL SAFETY COMMITTEE (RSC)", "Register of mandates arising from RSC resolutions", ""]
HEADER = ["Instrument", "Adopted", "Title / subject", "OP", "Addressee", "Action", "Report due", "Status"]
PAGE_1 = [
    ["resolution RSC.41(12)", "RSC 12, 14 Mar 2030", "Guidelines on remote signalling centres", "2",
     "Sub-Committee on Signalling and Interoperability (SIG)", "requested to review the guidelines after two years of trials", "SIG 9", "Open"],
    ["", "", "", "3", "Sub-Committee on Signalling and Interoperability (SIG); Sub-Committee on Training and Staffing (TRS)",
     "both invited to consider the implications for staff certification", "RSC 14", "Completed"],
    ["", "", "", "5", "Director-General", "to report annually on the centres approved", "annual", "Ongoing"],
    ["", "", "(preamble recalls resolution GC.7(30))", "6", "Council", "invited to consider the costs at its next session", "C 97", "Open"],
    ["resolution RSC.42(12)", "RSC 12, 14 Mar 2030", "Level crossings", "1", "Council", "noted the report of the Committee", "-", "Closed"],
    ["", "", "", "2", "Sub-Committee on Training and Staffing (TRS)", "requested to draft a training syllabus", "TRS 6", "Withdrawn"],
]
PAGE_2 = [
    ["resolution RSC.45(13)", "RSC 13, 2 Oct 2030", "Establishment of the Joint Working Group on Rail Cybersecurity", "1",
     "Joint Working Group on Rail Cybersecurity", "established by OP 1 (terms of reference in annex)", "-", "Done"],
    ["", "", "", "4", "Working Group", "requested to report on its first meeting", "RSC 14", "Open"],
]
SESSIONS = [["Session", "Dates", "Venue", "Report"], ["RSC 12", "10-14 March 2030", "Lyon", "RSC 12/20"], ["RSC 13", "28 September - 2 October 2030", "Lyon (hybrid)", "RSC 13/18"]]


def export(delimiter: str = ",", order: list[int] | None = None, names: list[str] | None = None, quoting: int = csv.QUOTE_MINIMAL) -> str:
    """The register as a spreadsheet saves it: notes and empty rows padded to the table's width,
    the header again after the page marker, the sessions table below in the same columns."""
    order = order or list(range(len(HEADER)))
    header = names or HEADER
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, quoting=quoting, lineterminator="\n")
    pad = [""] * (len(HEADER) - 1)
    for line in PREAMBLE:
        writer.writerow([line, *pad])
    writer.writerow([header[i] for i in order])
    for row in PAGE_1:
        writer.writerow([row[i] for i in order])
    writer.writerow([""] * len(HEADER))
    writer.writerow(["--- page 2 ---", *pad])
    writer.writerow([header[i] for i in order])
    for row in PAGE_2:
        writer.writerow([row[i] for i in order])
    writer.writerow([""] * len(HEADER))
    writer.writerow(["SESSIONS", *pad])
    for row in SESSIONS:
        writer.writerow([*row, *[""] * (len(HEADER) - len(row))])
    return out.getvalue()


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, RAIL)


def facts_of(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


SAVED_OTHERWISE = {
    "commas": export(),
    "tabs": export("\t"),
    "semicolons, every cell quoted": export(";", quoting=csv.QUOTE_ALL),
    # the addressee and action first, the instrument after them, named as another tracker does
    "reordered and renamed": export(
        ",", [4, 5, 0, 2, 1, 3, 7, 6],
        ["Resolution", "Adopted", "Subject", "Para.", "Addressee(s)", "Requested action", "Due", "Status"],
    ),
}


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_each_instrument_is_adopted_at_the_session_its_cell_names(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (rsc(41, 12), "title", "Guidelines on remote signalling centres") in facts
    assert (rsc(41, 12), "adoptedOn", dt.date(2030, 3, 14)) in facts
    assert (rsc(41, 12), "adoptedAt", session(12)) in facts
    assert (rsc(45, 13), "adoptedAt", session(13)) in facts
    # the sessions table: each session's days, town and report; no day read off an adoption
    assert (session(12), "heldOn", DateRange(dt.date(2030, 3, 10), dt.date(2030, 3, 14))) in facts
    assert (session(13), "heldIn", "Lyon") in facts
    assert (DocumentRef(symbols=("RSC 13/18",)), "reportOf", session(13)) in facts
    assert not any(p == "heldOn" and o == DateRange(dt.date(2030, 3, 14), dt.date(2030, 3, 14)) for _, p, o in facts)


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_rows_under_a_merged_instrument_cell_are_its_mandates(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (rsc(41, 12), "requests", SIG) in facts
    assert (rsc(41, 12), "invites", SIG) in facts and (rsc(41, 12), "invites", TRS) in facts  # "both invited", a completed row
    assert (rsc(41, 12), "requests", DG) in facts  # "to report annually": the bare infinitive
    assert (rsc(41, 12), "invites", COUNCIL) in facts
    assert (rsc(41, 12), "cites", CONFERENCE_7) in facts  # the preamble's note in the title cell
    # the report-due cells: meetings named by their body's code alone
    assert (session(97, "rail-gc/council"), "meetingOf", COUNCIL) in facts
    assert (session(9, "rail-gc/rsc/sig"), "meetingOf", SIG) in facts
    working_group = next(o for s, p, o in facts if s == rsc(45, 13) and p == "establishes")
    assert (rsc(45, 13), "requests", working_group) in facts  # "Working Group": the one just established


@pytest.mark.parametrize("text", SAVED_OTHERWISE.values(), ids=SAVED_OTHERWISE.keys())
def test_a_noted_or_withdrawn_row_gives_no_mandate(text: str, registry: BodyRegistry) -> None:
    facts = facts_of(text, registry)
    assert (rsc(42, 12), "title", "Level crossings") in facts
    assert not any(s == rsc(42, 12) and p in ("requests", "invites", "encourages") for s, p, _ in facts)
    # the row was under resolution RSC.42(12), not RSC.41(12) above it
    assert not any(s == rsc(41, 12) and o == BodyRef("rail-gc/rsc/trs") and p == "requests" for s, p, o in facts)


def test_the_action_cell_gives_the_instruments_verb() -> None:
    said = {text: (c.verb if c else None) for text in (
        "requested to review the guidelines", "both invited to consider", "urged to apply the code",
        "established by OP 1", "to report on its work", "noted the report", "(text deleted - no mandate)", "-",
        "encouraged, to share data",
    ) for c in [action_clause(text)]}
    assert said == {
        "requested to review the guidelines": "requests", "both invited to consider": "invites", "urged to apply the code": "urges",
        "established by OP 1": "establishes", "to report on its work": "requests", "noted the report": None,
        "(text deleted - no mandate)": None, "-": None, "encouraged, to share data": "encourages",
    }
    note = "(preamble recalls resolution GC.7(30))"
    span = note_clause(note)
    assert span is not None and note[span[0] : span[1]] == "recalls resolution GC.7(30)"
    assert note_clause("(see also annex 2)") is None


def test_a_register_needs_an_addressee_and_an_action_column() -> None:
    assert register_columns(["Resolution", "Addressee(s)", "Requested action", "Due"]) is not None
    assert register_columns(["Instrument", "Title", "Action taken"]) is None
    assert register_columns(["Decision", "Title", "Adopted", "Status"]) is None


def test_a_register_of_short_cells_laid_with_tabs_and_no_title_column(registry: BodyRegistry) -> None:
    # no prose, no title: still a register (its addressee and action columns say so), not a
    # timetable of tab-laid cells
    text = (
        "Resolution\tAddressee(s)\tRequested action\tDue\n"
        "RSC.41(12)\tSIG\trequested to review the guidelines\tSIG 9\n"
        "\tCouncil\tinvited to consider costs\tC 97\n"
        "RSC.42(12)\tDirector-General\tto report annually\tRSC 14\n"
        "\tTRS\tnoted\t-\n"
    )
    facts = facts_of(text, registry)
    assert (rsc(41, 12), "requests", SIG) in facts
    assert (rsc(41, 12), "invites", COUNCIL) in facts
    assert (rsc(42, 12), "requests", DG) in facts
    assert (session(97, "rail-gc/council"), "meetingOf", COUNCIL) in facts
    assert not any(o == TRS for _, _, o in facts)
    assert not any(p == "title" for _, p, _ in facts)  # the action is no title

"""A repository's Dublin Core export (an OAI-PMH response) reads as records: the envelope and
the record headers go, a title and each description are paragraphs, the other fields "Field<tab>
value" rows; an instrument's record dates the instrument's adoption (`loaders/extract/
dublin_core.py`, `rules/dated_records.py`). Invented bodies, numbers, dates and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.dublin_core import dublin_core_changes
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from mandate_graph.loaders.extract.rules.dated_records import record_date
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/reef-council> a mg:Body ; mg:key "reef-council" ;
    skos:prefLabel "Council of the Coral Reef Compact"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "CRC/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Decision {session}/{number}" ; mg:instrumentKind "decision" ] .
<body/reef-council/registrar> a mg:Body ; mg:key "reef-council/registrar" ;
    skos:prefLabel "Registrar of the Coral Reef Compact"@en ; mg:shortName "Registrar" ;
    org:subOrganizationOf <body/reef-council> .
<body/lagoon-fund> a mg:Body ; mg:key "lagoon-fund" ; skos:prefLabel "Lagoon Restoration Fund"@en .
"""


def _record(number: int, title: str, date: str, paragraphs: list[str], *, fields_first: bool = False) -> str:
    descriptions = "\n".join(f"      <dc:description>{p}</dc:description>" for p in paragraphs)
    title_line = f"      <dc:title>Decision 9/{number} - {title}</dc:title>"
    fields = (
        "      <dc:creator>Council of the Coral Reef Compact</dc:creator>\n"
        f"      <dc:date>{date}</dc:date>\n"
        f"      <dc:identifier>CRC/C/9/Dec{number}</dc:identifier>"
    )
    head = f"{title_line}\n{fields}" if not fields_first else f"{title_line}\n      <dc:type>Decision</dc:type>\n{fields}"
    return (
        "  <record>\n    <header>\n"
        f"      <identifier>oai:repo.example.net:crc-c-9-dec{number}</identifier>\n"
        "      <datestamp>2040-01-03</datestamp>\n      <setSpec>crc:c9</setSpec>\n    </header>\n"
        "    <metadata>\n    <oai_dc:dc xmlns:oai_dc=\"http://www.openarchives.org/OAI/2.0/oai_dc/\" "
        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
        f"{head}\n{descriptions}\n"
        "      <dc:language>en</dc:language>\n    </oai_dc:dc>\n    </metadata>\n  </record>\n"
    )


def _export(*records: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">\n'
        "<responseDate>2040-01-04T10:00:00Z</responseDate>\n"
        '<request verb="ListRecords" metadataPrefix="oai_dc">https://repo.example.net/oai</request>\n'
        "<ListRecords>\n" + "".join(records) + '<resumptionToken cursor="0"></resumptionToken>\n</ListRecords>\n</OAI-PMH>\n'
    )


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


FIRST = ["THE COUNCIL,", "1. Requests the Registrar to prepare a map of bleached reefs &amp; lagoons;"]
SECOND = ["THE COUNCIL,", "1. Invites the Lagoon Restoration Fund to support the monitoring of seagrass;"]


def test_the_export_reads_as_records() -> None:
    text = _export(_record(4, "Reef mapping", "2039-11-12", FIRST))
    fixed, offsets = unwrap_export(text)
    assert offsets is not None
    assert "<" not in fixed and "oai:" not in fixed and "2040-01-03" not in fixed and "crc:c9" not in fixed
    assert "Decision 9/4 - Reef mapping\n\nCreator\tCouncil of the Coral Reef Compact\n\nDate\t2039-11-12" in fixed
    assert "Identifier\tCRC/C/9/Dec4" in fixed
    assert "bleached reefs & lagoons;" in fixed and "\nen\n" not in fixed
    at = fixed.index("Requests")
    assert text[offsets[at] : offsets[at] + 8] == "Requests"
    at = fixed.index("Date\t")
    assert text[offsets[at] : offsets[at] + 9] == "<dc:date>"


def test_other_markup_is_no_record_export() -> None:
    page = "<html>\n<body>\n" + "\n".join(f"<p>Paragraph {i} of the page.</p>" for i in range(10)) + "\n</body>\n</html>\n"
    assert dublin_core_changes(page) == []
    assert dublin_core_changes("The dc:title field holds a record's title.") == []


@pytest.mark.parametrize(
    "row, day",
    [
        ("Date 2039-11-12", dt.date(2039, 11, 12)),
        ("Date\t2039-11-12T00:00:00Z", dt.date(2039, 11, 12)),
        ("Date 12.11.2039", dt.date(2039, 11, 12)),
        ("Date 3 March 2040", dt.date(2040, 3, 3)),
        ("Date issued 2040-03-03", dt.date(2040, 3, 3)),
    ],
)
def test_a_record_date_is_one_day(row: str, day: dt.date) -> None:
    assert record_date(row) == day


@pytest.mark.parametrize("row", ["Date 2039", "Date 10-12 March 2040", "Date of the next session 2040-01-01", "Dates 2039-11-12", "Date 2039-13-40"])
def test_what_is_no_record_date(row: str) -> None:
    assert record_date(row) is None


@pytest.mark.parametrize("dates", [("2039-11-12", "13.11.2039"), ("14 November 2039", "2039-11-15T09:30:00Z")])
@pytest.mark.parametrize("with_type", [False, True])
def test_each_instrument_is_dated_by_its_record(registry: BodyRegistry, dates: tuple[str, str], with_type: bool) -> None:
    text = _export(
        _record(4, "Reef mapping", dates[0], FIRST, fields_first=with_type),
        _record(6, "Seagrass monitoring", dates[1], SECOND, fields_first=with_type),
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    fourth = InstrumentRef("reef-council", "decision", "9", "4")
    sixth = InstrumentRef("reef-council", "decision", "9", "6")
    adopted = {(s, o) for s, r, o in facts if r == "adoptedOn"}
    assert adopted == {(fourth, record_date("Date " + dates[0])), (sixth, record_date("Date " + dates[1]))}
    assert (fourth, "title", "Reef mapping") in facts and (sixth, "title", "Seagrass monitoring") in facts
    assert (fourth, "requests", BodyRef("reef-council/registrar")) in facts
    assert (sixth, "invites", BodyRef("lagoon-fund")) in facts


def test_a_date_in_the_text_is_not_the_records(registry: BodyRegistry) -> None:
    # the date row after the text has begun is no field of the heading's record
    text = (
        "Decision 9/4 - Reef mapping\n\nThe Council,\n\n1. Requests the Registrar to prepare a map;\n\n"
        "Date\t2039-11-12\n\nIdentifier\tCRC/C/9/Dec4\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not [f for f in facts if f.relation == "adoptedOn"]


def _report_record(ordinal: str, number: int, description: str, relation: str) -> str:
    return (
        "  <record>\n    <header>\n      <identifier>oai:repo.example.net:crc-c-report</identifier>\n    </header>\n"
        "    <metadata>\n    <oai_dc:dc>\n"
        f"      <dc:title>Report of the {ordinal} Session of the Council of the Coral Reef Compact</dc:title>\n"
        "      <dc:creator>Council of the Coral Reef Compact</dc:creator>\n"
        f"      <dc:identifier>CRC/C/{number}/Report</dc:identifier>\n"
        f"      <dc:description>{description}</dc:description>\n"
        f"      <dc:relation>{relation}</dc:relation>\n"
        "    </oai_dc:dc>\n    </metadata>\n  </record>\n"
    )


@pytest.mark.parametrize(
    "description",
    [
        "The Council held its Ninth Session in Suva from 9 to 13 November 2039. The session adopted seven decisions, of which Decisions 9/4 and 9/6 are listed here.",
        "The Council met for its Ninth Session in Suva. The session adopted twelve decisions, including Decisions 9/4 and 9/6.",
    ],
)
def test_a_report_record_is_the_reports_and_names_what_its_session_adopted(registry: BodyRegistry, description: str) -> None:
    text = _export(
        _report_record("Ninth", 9, description, "CRC/C/8/Report (Report of the Eighth Session)"),
        _record(4, "Reef mapping", "2039-11-12", FIRST),
        _record(6, "Seagrass monitoring", "2039-11-13", SECOND),
    )
    extraction = extract(text, source_key="doc", registry=registry)
    facts = {(f.subject, f.relation, f.object) for f in extraction.facts}
    ninth, eighth = GatheringRef("reef-council", "session", 9), GatheringRef("reef-council", "session", 8)
    assert (DocumentRef(symbols=("CRC/C/9/Report",)), "reportOf", ninth) in facts
    assert (DocumentRef(symbols=("CRC/C/8/Report",)), "reportOf", eighth) in facts
    # the export describes the report: it is none itself
    assert not [f for f in extraction.facts if f.relation == "reportOf" and f.subject == DocumentRef(source="doc")]
    for number in ("4", "6"):
        assert (InstrumentRef("reef-council", "decision", "9", number), "adoptedAt", ninth) in facts


def test_a_record_of_no_report_says_no_report(registry: BodyRegistry) -> None:
    text = _export(
        _report_record("Ninth", 9, "The Council held its Ninth Session in Suva.", "CRC/C/8/INF/2 (Note on the Eighth Session)")
        .replace("Report of the Ninth Session of", "Programme of the Ninth Session of"),
        _record(4, "Reef mapping", "2039-11-12", FIRST),
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not [f for f in facts if f.relation == "reportOf"]

"""A YAML export of a document-management record reads as the document it describes: comments,
markers and the keys opening mappings and lists go, block scalars are their text, a scalar field
a record row, an item of a list of instruments is headed by its number, a listed document
"SYMBOL – note" (`loaders/extract/export_layouts.py`). Invented bodies and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.export_layouts import unwrap_export, yaml_export_changes
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/seed-assembly> a mg:Body ; mg:key "seed-assembly" ;
    skos:prefLabel "Seed Treaty Assembly"@en ; mg:shortName "Assembly" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ; mg:symbolPrefix "STA" .
<body/seed-bureau> a mg:Body ; mg:key "seed-bureau" ; skos:prefLabel "Bureau of the Seed Treaty Assembly"@en .
<body/gene-bank> a mg:Body ; mg:key "gene-bank" ; skos:prefLabel "Global Gene Bank Network"@en .
"""

RECORD = """# exported by {tool} -- format: yaml
---
record:
{i}symbol: STA/{session}/9
{i}heading: >-
{i}{i}Report of the Seed Treaty Assembly on its
{i}{i}{ordinal} session
{i}documents:
{i}{i}- symbol: STA/{session}/3
{i}{i}  note: "Report of the Bureau on seed exchanges"
{i}{kind}s:
{i}{i}- number: "{session}/{number}"
{i}{i}  title: "Seed exchanges"
{i}{i}  text: |
{i}{i}    The Seed Treaty Assembly,
{i}{i}    1. Requests the Bureau of the Seed Treaty Assembly to prepare
{i}{i}       guidelines on seed exchanges;
{i}{i}    2. Invites the Global Gene Bank Network to contribute.
...
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _record(indent: str = "  ", kind: str = "decision", session: int = 12, number: int = 3) -> str:
    return RECORD.format(i=indent, tool="DMS 2.1", session=session, ordinal="twelfth", kind=kind, number=number)


@pytest.mark.parametrize("indent", ["  ", "    "])
def test_the_record_reads_as_a_document(indent: str) -> None:
    text = _record(indent)
    fixed, offsets = unwrap_export(text)
    assert offsets is not None
    assert "#" not in fixed and "---" not in fixed and "..." not in fixed and "text:" not in fixed
    assert "Symbol\tSTA/12/9" in fixed
    assert "Report of the Seed Treaty Assembly on its" in fixed
    assert "STA/12/3 \u2013 Report of the Bureau on seed exchanges" in fixed
    assert "Decision 12/3\n" in fixed and "\nSeed exchanges\n" in fixed
    assert "\nThe Seed Treaty Assembly,\n1. Requests" in fixed
    at = fixed.index("Requests")
    assert text[offsets[at] : offsets[at] + 8] == "Requests"


@pytest.mark.parametrize("kind, session, number", [("decision", 12, 3), ("resolution", 7, 11)])
def test_the_instruments_text_is_read(registry: BodyRegistry, kind: str, session: int, number: int) -> None:
    facts = {(f.subject, f.relation, f.object) for f in extract(_record(kind=kind, session=session, number=number), source_key="doc", registry=registry).facts}
    own = InstrumentRef("seed-assembly", kind, str(session), str(number))  # type: ignore[arg-type]
    assert (own, "requests", BodyRef("seed-bureau")) in facts
    assert (own, "invites", BodyRef("gene-bank")) in facts
    assert (own, "title", "Seed exchanges") in facts


@pytest.mark.parametrize(
    "text",
    [
        # an e-mail's headers, then prose
        "From: Ana\nTo: Desk\nSubject: Report\nDate: 3 May 2030\nCc: Office\nReply-To: Ana\n\nPlease find the report attached.\nIt was adopted yesterday.\n",
        # a Markdown page with a few "Key: value" lines
        "# Report\n\nVenue: Geneva\nDates: 3 May\n\nThe Board met and decided to report.\nIt adopted three decisions.\n",
    ],
)
def test_text_that_is_no_yaml_stays(text: str) -> None:
    assert yaml_export_changes(text) == []


def test_each_listed_instrument_keeps_its_own_adoption_day(registry: BodyRegistry) -> None:
    item = (
        "  - number: \"12/{n}\"\n    title: \"Seed exchanges {n}\"\n    adopted: \"May {d}, 2031\"\n    text: |\n"
        "      The Seed Treaty Assembly,\n      1. Requests the Bureau of the Seed Treaty Assembly to report.\n"
    )
    text = "---\nsymbol: STA/12/9\nissued: \"2031-06-01\"\ndecisions:\n" + item.format(n=3, d=14) + item.format(n=4, d=16) + "...\n"
    facts = extract(text, source_key="doc", registry=registry).facts
    adopted = {(f.subject.number, f.object) for f in facts if f.relation == "adoptedOn" and isinstance(f.subject, InstrumentRef)}
    assert adopted == {("3", dt.date(2031, 5, 14)), ("4", dt.date(2031, 5, 16))}


SESSION_RECORD = """---
{i}{symbol_key}: STA/{session}/{own}
{i}heading: >-
{i}{i}Report adopted by the Seed Treaty Assembly at its
{i}{i}{ordinal} session, held in Lima from 3 to 7 May 2031
{i}{list_key}:
{i}{i}- symbol: STA/{session}/4
{i}{i}  note: "Report of the Bureau on seed exchanges"
{i}{i}- symbol: STA/{session}/6
{i}{i}  note: "Note by the secretariat on the budget"
{i}decisions:
{i}{i}- number: "{session}/2"
{i}{i}  text: |
{i}{i}    The Seed Treaty Assembly,
{i}{i}    1. Requests the Bureau of the Seed Treaty Assembly to report.
"""


@pytest.mark.parametrize(
    "indent, symbol_key, list_key, session, ordinal, own",
    [
        ("  ", "symbol", "documents_considered", 12, "twelfth", 9),
        ("    ", "document_symbol", "documents_considered", 7, "seventh", 15),
        ("  ", "symbol", "documentation", 12, "twelfth", 11),
    ],
)
def test_a_session_records_first_field_is_its_symbol_and_its_documents_were_before_the_session(
    registry: BodyRegistry, indent: str, symbol_key: str, list_key: str, session: int, ordinal: str, own: int
) -> None:
    """"symbol: STA/12/9" first in the record: the report's own symbol, of the session its heading
    names; "documents_considered:" (or "documentation:") over "- symbol: …" items: each was before
    that session."""
    text = SESSION_RECORD.format(
        i=indent, symbol_key=symbol_key, list_key=list_key, session=session, ordinal=ordinal, own=own
    )
    extraction = extract(text, source_key="doc", registry=registry)
    assert extraction.document.ref.symbols == (f"STA/{session}/{own}",)
    facts = {(f.subject, f.relation, f.object) for f in extraction.facts}
    gathering = GatheringRef("seed-assembly", "session", session)
    assert (DocumentRef(symbols=(f"STA/{session}/{own}",)), "reportOf", gathering) in facts
    for listed in (4, 6):
        assert (DocumentRef(symbols=(f"STA/{session}/{listed}",)), "submittedTo", gathering) in facts


@pytest.mark.parametrize("separator", ["\t", "  "])
def test_a_symbol_row_below_a_title_names_no_page_of_its_own(registry: BodyRegistry, separator: str) -> None:
    """A field list below a page's title ("Resolutions adopted by …" / "Symbol A/26/REP") may give
    the report the page is drawn from: only a record's first row is the document's symbol."""
    row = f"Symbol{separator}STA/12/9"
    below_title = (
        "Decisions adopted by the Seed Treaty Assembly at its twelfth session\n\n" + row + "\n\n"
        "The Seed Treaty Assembly,\n\n1. Requests the Bureau of the Seed Treaty Assembly to report.\n"
    )
    first = row + "\n\nReport of the Seed Treaty Assembly on its twelfth session\n\nThe Assembly met in Lima.\n"
    assert extract(below_title, source_key="doc", registry=registry).document.ref.symbols == ()
    assert extract(first, source_key="doc", registry=registry).document.ref.symbols == ("STA/12/9",)


def test_a_list_of_documents_keeps_its_key_as_its_heading() -> None:
    text = SESSION_RECORD.format(i="  ", symbol_key="symbol", list_key="documents_considered", session=12, ordinal="twelfth", own=9)
    fixed, _ = unwrap_export(text)
    assert "\nDocuments considered\n" in fixed
    assert "Decisions" not in fixed  # a list of instruments keeps no heading of its key

"""A YAML export of a document-management record reads as the document it describes: comments,
markers and the keys opening mappings and lists go, block scalars are their text, a scalar field
a record row, an item of a list of instruments is headed by its number, a listed document
"SYMBOL – note" (`loaders/extract/export_layouts.py`). Invented bodies and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
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

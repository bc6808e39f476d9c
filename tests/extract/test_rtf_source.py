"""RTF source read as the document it holds (`loaders/extract/export_layouts.py`,
``rtf_changes``): groups that are not text (font, colour, style tables, properties, headers,
``{\\*\\...}``) go whole, control words go, ``\\par`` ends a paragraph, named punctuation and
characters by code become their characters; every character keeps its offset, so evidence
points at the line of the source. Invented texts of invented bodies, with texts that only show
a backslash or braces and must stay as they are."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/river-commission> a mg:Body ; mg:key "river-commission" ;
    skos:prefLabel "Commission on Inland Waterways"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CIW/{session}/{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _document(header: str, emphasis: tuple[str, str], city: str) -> str:
    on, off = emphasis
    return (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss Arial;}{\f1\froman Times New Roman;}}" "\n"
        r"{\colortbl ;\red0\green0\blue128;}" "\n"
        r"{\info{\title Draft resolutions}{\author Secretariat}{\*\company Inland Waterways}}" "\n"
        + header + "\n"
        r"\pard\qc\b Resolution CIW/8/3\b0\par" "\n"
        r"\pard\qj\sa120 The Commission on Inland Waterways,\par" "\n"
        + on + "Recalling" + off + r" its resolution CIW/7/11 of 4 March 2029 on the \ldblquote green corridor\rdblquote  initiative" "\n"
        r"held in " + city + r",\par" "\n"
        + on + "Requests" + off + r" the secretariat to prepare a study\emdash in two parts\emdash on port safety;\par" "\n"
        r"{\*\bkmkstart end}{\*\bkmkend end}\pard\qr\i (5th meeting, 6 May 2030)\i0\par" "\n"
        "}"
    )


def _mapped_back(text: str) -> str:
    fixed, offsets = unwrap_export(text)
    assert offsets is not None and len(offsets) == len(fixed) + 1
    for character, offset in zip(fixed, offsets):
        if character.isalnum():
            # a letter is the one it came from, or stands for a control word (\'e1, \u8230?)
            assert text[offset].lower() == character.lower() or text[offset] == "\\"
    return fixed


@pytest.mark.parametrize(
    "header",
    [r"{\header\pard\qr\f0\fs16 Commission \endash  Secretariat\par}", r"{\*\generator Msftedit 5.41;}", ""],
)
@pytest.mark.parametrize("emphasis", [(r"\i ", r"\i0 "), (r"{\i ", r"}"), (r"\ul ", r"\ulnone ")])
@pytest.mark.parametrize(("city", "read"), [(r"Bogot\'e1", "Bogotá"), (r"Z\u252?rich", "Zürich"), ("Basel", "Basel")])
def test_rtf_source_reads_as_its_document(
    registry: BodyRegistry, header: str, emphasis: tuple[str, str], city: str, read: str
) -> None:
    text = _document(header, emphasis, city)
    fixed = _mapped_back(text)
    assert "\nResolution CIW/8/3\n\n" in fixed
    assert "Recalling its resolution CIW/7/11 of 4 March 2029 on the “green corridor” initiative\n" in fixed
    assert f"held in {read},\n\n" in fixed
    assert "Requests the secretariat to prepare a study—in two parts—on port safety;" in fixed
    for gone in ("Arial", "Secretariat", "company", "Msftedit", "bkmk", "\\", "{", "}"):
        assert gone not in fixed
    cited = {
        fact.object: text.count("\n", 0, fact.evidence.start) + 1
        for fact in extract(text, source_key="doc", registry=registry).facts
        if fact.relation == "cites"
    }
    line = text[: text.index("CIW/7/11")].count("\n") + 1
    assert cited.get(InstrumentRef("river-commission", "resolution", "7", "11")) == line


@pytest.mark.parametrize(
    "text",
    [
        "The Board decided.\nThe template {\\rtf1} is kept in C:\\par\\files.\nEnd.\n",
        "Resolution CIW/8/3\n\nThe Commission {provisionally} requests the secretariat\\par to act.\n",
    ],
)
def test_text_that_is_no_rtf_source_stays(text: str) -> None:
    fixed, offsets = unwrap_export(text)
    assert offsets is None and fixed == text

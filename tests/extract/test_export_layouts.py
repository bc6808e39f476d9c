"""Texts wrapped in another format's syntax, unwrapped by their shape before lines are read
(`loaders/extract/export_layouts.py`): markup (an XML export, an HTML page saved as text), a
JSON export of a record, captions (WebVTT, SubRip). Every change keeps each character's offset
in the file, so evidence points at the line the words are on. Invented texts of invented
bodies, with texts of the same look that must stay as they are."""

from __future__ import annotations

import json

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/port-board> a mg:Body ; mg:key "port-board" ;
    skos:prefLabel "Port Development Board"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "PDB.{session}/Dec.{number}" ; mg:instrumentKind "decision" ] .
<body/river-commission> a mg:Body ; mg:key "river-commission" ;
    skos:prefLabel "Commission on Inland Waterways"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CIW/{session}/{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _cites(text: str, registry: BodyRegistry, relation: str = "cites") -> dict[InstrumentRef, int]:
    """The instruments the document cites, each with the 1-based line of its evidence."""
    found = {}
    for fact in extract(text, source_key="doc", registry=registry).facts:
        if fact.relation == relation and isinstance(fact.object, InstrumentRef):
            found[fact.object] = text.count("\n", 0, fact.evidence.start) + 1
    return found


def _line_of(text: str, words: str) -> int:
    return text[: text.index(words)].count("\n") + 1


def _mapped_back(text: str) -> str:
    """The unwrapped text; every letter or digit of it is the character its offset names (or
    the entity, escape or tag that prints it: an item of an HTML list prints its number)."""
    fixed, offsets = unwrap_export(text)
    assert offsets is not None and len(offsets) == len(fixed) + 1
    for character, offset in zip(fixed, offsets):
        if character.isalnum():
            assert text[offset].lower() == character.lower() or text[offset] in "&\\<"
    return fixed


# --------------------------------------------------------------------------- markup

XML = """<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by the repository; do not edit -->
<document>
  <meta>
    <identifier value="PDB.12/Dec.4"/>
    <date date="2031-05-02" name="publication"/>
  </meta>
  <preface>
    <p class="body">Port Development Board</p>
    <p class="session">Twelfth session</p>
  </preface>
  <body>
    <decision id="d4">
      <num>Decision PDB.12/Dec.4</num>
      <heading>Safety of container terminals &amp; inland ports</heading>
      <preamble>
        <p><i>Recalling</i> its decision PDB.11/Dec.2 on the &#8220;green corridor&#8221;&#160;initiative,</p>
      </preamble>
      <paragraph>
        <num>1.</num>
        <content><p>Requests the secretariat to prepare a study &#x2013; in two parts &#x2013; on port safety;</p></content>
      </paragraph>
    </decision>
  </body>
</document>
"""

HTML = """<!DOCTYPE html>
<html>
<head>
<title>Commission on Inland Waterways</title>
</head>
<body>
<h1>Commission on Inland Waterways</h1>
<h2>Resolution CIW/8/3</h2>
<p>The Commission on Inland Waterways,</p>
<p><em>Recalling</em> its resolution CIW/7/11 of 4&nbsp;March&nbsp;2029,</p>
<ol>
<li>Invites the members to report on river traffic;</li>
</ol>
</body>
</html>
"""


def test_xml_tags_and_entities_go_and_evidence_keeps_its_line(registry: BodyRegistry) -> None:
    fixed = _mapped_back(XML)
    assert "Safety of container terminals & inland ports" in fixed
    assert "Recalling its decision PDB.11/Dec.2 on the “green corridor” initiative," in fixed
    # a number element alone on its line is joined to the text after it
    assert "1. Requests the secretariat to prepare a study – in two parts – on port safety;" in fixed
    assert "<" not in fixed and "&#" not in fixed
    cited = _cites(XML, registry)
    previous = InstrumentRef("port-board", "decision", "11", "2")
    assert cited.get(previous) == _line_of(XML, "PDB.11/Dec.2")


def test_a_page_saved_as_html_is_read_as_its_text(registry: BodyRegistry) -> None:
    fixed = _mapped_back(HTML)
    assert "Recalling its resolution CIW/7/11 of 4 March 2029," in fixed
    cited = _cites(HTML, registry)
    assert cited.get(InstrumentRef("river-commission", "resolution", "7", "11")) == _line_of(HTML, "CIW/7/11")


@pytest.mark.parametrize(
    "text",
    [
        # prose that shows a tag or two, and a comparison
        "The Board decided.\nA <b>bold</b> word in a line.\nIf x < y and y > z the rule holds.\n"
        "Another line.\nAnd another.\nAnd more.\nEnd of the text.\nThe last line.\n",
        # Markdown with a line break tag in a table cell
        "# Decision\n\n| a | b<br>c |\n|---|---|\n| 1 | 2 |\n\nText &amp; more text.\n",
    ],
)
def test_text_with_a_few_tags_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)


# --------------------------------------------------------------------------- JSON export


def _json_export() -> str:
    record = {
        "id": 9021,
        "type": "decision_record",
        "symbol": "PDB.12/Dec.5",
        "title": "Port state control \u2014 a review",
        "paragraphs": [
            {"kind": "preamble", "text": "Recalling its decision PDB.10/Dec.7 on \u201cport state control\u201d,"},
            {"kind": "operative", "text": 'Requests the secretariat to publish the "review" by 1 July 2032;'},
        ],
        "keywords": ["ports", "safety"],
        "final": True,
    }
    return json.dumps(record, indent=2, ensure_ascii=True) + "\n"


def test_a_json_export_becomes_its_fields_and_paragraphs(registry: BodyRegistry) -> None:
    text = _json_export()
    fixed = _mapped_back(text)
    # the record's symbol and title, one after the other: one line
    assert "PDB.12/Dec.5 – Port state control — a review" in fixed
    assert "Recalling its decision PDB.10/Dec.7 on “port state control”," in fixed
    assert 'Requests the secretariat to publish the "review" by 1 July 2032;' in fixed
    # codes and numbers of the machine are no text
    assert "decision_record" not in fixed and "preamble" not in fixed and "9021" not in fixed
    # (a record's "symbol" field is not read as the document's own symbol: the decision is
    # mentioned, not cited)
    mentioned = _cites(text, registry, "mentions")
    assert mentioned.get(InstrumentRef("port-board", "decision", "10", "7")) == _line_of(text, "PDB.10/Dec.7")


def test_a_listed_symbol_and_its_title_are_one_line() -> None:
    record = {
        "title": "Board ends session",
        "related": [
            {"symbol": "PDB/12/INF/3", "title": "Report on port safety \u2014 2031"},
            {"symbol": "PDB/12/INF/4"},
            {"title": "A title without a symbol"},
        ],
    }
    text = json.dumps(record, indent=2, ensure_ascii=True)
    fixed = _mapped_back(text)
    assert "PDB/12/INF/3 – Report on port safety — 2031" in fixed
    # a symbol alone, a title alone: fields as any other
    assert "Symbol\tPDB/12/INF/4" in fixed and "Title\tA title without a symbol" in fixed


@pytest.mark.parametrize(
    "text",
    [
        # one line of JSON in prose, and braces that do not parse
        'The Board decided.\n{"a": 1}\nMore text.\n',
        "{\n  Recalling its decision,\n  Requests the secretariat;\n}\n",
    ],
)
def test_text_that_is_no_json_export_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)


# --------------------------------------------------------------------------- captions

VTT = """WEBVTT
Kind: captions

NOTE
Commission on Inland Waterways, eighth session

00:00:01.000 --> 00:00:05.500
<v Chair>We now turn to the draft on river traffic,

00:00:05.900 --> 00:00:09.000
<v Chair>which recalls resolution CIW/7/11 and resolution
[gavel]

00:00:09.400 --> 00:00:12.000
<v Chair>CIW/6/2. It is adopted as resolution CIW/8/4.

00:00:16.000 --> 00:00:20.000
<v Delegate of Peru>Thank you, Chair.
"""

SRT = """1
00:00:01,000 --> 00:00:05,500
We now turn to the draft on river traffic,

2
00:00:05,900 --> 00:00:09,000
which recalls resolution CIW/7/11 and resolution

3
00:00:09,400 --> 00:00:12,000
CIW/6/2. It is adopted as resolution CIW/8/4.

4
00:00:16,000 --> 00:00:20,000
Thank you, Chair.
"""


@pytest.mark.parametrize("text", [VTT, SRT])
def test_captions_read_as_sentences_across_cues(text: str) -> None:
    fixed, offsets = unwrap_export(text)
    _mapped_back(text)
    joined = " ".join(fixed.split())
    assert "draft on river traffic, which recalls resolution CIW/7/11 and resolution CIW/6/2." in joined
    assert "-->" not in fixed and "<v" not in fixed and "[gavel]" not in fixed
    # a cue's words keep their place in the file: the two numbers of the sentence spoken
    # across cues point at the lines the file has them on
    assert offsets is not None
    for symbol in ("CIW/7/11", "CIW/6/2"):
        assert offsets[fixed.index(symbol)] == text.index(symbol)
    # within a cue run the lines follow each other; a long pause after a sentence parts them
    paragraphs = [" ".join(p.split()) for p in fixed.split("\n\n") if p.strip()]
    assert any(p.startswith("We now turn to the draft") and p.endswith("resolution CIW/8/4.") for p in paragraphs)
    assert "Thank you, Chair." in paragraphs


def test_a_note_block_keeps_its_words() -> None:
    fixed = _mapped_back(VTT)
    assert "Commission on Inland Waterways, eighth session" in fixed
    assert "WEBVTT" not in fixed and "Kind:" not in fixed


@pytest.mark.parametrize(
    "text",
    [
        # an arrow in prose and one time stamp
        "The Board decided.\nSee the log at 00:00:01.000 --> 00:00:05.500 for the order.\nMore text.\n",
        "Step 1 --> step 2\nStep 2 --> step 3\nStep 3 --> step 4\n",
    ],
)
def test_text_that_is_no_captions_stays(text: str) -> None:
    assert unwrap_export(text) == (text, None)

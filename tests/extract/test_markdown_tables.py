"""Markdown pipe tables: a masthead set in a table's cells, and tables whose rows stay whole."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.markdown_tables import cell_spans, cells, is_delimiter_row, pipe_tables


@pytest.mark.parametrize("row", ["---|---", "|---|---|", "| :--- | ---: |", "  ---|---|---  "])
def test_delimiter_rows(row: str) -> None:
    assert is_delimiter_row(row)


@pytest.mark.parametrize("row", ["---", "a | b", "| - | - |", "-----"])
def test_what_is_no_delimiter_row(row: str) -> None:
    assert not is_delimiter_row(row)


def test_cells_and_stacked_lines() -> None:
    row = "**Council** | Distr.: General<br>15 June 2027<br/>Original: English |"
    assert [row[a:b] for a, b in cell_spans(row)] == ["**Council**", "Distr.: General", "15 June 2027", "Original: English"]
    assert cells("| 2027/10 | A title | 8 June 2027 |") == ["2027/10", "A title", "8 June 2027"]
    assert cells("a | b \\| c") == ["a", "b \\| c"]


def test_tables_found_and_text_with_pipes_left_alone() -> None:
    lines = ["Intro a | b", "", "| A | B |", "|---|---|", "| 1 | 2 |", "| 3 | 4 |", "after", "x | y", "---|---"]
    assert [(t.header, t.delimiter, t.last) for t in pipe_tables(lines)] == [(2, 3, 5), (7, 8, 8)]


@pytest.mark.parametrize("symbol", ["E/ICEF/2027/18", "DP/FPA/2027/4", "UNEP/EA.7/3"])
def test_a_masthead_in_a_table_gives_its_items(symbol: str) -> None:
    text = (
        f"**United Nations** | {symbol}\n---|---\n**Economic and Social Council** | Distr.: General<br>15 June 2027\n\n"
        "# Some body\n\nText of the document.\n"
    )
    blocks = [clean(text).text[b.start : b.end] for b in clean(text).blocks]
    assert blocks[:5] == ["United Nations", symbol, "Economic and Social Council", "Distr.: General", "15 June 2027"]
    assert not any("---" in b or "|" in b for b in blocks)


def test_a_table_further_down_keeps_its_rows_whole() -> None:
    text = (
        "First line\n\nSecond line\n\nThird line\n\nFourth line\n\nFifth line\n\n"
        "| Decision | Title |\n|---|---|\n| 1/2 | Water |\n| 1/3 | Air |\n\nAfter the table.\n"
    )
    cleaned = clean(text)
    tables = [cleaned.text[b.start : b.end] for b in cleaned.blocks if b.kind == "table"]
    assert tables == ["| Decision | Title |", "| 1/2 | Water |", "| 1/3 | Air |"]


BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/kelp-fund> a mg:Body ; mg:key "kelp-fund" ; skos:prefLabel "United Nations Kelp Fund"@en ; skos:altLabel "KELPF"@en .
<body/kelp-fund/board> a mg:Body ; mg:key "kelp-fund/board" ;
    skos:prefLabel "Executive Board of the United Nations Kelp Fund"@en ; mg:shortName "Executive Board" ;
    mg:symbolPrefix "E/KELP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/kelp-fund> .
"""


@pytest.mark.parametrize(
    "list_title", ["Decisions adopted by", "Compendium of decisions adopted by", "List of the decisions adopted by"]
)
def test_the_symbol_of_a_masthead_in_a_table_names_the_issuer(list_title: str, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    text = (
        "United Nations | E/KELP/2031/5\n---|---\nEconomic and Social Council | Distr.: General<br>3 March 2031\n\n"
        "# United Nations Kelp Fund\n\n## Executive Board\n\n"
        f"# {list_title} the Executive Board at its first regular session 2031\n\n"
        "## 2031/3. Kelp forests\n\nThe Executive Board,\n\n1. *Requests* KELPF to report on kelp forests.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    assert e.document.ref.symbols == ("E/KELP/2031/5",)
    assert e.document.author == "kelp-fund/board"
    own = InstrumentRef("kelp-fund/board", "decision", "2031", "3")
    assert (own, "title", "Kelp forests") in {(f.subject, f.relation, f.object) for f in e.facts}

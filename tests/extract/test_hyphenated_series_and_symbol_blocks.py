"""A PDF converted to Markdown by a layout-aware converter (marker style), as organizations
outside the UN Secretariat print their documents: an image link for the logo, a bold masthead
whose symbol stands below the body's name, session and dates in a block with the issue date
and the language ("**X-12/NOTE.3**" / "**2 May 2031**" / "**Original: ENGLISH**"), and symbols
whose series names the organ and its session with a hyphen ("C-36/DG.8", "EC-126/DEC.2") or
whose body's name is hyphenated ("OEWG-CEP/5/2"), and a regional commission's report of a meeting
("E/ESCWA/EC.18/8/Report").

Invented texts and an invented organization; negatives where the rules must not fire (a joint
symbol joined by a hyphen stays two symbols, a symbol in a sentence of the masthead area is not
the document's, a word with an exclamation mark is no image).
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.support.extraction import BASE


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("this Note (C-36/DG.8) is", [("C-36/DG.8",)]),
        ("decision EC-126/DEC.2 (dated 9 July 2031)", [("EC-126/DEC.2",)]),
        ("document MSP-7/INF.2 was", [("MSP-7/INF.2",)]),
        ("issued as OEWG-CEP/5/2 and OEWG-CEP/6/2, respectively", [("OEWG-CEP/5/2",), ("OEWG-CEP/6/2",)]),
        ("the report TWG-ABC/12/3.", [("TWG-ABC/12/3",)]),
        # a regional commission's report of a meeting, the word its last component
        ("the report of the Executive Committee (E/ECSS/EC.7/4/Report),", [("E/ECSS/EC.7/4/Report",)]),
        ("E/ECSS/EC.9/2/Report\tReport of the Executive Committee", [("E/ECSS/EC.9/2/Report",)]),
        # a hyphen inside a later part of the series: what stands before it has no number, so it
        # is no first symbol of a joint document
        ("the report of the Committee on its fourth meeting (LC/COP-EZ.4/3),", [("LC/COP-EZ.4/3",)]),
        ("will be issued as document LC/COP-EZ.4/6.", [("LC/COP-EZ.4/6",)]),
        ("UNEP/MED-WG.4/2 and LC/CRP-EZ.2/1/Rev.1", [("UNEP/MED-WG.4/2",), ("LC/CRP-EZ.2/1/Rev.1",)]),
        # joint symbols keep splitting where a new series starts
        ("A/86/721-S/2032/48", [("A/86/721", "S/2032/48")]),
        ("E/2031/26-E/CN.5/2031/10", [("E/2031/26", "E/CN.5/2031/10")]),
        ("A/RES/S-8/1 and A/ES-10/21", [("A/RES/S-8/1",), ("A/ES-10/21",)]),
    ],
)
def test_symbols_with_a_hyphenated_series(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.symbols for m in find_symbols(text)] == expected


@pytest.mark.parametrize(
    "text", ["the COVID-19 pandemic/crisis", "a North-South/East-West axis", "G-77/China", "the A/80/5/Reports folder"]
)
def test_hyphenated_words_with_a_slash_are_no_symbols(text: str) -> None:
    assert find_symbols(text) == []


@pytest.mark.parametrize(
    ("markdown", "kept"),
    [
        ("![LOGO](_page_0_Picture_0.jpeg)\n\nText of the note.\n", "Text of the note."),
        ("Text ![emblem](img/a.png) of the note.\n", "Text of the note."),
        ("See the [report](#page-3) now!\n", "See the report now!"),
    ],
)
def test_an_image_link_leaves_no_text(markdown: str, kept: str) -> None:
    cleaned = clean(markdown)
    texts = [" ".join(cleaned.text[b.start : b.end].split()) for b in cleaned.blocks]
    assert kept in texts
    assert not any("!" in t and "[" in t for t in texts)


_ORGANIZATION = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ibtw> a mg:Body ;
    mg:key "ibtw" ;
    skos:prefLabel "International Bureau of Tidal Waters"@en ;
    skos:altLabel "IBTW"@en .
<body/ibtw/assembly> a mg:Body ;
    mg:key "ibtw/assembly" ;
    skos:prefLabel "Assembly of the Member States of the International Bureau of Tidal Waters"@en ;
    skos:altLabel "Assembly of the Member States"@en ;
    mg:shortName "Assembly" ;
    mg:symbolPrefix "AMS" ;
    mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    org:subOrganizationOf <body/ibtw> .
"""


@pytest.fixture(scope="module")
def organization(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "ibtw.ttl"
    path.write_text(_ORGANIZATION, encoding="utf-8")
    return load_registry(BASE, [path])


def _note(block: str) -> str:
    return (
        "![IBTW](_page_0_Picture_0.jpeg)\n\n**IBTW**\n\n**Assembly of the Member States**\n\n"
        "Twelfth Session  \n3 – 6 June 2031\n\n"
        f"{block}\n\n# NOTE BY THE SECRETARY-GENERAL\n\n## TIDAL GAUGE NETWORKS\n\n"
        "1. This Note is submitted to the Assembly at its Twelfth Session.\n"
    )


@pytest.mark.parametrize(
    "block",
    [
        "**AMS-12/SG.3**  \n**2 May 2031**  \n**Original: ENGLISH**",
        "AMS-12/SG.3  \nOriginal: ENGLISH",
        "**AMS-12/SG.3**\n\n**Distr.: General**\n\n**2 May 2031**",
    ],
)
def test_a_symbol_block_below_the_session_names_the_document(organization: BodyRegistry, block: str) -> None:
    extraction = extract(_note(block), source_key="test", registry=organization)
    assert extraction.document.ref == DocumentRef(symbols=("AMS-12/SG.3",))
    assert extraction.document.author == "ibtw/assembly"
    prepared = {(f.subject, f.object) for f in extraction.facts if f.relation == "preparedFor"}
    assert (DocumentRef(symbols=("AMS-12/SG.3",)), GatheringRef("ibtw/assembly", "session", 12)) in prepared


def test_a_symbol_in_a_sentence_below_the_masthead_is_not_the_documents(organization: BodyRegistry) -> None:
    text = (
        "**IBTW**\n\n**Assembly of the Member States**\n\nTwelfth Session\n\n3 – 6 June 2031\n\n"
        "Note by the Secretary-General\n\nThe note follows AMS-11/SG.4 of the last session\n\n"
        "2 May 2031\n\n1. The Secretary-General reports.\n"
    )
    extraction = extract(text, source_key="test", registry=organization)
    assert extraction.document.ref == DocumentRef(source="test")

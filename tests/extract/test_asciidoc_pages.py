"""A treaty body's page of decisions kept as its AsciiDoc source: document attributes, "//" and
"////" comments, anchors, a hand-written contents list of cross-references, "=== Decision 41/2:
Title" headings, "_Adopted on ..._", "_Decides_" emphasis, ". " ordered lists, "link:URL[text]"
and "footnote:[symbol]". The page is read as Asciidoctor renders it: a draft paragraph kept in a
comment block states nothing, the contents list repeats the headings, and a formula whose body
name holds commas ("The Committee on Water, Sanitation and Hygiene") still opens the decision."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.asciidoc_pages import is_asciidoc_source
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/cwsh> a mg:Body ; mg:key "cwsh" ;
    skos:prefLabel "Committee on Water, Sanitation and Hygiene"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "E/C.30" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/cwsh/secretariat> a mg:Body ; mg:key "cwsh/secretariat" ;
    skos:prefLabel "secretariat of the Committee on Water, Sanitation and Hygiene"@en ; mg:shortName "secretariat" ;
    org:subOrganizationOf <body/cwsh> .
<body/cwsh/bureau> a mg:Body ; mg:key "cwsh/bureau" ;
    skos:prefLabel "Bureau of the Committee on Water, Sanitation and Hygiene"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/cwsh> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def page(session: str = "41", level: str = "===", mark: str = "_", comma: str = ",") -> str:
    return (
        f"= Committee on Water, Sanitation and Hygiene: decisions of session {session}\n"
        ":doctype: article\n:revdate: 3 May 2032\n:toc: macro\n\n"
        "// Source page, rendered with Asciidoctor.\n\n"
        "[.lead]\nThis page gives the decisions of the session\n"
        f"(link:https://example.org/E/C.30/{session}/2[E/C.30/{session}/2]).\n\n"
        ".Contents\n"
        f"* <<d1,Decision {session}/1: Drinking water in schools>>\n"
        f"* <<d2,Decision {session}/2: Dates of the next session>>\n\n"
        "[[d1]]\n"
        f"{level} Decision {session}/1: Drinking water in schools\n\n"
        f"{mark}Adopted on 28 April 2032.{mark}\n\n"
        f"The Committee on Water, Sanitation and Hygiene{comma}\n\n"
        f". {mark}Decides{mark} to set up a working group on drinking water in schools, composed of four members;\n"
        f". {mark}Requests{mark} the secretariat to compile national data\n"
        "for the working group;\n"
        f". {mark}Calls upon{mark} the Bureau to meet before the session.\n\n"
        "////\n"
        f". {mark}Requests{mark} the Secretary-General to fund the working group;\n"
        "////\n\n"
        "[[d2]]\n"
        f"{level} Decision {session}/2: Dates of the next session\n\n"
        f"{mark}Adopted on 30 April 2032.{mark}\n\n"
        f"The Committee on Water, Sanitation and Hygiene{comma}\n\n"
        f". {mark}Decides{mark} to hold its next session in Geneva from 2 to 6 May 2033.\n\n"
        "[cols=\"1,3\"]\n|===\n|Symbol |Title\n"
        f"|E/C.30/{session}/2 |Report of the Committee\n|===\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="page", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("session", "level", "mark", "comma"), [
    ("41", "===", "_", ","), ("17", "==", "*", ","), ("9", "====", "_", ""),
])
def test_decisions_of_an_asciidoc_page(registry: BodyRegistry, session: str, level: str, mark: str, comma: str) -> None:
    text = page(session, level, mark, comma)
    first, second = f"cwsh/dec/{session}/1", f"cwsh/dec/{session}/2"
    assert (first, "Drinking water in schools") in facts(text, registry, "title")
    assert (second, "Dates of the next session") in facts(text, registry, "title")
    assert {(first, "2032-04-28"), (second, "2032-04-30")} <= facts(text, registry, "adoptedOn")
    requests = facts(text, registry, "requests")
    assert {(first, "cwsh/secretariat"), (first, "cwsh/bureau")} <= requests
    # the comment block's draft paragraph is not part of the page
    assert not any(o == "secretary-general" for _, o in requests)
    assert any(s == first for s, _ in facts(text, registry, "establishes"))


def test_a_wiki_page_or_markdown_is_no_asciidoc_source() -> None:
    assert not is_asciidoc_source(["== Decisions ==", "", "text"])
    assert not is_asciidoc_source(["# Decisions", "", ":toc: macro"])
    assert is_asciidoc_source(["== Decisions", "", "[[d1]]"])


def test_footnote_symbol_reads_in_brackets(registry: BodyRegistry) -> None:
    from mandate_graph.loaders.extract.plain_layouts import normalise_layout

    text = "== The session\n\n:toc: macro\n\nThe Committee had before it a note footnote:[E/C.30/41/3.], prepared by the secretariat.\n"
    assert "a note (E/C.30/41/3), prepared" in normalise_layout(text)[0]


# (E277) A session report converted to AsciiDoc by Pandoc: the masthead a "|===" table whose cells
# are marked "|" and broken by " +", the report's numbered paragraphs as lists that run on over its
# chapters ("[arabic, start=5]"), a paragraph's lettered items as a nested list ("[loweralpha]" over
# ".. " items), lines wrapped at 72.
def pandoc_report(symbol: str = "E/C.30/41/2", style: str = "[loweralpha]\n") -> str:
    return (
        '[cols=",",]\n|===\n'
        f"|*United Nations* |*{symbol}*\n"
        "|*Committee on Water, Sanitation and Hygiene* |Distr.: General +\n12 May 2032 +\n +\nOriginal: English\n|===\n\n"
        "= Report of the Committee on Water, Sanitation and Hygiene on its forty-first session (26–30 April 2032)\n\n"
        "== I. Opening of the session\n\n[arabic]\n"
        ". The forty-first session was held in Nairobi from 26 to 30 April 2032.\n"
        ". The session was opened by the Chair.\n\n"
        "== II. Decisions adopted at the session\n\n[arabic, start=3]\n"
        ". At its 12th meeting, on 30 April 2032, the Committee adopted the\nfollowing decisions:\n"
        f"{style}"
        ".. In decision 41/1, the Committee requested the secretariat to compile\nnational data;\n"
        ".. In decision 41/2, the Committee requested the Bureau to meet before\nthe next session.\n"
        ". The Committee also heard a statement by the Chair.\n"
    )


def test_pandoc_report_masthead_numbers_and_lettered_items(registry: BodyRegistry) -> None:
    from mandate_graph.loaders.extract.plain_layouts import normalise_layout

    text = pandoc_report()
    rendered = normalise_layout(text)[0]
    assert "|" not in rendered and " +" not in rendered
    assert "3. At its 12th meeting" in rendered and "4. The Committee also heard" in rendered
    assert "(a) In decision 41/1" in rendered and "(b) In decision 41/2" in rendered
    assert ("E/C.30/41/2", "cwsh#41") in facts(text, registry, "reportOf")
    assert {("cwsh/dec/41/1", "cwsh#41"), ("cwsh/dec/41/2", "cwsh#41")} <= facts(text, registry, "adoptedAt")
    assert {("cwsh/dec/41/1", "2032-04-30"), ("cwsh/dec/41/2", "2032-04-30")} <= facts(text, registry, "adoptedOn")


def test_pandoc_nested_list_declared_arabic_keeps_numbers() -> None:
    from mandate_graph.loaders.extract.plain_layouts import normalise_layout

    rendered = normalise_layout(pandoc_report(style="[arabic]\n"))[0]
    assert "1. In decision 41/1" in rendered and "(a)" not in rendered

"""Session papers of a series written as a capital and small letters, a hyphen and the session
(E247, from unseen u295): the World Meteorological Congress's "Cg-21/Doc. 5.3(1)" and
"Cg-21/INF. 4.1(2)", the series its instruments' numbers write too ("Resolution 9 (Cg-21)").
pdftotext may break the line after the slash ("(Cg-21/" / "Doc. 5.3(1))"): one symbol, the space
dropped, the space after the paper's kind ("Doc. 5.3(1)") kept as the series' own.

Near misses: such a series before no kind of paper ("Ms-21/3", "Cg-21/Report 3"), a word glued
before it, a kind of paper with no number. Bodies, numbers and sentences are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.titles import title_after
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import key
from tests.support.extraction import BASE


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("the report of the Council (Cg-21/Doc. 5.3(1)),", "Cg-21/Doc. 5.3(1)"),
        ("the report of the Council (Cg-21/ Doc. 5.3(1)),", "Cg-21/Doc. 5.3(1)"),
        ("the report of the Council (Cg-21/\nDoc. 5.3(1)),", "Cg-21/Doc. 5.3(1)"),
        ("the information note Cg-19/INF. 4.1(2) was", "Cg-19/INF. 4.1(2)"),
        ("see Sc-7/Doc. 12 and", "Sc-7/Doc. 12"),
        ("in document Ws-30/Doc.3.2 the", "Ws-30/Doc.3.2"),
        ("(Cg-20/Doc. 4/Rev.1)", "Cg-20/Doc. 4/Rev.1"),
        ("(Agr-3/INF. 2)", "Agr-3/INF. 2"),
    ],
)
def test_a_mixed_case_series_before_a_kind_of_paper(text: str, symbol: str) -> None:
    assert [m.symbols for m in find_symbols(text)] == [(symbol,)]


@pytest.mark.parametrize(
    "text",
    [
        "the Ms-21/3 form",  # no kind of paper after the slash
        "Cg-21/Report 3",
        "the Cg-21/ Doc. pages",  # a kind of paper with no number
        "xCg-21/Doc. 3",  # glued to a word
        "Cg-21/Annex. 3",  # no kind of paper the grammar knows
    ],
)
def test_no_paper_of_such_a_series(text: str) -> None:
    assert find_symbols(text) == []


_REFERENCE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wso> a mg:Body ; mg:key "wso" ;
    skos:prefLabel "World Soil Organization"@en ; skos:altLabel "WSO"@en .
<body/wso/congress> a mg:Body ; mg:key "wso/congress" ;
    skos:prefLabel "World Soil Congress"@en ; skos:altLabel "Sc"@en ; mg:shortName "Congress" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (Sc-{session})" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/wso> .
<body/wso/council> a mg:Body ; mg:key "wso/council" ;
    skos:prefLabel "Executive Council of the World Soil Organization"@en ; skos:altLabel "Executive Council"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (SEC-{session})" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/wso> .
"""

_REPORT = (
    "WORLD SOIL ORGANIZATION\nTwenty-first World Soil Congress\nGeneva, 1–12 June 2037\n"
    "RESOLUTIONS ADOPTED BY THE SESSION\nResolution 9 (Sc-21)\nSoil carbon monitoring\n"
    "THE WORLD SOIL CONGRESS,\n{recital}\nRequests the Executive Council to oversee the work.\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "soil.ttl"
    path.write_text(_REFERENCE)
    return load_registry(BASE, [path])


@pytest.mark.parametrize(
    ("recital", "symbol", "mandate"),
    [
        ("Having considered the report of the Executive Council on soil carbon (Sc-21/\nDoc. 5.3(1)), submitted pursuant to Resolution 15 (Sc-20),",
         "Sc-21/Doc. 5.3(1)", "wso/congress/res/20/15"),
        ("Having examined the report of the Secretary-General (Sc-21/INF. 4.1(2)), pre-\npared in accordance with Resolution 4 (SEC-84),",
         "Sc-21/INF. 4.1(2)", "wso/council/res/84/4"),
    ],
)
def test_the_paper_considered_by_the_session_and_its_mandate(registry: BodyRegistry, recital: str, symbol: str, mandate: str) -> None:
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extract(_REPORT.format(recital=recital), source_key="report", registry=registry).facts}
    assert ("submittedTo", symbol, "wso/congress#21") in facts
    assert ("pursuantTo", symbol, mandate) in facts


# A title after a dash with a subtitle after its colon, in lower case, ended by the comma that opens
# the sentence's next clause (the line's end was read already): not cut at the colon.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Recalling Resolution 15 (Sc-20) – Soil Carbon Watch: pre-operational phase, by which Congress requested the Council to",
         "Soil Carbon Watch: pre-operational phase"),
        ("Recalling Resolution 15 (Sc-20) – Soil Carbon Watch: pre-operational phase, by\nwhich Congress requested the Council to",
         "Soil Carbon Watch: pre-operational phase"),
        ("Noting resolution 12 (SEC-70) — Drought services: a road map for members, which the Council adopted in 2031,",
         "Drought services: a road map for members"),
        ("Recalling Resolution 4 (Sc-19) – Early warnings: implementation plan, and Resolution 5 (Sc-19),",
         "Early warnings: implementation plan"),
    ],
)
def test_a_subtitle_after_the_colon_up_to_the_next_clause(text: str, title: str) -> None:
    found = title_after(text, text.index(")") + 1)
    assert found is not None and found.title == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a clause after the colon, not a subtitle: cut there as before (the text going on to the
        # next line: a subtitle running to the line's end is the older rule's)
        ("Recalling Resolution 15 (Sc-20) – Soil Carbon Watch: the Council was requested, in\n2031, to", "Soil Carbon Watch"),
        ("Recalling Resolution 15 (Sc-20) – Soil Carbon Watch: which requested the Council, and\nurged", "Soil Carbon Watch"),
        ("Recalling Resolution 15 (Sc-20) – Soil Carbon Watch: Congress decided, by\nconsensus, to", "Soil Carbon Watch"),
        ("Recalling Resolution 15 (Sc-20) – Soil Carbon Watch: members requested support, in\n2031, to", "Soil Carbon Watch"),
        ("Recalling Resolution 15 (Sc-20) – Soil Carbon Watch: it established the Board. Requests", "Soil Carbon Watch"),
    ],
)
def test_no_subtitle_of_a_clause(text: str, title: str) -> None:
    found = title_after(text, text.index(")") + 1)
    assert found is not None and found.title == title

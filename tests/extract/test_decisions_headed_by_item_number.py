"""A page of the decisions one session of a governing organ adopted, as its organization prints them
in Markdown: a masthead table naming the organ by its short name and its session in words ("Two
hundred and twenty-first session"), a list title in capitals ("DECISIONS ADOPTED BY THE GOVERNING
COUNCIL AT ITS 221st SESSION") over the place and days, and each decision headed by its agenda item's
number and its title alone ("### 5 Ocean literacy"), its number in the organ's convention
("221 GC/Decision 5") given only in the list. The organ is the page's issuer (the only body that
issues instruments under that short name), each heading opens the decision of that number, adopted at
the session the list title names."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.graph.ordinals import ordinal_value
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/woo> a mg:Body ; mg:key "woo" ; skos:prefLabel "World Ocean Organization"@en .
<body/woo/council> a mg:Body ; mg:key "woo/council" ;
    skos:prefLabel "Governing Council of the World Ocean Organization"@en ; mg:shortName "Governing Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; org:subOrganizationOf <body/woo> ;
    mg:instrumentNumbering [ mg:numberTemplate "{session} GC/Decision {number}" ; mg:instrumentKind "decision" ] .
<body/woo/secretary-general> a mg:Body ; mg:key "woo/secretary-general" ;
    skos:prefLabel "Secretary-General of the World Ocean Organization"@en ; mg:shortName "Secretary-General" ;
    org:subOrganizationOf <body/woo> .
<body/reef-panel> a mg:Body ; mg:key "reef-panel" ; skos:prefLabel "International Reef Panel"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def page(session_words: str, n: int, title_case: bool = False) -> str:
    list_title = f"Decisions adopted by the Governing Council at its {n}th session" if title_case else (
        f"DECISIONS ADOPTED BY THE GOVERNING COUNCIL AT ITS {n}th SESSION"
    )
    return (
        f"| **Governing Council**<br>**{session_words} session** | **{n} GC/Decisions**<br>LISBON, 2 June 2031 |\n"
        "|----|----|\n\n"
        f"# {list_title}\n\n(Lisbon, 12–16 May 2031)\n\n"
        "## List of decisions\n\n| Item | Decision | Title |\n|---|---|---|\n"
        f"| 3 | {n} GC/Decision 3 | Ocean literacy | \n| 9 | {n} GC/Decision 9 | Reef monitoring |\n\n"
        "### 3 Ocean literacy\n\nThe Governing Council,\n\n1.  *Recalling* its decision 7/2,\n\n"
        "2.  *Requests* the Secretary-General to prepare a strategy on ocean literacy;\n\n"
        "### 9 Reef monitoring\n\nThe Governing Council,\n\n"
        "1.  *Invites* the International Reef Panel to share its data with the Organization.\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("words", "n"), [
    ("Two hundred and twenty-first", 221), ("One hundred and ninth", 109), ("Three hundred and fourth", 304),
])
def test_each_item_heading_opens_the_decision_of_its_number(words: str, n: int, registry: BodyRegistry) -> None:
    text = page(words, n)
    assert (f"woo/council/dec/{n}/3", "woo/secretary-general") in facts(text, registry, "requests")
    assert (f"woo/council/dec/{n}/9", "reef-panel") in facts(text, registry, "invites")
    assert (f"woo/council/dec/{n}/3", "Ocean literacy") in facts(text, registry, "title")
    adopted = facts(text, registry, "adoptedAt")
    assert {(f"woo/council/dec/{n}/3", f"woo/council#{n}"), (f"woo/council/dec/{n}/9", f"woo/council#{n}")} <= adopted


def test_the_list_titles_session_is_held_where_the_line_below_says(registry: BodyRegistry) -> None:
    text = page("Two hundred and twenty-first", 221, title_case=True)
    assert ("woo/council#221", "Lisbon") in facts(text, registry, "heldIn")
    assert ("woo/council#221", "2031-05-12/2031-05-16") in facts(text, registry, "heldOn")


def test_the_session_in_words_is_the_one_in_figures(registry: BodyRegistry) -> None:
    meetings = facts(page("Two hundred and twenty-first", 221), registry, "meetingOf")
    assert ("woo/council#221", "woo/council") in meetings
    assert ("woo/council#121", "woo/council") not in meetings


@pytest.mark.parametrize(("words", "value"), [
    ("two hundred and twenty-first", 221), ("Two Hundred Fifth", 205), ("one hundred and first", 101),
    ("hundredth", 100), ("three hundredth", 300), ("nine hundred and ninety-ninth", 999),
])
def test_ordinals_in_the_hundreds(words: str, value: int) -> None:
    assert ordinal_value(words) == value


def test_numbered_lines_without_a_list_title_open_no_decision(registry: BodyRegistry) -> None:
    text = page("Two hundred and twenty-first", 221).replace("# DECISIONS ADOPTED BY THE GOVERNING COUNCIL AT ITS 221th SESSION", "# Summary of the session")
    assert not facts(text, registry, "requests")

"""E214's families, on invented text:

- OCR's "l" for "1" where no digit stands beside it: a part of a document symbol ("…/L.4/Rev.l",
  "…/Add.l") and a paragraph's number at a line's start ("l. Requests"), once the text numbers a
  paragraph "2." and letters none "k.";
- an instrument whose masthead names the parent organ on top ("Economic and Social Council") and
  the subsidiary whose session it is below, no symbol read: the opening formula ("The Commission
  on X,") makes the subsidiary the issuer;
- a governing body's decision page: the opening formula run into a participle ("The Board,
  recalling its decision …:"), lettered past-tense paragraphs ("(a) took note of the report of the
  third meeting of X (SYMBOL, appendix)"), a "Related decisions" list naming each decision by the
  agenda item and the document it was taken on, a "Previous sessions" list ("40th Session (May
  2031)");
- presidential statements cited as a list ("of 9 March 2033 (S/PRST/2033/4) and 12 November 2035
  (S/PRST/2035/11)").

Near misses give nothing: an "l" in a word or a URL, a list lettered to "l.", a formula naming the
parent organ itself, a statement without its symbol, a session line under no sessions heading."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.ocr import paragraph_number_fixes, symbol_part_fixes
from mandate_graph.loaders.extract.presidential_statements import cited_statements

from .phrasing import key, shipped_registry
from .reference_data import registry_from_turtle

# An invented fisheries organization whose Board keys its decisions by the document each was taken
# on ("FB.41/7"), holds numbered sessions, and has a working group meeting in numbered meetings.
FISHERIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rfo> a mg:Body ; mg:key "rfo" ; skos:prefLabel "Regional Fisheries Organization"@en ; skos:altLabel "RFO"@en .
<body/rfo/board> a mg:Body ; mg:key "rfo/board" ;
    skos:prefLabel "Fisheries Board of the Regional Fisheries Organization"@en ; mg:shortName "Fisheries Board" ;
    mg:symbolPrefix "FB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "FB.{session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/rfo> .
<body/rfo/board/wg-stocks> a mg:Body ; mg:key "rfo/board/wg-stocks" ;
    skos:prefLabel "Working Group on Shared Stocks"@en ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/rfo/board> .
<body/rfo/secretariat> a mg:Body ; mg:key "rfo/secretariat" ;
    skos:prefLabel "Secretariat of the Regional Fisheries Organization"@en ; mg:shortName "Secretariat" ;
    org:subOrganizationOf <body/rfo> .
"""


@pytest.fixture(scope="module")
def fisheries(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, FISHERIES)


def facts_of(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


# ---------------------------------------------------------------- OCR "l" without a digit beside it


def _fixed(text: str, changes: list[tuple[int, int, str]]) -> str:
    out = list(text)
    for start, _, new in changes:
        out[start] = new
    return "".join(out)


@pytest.mark.parametrize(
    ("printed", "meant"),
    [
        ("E/CN.7/2036/L.4/Rev.l", "E/CN.7/2036/L.4/Rev.1"),
        ("see A/81/210/Add.l.", "see A/81/210/Add.1."),
        ("(UNEP/EA.7/L.l)", "(UNEP/EA.7/L.1)"),
        ("FCCC/SBI/2031/INF.l;", "FCCC/SBI/2031/INF.1;"),
    ],
)
def test_an_l_closing_a_part_of_a_symbol_is_one(printed: str, meant: str) -> None:
    assert _fixed(printed, symbol_part_fixes(printed)) == meant


@pytest.mark.parametrize("text", ["www.example.org/legal", "Rev.l of the text", "a/b/l", "the l. of it", "E/CN.7/2036/L.4/Rev.la"])
def test_an_l_in_words_and_addresses_stays(text: str) -> None:
    assert symbol_part_fixes(text) == []


def test_a_paragraph_numbered_l_is_one_when_the_text_numbers_two() -> None:
    text = "   l. Requests the Secretariat to act;\n\n   2. Invites Members to help.\n"
    assert _fixed(text, paragraph_number_fixes(text)).startswith("   1. Requests")
    # a list lettered up to "l." keeps its letters; no paragraph "2.": nothing proves a number
    lettered = "k. Notes the plan;\nl. Requests the Secretariat to act;\n2. Invites Members.\n"
    assert paragraph_number_fixes(lettered) == []
    assert paragraph_number_fixes("l. Requests the Secretariat to act.\n") == []


SCANNED = """UNITED NATIONS                                  E/CN.6/2035/L.9/Rev.l
Economic and Social Council
COMMISSION ON THE STATUS OF WOMEN
Sixty-ninth session
New York, l0-2l March 2035

Resolution 69/4

Women in rural fisheries

     The Commission on the Status of Women,

     Recalling its resolution 66/2 of 25 March 2022,

     l. Requests the Secretary-General to report to the Comrnission at
its seventy-first session;

     2. Invites the Food and Agriculture Organization of the United Nations to share data.

                                            8th meeting
                                            l9 March 2035
"""


def test_a_scanned_commission_resolution_is_the_commissions() -> None:
    registry = shipped_registry()
    requests = facts_of(SCANNED, registry, "requests")
    assert requests == {("ecosoc/csw/res/69/4", "secretary-general")}
    assert facts_of(SCANNED, registry, "adoptedOn") >= {("ecosoc/csw/res/69/4", "2035-03-19")}
    assert not any(s.startswith("ecosoc/res/") for s, _ in facts_of(SCANNED, registry, "cites"))


def test_without_its_symbol_the_opening_formula_names_the_subsidiary() -> None:
    registry = shipped_registry()
    text = SCANNED.replace("E/CN.6/2035/L.9/Rev.l", "")
    assert facts_of(text, registry, "requests") == {("ecosoc/csw/res/69/4", "secretary-general")}
    # a formula naming the parent organ itself: the Council's, as its masthead says
    council = text.replace("The Commission on the Status of Women,", "The Economic and Social Council,")
    assert not any(s.startswith("ecosoc/csw/res/") for s, _ in facts_of(council, registry, "requests"))


# ---------------------------------------------------------------- a governing body's decision page

PAGE = """Skip to main content
Regional Fisheries Organization
Search
Menu
Topics
Publications
Meetings
News
About us
Home / Meetings / Fisheries Board / 41st Session / Decisions
Board decisions
Decision on the fourth item on the agenda: Outcome of the third meeting of the Working Group on Shared Stocks
Print
Meeting:\t41st Session of the Fisheries Board
Date:\t14–18 November 2031
Place:\tApia
Document:\tFB.41/7
Date of decision:\t17 November 2031
Decision
The Fisheries Board, having examined document FB.41/7:
(a) took note of the report of the third meeting of the Working Group on Shared Stocks (WGSS), held in Suva from 2 to 5 June 2031 (FB.41/7, appendix);
(b) requested the Secretariat to prepare a workplan.
(FB.41/7, paragraph 12, as amended by the Board)
Related documents
FB.41/7 – Outcome of the third meeting of the Working Group on Shared Stocks
Related decisions
Decision on the second item on the agenda: Budget of the Organization for 2032-2033 (FB.41/2)
Decision on agenda item 6 - Rules of procedure of the Board (FB.41/9)
Previous sessions
40th Session (May 2031)
39th Session (November 2030)
Contact
"""


def test_a_run_in_formula_makes_the_page_the_boards(fisheries: BodyRegistry) -> None:
    assert facts_of(PAGE, fisheries, "requests") == {("rfo/board/dec/41/7", "rfo/secretariat")}


def test_the_record_fields_with_their_colons(fisheries: BodyRegistry) -> None:
    assert facts_of(PAGE, fisheries, "adoptedAt") == {("rfo/board/dec/41/7", "rfo/board#41")}
    assert facts_of(PAGE, fisheries, "adoptedOn") == {("rfo/board/dec/41/7", "2031-11-17")}
    assert ("rfo/board#41", "2031-11-14/2031-11-18") in facts_of(PAGE, fisheries, "heldOn")
    assert ("rfo/board#41", "Apia") in facts_of(PAGE, fisheries, "heldIn")
    assert facts_of(PAGE, fisheries, "submittedTo") == {("FB.41/7", "rfo/board#41")}
    # one day under "Date:" is no session's days
    one_day = PAGE.replace("Date:\t14–18 November 2031", "Date:\t17 November 2031")
    assert not any(s == "rfo/board#41" for s, _ in facts_of(one_day, fisheries, "heldOn"))


def test_the_report_in_the_lettered_paragraph_is_the_documents(fisheries: BodyRegistry) -> None:
    assert facts_of(PAGE, fisheries, "reportOf") == {("FB.41/7", "rfo/board/wg-stocks#3")}
    # a decision cited by its kind's word in the bracket stays a decision
    cited = PAGE.replace("(FB.41/7, appendix)", "(see decision FB.39/4)")
    assert facts_of(cited, fisheries, "reportOf") == set()


def test_related_decisions_named_by_item_and_document(fisheries: BodyRegistry) -> None:
    titles = facts_of(PAGE, fisheries, "title")
    assert ("rfo/board/dec/41/2", "Budget of the Organization for 2032-2033") in titles
    assert ("rfo/board/dec/41/9", "Rules of procedure of the Board") in titles
    assert not any(t.startswith("Decision on") for _, t in titles)
    assert {("<test>", "rfo/board/dec/41/2"), ("<test>", "rfo/board/dec/41/9")} <= facts_of(PAGE, fisheries, "mentions")


def test_previous_sessions_listed_under_their_heading(fisheries: BodyRegistry) -> None:
    held = facts_of(PAGE, fisheries, "meetingOf")
    assert {("rfo/board#40", "rfo/board"), ("rfo/board#39", "rfo/board")} <= held
    # the same lines under another heading are read as nothing here
    other = PAGE.replace("Previous sessions", "Contact us")
    assert ("rfo/board#39", "rfo/board") not in facts_of(other, fisheries, "meetingOf")


# ---------------------------------------------------------------- presidential statements in a list


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("recalls the statements of its President of 9 March 2033 (S/PRST/2033/4) and 12 November 2035 (S/PRST/2035/11),",
         [("S/PRST/2033/4", "2033-03-09"), ("S/PRST/2035/11", "2035-11-12")]),
        ("Recalling the statements by its President S/PRST/2030/1 of 3 May 2030, S/PRST/2031/4 of 2 June 2031 and S/PRST/2032/9,",
         [("S/PRST/2030/1", "2030-05-03"), ("S/PRST/2031/4", "2031-06-02"), ("S/PRST/2032/9", None)]),
        ("Recalling the presidential statements of 4 April 2029 (A/HRC/PRST/40/1), 8 July 2030 (A/HRC/PRST/43/2),",
         [("A/HRC/PRST/40/1", "2029-04-04"), ("A/HRC/PRST/43/2", "2030-07-08")]),
        # near misses: the second item has no symbol; a resolution follows
        ("Recalling the statement of its President of 9 March 2033 (S/PRST/2033/4) and 12 November 2035, on Mali,",
         [("S/PRST/2033/4", "2033-03-09")]),
        ("Recalling the statement of its President of 9 March 2033 (S/PRST/2033/4) and resolution 2391 (2017),",
         [("S/PRST/2033/4", "2033-03-09")]),
    ],
)
def test_statements_cited_in_a_list(sentence: str, cited: list[tuple[str, str | None]]) -> None:
    assert [(c.symbol, c.day.isoformat() if c.day else None) for c in cited_statements(sentence)] == cited

"""Specialized agencies' documents as Word converted by pandoc, and their symbols (E249).

- **pandoc's attribute spans**: `pandoc -t markdown` writes Word's underlined, small-capital or
  styled words as "[Recalling]{.underline}", "[Requests]{.smallcaps}", '[Decides]{custom-style="Verb"}',
  an image's size as '![](media/image1.png){width="1.2in"}': the words stay, the braces go, so the
  preamble's and the operative part's verbs are read as any others (`clean._INLINE`).
- **a masthead as a grid table of one row**: the organ's name in one cell, the symbol, date and
  distribution in the other, each a paragraph of the cell; a logo's line merged across the row
  (`grid_tables`). The document is then the resolution its symbol numbers ("GOA(41)/RES/7"), its
  title under "Item 16 of the agenda (GOA(41)/24)".
- **a series printed after its session and a space**: a body whose numbering reads "{session}
  XC/Decision {number}" writes its documents "231 XC/14", "231 XC/14.INF", "231 XC/41" (UNESCO's
  governing bodies do so): the whole symbol, never "XC/14" (`symbols._session_first`). Only a declared
  series: "3 A/79/400" opening a footnote is the note's number, then a symbol.

Bodies and texts are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import facts as phrasing_facts
from tests.extract.phrasing import in_resolution, key
from tests.extract.reference_data import registry_from_turtle
from tests.extract.test_single_instrument_documents import GLOBAL_OCEAN_AGENCY  # the same invented agency

BODIES = GLOBAL_OCEAN_AGENCY + """<body/wca> a mg:Body ; mg:key "wca" ; skos:prefLabel "World Culture Alliance"@en .
<body/wca/council> a mg:Body ; mg:key "wca/council" ;
    skos:prefLabel "Executive Council of the World Culture Alliance"@en ;
    mg:shortName "Executive Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session} XC/Decision {number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/wca> .
<body/wca/dg> a mg:Body ; mg:key "wca/dg" ;
    skos:prefLabel "Director-General of the World Culture Alliance"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/wca> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def stated(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    return {(key(f.subject), key(f.object)) for f in extract(text, source_key="doc", registry=registry).facts if f.relation == relation}


# ---------------------------------------------------------------- pandoc's spans


@pytest.mark.parametrize("span, words", [
    ("[Recalling]{.underline} resolution 7/1,", "Recalling resolution 7/1,"),
    ("[Recalling also]{.underline} resolution 7/1,", "Recalling also resolution 7/1,"),
    ("[Requests]{.smallcaps} the Director General", "Requests the Director General"),
    ('[Decides]{custom-style="Operative Verb"} to establish', "Decides to establish"),
    ("[Invites]{#op-5 .underline} the Board", "Invites the Board"),
    # wrapped by pandoc inside the brackets
    ("[Having\nconsidered]{.underline} the report", "Having considered the report"),
])
def test_a_spans_words_stay_and_its_attributes_go(span: str, words: str) -> None:
    assert clean(span + "\n").text.strip() == words


def test_an_images_size_goes_with_it() -> None:
    assert clean('![](media/image1.png){width="1.2in" height="0.6in"}\n\nGeneral Conference\n').text.strip() == "General Conference"


@pytest.mark.parametrize("text", [
    # a Markdown link keeps its words (no attributes), a bracketed note and set braces stay
    "[GOA(41)/RES/7](https://example.org/r7) was adopted.",
    "the Board [of Directors] {as amended} decided",
    "the set {a, b} and [c]",
])
def test_brackets_that_are_no_span_stay(text: str) -> None:
    cleaned = clean(text + "\n").text.strip()
    assert "{.underline}" not in cleaned
    if "{as amended}" in text:
        assert "{as amended}" in cleaned
    if "{a, b}" in text:
        assert "{a, b}" in cleaned


RESOLUTION = """+-----------------------------------+-----------------------------------+
| ![](media/image1.png){width="1.1in" height="0.5in"}                   |
|                                   |                                   |
| **General Conference**            | **GOA(41)/RES/7**                 |
|                                   |                                   |
|                                   | October 2031                      |
|                                   |                                   |
|                                   | General Distribution              |
+-----------------------------------+-----------------------------------+

**Forty-first regular session**

Item 12 of the agenda
(GOA(41)/20)

# Ocean observation networks

*Resolution adopted on 3 October 2031 during the sixth plenary
meeting*

The General Conference,

(a) [Recalling]{.underline} resolution GOA(40)/RES/5, by which it requested the
    Director General to report,

1.  [Requests]{.underline} the Director General to convene an expert
    meeting;

2.  [Invites]{.underline} the Board of Directors to consider the findings;
"""

OWN = "goa/gc/res/41/7"


def test_a_pandoc_resolution_is_the_resolution_its_masthead_numbers(registry: BodyRegistry) -> None:
    assert stated(RESOLUTION, registry, "adoptedOn") == {(OWN, "2031-10-03")}
    assert stated(RESOLUTION, registry, "adoptedAt") == {(OWN, "goa/gc#41")}
    assert stated(RESOLUTION, registry, "title") == {(OWN, "Ocean observation networks")}
    assert (OWN, "goa/gc/res/40/5") in stated(RESOLUTION, registry, "cites")
    assert (OWN, "goa/dg") in stated(RESOLUTION, registry, "requests")
    assert stated(RESOLUTION, registry, "invites") == {(OWN, "goa/board")}


def test_the_masthead_cells_paragraphs_are_its_items() -> None:
    blocks = [b for b in clean(RESOLUTION).text.split("\n\n")[:6]]
    assert blocks[:5] == ["General Conference", "GOA(41)/RES/7", "October 2031", "General Distribution", "Forty-first regular session"]


def test_the_agenda_line_and_its_symbol_are_no_title(registry: BodyRegistry) -> None:
    joined = RESOLUTION.replace("Item 12 of the agenda\n(GOA(41)/20)", "Agenda item 12 (GOA(41)/20)")
    assert stated(joined, registry, "title") == {(OWN, "Ocean observation networks")}


def test_a_one_row_grid_table_of_prose_is_read_as_cells() -> None:
    table = (
        "+------------------------------+------------------------------+\n"
        "| The Council requested the    | The secretariat reported on  |\n"
        "| secretariat to report.       | its work.                    |\n"
        "+------------------------------+------------------------------+\n"
    )
    paragraphs = clean(table).text.split("\n\n")
    assert "The Council requested the secretariat to report." in paragraphs
    assert "The secretariat reported on its work." in paragraphs


# ---------------------------------------------------------------- series after the session

SERIES = frozenset({"{session} XC", "GOA"})


@pytest.mark.parametrize("text, symbol", [
    ("Having examined document 231 XC/14, prepared by", "231 XC/14"),
    ("the information document (231 XC/14.INF)", "231 XC/14.INF"),
    ("231 XC/14.INF.2 and", "231 XC/14.INF.2"),
    ("as set out in the report of that Committee (231 XC/41);", "231 XC/41"),
    ("the draft amendments in 231 XC/DR.14.2 were withdrawn", "231 XC/DR.14.2"),
    ("Documents: 231\u00a0XC/14", "231 XC/14"),
])
def test_a_series_after_its_session_is_read_whole(text: str, symbol: str) -> None:
    assert [m.symbols for m in find_symbols(text, SERIES)] == [(symbol,)]


@pytest.mark.parametrize("text, symbols", [
    # the decision's number is an instrument, no document's symbol
    ("Recalling 229 XC/Decision 9,", []),
    # a footnote's number before a symbol of another series
    ("3 A/79/400, para. 12.", [("A/79/400",)]),
    # an undeclared series after a number: the grammar's reading alone
    ("see 229 EX/14 and", [("EX/14",)]),
    # a number glued or after a word: not the session
    ("paragraph 12XC/4", []),
])
def test_near_misses_of_the_session_first_series(text: str, symbols: list[tuple[str, ...]]) -> None:
    assert [m.symbols for m in find_symbols(text, SERIES)] == symbols


def test_the_registry_declares_a_series_its_numbering_prints_after_the_session(registry: BodyRegistry) -> None:
    assert "{session} XC" in registry.symbol_series()
    assert "GOA" in registry.symbol_series()


DECISION = """231 XC/Decision 14

Governance of the Alliance's programmes

The Executive Council,

1. Having examined document 231 XC/14, prepared by the Director-General pursuant to 228 XC/Decision 9,

2. Requests the Director-General to report to it at its 233rd session.
"""


def test_a_papers_symbol_after_its_session_carries_its_facts(registry: BodyRegistry) -> None:
    assert stated(DECISION, registry, "pursuantTo") == {("231 XC/14", "wca/council/dec/228/9")}
    assert ("XC/14", "wca/council/dec/228/9") not in stated(DECISION, registry, "pursuantTo")


# ---------------------------------------------------------------- a second paper after a mandate with brackets


def considered(clause: str) -> str:
    head = RESOLUTION.split("(a) [Recalling]")[0]
    return head + clause + "\n\n1.  [Requests]{.underline} the Director General to report.\n"


@pytest.mark.parametrize("clause, second", [
    # the first paper's mandate numbered with its session in brackets, then "and the <title> (Y)"
    ("(a) [Having considered]{.underline} the report of the Director General (GOA(41)/11), submitted pursuant\n"
     "    to resolution GOA(40)/RES/5, and the Ocean Review 2031 (GOA(41)/INF/3),", "GOA(41)/INF/3"),
    ("(a) Having examined the report of the Director General (GOA(41)/11), prepared pursuant to resolution "
     "GOA(40)/RES/5 of the General Conference, as well as the note by the Secretariat (GOA(41)/12),", "GOA(41)/12"),
])
def test_a_second_paper_considered_after_a_bracketed_mandate(registry: BodyRegistry, clause: str, second: str) -> None:
    submitted = stated(considered(clause), registry, "submittedTo")
    assert {("GOA(41)/11", "goa/gc#41"), (second, "goa/gc#41")} <= submitted
    assert stated(considered(clause), registry, "pursuantTo") == {("GOA(41)/11", "goa/gc/res/40/5")}


def test_a_paper_only_noted_after_the_considered_one_is_not_considered(registry: BodyRegistry) -> None:
    clause = ("(a) Having considered the report of the Director General (GOA(41)/11), submitted pursuant to resolution "
              "GOA(40)/RES/5, and noting with interest the Ocean Review 2031 (GOA(41)/INF/3),")
    submitted = stated(considered(clause), registry, "submittedTo")
    assert ("GOA(41)/11", "goa/gc#41") in submitted
    assert ("GOA(41)/INF/3", "goa/gc#41") not in submitted


# ---------------------------------------------------------------- "the report of that Committee (X)"

_ENDORSES = "1. Endorses the recommendations of the Committee on Coastal Data at its fifth session{held}, {how} the report of {which} (E/CN.21/2031/41);"


@pytest.mark.parametrize("held, how, which", [
    (", held at Headquarters on 2 and 3 March 2031", "as set out in", "that Committee"),
    ("", "as set out in", "the Committee"),
    ("", "contained in", "the said Committee"),
    (", held in Geneva from 2 to 4 March 2031", "as reflected in", "the same Committee"),
])
def test_the_report_of_the_body_named_back_is_that_sessions(held: str, how: str, which: str) -> None:
    text = in_resolution(_ENDORSES.format(held=held, how=how, which=which))
    assert ("E/CN.21/2031/41", "ccr/committee-on-data#5") in phrasing_facts(text, "reportOf")


@pytest.mark.parametrize("sentence", [
    # another body's report after the session
    _ENDORSES.format(held="", how="as set out in", which="the Bureau"),
    # two sessions of two bodies before it: which one is "that Committee" is not said
    "1. Endorses the recommendations of the Tides Committee at its fifth session and of the Currents Committee at its "
    "sixth session, as set out in the report of that Committee (E/CN.21/2031/41);",
    # the meeting told a sentence before: the report is the body's, no meeting's
    "1. Notes that the Committee on Coastal Data held its fifth session in Geneva on 2 March 2031. "
    "The Commission will have before it the report of the Committee (E/CN.21/2031/41).",
])
def test_a_report_of_a_body_named_otherwise_is_no_sessions(sentence: str) -> None:
    found = phrasing_facts(in_resolution(sentence), "reportOf")
    assert not any(subject == "E/CN.21/2031/41" for subject, _ in found)

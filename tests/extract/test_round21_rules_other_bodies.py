"""The twenty-first round's rules (E249–E255) tried on bodies and shapes their writers did not use (G1).

- **a chapter letter before a number that writes its kind itself** (E250's letter, for a series shaped
  like a symbol): "A.   IGB.52/Dec.4" / "Scale of assessments" over "The Industrial Growth Board," heads
  the decision as "IGB.52/Dec.4" alone does (`instrument_headings._number_starts`); the formula under
  it is still asked, since no kind word says the line is a heading.
- **a decision's label over a number shaped like a document symbol** (E254's Word layout, for a body
  whose decisions read "HYP/IC-XXVI/Dec.3"): "Decision:<tab>HYP/IC-XXVI/Dec.3" is the decision's heading
  read in the masthead's session as "Decision:<tab>19.COM 7" is, even with a sentence between the
  masthead and the first decision (`segment.masthead_instrument`: the symbol guard is for a number
  standing after other words, "United Nations<tab>S/RES/2791 (2026)", not after its kind's label).
- **pandoc's span around emphasised words** (E249's spans): "[*Requests*]{.underline}",
  "[**Decides**](#op)" — Word's italic underlined verb — keep the words without the marks
  (`clean._WRAPPED_EMPHASIS`).

Near misses: a chapter letter before a number with no opening formula under it heads nothing; a
masthead line ending on a document symbol stays the document's; marks inside a span's words
("[*a* and *b*]{.u}") are left as before.

Bodies and texts are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import in_resolution, registry as phrasing_registry, stated
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/igb> a mg:Body ; mg:key "igb" ;
    skos:prefLabel "Industrial Growth Board"@en ; mg:shortName "Board" ;
    mg:gatheringTerm "session" ; mg:symbolPrefix "IGB" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "IGB.{session}/Dec.{number}" ; mg:instrumentKind "decision" ] .
<body/igb/secretariat> a mg:Body ; mg:key "igb/secretariat" ;
    skos:prefLabel "Secretariat of the Industrial Growth Board"@en ; org:subOrganizationOf <body/igb> .
<body/hyc> a mg:Body ; mg:key "hyc" ;
    skos:prefLabel "Intergovernmental Council of the Hydrology Programme"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "HYP/IC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "HYP/IC-{session}/Dec.{number}" ; mg:instrumentKind "decision" ] .
<body/hyc/secretariat> a mg:Body ; mg:key "hyc/secretariat" ;
    skos:prefLabel "Secretariat of the Hydrology Programme"@en ; mg:shortName "Secretariat" ;
    org:subOrganizationOf <body/hyc> .
<body/ltc> a mg:Body ; mg:key "ltc" ;
    skos:prefLabel "Committee for Living Traditions"@en ; mg:shortName "Committee" ; mg:symbolPrefix "LTC" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}.COM {number}" ; mg:instrumentKind "decision" ] .
<body/ltc/secretariat> a mg:Body ; mg:key "ltc/secretariat" ;
    skos:prefLabel "Living Traditions Secretariat"@en ; mg:shortName "Secretariat" ; org:subOrganizationOf <body/ltc> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    return stated(extract(text, source_key="g1", registry=registry))


# ---------------------------------------------------------------- a chapter letter before a symbol-like number

BOARD_REPORT = """IGB.52/27
Distr.: General
20 December 2034

Industrial Growth Board
Fifty-second session
Vienna, 24-26 November 2034

Report of the Industrial Growth Board on the work of its fifty-second session

I. Decisions adopted by the Board

{a}IGB.52/Dec.4{sep}Scale of assessments

The Industrial Growth Board,

Recalling decision IGB.50/Dec.2,

(a) Requests the secretariat of the Industrial Growth Board to prepare a proposal;

{closing}

{b}IGB.52/Dec.5{sep}Date and place of the next session

The Industrial Growth Board,

(a) Requests the secretariat of the Industrial Growth Board to circulate the dates.
"""


@pytest.mark.parametrize(
    ("a", "b", "sep", "closing"),
    [
        ("A.   ", "B.   ", "\n", "26 November 2034"),
        ("A. ", "B. ", "\n", "5th plenary meeting\n26 November 2034"),
        ("C.\t", "D.\t", "\n", "26 November 2034"),
        ("A.   ", "B.   ", "   ", "26 November 2034"),  # the title run on after the number
        ("", "", "\n", "26 November 2034"),  # no letters: read before G1 too
    ],
)
def test_a_chapter_letter_before_a_number_shaped_like_a_symbol(registry: BodyRegistry, a: str, b: str, sep: str, closing: str) -> None:
    found = facts(BOARD_REPORT.format(a=a, b=b, sep=sep, closing=closing), registry)
    assert ("title", "igb/dec/52/4", "Scale of assessments") in found
    assert ("title", "igb/dec/52/5", "Date and place of the next session") in found
    assert ("adoptedAt", "igb/dec/52/4", "igb#52") in found
    assert ("adoptedAt", "igb/dec/52/5", "igb#52") in found
    assert ("cites", "igb/dec/52/4", "igb/dec/50/2") in found
    assert ("requests", "igb/dec/52/5", "igb/secretariat") in found


def test_a_chapter_letter_before_a_number_without_a_formula_heads_nothing(registry: BodyRegistry) -> None:
    # near miss: a chapter that names a decision, its prose below, is no decision's text
    text = BOARD_REPORT.format(a="A.   ", b="B.   ", sep="\n", closing="26 November 2034").replace(
        "B.   IGB.52/Dec.5\nDate and place of the next session\n\nThe Industrial Growth Board,\n\n(a) Requests",
        "B.   IGB.52/Dec.5\nDate and place of the next session\n\nThe secretariat recalled the decision and said that it",
    )
    found = facts(text, registry)
    assert not {f for f in found if f[1] == "igb/dec/52/5" and f[0] in ("title", "adoptedAt", "requests")}


# ---------------------------------------------------------------- a label over a symbol-like decision number

COUNCIL = (
    "HYP/IC-XXVI/3\nParis, 20 June 2036\n\nINTERGOVERNMENTAL COUNCIL OF THE HYDROLOGY PROGRAMME\n\n"
    "Twenty-sixth session\n\nParis\n\n10 - 14 June 2036\n\n\n\n{lead}"
    "3.\tWater education\n\n{label}HYP/IC-XXVI/Dec.3\n\nThe Intergovernmental Council of the Hydrology Programme,\n\n"
    "Requests the Secretariat of the Hydrology Programme to prepare a strategy.\n\n"
    "4.\tFuture sessions\n\n{label}HYP/IC-XXVI/Dec.4\n\nThe Intergovernmental Council of the Hydrology Programme,\n\n"
    "Requests the Secretariat of the Hydrology Programme to circulate the dates.\n"
)


@pytest.mark.parametrize(
    "lead",
    [
        "This document contains the decisions adopted by the Council at its twenty-sixth session.\n\n",
        "The Council met at the headquarters of the Organization.\n\n",
        "",  # the decisions right under the masthead: read before G1 too
    ],
)
@pytest.mark.parametrize("label", ["Decision:\t", "Decision\t", "Decision: "])
def test_a_labelled_decision_numbered_like_a_symbol(registry: BodyRegistry, lead: str, label: str) -> None:
    found = facts(COUNCIL.format(lead=lead, label=label), registry)
    for number, title in (("3", "Water education"), ("4", "Future sessions")):
        assert ("adoptedAt", f"hyc/dec/26/{number}", "hyc#26") in found
        assert ("title", f"hyc/dec/26/{number}", title) in found
        assert ("requests", f"hyc/dec/26/{number}", "hyc/secretariat") in found


def test_the_same_layout_numbered_by_session_and_item(registry: BodyRegistry) -> None:
    # E254's convention, another committee: "19.COM 7"
    text = (
        COUNCIL.format(lead="The Committee met in Chengdu.\n\n", label="Decision:\t")
        .replace("HYP/IC-XXVI/3", "LTC/36/19.COM/9").replace("INTERGOVERNMENTAL COUNCIL OF THE HYDROLOGY PROGRAMME", "COMMITTEE FOR LIVING TRADITIONS")
        .replace("Twenty-sixth", "Nineteenth").replace("HYP/IC-XXVI/Dec.3", "19.COM 3").replace("HYP/IC-XXVI/Dec.4", "19.COM 4")
        .replace("Intergovernmental Council of the Hydrology Programme", "Committee for Living Traditions")
        .replace("Secretariat of the Hydrology Programme", "Living Traditions Secretariat")
    )
    found = facts(text, registry)
    assert ("adoptedAt", "ltc/dec/19/3", "ltc#19") in found
    assert ("requests", "ltc/dec/19/4", "ltc/secretariat") in found


def test_a_masthead_line_ending_on_a_document_symbol_stays_the_documents(registry: BodyRegistry) -> None:
    # near miss: a note's own symbol after the organ's name, in the series its decisions are numbered
    # in, is no decision's heading. (A decision's symbol there, "… HYP/IC-XXVI/Dec.3", heads the
    # decision: pdftotext -raw runs a grid masthead's two cells into one line so, L19.)
    text = "Intergovernmental Council of the Hydrology Programme\tHYP/IC-XXVI/3\n\nTwenty-sixth session\n\nNote by the Secretariat\n\n1. The Council will consider the strategy.\n"
    found = facts(text, registry)
    assert not {f for f in found if f[0] == "adoptedAt"}


# ---------------------------------------------------------------- emphasis inside pandoc's spans


@pytest.mark.parametrize(
    ("raw", "words"),
    [
        ("[*Requests*]{.underline} the Secretary-General", "Requests the Secretary-General"),
        ("[**Decides**](#op-3) to act", "Decides to act"),
        ("[_Urges_]{.smallcaps} all", "Urges all"),
        ("[***Having\nconsidered***]{.underline} the report", "Having considered the report"),
    ],
)
def test_emphasis_wrapping_a_spans_words_goes_with_it(raw: str, words: str) -> None:
    assert clean(raw).text == words


def test_marks_inside_a_spans_words_are_left() -> None:
    # near miss: two emphasised words in one span are not one wrapped run
    assert clean("[*a* and *b*]{.underline} x").text == "*a* and *b* x"


def test_an_emphasised_underlined_verb_states_its_request() -> None:
    text = in_resolution("[*Requests*]{.underline} the Secretary-General to report to the Commission at its thirteenth session.")
    found = stated(extract(text, source_key="g1", registry=phrasing_registry()))
    assert ("requests", "ccr/res/12/1", "secretary-general") in found


# ---------------------------------------------------------------- a special session's Roman figures in a symbol


@pytest.mark.parametrize("symbol", ["TD/B(S-XXXV)/2", "TD/B(S-XXXI)/INF.1", "TD/B/WP(LXXXVIII)/2", "E/ICEF(LXII)/L.3"])
def test_a_roman_session_in_brackets_of_other_series(symbol: str) -> None:
    assert [m.symbols for m in find_symbols(f"Having considered {symbol} and the note,")] == [(symbol,)]


@pytest.mark.parametrize("text", ["See decision 649 (S-XXX) and more", "the special session (S-XXV)/ and more", "resolution S-25/2"])
def test_special_sessions_outside_a_series_part_give_no_roman_symbol(text: str) -> None:
    assert not [m for m in find_symbols(text) if "(S-" in "".join(m.symbols)]

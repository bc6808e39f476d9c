"""A text printed in capitals only (telex, code cable, mainframe print) is given an ordinary
text's case before the rules read it (`loaders/extract/capitals.py`): sentence and paragraph
starts, known names in the reference data's case, months, places in a place's slot, symbols
kept. Invented texts of invented bodies, in several layouts; a text with capitals in headings
only stays as it is."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.capitals import is_all_capitals, recase
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/lake-cop> a mg:Body ; mg:key "lake-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Lake Basins"@en ; mg:shortName "Conference of the Parties" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}/LCOP.{session}" ; mg:instrumentKind "decision" ] .
<body/lake-cop/review> a mg:Body ; mg:key "lake-cop/review" ;
    skos:prefLabel "Committee on the Review of Lake Data"@en ; mg:gatheringTerm "session" .
<body/lake-fund> a mg:Body ; mg:key "lake-fund" ;
    skos:prefLabel "Lake Restoration Fund"@en ; mg:shortName "LRF" ; mg:gatheringTerm "meeting" .
"""

NAMES = ["Conference of the Parties to the Convention on Lake Basins", "Committee on the Review of Lake Data", "Lake Restoration Fund", "LRF"]


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


DECISION = """DECISION 4/LCOP.7

LAKE BASIN MONITORING

THE CONFERENCE OF THE PARTIES TO THE CONVENTION ON LAKE BASINS,

{indent}RECALLING DECISION 2/LCOP.6 ADOPTED AT ITS SIXTH SESSION, HELD AT
{indent}KISUMU, KENYA, FROM 3 TO 7 MARCH 2025,

{indent}1. REQUESTS THE COMMITTEE ON THE REVIEW OF LAKE DATA TO PREPARE A
{indent}SURVEY OF MONITORING PRACTICE;

{indent}2. INVITES THE LAKE RESTORATION FUND TO SUPPORT THE SURVEY. THE
{indent}LRF SHALL REPORT ON ITS SUPPORT.
"""


@pytest.mark.parametrize("indent", ["", "    "])
def test_a_text_in_capitals_is_read_as_an_ordinary_one(indent: str, registry: BodyRegistry) -> None:
    text = ("ZCZC ABC123\nFM SECRETARIAT\nTO HEADQUARTERS\nBT\n\n" + DECISION.format(indent=indent)) * 1
    fixed = recase(text, NAMES)
    assert len(fixed) == len(text) and fixed.count("\n") == text.count("\n")
    assert "Requests the Committee on the Review of Lake Data to prepare a" in fixed
    assert "Invites the Lake Restoration Fund to support the survey. The\n" in fixed
    assert "LRF shall report" in fixed
    assert "Kisumu, Kenya, from 3 to 7 March 2025" in fixed
    assert "Recalling decision 2/LCOP.6" in fixed
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    own = InstrumentRef("lake-cop", "decision", "7", "4")
    assert (own, "requests", BodyRef("lake-cop/review")) in facts
    assert (own, "invites", BodyRef("lake-fund")) in facts
    assert (own, "cites", InstrumentRef("lake-cop", "decision", "6", "2")) in facts


def test_a_short_name_that_is_an_ordinary_word_is_a_name_only_after_the() -> None:
    """Another organisation's "Meeting" (the Meeting of States Parties) loaded beside: "its
    fourth meeting" stays any body's gathering; "the Meeting" takes the name's capital."""
    text = ("THE WORKING GROUP ON LAKE DATA HELD ITS FOURTH MEETING IN KISUMU. THE MEETING ADOPTED ITS REPORT. " * 4).strip()
    fixed = recase(text, [*NAMES, "Meeting", "Tribunal"])
    assert "held its fourth meeting in Kisumu" in fixed
    assert "The Meeting adopted its report" in fixed


def test_symbols_keep_their_capitals() -> None:
    text = ("THE REPORT WILL BE ISSUED AS LCB/LCOP(7)/21 AND A/RES/80/12 IS RECALLED. " * 10).strip()
    fixed = recase(text, NAMES)
    assert "LCB/LCOP(7)/21" in fixed and "A/RES/80/12" in fixed and "The report will be issued as" in fixed


@pytest.mark.parametrize(
    "text",
    [
        # capitals in headings and names only: an ordinary text
        "DECISION 4/LCOP.7\n\nLAKE BASIN MONITORING\n\n" + "The Conference of the Parties requests the LRF to act.\n" * 12,
        # a short text in capitals: too little to tell
        "URGENT: MEETING POSTPONED TO 3 MARCH.\n",
    ],
)
def test_a_text_not_in_capitals_only_stays(text: str) -> None:
    assert recase(text, NAMES) == text


def _capitals_by_definition(text: str) -> bool:
    # the rule as stated: at least 200 letters, at least 97 % of them capitals
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 200 and sum(1 for c in letters if c.isupper()) >= 0.97 * len(letters)


@pytest.mark.parametrize(
    "text",
    [
        "THE CONFERENCE OF THE PARTIES DECIDES TO CONVENE ITS NEXT SESSION. " * 5,
        # small letters up to the 3 % the rule allows, and just over it
        "A" * 970 + "b" * 30,
        "A" * 969 + "b" * 31,
        # small letters that are not ASCII, figures and punctuation that are not letters
        "ÉTÉ " * 60 + "é" * 7,
        "ÉTÉ " * 60 + "é" * 8,
        "9/COP.18 12.3.2024 ... --- " * 40 + "DECIDES",
        # letters that are neither small nor capital (no case), and capitals that are not letters
        "会议决定 " * 60 + "DECIDES",
        "Ⓐ" * 300 + "A" * 199,
        "Ordinary text, as most documents are written. " * 10,
        "TOO SHORT",
    ],
)
def test_the_quick_test_for_capitals_agrees_with_the_rule(text: str) -> None:
    assert is_all_capitals(text) is _capitals_by_definition(text)

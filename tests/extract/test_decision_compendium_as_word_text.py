"""A compendium of a board's decisions saved from Word as plain text: each decision under a
heading "2031/SB.A/2<TAB>Title", its text one paragraph a line, and the line that closes it,
"Adopted at the 2nd meeting, on 22 June 2031", printed like a heading (short, no full stop).

- the closing line is the decision's last line, not a section heading: it dates that decision;
- a section heading after it ("Other business") is the document's again, not the last decision's;
- a decision of one sentence may open with its recital ("Recalling its decision ..., the Board
  approves ..."): the heading above it still opens the decision's text;
- "The Board also further requests" is operative (a chain of adverbs after the body's name).

The board, its numbering and the texts are invented; the layout is any Word export's."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import _vocabulary, extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.references import body_matcher
from mandate_graph.loaders.extract.segment import segment
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/seed> a mg:Body ; mg:key "seed" ; skos:prefLabel "Global Seed Facility"@en ; skos:altLabel "GSF"@en .
<body/seed/board> a mg:Body ; mg:key "seed/board" ;
    skos:prefLabel "Supervisory Board of the Global Seed Facility"@en ; mg:shortName "Board" ;
    mg:symbolPrefix "GSF/SB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/SB.A/{number}" ; mg:instrumentKind "decision" ] ,
                           [ mg:numberTemplate "{session}/SB.2/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/seed> .
<body/seed/director> a mg:Body ; mg:key "seed/director" ;
    skos:prefLabel "Managing Director of the Global Seed Facility"@en ; mg:shortName "Managing Director" ;
    org:subOrganizationOf <body/seed> .
<body/seed/bureau> a mg:Body ; mg:key "seed/bureau" ;
    skos:prefLabel "Bureau of the Supervisory Board of the Global Seed Facility"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/seed/board> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


MASTHEAD = (
    "Global Seed Facility\nSupervisory Board\nAnnual session\nBonn, 10–13 May 2032\n\n"
    "Distribution: General\tAgenda item 12\nDate: 20 May 2032\tGSF/SB.A/2032/12\nOriginal: English\tDecisions\n\n"
    "Decisions adopted by the Supervisory Board at its annual session 2032\n\n"
)


def _facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="doc", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def _decision(number: str, title: str, *paragraphs: str, closing: str) -> str:
    return f"{number}\t{title}\n\n" + "\n\n".join(paragraphs) + f"\n\n{closing}\n\n"


@pytest.mark.parametrize("closing, day", [
    ("Adopted at the 2nd meeting, on 11 May 2032", "2032-05-11"),
    ("Adopted without a vote at the 4th meeting, on 12 May 2032", "2032-05-12"),
    ("(Adopted at the 5th plenary meeting, on 13 May 2032)", "2032-05-13"),
    ("Approved at the 3rd meeting, on 11 May 2032", "2032-05-11"),
])
def test_the_closing_line_dates_its_decision(closing: str, day: str, registry: BodyRegistry) -> None:
    text = MASTHEAD + "Decisions\n\n" + _decision(
        "2032/SB.A/1", "Adoption of the agenda", "The Board adopted the provisional agenda.", closing="Adopted at the 1st meeting, on 10 May 2032",
    ) + _decision(
        "2032/SB.A/2", "Seed banks in drylands", "The Board approves the strategy for seed banks in drylands.",
        "Requests the Managing Director to report on its implementation.", closing=closing,
    ) + _decision("2032/SB.A/3", "Field visits", "The Board takes note of the plans for field visits.", closing="Adopted at the 6th meeting, on 13 May 2032")
    dated = _facts(text, registry, "adoptedOn")
    assert ("seed/board/dec/2032/2", day) in dated
    assert ("seed/board/dec/2032/1", "2032-05-10") in dated
    assert ("seed/board/dec/2032/3", "2032-05-13") in dated
    # each decision keeps its own text and title: the closing line opened no section of its own
    assert ("seed/board/dec/2032/2", "seed/director") in _facts(text, registry, "requests")
    assert ("seed/board/dec/2032/3", "Field visits") in _facts(text, registry, "title")


@pytest.mark.parametrize("after", [
    "Other business\n\nUnder other business, the Board requests the Bureau to review its methods.\n",
    "Closing of the session\n\nThe President requested the Bureau to prepare the next session.\n",
])
def test_a_heading_after_the_closing_line_ends_the_decision(after: str, registry: BodyRegistry) -> None:
    text = MASTHEAD + "Decisions\n\n" + _decision(
        "2032/SB.A/4", "Dates of the next session", "The Board decides to hold its second regular session 2032 in Bonn.",
        closing="Adopted at the 6th meeting, on 13 May 2032",
    ) + after
    assert ("seed/board/dec/2032/4", "2032-05-13") in _facts(text, registry, "adoptedOn")
    assert not {s for s, o in _facts(text, registry, "requests") if o == "seed/bureau"}


def test_an_annex_after_the_closing_line_stays_the_decisions(registry: BodyRegistry) -> None:
    text = MASTHEAD + "Decisions\n\n" + _decision(
        "2032/SB.A/4", "Terms of reference", "The Board adopts the terms of reference annexed to the present decision.",
        closing="Adopted at the 6th meeting, on 13 May 2032",
    ) + "Annex\n\nTerms of reference of the seed bank network\n\nThe network shall meet once a year.\n"
    cleaned = clean(text, vocabulary=_vocabulary(registry))
    paragraphs = segment(cleaned, body_matcher(registry).for_document(cleaned.text).numbering)
    last = paragraphs[-1]
    assert last.text.startswith("The network shall meet") and last.instrument == ("decision", "2032", "4") and last.part == "annex"


@pytest.mark.parametrize("recital", [
    "Recalling its decision 2030/SB.A/3 of 24 May 2030, by which it approved the results framework, the Board approves the annual report for 2031.",
    "Having considered the annual report for 2031, and recalling its decision 2030/SB.A/3, the Supervisory Board takes note of the report.",
    "Noting decision 2030/SB.A/3, the Board also endorses the annual report for 2031.",
])
def test_a_decision_that_opens_with_its_recital(recital: str, registry: BodyRegistry) -> None:
    text = MASTHEAD + "Decisions\n\n" + _decision(
        "2032/SB.A/1", "Adoption of the agenda", "The Board adopted the provisional agenda.", closing="Adopted at the 1st meeting, on 10 May 2032",
    ) + _decision(
        "2032/SB.A/2", "Annual report for 2031", recital,
        "The Board also further requests the Managing Director to transmit the report to the donors.",
        closing="Adopted at the 2nd meeting, on 10 May 2032",
    )
    assert ("seed/board/dec/2032/2", "Annual report for 2031") in _facts(text, registry, "title")
    assert ("seed/board/dec/2032/2", "seed/board/dec/2030/3") in _facts(text, registry, "cites")
    assert ("seed/board/dec/2032/1", "seed/board/dec/2030/3") not in _facts(text, registry, "cites")
    assert ("seed/board/dec/2032/2", "seed/director") in _facts(text, registry, "requests")


def test_a_section_numbered_like_a_decision_is_no_decision_without_its_verb(registry: BodyRegistry) -> None:
    # a report's section may open with a decision's number; a recital followed by no body and
    # verb of its own does not make it the decision's text
    text = MASTHEAD + "Decisions\n\n" + _decision(
        "2032/SB.A/1", "Adoption of the agenda", "The Board adopted the provisional agenda.", closing="Adopted at the 1st meeting, on 10 May 2032",
    ) + "2032/SB.A/9\tProgress in its implementation\n\nRecalling the discussion in May, the secretariat reported progress to the donors.\n"
    assert not {s for s, _ in _facts(text, registry, "title") if s == "seed/board/dec/2032/9"}


@pytest.mark.parametrize("row, symbols", [
    ("Date: 20 May 2032\tGSF/SB.A/2032/12", ("GSF/SB.A/2032/12",)),
    ("Distribution: General\tGSF/SB.A/2032/12", ("GSF/SB.A/2032/12",)),
    # more than the symbol on the right: a row of the text, not the masthead's symbol
    ("Date: 20 May 2032\tsee GSF/SB.A/2032/12 for the agenda", ()),
])
def test_the_symbol_beside_a_masthead_field(row: str, symbols: tuple[str, ...], registry: BodyRegistry) -> None:
    text = (
        "Global Seed Facility\nSupervisory Board\nAnnual session\nBonn, 10–13 May 2032\n\n"
        f"Agenda item 12\n{row}\nOriginal: English\tDecisions\n\n"
        "Decisions adopted by the Supervisory Board at its annual session 2032\n\nThe Board met in Bonn.\n"
    )
    assert extract(text, source_key="doc", registry=registry).document.ref.symbols == symbols


@pytest.mark.parametrize("told, expected", [
    # a decision's text telling, in the past, what an earlier decision did
    ("The Board, in its decision 2029/SB.2/7, called for a policy on seed banks; in paragraph 4 of the same decision, "
     "it asked the Managing Director to conduct an evaluation by the end of 2030.", True),
    ("The Supervisory Board, in its decision 2029/SB.2/7, asked the Managing Director to conduct an evaluation.", True),
    # a recital that only recalls the decision tells nothing it did
    ("Recalling its decision 2029/SB.2/7 on seed banks, and noting that the Managing Director conducted an evaluation,", False),
])
def test_an_earlier_decision_told_in_a_decisions_text(told: str, expected: bool, registry: BodyRegistry) -> None:
    text = MASTHEAD + "Decisions\n\n" + _decision(
        "2032/SB.A/3", "Seed bank policy", "The Board approves the seed bank policy.", told,
        "Requests the Bureau to review the policy in 2033.", closing="Adopted at the 3rd meeting, on 11 May 2032",
    )
    requests = _facts(text, registry, "requests")
    assert (("seed/board/dec/2029/7", "seed/director") in requests) is expected
    assert ("seed/board/dec/2032/3", "seed/director") not in requests

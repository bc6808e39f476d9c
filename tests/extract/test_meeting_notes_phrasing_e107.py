"""Phrasings of a meetings calendar's descriptions that other bodies' pages share (E107, the spent
u129), on invented bodies and wording:

- a meeting's heading over "Dates" / "Venue" rows dates and places the gathering it names;
- "a working group of five members of the Board on X" is the working group on X;
- "Its first meeting was held in ..." opening a sentence: the body the sentence before named;
- "The Council endorsed ... in its resolution N": the issuer's own instrument told after the verb;
- "X, which the Council requested, in that resolution, to ...": the antecedent is asked;
- "Council resolution N" in a document of an expert body whose name ends in a word another
  organization's council is "of" ("Council of Finance"): the council the document names in full.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.calendar_events import venue_town
from mandate_graph.loaders.extract.rules.new_bodies import described_after
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/basin-council> a mg:Body ; mg:key "basin-council" ;
    skos:prefLabel "River Basin Council"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "RBC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/finance-experts> a mg:Body ; mg:key "finance-experts" ;
    skos:prefLabel "Committee of Experts on Public Finance"@en ; skos:altLabel "CEPF"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "RBC/CEPF" ; mg:gatheringTerm "session" .
<body/fiscal-unit> a mg:Body ; mg:key "fiscal-unit" ;
    skos:prefLabel "Fiscal Reporting Unit"@en ; skos:altLabel "FRU"@en .
<body/postal-league> a mg:Body ; mg:key "postal-league" ;
    skos:prefLabel "Postal League"@en ; mg:shortName "League" ; mg:gatheringTerm "session" .
<body/postal-league/council-of-finance> a mg:Body ; mg:key "postal-league/council-of-finance" ;
    skos:prefLabel "Council of Finance of the Postal League"@en ; skos:altLabel "Council of Finance"@en ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/postal-league> .
<body/tourism-council> a mg:Body ; mg:key "tourism-council" ;
    skos:prefLabel "Tourism Council"@en ; mg:shortName "Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""

COMMITTEE = "finance-experts"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="notes", registry=registry).facts}


def _res(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("basin-council", "resolution", session, number)


MASTHEAD = "CEPF - meetings\n\n"


@pytest.mark.parametrize(
    ("heading", "ordinal"),
    [
        ("CEPF-12: Committee of Experts on Public Finance, twelfth session", 12),
        ("Committee of Experts on Public Finance, 9th session", 9),
        ("Twentieth session of the Committee of Experts on Public Finance", 20),
    ],
)
@pytest.mark.parametrize(("venue", "town"), [("Basin House, Room 4, Lyon", "Lyon"), ("Kampala, Uganda", "Kampala")])
def test_a_meetings_heading_over_its_rows(registry: BodyRegistry, heading: str, ordinal: int, venue: str, town: str) -> None:
    text = f"{MASTHEAD}{heading}\n\nDates\t3 to 7 May 2032\n\nVenue\t{venue}\n\nThe session will review fiscal rules.\n"
    facts = _facts(text, registry)
    session = GatheringRef(COMMITTEE, "session", ordinal)
    assert (session, "heldOn", DateRange(dt.date(2032, 5, 3), dt.date(2032, 5, 7))) in facts
    assert (session, "heldIn", town) in facts


def test_a_heading_naming_no_gathering_dates_nothing(registry: BodyRegistry) -> None:
    text = f"{MASTHEAD}Webinar on fiscal rules\n\nDates\t3 to 7 May 2032\n\nVenue\tLyon\n\nOrganized by the Fiscal Reporting Unit.\n"
    assert not any(r in ("heldOn", "heldIn") for _, r, _ in _facts(text, registry))


@pytest.mark.parametrize(
    ("words", "core"),
    [
        ("a working group of five members of the Committee on fiscal transparency.", "working group on fiscal transparency"),
        ("an expert group of up to seven experts on debt statistics, to report", "expert group on debt statistics"),
        ("a task force of three members for budget reform.", "task force for budget reform"),
    ],
)
def test_how_many_sit_on_a_body_is_no_part_of_its_name(words: str, core: str) -> None:
    text = "The Council decided to establish " + words
    described = described_after(text, len("The Council decided to establish"))
    assert described is not None and described.core == core


def test_a_committee_of_trustees_stays_unnamed() -> None:
    text = "The Council decided to establish a committee of five Trustees."
    described = described_after(text, len("The Council decided to establish"))
    assert described is not None and described.core == "committee"


@pytest.mark.parametrize(
    "sentence",
    [
        "Second meeting of the working group, held online. Its first meeting was held in Quito on 4 and 5 March 2032.",
        "The working group met online in June. Its first meeting was held in Quito on 4-5.03.2032.",
    ],
)
def test_its_meeting_is_the_body_the_sentence_before_named(registry: BodyRegistry, sentence: str) -> None:
    text = (
        f"{MASTHEAD}Meetings of the working group\n\n"
        "The River Basin Council, in resolution 2031/6, decided to establish a working group on fiscal transparency.\n\n"
        f"{sentence}\n"
    )
    extraction = extract(text, source_key="notes", registry=registry)
    group = next(b.key for b in extraction.bodies if "fiscal-transparency" in b.key)
    facts = {(f.subject, f.relation, f.object) for f in extraction.facts}
    first = GatheringRef(group, "meeting", 1)
    assert (first, "heldIn", "Quito") in facts
    assert (first, "heldOn", DateRange(dt.date(2032, 3, 4), dt.date(2032, 3, 5))) in facts


@pytest.mark.parametrize(
    ("sentence", "relation", "target"),
    [
        ("The River Basin Council endorsed the recommendations adopted at the eleventh session in its resolution 2031/6 of 20 July 2031.",
         "endorses", GatheringRef(COMMITTEE, "session", 11)),
        ("The River Basin Council requested the Committee to report on debt statistics by its resolution 2031/6.",
         "requests", BodyRef(COMMITTEE)),
        ("The River Basin Council also invited the Fiscal Reporting Unit to assist the Committee, in its resolution 2031/6.",
         "invites", BodyRef("fiscal-unit")),
    ],
)
def test_the_issuers_own_instrument_told_after_its_verb(registry: BodyRegistry, sentence: str, relation: str, target: object) -> None:
    facts = _facts(f"{MASTHEAD}CEPF-11: Committee of Experts on Public Finance, eleventh session\n\n{sentence}\n", registry)
    assert (_res("2031", "6"), relation, target) in facts


def test_another_issuers_instrument_after_the_verb_does_not_act(registry: BodyRegistry) -> None:
    sentence = "The River Basin Council requested the Committee to report, as the Tourism Council did in its resolution 2031/6."
    facts = _facts(f"{MASTHEAD}{sentence}\n", registry)
    assert not any(r == "requests" for _, r, _ in facts)


@pytest.mark.parametrize(
    "set_off", ["in that resolution", "in the same resolution", "by resolution 2031/6", "in its resolution 2031/6"]
)
@pytest.mark.parametrize(("verb", "relation"), [("requested", "requests"), ("invited", "invites")])
def test_the_antecedent_of_which_the_issuer_asked(registry: BodyRegistry, set_off: str, verb: str, relation: str) -> None:
    text = (
        f"{MASTHEAD}The River Basin Council adopted resolution 2031/6 on fiscal transparency.\n\n"
        f"Organized by the Fiscal Reporting Unit, which the Council {verb}, {set_off}, to support the working group.\n"
    )
    assert (_res("2031", "6"), relation, BodyRef("fiscal-unit")) in _facts(text, registry)


def test_council_of_an_expert_body_on_public_finance_is_the_council_named_in_full(registry: BodyRegistry) -> None:
    text = (
        f"{MASTHEAD}CEPF-11: Committee of Experts on Public Finance, eleventh session\n\n"
        "The session was convened in accordance with River Basin Council resolution 2031/6.\n\n"
        "That resolution recalls Council resolution 2001/4, by which the Council established the Committee.\n"
    )
    facts = _facts(text, registry)
    assert (_res("2001", "4"), "establishes", BodyRef(COMMITTEE)) in facts
    assert (_res("2031", "6"), "cites", _res("2001", "4")) in facts


@pytest.mark.parametrize(
    ("venue", "town"),
    [
        ("United Nations Headquarters, Conference Room 1, New York", "New York"),
        ("United Nations Headquarters, New York, NY, United States", "New York"),
        ("Room XVII, Palais des Nations, 1211 Geneva 10, Switzerland", "Geneva"),
        ("Vienna International Centre, A-1400 Vienna, Austria", "Vienna"),
        ("Incheon, Republic of Korea", "Incheon"),
        ("Virtual (online)", None),
        ("Zoom", None),
    ],
)
def test_the_town_of_a_venue(venue: str, town: str | None) -> None:
    assert venue_town(venue) == town

"""A progress report to a specialized agency's governing body on the resolutions of its previous
session: one section per resolution, headed by its number and title, told in the past.

- "II.     Resolution 5/2031: Title": the heading gives the resolution's title when the paragraph
  below tells that resolution by its number ("was brought into being by Resolution 5/2031", "In
  its preamble, Resolution 7/2031 recalled ..."), the section's numeral left on the line or not;
- "The Sub-Committee on Water Scarcity was brought into being by Resolution 5/2031": a body whose
  kind is hyphenated ("Sub-Committee") is created as any committee is;
- "issued as document PC 134/6-FC 199/11": two spaced symbols joined by a hyphen are one joint
  paper of two bodies;
- "its report (X) was taken up by the Committee on ... at its 29th Session": the paper was before
  that session, as with "considered by" or "examined by".
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.reference_data import registry_from_turtle

ORGANISATION = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/gso> a mg:Body ; mg:key "gso" ; skos:prefLabel "Global Soil Organization"@en ; skos:altLabel "GSO"@en .
<body/gso/conference> a mg:Body ; mg:key "gso/conference" ;
    skos:prefLabel "Conference of the Global Soil Organization"@en ; mg:shortName "Conference" ;
    mg:symbolPrefix "SC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/gso> .
<body/gso/council> a mg:Body ; mg:key "gso/council" ;
    skos:prefLabel "Council of the Global Soil Organization"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "SCL" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/gso> .
<body/gso/council/programme-committee> a mg:Body ; mg:key "gso/council/programme-committee" ;
    skos:prefLabel "Programme Committee of the Global Soil Organization"@en ; skos:altLabel "Programme Committee"@en ;
    mg:symbolPrefix "PC" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/gso/council> .
<body/gso/council/finance-committee> a mg:Body ; mg:key "gso/council/finance-committee" ;
    skos:prefLabel "Finance Committee of the Global Soil Organization"@en ; skos:altLabel "Finance Committee"@en ;
    mg:symbolPrefix "FC" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/gso/council> .
<body/gso/council/cosf> a mg:Body ; mg:key "gso/council/cosf" ;
    skos:prefLabel "Committee on Soil Fertility"@en ; mg:symbolPrefix "COSF" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/gso/council> .
<body/gso/director-general> a mg:Body ; mg:key "gso/director-general" ;
    skos:prefLabel "Director-General of the Global Soil Organization"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/gso> .
"""

MASTHEAD = (
    "SC 2033/21\nApril 2033\n\n                    CONFERENCE\n\n                    Forty-eighth Session\n\n"
    "                    Rome, 24 June – 1 July 2033\n\n"
    "        Progress Report on the Implementation of the Resolutions of the Forty-seventh Session\n\n"
)
CONFERENCE = "gso/conference"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory):
    return registry_from_turtle(tmp_path_factory, ORGANISATION)


def facts(registry, body: str, relation: str) -> set[tuple[object, object]]:
    extraction = extract(MASTHEAD + body, source_key="doc", registry=registry)
    assert extraction.document.author == CONFERENCE
    return {(f.subject, f.object) for f in extraction.facts if f.relation == relation}


def resolution(number: str, year: str = "2031") -> InstrumentRef:
    return InstrumentRef(CONFERENCE, "resolution", year, number)


@pytest.mark.parametrize("numeral", ["II.     ", "B.  ", ""])
@pytest.mark.parametrize("paragraph", [
    "3.       The Sub-Committee on Soil Salinity was brought into being by Resolution 5/2031 as a\nsubsidiary body of the Committee on Soil Fertility.",
    "3.       In its preamble, Resolution 5/2031 recalled the work of the Committee on Soil Fertility.",
    "3.       In Resolution 5/2031 the Conference called on the Director-General to report to the Committee on Soil Fertility.",
])
def test_a_section_heading_gives_the_title_of_the_resolution_it_tells(registry, numeral: str, paragraph: str) -> None:
    body = f"{numeral}Resolution 5/2031: Soil Salinity and Land Management\n\n{paragraph}\n"
    assert (resolution("5"), "Soil Salinity and Land Management") in facts(registry, body, "title")


def test_a_heading_over_a_paragraph_about_something_else_gives_no_title(registry) -> None:
    body = (
        "II.     Resolution 5/2031: Soil Salinity and Land Management\n\n"
        "3.       The Committee on Soil Fertility met in March and reviewed its programme of work.\n"
    )
    assert facts(registry, body, "title") == set()


@pytest.mark.parametrize("sentence, name", [
    ("The Sub-Committee on Soil Salinity was brought into being by Resolution 5/2031 as a subsidiary body.", "Sub-Committee on Soil Salinity"),
    ("By Resolution 5/2031 the Conference established the Sub-Committee on Peatland Mapping.", "Sub-Committee on Peatland Mapping"),
    ("By Resolution 5/2031 the Conference established a sub-committee on soil erosion.", "sub-committee on soil erosion"),
])
def test_a_hyphenated_sub_committee_is_a_body_created(registry, sentence: str, name: str) -> None:
    extraction = extract(MASTHEAD + f"3.       {sentence}\n", source_key="doc", registry=registry)
    created = {f.object for f in extraction.facts if f.relation == "establishes" and f.subject == resolution("5")}
    assert [b.name for b in extraction.bodies if BodyRef(b.key) in created] == [name]


def test_the_sub_committee_named_again_is_no_new_body(registry) -> None:
    extraction = extract(MASTHEAD + "3.       The Sub-Committee met twice in 2032 under Resolution 5/2031.\n", source_key="doc", registry=registry)
    assert not [f for f in extraction.facts if f.relation == "establishes"]


@pytest.mark.parametrize("text, symbols", [
    ("issued as document PC 134/6-FC 199/11, was examined", ("PC 134/6", "FC 199/11")),
    ("issued as documents PC 134/6–FC 199/11.", ("PC 134/6", "FC 199/11")),
    ("the joint paper (FC 201/4-PC 136/2)", ("FC 201/4", "PC 136/2")),
])
def test_two_spaced_symbols_joined_by_a_hyphen_are_one_joint_paper(text: str, symbols: tuple[str, ...]) -> None:
    assert [m.symbols for m in find_symbols(text, frozenset({"PC", "FC"}))] == [symbols]


@pytest.mark.parametrize("text, symbols", [
    ("document CL 170/3-Add.1 and", ("CL 170/3-Add.1",)),
    ("document CL 170/3 and FC 199/11", ("CL 170/3",)),
])
def test_an_addendum_or_a_second_symbol_after_a_word_is_no_joint_paper(text: str, symbols: tuple[str, ...]) -> None:
    assert [m.symbols for m in find_symbols(text, frozenset({"CL", "FC"}))][0] == symbols


@pytest.mark.parametrize("verb", ["taken up", "considered", "examined", "reviewed"])
@pytest.mark.parametrize("symbol", ["COSF/SS/2032/REP", "PC 134/6"])
def test_a_paper_taken_up_by_a_body_at_its_session_was_before_it(registry, verb: str, symbol: str) -> None:
    body = (
        "4.       The Sub-Committee on Soil Salinity held its first session in Rome in March 2032; its report\n"
        f"({symbol}) was {verb} by the Committee on Soil Fertility at its 29th Session in\nOctober 2032.\n"
    )
    before = facts(registry, body, "submittedTo")
    assert (DocumentRef(symbols=(symbol,)), GatheringRef("gso/council/cosf", "session", 29)) in before


def test_a_paper_to_be_taken_up_later_is_not_told_as_before_a_past_session(registry) -> None:
    body = "4.       A proposal to take up the report (COSF/SS/2032/REP) at its 29th Session was not supported.\n"
    assert (DocumentRef(symbols=("COSF/SS/2032/REP",)), GatheringRef("gso/council/cosf", "session", 29)) not in facts(registry, body, "submittedTo")


@pytest.mark.parametrize("counted", ["all three adopted", "each adopted", "all of them adopted", "adopted"])
def test_resolutions_listed_then_counted_were_adopted_at_the_session_named(registry, counted: str) -> None:
    body = (
        "This document covers Resolutions 3/2031, 5/2031 and 7/2031, "
        f"{counted} by the Conference at its Forty-seventh Session (Rome,\n28 June – 5 July 2031).\n"
    )
    adopted = facts(registry, body, "adoptedAt")
    session = GatheringRef(CONFERENCE, "session", 47)
    assert {(resolution(n), session) for n in ("3", "5", "7")} <= adopted


def test_a_list_counted_is_not_adopted_at_another_body_s_session(registry) -> None:
    body = "It covers Resolutions 3/2031 and 5/2031, both adopted by the Council at its 170th Session.\n"
    assert facts(registry, body, "adoptedAt") == set()


@pytest.mark.parametrize("how", ["meeting jointly", "held jointly", "meeting together"])
@pytest.mark.parametrize("verb", ["examined", "considered"])
def test_two_bodies_sessions_sitting_together_were_held_where_and_when_told(registry, how: str, verb: str) -> None:
    body = (
        f"2.       The assessment, issued as document PC 134/6-FC 199/11, was {verb} by the Programme Committee at its 134th Session and\n"
        f"the Finance Committee at its 199th Session, {how} in Rome on 8 November 2032.\n"
    )
    extraction = extract(MASTHEAD + body, source_key="doc", registry=registry)
    sessions = [GatheringRef("gso/council/programme-committee", "session", 134), GatheringRef("gso/council/finance-committee", "session", 199)]
    told = {(f.subject, f.relation, f.object) for f in extraction.facts}
    for session in sessions:
        assert (session, "heldIn", "Rome") in told
        assert (DocumentRef(symbols=("PC 134/6",)), "submittedTo", session) in told or (
            DocumentRef(symbols=("PC 134/6", "FC 199/11")), "submittedTo", session
        ) in told


def test_a_session_of_one_body_is_not_held_where_another_meeting_was(registry) -> None:
    body = (
        "2.       The paper was examined by the Programme Committee at its 134th Session; the Finance Committee\n"
        "discussed it later with experts meeting jointly in Geneva on 9 December 2032.\n"
    )
    held = facts(registry, body, "heldIn")
    assert (GatheringRef("gso/council/programme-committee", "session", 134), "Geneva") not in held


@pytest.mark.parametrize("sentence", [
    "The Council, at its 170th Session, concurred with the Joint Meeting; its views are recorded in the report of that session (SCL 170/REP, paragraph 11).",
    "The Council at its 170th Session endorsed the assessment; the report of that session (SCL 170/REP) sets out its views.",
])
def test_the_report_of_that_session_is_of_the_session_the_body_acted_at(registry, sentence: str) -> None:
    reports = facts(registry, f"2.       {sentence}\n", "reportOf")
    assert (DocumentRef(symbols=("SCL 170/REP",)), GatheringRef("gso/council", "session", 170)) in reports


def test_that_session_named_by_an_adverbial_opening_is_left(registry) -> None:
    # the report of the session before, considered at this one: no session is said to be reported
    reports = facts(registry, "2.       At its 170th Session the Council considered the report of that session (SCL 169/REP).\n", "reportOf")
    assert (DocumentRef(symbols=("SCL 169/REP",)), GatheringRef("gso/council", "session", 170)) not in reports


@pytest.mark.parametrize("second", [
    "In the operative part the Director-General was requested to report on the observance of the Year.",
    "In its operative part, the Director-General was asked to report on the observance of the Year.",
    "In the operative part the Conference requested the Director-General to report on the Year.",
])
def test_the_operative_part_of_the_resolution_just_named_tells_its_requests(registry, second: str) -> None:
    body = f"5.       In its preamble, Resolution 7/2031 recalled the work of the Committee on Soil Fertility. {second}\n"
    assert (resolution("7"), BodyRef("gso/director-general")) in facts(registry, body, "requests")


def test_a_passive_that_is_no_request_in_the_preamble_gives_none(registry) -> None:
    body = (
        "5.       In its preamble, Resolution 7/2031 recalled the work of the Committee on Soil Fertility. "
        "In the preamble the Director-General was thanked for his report.\n"
    )
    assert (resolution("7"), BodyRef("gso/director-general")) not in facts(registry, body, "requests")


@pytest.mark.parametrize("sentence", [
    "The final report requested in Resolution 7/2031 is before the Conference as document SC 2033/INF/9.",
    "The final report requested in Resolution 7/2031 (SC 2033/INF/9) is before the Conference.",
    "The study called for by Resolution 7/2031 has been issued as document SC 2033/INF/9.",
])
def test_a_paper_named_by_the_resolution_that_requested_it_is_pursuant_to_it(registry, sentence: str) -> None:
    mandates = facts(registry, f"6.       {sentence}\n", "pursuantTo")
    assert (DocumentRef(symbols=("SC 2033/INF/9",)), resolution("7")) in mandates


def test_a_paper_beside_a_resolution_that_requested_something_else_is_not_pursuant_to_it(registry) -> None:
    body = "6.       The Conference, which requested in Resolution 7/2031 a review, has document SC 2033/INF/9 before it.\n"
    assert (DocumentRef(symbols=("SC 2033/INF/9",)), resolution("7")) not in facts(registry, body, "pursuantTo")


@pytest.mark.parametrize("verb", ["taken up", "noted", "considered"])
def test_a_paper_taken_up_at_a_session_named_with_its_article_was_before_it(registry, verb: str) -> None:
    body = f"4.       Its report (COSF/SS/2032/REP) was {verb} at the 29th Session of the Committee on Soil Fertility.\n"
    before = facts(registry, body, "submittedTo")
    assert (DocumentRef(symbols=("COSF/SS/2032/REP",)), GatheringRef("gso/council/cosf", "session", 29)) in before

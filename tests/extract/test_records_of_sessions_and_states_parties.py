"""A regional organization's summary record and a meeting of States parties (E157).

An invented reef organization whose Executive Board numbers its texts in its own shapes, two of
them ("EB45.R3" resolutions, "EB45(D2)" decisions: the session after the letters), a General
Council ("GC30.R2") and a World Reef Assembly ("WRA9.4"); a meeting of States parties to an
invented convention numbering decisions "{session}/{number}". Read here:

- the record of a sitting ("PROVISIONAL SUMMARY RECORD OF THE SECOND MEETING" under the session's
  line, "Tuesday, 14 May 2033, at 10 a.m." under it): its adoption lines ("The Board adopted
  resolution EB45.R3, Title, in which ...", "Decision: The Board adopted decision EB45(D4)"), what
  it recounts ("at its first meeting on 13 May, had adopted decisions EB45(D1), on ..., and
  EB45(D2)", "Decision EB45(D3), on ..., had been adopted the previous afternoon") and the papers
  introduced at the sitting;
- a session named with the instrument it adopted ("the 30th General Council, in resolution
  GC30.R2", "by the 30th General Council in resolution GC30.R2", "resolution GC31.R4, by which the
  31st General Council", "resolutions of the Ninth World Reef Assembly (...) ..., among them
  resolution WRA9.7");
- "(SYMBOL and Add.1)": the addendum, a document of its own;
- "At the same meeting, the Meeting adopted two decisions.": the decisions of that meeting named
  in the text, when as many, adopted there on the day it sat.

Near misses: another body's adoption in a record, a text withdrawn or of another session, a
session of another body or ordinal beside an instrument, "and Add.1 of document Y", "and Add.1-3",
a count that is not the number of texts named."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

REEF = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/cro-gc> a mg:Body ; mg:key "cro-gc" ;
    skos:prefLabel "General Council of the Caribbean Reef Organization"@en ; skos:altLabel "General Council"@en ;
    mg:shortName "General Council" ; mg:symbolPrefix "GC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "GC{session}.R{number}" ; mg:instrumentKind "resolution" ] .
<body/cro-eb> a mg:Body ; mg:key "cro-eb" ;
    skos:prefLabel "Executive Board of the Caribbean Reef Organization"@en ; skos:altLabel "Executive Board"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "EB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "EB{session}.R{number}" ; mg:instrumentKind "resolution" ] ,
        [ mg:numberTemplate "EB{session}(D{number})" ; mg:instrumentKind "decision" ] .
<body/cro-secretariat> a mg:Body ; mg:key "cro-secretariat" ; skos:prefLabel "Reef Secretariat"@en .
<body/cro-secretariat/director> a mg:Body ; mg:key "cro-secretariat/director" ;
    skos:prefLabel "Director of the Reef Secretariat"@en ; mg:shortName "Director" ;
    org:subOrganizationOf <body/cro-secretariat> .
<body/wra> a mg:Body ; mg:key "wra" ; skos:prefLabel "World Reef Assembly"@en ; mg:shortName "Reef Assembly" ;
    mg:symbolPrefix "WRA" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "WRA{session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/ddc-msp> a mg:Body ; mg:key "ddc-msp" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    skos:prefLabel "Meeting of the States Parties to the Convention on Deep Dunes"@en ; mg:shortName "Meeting" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, REEF)


def _record(*paragraphs: str) -> str:
    body = "\n\n".join(f"{i}. {p}" for i, p in enumerate(paragraphs, 1))
    return (
        "CARIBBEAN REEF ORGANIZATION\n\n45th SESSION OF THE EXECUTIVE BOARD\nKingston, Jamaica, 13-17 May 2033\n\n"
        "EB45/SR/2\n14 May 2033\nORIGINAL: ENGLISH\n\nPROVISIONAL SUMMARY RECORD OF THE SECOND MEETING\n\n"
        "Tuesday, 14 May 2033, at 10 a.m.\n\nChair: Ms. A. Example (Barbados)\n\nItem 4.2: Reef restoration\n\n"
        f"{body}\n\nThe meeting rose at 12.30 p.m.\n"
    )


def _facts(registry: BodyRegistry, text: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize("line", [
    "The Board adopted resolution EB45.R3, Policy on Reef Restoration, in which it asked the Director to report in 2035.",
    "Decision: The Board adopted resolution EB45.R3, Policy on Reef Restoration, in which it invited the General Council to approve the policy.",
    "The Board then adopted resolution EB45.R3, Policy on Reef Restoration, by which it asked the Director to report.",
])
def test_a_records_adoption_line_is_the_session_on_the_sittings_day(registry: BodyRegistry, line: str) -> None:
    text = _record("Mr. B. Example (Secretariat) introduced Document EB45/9.", line)
    assert ("cro-eb/res/45/3", "cro-eb#45") in _facts(registry, text, "adoptedAt")
    assert ("cro-eb/res/45/3", "2033-05-14") in _facts(registry, text, "adoptedOn")
    assert ("cro-eb/res/45/3", "Policy on Reef Restoration") in _facts(registry, text, "title")


def test_a_decision_line_and_what_the_record_recounts(registry: BodyRegistry) -> None:
    text = _record(
        "The Chair recalled that the Board, at its first meeting on 13 May, had adopted decisions EB45(D1), on the agenda, "
        "and EB45(D2), on the election of officers. Decision EB45(D3), on observers, had been adopted the previous afternoon.",
        "Decision: The Board adopted decision EB45(D4), appointing Mr. C. Example to the panel for two years.",
    )
    adopted_at, adopted_on = _facts(registry, text, "adoptedAt"), _facts(registry, text, "adoptedOn")
    assert {(f"cro-eb/dec/45/{n}", "cro-eb#45") for n in (1, 2, 3, 4)} <= adopted_at
    assert {("cro-eb/dec/45/1", "2033-05-13"), ("cro-eb/dec/45/2", "2033-05-13"), ("cro-eb/dec/45/4", "2033-05-14")} <= adopted_on
    # adopted the previous afternoon: on no day the record names
    assert not any(s == "cro-eb/dec/45/3" for s, _ in adopted_on)
    titles = _facts(registry, text, "title")
    assert ("cro-eb/dec/45/1", "the agenda") in titles and ("cro-eb/dec/45/3", "observers") in titles


@pytest.mark.parametrize("line", [
    # another body adopted it
    "The delegate recalled that the General Council had adopted resolution GC30.R2 on reef finance.",
    # withdrawn, not adopted
    "The draft was withdrawn; decision EB45(D5) was not adopted.",
    # the number of another session of the Board
    "The Board had adopted decision EB44(D3), on observers, at its previous session.",
])
def test_adoptions_the_record_does_not_tell_of_this_session(registry: BodyRegistry, line: str) -> None:
    adopted_at = _facts(registry, _record(line), "adoptedAt")
    assert not any(at == "cro-eb#45" for _, at in adopted_at)


@pytest.mark.parametrize(("line", "symbol"), [
    ("Ms. D. Example (Director, Reef Programmes) introduced Document EB45/11, which had been prepared pursuant to resolution GC31.R4, by which the 31st General Council had asked the Director to submit a plan to the Governing Bodies in 2033.", "EB45/11"),
    ("Mr. E. Example, Chair of the Subcommittee, presented the report of its fifth session (Document EB45/6).", "EB45/6"),
])
def test_papers_introduced_at_the_sitting_were_before_the_session(registry: BodyRegistry, line: str, symbol: str) -> None:
    assert (symbol, "cro-eb#45") in _facts(registry, _record(line), "submittedTo")


@pytest.mark.parametrize(("sentence", "instrument", "session"), [
    ("The Chair recalled that the panel had been set up by the 30th General Council in resolution GC30.R2, as an advisory body.", "cro-gc/res/30/2", "cro-gc#30"),
    ("One delegate noted that the Ninth World Reef Assembly, in resolution WRA9.4, had asked for a global survey.", "wra/res/9/4", "wra#9"),
    ("The plan had been prepared pursuant to resolution GC31.R4, by which the 31st General Council had asked the Director to submit it.", "cro-gc/res/31/4", "cro-gc#31"),
    ("The note summarized resolutions of the Ninth World Reef Assembly (Kingston, 2-5 May 2033) of interest to the region, among them resolution WRA9.7, on coral nurseries.", "wra/res/9/7", "wra#9"),
])
def test_the_session_named_with_the_instrument_adopted_it(registry: BodyRegistry, sentence: str, instrument: str, session: str) -> None:
    assert (instrument, session) in _facts(registry, _record(sentence), "adoptedAt")


@pytest.mark.parametrize(("sentence", "instrument"), [
    # another ordinal: the 31st session took note of a text of the 30th
    ("The 31st General Council, in resolution GC30.R2, was recalled by one delegate.", "cro-gc/res/30/2"),
    # another body's session beside the number
    ("The 30th General Council, in resolution WRA9.4, was cited.", "wra/res/9/4"),
    # other words between: no authorship said
    ("The 30th General Council took note of the survey and of resolution GC30.R2 with appreciation.", "cro-gc/res/30/2"),
])
def test_a_session_beside_an_instrument_it_did_not_adopt(registry: BodyRegistry, sentence: str, instrument: str) -> None:
    assert not any(s == instrument for s, _ in _facts(registry, _record(sentence), "adoptedAt"))


def _states_parties(*paragraphs: str) -> str:
    body = "\n\n".join(f"{i}.     {p}" for i, p in enumerate(paragraphs, 1))
    return (
        "                                                    DDC/SP/60\n"
        "               Convention on Deep Dunes             Distr.: General\n"
        "                                                    2 July 2034\n\n"
        "Meeting of States Parties\nTwelfth meeting\nNew York, 20 June 2034\n\n\n"
        "           Report of the twelfth Meeting of the States Parties to the\n           Convention on Deep Dunes\n\n"
        f"{body}\n"
    )


@pytest.mark.parametrize("listed", [
    "(b) Note by the Secretary-General on the candidates (DDC/SP/58 and Add.1);",
    "(b) Note by the Secretary-General on the candidates (DDC/SP/58 and\n           Add.1);",
])
def test_an_addendum_named_by_and_add(registry: BodyRegistry, listed: str) -> None:
    text = _states_parties(
        "The twelfth Meeting of the States Parties to the Convention on Deep Dunes was held on 20 June 2034.",
        f"The Meeting had before it the following documents:\n       (a) Provisional agenda (DDC/SP/57);\n       {listed}",
    )
    submitted = _facts(registry, text, "submittedTo")
    assert {("DDC/SP/58", "ddc-msp#12"), ("DDC/SP/58/Add.1", "ddc-msp#12")} <= submitted


@pytest.mark.parametrize("listed", [
    "(b) Note by the Secretary-General (DDC/SP/58 and Add.1 of document DDC/SP/50);",
    "(b) Note by the Secretary-General (DDC/SP/58 and Add.1-3);",
])
def test_an_addendum_of_another_document_or_a_range(registry: BodyRegistry, listed: str) -> None:
    text = _states_parties(f"The Meeting had before it the following documents:\n       {listed}")
    assert not any(s == "DDC/SP/58/Add.1" for s, _ in _facts(registry, text, "submittedTo"))


def test_decisions_adopted_at_the_same_meeting_counted(registry: BodyRegistry) -> None:
    text = _states_parties(
        "The twelfth Meeting of the States Parties to the Convention on Deep Dunes was held on 20 June 2034.",
        "In accordance with article 20 of the Convention, the Meeting elected six members of the Committee.",
        "At the same meeting, the Meeting adopted two decisions.",
        "In decision 12/1, entitled \"Working methods\", the Meeting, recalling its decision 10/2, requested the Secretary-General to publish the list.",
        "By decision 12/2, on the calendar, the Meeting invited the Committee to review its calendar.",
    )
    adopted_at, adopted_on = _facts(registry, text, "adoptedAt"), _facts(registry, text, "adoptedOn")
    assert {("ddc-msp/dec/12/1", "ddc-msp#12"), ("ddc-msp/dec/12/2", "ddc-msp#12")} <= adopted_at
    assert {("ddc-msp/dec/12/1", "2034-06-20"), ("ddc-msp/dec/12/2", "2034-06-20")} <= adopted_on
    assert not any(s == "ddc-msp/dec/10/2" for s, _ in adopted_at)


def test_a_count_that_is_not_the_number_named(registry: BodyRegistry) -> None:
    text = _states_parties(
        "The twelfth Meeting of the States Parties to the Convention on Deep Dunes was held on 20 June 2034.",
        "At the same meeting, the Meeting adopted three decisions.",
        "In decision 12/1 the Meeting requested the Secretary-General to publish the list.",
        "By decision 12/2 the Meeting invited the Committee to review its calendar.",
    )
    assert not any(s.startswith("ddc-msp/dec/12/") for s, _ in _facts(registry, text, "adoptedOn"))


def test_the_author_named_after_a_body_created_is_the_one_meant(registry: BodyRegistry) -> None:
    # "the Board" after "the Audit Board had been set up by ... appointed by the Executive Board":
    # the Executive Board (the record's author), in that paragraph and the next, not the Audit Board
    text = _record(
        "The Chair recalled that the Audit Board had been set up by the 30th General Council in resolution GC30.R2, "
        "as an advisory body, and that its members were appointed by the Executive Board. The Board had before it "
        "Document EB45/17, setting out the candidate.",
        "Decision: The Board adopted decision EB45(D4), appointing Ms. F. Example to the Audit Board.",
    )
    assert ("cro-gc/res/30/2", "cro-gc#30") in _facts(registry, text, "adoptedAt")
    assert any(s == "cro-gc/res/30/2" for s, _ in _facts(registry, text, "establishes"))
    assert ("EB45/17", "cro-eb#45") in _facts(registry, text, "submittedTo")
    assert ("cro-eb/dec/45/4", "cro-eb#45") in _facts(registry, text, "adoptedAt")

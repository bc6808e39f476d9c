"""Three ways a session's documents speak of bodies:

- "the Bureau of the Conference" in a conference's own decision is that conference's Bureau,
  even where another treaty's reference data carries the phrase as an alias of its bureau;
- "had decided to establish an expert group on <topic>", told in a report, describes a new body
  when no body the words were read as (the Expert Group named earlier) is on that topic;
- "The Committee on Water, Sanitation and Hygiene was established by the Economic and Social
  Council in its resolution 1991/6": a body that adopts instruments of its own, set up by another
  body's instrument (never by its own)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ecosoc> a mg:Body ; mg:key "ecosoc" ; skos:prefLabel "Economic and Social Council"@en ;
    mg:shortName "Council" ; mg:issuesInstruments true .
<body/ga> a mg:Body ; mg:key "ga" ; skos:prefLabel "General Assembly"@en ; mg:issuesInstruments true .
<body/cosp-heritage> a mg:Body ; mg:key "cosp-heritage" ;
    skos:prefLabel "Conference of States Parties to the Convention on Coastal Heritage"@en ; mg:shortName "Conference" ;
    mg:symbolPrefix "CCH/CSP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/cosp-heritage/bureau> a mg:Body ; mg:key "cosp-heritage/bureau" ;
    skos:prefLabel "Bureau of the Conference of States Parties to the Convention on Coastal Heritage"@en ;
    mg:shortName "Bureau" ; org:subOrganizationOf <body/cosp-heritage> .
<body/cosp-heritage/secretariat> a mg:Body ; mg:key "cosp-heritage/secretariat" ;
    skos:prefLabel "secretariat of the Conference of States Parties to the Convention on Coastal Heritage"@en ;
    mg:shortName "secretariat" ; org:subOrganizationOf <body/cosp-heritage> .
<body/cop-reefs> a mg:Body ; mg:key "cop-reefs" ;
    skos:prefLabel "Conference of the Parties to the Convention on Reef Protection"@en ; mg:shortName "Conference" ;
    mg:symbolPrefix "CRP/COP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/cop-reefs/bureau> a mg:Body ; mg:key "cop-reefs/bureau" ;
    skos:prefLabel "Bureau of the Conference of the Parties to the Convention on Reef Protection"@en ;
    skos:altLabel "Bureau of the Conference"@en , "Bureau of the Meeting"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/cop-reefs> .
<body/ecosoc/cwsh> a mg:Body ; mg:key "ecosoc/cwsh" ;
    skos:prefLabel "Committee on Water, Sanitation and Hygiene"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "E/C.30" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/ecosoc> .
<body/ecosoc/cwsh/eg-mon> a mg:Body ; mg:key "ecosoc/cwsh/eg-mon" ;
    skos:prefLabel "Expert Group on the Monitoring of Water Quality and Sanitation Services"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ecosoc/cwsh> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="doc", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


def conference_report(paragraph: str) -> str:
    return (
        "United Nations CCH/CSP/2032/6\n\nConference of States Parties to the Convention on Coastal Heritage\n\n"
        "Distr.: General\n20 June 2032\n\n"
        "Report of the Conference of States Parties to the Convention on Coastal Heritage on its ninth session\n\n"
        "I. Decisions adopted by the Conference at its ninth session\n\n"
        "Decision 9/2\n\nDialogue with observers\n\nThe Conference of States Parties,\n\n"
        # the other treaty is named: its bodies, the bureau of "the Conference" among them, are in evidence
        "Welcoming its cooperation with the Conference of the Parties to the Convention on Reef Protection,\n\n"
        f"{paragraph}\n"
    )


@pytest.mark.parametrize(("paragraph", "relation"), [
    ("1. Calls upon the Bureau of the Conference to hold, in hybrid format, a dialogue with observers;", "requests"),
    ("1. Requests the Bureau of the Conference to prepare a dialogue with observers before the tenth session;", "requests"),
    ("1. Invites the Bureau of the Conference to consult observers on the programme of work;", "invites"),
])
def test_the_bureau_of_its_own_conference(registry: BodyRegistry, paragraph: str, relation: str) -> None:
    found = facts(conference_report(paragraph), registry, relation)
    assert ("cosp-heritage/dec/9/2", "cosp-heritage/bureau") in found
    assert not any(o == "cop-reefs/bureau" for _, o in found)


def agenda(sentences: str) -> str:
    return (
        "United Nations E/C.30/2032/1\n\nEconomic and Social Council\n\nDistr.: General\n2 May 2032\n\n"
        "Committee on Water, Sanitation and Hygiene\nFourteenth session\nNew York, 3–5 August 2032\n\n"
        "Annotated provisional agenda\n\n"
        "Item 3. Water quality\n\n"
        "The Committee requested the Expert Group on the Monitoring of Water Quality and Sanitation "
        "Services to report. The report of the Expert Group is before the Committee.\n\n"
        f"Item 4. Emerging matters\n\n{sentences}\n"
    )


@pytest.mark.parametrize(("decision", "topic", "slug"), [
    ("13/104", "water data for drought resilience", "drought-resilience"),
    ("12/2", "sanitation in informal settlements", "informal-settlements"),
])
def test_a_body_told_as_set_up_on_a_new_topic(registry: BodyRegistry, decision: str, topic: str, slug: str) -> None:
    text = agenda(
        f"By its decision {decision}, adopted at its thirteenth session, the Committee had decided to "
        f"establish an expert group on {topic}. The expert group held its first meeting in Nairobi "
        "from 2 to 4 March 2032."
    )
    session, number = decision.split("/")
    made = {o for s, o in facts(text, registry, "establishes") if s == f"ecosoc/cwsh/dec/{session}/{number}"}
    assert made and all(slug in o for o in made), made
    assert not any(s.startswith("ecosoc/cwsh/eg-mon#") for s, _ in facts(text, registry, "meetingOf"))


def test_a_body_told_as_set_up_on_its_own_topic_is_the_known_one(registry: BodyRegistry) -> None:
    text = agenda(
        "By its decision 13/104, the Committee had decided to establish an expert group on the monitoring "
        "of water quality and sanitation services."
    )
    assert ("ecosoc/cwsh/dec/13/104", "ecosoc/cwsh/eg-mon") in facts(text, registry, "establishes")


@pytest.mark.parametrize(("sentence", "instrument"), [
    ("The Committee was established by the Economic and Social Council in its resolution 1991/6.", "ecosoc/res/1991/6"),
    ("The Committee on Water, Sanitation and Hygiene was established by the Economic and Social Council "
     "in its resolution 1991/6 of 30 May 1991 to monitor the Covenant.", "ecosoc/res/1991/6"),
    ("The Committee has been established by the General Assembly in its resolution 46/120.", "ga/res/46/120"),
])
def test_an_instrument_issuing_body_set_up_by_another(registry: BodyRegistry, sentence: str, instrument: str) -> None:
    assert (instrument, "ecosoc/cwsh") in facts(agenda(sentence), registry, "establishes")


def test_no_body_sets_itself_up(registry: BodyRegistry) -> None:
    text = agenda("The Committee was established by the Committee in its decision 1/1 at its first session.")
    assert ("ecosoc/cwsh/dec/1/1", "ecosoc/cwsh") not in facts(text, registry, "establishes")

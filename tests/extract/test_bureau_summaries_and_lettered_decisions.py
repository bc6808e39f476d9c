"""A bureau's telegraphic summary of decisions for its conference's next plenary session, and a
resolution of a regional commission's standing committee (E144): a "Dates/venue:" field under the
session's heading; plenary sessions in figures with no body named ("Report of the 79th plenary
session"), "the plenary" a document goes to, "issued to" a session and "to go to" it; decisions
lettered within a session ("decision B (74)"), adopted at a body's session named in the
possessive, their requests and bodies told after a dash or a semicolon ("same decision set up");
a session in brackets after a number and the issuer's verb after a colon; a one-text title in
capitals ("RESOLUTION ADOPTED BY ... AT ITS TWELFTH SESSION"); a network named in capitals after
"a". Invented bodies of an invented regional commission."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/eca> a mg:Body ; mg:key "eca" ;
    skos:prefLabel "Economic Commission for the Andes"@en ; skos:altLabel "ECA"@en ; mg:shortName "Commission" ;
    mg:symbolPrefix "ECA" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/eca/cas> a mg:Body ; mg:key "eca/cas" ;
    skos:prefLabel "Conference of Andean Statisticians"@en ; skos:altLabel "CAS"@en ; mg:shortName "Conference" ;
    mg:symbolPrefix "ECA/CAS" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/eca> .
<body/eca/cas/bureau> a mg:Body ; mg:key "eca/cas/bureau" ;
    skos:prefLabel "Bureau of the Conference of Andean Statisticians"@en ; skos:altLabel "CAS Bureau"@en ;
    mg:shortName "Bureau" ; mg:symbolPrefix "ECA/CAS/BUR" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/eca/cas> .
<body/eca/standing-committee> a mg:Body ; mg:key "eca/standing-committee" ;
    skos:prefLabel "Standing Committee of the Economic Commission for the Andes"@en ; mg:shortName "Standing Committee" ;
    mg:symbolPrefix "ECA/SC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}(SC.{session})" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/eca> .
<body/eca/executive-secretary> a mg:Body ; mg:key "eca/executive-secretary" ;
    skos:prefLabel "Executive Secretary of the Economic Commission for the Andes"@en ; mg:shortName "Executive Secretary" ;
    org:subOrganizationOf <body/eca> .
<body/coastal-council> a mg:Body ; mg:key "coastal-council" ;
    skos:prefLabel "Council on Coastal Statistics"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts(text: str, registry: BodyRegistry) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=registry)
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


SUMMARY_HEAD = (
    "ECA > Statistics > Conference of Andean Statisticians > Bureau > Meetings\n\n"
    "CAS Bureau - Summary of decisions\n"
    "Meeting of 3-4 March 2031, Quito\n"
    "Ref.: ECA/CAS/BUR/2031/MAR/Decisions    Last updated: 9 March 2031\n\n"
    "Present: Chair (Peru); Bureau members. Secretariat: ECA Statistics Division.\n\n"
)


def summary(first_item: str, *more: str, heading: str = "41st plenary session of the Conference") -> str:
    # (a page's list has more than one bullet: a lone starred line reads as a note)
    lines = [f"1. {heading}", f"* {first_item}", *(f"* {line}" for line in more), "* Other business: none."]
    return SUMMARY_HEAD + "\n".join(lines) + "\n\nContact: cas.secretariat@example.org\n"


CAS41 = "eca/cas#41"


@pytest.mark.parametrize(
    "field, days, town",
    [
        ("Dates/venue: 17-19 June 2032, Palais des Nations, Geneva. In person.", "2032-06-17/2032-06-19", "Geneva"),
        ("Date and venue: 4 May 2032, Lima", "2032-05-04", "Lima"),
        ("Dates & place: 8-10 September 2032, Bogotá (hosted by DANE)", "2032-09-08/2032-09-10", "Bogotá"),
        ("Venue/dates: Santiago, 2-4 November 2032", "2032-11-02/2032-11-04", "Santiago"),
    ],
)
def test_a_dates_and_venue_field_under_a_sessions_heading_says_when_and_where_it_meets(
    field: str, days: str, town: str, registry: BodyRegistry
) -> None:
    found = facts(summary(field), registry)
    assert ("heldOn", CAS41, days) in found
    assert ("heldIn", CAS41, town) in found


def test_a_dates_and_venue_field_without_days_or_under_another_heading_says_nothing(registry: BodyRegistry) -> None:
    undecided = facts(summary("Dates/venue: June 2032, to be decided."), registry)
    assert not {f for f in undecided if f[0] in ("heldOn", "heldIn")}
    elsewhere = facts(summary("Dates/venue: 17-19 June 2032, Geneva.", heading="Next Bureau meetings"), registry)
    assert not {f for f in elsewhere if f[0] in ("heldOn", "heldIn")}


def test_plenary_sessions_in_figures_are_of_the_body_whose_plenary_sessions_the_summary_named(registry: BodyRegistry) -> None:
    found = facts(summary(
        "Report of the 40th plenary session (ECA/CAS/88): no discussion.",
        "Draft programme of work (ECA/CAS/2032/4); document to be submitted to the 41st plenary session for adoption.",
    ), registry)
    assert ("reportOf", "ECA/CAS/88", "eca/cas#40") in found
    assert ("submittedTo", "ECA/CAS/2032/4", CAS41) in found
    # a summary that never numbered a body's plenary sessions with its name: whose, it does not say
    unnamed = facts(summary("Report of the 40th plenary session (ECA/CAS/88): no discussion.", heading="Programme of work"), registry)
    assert not {f for f in unnamed if f[0] == "reportOf"}


@pytest.mark.parametrize(
    "item",
    [
        "Provisional annotated agenda (ECA/CAS/2032/1) approved for submission to the plenary.",
        "Terms of reference (ECA/CAS/2032/1) to go to the plenary with the draft decision.",
        "Background paper ECA/CAS/2032/1 to be issued to the 41st plenary session six weeks in advance.",
        "Note (ECA/CAS/2032/1) to be transmitted to the plenary session.",
    ],
)
def test_a_document_sent_to_the_plenary_goes_to_the_plenary_session_named_last(item: str, registry: BodyRegistry) -> None:
    assert ("submittedTo", "ECA/CAS/2032/1", CAS41) in facts(summary(item), registry)


@pytest.mark.parametrize(
    "item",
    [
        "Provisional agenda (ECA/CAS/2032/1) approved for submission to the plenary meeting of the Bureau.",
        "Leaflets on the seminar to go to the printers; ECA/CAS/2032/1 noted.",
        "Guidelines ECA/CAS/2032/1 issued to Member States in May.",
    ],
)
def test_a_plenary_sitting_or_sending_of_no_document_to_a_session_sends_nothing(item: str, registry: BodyRegistry) -> None:
    assert not {f for f in facts(summary(item), registry) if f[0] == "submittedTo"}


DECISION_B = "eca/dec/34/B"


@pytest.mark.parametrize(
    "sentence",
    [
        'Background: decision B (34), "Strengthening statistics", adopted at the Commission\'s 34th session on 18 April 2031'
        " - requests the Conference of Andean Statisticians to align its programme; same decision set up the Steering Group"
        " on Statistics for the SDGs.",
        'Background: decision B (34), "Strengthening statistics", adopted at the Commission\'s 34th session on 18 April 2031,'
        " requests the Conference of Andean Statisticians to align its programme; the same decision also set up the"
        " Steering Group on Statistics for the SDGs.",
    ],
)
def test_a_lettered_decision_told_in_a_summary(sentence: str, registry: BodyRegistry) -> None:
    found = facts(summary(sentence, heading="Programme of work and mandates"), registry)
    assert ("mentions", "<test>", DECISION_B) in found
    assert ("title", DECISION_B, "Strengthening statistics") in found
    assert ("adoptedAt", DECISION_B, "eca#34") in found
    assert ("adoptedOn", DECISION_B, "2031-04-18") in found
    assert ("requests", DECISION_B, "eca/cas") in found
    assert ("establishes", DECISION_B, "eca/steering-group-on-statistics-for-the-sdgs") in found
    # the day of adoption is no day the session was held
    assert not {f for f in found if f[0] == "heldOn"}


def test_lettered_decisions_in_a_list_and_by_the_passives_agent(registry: BodyRegistry) -> None:
    listed = facts(summary("Work in line with decisions A (33) and C (34) of the Commission.", heading="Mandates"), registry)
    assert {("mentions", "<test>", "eca/dec/33/A"), ("mentions", "<test>", "eca/dec/34/C")} <= listed
    agent = facts(
        "REPORT OF THE CONFERENCE OF ANDEAN STATISTICIANS\n\nECA/CAS/90\n\n"
        "1. The Conference recalled that its terms of reference had last been revised by the Commission by decision B (30),"
        " adopted at its thirtieth session.\n",
        registry,
    )
    assert ("adoptedAt", "eca/dec/30/B", "eca#30") in agent
    # a letter and a subparagraph in brackets is no number
    assert not {f for f in facts(summary("See decision B (c) of the Bureau.", heading="Mandates"), registry) if f[0] == "mentions"}


def test_a_session_in_brackets_after_a_number_and_the_issuers_verb_after_a_colon(registry: BodyRegistry) -> None:
    found = facts(summary(
        "Bureau noted Council on Coastal Statistics decision 14/203 (14th session, May 2030): the Council invited the"
        " Conference of Andean Statisticians to pilot the guidelines.",
        heading="Mandates",
    ), registry)
    decision = "coastal-council/dec/14/203"
    assert ("adoptedAt", decision, "coastal-council#14") in found
    assert ("invites", decision, "eca/cas") in found
    # a session in brackets that is not the one the number carries adopted nothing
    other = facts(summary("Bureau noted Council on Coastal Statistics decision 14/203 (see 15th session).", heading="Mandates"), registry)
    assert not {f for f in other if f[0] == "adoptedAt"}


RESOLUTION = (
    "                                                   ECA/SC.12/5\n"
    "                                                   2 December 2032\n\n"
    "STANDING COMMITTEE OF THE ECONOMIC COMMISSION FOR THE ANDES\n"
    "Twelfth session\n"
    "Quito, 30 November and 1 December 2032\n\n"
    "{title}\n\n"
    "412(SC.12)    REGIONAL PROGRAMME ON WATER STATISTICS\n\n"
    "The Standing Committee of the Economic Commission for the Andes,\n\n"
    "1.    Approves the Regional Programme on Water Statistics, and decides to establish a {network} to support\n"
    "its implementation;\n\n"
    "2.    Requests the Executive Secretary to convene the first meeting of the {short} in 2033;\n\n"
    "                                    5th meeting\n"
    "                                    1 December 2032\n"
)
OWN = "eca/standing-committee/res/12/412"
CAPITAL_TITLE = "RESOLUTION ADOPTED BY THE STANDING COMMITTEE AT ITS TWELFTH SESSION"


@pytest.mark.parametrize(
    "network, short",
    [
        ("Regional Network of Water Statistics Focal Points", "Network"),
        ("Andean Platform for Hydrological Data", "Platform"),
    ],
)
def test_a_one_text_title_in_capitals_and_a_network_established_after_a(network: str, short: str, registry: BodyRegistry) -> None:
    found = facts(RESOLUTION.format(title=CAPITAL_TITLE, network=network, short=short), registry)
    assert ("adoptedAt", OWN, "eca/standing-committee#12") in found
    born = [o for r, s, o in found if r == "establishes" and s == OWN]
    assert len(born) == 1 and born[0].endswith(network.lower().replace(" ", "-"))
    assert ("meetingOf", f"{born[0]}#1", born[0]) in found


def test_the_one_text_title_in_lower_case_too(registry: BodyRegistry) -> None:
    title = "Resolution adopted by the Standing Committee at its twelfth session"
    found = facts(RESOLUTION.format(title=title, network="Regional Network of Water Statistics Focal Points", short="Network"), registry)
    assert ("adoptedAt", OWN, "eca/standing-committee#12") in found


def test_a_network_without_a_topic_after_a_is_no_body(registry: BodyRegistry) -> None:
    found = facts(RESOLUTION.format(title=CAPITAL_TITLE, network="Knowledge Network", short="Network"), registry)
    assert not {f for f in found if f[0] == "establishes"}

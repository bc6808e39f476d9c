"""An information note for participants of a committee's session, and Co-Chairs' summary of an
informal intersessional meeting of a convention's working group (E148).

The note: its masthead session receives it ("Information note for participants" under "Ninth
session"); "The Committee is convened in accordance with Commission resolution 87/4" is that
session's mandate; the venue's street address ("Rajadamnern Nok Avenue") is no town; a meeting
"in the same conference centre" is held in the town told before; the documents listed after
"... together with the following documents:" go to the session, a lettered line that goes on with
sentences about its document still a line, and "the present document" in it that document.

The summary: "decision X, in which the Conference of the Parties, at its nineteenth meeting, ..."
is the decision's adoption there; "which the Working Group will take up at its sixteenth meeting"
and "the report is to be considered at the sixteenth meeting" send the paper named before;
"requested that group, together with the Secretariat, to" asks both; 'adopted on ... and entitled
"..."' gives the title; a provisional agenda named in a paragraph about a meeting to come is that
meeting's.

Invented bodies, symbols, numbers and sentences, not the unseen documents' lines.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules import places
from mandate_graph.loaders.extract.rules.documents import the_body_convened_under
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ecso> a mg:Body ; mg:key "ecso" ;
    skos:prefLabel "Economic Commission for the Southern Oceans"@en ; skos:altLabel "ECSO"@en ;
    mg:shortName "Commission" ; mg:symbolPrefix "ECSO" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}/{number}" ; mg:instrumentKind "resolution" ] .
<body/ecso/executive-secretary> a mg:Body ; mg:key "ecso/executive-secretary" ;
    skos:prefLabel "Executive Secretary of the Economic Commission for the Southern Oceans"@en ;
    mg:shortName "Executive Secretary" ; org:subOrganizationOf <body/ecso> .
<body/ecso/cwr> a mg:Body ; mg:key "ecso/cwr" ;
    skos:prefLabel "Committee on Water Resources"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "ECSO/CWR" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/ecso> .
<body/ecso/odc-council> a mg:Body ; mg:key "ecso/odc-council" ;
    skos:prefLabel "Governing Council of the Southern Ocean Data Centre"@en ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/ecso> .
<body/cop-lima> a mg:Body ; mg:key "cop-lima" ;
    skos:prefLabel "Conference of the Parties to the Lima Convention on Coastal Wetlands"@en ;
    skos:altLabel "Conference of the Parties to the Lima Convention"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "UNEP/LCW" ; mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "LW-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/cop-quito> a mg:Body ; mg:key "cop-quito" ;
    skos:prefLabel "Conference of the Parties to the Quito Convention on Mountain Soils"@en ;
    skos:altLabel "Conference of the Parties to the Quito Convention"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "UNEP/QCS" ; mg:gatheringTerm "meeting" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "QS-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/cop-lima/oewg> a mg:Body ; mg:key "cop-lima/oewg" ;
    skos:prefLabel "Open-ended Working Group of the Lima Convention"@en ; skos:altLabel "Open-ended Working Group"@en ;
    mg:shortName "Working Group" ; mg:symbolPrefix "UNEP/LCW/OEWG" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/cop-lima> .
<body/lima-secretariat> a mg:Body ; mg:key "lima-secretariat" ;
    skos:prefLabel "Secretariat of the Lima Convention"@en ; skos:altLabel "Secretariat"@en ; mg:shortName "Secretariat" .
"""

COMMITTEE = "ecso/cwr"
SESSION = GatheringRef(COMMITTEE, "session", 6)
OEWG_NEXT = GatheringRef("cop-lima/oewg", "meeting", 13)


@pytest.fixture(scope="module")
def bodies(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def resolution(session: int, number: int) -> InstrumentRef:
    return InstrumentRef("ecso", "resolution", str(session), str(number))


def lima(session: int, number: int) -> InstrumentRef:
    return InstrumentRef("cop-lima", "decision", str(session), str(number))


def doc(symbol: str) -> DocumentRef:
    return DocumentRef(symbols=(symbol,))


def note(
    title: str = "Information note for participants",
    convened: str = "The Committee is convened in accordance with Commission resolution 81/6 of 2 June 2029",
    venue: str = "at the Southern Oceans Conference Centre, Avenida Costanera Norte 2100, Valparaíso,",
    same_place: str = "in the same conference centre",
    lead_in: str = "together with the following documents:",
) -> str:
    return (
        f"{'':70}ECSO/CWR/2031/INF/1\n{'':70}Distr.: General\n{'':70}3 July 2031\n\n"
        "Economic Commission for the Southern Oceans\nCommittee on Water Resources\nSixth session\n"
        "Valparaíso, 8–10 September 2031\n\n"
        f"{title}\n\nI. Dates and venue\n\n"
        f"1.   The sixth session of the Committee on Water Resources will be held {venue} from Monday,\n"
        "8 September, to Wednesday, 10 September 2031.\n"
        f"2.   {convened}, by which the Commission decided that the Committee\n"
        "would meet every two years.\n\n"
        "II. Side meetings\n\n"
        "3.   The Governing Council of the Southern Ocean Data Centre will hold its fourth session\n"
        f"{same_place} on 7 September 2031, the day before the Committee opens.\n\n"
        "III. Documentation\n\n"
        "4.   The provisional agenda (ECSO/CWR/2031/1) was prepared under the rules of procedure and\n"
        f"will be before the Committee at its sixth session {lead_in}\n"
        "     (a) Water accounting in small island States (ECSO/CWR/2031/2);\n"
        "     (b) Implementation of Commission resolution 80/3 (ECSO/CWR/2031/3). In that resolution,\n"
        "adopted on 5 May 2028, the Commission asked the Executive Secretary to report to the Committee;\n"
        "the present document is submitted pursuant to paragraph 4 of that resolution;\n"
        "     (c) Regional outlook on groundwater (ECSO/CWR/2031/4).\n"
        "5.   All documents are posted on the session web page.\n"
    )


@pytest.mark.parametrize(
    "title",
    ["Information note for participants", "Practical information for delegates", "Logistics note for participants"],
)
def test_a_note_for_participants_is_issued_to_its_masthead_session(bodies: BodyRegistry, title: str) -> None:
    got = facts(note(title=title), bodies)
    assert (doc("ECSO/CWR/2031/INF/1"), "submittedTo", SESSION) in got


@pytest.mark.parametrize(
    "convened",
    [
        "The Committee is convened in accordance with Commission resolution 81/6 of 2 June 2029",
        "The Committee is being convened pursuant to resolution 81/6 of the Commission, adopted on 2 June 2029",
        "This Committee will be convened under Commission resolution 81/6 of 2 June 2029",
    ],
)
def test_the_committee_convened_under_a_resolution_is_its_session_held_under_it(bodies: BodyRegistry, convened: str) -> None:
    got = facts(note(convened=convened), bodies)
    assert (SESSION, "pursuantTo", resolution(81, 6)) in got
    # the note itself was issued under nothing the sentence names
    assert (doc("ECSO/CWR/2031/INF/1"), "pursuantTo", resolution(81, 6)) not in got


@pytest.mark.parametrize(
    "convened",
    [
        # a body set up, or meeting as a rule, under a resolution: nothing of this session
        "The Committee was established in accordance with Commission resolution 81/6 of 2 June 2029",
        "The Committee meets in accordance with Commission resolution 81/6 of 2 June 2029",
    ],
)
def test_a_committee_set_up_or_meeting_under_a_resolution_says_nothing_of_the_session(bodies: BodyRegistry, convened: str) -> None:
    got = facts(note(convened=convened), bodies)
    assert (SESSION, "pursuantTo", resolution(81, 6)) not in got


@pytest.mark.parametrize(
    "venue, town",
    [
        ("at the Southern Oceans Conference Centre, Avenida Costanera Norte 2100, Valparaíso,", "Valparaíso"),
        ("at the United Nations Conference Centre, Rajadamnern Nok Avenue, Bangkok,", "Bangkok"),
        ("at the Palais des Nations, 14 Avenue de la Paix, Geneva,", "Geneva"),
        ("at the Vienna International Centre, Wagramer Strasse 5, Vienna,", "Vienna"),
        # a postal code before the town, the venue's abbreviation after its name
        ("at the Vienna International Centre (VIC), Wagramer Strasse 5, 1220 Vienna,", "Vienna"),
        ("at the Centre International de Conférences, 17 rue de Varembé, CH-1211 Geneva,", "Geneva"),
    ],
)
def test_a_venue_with_its_street_address_is_held_in_the_town(bodies: BodyRegistry, venue: str, town: str) -> None:
    got = facts(note(venue=venue), bodies)
    assert (SESSION, "heldIn", town) in got
    assert not any(s == SESSION and r == "heldIn" and o != town and o != "Valparaíso" for s, r, o in got)


def test_a_street_is_no_place() -> None:
    assert not places.is_place("Rajadamnern Nok Avenue")
    assert not places.is_place("East 42nd Street")
    assert places.is_place("Valparaíso")


@pytest.mark.parametrize("same_place", ["in the same conference centre", "at the same venue", "at the same premises"])
def test_a_meeting_in_the_same_conference_centre_is_held_in_the_town_told_before(bodies: BodyRegistry, same_place: str) -> None:
    got = facts(note(same_place=same_place), bodies)
    council = GatheringRef("ecso/odc-council", "session", 4)
    assert (council, "heldIn", "Valparaíso") in got
    assert any(s == council and r == "heldOn" for s, r, _ in got)


@pytest.mark.parametrize(
    "lead_in",
    ["together with the following documents:", "along with the following reports:", "as well as the following documents:"],
)
def test_documents_listed_together_with_the_agenda_go_to_the_session(bodies: BodyRegistry, lead_in: str) -> None:
    got = facts(note(lead_in=lead_in), bodies)
    for symbol in ("ECSO/CWR/2031/1", "ECSO/CWR/2031/2", "ECSO/CWR/2031/3", "ECSO/CWR/2031/4"):
        assert (doc(symbol), "submittedTo", SESSION) in got, symbol


def test_the_present_document_of_a_listed_line_is_that_line_s_document(bodies: BodyRegistry) -> None:
    got = facts(note(), bodies)
    assert (doc("ECSO/CWR/2031/3"), "pursuantTo", resolution(80, 3)) in got
    assert (doc("ECSO/CWR/2031/INF/1"), "pursuantTo", resolution(80, 3)) not in got
    assert (resolution(80, 3), "requests", BodyRef("ecso/executive-secretary")) in got


def test_a_document_mentioned_without_a_list_lead_in_is_not_listed(bodies: BodyRegistry) -> None:
    # "... at its sixth session." with no list announced: the lines below are no documents before it
    got = facts(note(lead_in="."), bodies)
    assert (doc("ECSO/CWR/2031/1"), "submittedTo", SESSION) in got
    assert (doc("ECSO/CWR/2031/2"), "submittedTo", SESSION) not in got


def test_the_body_convened_under_reads_only_convened() -> None:
    found = the_body_convened_under("The Committee is convened in accordance with resolution 81/6, by which it decided ...")
    assert found is not None and found[0] == "Committee"
    text = "The Committee is convened in accordance with resolution 81/6, by which it decided ..."
    assert text[found[1] : found[2]] == "resolution 81/6"
    assert the_body_convened_under("The Committee was established in accordance with resolution 81/6.") is None
    assert the_body_convened_under("The session is convened in accordance with resolution 81/6.") is None


def summary(
    adoption: str = "in which the Conference of the Parties, at its eleventh meeting, held in Lima from 3 to 7 May 2030,",
    take_up: str = "which the Working Group will take up at its thirteenth meeting",
    asked: str = "had requested that group, together with the Secretariat, to",
) -> str:
    return (
        "Informal intersessional meeting of the Open-ended Working Group of the Lima Convention\n"
        "Nairobi, 4 and 5 February 2032\n\nCo-Chairs' summary\n\n"
        "This summary has been prepared by the Co-Chairs on their own responsibility. It was not\n"
        "negotiated and does not reflect an agreement of the participants.\n\n"
        "1. Background\n\n"
        f"The informal meeting was organized by the Secretariat in response to decision LW-11/8, {adoption}\n"
        "requested the Secretariat to convene an informal meeting ahead of the thirteenth meeting of the\n"
        "Open-ended Working Group.\n\n"
        "2. Guidance on peatland restoration\n\n"
        "Participants discussed the draft guidance on peatland restoration (UNEP/LCW/OEWG.13/4), prepared by\n"
        f"the expert network pursuant to decision LW-11/3, {take_up}. The Co-Chairs invited\n"
        "written comments.\n\n"
        "The Executive Secretary introduced a note on the clearing-house (UNEP/LCW/OEWG.13/6), prepared\n"
        'pursuant to decision LW-11/9, adopted on 6 May 2030 and entitled "Clearing-house mechanism". In\n'
        "that decision the Conference asked for a report to the Working Group; the note is to be considered\n"
        "at the thirteenth meeting.\n\n"
        "3. Mangroves\n\n"
        "The technical working group on mangrove mapping, established by decision LW-9/2, presented its\n"
        f"progress report (UNEP/LCW/OEWG.13/INF/2). By decision LW-11/5 the Conference {asked}\n"
        "complete the map. Decision QS-6/4 of the Conference of the Parties to the Quito Convention,\n"
        "adopted at its sixth meeting, was also recalled.\n\n"
        "4. Next steps\n\n"
        "The thirteenth meeting of the Open-ended Working Group will be held in Nairobi from 2 to 5 June\n"
        "2032. This summary will be made available to the Working Group at that meeting. The provisional\n"
        "agenda (UNEP/LCW/OEWG.13/1) is on the meeting page.\n"
    )


@pytest.mark.parametrize(
    "adoption",
    [
        "in which the Conference of the Parties, at its eleventh meeting, held in Lima from 3 to 7 May 2030,",
        "by which the Conference, at its eleventh meeting,",
    ],
)
def test_the_meeting_named_in_the_relative_clause_adopted_the_decision(bodies: BodyRegistry, adoption: str) -> None:
    got = facts(summary(adoption=adoption), bodies)
    cop11 = GatheringRef("cop-lima", "meeting", 11)
    assert (lima(11, 8), "adoptedAt", cop11) in got
    # adopted there, not held under it
    assert (cop11, "pursuantTo", lima(11, 8)) not in got


def test_a_meeting_that_cannot_have_adopted_the_decision_is_left_alone(bodies: BodyRegistry) -> None:
    got = facts(summary(adoption="in which the Conference of the Parties, at its tenth meeting,"), bodies)
    assert (lima(11, 8), "adoptedAt", GatheringRef("cop-lima", "meeting", 10)) not in got


@pytest.mark.parametrize(
    "take_up",
    [
        "which the Working Group will take up at its thirteenth meeting",
        "which the Open-ended Working Group will consider at its thirteenth meeting",
    ],
)
def test_a_paper_the_working_group_will_take_up_goes_to_that_meeting(bodies: BodyRegistry, take_up: str) -> None:
    got = facts(summary(take_up=take_up), bodies)
    assert (doc("UNEP/LCW/OEWG.13/4"), "submittedTo", OEWG_NEXT) in got
    assert (doc("UNEP/LCW/OEWG.13/4"), "pursuantTo", lima(11, 3)) in got


def test_a_relative_clause_that_adopts_sends_nothing(bodies: BodyRegistry) -> None:
    got = facts(summary(take_up="which the Conference adopted at its eleventh meeting"), bodies)
    assert not any(s == doc("UNEP/LCW/OEWG.13/4") and r == "submittedTo" for s, r, _ in got)


def test_a_note_to_be_considered_at_the_next_meeting_goes_there_with_its_title(bodies: BodyRegistry) -> None:
    got = facts(summary(), bodies)
    assert (doc("UNEP/LCW/OEWG.13/6"), "submittedTo", OEWG_NEXT) in got
    assert (lima(11, 9), "title", "Clearing-house mechanism") in got
    assert any(s == lima(11, 9) and r == "adoptedOn" for s, r, _ in got)


@pytest.mark.parametrize(
    "asked",
    [
        "had requested that group, together with the Secretariat, to",
        "requested the technical working group, jointly with the Secretariat, to",
    ],
)
def test_that_group_together_with_the_secretariat_are_both_asked(bodies: BodyRegistry, asked: str) -> None:
    got = facts(summary(asked=asked), bodies)
    asked_by = {o for s, r, o in got if s == lima(11, 5) and r == "requests"}
    # (the Secretariat the reader takes for the issuer's: whichever key, it is asked)
    assert any(isinstance(o, BodyRef) and "secretariat" in o.key for o in asked_by), asked_by
    assert any(isinstance(o, BodyRef) and "mangrove" in o.key for o in asked_by), asked_by


def test_another_conference_s_decision_adopted_at_its_meeting(bodies: BodyRegistry) -> None:
    got = facts(summary(), bodies)
    assert (InstrumentRef("cop-quito", "decision", "6", "4"), "adoptedAt", GatheringRef("cop-quito", "meeting", 6)) in got


def test_the_provisional_agenda_of_the_meeting_to_come(bodies: BodyRegistry) -> None:
    got = facts(summary(), bodies)
    assert (doc("UNEP/LCW/OEWG.13/1"), "submittedTo", OEWG_NEXT) in got
    # a summary on the Co-Chairs' own responsibility is issued to no meeting by that sentence
    assert not any(r == "pursuantTo" and s == GatheringRef("cop-lima", "meeting", 11) for s, r, _ in got)


def test_a_provisional_agenda_in_a_paragraph_of_past_meetings_goes_nowhere(bodies: BodyRegistry) -> None:
    text = summary().replace("will be held in Nairobi", "was held in Nairobi")
    got = facts(text, bodies)
    assert not any(s == doc("UNEP/LCW/OEWG.13/1") and r == "submittedTo" for s, r, _ in got)

"""Two everyday genres of specialised agencies (E137, from the spent u161 and u164):

- a session paper of a regional association carrying one decision with its terms of reference:
  "WORLD HYDROLOGY ORGANIZATION" / "REGIONAL ASSOCIATION II (ASIA)" / "Eighteenth session" over
  "RA II-18/Doc. 4(2)" / "Submitted by: ..." / "Status: APPROVED - adopted ..., plenary of <day>",
  then "DECISION 12 (RA II-18)" in capitals, a preamble telling what earlier resolutions did
  ("Resolution 5 (RA II-17), which established the Expert Team on ..."), an annex naming a
  resolution "adopted by the Association at the present session in Resolution 2 (RA II-18)" and
  the team's first meeting ("Its first meeting will be held in ...");
- a circular letter of an organisation's executive head on its letterhead, whose number ("CL/4590")
  is in a series another organisation's body declares, telling what a treaty's Meeting of States
  Parties did "at its ninth session (Organization Headquarters, Lyon, 3-4 May 2030)", a paper "laid
  before the Meeting", a summary record "to be issued as", and "This letter is sent in accordance
  with paragraph 4 of Resolution 3 / MSP 9".

Invented organisations, bodies and texts; each rule beside a near miss that must state nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.adoption_notes import status_adoption_day
from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/who-hydro> a mg:Body ; mg:key "who-hydro" ;
    skos:prefLabel "World Hydrology Organization"@en ; skos:altLabel "WHYO"@en .
<body/whyo-congress> a mg:Body ; mg:key "whyo-congress" ;
    skos:prefLabel "World Hydrology Congress"@en ; mg:shortName "Congress" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (HC-{session})" ; mg:instrumentKind "resolution" ] .
<body/whyo-congress/ra-ii> a mg:Body ; mg:key "whyo-congress/ra-ii" ;
    skos:prefLabel "Regional Association II (Asia)"@en ; skos:altLabel "RA II"@en ;
    mg:shortName "Association" ; mg:symbolPrefix "RA II" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} (RA II-{session})" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "Decision {number} (RA II-{session})" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/whyo-congress> .
<body/whyo-congress/ra-ii/advisory-group> a mg:Body ; mg:key "whyo-congress/ra-ii/advisory-group" ;
    skos:prefLabel "Advisory Group of Regional Association II (Asia)"@en ; skos:altLabel "Advisory Group"@en ;
    mg:shortName "Advisory Group" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/whyo-congress/ra-ii> .
<body/whyo-secretary-general> a mg:Body ; mg:key "whyo-secretary-general" ;
    skos:prefLabel "Secretary-General of the World Hydrology Organization"@en ; mg:shortName "Secretary-General" .
<body/glacier-council> a mg:Body ; mg:key "glacier-council" ;
    skos:prefLabel "Intergovernmental Council for Glaciers of the World Hydrology Organization"@en ;
    mg:shortName "Glacier Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{session}-{number}" ; mg:instrumentKind "resolution" ] .

<body/iho> a mg:Body ; mg:key "iho" ;
    skos:prefLabel "International Heritage Organization"@en ; skos:altLabel "IHERO"@en .
<body/iho/director-general> a mg:Body ; mg:key "iho/director-general" ;
    skos:prefLabel "Director-General of the International Heritage Organization"@en ;
    mg:shortName "Director-General" ; org:subOrganizationOf <body/iho> .
<body/iho/executive-board> a mg:Body ; mg:key "iho/executive-board" ;
    skos:prefLabel "Executive Board of the International Heritage Organization"@en ;
    mg:shortName "Executive Board" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/iho> .
<body/sub-msp> a mg:Body ; mg:key "sub-msp" ;
    skos:prefLabel "Meeting of States Parties to the Convention on Submerged Sites"@en ;
    skos:altLabel "Meeting of States Parties"@en ; mg:shortName "Meeting" ; mg:symbolPrefix "SUB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number} / MSP {session}" ; mg:instrumentKind "resolution" ] .

<body/grain-council> a mg:Body ; mg:key "grain-council" ;
    skos:prefLabel "Council of the Grain Organization"@en ; mg:shortName "Grain Council" ;
    mg:symbolPrefix "CL" ; mg:gatheringTerm "session" .
<body/grain-council/director-general> a mg:Body ; mg:key "grain-council/director-general" ;
    skos:prefLabel "Director-General of the Grain Organization"@en ; mg:shortName "Director-General" ;
    org:subOrganizationOf <body/grain-council> .
"""

ASSOCIATION = "whyo-congress/ra-ii"
OWN = InstrumentRef(ASSOCIATION, "decision", "18", "12")
SESSION = GatheringRef(ASSOCIATION, "session", 18)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _decision(status: str = "Status: APPROVED - adopted at the eighteenth session, plenary of 21 March 2030", *annex: str) -> str:
    return "\n".join([
        "WORLD HYDROLOGY ORGANIZATION",
        "REGIONAL ASSOCIATION II (ASIA)",
        "Eighteenth session",
        "Tashkent, Uzbekistan, 18 to 22 March 2030",
        "",
        "RA II-18/Doc. 4(2)",
        "Submitted by: President of RA II",
        status,
        "",
        "AGENDA ITEM 4: HYDROLOGICAL SERVICES",
        "",
        "DECISION 12 (RA II-18)",
        "Regional Task Team on Flood Forecasting",
        "",
        "THE REGIONAL ASSOCIATION II (ASIA),",
        "",
        "Recalling Resolution 5 (RA II-17) - Expert Team on Snow Hydrology, which established the Expert Team on "
        "Snow Hydrology for the intersessional period 2026-2030,",
        "",
        "Noting the Strategic Plan 2028-2031 of the Organization,",
        "",
        "Decides:",
        "",
        '(1) To establish a Regional Task Team on Flood Forecasting (hereinafter "the Task Team");',
        "",
        "Requests the Secretary-General to support the Task Team.",
        "",
        "Annex to Decision 12 (RA II-18)",
        "",
        *annex,
    ])


ANNEX = (
    "1. Purpose The Task Team implements the Regional Hydrology Plan adopted by the Association at the present "
    "session in Resolution 2 (RA II-18) - Regional Hydrology Plan.",
    "",
    "2. Working arrangements The Task Team works by electronic means. Its first meeting will be held in "
    "Samarkand in 2031.",
)


def test_a_symbol_of_a_spaced_series_with_its_session_after_a_hyphen() -> None:
    series = frozenset({"RA II"})
    assert [m.symbols for m in find_symbols("RA II-18/Doc. 4(2)", series)] == [("RA II-18/Doc. 4(2)",)]
    assert [m.symbols for m in find_symbols("the report (RA II-18/INF. 4.1(2)), and", series)] == [("RA II-18/INF. 4.1(2)",)]


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Status: APPROVED - adopted at the eighteenth session, plenary of 21 March 2030", dt.date(2030, 3, 21)),
        ("Status: Approved on 4 May 2029", dt.date(2029, 5, 4)),
        ("Status: draft - to be adopted on 5 March 2027", None),
        ("Status: DRAFT", None),
    ],
)
def test_a_status_field_dates_an_adoption(line: str, day: dt.date | None) -> None:
    found = status_adoption_day(line)
    assert (found.start if found else None) == day


def test_the_association_under_the_organisation_holds_the_session_of_its_paper(registry: BodyRegistry) -> None:
    facts = _facts(_decision("Status: APPROVED - adopted at the eighteenth session, plenary of 21 March 2030", *ANNEX), registry)
    assert (SESSION, "meetingOf", BodyRef(ASSOCIATION)) in facts
    assert (SESSION, "heldIn", "Tashkent") in facts
    assert (DocumentRef(symbols=("RA II-18/Doc. 4(2)",)), "submittedTo", SESSION) in facts
    assert (OWN, "adoptedAt", SESSION) in facts
    assert (OWN, "adoptedOn", dt.date(2030, 3, 21)) in facts
    assert (OWN, "title", "Regional Task Team on Flood Forecasting") in facts
    earlier = InstrumentRef(ASSOCIATION, "resolution", "17", "5")
    assert (OWN, "cites", earlier) in facts
    assert (earlier, "establishes", BodyRef("whyo-congress/ra-ii/expert-team-on-snow-hydrology")) in facts
    # "2028-2031", "2026-2030": years, not resolutions of a council the paper never names
    assert not [f for f in facts if isinstance(f[0], InstrumentRef) and f[0].issuer == "glacier-council"]
    assert not [f for f in facts if isinstance(f[2], InstrumentRef) and f[2].issuer == "glacier-council"]


def test_the_annex_tells_of_the_present_session_and_of_the_team(registry: BodyRegistry) -> None:
    facts = _facts(_decision("Status: APPROVED", *ANNEX), registry)
    plan = InstrumentRef(ASSOCIATION, "resolution", "18", "2")
    assert (plan, "adoptedAt", SESSION) in facts
    team = "whyo-congress/ra-ii/task-team-on-flood-forecasting"
    assert (OWN, "establishes", BodyRef(team)) in facts
    assert (GatheringRef(team, "meeting", 1), "meetingOf", BodyRef(team)) in facts
    assert (GatheringRef(team, "meeting", 1), "heldIn", "Samarkand") in facts
    assert not [f for f in facts if f[1] == "adoptedOn"]  # "Status: APPROVED" gives no day


def test_near_misses_of_the_annex(registry: BodyRegistry) -> None:
    facts = _facts(_decision(
        "Status: draft",
        # a resolution of another session is not "adopted at the present session"
        "1. Purpose The Task Team implements the plan adopted by the Association at the present session in "
        "Resolution 4 (RA II-17).",
        "",
        # the Task Team holds meetings: "Its second session" is no gathering of it, nor of the Association
        "2. Working arrangements The Task Team works by electronic means. Its second session will be held in Samarkand.",
    ), registry)
    assert (InstrumentRef(ASSOCIATION, "resolution", "17", "4"), "adoptedAt", SESSION) not in facts
    assert not [f for f in facts if f[1] == "heldIn" and f[2] == "Samarkand"]


def _letter(letterhead: str = "International Heritage Organization", *body: str) -> str:
    return "\n".join([
        letterhead,
        "The Director-General",
        "",
        "CL/4590",
        "",
        "Lyon, 2 June 2030",
        "",
        "Madam/Sir,",
        "",
        *body,
        "",
        "Accept, Madam/Sir, the assurance of my highest consideration.",
    ])


LETTER_BODY = (
    "I have the honour to inform you that the Meeting of States Parties to the Convention on Submerged Sites, at "
    "its ninth session (Organization Headquarters, Lyon, 3-4 May 2030), adopted Resolution 3 / MSP 9, the text of "
    "which is attached.",
    "",
    "A study was presented in document SUB/30/9.MSP/4, which was laid before the Meeting at its ninth session.",
    "",
    "By Resolution 3 / MSP 9 the Meeting also requested the Director-General to report to the Executive Board at "
    "its 231st session.",
    "",
    "This letter is sent in accordance with paragraph 4 of Resolution 3 / MSP 9. The summary record of the ninth "
    "session will be issued as SUB/30/9.MSP/11.",
)


def test_a_circular_letter_on_its_letterhead(registry: BodyRegistry) -> None:
    facts = _facts(_letter("International Heritage Organization", *LETTER_BODY), registry)
    letter = DocumentRef(symbols=("CL/4590",))
    resolution = InstrumentRef("sub-msp", "resolution", "9", "3")
    ninth = GatheringRef("sub-msp", "session", 9)
    assert (resolution, "adoptedAt", ninth) in facts
    assert (ninth, "heldIn", "Lyon") in facts
    assert (DocumentRef(symbols=("SUB/30/9.MSP/4",)), "submittedTo", ninth) in facts
    assert (DocumentRef(symbols=("SUB/30/9.MSP/11",)), "reportOf", ninth) in facts
    assert (letter, "pursuantTo", resolution) in facts
    # the letterhead's organisation, not the body whose series "CL" is, has the Director-General
    assert (resolution, "requests", BodyRef("iho/director-general")) in facts
    assert (GatheringRef("iho/executive-board", "session", 231), "meetingOf", BodyRef("iho/executive-board")) in facts
    assert not [f for f in facts if "grain-council" in str(f)]


def test_a_letter_that_names_the_series_owner_stays_its(registry: BodyRegistry) -> None:
    # the letter names the Council of the Grain Organization: "CL/4590" may well be its paper
    body = ("The Council of the Grain Organization asked the Director-General to write.",)
    text = _letter("International Heritage Organization", *body)
    assert extract(text, source_key="doc", registry=registry).document.author == "grain-council"

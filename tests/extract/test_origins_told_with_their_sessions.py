"""What a session report's preamble tells of the instruments a body was born of and of what its
parents did, with the sessions that did it (E278):

- "established by Resolution 4/63 of the Conference of the Ocean Food Organization at its twelfth
  session": "its" is the Conference's (the body the instrument is "of", right before "at its"), not
  the commission the sentence opens on, and that session adopted the resolution (a number whose
  part read as the session is above the session told is a year's two digits);
- "and by resolution CHA18.7 of the Eighteenth Coastal Health Assembly": a second instrument after
  "and by", its kind word before the number's own letters, establishes the body too;
- "by resolution CHA90.4 of 20 May 2040, entitled "…", the Ninetieth Coastal Health Assembly had
  requested": the session the clause opens after is the instrument's author;
- "the Conference, at its fiftieth session, had adopted Resolution 3/2040": a past perfect after the
  session set off;
- "the Commission had asked the Organization, at its fifty-fifth session, to prepare": set off before
  the infinitive, the session tells when the asker asked;
- a masthead's venue line with the centre before the town ("Centre International de Conférences
  Lisbonne (CICL), Lisbon, Portugal") gives the town;
- "The Commission considered the draft Work Plan for 2041 (X), submitted … pursuant to decision Y,
  together with the note … (Z)": both papers were before the session, Y is X's mandate only.

Bodies, numbers, places and days are invented. Near misses: an instrument of a body that holds no
sessions of that word, a number whose session is below the one told, a session told without "of",
"asked … to prepare … at its" (the addressee's), a draft resolution considered.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from tests.support.extraction import facts

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ofo> a mg:Body ; mg:key "ofo" ;
    skos:prefLabel "Ocean Food Organization"@en ; skos:altLabel "OFO"@en .
<body/ofo/conference> a mg:Body ; mg:key "ofo/conference" ;
    skos:prefLabel "Conference of the Ocean Food Organization"@en ;
    skos:altLabel "OFO Conference"@en ; mg:shortName "Conference" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {number}/{session}" ; mg:instrumentKind "resolution" ] ;
    org:subOrganizationOf <body/ofo> .
<body/cha> a mg:Body ; mg:key "cha" ;
    skos:prefLabel "Coastal Health Assembly"@en ; mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CHA{session}.{number}" ; mg:instrumentKind "resolution" ] .
<body/tfc> a mg:Body ; mg:key "tfc" ;
    skos:prefLabel "Tidal Food Standards Commission"@en ; mg:shortName "Commission" ;
    mg:symbolPrefix "TFC" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def report(paragraph: str, venue: str = "Lisbon, Portugal") -> str:
    return (
        "TFC/61/REP\nTIDAL FOOD STANDARDS COMMISSION\nSixty-first Session\n" + venue + "\n"
        "10–14 June 2041\nREPORT\nINTRODUCTION\n1.\t" + paragraph + "\n"
    )


CONFERENCE = "ofo/conference"
RES_4_63 = InstrumentRef(CONFERENCE, "resolution", "63", "4")
CHA_18_7 = InstrumentRef("cha", "resolution", "18", "7")
OWN = GatheringRef("tfc", "session", 61)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Tidal Food Standards Commission, established by Resolution 4/63 of the Conference of the Ocean Food Organization at its twelfth session and by resolution CHA18.7 of the Eighteenth Coastal Health Assembly, held its sixty-first session in Lisbon.",
        "The Commission was set up by Resolution 4/63 of the OFO Conference, at its twelfth session, and by resolution CHA18.7 of the Eighteenth Coastal Health Assembly.",
        "The Tidal Food Standards Commission, created by Resolution 4/63 of the Conference of the Ocean Food Organization during its twelfth session and by resolution CHA18.7, met in Lisbon.",
    ],
)
def test_an_origin_told_with_its_issuers_session(registry: BodyRegistry, sentence: str) -> None:
    text = report(sentence)
    assert (RES_4_63, GatheringRef(CONFERENCE, "session", 12)) in facts(text, registry, "adoptedAt")
    meetings = facts(text, registry, "meetingOf")
    assert (GatheringRef(CONFERENCE, "session", 12), BodyRef(CONFERENCE)) in meetings
    assert (GatheringRef("tfc", "session", 12), BodyRef("tfc")) not in meetings  # "its" is not the subject's
    established = facts(text, registry, "establishes")
    assert (RES_4_63, BodyRef("tfc")) in established
    assert (CHA_18_7, BodyRef("tfc")) in established


def test_a_session_below_the_numbers_session_adopts_nothing(registry: BodyRegistry) -> None:
    # "CHA18.7 of the Assembly at its twentieth session": the number carries the eighteenth
    text = report("The Commission recalled resolution CHA18.7 of the Coastal Health Assembly at its twentieth session.")
    assert not facts(text, registry, "adoptedAt")


def test_a_body_named_between_without_of_is_no_issuer(registry: BodyRegistry) -> None:
    # the Conference is the subject of its own clause here, not what the instrument is "of"
    text = report("The Commission recalled Resolution 4/63, and noted that the OFO Conference, at its twelfth session, had welcomed its work.")
    assert (RES_4_63, GatheringRef(CONFERENCE, "session", 12)) not in facts(text, registry, "adoptedAt")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Representative of the Assembly recalled that, by resolution CHA90.4 of 20 May 2040, entitled “Safer coastal food”, the Ninetieth Coastal Health Assembly had requested the Commission to report.",
        "By resolution CHA90.4, the Ninetieth Coastal Health Assembly invited the Commission to report.",
        "It was recalled that in resolution CHA90.4 of 20 May 2040, the Ninetieth Coastal Health Assembly had asked for a report.",
    ],
)
def test_the_session_the_opening_phrase_is_set_off_before(registry: BodyRegistry, sentence: str) -> None:
    text = report(sentence)
    assert (InstrumentRef("cha", "resolution", "90", "4"), GatheringRef("cha", "session", 90)) in facts(text, registry, "adoptedAt")


def test_another_sessions_subject_after_the_opening_phrase(registry: BodyRegistry) -> None:
    # the Ninety-first Assembly did not adopt CHA90.4
    text = report("By resolution CHA90.4, the Ninety-first Coastal Health Assembly was invited to review the matter.")
    assert (InstrumentRef("cha", "resolution", "90", "4"), GatheringRef("cha", "session", 91)) not in facts(text, registry, "adoptedAt")


@pytest.mark.parametrize(
    "sentence",
    [
        "The Representative informed the Commission that the OFO Conference, at its fiftieth session, had adopted Resolution 3/2040 on scientific advice.",
        "The Conference of the Ocean Food Organization, at its fiftieth session, has adopted Resolution 3/2040 on scientific advice.",
        "The OFO Conference, at its fiftieth session, adopted Resolution 3/2040.",
    ],
)
def test_adopted_after_the_session_set_off(registry: BodyRegistry, sentence: str) -> None:
    text = report(sentence)
    assert (InstrumentRef(CONFERENCE, "resolution", "2040", "3"), GatheringRef(CONFERENCE, "session", 50)) in facts(text, registry, "adoptedAt")


@pytest.mark.parametrize(
    "sentence",
    [
        "A member recalled that the Commission had asked the Ocean Food Organization, at its fifty-fifth session, to prepare a study.",
        "The Commission requested the OFO and the Coastal Health Assembly, at its fifty-fifth session, to prepare a joint study.",
        "The Commission has invited the Ocean Food Organization, during its fifty-fifth session, to prepare a study.",
    ],
)
def test_the_asker_holds_a_session_set_off_before_the_infinitive(registry: BodyRegistry, sentence: str) -> None:
    text = report(sentence)
    assert (GatheringRef("tfc", "session", 55), BodyRef("tfc")) in facts(text, registry, "meetingOf")


def test_the_addressee_holds_its_session_after_the_infinitive(registry: BodyRegistry) -> None:
    # "to report … at its" in the addressee's clause: the Assembly's session, not the Commission's
    text = report("The Commission requested the Coastal Health Assembly to consider the study at its ninety-second session.")
    meetings = facts(text, registry, "meetingOf")
    assert (GatheringRef("cha", "session", 92), BodyRef("cha")) in meetings
    assert (GatheringRef("tfc", "session", 92), BodyRef("tfc")) not in meetings


@pytest.mark.parametrize(
    ("venue", "town"),
    [
        ("Centre International de Conférences Lisbonne (CICL), Lisbon, Portugal", "Lisbon"),
        ("Palais des Congrès, Lisbon, Portugal", "Lisbon"),
        ("Lisbon International Centre, Lisbon", "Lisbon"),
        ("United Nations Headquarters, New York", "New York"),
        ("Lisbon, Portugal", "Lisbon"),
    ],
)
def test_a_mastheads_venue_before_its_town(registry: BodyRegistry, venue: str, town: str) -> None:
    text = report("The Commission held its sixty-first session.", venue=venue)
    assert facts(text, registry, "heldIn") == {(OWN, town)}


def test_a_venue_line_without_a_town_gives_no_place(registry: BodyRegistry) -> None:
    text = report("The Commission held its sixty-first session.", venue="Headquarters of the Organization")
    assert not facts(text, registry, "heldIn")


PLAN, NOTE = DocumentRef(symbols=("TFC/61/3",)), DocumentRef(symbols=("TFC/61/INF.2",))


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission considered the draft Work Plan for 2041 (TFC/61/3), submitted by the Secretary pursuant to resolution CHA18.7, together with the note by the Secretariat on the financial outlook (TFC/61/INF.2).",
        "The Commission considered the draft Work Plan for 2041 (TFC/61/3), submitted by the Secretary pursuant to resolution CHA18.7, to-\ngether with the note by the Secretariat on the financial outlook (TFC/61/INF.2).",
        "The Commission examined the proposed Work Plan for 2041 (TFC/61/3), prepared pursuant to resolution CHA18.7, and the note by the Secretariat on the financial outlook (TFC/61/INF.2).",
    ],
)
def test_a_draft_titled_paper_considered_with_a_note(registry: BodyRegistry, sentence: str) -> None:
    text = report(sentence)
    sent = facts(text, registry, "submittedTo")
    assert (PLAN, OWN) in sent and (NOTE, OWN) in sent
    mandates = facts(text, registry, "pursuantTo")
    assert (PLAN, CHA_18_7) in mandates
    assert (NOTE, CHA_18_7) not in mandates  # the mandate was told of the plan alone


def test_a_draft_resolution_considered_is_no_paper_sent(registry: BodyRegistry) -> None:
    text = report("The Commission considered a draft resolution on coastal food (TFC/61/L.2).")
    assert not facts(text, registry, "submittedTo")


LIST_BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/tern-board> a mg:Body ; mg:key "tern-board" ;
    skos:prefLabel "Executive Board of the Tern Fund"@en ;
    mg:shortName "Executive Board" ; mg:symbolPrefix "TF/EB" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "EB-{session}/{number}" ; mg:instrumentKind "decision" ] .
"""
BOARD = (
    "TF/EB/2041/9\nExecutive Board of the Tern Fund\nTwelfth session\nNairobi, 3-6 May 2041\n\n"
    "Report of the Executive Board on its twelfth session\n\n"
    "1. At its twelfth session, the Executive Board adopted the decisions listed below.\n\n{rows}\n\n"
    "2. The Board also heard a statement by the Managing Director.\n"
)


@pytest.fixture(scope="module")
def board_registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("board") / "board.ttl"
    path.write_text(LIST_BODY, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


@pytest.mark.parametrize(
    "rows",
    [
        "EB-12/1 Scale of contributions for 2042 5 May 2041\nEB-12/2 Arrangements for the verification workshop 6 May 2041",
        "EB-12/1 Scale of contributions for 2042 (5 May 2041)\nEB-12/2 Arrangements for the verification workshop (6 May 2041)",
        "EB-12/1 Scale of contributions for 2042, 5 May 2041\nEB-12/2 Arrangements for the verification workshop, 6 May 2041",
    ],
)
def test_a_day_closing_a_headerless_entry_is_its_adoption(board_registry: BodyRegistry, rows: str) -> None:
    import datetime as dt

    text = BOARD.format(rows=rows)
    one, two = (InstrumentRef("tern-board", "decision", "12", str(n)) for n in (1, 2))
    assert facts(text, board_registry, "title") == {(one, "Scale of contributions for 2042"), (two, "Arrangements for the verification workshop")}
    assert facts(text, board_registry, "adoptedOn") == {(one, dt.date(2041, 5, 5)), (two, dt.date(2041, 5, 6))}


def test_a_title_ending_on_a_year_keeps_it(board_registry: BodyRegistry) -> None:
    # a year alone (no day) closes the title, not an adoption day
    text = BOARD.format(rows="EB-12/1 Scale of contributions for 2042\nEB-12/2 Workplan for May 2042")
    assert (InstrumentRef("tern-board", "decision", "12", "2"), "Workplan for May 2042") in facts(text, board_registry, "title")
    assert not facts(text, board_registry, "adoptedOn")

"""A committee's summary record of its numbered meeting and a Journal's programme of a negotiating
committee's session (E145, from the spent u175 and u178). Invented bodies, numbers, dates and wording:

- "Summary record of the 512th meeting" / "Held at Headquarters, New York, on Monday, 3 March 2032,
  at 10 a.m." under a committee that meets in numbered meetings and no session line: the record's
  meeting is the committee's gathering (a record under a session's line keeps it a sitting);
- its other meetings told in figures: "at the 509th meeting", "from its 505th meeting", "the
  Committee's next meeting, its 513th, would be held in Geneva on ...";
- origins: "owed its existence to", "derives its existence from", "The Committee, which the General
  Assembly brought into being by its resolution ...";
- papers: "now before the Committee (X)", "drawn up in answer to that request" after "had asked",
  "as the Assembly had requested in resolution R, in document X", "The draft conclusions contained
  in document X, as orally amended, were adopted.";
- tasks told with "is to" / "was to": "under which the Secretary-General was to remain engaged",
  "an expert group ... is constituted ...; the group is to report";
- a Journal: drafts listed under an item, a Main Committee's meetings within the Assembly's session,
  "took action on" / "decided to defer consideration of" a draft, "is meeting at Headquarters in New
  York from ...", "convened in keeping with paragraph 4 of that resolution", "By decision 9/1, ...,
  the Committee will hold its tenth session";
- near misses: a proposal "not pursued", a meeting of another body, a meeting far from the series,
  "owed its existence to the efforts of", "is to remain a standing body", a task "by which" two
  instruments at once, "Action on draft decisions X and Y" (an item's title), "decided to hold".
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/coastal-liaison> a mg:Body ; mg:key "ga/coastal-liaison" ;
    skos:prefLabel "Committee on Coastal Shipping Liaison"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "A/AC.401" ; mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/ga> .
<body/ga/reef-committee> a mg:Body ; mg:key "ga/reef-committee" ;
    skos:prefLabel "Intergovernmental Negotiating Committee on a Convention on Reef Protection"@en ;
    skos:altLabel "Negotiating Committee"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "A/AC.512" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] ;
    org:subOrganizationOf <body/ga> .
<body/ga/reef-committee/bureau> a mg:Body ; mg:key "ga/reef-committee/bureau" ;
    skos:prefLabel "Bureau of the Intergovernmental Negotiating Committee on a Convention on Reef Protection"@en ;
    mg:shortName "Bureau" ; org:subOrganizationOf <body/ga/reef-committee> .
<body/ga/fourth-committee> a mg:Body ; mg:key "ga/fourth-committee" ;
    skos:prefLabel "Special Political and Decolonization Committee (Fourth Committee)"@en ;
    skos:altLabel "Fourth Committee"@en ; mg:symbolPrefix "A/C.4" ; org:subOrganizationOf <body/ga> .
<body/tide-panel> a mg:Body ; mg:key "tide-panel" ;
    skos:prefLabel "Tide Gauge Panel"@en ; mg:gatheringTerm "session" .
"""

LIAISON = BodyRef("ga/coastal-liaison")
REEF = BodyRef("ga/reef-committee")


def _record_head(
    n: str = "512th", held: str = "Held at Headquarters, New York, on Monday, 3 March 2032, at 10 a.m.", above: str = "",
    kind: str = "Summary record",
) -> str:
    return (
        "United Nations                                                        A/AC.401/SR.512\n"
        "General Assembly                                                      Distr.: General\n"
        "                                                                      14 March 2032\n\n"
        f"Committee on Coastal Shipping Liaison\n{above}\n{kind} of the {n} meeting\n{held}\n\n"
        "Chair:        Ms. Amara .............................................. (Ghana)\n\n"
        "The meeting was called to order at 10.10 a.m.\n\n"
    )


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _meeting(n: int) -> GatheringRef:
    return GatheringRef("ga/coastal-liaison", "meeting", n)


def _day(y: int, m: int, d: int) -> DateRange:
    return DateRange(dt.date(y, m, d), dt.date(y, m, d))


def _ga(session: str, number: str) -> InstrumentRef:
    return InstrumentRef("ga", "resolution", session, number)


@pytest.mark.parametrize(
    ("kind", "held", "place", "day"),
    [
        ("Summary record", "Held at Headquarters, New York, on Monday, 3 March 2032, at 10 a.m.", "New York", _day(2032, 3, 3)),
        ("Provisional summary record", "Held at the Palais des Nations, Geneva, on Tuesday, 4 March 2032, at 3 p.m.", "Geneva", _day(2032, 3, 4)),
        ("Verbatim record", "Held at Headquarters, New York, on Monday, 3 March 2032, at 10 a.m.", "New York", _day(2032, 3, 3)),
    ],
)
def test_the_records_masthead_meeting_is_the_committees_gathering(
    kind: str, held: str, place: str, day: DateRange, registry: BodyRegistry
) -> None:
    facts = _facts(_record_head("512th", held, kind=kind) + "1. The Chair opened the meeting.\n", registry)
    assert (_meeting(512), "meetingOf", LIAISON) in facts
    assert (_meeting(512), "heldOn", day) in facts
    assert (_meeting(512), "heldIn", place) in facts


def test_a_provisional_record_under_a_session_line_is_a_sitting(registry: BodyRegistry) -> None:
    # the same title under a session's line: a sitting of that session, no gathering of its own
    facts = _facts(_record_head("512th", above="Thirtieth session") + "1. The Chair opened the meeting.\n", registry)
    assert not any(isinstance(s, GatheringRef) and s.ordinal == 512 and r == "meetingOf" for s, r, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "n", "day"),
    [
        ("2. Mr. Okoye said that the briefing at the 509th meeting, on 14 January 2032, had been useful.", 509, _day(2032, 1, 14)),
        ("2. The report covered the Committee's work from its 505th meeting, held on 2 June 2031, to the present meeting.", 505, _day(2031, 6, 2)),
        ("2. The Chair said that the Committee's next meeting, its 513th, would be held in Geneva on 2 May 2032.", 513, _day(2032, 5, 2)),
        ("2. The Chair recalled that its previous meeting, its 511th, was held on 20 February 2032.", 511, _day(2032, 2, 20)),
    ],
)
def test_the_records_other_meetings_told_in_figures(sentence: str, n: int, day: DateRange, registry: BodyRegistry) -> None:
    facts = _facts(_record_head() + sentence + "\n", registry)
    assert (_meeting(n), "meetingOf", LIAISON) in facts
    assert (_meeting(n), "heldOn", day) in facts


def test_a_meeting_proposed_at_and_not_pursued_is_still_a_meeting_but_creates_nothing(registry: BodyRegistry) -> None:
    facts = _facts(
        _record_head() + "2. Mr. Petrov recalled that his delegation had proposed, at the 510th meeting, that a "
        "subcommittee on berths be established. The proposal had not been pursued.\n",
        registry,
    )
    assert (_meeting(510), "meetingOf", LIAISON) in facts
    assert not any(r == "establishes" for _, r, _ in facts)


def test_meetings_of_another_body_or_far_from_the_series_are_not_the_committees(registry: BodyRegistry) -> None:
    facts = _facts(
        _record_head() + "2. She recalled the 12th meeting of the working group of friends, and the 9987th meeting "
        "of the Security Council.\n",
        registry,
    )
    assert not any(isinstance(s, GatheringRef) and s.body == "ga/coastal-liaison" and s.ordinal != 512 for s, _, _ in facts)


@pytest.mark.parametrize(
    "sentence",
    [
        "3. The Chair recalled that the Committee owed its existence to General Assembly resolution 3001 (XXVIII) of 2 December 1973.",
        "3. The Chair recalled that the Committee derives its existence from General Assembly resolution 3001 (XXVIII).",
    ],
)
def test_an_origin_told_with_owed_or_derives(sentence: str, registry: BodyRegistry) -> None:
    assert (_ga("28", "3001"), "establishes", LIAISON) in _facts(_record_head() + sentence + "\n", registry)


def test_an_origin_owed_to_efforts_names_no_instrument(registry: BodyRegistry) -> None:
    facts = _facts(_record_head() + "3. The Committee owed its existence to the efforts of Member States in 1973.\n", registry)
    assert not any(r == "establishes" for _, r, _ in facts)


def test_papers_before_the_meeting_and_their_mandates(registry: BodyRegistry) -> None:
    facts = _facts(
        _record_head()
        + "1. In paragraph 8 of its resolution 86/40, the Assembly had asked the Committee to report to it at its "
        "eighty-seventh session. The draft report now before the Committee (A/AC.401/L.12) had been drawn up in answer "
        "to that request.\n\n"
        "2. Ms. Berg (Secretariat) said that the Secretary-General had reported on the question, as the Assembly had "
        "requested in resolution 86/41, in document A/AC.401/77.\n\n"
        "3. The draft conclusions contained in document A/AC.401/L.13/Rev.1, as orally amended, were adopted.\n",
        registry,
    )
    assert (DocumentRef(symbols=("A/AC.401/L.12",)), "submittedTo", _meeting(512)) in facts
    assert (DocumentRef(symbols=("A/AC.401/L.12",)), "pursuantTo", _ga("86", "40")) in facts
    assert (DocumentRef(symbols=("A/AC.401/77",)), "pursuantTo", _ga("86", "41")) in facts
    assert (DocumentRef(symbols=("A/AC.401/L.13/Rev.1",)), "submittedTo", _meeting(512)) in facts


def test_a_request_told_in_the_paragraph_a_layout_broke_off(registry: BodyRegistry) -> None:
    # pdftotext -layout may set the numbered paragraph's last sentence apart as a paragraph of its own
    facts = _facts(
        _record_head()
        + "1. In paragraph 8 of its resolution 86/40, the Assembly had asked the Committee to report to it.\n\n"
        "The draft report now before the Committee (A/AC.401/L.12) had been compiled in reply to that request.\n",
        registry,
    )
    assert (DocumentRef(symbols=("A/AC.401/L.12",)), "pursuantTo", _ga("86", "40")) in facts


def test_a_task_told_with_was_to_under_the_same_resolution(registry: BodyRegistry) -> None:
    facts = _facts(
        _record_head()
        + "1. The Assembly, in its resolution 86/40, had asked the Committee to meet twice a year.\n\n"
        "2. Mr. Lee said that he attached importance to paragraph 5 of the same resolution, under which the "
        "Secretary-General was to remain engaged with the port authorities.\n",
        registry,
    )
    assert (_ga("86", "40"), "requests", BodyRef("secretary-general")) in facts


def test_is_to_said_of_two_instruments_or_of_a_body_kept_standing_asks_nothing(registry: BodyRegistry) -> None:
    facts = _facts(
        _record_head()
        + "1. The note is submitted pursuant to paragraph 3 of General Assembly resolution 86/40 and paragraph 4 of "
        "General Assembly resolution 86/41, by which the Committee is to submit an annual report.\n\n"
        "2. Under resolution 86/42 the Tide Gauge Panel is to remain a standing body of the Assembly.\n",
        registry,
    )
    assert not any(r == "requests" for _, r, _ in facts)


JOURNAL = (
    "Journal of the United Nations\nProgramme of meetings and agenda\nNo. 2033/61\tWednesday, 6 April 2033\n\n"
    "Official meetings\nWednesday, 6 April 2033\n\n"
    "General Assembly\nIntergovernmental Negotiating Committee on a Convention on Reef Protection\nNinth session\n\n"
    "5th meeting\t10:00–13:00\tConference Room 1\n"
    "Item 4\tNegotiation of the convention (continued)\n"
    "\tChair's text of the convention (A/AC.512/9/2)\n"
    "Item 5\tAction on draft decisions A/AC.512/9/L.5 and A/AC.512/9/L.6\n"
    "\tDraft decision A/AC.512/9/L.3, submitted by the Bureau\n\n"
    "Informal consultations\nDrafting group (closed)\t13:15–14:45\tConference Room 9\n\n"
    "General Assembly\nEighty-seventh session\nFourth Committee\nSecond part of the resumed session\n"
    "12th meeting\t10:00–13:00\tConference Room 3\n"
    "Agenda item 50\tQuestions relating to information\n"
    "\tReport of the Secretary-General (A/87/611)\n\n"
    "Summary of official meetings\nTuesday, 5 April 2033\n\n"
    "Intergovernmental Negotiating Committee on a Convention on Reef Protection\n4th meeting\n"
    "\tThe Committee took action on draft decision A/AC.512/9/L.2, entitled \"Intersessional work on reef data\". "
    "The draft decision was adopted as decision 9/2. Under that decision, an intersessional expert group on reef data "
    "is constituted, open to all Member States; the group is to report to the Committee at its tenth session.\n"
    "\tThe Committee decided to defer consideration of draft decision A/AC.512/9/L.1; no action was taken on it. "
    "It also postponed action on draft decisions A/AC.512/9/L.7 and A/AC.512/9/L.8.\n\n"
    "Announcements\n\nNinth session of the Negotiating Committee\n"
    "\tThe Committee, which the General Assembly brought into being by its resolution 80/77 of 19 December 2025, is "
    "meeting at Headquarters in New York from 28 March to 8 April 2033. The session is convened in keeping with "
    "paragraph 3 of that resolution and with Assembly decision 87/540.\n\n"
    "Tenth session\n"
    "\tBy decision 9/1, adopted on 28 March 2033, the Committee will hold its tenth session in Nairobi from 6 to 17 "
    "November 2033.\n"
)


def _reef_session(n: int) -> GatheringRef:
    return GatheringRef("ga/reef-committee", "session", n)


def test_a_journal_programmes_drafts_and_a_main_committees_meeting(registry: BodyRegistry) -> None:
    facts = _facts(JOURNAL, registry)
    assert (DocumentRef(symbols=("A/AC.512/9/2",)), "submittedTo", _reef_session(9)) in facts
    assert (DocumentRef(symbols=("A/AC.512/9/L.3",)), "submittedTo", _reef_session(9)) in facts
    assert (DocumentRef(symbols=("A/87/611",)), "submittedTo", GatheringRef("ga", "session", 87)) in facts
    # an item's title "Action on draft decisions X and Y" lists no paper
    assert not any(s == DocumentRef(symbols=("A/AC.512/9/L.5",)) for s, _, _ in facts)


def test_a_journals_summary_of_drafts_acted_on_and_deferred(registry: BodyRegistry) -> None:
    facts = _facts(JOURNAL, registry)
    decision = InstrumentRef("ga/reef-committee", "decision", "9", "2")
    assert (DocumentRef(symbols=("A/AC.512/9/L.2",)), "submittedTo", _reef_session(9)) in facts
    assert (DocumentRef(symbols=("A/AC.512/9/L.1",)), "submittedTo", _reef_session(9)) in facts
    assert (DocumentRef(symbols=("A/AC.512/9/L.7",)), "submittedTo", _reef_session(9)) in facts
    assert (DocumentRef(symbols=("A/AC.512/9/L.8",)), "submittedTo", _reef_session(9)) in facts
    # a deferred draft is adopted as nothing
    assert sum(1 for s, r, _ in facts if r == "adoptedAt" and isinstance(s, InstrumentRef)) == 1
    assert (decision, "adoptedAt", _reef_session(9)) in facts
    assert not any(isinstance(s, InstrumentRef) and s.issuer == "ga" and s.number == "2" for s, _, _ in facts)
    groups = [o for s, r, o in facts if s == decision and r == "establishes"]
    assert len(groups) == 1
    assert (decision, "requests", groups[0]) in facts


def test_a_journals_announcement_of_the_session_under_way(registry: BodyRegistry) -> None:
    facts = _facts(JOURNAL, registry)
    assert (_ga("80", "77"), "establishes", REEF) in facts
    assert (_reef_session(9), "heldOn", DateRange(dt.date(2033, 3, 28), dt.date(2033, 4, 8))) in facts
    assert (_reef_session(9), "heldIn", "New York") in facts
    assert (_reef_session(9), "pursuantTo", _ga("80", "77")) in facts
    assert (_reef_session(9), "pursuantTo", InstrumentRef("ga", "decision", "87", "540")) in facts
    assert (_reef_session(10), "pursuantTo", InstrumentRef("ga/reef-committee", "decision", "9", "1")) in facts


def test_a_session_a_decision_decided_to_hold_is_not_held_under_it(registry: BodyRegistry) -> None:
    facts = _facts(JOURNAL.replace("the Committee will hold its tenth session", "the Committee decided to hold its tenth session"), registry)
    assert (_reef_session(10), "pursuantTo", InstrumentRef("ga/reef-committee", "decision", "9", "1")) not in facts

"""A press summary copied from a web page without blank lines in its head (E130, the spent u154):
"GA/XX/1" / "3 March 2032" / the headline / "88th Meeting (AM)" are four lines, not one heading;
the dateline of a lead that tells what the body did "today" ("GENEVA, 3 March — The Committee ...
opened its session today") says where the meeting the release covers sat, and on which day (the
dateline's, in the year of the release's date, even when the release is dated the day after).
A meeting whose number is told aside ("will next meet on 24 March 2032 (433rd meeting), in New
York", "the Committee's previous meeting, its 431st, had been held in ...") is that meeting.

The bodies and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.numbered_aside import numbered_aside
from mandate_graph.loaders.extract.rules.press_releases import dateline_today
from mandate_graph.loaders.facts import DateRange

BEACONS = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/beacons> a mg:Body ; mg:key "ga/beacons" ;
    skos:prefLabel "Committee on the Maintenance of Coastal Beacons"@en ;
    mg:shortName "Committee" ; mg:symbolPrefix "A/AC.988" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/ga> .
<body/unep/reef-board> a mg:Body ; mg:key "unep/reef-board" ;
    skos:prefLabel "Reef Monitoring Board"@en ;
    mg:shortName "Board" ; mg:symbolPrefix "UNEP/RMB" ; mg:gatheringTerm "session" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "beacons.ttl"
    path.write_text(BEACONS, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _release(day: str, sittings: str, lead: str, rest: str = "") -> str:
    # the head as a browser's copy gives it: one line each, no blank line between them
    return (
        "Meetings Coverage and Press Releases\n"
        "Home\tSecretary-General\tGeneral Assembly\tSecurity Council\tPress Briefings\n"
        f"GA/BCN/77\n{day}\nCommittee on the Maintenance of Coastal Beacons Approves Work Programme, Elects Bureau\n{sittings}\n\n"
        f"{lead}\n\n{rest}\n\nFor information media. Not an official record.\n"
    )


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="release", registry=registry).facts}


BEACONS_KEY = "ga/beacons"


@pytest.mark.parametrize(
    ("day", "dateline", "held", "town"),
    [
        ("11 February 2032", "NEW YORK, 11 February", dt.date(2032, 2, 11), "New York"),
        ("3 March 2033", "GENEVA, 3 March", dt.date(2033, 3, 3), "Geneva"),
        # a release dated the day after its meeting: the dateline's day
        ("12 February 2032", "NEW YORK, 11 February", dt.date(2032, 2, 11), "New York"),
        # across a new year: the dateline's year is the one before the release's
        ("1 January 2033", "NAIROBI, 31 December", dt.date(2032, 12, 31), "Nairobi"),
        ("5 May 2031", "VIENNA, 5 May 2031", dt.date(2031, 5, 5), "Vienna"),
    ],
)
@pytest.mark.parametrize("verb", ["opened its 2032 session today", "today concluded its annual session", "held its first meeting of the year today"])
def test_the_dateline_of_today_places_and_dates_the_covered_meeting(
    registry: BodyRegistry, day: str, dateline: str, held: dt.date, town: str, verb: str
) -> None:
    lead = f"{dateline} — The Committee on the Maintenance of Coastal Beacons {verb}, electing its Bureau."
    facts = _facts(_release(day, "88th Meeting (AM)", lead), registry)
    meeting = GatheringRef(BEACONS_KEY, "meeting", 88)
    assert (meeting, "meetingOf", BodyRef(BEACONS_KEY)) in facts
    assert (meeting, "heldOn", DateRange(held, held)) in facts
    assert (meeting, "heldIn", town) in facts


def test_a_dateline_without_today_places_no_meeting(registry: BodyRegistry) -> None:
    # the lead tells of an earlier day's work: the dateline is where the release was written
    lead = "GENEVA, 3 March — The Committee on the Maintenance of Coastal Beacons had approved its programme on Monday."
    facts = _facts(_release("3 March 2033", "88th Meeting (AM)", lead), registry)
    meeting = GatheringRef(BEACONS_KEY, "meeting", 88)
    assert (meeting, "meetingOf", BodyRef(BEACONS_KEY)) in facts  # the masthead line still names it
    assert not any(s == meeting and rel == "heldIn" for s, rel, _ in facts)


def test_dateline_today_reads_only_the_lead_sentence() -> None:
    release = dt.date(2032, 2, 11)
    assert dateline_today("NEW YORK, 11 February — The Committee opened its session today.", release) == ("New York", release)
    assert dateline_today("The Committee opened its session today. NEW YORK, 11 February —", release) is None
    assert dateline_today("NEW YORK, 11 February — The Committee met. It will meet again today.", release) is None


@pytest.mark.parametrize(
    ("sentence", "number", "held", "town"),
    [
        ("The Committee will next meet on 24 March 2032 (433rd meeting), in New York.", 433, dt.date(2032, 3, 24), "New York"),
        ("The Committee will meet again in Geneva on 2 June 2032 (its 434th meeting).", 434, dt.date(2032, 6, 2), "Geneva"),
        ("The Committee is scheduled to reconvene on Tuesday, 7 July 2032 (435th meeting).", 435, dt.date(2032, 7, 7), None),
        (
            "The Chair also recalled that the Committee's previous meeting, its 431st, had been held in New York on 26 November 2031.",
            431, dt.date(2031, 11, 26), "New York",
        ),
        ("She noted that the Committee's last meeting, its 430th, was held on 2 October 2031 in Vienna.", 430, dt.date(2031, 10, 2), "Vienna"),
    ],
)
def test_a_meeting_numbered_aside_is_held_there_and_then(
    registry: BodyRegistry, sentence: str, number: int, held: dt.date, town: str | None
) -> None:
    lead = "NEW YORK, 11 February — The Committee on the Maintenance of Coastal Beacons opened its session today."
    facts = _facts(_release("11 February 2032", "432nd Meeting (AM)", lead, sentence), registry)
    meeting = GatheringRef(BEACONS_KEY, "meeting", number)
    assert (meeting, "meetingOf", BodyRef(BEACONS_KEY)) in facts
    assert (meeting, "heldOn", DateRange(held, held)) in facts
    assert ((meeting, "heldIn", town) in facts) if town else not any(s == meeting and rel == "heldIn" for s, rel, _ in facts)


def test_a_session_numbered_aside_of_a_body_that_holds_sessions() -> None:
    told = numbered_aside("The Board's last session, its seventy-second, was held in Nairobi from 3 to 5 May 2031.", len("The Board"))
    assert told is not None and (told.ordinal, told.word, told.town) == ("seventy-second", "session", "Nairobi")


@pytest.mark.parametrize(
    "sentence",
    [
        # a number of another kind in the brackets: no meeting of the Committee's
        "The Committee will next meet on 24 March 2032 (433rd session), in New York.",
        # the number aside, but no day: nothing to hold it on
        "The Committee will next meet in spring (433rd meeting).",
        # a proposal to meet, not a meeting announced
        "A delegation proposed that the Committee meet on 24 March 2032 (433rd meeting).",
    ],
)
def test_near_misses_hold_no_meeting(registry: BodyRegistry, sentence: str) -> None:
    lead = "NEW YORK, 11 February — The Committee on the Maintenance of Coastal Beacons opened its session today."
    facts = _facts(_release("11 February 2032", "432nd Meeting (AM)", lead, sentence), registry)
    assert not any(isinstance(s, GatheringRef) and s.ordinal == 433 for s, _, _ in facts)


def test_a_meeting_the_body_owns_by_its_name(registry: BodyRegistry) -> None:
    lead = "NEW YORK, 11 February — The Committee on the Maintenance of Coastal Beacons opened its session today."
    rest = (
        "The Chair recalled that the Committee's 429th meeting had been held in Vienna on 2 October 2031.\n\n"
        "The Reef Monitoring Board's 3rd meeting was held in Nairobi on 4 October 2031."
    )
    facts = _facts(_release("11 February 2032", "432nd Meeting (AM)", lead, rest), registry)
    meeting = GatheringRef(BEACONS_KEY, "meeting", 429)
    assert (meeting, "heldOn", DateRange(dt.date(2031, 10, 2), dt.date(2031, 10, 2))) in facts
    assert (meeting, "heldIn", "Vienna") in facts
    # a body that holds sessions has no numbered meetings of its own: a sitting, not its gathering
    assert not any(isinstance(s, GatheringRef) and s.body == "unep/reef-board" for s, _, _ in facts)

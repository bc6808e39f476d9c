"""A meetings-coverage press release of a body that numbers its meetings as its gatherings (E97,
the spent u120): the masthead line "2032 Substantive Session, 271st & 272nd Meetings (AM & PM)"
names the meetings the release covers, held on the release's date; and the body "would hold its
275th meeting on 13 March" or "will reconvene ... for its 273rd meeting" holds that meeting. A body
whose numbered meetings are sittings of a session keeps them as sittings.

The bodies and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange

LIGHTHOUSES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/lighthouses> a mg:Body ; mg:key "ga/lighthouses" ;
    skos:prefLabel "Special Committee on Lighthouse Keeping"@en ; skos:altLabel "C-77"@en ;
    mg:shortName "Special Committee" ; mg:symbolPrefix "A/AC.977" ; mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/ga> .
<body/tide-mop> a mg:Body ; mg:key "tide-mop" ;
    skos:prefLabel "Meeting of the Parties to the Convention on Tidal Charts"@en ;
    mg:shortName "Meeting of the Parties" ; mg:symbolPrefix "TIDE/MOP" ; mg:gatheringTerm "session" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "lighthouses.ttl"
    path.write_text(LIGHTHOUSES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _release(body: str, sittings: str, day: str, paragraphs: str) -> str:
    return (
        "Meetings Coverage and Press Releases\nSkip to main content\n"
        "Secretary-General | General Assembly | Security Council | Press Briefings\n\n"
        f"GA/LH/118\n{day}\n\n{body}\n{sittings}\n\n"
        f"{body} Opens Session, Elects Bureau\n\n{paragraphs}\n\n"
        "For information media. Not an official record.\n"
    )


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="release", registry=registry).facts}


SITTINGS = [
    ("2031 Substantive Session, 101st & 102nd Meetings (AM & PM)", [101, 102], True),
    ("Substantive Session, 88th Meeting (AM)", [88], True),
    ("Resumed Session, 45th, 46th & 47th Meetings (AM & PM)", [45, 46, 47], True),
    ("2031 Session, 12th and 13th Meetings", [12, 13], False),
]


@pytest.mark.parametrize(("line", "numbers", "that_day"), SITTINGS)
@pytest.mark.parametrize(("day", "date"), [("3 March 2031", dt.date(2031, 3, 3)), ("17 November 2030", dt.date(2030, 11, 17))])
def test_the_release_masthead_names_the_meetings_it_covers(
    registry: BodyRegistry, line: str, numbers: list[int], that_day: bool, day: str, date: dt.date
) -> None:
    text = _release(
        "Special Committee on Lighthouse Keeping", line, day,
        "The Special Committee on Lighthouse Keeping (C-77) opened its session today, electing its Bureau by "
        "acclamation.\n\nBefore the Committee were the report of the Special Committee on its 2030 session "
        "(A/AC.977/2030/3) and the note by the Secretariat (A/AC.977/2031/2).",
    )
    facts = _facts(text, registry)
    for n in numbers:
        meeting = GatheringRef("ga/lighthouses", "meeting", n)
        assert (meeting, "meetingOf", BodyRef("ga/lighthouses")) in facts
        assert ((meeting, "heldOn", DateRange(date, date)) in facts) is that_day
    # the release covers those meetings: the papers before the Committee were sent to none of them
    assert not any(r == "submittedTo" for _, r, _ in facts)


def test_a_session_body_keeps_the_release_meetings_as_sittings(registry: BodyRegistry) -> None:
    """"Twelfth Session, 5th & 6th Meetings" of a body that holds sessions: sittings of the session,
    no gatherings of their own."""
    text = _release(
        "Meeting of the Parties to the Convention on Tidal Charts", "Twelfth Session, 5th & 6th Meetings (AM & PM)",
        "3 March 2031", "The Meeting of the Parties concluded its twelfth session today.",
    )
    facts = _facts(text, registry)
    assert not any(isinstance(s, GatheringRef) and s.kind == "meeting" for s, _, _ in facts)


@pytest.mark.parametrize(
    ("sentence", "number", "held"),
    [
        ("The Chair said that the Special Committee would hold its 108th meeting on 13 March 2031 to adopt its report.", 108, dt.date(2031, 3, 13)),
        ("The Special Committee will hold its 110th meeting on 20 March 2031.", 110, dt.date(2031, 3, 20)),
        ("The Special Committee is to hold its 104th meeting on 6 March 2031, in Conference Room 4.", 104, dt.date(2031, 3, 6)),
        ("The Special Committee will reconvene at 3 p.m. on Friday, 6 March 2031, for its 105th meeting.", 105, None),
        ("The Special Committee will meet again on 9 March 2031 for its 106th meeting, on the general debate.", 106, None),
    ],
)
def test_a_body_that_will_hold_its_numbered_meeting_holds_that_meeting(
    registry: BodyRegistry, sentence: str, number: int, held: dt.date | None
) -> None:
    text = _release(
        "Special Committee on Lighthouse Keeping", "2031 Substantive Session, 101st & 102nd Meetings (AM & PM)",
        "3 March 2031", f"The Committee heard statements from 12 Member States.\n\n{sentence}",
    )
    facts = _facts(text, registry)
    meeting = GatheringRef("ga/lighthouses", "meeting", number)
    assert (meeting, "meetingOf", BodyRef("ga/lighthouses")) in facts
    if held is not None:
        assert (meeting, "heldOn", DateRange(held, held)) in facts


@pytest.mark.parametrize("verb", ["held", "will hold", "would hold"])
def test_a_body_that_holds_sessions_holds_no_numbered_meeting_of_its_own(registry: BodyRegistry, verb: str) -> None:
    """"The Meeting of the Parties held its 5th meeting": a sitting of its session."""
    text = (
        "TIDE/MOP/12/INF/2\n\nMeeting of the Parties to the Convention on Tidal Charts\nTwelfth session\n\n"
        f"1. The Meeting of the Parties {verb} its 5th meeting on 3 March 2031.\n"
    )
    facts = _facts(text, registry)
    assert not any(isinstance(s, GatheringRef) and s.kind == "meeting" for s, _, _ in facts)
    assert all(not isinstance(s, DocumentRef) or r != "submittedTo" for s, r, _ in facts)

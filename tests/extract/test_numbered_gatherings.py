"""Gatherings numbered in figures: a body's own long series ("the Security Council at its
9987th meeting", "the Human Rights Council at its 58th session") against the sittings inside a
session or meeting ("At its 11th meeting, on 21 October 2022, the Conference adopted"), and the
instrument "adopted by <body> at its <gathering>"."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange
from tests.support.extraction import BASE, cop_report, facts

SC = "security-council"
HRC = "hrc"
GA = "ga"
COP = "cop-untoc"
WG_FA = "cop-untoc/wg-firearms"


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def sc_resolution(note: str) -> str:
    return (
        "United Nations S/RES/2811 (2027)\n\nSecurity Council\n\nDistr.: General\n3 March 2027\n\n"
        f"Resolution 2811 (2027)\n\n{note}\n\nThe Security Council,\n\n"
        "Recalling its resolution 2791 (2026),\n\n1. Decides to remain seized of the matter.\n"
    )


@pytest.mark.parametrize(
    "note",
    [
        "Adopted by the Security Council at its 10112th meeting, on 3 March 2027",
        "**Adopted by the Security Council at its 10112th meeting, on 3 March 2027**",
        "Adopted by the Security Council, at its 10112th meeting, on 3 March 2027",
    ],
)
def test_the_note_under_a_council_resolution_names_the_meeting_that_adopted_it(note: str, registry: BodyRegistry) -> None:
    text = sc_resolution(note)
    meeting = GatheringRef(SC, "meeting", 10112)
    own = InstrumentRef(SC, "resolution", "2027", "2811")
    assert facts(text, registry, "adoptedAt") == {(own, meeting)}
    assert facts(text, registry, "meetingOf") == {(meeting, BodyRef(SC))}
    assert (meeting, DateRange(dt.date(2027, 3, 3), dt.date(2027, 3, 3))) in facts(text, registry, "heldOn")


@pytest.mark.parametrize(
    ("sentence", "adopted"),
    [
        # the title or the year between the instrument and "adopted by" is its own
        ("Recalling Human Rights Council resolution 58/3, entitled \u201cThe right to food\u201d, adopted by the "
         "Human Rights Council at its 58th session,", InstrumentRef(HRC, "resolution", "58", "3")),
        ("Recalling General Assembly resolution 80/12 of 3 December 2025, adopted by the General Assembly at its "
         "80th session,", InstrumentRef(GA, "resolution", "80", "12")),
    ],
)
def test_a_cited_instrument_adopted_by_its_issuer_at_a_numbered_session(
    sentence: str, adopted: InstrumentRef, registry: BodyRegistry
) -> None:
    text = cop_report() + sentence + "\n\n1. Requests the secretariat to report.\n"
    session = GatheringRef(adopted.issuer, "session", int(adopted.session))
    assert (adopted, session) in facts(text, registry, "adoptedAt")
    assert (session, BodyRef(adopted.issuer)) in facts(text, registry, "meetingOf")


def test_no_adoption_where_the_body_named_did_not_issue_the_instrument(registry: BodyRegistry) -> None:
    # the report was adopted by the Council, not General Assembly resolution 80/12
    text = cop_report() + (
        "Recalling General Assembly resolution 80/12, the report on which was adopted by the Human Rights "
        "Council at its 58th session,\n\n1. Requests the secretariat to report.\n"
    )
    assert facts(text, registry, "adoptedAt") == {
        (InstrumentRef(COP, "resolution", "16", "2"), GatheringRef(COP, "session", 16))
    }


@pytest.mark.parametrize(
    "sentence",
    [
        "At its 11th meeting, on 7 October 2033, the Conference adopted resolution 16/5.",
        "The Conference, at its 11th meeting, on 7 October 2033, adopted resolution 16/5.",
        "At the 11th meeting, on 7 October 2033, the Conference adopted resolution 16/5.",
    ],
)
def test_sittings_inside_a_session_are_no_gatherings_of_their_own(sentence: str, registry: BodyRegistry) -> None:
    text = cop_report() + "1. Requests the secretariat to report.\n\nII. Organization of the session\n\n" + sentence + "\n"
    assert not [g for g, _ in facts(text, registry, "meetingOf") if g.kind == "meeting"]


def test_sittings_inside_the_meeting_a_report_is_of_are_no_meetings_of_their_own(registry: BodyRegistry) -> None:
    text = (
        "United Nations CTOC/COP/WG.6/2033/4\n\nDistr.: General 20 May 2033\n\n"
        "Report of the Working Group on Firearms on its twelfth meeting, held in Vienna on 10 and 11 May 2033\n\n"
        "I. Adoption of the report\n\n"
        "1. The Working Group on Firearms, at its 4th meeting, on 11 May 2033, adopted the present report.\n"
    )
    extraction = extract(text, source_key="test", registry=registry)
    meetings = {f.subject for f in extraction.facts if f.relation == "meetingOf"}
    assert GatheringRef(WG_FA, "meeting", 12) in meetings
    assert GatheringRef(WG_FA, "meeting", 4) not in meetings


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a list adopted at as many sessions: each at the session its number names
        ("Recalling General Assembly resolutions 80/3 and 81/5, adopted by the General Assembly at its eightieth "
         "and eighty-first sessions respectively,",
         {(InstrumentRef(GA, "resolution", "80", "3"), GatheringRef(GA, "session", 80)),
          (InstrumentRef(GA, "resolution", "81", "5"), GatheringRef(GA, "session", 81))}),
        # a session that its number contradicts adopted no such resolution
        ("Recalling General Assembly resolution 80/3, adopted by the General Assembly at its eighty-first session,", set()),
    ],
)
def test_the_numbers_say_which_session_adopted_which_resolution(
    sentence: str, expected: set[tuple[InstrumentRef, GatheringRef]], registry: BodyRegistry
) -> None:
    text = cop_report() + sentence + "\n\n1. Requests the secretariat to report.\n"
    found = {(s, o) for s, o in facts(text, registry, "adoptedAt") if isinstance(s, InstrumentRef) and s.issuer == GA}
    assert found == expected

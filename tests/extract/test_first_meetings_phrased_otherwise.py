"""A new body's first meeting told otherwise than "shall hold its first meeting in X on D":
"shall meet for the first time in Nairobi on ...", "shall hold its first session in Geneva"
(the body then holds sessions), "its inaugural meeting", "the inaugural meeting of the working
group", "the first meeting of the consultative group" in a later paragraph, "to convene its
first meeting in Nairobi in 2031" (a year alone gives no date). Negatives: a first time that
is no meeting, an inaugural that is no gathering.

Bodies and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange
from tests.extract.test_bodies_born_with_meetings import registry  # noqa: F401  (fixture)

OWN = InstrumentRef("tide-council", "resolution", "12", "4")
HEAD = "Resolution adopted by the Tidal Council on 2 July 2031\n\n12/4. Tidal data\n\nThe Tidal Council,\n\n"


def _facts(paragraphs: list[str], registry: BodyRegistry) -> tuple[BodyRef, set[tuple[str, object, object]]]:  # noqa: F811
    text = HEAD + "".join(f"{n}. {p}\n\n" for n, p in enumerate(paragraphs, 1))
    extraction = extract(text, source_key="res", registry=registry)
    born = [f.object for f in extraction.facts if f.relation == "establishes" and f.subject == OWN]
    assert len(born) == 1 and isinstance(born[0], BodyRef)
    return born[0], {(f.relation, f.subject, f.object) for f in extraction.facts}


@pytest.mark.parametrize(
    ("paragraphs", "kind", "place", "dates"),
    [
        (["Decides to establish a working group on tidal data, which shall meet for the first time in Nairobi on "
          "3 March 2032;"], "meeting", "Nairobi", DateRange(dt.date(2032, 3, 3), dt.date(2032, 3, 3))),
        (["Decides to establish an expert group on wave energy, which shall meet for the first time at Lima, "
          "14-16 January 2032;"], "meeting", "Lima", DateRange(dt.date(2032, 1, 14), dt.date(2032, 1, 16))),
        (["Decides to establish an intergovernmental group of experts on digital trade, which shall hold its first "
          "session in Geneva on 17–19 March 2031;"], "session", "Geneva", DateRange(dt.date(2031, 3, 17), dt.date(2031, 3, 19))),
        (["Decides to establish a working group on tidal data, and decides that its inaugural meeting shall be held "
          "in Rome on 3 May 2032;"], "meeting", "Rome", DateRange(dt.date(2032, 5, 3), dt.date(2032, 5, 3))),
        (["Decides to establish a task force on sea ice;",
          "Decides that the inaugural meeting of the task force shall be held in Oslo from 3 to 5 May 2032;"],
         "meeting", "Oslo", DateRange(dt.date(2032, 5, 3), dt.date(2032, 5, 5))),
        (["Decides to establish a working group on tidal data, and requests the Executive Secretary to convene its "
          "first meeting in Nairobi in 2031;"], "meeting", "Nairobi", None),
        # a committee meets when the text says so; at a headquarters in a city
        (["Decides to establish a Committee on Tidal Resilience, which shall hold its first meeting at the "
          "Headquarters of the Organization in Madrid;"], "meeting", "Madrid", None),
        (["Decides to establish a working group on tidal data, which shall hold its first meeting at United Nations "
          "Headquarters in New York on 2 June 2032;"], "meeting", "New York", DateRange(dt.date(2032, 6, 2), dt.date(2032, 6, 2))),
        (["Decides to establish a consultative group on tidal data;",
          "Requests the Executive Secretary to convene the first meeting of the consultative group in Bonn;"],
         "meeting", "Bonn", None),
    ],
)
def test_the_first_meeting_is_the_new_bodys(
    registry: BodyRegistry, paragraphs: list[str], kind: str, place: str, dates: DateRange | None  # noqa: F811
) -> None:
    born, said = _facts(paragraphs, registry)
    first = GatheringRef(born.key, kind, 1)  # type: ignore[arg-type]
    assert {("meetingOf", first, born), ("heldIn", first, place)} <= said
    held_on = {o for r, s, o in said if r == "heldOn" and s == first}
    assert held_on == ({dates} if dates else set())  # "in 2031": a year alone is no date


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides to establish a working group on tidal data, and notes that States met for the first time in 2030 "
        "to discuss it;",
        "Decides to establish a working group on tidal data, and welcomes the inaugural report of the Secretary-General;",
        "Decides to establish a working group on tidal data, and notes that States will meet for the first time in "
        "Lima on 3 May 2032;",
    ],
)
def test_no_first_meeting_of_the_new_body(registry: BodyRegistry, paragraph: str) -> None:  # noqa: F811
    born, said = _facts([paragraph], registry)
    assert not any(isinstance(s, GatheringRef) and s.body == born.key for _, s, _ in said)


def test_the_body_named_as_subject_meets_for_the_first_time(registry: BodyRegistry) -> None:  # noqa: F811
    born, said = _facts(
        ["Decides to establish a task team on tidal data;",
         "Decides that the task team shall meet for the first time in Bonn on 4 May 2032;"],
        registry,
    )
    assert ("heldIn", GatheringRef(born.key, "meeting", 1), "Bonn") in said


def test_which_shall_hold_its_first_meeting_after_a_known_body_under_which_it_works(registry: BodyRegistry) -> None:  # noqa: F811
    born, said = _facts(
        ["Decides to establish a regional working group on wave statistics under the Conference of the Parties to "
         "the Reef Convention, which shall hold its first meeting in Bogotá;"],
        registry,
    )
    assert born == BodyRef("tide-council/working-group-on-wave-statistics")
    assert ("heldIn", GatheringRef(born.key, "meeting", 1), "Bogotá") in said
    assert not any(isinstance(s, GatheringRef) and s.body == "cop-reef" for _, s, _ in said)


def test_which_shall_hold_its_first_meeting_after_a_body_that_holds_sessions(registry: BodyRegistry) -> None:  # noqa: F811
    born, said = _facts(
        ["Decides to establish a task team on tidal monitoring, composed of Member States and the Tidal Council, "
         "which shall hold its first meeting in Bonn on 4 May 2032;"],
        registry,
    )
    assert ("heldIn", GatheringRef(born.key, "meeting", 1), "Bonn") in said


def test_a_committee_not_said_to_meet_holds_no_meeting(registry: BodyRegistry) -> None:  # noqa: F811
    born, said = _facts(
        ["Decides to establish a committee on tidal data;", "Requests the Council to hold its first meeting in Lima;"],
        registry,
    )
    assert not any(isinstance(s, GatheringRef) and s.body == born.key for _, s, _ in said)

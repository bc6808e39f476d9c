"""Bodies an instrument creates, named in lower case, and where their names end: before their
members ("composed of ..."), their mandate or term ("with the mandate to", "for a period of"),
the body they work under ("under the Statistical Conference"), as before a comma or "which
shall". "Decides that the Board shall establish ..." establishes too. A task team is a body
that meets; a group of States, a focal point, a trust fund are none.

Bodies and texts are invented.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.test_bodies_born_with_meetings import _resolution, registry  # noqa: F401  (fixture)

OWN = InstrumentRef("tide-council", "resolution", "12", "4")


def _born(text: str, registry: BodyRegistry) -> tuple[list[BodyRef], set[tuple[str, object, object]]]:  # noqa: F811
    extraction = extract(text, source_key="res", registry=registry)
    born = [f.object for f in extraction.facts if f.relation == "establishes" and f.subject == OWN]
    return [b for b in born if isinstance(b, BodyRef)], {(f.relation, f.subject, f.object) for f in extraction.facts}


@pytest.mark.parametrize(
    ("paragraph", "key"),
    [
        ("Decides to establish a regional working group on wave statistics under the Statistical Conference of the "
         "Tides;", "working-group-on-wave-statistics"),
        ("Decides to establish an ad hoc open-ended working group on tidal data composed of twelve members;",
         "working-group-on-tidal-data"),
        ("Decides to establish an expert group on coastal erosion, consisting of ten experts;",
         "expert-group-on-coastal-erosion"),
        ("Decides to establish an intergovernmental group of experts on digital trade with the mandate to review "
         "the rules;", "group-of-experts-on-digital-trade"),
        ("Decides to establish a task team on community-led monitoring comprising Member States and observers;",
         "task-team-on-community-led-monitoring"),
        ("Decides to establish a technical panel on reef mapping for a period of two years;",
         "panel-on-reef-mapping"),
        ("Decides to establish an advisory group on sea ice under its auspices;", "advisory-group-on-sea-ice"),
        ("Decides that the Council shall establish an ad hoc open-ended working group on the review of port fees, "
         "open to observers;", "working-group-on-the-review-of-port-fees"),
        ("Decides to establish a Friends of the Chair group on tidal displacement statistics, which shall hold its "
         "first meeting in Geneva;", "friends-of-the-chair-group-on-tidal-displacement-statistics"),
        # "that" inside the topic stays in the name
        ("Decides to establish a working group on crimes that affect the sea to advise the Council;",
         "working-group-on-crimes-that-affect-the-sea"),
        # a topic that goes on with "under" in lower case is not cut there
        ("Decides to establish a working group on children under five;", "working-group-on-children-under-five"),
    ],
)
def test_a_body_named_in_lower_case_is_born_with_its_name_ending_soundly(
    registry: BodyRegistry, paragraph: str, key: str  # noqa: F811
) -> None:
    born, _ = _born(_resolution(paragraph), registry)
    assert born == [BodyRef(f"tide-council/{key}")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides that States shall establish a focal point on tidal data;",
        "Notes that the Secretary-General shall establish a trust fund for tidal data;",
        "Decides to establish a group of States to study tidal data;",
        "Decides to establish a group of friends of tidal data;",
        "Welcomes the intention of States to establish an informal group of friends on tidal data;",
        "Encourages States that shall establish national committees to share data;",
    ],
)
def test_no_body_is_born(registry: BodyRegistry, paragraph: str) -> None:  # noqa: F811
    born, _ = _born(_resolution(paragraph), registry)
    assert born == []


def test_a_task_team_meets_and_is_requested(registry: BodyRegistry) -> None:  # noqa: F811
    text = _resolution(
        "Decides to establish a task team on tidal data, composed of Member States and observers, which shall hold "
        "its first meeting in Bonn on 4 May 2032;"
    ) + "\n2. Requests the task team to report to the Council at its thirteenth session;\n"
    born, said = _born(text, registry)
    assert born == [BodyRef("tide-council/task-team-on-tidal-data")]
    first = GatheringRef(born[0].key, "meeting", 1)
    assert {("meetingOf", first, born[0]), ("heldIn", first, "Bonn"), ("requests", OWN, born[0])} <= said


@pytest.mark.parametrize(
    ("established", "later", "key"),
    [
        ("an ad hoc open-ended working group on tidal data", "Requests the Group to report to the Council;",
         "working-group-on-tidal-data"),
        ("an intergovernmental group of experts on digital trade", "Requests the group of experts to report;",
         "group-of-experts-on-digital-trade"),
        ("a task team on tidal data", "Requests the task team to report to the Council;", "task-team-on-tidal-data"),
        ("a task team on tidal data", "Requests the Team to report to the Council;", "task-team-on-tidal-data"),
        ("an advisory group on sea ice", "Requests this Group to report to the Council;", "advisory-group-on-sea-ice"),
    ],
)
def test_later_mentions_reach_the_body_born(registry: BodyRegistry, established: str, later: str, key: str) -> None:  # noqa: F811
    text = _resolution(f"Decides to establish {established};") + f"\n2. {later}\n"
    _, said = _born(text, registry)
    assert ("requests", OWN, BodyRef(f"tide-council/{key}")) in said


@pytest.mark.parametrize(
    "later",
    [
        "Invites the Group of 77 to contribute;",
        "Requests the Group on Reef Finance to report;",
        "Requests the Team Leader to report;",
    ],
)
def test_other_groups_in_capitals_are_not_the_body_born(registry: BodyRegistry, later: str) -> None:  # noqa: F811
    text = _resolution("Decides to establish an ad hoc working group on tidal data;") + f"\n2. {later}\n"
    _, said = _born(text, registry)
    assert not any(r in ("requests", "invites") and o == BodyRef("tide-council/working-group-on-tidal-data") for r, _, o in said)


def test_a_text_in_capitals_creates_the_body_and_its_first_meeting(registry: BodyRegistry) -> None:  # noqa: F811
    # all capitals, as a telex or a board's decisions print it: re-cased to lower case first
    text = (
        _resolution(
            "Decides to establish a task team on community-led tidal monitoring, composed of Member States and "
            "observers, which shall hold its first meeting in Johannesburg on 3 May 2032;"
        ) + "\n2. Requests the task team to report to the Council at its thirteenth session;\n"
    ).upper()
    extraction = extract(text, source_key="res", registry=registry)
    said = {(f.relation, f.subject, f.object) for f in extraction.facts}
    born = BodyRef("tide-council/task-team-on-community-led-tidal-monitoring")
    first = GatheringRef(born.key, "meeting", 1)
    assert {("establishes", OWN, born), ("requests", OWN, born), ("meetingOf", first, born)} <= said
    assert ("heldIn", first, "Johannesburg") in said

"""A subgroup is a kind of body an instrument sets up, as a working group or a task force is: "Decides
to establish, under the auspices of the Committee of Experts, a technical subgroup on ocean accounts,
which shall hold its first meeting before the end of 2033" establishes the subgroup, and the meeting
is the subgroup's (`rules/new_bodies.KINDS`, `MEETING_KINDS`: "subgroup", "sub-group"). A subgroup
spoken of without being set up, or "a subgroup of countries" States form, is none."""

from __future__ import annotations

import pytest

from .phrasing import facts, in_resolution, in_sg_report


def in_clause(clause: str, relation: str) -> set[tuple[str, str]]:
    return facts(in_resolution("1. " + clause), relation)


@pytest.mark.parametrize(
    ("clause", "body"),
    [
        ("Decides to establish, under the auspices of the Working Group on Early Warning Systems, a technical subgroup on tide "
         "gauges, which shall hold its first meeting before the end of 2033;", "ccr/subgroup-on-tide-gauges"),
        ("Decides to establish an open-ended sub-group on coastal erosion data, to meet twice a year;", "ccr/sub-group-on-coastal-erosion-data"),
        ("Decides that a subgroup on mangrove mapping shall be set up, which shall hold its first meeting in 2032;",
         "ccr/subgroup-on-mangrove-mapping"),
    ],
)
def test_a_resolution_establishes_a_subgroup(clause, body):
    assert in_clause(clause, "establishes") == {("ccr/res/12/1", body)}


def test_the_first_meeting_is_the_subgroups():
    clause = "Decides to establish a technical subgroup on tide gauges, which shall hold its first meeting before the end of 2033;"
    assert ("ccr/subgroup-on-tide-gauges#1", "ccr/subgroup-on-tide-gauges") in in_clause(clause, "meetingOf")


def test_an_establishment_told_in_a_report():
    sentence = (
        "By its resolution 77/12, the General Assembly established a technical subgroup on ocean accounts, which held its "
        "first meeting in Nairobi on 3 May 2031."
    )
    assert in_sg_report(sentence, "establishes", "heldIn", "heldOn") == {
        ("ga/res/77/12", "ga/subgroup-on-ocean-accounts"),
        ("ga/subgroup-on-ocean-accounts#1", "Nairobi"),
        ("ga/subgroup-on-ocean-accounts#1", "2031-05-03"),
    }


@pytest.mark.parametrize(
    "clause",
    [
        "Takes note of the work of the subgroup on tide gauges;",
        "Decides to extend the mandate of the subgroup on tide gauges until 2035;",
        "Encourages Member States to form a subgroup of countries willing to share data;",
        "Requests the secretariat to establish a subgroup on tide gauges;",
    ],
)
def test_near_misses_establish_nothing(clause):
    assert in_clause(clause, "establishes") == set()

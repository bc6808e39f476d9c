"""requests and establishes, round 5: "Designates X to serve as ... and to prepare ...",
"Designates X as the body to advise ..." charge X with a task (`requests`); a designation with no
task (a year designated, the noun) is none; "Designates X as the focal point" is E32's
(`test_phrasing_designates_and_provided_for.py`). "Resolves to convene a high-level forum / an
expert group meeting" convenes an event, not a body; "Decides to convene an open-ended working
group" still establishes one (`rules/mandate_verbs.py`)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

COMMITTEE = "ccr/committee-on-data"


@pytest.mark.parametrize("paragraph", [
    "1. Designates the Committee on Coastal Data to serve as the technical secretariat of the working group and "
    "to prepare the background documentation for its first meeting;",
    "1. Designates the Committee on Coastal Data as the body to advise the Commission on data standards;",
    "1. Also designates the Committee on Coastal Data to act as the secretariat of the regional network;",
    "1. Designates the Committee on Coastal Data as the technical body to review national data plans;",
])
def test_designates_with_a_task(paragraph: str) -> None:
    assert (RESOLUTION, COMMITTEE) in facts(in_resolution(paragraph), "requests")


def test_designated_told_in_a_note() -> None:
    text = in_note("In resolution 12/1, the Commission designated the Committee on Coastal Data to serve as the "
                   "secretariat of the regional network.")
    assert (RESOLUTION, COMMITTEE) in facts(text, "requests")


@pytest.mark.parametrize("paragraph", [
    "1. Notes that the Council designated 2031 as the International Year of Coastal Data;",
    "1. Welcomes the designation of the Committee on Coastal Data as the body to advise the Commission;",
])
def test_designations_without_a_task(paragraph: str) -> None:
    assert (RESOLUTION, COMMITTEE) not in facts(in_resolution(paragraph), "requests")


@pytest.mark.parametrize("paragraph", [
    "1. Resolves to convene a high-level forum on data for development in Dakar in November 2031;",
    "1. Decides to convene an expert group meeting on tides in 2032;",
    "1. Agrees to convene a regional workshop on coastal data;",
    "1. Decides to convene a high-level round table on sea level rise;",
])
def test_a_convened_event_is_no_body(paragraph: str) -> None:
    assert not facts(in_resolution(paragraph), "establishes")


@pytest.mark.parametrize("paragraph", [
    "1. Decides to convene an open-ended working group on tidal data;",
    "1. Resolves to convene an intergovernmental expert group on tidal data, which shall hold its first meeting in 2032;",
])
def test_a_convened_group_is_established(paragraph: str) -> None:
    assert any(s == RESOLUTION for s, _ in facts(in_resolution(paragraph), "establishes"))

"""Round 5: establishment and functions given otherwise.

- "Designates X to serve as / as the focal point / secretariat of ...": the instrument gives the
  body a function, a `requests` (the gold's convention: the body is asked to do something);
  opening an operative paragraph, in a note's past ("the Commission designated X to serve as"),
  and the passive with the instrument after it ("X was designated, in resolution 12/1, as").
  "designated experts", "the designated national authorities", a year designated give nothing.
- "Resolution 12/1 provided for the establishment of an expert group ...": `establishes`.
- "Decides that an expert group ... shall be set up": `establishes`, as "shall be established".
- "Decides to convene an expert group meeting / a panel discussion": an event, no body.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

EXPERT_GROUP = "ccr/expert-group-on-coastal-mapping"


@pytest.mark.parametrize("paragraph, body", [
    ("Designates the Executive Secretary to serve as the focal point for coastal data;", "ccr/executive-secretary"),
    ("Designates the Committee on Coastal Data as the focal point of the Commission for data;", "ccr/committee-on-data"),
    ("Also designates the Bureau as the body to advise the Commission on coastal data;", "ccr/bureau"),
    ("Further designates the secretariat to act as the secretariat of the network of coastal observatories;", "ccr/secretariat"),
])
def test_designates_in_the_operative_part(paragraph: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(in_resolution(paragraph), "requests")


@pytest.mark.parametrize("sentence, body", [
    ("In its resolution 12/1, the Commission designated the Executive Secretary to serve as the focal point for coastal data.", "ccr/executive-secretary"),
    ("Resolution 12/1 designated the Bureau as the focal point for coastal data.", "ccr/bureau"),
    ("The Bureau was designated, in resolution 12/1, as the focal point for coastal data.", "ccr/bureau"),
])
def test_designated_in_a_note(sentence: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(in_note(sentence), "requests")


@pytest.mark.parametrize("text", [
    in_resolution("Designates 2033 as the International Year of Coastal Resilience;"),
    in_resolution("Invites the designated national authorities to report to the Committee on Coastal Data;"),
    in_note("Experts designated by the Bureau attended the meeting of the Committee on Coastal Data."),
    # no instrument: who designated is not an instrument of the text
    in_note("The Bureau was designated as the focal point for coastal data."),
    in_note("The Commission designated the Bureau as the focal point for coastal data."),
])
def test_no_designation(text: str) -> None:
    assert not {o for s, o in facts(text, "requests") if o == "ccr/bureau" or o == "ccr/committee-on-data"}


@pytest.mark.parametrize("sentence", [
    "Resolution 12/1 provided for the establishment of an expert group on coastal mapping.",
    "The Commission, by its resolution 12/1, provided for the establishment of an expert group on coastal mapping.",
    "In resolution 12/1, the Commission provided for the establishment of an expert group on coastal mapping to advise it.",
])
def test_provided_for_the_establishment(sentence: str) -> None:
    assert (RESOLUTION, EXPERT_GROUP) in facts(in_note(sentence), "establishes")


@pytest.mark.parametrize("sentence", [
    "Resolution 12/1 provided for the Bureau to meet twice a year.",
    # no instrument provided for it
    "The budget provided for the establishment of an expert group on coastal mapping.",
])
def test_provided_for_no_establishment(sentence: str) -> None:
    assert not facts(in_note(sentence), "establishes")


@pytest.mark.parametrize("paragraph", [
    "Decides that an expert group on coastal mapping shall be set up to prepare a study;",
    "Decides that an expert group on coastal mapping shall be established;",
    "Decides to set up an expert group on coastal mapping;",
    "Decides to constitute an expert group on coastal mapping;",
    "Decides to convene an expert group on coastal mapping to prepare a study;",
])
def test_set_up_constituted_convened(paragraph: str) -> None:
    assert (RESOLUTION, EXPERT_GROUP) in facts(in_resolution(paragraph), "establishes")


@pytest.mark.parametrize("paragraph", [
    "Decides to convene an expert group meeting on coastal mapping;",
    "Decides to convene a panel discussion on coastal mapping at its thirteenth session;",
    "Decides to convene a working group session on coastal mapping in 2032;",
])
def test_an_event_convened_is_no_body(paragraph: str) -> None:
    assert not facts(in_resolution(paragraph), "establishes")


@pytest.mark.parametrize("text, body", [
    (in_resolution("Assigns to the Bureau the task of reviewing the matter;"), "ccr/bureau"),
    (in_resolution("Assigns the Committee on Coastal Data the task of preparing indicators;"), "ccr/committee-on-data"),
    (in_note("In resolution 12/1, the Commission assigned to the Bureau the task of reviewing the matter."), "ccr/bureau"),
    (in_note("Resolution 12/1 assigns to the Bureau the responsibility for reviewing the matter."), "ccr/bureau"),
])
def test_assigns_a_task(text: str, body: str) -> None:
    assert (RESOLUTION, body) in facts(text, "requests")


@pytest.mark.parametrize("text", [
    in_resolution("Assigns high priority to the work of the Committee on Coastal Data;"),
    # the body the task is about is not the one given it
    in_resolution("Assigns to the Bureau the task of assisting the Committee on Coastal Data;"),
    in_resolution("Designates the Bureau as the body to advise the Committee on Coastal Data;"),
])
def test_the_body_in_the_task_is_not_given_it(text: str) -> None:
    assert "ccr/committee-on-data" not in {o for _, o in facts(text, "requests")}

"""establishes: the ways an instrument creates a body ("Decides to establish", "Establishes",
"Decides to create / set up / convene an open-ended ... group") and the ways a text says which
instrument created a body ("established by its resolution X", "set up pursuant to", "the ...
established under decision X")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_note, in_resolution

CREATES = [
    "1. Decides to establish an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Establishes an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Decides to create an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Decides to set up an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Decides to convene an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Also decides to establish an open-ended intergovernmental working group on coastal adaptation finance, to meet twice a year;",
    "1. Decides to establish, for a period of three years, an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Further decides to establish an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Decides to constitute an open-ended intergovernmental working group on coastal adaptation finance;",
    "1. Decides to establish an open-ended intergovernmental working group on coastal adaptation finance, which shall report to the Commission;",
]


@pytest.mark.parametrize("paragraph", CREATES)
def test_creates(paragraph: str) -> None:
    made = {o for s, o in facts(in_resolution(paragraph), "establishes") if s == RESOLUTION}
    assert any("coastal-adaptation-finance" in key for key in made), made


ESTABLISHED_BY = [
    "The Committee on Coastal Data was established by the Commission in its resolution 9/4.",
    "The Committee on Coastal Data, established by Commission resolution 9/4, met twice.",
    "The Committee on Coastal Data was set up pursuant to Commission resolution 9/4.",
    "The Committee on Coastal Data established under Commission resolution 9/4 met twice.",
    "In its resolution 9/4, the Commission decided to establish the Committee on Coastal Data.",
    "By its resolution 9/4, the Commission established the Committee on Coastal Data.",
    "The Committee on Coastal Data was established pursuant to Commission resolution 9/4.",
    "The Commission, in its resolution 9/4, established the Committee on Coastal Data.",
]


@pytest.mark.parametrize("paragraph", ESTABLISHED_BY)
def test_established_by(paragraph: str) -> None:
    assert ("ccr/res/9/4", "ccr/committee-on-data") in facts(in_note(paragraph), "establishes")


NOT_CREATED = [
    # a body that exists is asked to act, not created
    "1. Requests the Committee on Coastal Data to establish a roster of experts;",
    # a body established by States is not the instrument's creation
    "1. Welcomes the Committee on Coastal Data established by the States of the region;",
]


@pytest.mark.parametrize("paragraph", NOT_CREATED)
def test_not_created(paragraph: str) -> None:
    assert (RESOLUTION, "ccr/committee-on-data") not in facts(in_resolution(paragraph), "establishes")

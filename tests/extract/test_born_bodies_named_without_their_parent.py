"""A body an instrument creates under the body that creates it ("Decides to establish a Coastal
Ethics Committee of the Commission") is named after without "of the Commission" ("Requests the
Coastal Ethics Committee to report", "the Coastal Ethics Committee shall become a permanent
committee"): the same body. A name of one word before "of the" ("a Committee of the Commission")
is not shortened."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution


def _born(found: set[tuple[str, str]]) -> set[str]:
    return {o for s, o in found if s == RESOLUTION and "ethics" in o}


@pytest.mark.parametrize(
    "established",
    [
        "1. Decides to establish a Coastal Ethics Committee of the Commission, composed of five members;",
        "1. Decides to establish an Ethics Advisory Committee of the Commission on Coastal Resilience;",
        "1. Decides to establish a Coastal Ethics Advisory Board of the Commission;",
    ],
)
def test_the_body_without_its_parent_is_the_same(established: str) -> None:
    name = established.split("establish ")[1].split(" of the")[0].removeprefix("a ").removeprefix("an ")
    text = in_resolution(
        established,
        f"2. Requests the {name} to report to the Commission at its thirteenth session;",
        f"3. Decides that the {name} shall become a permanent body of the Commission;",
    )
    born = _born(facts(text, "establishes"))
    assert len(born) == 1
    assert _born(facts(text, "requests")) == born
    assert _born(facts(text, "makesConstantElement")) == born


def test_a_name_never_established_is_no_new_body() -> None:
    text = in_resolution("1. Requests the Coastal Ethics Committee to report to the Commission;")
    assert not _born(facts(text, "requests")) & {o for _, o in facts(text, "establishes")}
    assert not facts(text, "establishes")

"""A short name of the reference data ("the Mechanism", "the Forum") said as the last word of
another proper name ("the Financial Mechanism", "the Durban Forum") is not that body."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from tests.support.extraction import BASE, cop_report, facts

COP = "cop-untoc"
OWN = InstrumentRef(COP, "resolution", "16", "2")
IRM = BodyRef("cop-untoc/implementation-review-mechanism")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def addressees(operative: str, registry: BodyRegistry) -> set[object]:
    text = cop_report() + "Recalling its resolution 15/3,\n\n" + operative + "\n"
    found: set[object] = set()
    for relation in ("requests", "encourages", "invites"):
        found |= {o for s, o in facts(text, registry, relation) if s == OWN}
    return found


@pytest.mark.parametrize(
    "operative",
    [
        "1. Invites the Global Environment Facility, as an operating entity of the Financial Mechanism, to support States;",
        "1. Encourages States parties to take part in the Durban Forum and in the Clearing-house Mechanism;",
        "1. Invites the Financial Mechanism to support capacity-building;",
        # after an indefinite article or a possessive too (E217: "established a Planning Group")
        "1. Decides to establish a Review Mechanism for the Protocol, to report to the Conference;",
        "1. Invites States parties to support its Financial Mechanism and their Durban Forum;",
    ],
)
def test_a_short_name_ending_another_name_is_not_the_body(operative: str, registry: BodyRegistry) -> None:
    found = addressees(operative, registry)
    assert IRM not in found and BodyRef("ecosoc/unff") not in found


@pytest.mark.parametrize(
    "operative",
    [
        "1. Requests the Mechanism to report to the Conference at its seventeenth session;",
        "1. Requests the Implementation Review Mechanism to report to the Conference;",
        "1. Requests the secretariat to report;\n\n2. Also requests the Mechanism to report to the Conference;",
    ],
)
def test_the_short_name_alone_is_the_body(operative: str, registry: BodyRegistry) -> None:
    assert IRM in addressees(operative, registry)

"""An instrument that approves or adopts what a body's session recommended endorses that session,
as "Endorses the recommendations adopted by X at its second session" does: "Approves the
recommendations adopted by the Working Group ... at its second session", "Adopts the
recommendations made by the Working Group ... at its second session" (`relate._ENDORSE`).
Approving one person's recommendation or adopting decisions in an annex endorses no gathering."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
RESOLUTION = (
    "Resolution adopted by the Commission for Social Development on 12 February 2031\n63/2. Coastal fisheries\n"
    "The Commission for Social Development,\n"
    "Recalling its resolution 61/4, by which it established the Working Group on Coastal Fisheries,\n"
    "1. Takes note of the report of the Working Group on Coastal Fisheries;\n2. {paragraph};\n"
    "3. Requests the Secretary-General to report.\n5th meeting\n12 February 2031\n"
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _endorsed(paragraph: str, registry) -> list[int]:
    e = extract(RESOLUTION.format(paragraph=paragraph), source_key="res", registry=registry)
    return [f.object.ordinal for f in e.facts if f.relation == "endorses"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Approves the recommendations adopted by the Working Group on Coastal Fisheries at its second session",
        "Adopts the recommendations made by the Working Group on Coastal Fisheries at its second session",
        "Endorses the recommendations adopted by the Working Group on Coastal Fisheries at its second session",
    ],
)
def test_approving_a_sessions_recommendations_endorses_it(paragraph: str, registry) -> None:
    assert _endorsed(paragraph, registry) == [2]


@pytest.mark.parametrize(
    "paragraph",
    ["Approves the recommendation of the Secretary-General", "Adopts the decisions contained in the annex to the present resolution"],
)
def test_approving_no_sessions_recommendations_endorses_nothing(paragraph: str, registry) -> None:
    assert _endorsed(paragraph, registry) == []

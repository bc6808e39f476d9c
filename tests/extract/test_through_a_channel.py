"""A task given to a body "through" another ("Requests the Commission, through its Bureau, to
...", "via the secretariat"): the body named after "through" is the channel, not an addressee;
the body named before it is."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


def _requested(sentence: str, registry: BodyRegistry) -> set[str]:
    text = f"Resolution 80/5\n\nCooperation\n\nThe General Assembly,\n\nRecalling its earlier work,\n\n1. {sentence}\n"
    return {f.object.key for f in extract(text, source_key="doc", registry=registry).facts
            if f.relation == "requests" and isinstance(f.object, BodyRef)}


@pytest.mark.parametrize(
    "sentence",
    [
        "Requests the Economic and Social Council, through the Commission on the Status of Women, to review the matter;",
        "Requests the Economic and Social Council, via the Commission on the Status of Women, to review the matter;",
        "Requests the Economic and Social Council, acting through its Commission on the Status of Women, to review the matter;",
    ],
)
def test_the_channel_is_not_requested(sentence: str, registry: BodyRegistry) -> None:
    assert _requested(sentence, registry) == {"ecosoc"}


def test_bodies_joined_by_and_are_all_requested(registry: BodyRegistry) -> None:
    sentence = "Requests the Economic and Social Council and the Commission on the Status of Women to review the matter;"
    assert _requested(sentence, registry) == {"ecosoc", "ecosoc/csw"}

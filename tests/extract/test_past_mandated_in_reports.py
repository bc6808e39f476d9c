"""A report telling that an addressee "was mandated to" act by an instrument: "By resolution 77/12,
the Secretary-General was mandated to prepare a report". The present passive ("is mandated to") was
read as a request; its past, the way a report narrates an earlier mandate, was read as nothing
(`rules/mandate_verbs.py`). "The mandated activities" names no addressee."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
HEAD = (
    "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n"
    "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n1. "
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _requests(sentence: str, registry) -> list[tuple[str, str]]:
    e = extract(HEAD + sentence + "\n", source_key="report", registry=registry)
    return [(f"{f.subject.session}/{f.subject.number}", f.object.key) for f in e.facts if f.relation == "requests" and isinstance(f.object, BodyRef)]


@pytest.mark.parametrize(
    "sentence",
    [
        "By resolution 77/12, the Secretary-General was mandated to prepare a report on coastal fisheries.",
        "In its resolution 77/12, the General Assembly decided that the Secretary-General would be mandated to prepare a report.",
        "Under resolution 77/12, the Secretary-General has been mandated to convene an expert meeting.",
    ],
)
def test_was_mandated_to_is_a_request(sentence: str, registry) -> None:
    assert _requests(sentence, registry) == [("77/12", "secretary-general")]


def test_mandated_activities_request_nothing(registry) -> None:
    assert _requests("By resolution 77/12, the mandated activities of the Secretary-General were funded.", registry) == []

"""A mandate held by one person is created by appointing its holder: "Decides to appoint, for a
period of three years, a special rapporteur on the right to food", "Recalling its resolution 33/14,
by which the Council decided to appoint an independent expert on ...". Both were read as nothing, so
the later "Requests the Special Rapporteur to submit a report" had no body to go to. And the name of
such a mandate keeps its "right to" ("the right to food", "the right to development"): it had been
cut at "to" as if a purpose began, so every rapporteur "on the right to ..." was one body
(`rules/mandate_verbs.py`, `rules/new_bodies.py`). Appointing people to an existing body creates
nothing. Invented resolutions in the Human Rights Council's shape."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
HEAD = "Resolution adopted by the Human Rights Council on 6 October 2031\n58/9. The right to water\nThe Human Rights Council,\n"


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _facts(text: str, registry, relation: str) -> list[tuple[str, str]]:
    e = extract(HEAD + text + "\n48th meeting\n6 October 2031\n", source_key="res", registry=registry)
    names = {b.key: b.names[0] for b in e.bodies}
    return [
        (f"{f.subject.session}/{f.subject.number}", names.get(f.object.key, f.object.key))
        for f in e.facts
        if f.relation == relation and isinstance(f.object, BodyRef)
    ]


@pytest.mark.parametrize(
    "paragraph, instrument, name",
    [
        ("1. Decides to appoint, for a period of three years, a special rapporteur on the right to safe drinking water;",
         "58/9", "special rapporteur on the right to safe drinking water"),
        ("1. Decides to appoint an independent expert on the situation of human rights in Lunaria;",
         "58/9", "independent expert on the situation of human rights in Lunaria"),
        ("Recalling its resolution 41/12 of 11 July 2029, by which the Council decided to appoint a special rapporteur on the right to development,",
         "41/12", "special rapporteur on the right to development"),
        ("Recalling also its resolution 44/3, by which it decided to appoint, for an initial period of three years, an independent expert on the rights of older persons,",
         "44/3", "independent expert on the rights of older persons"),
    ],
)
def test_appointing_a_mandate_holder_creates_the_mandate(paragraph: str, instrument: str, name: str, registry) -> None:
    established = _facts(paragraph, registry, "establishes")
    assert [(i, n.lower()) for i, n in established] == [(instrument, name.lower())]


def test_the_rapporteur_appointed_is_the_one_later_requested(registry) -> None:
    text = ("Recalling its resolution 41/12, by which the Council decided to appoint a special rapporteur on the right to development,\n"
            "1. Decides to extend the mandate of the Special Rapporteur on the right to development for a period of three years;\n"
            "2. Requests the Special Rapporteur to submit a report to the Council at its sixty-first session;")
    requested = _facts(text, registry, "requests")
    assert ("58/9", "special rapporteur on the right to development") in [(i, n.lower()) for i, n in requested]


def test_rapporteurs_on_two_rights_are_two_bodies(registry) -> None:
    text = ("1. Decides to appoint a special rapporteur on the right to food;\n"
            "2. Also decides to appoint a special rapporteur on the right to education;")
    assert len({n for _, n in _facts(text, registry, "establishes")}) == 2


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Decides to appoint the members of the Advisory Committee for a further term;",
        "1. Decides to appoint Ms. Ana Ruiz as the Special Rapporteur on the right to development;",
        "Recalling its resolution 41/12, by which the Council decided to appoint an expert to assist the Office,",
    ],
)
def test_appointing_people_creates_nothing(paragraph: str, registry) -> None:
    assert _facts(paragraph, registry, "establishes") == []

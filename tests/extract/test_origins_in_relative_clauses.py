"""A body's origin told in a clause that hangs on its name: "The Human Rights Council, which was
established by General Assembly resolution 60/251, held three sessions", "The Working Group on
Coastal Fisheries, which had been set up by decision 3/2, met twice", "The Human Rights Council,
established by General Assembly resolution 60/251, ...". The most common way a report tells where a
body comes from read as nothing: only "X was established by" (X the sentence's subject) and "X, which
the Assembly established by" (the body the relative clause's subject) were read, and a participle
after a body that adopts instruments of its own was taken for that body's own act
(`relate.Reader.established_by_instrument_after`). Invented sentences in a report's shape; the body
before the clause may be one the reference data knows or one described in full."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
HEAD = (
    "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n"
    "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n"
)


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _established(text: str, registry) -> list[tuple[str, str]]:
    e = extract(HEAD + "1. " + text + "\n", source_key="report", registry=registry)
    names = {key: body.names[0] for key, body in registry.bodies.items()} | {b.key: b.names[0] for b in e.bodies}
    return [
        (f"{f.subject.session}/{f.subject.number}", names.get(f.object.key, f.object.key).lower())
        for f in e.facts
        if f.relation == "establishes" and isinstance(f.object, BodyRef)
    ]


@pytest.mark.parametrize(
    "sentence, instrument, name",
    [
        ("The Human Rights Council, which was established by General Assembly resolution 60/251, held three sessions in 2024.",
         "60/251", "human rights council"),
        ("The report of the Human Rights Council, which was established by resolution 60/251, is before the Assembly.",
         "60/251", "human rights council"),
        ("The Human Rights Council, established by General Assembly resolution 60/251, held three sessions.",
         "60/251", "human rights council"),
        ("The Working Group on Coastal Fisheries, which was established by General Assembly resolution 77/12, held its first session in June.",
         "77/12", "working group on coastal fisheries"),
        ("The Coastal Fisheries Board (CFB), which was set up by General Assembly resolution 77/13, met in Rome.",
         "77/13", "coastal fisheries board"),
        ("The Expert Group on Maritime Boundaries, which had originally been created by resolution 71/9, met twice.",
         "71/9", "expert group on maritime boundaries"),
        ("The open-ended working group on coastal fisheries, which had been set up by decision 3/2, met twice in 2031.",
         "3/2", "open-ended working group on coastal fisheries"),
    ],
)
def test_a_relative_or_participle_clause_on_a_name_tells_its_origin(sentence: str, instrument: str, name: str, registry) -> None:
    assert _established(sentence, registry) == [(instrument, name)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the antecedent is an instrument, not a body
        "The Commission adopted resolution 5/1, which was welcomed by the Council.",
        # a relative clause that tells of a request, not an origin
        "The Human Rights Council, which was requested by resolution 60/251 to review its work, held three sessions.",
        # nothing names the body before the clause
        "As a result, which was established by resolution 60/251, the sessions were shorter.",
    ],
)
def test_clauses_that_tell_no_origin_create_nothing(sentence: str, registry) -> None:
    assert _established(sentence, registry) == []


# Twelfth round (lead): when, between the comma and the participle ("first", "originally",
# "initially"), as the Repertoire tells a subsidiary organ's history.
@pytest.mark.parametrize("when", ["first", "originally", "initially"])
def test_a_participle_after_when_describes_the_body_before_it(when: str, registry) -> None:
    sentence = f"The Human Rights Council, {when} established by General Assembly resolution 60/251, held three sessions."
    assert _established(sentence, registry) == [("60/251", "human rights council")]


def test_when_before_an_active_verb_is_no_participle(registry) -> None:
    # "The Assembly first established X by resolution": X is what was established, not the Assembly
    sentence = "The General Assembly first established the Human Rights Council by resolution 60/251."
    assert ("60/251", "general assembly") not in _established(sentence, registry)


def test_a_body_of_instruments_of_its_own_set_up_by_another_s(registry) -> None:
    # the active verb, the body established its object, the instrument after it: the Council issues
    # resolutions of its own, but the Assembly's resolution set it up
    sentence = "The General Assembly established the Human Rights Council by resolution 60/251."
    assert _established(sentence, registry) == [("60/251", "human rights council")]

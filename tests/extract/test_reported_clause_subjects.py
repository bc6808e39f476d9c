"""What speakers said instruments did, as a press release tells it (E97, the spent u120): "He
recalled that Security Council resolution 2518 (2020) had called upon host States to ..., and that
Council resolution 2889 (2031), adopted on 30 September 2031, had requested the Secretary-General
to ...", "She recalled that General Assembly resolution 84/312 of 28 June 2030 had requested ...
and encouraged ...". The instrument that opens a clause after "that" is the subject of the clause's
past verb, whoever speaks, and one instrument per clause where the sentence names several.

The texts are invented; the bodies are the shipped reference data's.
"""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="release", registry=registry).facts}


HEAD = "Meetings Coverage\n\nGA/SHL/4410\n3 March 2031\n\nStatements\n\n"
SPEAKERS = ["He recalled that", "The representative of Chile said that", "She also noted that", "The Chair stressed that"]
INSTRUMENTS = [
    ("General Assembly resolution 84/312 of 28 June 2030", InstrumentRef("ga", "resolution", "84", "312")),
    ("Security Council resolution 2889 (2031), adopted on 30 September 2031,", InstrumentRef("security-council", "resolution", "2031", "2889")),
    ("Economic and Social Council resolution 2030/12", InstrumentRef("ecosoc", "resolution", "2030", "12")),
]


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize(("cited", "instrument"), INSTRUMENTS)
@pytest.mark.parametrize(("verb", "relation"), [("had requested", "requests"), ("requested", "requests"), ("had invited", "invites")])
def test_the_instrument_after_that_is_its_clause_subject(
    registry: BodyRegistry, speaker: str, cited: str, instrument: InstrumentRef, verb: str, relation: str
) -> None:
    text = HEAD + f"{speaker} {cited} {verb} the Secretary-General to report on the safety of staff and encouraged the Human Rights Council to consider it.\n"
    facts = _facts(text, registry)
    assert (instrument, relation, BodyRef("secretary-general")) in facts
    assert (instrument, "encourages", BodyRef("hrc")) in facts


@pytest.mark.parametrize("speaker", SPEAKERS)
@pytest.mark.parametrize("join", [", and that", "; and that", "; "])
def test_each_clause_has_its_own_instrument(registry: BodyRegistry, speaker: str, join: str) -> None:
    second = "Council resolution 2889 (2031), adopted on 30 September 2031, had requested"
    text = HEAD + (
        f"{speaker} Security Council resolution 2518 (2020) had called upon host States to take all measures"
        f"{join} {second} the Secretary-General to report on accountability.\n"
    )
    facts = _facts(text, registry)
    asked = {(s, o) for s, r, o in facts if r == "requests"}
    assert asked == {(InstrumentRef("security-council", "resolution", "2031", "2889"), BodyRef("secretary-general"))}


@pytest.mark.parametrize("speaker", SPEAKERS)
def test_a_speaker_who_requests_is_no_instrument(registry: BodyRegistry, speaker: str) -> None:
    """"She noted that resolution 84/312 was clear, and requested the Secretary-General to ...": the
    verb is not the instrument's (no clause opens on it before the verb)."""
    text = HEAD + f"{speaker} General Assembly resolution 84/312 was clear on the matter and that the delegation had requested the Secretary-General to act.\n"
    facts = _facts(text, registry)
    assert not any(r == "requests" for _, r, _ in facts)

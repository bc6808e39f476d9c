"""A document's mandate told with the other phrases drafters use for "pursuant to": "further to",
"in execution of", "in application of", "in reply to", "as provided for in",
"as envisaged in", "as foreseen in", "as stipulated in", "as specified in", "as set out in", "as laid
down in", "as directed by". A grid of those phrases in five sentence frames (a report's own opening,
a note's participle, a document the Committee had before it, a report drawn up, a fronted phrase)
found every one of them reading as nothing (`rules/documents.py`'s clause that gives a document or
meeting its mandate). Content that is only "as set out in" an instrument gives no document a mandate."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
HEAD = (
    "A/79/400\nGeneral Assembly\nDistr.: General\n3 August 2024\nSeventy-ninth session\n"
    "Item 70 of the provisional agenda\n\nReport of the Secretary-General\n\n1. "
)
PHRASES = [
    "further to", "in execution of", "in application of", "in reply to", "as provided for in",
    "as envisaged in", "as foreseen in", "as stipulated in", "as specified in", "as set out in", "as laid down in",
    "as directed by",
]
FRAMES = [
    ("The present report is submitted {p} General Assembly resolution 78/123.", "A/79/400"),
    ("The note by the Secretariat (A/79/456) was prepared {p} resolution 78/123.", "A/79/456"),
    ("The Committee had before it the report of the Secretary-General (A/79/456), issued {p} resolution 78/123.", "A/79/456"),
    ("{P} resolution 78/123, the Secretary-General submitted his report (A/79/456) to the Assembly.", "A/79/456"),
]


@pytest.fixture(scope="module")
def registry():
    return load_registry(BASE)


def _mandates(sentence: str, registry) -> set[tuple[str, str]]:
    e = extract(HEAD + sentence + "\n", source_key="report", registry=registry)
    return {
        ("|".join(f.subject.symbols), f"{f.object.session}/{f.object.number}")
        for f in e.facts
        if f.relation == "pursuantTo" and isinstance(f.object, InstrumentRef)
    }


@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize("frame, document", FRAMES)
def test_a_phrase_of_pursuance_gives_the_document_its_mandate(phrase: str, frame: str, document: str, registry) -> None:
    sentence = frame.format(p=phrase, P=phrase[0].upper() + phrase[1:])
    assert (document, "78/123") in _mandates(sentence, registry)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Committee reviewed the criteria as set out in resolution 5/2 and the note by the Secretariat (A/79/456).",
        "The report (A/79/456) describes the procedures as laid down in resolution 41/213.",
        "The note (A/79/456) was issued further to my letter of 3 May 2024.",
        # the work, not the note on it, follows up the decision
        "The Committee had before it a note on the intersessional work carried out in follow-up to decision 14/1 (A/79/456).",
    ],
)
def test_content_told_in_those_words_gives_no_mandate(sentence: str, registry) -> None:
    assert _mandates(sentence, registry) == set()

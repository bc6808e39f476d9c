"""A body that meets in numbered Meetings (a Meeting of States Parties: shortName "Meeting",
gathering term "meeting") names its own gatherings "the thirty-first Meeting", with a capital and
the ordinal in words, often without "of States Parties": in its own documents that is its Meeting,
held, dated and sent documents as a session is. A small "meeting" ("the fifth meeting", a sitting),
figures ("the 5th Meeting") or a body that holds sessions give no such gathering. A name that
opens with the gathering's own word ("the thirty-first Meeting of States Parties was held") is
read to its end before "was held"."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, key

MEETING = """@prefix mg: <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/ccc-msp> a mg:Body ; mg:key "ccc-msp" ; mg:gatheringTerm "meeting" ; mg:shortName "Meeting" ;
    mg:symbolPrefix "CCC/MSP" ; mg:issuesInstruments true ;
    skos:prefLabel "Meeting of States Parties to the Convention on Coastal Commons"@en ;
    skos:altLabel "Meeting of States Parties"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("msp") / "msp.ttl"
    path.write_text(MEETING, encoding="utf-8")
    return load_registry(BASE, [REFERENCE, path])


def _facts(registry: BodyRegistry, sentence: str, relation: str, body: str = "Meeting of States Parties to the Convention on Coastal Commons") -> set[tuple[str, str]]:
    # a page of an internal wiki: no symbol, the body named in its opening sentence
    text = (
        f"BOLDThirty-first MeetingBOLD is the record page kept for the thirty-first Meeting of the {body}.\n\n"
        f"== Background ==\n{sentence}\n"
    ).replace("BOLD", "\'\'\'")
    extraction = extract(text, source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(
    "sentence",
    [
        "The thirty-first Meeting was held in Geneva from 16 to 20 June 2031.",
        "The thirty-first Meeting of States Parties was held in Geneva from 16 to 20 June 2031.",
        "The thirty-first Meeting of States Parties was held at the Palais des Nations in Geneva from 16 to 20 June 2031.",
    ],
)
def test_the_meeting_in_words_is_the_bodys_own(registry: BodyRegistry, sentence: str) -> None:
    assert ("ccc-msp#31", "2031-06-16/2031-06-20") in _facts(registry, sentence, "heldOn")
    assert ("ccc-msp#31", "Geneva") in _facts(registry, sentence, "heldIn")


def test_documents_before_the_meeting(registry: BodyRegistry) -> None:
    sentence = "The notes (CCC/MSP/31/4 and CCC/MSP/31/5) were before the thirty-first Meeting."
    assert {("CCC/MSP/31/4", "ccc-msp#31"), ("CCC/MSP/31/5", "ccc-msp#31")} <= _facts(registry, sentence, "submittedTo")


@pytest.mark.parametrize(
    "sentence",
    [
        "The item was taken up at the fifth meeting, on 17 June 2031, in Geneva.",  # a sitting
        "The item was taken up at the 5th Meeting, held in Geneva on 17 June 2031.",  # figures
    ],
)
def test_no_meeting_of_the_body(registry: BodyRegistry, sentence: str) -> None:
    assert not {g for g, _ in _facts(registry, sentence, "meetingOf") if g.endswith("#5")}


def test_a_body_that_holds_sessions_has_no_meeting_in_words(registry: BodyRegistry) -> None:
    sentence = "The Fifth Meeting was held in Nairobi from 10 to 14 March 2031."
    found = _facts(registry, sentence, "heldOn", body="Commission on Coastal Resilience")
    assert not {g for g, _ in found if g.endswith("#5")}

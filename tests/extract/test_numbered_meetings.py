"""A body that meets in numbered meetings (mg:gatheringTerm "meeting") holds "its 34th meeting"
and "the 20th meeting of the Conference": written in numerals, these are its gatherings, while
for a body that meets in sessions "its 11th meeting" is a plenary meeting inside a session."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/fern-cop> a mg:Body ; mg:key "fern-cop" ;
    skos:prefLabel "Conference of the Parties to the Fern Convention"@en ; mg:shortName "Conference of the Parties" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/fern-cop/spores> a mg:Body ; mg:key "fern-cop/spores" ; skos:prefLabel "Spores Committee"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/fern-cop> .
<body/moss-assembly> a mg:Body ; mg:key "moss-assembly" ; skos:prefLabel "Moss Assembly"@en ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _meetings(paragraph: str, registry: BodyRegistry) -> set[GatheringRef]:
    text = "Decision 21/4\n\nFerns\n\nThe Conference of the Parties to the Fern Convention,\n\n" + paragraph + "\n"
    e = extract(text, source_key="doc", registry=registry)
    return {f.subject for f in e.facts if f.relation == "meetingOf" and isinstance(f.subject, GatheringRef)}  # type: ignore[misc]


@pytest.mark.parametrize(
    "paragraph, body, ordinal",
    [
        ("1. Endorses the recommendations adopted by the Spores Committee at its 34th meeting;", "fern-cop/spores", 34),
        ("1. Recalls the decisions adopted at the 20th meeting of the Conference of the Parties;", "fern-cop", 20),
        ("1. Requests the Spores Committee to report before the 82nd meeting of the Spores Committee;", "fern-cop/spores", 82),
    ],
)
def test_numbered_meetings_of_a_body_that_meets_in_meetings(
    paragraph: str, body: str, ordinal: int, registry: BodyRegistry
) -> None:
    assert GatheringRef(body, "meeting", ordinal) in _meetings(paragraph, registry)


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Notes that the Moss Assembly, at its 11th meeting, adopted the report;",  # a plenary of a session
        "1. Decides that the 3rd meeting shall be held in Bonn;",  # whose meeting: nobody said
    ],
)
def test_numeral_meetings_that_are_no_gathering(paragraph: str, registry: BodyRegistry) -> None:
    assert not [g for g in _meetings(paragraph, registry) if g.ordinal in (3, 11)]

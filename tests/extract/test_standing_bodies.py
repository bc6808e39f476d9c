"""A decision that makes a body permanent in the words "shall (henceforth) be a standing ...":
makesConstantElement, as "a constant element" is. Bodies are made up."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/fern-cop> a mg:Body ; mg:key "fern-cop" ;
    skos:prefLabel "Conference of the Parties to the Fern Convention"@en ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/fern-cop/standing> a mg:Body ; mg:key "fern-cop/standing" ; skos:prefLabel "Standing Committee of the Fern Convention"@en ;
    mg:shortName "Standing Committee" ; org:subOrganizationOf <body/fern-cop> .
<body/fern-cop/audit> a mg:Body ; mg:key "fern-cop/audit" ; skos:prefLabel "Fern Audit Committee"@en ;
    org:subOrganizationOf <body/fern-cop> .
<body/fern-cop/wge> a mg:Body ; mg:key "fern-cop/wge" ; skos:prefLabel "Working Group on Fern Effectiveness"@en ;
    org:subOrganizationOf <body/fern-cop/standing> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def _constant(paragraph: str, registry: BodyRegistry) -> set[object]:
    text = (
        "Decision 21/4\n\nFerns\n\nThe Conference of the Parties to the Fern Convention,\n\n"
        "Recalling its decision 20/1,\n\n" + paragraph + "\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    own = InstrumentRef("fern-cop", "decision", "21", "4")
    return {f.object for f in e.facts if f.relation == "makesConstantElement" and f.subject == own}


@pytest.mark.parametrize(
    "paragraph, body",
    [
        ("1. Decides that the Fern Audit Committee shall henceforth be a standing advisory body of the Conference;", "fern-cop/audit"),
        ("1. DECIDES ALSO that the Working Group on Fern Effectiveness shall be a standing working group of the Standing Committee;", "fern-cop/wge"),
        ("1. Decides that the Working Group on Fern Effectiveness shall become a standing intergovernmental body;", "fern-cop/wge"),
    ],
)
def test_made_a_standing_body(paragraph: str, body: str, registry: BodyRegistry) -> None:
    assert _constant(paragraph, registry) == {BodyRef(body)}


@pytest.mark.parametrize(
    "paragraph",
    [
        "1. Requests the Standing Committee to review the work of the Fern Audit Committee;",
        "1. Invites the Fern Audit Committee to report to the Standing Committee at its next meeting;",
        # a standing agenda item is no body
        "1. Decides that the report of the Fern Audit Committee shall be a standing item of the agenda of the Standing Committee;",
    ],
)
def test_no_standing_body_made(paragraph: str, registry: BodyRegistry) -> None:
    assert _constant(paragraph, registry) == set()

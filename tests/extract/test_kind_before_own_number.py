"""A resolution whose heading prints its kind before its number in its body's convention
("Resolution GFA79.12", "DECISION GFA79(4)") names its issuer by that number, as the number
alone does, when nothing else on the page (masthead, opening formula) names a body."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle


# A fictional body numbering in its own convention, as the user's .ttl would declare it.
BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/forest-assembly> a mg:Body ; mg:key "forest-assembly" ;
    skos:prefLabel "Global Forest Assembly"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "GFA{session}.{number}" ; mg:instrumentKind "resolution" ] ,
                           [ mg:numberTemplate "GFA{session}({number})" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize(
    ("heading", "kind", "number"),
    [
        ("Resolution GFA79.12", "resolution", "12"),
        ("RESOLUTION GFA79.12", "resolution", "12"),
        ("GFA79.12", "resolution", "12"),
        ("Decision GFA79(4)", "decision", "4"),
    ],
)
def test_the_number_after_its_kind_names_the_issuer(heading: str, kind: str, number: str, registry: BodyRegistry) -> None:
    # "THE ASSEMBLY," is no name the reference data knows: only the number says who issued it
    text = f"E\n\n{heading}\n\nHealth workforce\n\nTHE ASSEMBLY,\n\n1. REQUESTS the Secretary-General to report.\n"
    e = extract(text, source_key="doc", registry=registry)
    assert e.document.author == "forest-assembly"
    own = InstrumentRef("forest-assembly", kind, "79", number)  # type: ignore[arg-type]  # kind is a literal here
    assert (own, "title", "Health workforce") in {(f.subject, f.relation, f.object) for f in e.facts}


@pytest.mark.parametrize(
    "heading",
    [
        "Resolution GFA79.12 and its follow-up",  # the number does not end the line
        "Follow-up to resolution GFA79.12",  # a heading about the resolution
    ],
)
def test_a_heading_about_a_numbered_instrument_names_no_issuer(heading: str, registry: BodyRegistry) -> None:
    text = f"E\n\n{heading}\n\nTHE ASSEMBLY,\n\n1. REQUESTS the Secretary-General to report.\n"
    assert extract(text, source_key="doc", registry=registry).document.author is None

"""A masthead that writes the instrument's number in its body's convention after the series of
the body's documents, as one symbol ("UNEP/CMS/Resolution 15.4"): the document is that
instrument, as with the number alone; the series is not read as a body's name."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import body_matcher
from mandate_graph.loaders.extract.segment import masthead_instrument
from tests.extract.reference_data import registry_from_turtle

# A fictional convention body numbering "Resolution <session>.<number>", as a user's .ttl says.
BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/ozg-cop> a mg:Body ; mg:key "ozg-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Ozone Gardens"@en ;
    mg:symbolPrefix "UNEP/OZG" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {session}.{number}" ; mg:instrumentKind "resolution" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("UNEP/OZG/Resolution 7.3", ("resolution", "7", "3")),
        ("OZG/Resolution 7.3", ("resolution", "7", "3")),  # any series: the number says the body
        ("UNEP/OZG/Resolution 7.3 and its annexes", None),  # the number does not end the line
        ("UNEP/OZG/COP7/Doc.3", None),  # a document's symbol, no instrument
    ],
)
def test_the_number_after_a_series(line: str, expected: tuple[str, str, str] | None, registry: BodyRegistry) -> None:
    assert masthead_instrument(line, body_matcher(registry).numbering) == expected


def test_the_document_is_the_instrument(registry: BodyRegistry) -> None:
    text = (
        "\tUNEP/OZG/Resolution 7.3\n\tOriginal: English\n\n"
        "GARDEN CORRIDORS\n\n"
        "The Conference of the Parties to the Convention on Ozone Gardens,\n\n"
        "Recalling its earlier work,\n\n1. Requests the Secretary-General to report.\n"
    )
    e = extract(text, source_key="doc", registry=registry)
    assert e.document.author == "ozg-cop"  # not UNEP, whose name opens the series
    facts = {(f.subject, f.relation, f.object) for f in e.facts}
    own = InstrumentRef("ozg-cop", "resolution", "7", "3")
    assert (own, "title", "GARDEN CORRIDORS") in facts
    assert (own, "requests", BodyRef("secretary-general")) in facts

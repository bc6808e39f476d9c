"""A body's own numbering convention ("{number}/{session}": "253/LI", "12/31") reads a number of
that shape wherever it stands, unless the sentence names another body right before the keyword:
"River Assembly resolution 79/217" is the River Assembly's resolution 217 of session 79, read as
numbers are read by default (`loaders/extract/references.py`). Invented bodies and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/port-board> a mg:Body ; mg:key "port-board" ;
    skos:prefLabel "Port Development Board"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}/{session}" ; mg:instrumentKind "resolution" ] .
<body/river-assembly> a mg:Body ; mg:key "river-assembly" ;
    skos:prefLabel "River Assembly"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _cited(text: str, registry: BodyRegistry) -> set[InstrumentRef]:
    return {
        f.object
        for f in extract(text, source_key="doc", registry=registry).facts
        if f.relation in ("cites", "mentions") and isinstance(f.object, InstrumentRef)
    }


def _text(recall: str) -> str:
    return (
        "Port Development Board\n\nResolution 12/31\n\nSafety of inland ports\n\n"
        "The Port Development Board,\n\n" + recall + "\n\n"
        "1. Requests the secretariat to prepare a study on port safety.\n"
    )


@pytest.mark.parametrize(
    "recall",
    [
        "Recalling River Assembly resolution 79/217 of 20 December 2024,",
        "Recalling also the River Assembly resolution 79/217 on inland shipping,",
        "Welcoming River Assembly resolution 79/217 entitled “Inland shipping”,",
    ],
)
def test_a_number_after_another_bodys_name_is_that_bodys(registry: BodyRegistry, recall: str) -> None:
    cited = _cited(_text(recall), registry)
    assert InstrumentRef("river-assembly", "resolution", "79", "217") in cited
    assert InstrumentRef("port-board", "resolution", "217", "79") not in cited


@pytest.mark.parametrize(
    "recall",
    [
        "Recalling its resolution 79/217 of 20 December 2024,",
        "Recalling Port Development Board resolution 79/217,",
    ],
)
def test_the_convention_holds_without_another_bodys_name(registry: BodyRegistry, recall: str) -> None:
    cited = _cited(_text(recall), registry)
    assert InstrumentRef("port-board", "resolution", "217", "79") in cited
    assert InstrumentRef("river-assembly", "resolution", "79", "217") not in cited

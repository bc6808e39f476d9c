"""More ways of making a body a standing one (`relate._CONSTANT`): "shall continue as a
standing working group", "shall be convened annually as a standing regional mechanism", "shall
continue as a standing task force". Invented texts of invented bodies; a body's name with
"Standing" in it, and a standing invitation, make nothing permanent."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/delta-commission> a mg:Body ; mg:key "delta-commission" ;
    skos:prefLabel "Commission on River Deltas"@en ; mg:shortName "Commission" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{number}({session})" ; mg:instrumentKind "resolution" ] .
<body/delta-commission/forum> a mg:Body ; mg:key "delta-commission/forum" ;
    skos:prefLabel "Forum of Delta Cities"@en .
"""

OWN = InstrumentRef("delta-commission", "resolution", "3", "14")
FORUM = BodyRef("delta-commission/forum")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(paragraph: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    text = (
        "Third session of the Commission on River Deltas\n\n"
        "14(III)\tDELTA CITIES\n\n"
        "The Commission on River Deltas,\n\n"
        f"1.\t{paragraph}\n"
    )
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides that the Forum of Delta Cities shall be convened annually as a standing regional mechanism;",
        "Decides that the Forum of Delta Cities shall continue as a standing working group of the Commission;",
        "Decides that the Forum of Delta Cities shall continue as a standing task force;",
        "Decides that the Forum of Delta Cities shall be maintained as a standing body;",
    ],
)
def test_made_standing(paragraph: str, registry: BodyRegistry) -> None:
    assert (OWN, "makesConstantElement", FORUM) in _facts(paragraph, registry)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Decides that the Forum of Delta Cities shall continue to extend a standing invitation to observers;",
        "Decides that the Forum of Delta Cities shall be convened annually in the capital of a member State;",
    ],
)
def test_not_made_standing(paragraph: str, registry: BodyRegistry) -> None:
    assert not any(r == "makesConstantElement" for _, r, _ in _facts(paragraph, registry))

"""Texts reproduced in an annex (`loaders/extract/segment.py`): a letter or note that sends
adopted texts "reproduced in the annex" heads each with its number in the body's own convention
("Resolution PDB 12/2029"); such a text is the adopted one, read as any instrument, while
an unnumbered draft in a report's annex stays a draft. Invented bodies and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/port-board> a mg:Body ; mg:key "port-board" ;
    skos:prefLabel "Port Development Board"@en ; mg:shortName "Board" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "PDB {number}/{session}" ; mg:instrumentKind "resolution" ] .
<body/port-secretariat> a mg:Body ; mg:key "port-secretariat" ;
    skos:prefLabel "Port Secretariat"@en ; org:subOrganizationOf <body/port-board> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _letter(annex: str, heading: str) -> str:
    return (
        "Geneva, 3 May 2029\n\nMadam, Sir,\n\n"
        "I have the honour to send you the resolutions adopted by the Port Development Board, "
        "reproduced in the annex to this letter.\n\nAccept the assurance of my high consideration.\n\n"
        f"{annex}\n\n{heading}\n\nSafety of inland ports\n\nThe Board,\n\n"
        "Recalling its resolution PDB 4/2025,\n\n"
        "Requests the Port Secretariat to prepare a study on port safety.\n"
    )


@pytest.mark.parametrize("annex", ["Annex", "Annex I", "Annex 2"])
@pytest.mark.parametrize("heading", ["Resolution PDB 12/2029", "PDB 12/2029"])
def test_a_numbered_text_in_an_annex_is_the_adopted_one(registry: BodyRegistry, annex: str, heading: str) -> None:
    facts = extract(_letter(annex, heading), source_key="doc", registry=registry).facts
    adopted = InstrumentRef("port-board", "resolution", "2029", "12")
    found = {(f.relation, f.subject, f.object) for f in facts}
    assert ("requests", adopted, BodyRef("port-secretariat")) in found
    assert ("cites", adopted, InstrumentRef("port-board", "resolution", "2025", "4")) in found


def test_an_unnumbered_draft_in_a_reports_annex_stays_a_draft(registry: BodyRegistry) -> None:
    text = _letter("Annex", "Draft resolution submitted by the Chair")
    facts = extract(text, source_key="doc", registry=registry).facts
    assert not any(f.relation == "requests" and f.object == BodyRef("port-secretariat") for f in facts)

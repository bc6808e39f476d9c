"""A heading "Resolution 1/182" is read by default as session 1, number 182 (the General
Assembly's "Resolution 80/214" order). A body whose convention writes the keyword itself
("Resolution {number}/{session}": resolution 1 of session 182) is read in that convention
(`loaders/extract/segment.py`); a bare "{number}/{session}" template of some body is no
evidence against the default reading (guarded by the held-out x32 figure). Such a convention is
read in the documents that name its body (`numbering.NumberingFinder.preferring`): the opening
formula here names the Board in full. Invented bodies and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

KEYWORD = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/port-board> a mg:Body ; mg:key "port-board" ;
    skos:prefLabel "Port Development Board"@en ; mg:shortName "Board" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "{kind} {{number}}/{{session}}" ; mg:instrumentKind "{lower}" ] .
<body/port-secretariat> a mg:Body ; mg:key "port-secretariat" ;
    skos:prefLabel "Port Secretariat"@en ; org:subOrganizationOf <body/port-board> .
"""


def _registry(tmp_path_factory: pytest.TempPathFactory, text: str) -> BodyRegistry:
    path = tmp_path_factory.mktemp("ref") / "bodies.ttl"
    path.write_text(text)
    return load_registry(DEFAULT_BASE_IRI, [path])


def _text(kind: str, addressee: str) -> str:
    return (
        f"{kind} 1/182\n\nSafety of inland ports\n\nTHE PORT DEVELOPMENT BOARD,\n\n"
        f"Requests the {addressee} to prepare a study on port safety.\n"
    )


@pytest.mark.parametrize("kind", ["Resolution", "Decision"])
def test_a_template_with_its_keyword_reads_the_heading(tmp_path_factory: pytest.TempPathFactory, kind: str) -> None:
    registry = _registry(tmp_path_factory, KEYWORD.format(kind=kind, lower=kind.lower()))
    facts = extract(_text(kind, "Port Secretariat"), source_key="doc", registry=registry).facts
    requests = {f.subject for f in facts if f.relation == "requests" and f.object == BodyRef("port-secretariat")}
    assert requests == {InstrumentRef("port-board", kind.lower(), "182", "1")}

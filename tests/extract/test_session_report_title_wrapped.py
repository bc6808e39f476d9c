"""The title of a report on a session, wrapped over two lines where the body's name holds a comma
(E89): "Report on the twelfth session of the Conference of Ministers of Fisheries," / "Ports and
Coastal Development". The two lines name the body the reference data knows (the first alone names
none): the document is that session's report (report_of), not a paper for it. A body's whole name on
one line, and a title whose next line is no part of the name, stay as they were read. Invented
bodies."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/sea-commission> a mg:Body ; mg:key "sea-commission" ;
    skos:prefLabel "Economic Commission for the Seas"@en ; mg:symbolPrefix "E/ECS" .
<body/sea-commission/ministers> a mg:Body ; mg:key "sea-commission/ministers" ;
    skos:prefLabel "Conference of Ministers of Fisheries, Ports and Coastal Development"@en ;
    mg:shortName "Conference" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:symbolPrefix "E/ECS/CM" ; <http://www.w3.org/ns/org#subOrganizationOf> <body/sea-commission> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _report(title_lines: list[str], ordinal: str = "twelfth", n: int = 12) -> str:
    return (
        "United Nations\n"
        f"E/ECS/CM/{n}/9\n"
        "Distr.: General\n12 May 2031\nOriginal: English\n"
        "Economic Commission for the Seas\n"
        "Conference of Ministers of Fisheries,\nPorts and Coastal Development\n"
        f"{ordinal.capitalize()} session\n"
        "Lisbon, 24–29 April 2031\n"
        + "\n".join(line.format(ordinal=ordinal) for line in title_lines) + "\n"
        "Chapter I\n"
        "Organization of the session\n"
        "1. The Conference met in Lisbon and adopted its agenda.\n"
    )


@pytest.mark.parametrize(
    "title_lines",
    [
        ["Report on the {ordinal} session of the Conference of Ministers of", "Fisheries, Ports and Coastal Development"],
        ["Report on the {ordinal} session of the Conference of Ministers of Fisheries,", "Ports and Coastal Development"],
        ["Report of the {ordinal} session of the Conference of Ministers", "of Fisheries, Ports and Coastal Development"],
        ["Report on the {ordinal} session of the Conference of Ministers of Fisheries, Ports and Coastal Development"],
    ],
)
@pytest.mark.parametrize("ordinal, n", [("twelfth", 12), ("fifty-eighth", 58)])
def test_the_wrapped_title_makes_the_document_the_sessions_report(
    registry: BodyRegistry, title_lines: list[str], ordinal: str, n: int
) -> None:
    extraction = extract(_report(title_lines, ordinal, n), source_key="doc", registry=registry)
    facts = {(f.subject, f.relation, f.object) for f in extraction.facts}
    assert (DocumentRef(symbols=(f"E/ECS/CM/{n}/9",)), "reportOf", GatheringRef("sea-commission/ministers", "session", n)) in facts

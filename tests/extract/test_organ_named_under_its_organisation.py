"""A masthead that prints an organisation's name, then one of its organs in short
("WORLD METEOROLOGICAL ORGANIZATION" / "EXECUTIVE COUNCIL" / "Eighty-first session"): the session
line is the organ's (the Executive Council of that organisation), not the organisation's, which
holds no sessions. A line that names no organ holding sessions changes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import GatheringRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

TTL = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .

<body/mwo> a mg:Body ;
    mg:key "mwo" ;
    skos:prefLabel "Maritime Weather Organization"@en ;
    skos:altLabel "MWO"@en .

<body/mwo/assembly> a mg:Body ;
    mg:key "mwo/assembly" ;
    skos:prefLabel "Assembly of the Maritime Weather Organization"@en ;
    mg:shortName "Assembly" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/mwo> .

<body/mwo/executive-council> a mg:Body ;
    mg:key "mwo/executive-council" ;
    skos:prefLabel "Executive Council of the Maritime Weather Organization"@en ;
    mg:shortName "Council" ;
    mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/mwo/assembly> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    ttl = tmp_path_factory.mktemp("organ") / "mwo.ttl"
    ttl.write_text(TTL)
    return load_registry(DEFAULT_BASE_IRI, [Path(ttl)])


def _masthead(organ_line: str) -> str:
    return (
        "MWO-EC-12/Doc. 1\n\n"
        "MARITIME WEATHER ORGANIZATION\n\n"
        f"{organ_line}\n\n"
        "Twelfth session\n\n"
        "Geneva, 15–19 June 2031\n\n"
        "PROVISIONAL ANNOTATED AGENDA\n\n"
        "1. Opening of the session.\n"
    )


def _meetings(text: str, registry: BodyRegistry) -> set[GatheringRef]:
    return {f.subject for f in extract(text, source_key="doc", registry=registry).facts if f.relation == "meetingOf"}


@pytest.mark.parametrize("organ_line", ["EXECUTIVE COUNCIL", "Executive Council"])
def test_the_session_line_is_the_organs_named_above_it(organ_line: str, registry: BodyRegistry) -> None:
    meetings = _meetings(_masthead(organ_line), registry)
    assert GatheringRef("mwo/executive-council", "session", 12) in meetings
    assert not any(g.body == "mwo" for g in meetings)


@pytest.mark.parametrize("organ_line", ["SECRETARIAT", "Submitted by the Secretary-General"])
def test_a_line_naming_no_organ_with_sessions_gives_it_none(organ_line: str, registry: BodyRegistry) -> None:
    meetings = _meetings(_masthead(organ_line), registry)
    assert not any(g.body == "mwo/executive-council" for g in meetings)

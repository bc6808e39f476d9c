"""A known name of several words at the end of a longer proper name joined by "and" ("the
Finance and Audit Committee") is not the body of that name ("Audit Committee", another
organisation's in the reference data loaded with it): two names joined ("the Bureau and Audit
Committee", "UNEP and Audit Committee") or the name alone stay that body."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, in_note, key

AUDIT = """@prefix mg: <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/wcc/audit-committee> a mg:Body ; mg:key "wcc/audit-committee" ; mg:gatheringTerm "meeting" ;
    skos:prefLabel "Audit Committee of the World Coastal Congress"@en ; skos:altLabel "Audit Committee"@en ;
    org:subOrganizationOf <body/wcc> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("audit") / "audit.ttl"
    path.write_text(AUDIT, encoding="utf-8")
    return load_registry(BASE, [REFERENCE, path])


def _meetings(registry: BodyRegistry, sentence: str) -> set[str]:
    extraction = extract(in_note("The World Coastal Congress meets every two years.", sentence), source_key="t", registry=registry)
    return {key(f.subject) for f in extraction.facts if f.relation == "meetingOf"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission took note of the report of the Finance and Audit Committee on its first meeting.",
        "The Risk and Audit Committee held its first meeting in Geneva on 3 February 2032.",
    ],
)
def test_a_longer_name_is_another_body(registry: BodyRegistry, sentence: str) -> None:
    assert "wcc/audit-committee#1" not in _meetings(registry, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Commission took note of the report of the Audit Committee on its first meeting.",
        "The Commission took note of the reports of the Bureau and Audit Committee on its first meeting.",
    ],
)
def test_the_name_alone_is_the_body(registry: BodyRegistry, sentence: str) -> None:
    assert "wcc/audit-committee#1" in _meetings(registry, sentence)


def test_a_list_of_names_keeps_each() -> None:
    from tests.extract.phrasing import facts, in_resolution

    text = in_resolution(
        "Recalling the Programme of Action of the Conference on Population and Development and General Assembly resolution 65/234,"
    )
    assert ("ccr/res/12/1", "ga/res/65/234") in facts(text, "cites")

"""A body made permanent, told with the body as the subject: "The Working Group on Coastal Fisheries
became (later became) a standing body under resolution 77/12" — only "was made a standing body by"
was read (`relate._CONSTANT`, `_MADE_CONSTANT_BY`). Invented sentences in a report's shape; a body
that became one without an instrument named, or a person who became a permanent member, gives
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import SG_REPORT

BASE = "https://w3id.org/mandate-graph/id/"
GROUP = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ga/wgcf> a mg:Body ; mg:key "ga/wgcf" ; skos:prefLabel "Working Group on Coastal Fisheries"@en ;
    mg:shortName "Working Group" ; org:subOrganizationOf <body/ga> .
"""
REPORT = SG_REPORT


@pytest.fixture(scope="module")
def registry(tmp_path_factory):
    folder: Path = tmp_path_factory.mktemp("wgcf")
    (folder / "wgcf.ttl").write_text(GROUP, encoding="utf-8")
    return load_registry(BASE, [folder])


def _made_constant(sentence: str, registry) -> set[tuple[str, str]]:
    e = extract(REPORT.format(s=sentence), source_key="report", registry=registry)
    return {(f"{f.subject.session}/{f.subject.number}", f.object.key) for f in e.facts if f.relation == "makesConstantElement" and isinstance(f.object, BodyRef)}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Working Group on Coastal Fisheries became a standing body under resolution 77/12.",
        "The Working Group on Coastal Fisheries later became a permanent body by resolution 77/12.",
        "The Working Group on Coastal Fisheries was made a permanent body by resolution 77/12.",
    ],
)
def test_a_body_that_became_standing_by_an_instrument(sentence: str, registry) -> None:
    assert _made_constant(sentence, registry) == {("77/12", "ga/wgcf")}


@pytest.mark.parametrize(
    "sentence",
    [
        "The Working Group on Coastal Fisheries became a standing body in 2019.",
        "The President became a permanent member of the Working Group on Coastal Fisheries under resolution 77/12.",
    ],
)
def test_no_instrument_or_no_body_made_permanent(sentence: str, registry) -> None:
    assert _made_constant(sentence, registry) == set()

"""Two bodies that number their instruments the same way ("Resolution {session}.{number}": the
Ramsar Convention's Conference and CMS's both do): a number belongs to the body the document
carries — its symbol series or its full name —, whichever reference file was read first."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/{key}> a mg:Body ; mg:key "{key}" ;
    skos:prefLabel "Conference of the Parties to the {convention}"@en ; mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "{prefix}" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "Resolution {{session}}.{{number}}" ; mg:instrumentKind "resolution" ] .
"""
FERN = dict(key="fern-cop", convention="Convention on Ferns", prefix="UNEP/FERN")
MOSS = dict(key="moss-cop", convention="Convention on Mosses", prefix="UNEP/MOSS")


def registry_of(folder: Path, first: dict[str, str], second: dict[str, str]) -> BodyRegistry:
    paths = []
    for n, body in enumerate((first, second)):
        path = folder / f"{n}.ttl"
        path.write_text(BODY.format(**body), encoding="utf-8")
        paths.append(path)
    return load_registry(DEFAULT_BASE_IRI, paths)


def document(body: dict[str, str], masthead: str) -> str:
    return (f"{masthead}\n\nResolution 9.4\n\nWetland corridors\n\n"
            f"The Conference of the Parties to the {body['convention']},\n\n"
            "Recalling Resolution 7.12 on connectivity,\n\n1. Requests the Secretariat to report;\n")


@pytest.mark.parametrize("order", ["fern first", "moss first"])
@pytest.mark.parametrize("body, masthead", [
    (FERN, "UNEP/FERN/Resolution 9.4\nOriginal: English"),
    (MOSS, "UNEP/MOSS/Resolution 9.4\nOriginal: English"),
    (MOSS, "CONVENTION ON MOSSES"),  # no series: the full name in the opening formula decides
])
def test_a_number_written_alike_is_the_document_s_body(tmp_path: Path, order: str, body: dict[str, str], masthead: str) -> None:
    registry = registry_of(tmp_path, *((FERN, MOSS) if order == "fern first" else (MOSS, FERN)))
    facts = {(f.subject, f.relation, f.object) for f in extract(document(body, masthead), source_key="doc", registry=registry).facts}
    own = InstrumentRef(body["key"], "resolution", "9", "4")
    assert (own, "cites", InstrumentRef(body["key"], "resolution", "7", "12")) in facts, sorted(map(str, facts))[:12]
    other = "moss-cop" if body is FERN else "fern-cop"
    assert not [s for s, _, _ in facts if isinstance(s, InstrumentRef) and s.issuer == other]

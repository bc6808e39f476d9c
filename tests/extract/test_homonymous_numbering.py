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


# A body whose own convention is written as every body's default one ("decision {session}/{number}",
# the Montreal Protocol's "decision XXXVIII/3"): its reference file must not take the numbers of a
# document of another body that numbers by default.
DEFAULT_LIKE = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/lichen-mop> a mg:Body ; mg:key "lichen-mop" ;
    skos:prefLabel "Meeting of the Parties to the Lichen Protocol"@en ; mg:shortName "Meeting of the Parties" ;
    mg:symbolPrefix "UNEP/Lich.Pro" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "TEMPLATE" ; mg:instrumentKind "decision" ] .
<body/kelp-cop> a mg:Body ; mg:key "kelp-cop" ;
    skos:prefLabel "Conference of the Parties to the Convention on Kelp"@en ; mg:shortName "Conference of the Parties" ;
    mg:symbolPrefix "KELP/COP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.mark.parametrize("template", ["decision {session}/{number}", "{number}/{session}"])
@pytest.mark.parametrize("carrier, issuer, session", [
    ("KELP/COP/12/L.3\n\nThe Conference of the Parties to the Convention on Kelp,", "kelp-cop", "12"),
    ("UNEP/Lich.Pro.12/9\n\nThe Meeting of the Parties to the Lichen Protocol,", "lichen-mop", "12"),
])
def test_a_default_like_convention_belongs_to_its_body_only_where_the_document_carries_it(
    tmp_path: Path, template: str, carrier: str, issuer: str, session: str
) -> None:
    path = tmp_path / "bodies.ttl"
    path.write_text(DEFAULT_LIKE.replace("TEMPLATE", template), encoding="utf-8")
    registry = load_registry(DEFAULT_BASE_IRI, [path])
    text = f"{carrier}\n\nRecalling its decision 10/6 on monitoring,\n\n1. Requests the Secretariat to report;\n"
    facts = extract(text, source_key="doc", registry=registry).facts
    # "10/6" is session 10, number 6 by default, and number 10 of session 6 in a reversed template
    cited = [f.object for f in facts if isinstance(f.object, InstrumentRef) and {f.object.session, f.object.number} == {"10", "6"}]
    assert cited and {ref.issuer for ref in cited} == {issuer}, [str(f) for f in facts][:12]

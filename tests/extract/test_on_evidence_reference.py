"""Shipped reference data read on evidence (`ontology/reference/on-evidence/`, E152): loaded by
default after the core (`ontology/reference/*.ttl`), its bodies are added bodies, read as a user's
`--reference` file's are, by a short name, an abbreviation or a series only where the document gives
evidence of their organisation. Were they core bodies (`Body.added` false), a user's file that
describes one of them again under the same IRI would lose its organisation's evidence, and short
names such as "the Assembly" or "the Executive Committee" would be read in every document.

The folder ships empty for now: `optional/un-system.ttl` (E151) stands in for its data here, as
E152 measured it (docs/relations.md). The texts are invented, in the shape of ICAO's."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph import ontology
from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

BASE = "https://w3id.org/mandate-graph/id/"
ROOT = Path(__file__).resolve().parents[2]
UN_SYSTEM = ROOT / "ontology" / "reference" / "optional" / "un-system.ttl"

# A user's file describing two bodies the data read on evidence knows, under the same IRIs, with
# the numbering convention of the organisation's own documents
ICAO = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/icao-assembly> a mg:Body ; mg:key "icao-assembly" ;
    skos:prefLabel "Assembly of the International Civil Aviation Organization"@en ; skos:altLabel "ICAO Assembly"@en ;
    mg:shortName "Assembly" ; mg:symbolPrefix "A" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "A{session}-{number}" ; mg:instrumentKind "resolution" ] .
<body/icao-assembly/council> a mg:Body ; mg:key "icao-assembly/council" ;
    skos:prefLabel "Council of the International Civil Aviation Organization"@en ; skos:altLabel "ICAO Council"@en ;
    mg:shortName "Council" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/icao-assembly> .
"""

ICAO_RESOLUTIONS = """INTERNATIONAL CIVIL AVIATION ORGANIZATION
ASSEMBLY — {session}TH SESSION
RESOLUTIONS ADOPTED BY THE ASSEMBLY
(Adopted at the {session}th Session of the Assembly, Montréal, 21 September to 1 October 2032)

Resolution A{session}-9: Sharing of aviation safety data

Recalling Resolution A{earlier}-6 on the Global Aviation Safety Plan;

The Assembly:

1. {verb} the Council to develop guidance on the protection of safety data;

2. Urges Member States to share safety data through regional safety oversight organizations.
"""


@pytest.fixture
def on_evidence(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(ontology, "on_evidence_reference_files", lambda: [UN_SYSTEM])


def test_the_core_is_read_first_and_the_rest_is_added(on_evidence) -> None:
    assert ontology.reference_files()[-1] == UN_SYSTEM
    shipped = load_registry(BASE)
    core = {b.key for b in shipped if not b.added}
    added = [b for b in shipped if b.added]
    assert len(added) >= 150
    assert {"ga", "ecosoc", "cop-untoc"} <= core
    assert "unhcr/excom" not in core and "icao-assembly" not in core


@pytest.mark.parametrize(("session", "earlier", "verb"), [(45, 44, "Requests"), (46, 45, "Instructs"), (44, 43, "Requests")])
def test_a_users_file_describing_the_same_body_reads_its_organisations_documents(on_evidence, tmp_path, session, earlier, verb) -> None:
    path = tmp_path / "icao.ttl"
    path.write_text(ICAO, encoding="utf-8")
    registry = load_registry(BASE, [path])
    assert registry.bodies["icao-assembly"].added
    text = ICAO_RESOLUTIONS.format(session=session, earlier=earlier, verb=verb)
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="icao", registry=registry).facts}
    resolution = InstrumentRef(issuer="icao-assembly", kind="resolution", session=str(session), number="9")
    assert (resolution, "adoptedAt", GatheringRef(body="icao-assembly", kind="session", ordinal=session)) in facts
    assert (resolution, "cites", InstrumentRef(issuer="icao-assembly", kind="resolution", session=str(earlier), number="6")) in facts
    assert any(s == resolution and o == BodyRef("icao-assembly/council") for s, _, o in facts)


def test_without_data_read_on_evidence_the_shipped_data_is_the_core() -> None:
    assert ontology.on_evidence_reference_files() == []
    assert not any(b.added for b in load_registry(BASE))

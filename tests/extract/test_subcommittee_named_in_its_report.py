"""The report of a subcommittee issued under its parent's symbol series ("A/AC.999/77 / Report of
the Fisheries Subcommittee on its twelfth session"): "the Subcommittee" of the report is the one
whose session it reports, even where a sister subcommittee of the same short name was named last
(`extract._own_bodies`: the reported body first; `rules/own_body_names.HEAD_NOUNS`: "Subcommittee",
"Subcommission"). So its documents list goes to that session and "its thirteenth session" is that
body's."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/cca> a mg:Body ; mg:key "cca" ; skos:prefLabel "Committee on Coastal Affairs"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "A/AC.999" ; mg:gatheringTerm "session" .
<body/cca/fisheries> a mg:Body ; mg:key "cca/fisheries" ;
    skos:prefLabel "Fisheries Subcommittee of the Committee on Coastal Affairs"@en ; skos:altLabel "Fisheries Subcommittee"@en ;
    mg:shortName "Subcommittee" ; mg:symbolPrefix "A/AC.999/C.1" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/cca> .
<body/cca/ports> a mg:Body ; mg:key "cca/ports" ;
    skos:prefLabel "Ports Subcommittee of the Committee on Coastal Affairs"@en ; skos:altLabel "Ports Subcommittee"@en ;
    mg:shortName "Subcommittee" ; mg:symbolPrefix "A/AC.999/C.2" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/cca> .
<body/delta-council> a mg:Body ; mg:key "delta-council" ; skos:prefLabel "Delta Council"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "DC" ; mg:gatheringTerm "session" .
<body/delta-council/sub> a mg:Body ; mg:key "delta-council/sub" ;
    skos:prefLabel "Subcommission on Delta Surveys of the Delta Council"@en ; mg:shortName "Subcommission" ;
    mg:symbolPrefix "DC/SUB" ; mg:gatheringTerm "session" ; org:subOrganizationOf <body/delta-council> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _report(reported: str, other: str, layout: str) -> str:
    sep = "\t" if layout == "word" else " "
    return (
        f"United Nations{sep}A/AC.999/77\n\nCommittee on Coastal Affairs\n\n"
        f"Report of the {reported} Subcommittee on its twelfth session, held in Nairobi from 3 to 7 May 2031\n\n"
        # each section names the sister subcommittee, which would otherwise be the section's focus
        f"B.{sep}Documentation\n\n"
        f"1.{sep}The Subcommittee had before it the following documents:\n\n"
        f"(a){sep}Provisional agenda (A/AC.999/C.9/L.50);\n\n"
        f"(b){sep}Report of the {other} Subcommittee on its ninth session, held in Mombasa from 2 to 6 February 2031 (A/AC.999/C.9/30).\n\n"
        f"C.{sep}Future work\n\n"
        f"2.{sep}The {other} Subcommittee met twice.\n\n"
        f"3.{sep}The Subcommittee noted that its thirteenth session would be held in Nairobi from 4 to 8 May 2032.\n"
    )


def _facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[object, object]]:
    return {(f.subject, f.object) for f in extract(text, source_key="doc", registry=registry).facts if f.relation == relation}


@pytest.mark.parametrize("reported, other, key, other_key", [
    ("Fisheries", "Ports", "cca/fisheries", "cca/ports"),
    ("Ports", "Fisheries", "cca/ports", "cca/fisheries"),
])
@pytest.mark.parametrize("layout", ["word", "plain"])
def test_the_subcommittee_is_the_reported_one(
    registry: BodyRegistry, reported: str, other: str, key: str, other_key: str, layout: str
) -> None:
    text = _report(reported, other, layout)
    session = GatheringRef(key, "session", 12)
    submitted = _facts(text, registry, "submittedTo")
    assert (DocumentRef(symbols=("A/AC.999/C.9/L.50",)), session) in submitted
    assert (DocumentRef(symbols=("A/AC.999/C.9/30",)), session) in submitted
    meetings = {s for s, _ in _facts(text, registry, "meetingOf")}
    assert GatheringRef(key, "session", 13) in meetings
    assert GatheringRef(other_key, "session", 13) not in meetings


def test_a_subcommission_in_its_own_report(registry: BodyRegistry) -> None:
    text = (
        "DC/2031/4\n\nDelta Council\n\nReport of the Subcommission on Delta Surveys of the Delta Council on its fifth session\n\n"
        "1. The Subcommission noted that its sixth session would be held in Cairo from 4 to 8 May 2032.\n"
    )
    assert GatheringRef("delta-council/sub", "session", 6) in {s for s, _ in _facts(text, registry, "meetingOf")}


def test_another_subcommittee_named_in_full_stays_itself(registry: BodyRegistry) -> None:
    text = _report("Fisheries", "Ports", "plain") + "\n3. The Ports Subcommittee will hold its tenth session in Mombasa from 1 to 5 February 2032.\n"
    meetings = {s for s, _ in _facts(text, registry, "meetingOf")}
    assert GatheringRef("cca/ports", "session", 10) in meetings
    assert GatheringRef("cca/fisheries", "session", 10) not in meetings

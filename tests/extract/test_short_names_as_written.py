"""A short name is matched as its body's file writes it ("Committee", or "committee" in lower case
as one file gives it). Where the document gives no evidence of that file's organisation and
another body writes the same short name otherwise, a word written so is not read as a short name
at all (as if the file were not loaded), and so not lent to that other body: "a standing committee" in an
industrial board's decision is not its "Committee" (the programme committee) because a social
commission's file writes its youth committee's short name in lower case.

Two invented organisations; texts are invented."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.references import body_matcher

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""

FORGE = PREFIXES + """
<body/forge-board> a mg:Body ; mg:key "forge-board" ;
    skos:prefLabel "Forge Industry Board"@en ; skos:altLabel "FIB"@en ; mg:shortName "Board" ;
    mg:symbolPrefix "FIB" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/forge-board/pc> a mg:Body ; mg:key "forge-board/pc" ;
    skos:prefLabel "Forge Programme Committee"@en ; mg:shortName "Committee" ;
    mg:gatheringTerm "session" ; org:subOrganizationOf <body/forge-board> .
<body/forge-board/audit> a mg:Body ; mg:key "forge-board/audit" ;
    skos:prefLabel "Forge Audit Committee"@en ; org:subOrganizationOf <body/forge-board> .
"""

HEARTH = PREFIXES + """
<body/hearth-commission> a mg:Body ; mg:key "hearth-commission" ;
    skos:prefLabel "Hearth Social Commission"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/hearth-commission/youth> a mg:Body ; mg:key "hearth-commission/youth" ;
    skos:prefLabel "Hearth Youth Review Committee"@en ; mg:shortName "committee" ;
    org:subOrganizationOf <body/hearth-commission> .
"""


def _registry(tmp_path_factory: pytest.TempPathFactory, *turtles: str) -> BodyRegistry:
    folder = tmp_path_factory.mktemp("ref")
    paths = []
    for index, turtle in enumerate(turtles):
        path = folder / f"organisation{index}.ttl"
        path.write_text(turtle, encoding="utf-8")
        paths.append(path)
    return load_registry(DEFAULT_BASE_IRI, paths)


@pytest.fixture(scope="module")
def forge(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, FORGE)


@pytest.fixture(scope="module")
def both(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return _registry(tmp_path_factory, FORGE, HEARTH)


DECISION = (
    "Forge Industry Board\nTwelfth session\nForgetown, 14-16 July 2031\n\n"
    "DECISIONS ADOPTED BY THE FORGE INDUSTRY BOARD AT ITS TWELFTH SESSION\n\n"
    "FIB.12/Dec.4\tAudit matters\n\n"
    "The Forge Industry Board:\n"
    "(a)\tDecided that the Forge Audit Committee shall henceforth be a standing committee reporting to "
    "the Board, and requested it to submit its annual report to the Board at its regular sessions.\n"
)
SENTENCE = DECISION.split("(a)\t")[1].strip()


def test_a_lower_case_short_name_of_an_unshown_organisation_is_no_mention(forge: BodyRegistry, both: BodyRegistry) -> None:
    own = [(m.text, m.key, m.short) for m in body_matcher(forge).for_document(DECISION).find(SENTENCE)]
    beside = [(m.text, m.key, m.short) for m in body_matcher(both).for_document(DECISION).find(SENTENCE)]
    assert ("committee", None, "committee") not in beside
    assert beside == own


def test_the_decision_reads_the_same_with_the_other_file_loaded(forge: BodyRegistry, both: BodyRegistry) -> None:
    def facts(registry: BodyRegistry) -> set[tuple[str, str, str]]:
        return {(f.relation, str(f.subject), str(f.object)) for f in extract(DECISION, source_key="d", registry=registry).facts}

    assert facts(both) == facts(forge)


def test_the_short_name_is_read_where_its_organisation_is_shown(both: BodyRegistry) -> None:
    text = "The Hearth Social Commission heard the committee.\n"
    assert ("committee", "committee") in [(m.text, m.short) for m in body_matcher(both).for_document(text).find(text)]

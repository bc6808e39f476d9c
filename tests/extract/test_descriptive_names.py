"""A reference file's alias that only describes ("Conference of the Parties to the Convention",
"the Meeting of the Parties", "the Secretariat of the Convention") is no evidence of its
organisation: every treaty's conference is so described. In a document of another treaty, whose
"Convention" is its own, the alias reads as that file were not loaded; in a document that shows
the alias's organisation otherwise (its full name, its symbol series), it is its body's.

Two invented treaties, each with a reference file that aliases its conference "Conference of the
Parties to the Convention", and a third organisation with a secretariat described the same way."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.descriptive_names import is_descriptive
from mandate_graph.loaders.extract.references import body_matcher

PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
"""

REEF = PREFIXES + """
<body/reef-cop> a mg:Body ; mg:key "reef-cop" ;
    skos:prefLabel "Conference of the Parties to the Coral Reef Convention"@en ;
    skos:altLabel "Conference of the Parties to the Convention"@en ;
    mg:symbolPrefix "CRC/COP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/reef-cop/secretariat> a mg:Body ; mg:key "reef-cop/secretariat" ;
    skos:prefLabel "Secretariat of the Coral Reef Convention"@en ;
    skos:altLabel "the Secretariat of the Convention"@en ; org:subOrganizationOf <body/reef-cop> .
"""

DUNE = PREFIXES + """
<body/dune-cop> a mg:Body ; mg:key "dune-cop" ;
    skos:prefLabel "Conference of the Parties to the Sand Dune Convention"@en ;
    skos:altLabel "Conference of the Parties to the Convention"@en ;
    mg:symbolPrefix "SDC/COP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""

MOOR = PREFIXES + """
<body/moor-mop> a mg:Body ; mg:key "moor-mop" ;
    skos:prefLabel "Meeting of the Parties to the Moorland Agreement"@en ;
    skos:altLabel "the Meeting of the Parties"@en ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
"""


def _registry(tmp_path_factory: pytest.TempPathFactory, *turtles: str) -> BodyRegistry:
    folder = tmp_path_factory.mktemp("ref")
    paths = []
    for index, turtle in enumerate(turtles):
        path = folder / f"treaty{index}.ttl"
        path.write_text(turtle, encoding="utf-8")
        paths.append(path)
    return load_registry(DEFAULT_BASE_IRI, paths)


@pytest.fixture(scope="module")
def registries(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BodyRegistry]:
    return {
        "none": _registry(tmp_path_factory),
        "reef": _registry(tmp_path_factory, REEF),
        "all": _registry(tmp_path_factory, REEF, DUNE, MOOR),
    }


def _keys(registry: BodyRegistry, document: str, sentence: str) -> list[str | None]:
    return [m.key for m in body_matcher(registry).for_document(document).find(sentence)]


@pytest.mark.parametrize("name, descriptive", [
    ("Conference of the Parties to the Convention", True),
    ("the Meeting of the Parties", True),
    ("the Secretariat of the Convention", True),
    ("the Conference of the Contracting Parties", True),
    ("Secretariat of the Protocol", True),
    # generic words, but how an organisation names its own organ: names
    ("Standing Committee", False),
    ("Executive Council", False),
    ("Open-ended Working Group", False),
    ("Member States", False),
    ("Conference of the Parties to the Coral Reef Convention", False),
    ("Secretariat of the Basel Convention", False),
    ("Meeting of the Parties to the Moorland Agreement", False),
    ("Convention", False),  # one word: an abbreviation's rule, not this one
])
def test_descriptive_names(name: str, descriptive: bool) -> None:
    assert is_descriptive(name) is descriptive


# A report of a fourth treaty (not in any file) that writes of its own Convention.
OTHER_TREATY = (
    "Report of the Conference of the Parties to the Wetland Convention on its fifth session\n\n"
    "1. The Conference of the Parties to the Convention held its fifth session in Ramsar.\n\n"
    "2. The Meeting of the Parties and the Secretariat of the Convention were informed.\n"
)


@pytest.mark.parametrize("sentence", OTHER_TREATY.split("\n\n")[1:])
def test_a_described_alias_is_no_body_where_its_organisation_is_not_shown(registries: dict[str, BodyRegistry], sentence: str) -> None:
    keys = _keys(registries["all"], OTHER_TREATY, sentence)
    assert not {"reef-cop", "dune-cop", "reef-cop/secretariat", "moor-mop"} & set(keys)


def test_the_other_treatys_report_reads_as_if_no_file_were_loaded(registries: dict[str, BodyRegistry]) -> None:
    def facts(registry: BodyRegistry) -> set[tuple[str, str, str]]:
        found = extract(OTHER_TREATY, source_key="doc", registry=registry).facts
        return {(f.relation, str(f.subject), str(f.object)) for f in found}

    assert facts(registries["all"]) == facts(registries["none"])


@pytest.mark.parametrize("shown", [
    "The Conference of the Parties to the Coral Reef Convention met in Suva.",  # its full name
    "Distr.: General CRC/COP/5/1",  # its symbol series
])
def test_a_described_alias_is_its_body_where_its_organisation_is_shown(registries: dict[str, BodyRegistry], shown: str) -> None:
    document = shown + "\n\nThe Conference of the Parties to the Convention adopted the budget.\n"
    sentence = "The Conference of the Parties to the Convention adopted the budget."
    # with only its own file, and beside another treaty's file that gives the same alias
    assert _keys(registries["reef"], document, sentence) == ["reef-cop"]
    assert "reef-cop" in _keys(registries["all"], document, sentence)
    assert "dune-cop" not in _keys(registries["all"], document, sentence)

"""Look-ups whose cost no longer grows with the reference data (S31) give what the walks they
replace gave: a document's author by its symbol, the bodies a paragraph names as written, the
instrument numbers of a whole document."""

from __future__ import annotations

import dataclasses
import re

import pytest

from mandate_graph.graph.reference import Body, BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.numbering import numbering_finder
from mandate_graph.loaders.extract.references import body_matcher
from tests.extract.reference_data import registry_from_turtle

_PREFIXES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/rivers> a mg:Body ; mg:key "rivers" ;
    skos:prefLabel "Conference of the Parties to the River Basins Convention"@en ;
    mg:shortName "Conference of the Parties" ; mg:symbolPrefix "RBC" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RB-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/rivers/bureau> a mg:Body ; mg:key "rivers/bureau" ; org:subOrganizationOf <body/rivers> ;
    skos:prefLabel "Bureau of the Conference of the Parties to the River Basins Convention"@en ;
    mg:shortName "Bureau" ; mg:symbolPrefix "RBC/BUR" .
<body/rivers/panel> a mg:Body ; mg:key "rivers/panel" ; org:subOrganizationOf <body/rivers> ;
    skos:prefLabel "Scientific Panel of the River Basins Convention"@en ;
    mg:shortName "committee" ; mg:symbolPrefix "RBC/BUR" .
<body/lakes> a mg:Body ; mg:key "lakes" ;
    skos:prefLabel "Assembly of the Lakes Organization"@en ; mg:shortName "Assembly" ;
    mg:symbolPrefix "LK" ; mg:issuesInstruments true ; mg:gatheringTerm "session" ;
    mg:instrumentNumbering [ mg:numberTemplate "resolution {number} ({session})" ; mg:instrumentKind "resolution" ] ,
        [ mg:numberTemplate "{number}/LA.{session}" ; mg:instrumentKind "decision" ] .
<body/lakes/secretariat> a mg:Body ; mg:key "lakes/secretariat" ; org:subOrganizationOf <body/lakes> ;
    skos:prefLabel "Secretariat of the Lakes Organization"@en ; mg:shortName "secretariat" .
""".replace("@prefix skos:", "@prefix org:  <http://www.w3.org/ns/org#> .\n@prefix skos:")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, _PREFIXES)


@pytest.mark.parametrize(
    ("symbol", "author"),
    [
        ("RBC/COP.3/2", "rivers"),
        ("RBC/BUR/2024/1", "rivers/bureau"),  # the longest prefix; of two bodies sharing it, the first
        ("RBC/BUR", "rivers/bureau"),
        ("LK12/3", "lakes"),  # a prefix of two letters runs on into its session
        ("LK 12/3", "lakes"),
        ("RBCX/1", None),
        ("RB/1", None),
    ],
)
def test_a_symbol_names_its_author_by_its_longest_declared_prefix(registry: BodyRegistry, symbol: str, author: str | None) -> None:
    found = registry.by_symbol(symbol)
    assert (found.key if found else None) == author


def test_a_body_a_document_adds_to_its_copy_of_the_registry_is_looked_up_by_its_symbol(registry: BodyRegistry) -> None:
    copy = BodyRegistry({**registry.bodies}, registry.graph)
    assert copy.by_symbol("RBC/WG.1/2") is not None and copy.by_symbol("RBC/WG.1/2").key == "rivers"
    working_group = Body(key="rivers/wg", name="Working Group on Floods", parent="rivers", symbol_prefix="RBC/WG.1")
    copy.bodies["rivers/wg"] = working_group  # in place, as a document's reader adds the bodies it creates
    assert copy.by_symbol("RBC/WG.1/2") is working_group
    renamed = dataclasses.replace(working_group, aliases=("Floods Group",))
    copy.bodies["rivers/wg"] = renamed
    assert copy.by_symbol("RBC/WG.1/2") is renamed
    assert [b.key for b in copy.children("rivers")] == ["rivers/bureau", "rivers/panel", "rivers/wg"]
    assert registry.by_symbol("RBC/WG.1/2").key == "rivers"


@pytest.mark.parametrize(
    "paragraph",
    [
        "The committee and the Bureau met; the subcommittee did not.",
        "the secretariat of the Assembly informed the committee",
        "Secretariat, secretariats, secretariat-led work and the committee's report",
        "A committee of the Bureau; the Committee; committee",
    ],
)
def test_names_written_in_lower_case_first_are_found_where_they_begin_a_word(registry: BodyRegistry, paragraph: str) -> None:
    matcher = body_matcher(registry)
    found = [(m.start(), m.group(0)) for m in matcher._names_as_written(paragraph)]
    for start, written in found:
        assert start == 0 or not (paragraph[start - 1].isalnum() or paragraph[start - 1] == "_")
        assert paragraph[start : start + len(written)] == written
    lower = [(start, w) for start, w in found if w[:1].islower()]
    assert lower == [(m.start(), m.group(0)) for m in _LOWER_SHORT_NAMES.finditer(paragraph)]
    assert found == sorted(found)
    assert any(w == "Bureau" for _, w in found) == ("Bureau" in paragraph)


# the lower-case short names of the file above, where a word begins and ends (not before a hyphen)
_LOWER_SHORT_NAMES = re.compile(r"(?<!\w)(?:committee|secretariat)\b(?!-)")


def _document(parts: list[str]) -> str:
    filler = "The Assembly considered the report of the secretariat and its annexes at length. "
    return "\n".join(f"{filler * (i % 3)}{part}" for i, part in enumerate(parts)) + "\n" + filler * 30


@pytest.mark.parametrize(
    "parts",
    [
        ["Decision RB-3/2 was adopted.", "See resolution 12 (2019) and 4/LA.7.", "(RB-4/1) and RB-5/6, RB-5/7"],
        ["xRB-3/2 is no number", "UNEP/RB-3/2 neither", "but RB-10/12 is", "resolution 7 (2020).1 ends a sentence"],
        ["Resolutions 3 (2018) and 4 (2018) were recalled.", "12/LA.3 and 13/LA.3 apply", "RB-1/1"],
    ],
)
def test_a_whole_documents_numbers_are_those_of_its_lines(registry: BodyRegistry, parts: list[str]) -> None:
    finder = numbering_finder(tuple(registry))
    document = _document(parts)
    assert len(document) > 2000  # read as a whole document (`_LONG_TEXT`), each line as a sentence
    whole = [(n.start, n.end, n.issuer, n.session, n.number) for n in finder.find(document)]
    by_line = []
    offset = 0
    for line in document.split("\n"):
        by_line += [(n.start + offset, n.end + offset, n.issuer, n.session, n.number) for n in finder.find(line)]
        offset += len(line) + 1
    assert whole == by_line
    assert whole  # each document holds numbers
    assert finder.find(document) == finder.find(document)  # asked again, the same


def test_extraction_is_the_same_with_a_document_asked_for_twice(registry: BodyRegistry) -> None:
    text = _document(["Decision RB-3/2", "The Conference of the Parties to the River Basins Convention requests the secretariat to report."])
    first = extract(text, source_key="doc", registry=registry)
    again = extract(text, source_key="doc", registry=registry)
    assert [str(f) for f in first.facts] == [str(f) for f in again.facts]

"""A body's name with an apostrophe ("United Nations Children's Fund", "Women's Rights
Committee") is typed one way in a user's reference data and printed the other way in the
documents: word processors turn the straight apostrophe into a curly one (’), and a file
typed by hand or converted to plain ASCII turns it back. Either spelling names the same body
(found as E78 measured u99 saved from Word: "Children’s Fund" did not match the reference
data's "Children's Fund", so UNICEF lost its invitation). Invented reference data, both ways round.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, REFERENCE, key

BODIES = """\
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

<body/seafarers-fund> a mg:Body ;
    mg:key "seafarers-fund" ;
    skos:prefLabel "International Seafarers{straight}s Welfare Fund"@en .

<body/coastal-womens-network> a mg:Body ;
    mg:key "coastal-womens-network" ;
    skos:prefLabel "Coastal Women{curly}s Leadership Network"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = Path(tmp_path_factory.mktemp("apostrophes")) / "apostrophes.ttl"
    path.write_text(BODIES.format(straight="'", curly="’"), encoding="utf-8")
    return load_registry(BASE, [REFERENCE, path])


NOTE = (
    "United Nations E/CN.21/2032/9\n\nEconomic and Social Council\n\nDistr.: General\n4 January 2032\n\n"
    "Original: English\n\nCommission on Coastal Resilience\n\nThirteenth session\n\nNew York, 8–12 March 2032\n\n"
    "Note by the Secretariat\n\n1. {sentence}\n"
)


def invited(sentence: str, registry: BodyRegistry) -> set[tuple[str, str]]:
    extraction = extract(NOTE.format(sentence=sentence), source_key="test", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == "invites"}


@pytest.mark.parametrize("apostrophe", ["'", "’"])
@pytest.mark.parametrize(("name", "body"), [
    ("International Seafarers{a}s Welfare Fund", "seafarers-fund"),
    ("Coastal Women{a}s Leadership Network", "coastal-womens-network"),
])
def test_a_name_is_found_whichever_apostrophe_the_document_prints(apostrophe: str, name: str, body: str,
                                                                  registry: BodyRegistry) -> None:
    written = name.format(a=apostrophe)
    sentence = f"In its resolution 12/3, the Commission invited the {written} to share its data on coastal hazards."
    assert ("ccr/res/12/3", body) in invited(sentence, registry)


def test_the_apostrophe_is_no_wildcard(registry: BodyRegistry) -> None:
    """Only the two apostrophes stand for each other: another character there is another name."""
    sentence = "In its resolution 12/3, the Commission invited the International Seafarers-s Welfare Fund to report."
    assert not any(body == "seafarers-fund" for _, body in invited(sentence, registry))

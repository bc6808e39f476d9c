"""A body named by the head of its full name: "the Permanent Forum" for the "Permanent Forum on
Indigenous Issues", the words before the name's first "on", "of", "for" ..., ending on the body's
short name. A short name after another capitalised word is otherwise another proper name ("the
Durban Forum" is not "the Forum"), and stays so (`references.BodyMatcher._ends_another_name`)."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract.references import body_matcher
from tests.support.extraction import BASE

_PANELS = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/sea-level-panel> a mg:Body ;
    mg:key "sea-level-panel" ;
    skos:prefLabel "Permanent Panel on Sea Level Data"@en ;
    mg:shortName "Panel" ;
    mg:gatheringTerm "session" .
<body/reef-panel> a mg:Body ;
    mg:key "reef-panel" ;
    skos:prefLabel "Scientific Panel for the Assessment of Reef Health"@en ;
    mg:shortName "Panel" ;
    mg:gatheringTerm "session" .
"""


@pytest.fixture(scope="module")
def panels(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "panels.ttl"
    path.write_text(_PANELS, encoding="utf-8")
    return load_registry(BASE, [path])


@pytest.mark.parametrize("sentence", [
    "The Permanent Panel was established by the Council in 2029.",
    "The Council tasked the Permanent Panel with preparing a study.",
    "The Scientific Panel will hold its sixth session in Nairobi.",
])
def test_the_head_of_a_full_name_is_the_body(panels: BodyRegistry, sentence: str) -> None:
    found = body_matcher(panels).find(sentence)
    assert any(m.text == "Panel" for m in found)


@pytest.mark.parametrize("sentence", [
    "The Durban Panel was established in 2029.",  # another proper name
    "The Standing Panel met twice.",
    "The Permanent Mission of Fiji wrote to the Secretariat.",  # no short name at all
])
def test_another_capitalised_word_before_a_short_name_is_another_name(panels: BodyRegistry, sentence: str) -> None:
    found = body_matcher(panels).find(sentence)
    assert not any(m.text == "Panel" for m in found)


_COMMITTEES = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/ssm> a mg:Body ;
    mg:key "ssm" ;
    skos:prefLabel "Southern Seas Ministerial Conference"@en ;
    mg:shortName "Conference" ;
    mg:gatheringTerm "session" .
<body/ssm/experts> a mg:Body ;
    mg:key "ssm/experts" ;
    skos:prefLabel "Committee of Officials of the Southern Seas Ministerial Conference"@en ;
    mg:shortName "Committee of Officials" ;
    mg:gatheringTerm "meeting" ;
    org:subOrganizationOf <body/ssm> .
"""


@pytest.fixture(scope="module")
def committees(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("reference") / "committees.ttl"
    path.write_text(_COMMITTEES, encoding="utf-8")
    return load_registry(BASE, [path])


@pytest.mark.parametrize(("sentence", "named"), [
    # "of" and its parent's short name or name: the body's own name, shortened
    ("The session was preceded by the ninth meeting of the Committee of Officials of the Conference.", True),
    ("The Committee of Officials of the Southern Seas Ministerial Conference met twice.", True),
    # "of" and another name: a longer name nobody knows
    ("The Committee of Officials of the Pacific Islands Forum met twice.", False),
    ("The Committee of Officials of the Conference Centre met twice.", False),
])
def test_a_short_name_of_its_parent(committees: BodyRegistry, sentence: str, named: bool) -> None:
    found = body_matcher(committees).find(sentence)
    assert any(m.text == "Committee of Officials" or m.key == "ssm/experts" for m in found) is named

"""A press release or a summary that narrates what an instrument did: "By decision X, the
Board decided ... It also invited A and B ..." (the pronoun stands for the body that adopted
the instrument just named) and "The decision recalls resolution Y and ..." (the citations of
the instrument just narrated). Invented texts of invented bodies; a pronoun sentence with no
instrument before it, and "The decision recalls" in an instrument's own text, state nothing."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/reef-council> a mg:Body ; mg:key "reef-council" ;
    skos:prefLabel "Council of the Coral Reef Authority"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "CRA/{session}/C/{number}" ; mg:instrumentKind "decision" ] .
<body/reef-council/science> a mg:Body ; mg:key "reef-council/science" ;
    skos:prefLabel "Scientific Committee of the Coral Reef Authority"@en ; mg:shortName "Scientific Committee" .
<body/reef-council/budget> a mg:Body ; mg:key "reef-council/budget" ;
    skos:prefLabel "Budget Committee of the Coral Reef Authority"@en ; mg:shortName "Budget Committee" .
"""

SCIENCE, BUDGET = BodyRef("reef-council/science"), BodyRef("reef-council/budget")
DECISION = InstrumentRef("reef-council", "decision", "12", "4")
EARLIER = InstrumentRef("reef-council", "decision", "10", "7")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(
    "verb, relation", [("invited", "invites"), ("requested", "requests"), ("urged", "encourages")]
)
def test_it_stands_for_the_body_whose_decision_was_just_named(verb: str, relation: str, registry: BodyRegistry) -> None:
    text = (
        "PRESS RELEASE\n\nCoral Reef Authority Council ends session\n\n"
        "By decision CRA/12/C/4, adopted by consensus, the Council decided to extend a survey of reef health. "
        f"It also {verb} the Scientific Committee and the Budget Committee to review the survey.\n"
    )
    facts = _facts(text, registry)
    assert (DECISION, relation, SCIENCE) in facts
    assert (DECISION, relation, BUDGET) in facts


def test_the_decision_recalls_its_citations(registry: BodyRegistry) -> None:
    text = (
        "PRESS RELEASE\n\nCoral Reef Authority Council ends session\n\n"
        "By decision CRA/12/C/4, the Council decided to extend a survey of reef health.\n\n"
        "The decision recalls the Council's earlier decision CRA/10/C/7 on reef surveys.\n"
    )
    assert (DECISION, "cites", EARLIER) in _facts(text, registry)


def test_no_instrument_before_the_pronoun_or_the_recall(registry: BodyRegistry) -> None:
    text = (
        "PRESS RELEASE\n\nCoral Reef Authority Council ends session\n\n"
        "The Council met for five days. It also invited the Scientific Committee to brief it.\n\n"
        "The decision recalls decision CRA/10/C/7 on reef surveys.\n"
    )
    facts = _facts(text, registry)
    assert not any(r == "invites" for _, r, _ in facts)
    assert not any(r == "cites" and o == EARLIER for _, r, o in facts)

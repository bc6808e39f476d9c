"""A body established together with a partner ("Decides to establish, together with the Human
Rights Council, a Joint UNODC/OHCHR Expert Group on ..."): the body described after the partner
is the one established; the partner named in the aside is never established."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.new_bodies import described_after, partner_aside


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(DEFAULT_BASE_IRI)


@pytest.mark.parametrize(
    ("after_verb", "name"),
    [
        (" a Joint UNODC/OHCHR Expert Group on Prison Reform (the Expert Group);", "Joint UNODC/OHCHR Expert Group on Prison Reform"),
        (", together with the Human Rights Council, a Joint UNODC/OHCHR Expert Group on Prison Reform;", "Joint UNODC/OHCHR Expert Group on Prison Reform"),
        (", jointly with UN-Women, an informal working group on data to advise it;", "informal working group on data"),
        (", at its next session, an open-ended working group on cyber crime;", "open-ended working group on cyber crime"),
    ],
)
def test_the_body_after_a_partner_is_the_one_established(after_verb: str, name: str) -> None:
    text = "Decides to establish" + after_verb
    described = described_after(text, len("Decides to establish"))
    assert described is not None and described.name == name


@pytest.mark.parametrize(
    ("sentence", "partner"),
    [
        # a description the rules cannot read (a year in the name): the partner still is no body established
        ("1. Decides to establish, jointly with the United Nations Office on Drugs and Crime, a Joint UNODC/OHCHR 2027 Panel.", "unodc"),
        ("1. Decides to establish, together with the Human Rights Council, a Joint HRC 2027 Panel.", "hrc"),
        ("1. Decides to establish, together with the Human Rights Council, a joint task force.", "hrc"),
    ],
)
def test_the_partner_is_never_established(sentence: str, partner: str, registry: BodyRegistry) -> None:
    text = f"Resolution 80/5\n\nCooperation\n\nThe General Assembly,\n\nRecalling its earlier work,\n\n{sentence}\n"
    e = extract(text, source_key="doc", registry=registry)
    assert not any(f.relation == "establishes" and f.object == BodyRef(partner) for f in e.facts)


def test_an_aside_of_time_or_place_names_no_partner() -> None:
    verb = "Decides to establish"
    assert not partner_aside(verb + ", at its next session, a panel", len(verb))
    assert partner_aside(verb + ", together with the Council, a panel", len(verb))

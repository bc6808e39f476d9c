"""A body the text describes and names by a defined term in brackets and quotes ("a group of up
to five experts (“Panel of Experts”)", "(hereinafter “the Monitoring Team”)"): its later
mentions mean it."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.new_bodies import defined_terms
from tests.support.extraction import BASE

OWN = InstrumentRef("security-council", "resolution", "2027", "2811")


@pytest.fixture(scope="module")
def registry() -> BodyRegistry:
    return load_registry(BASE)


def resolution(operative: str) -> str:
    return (
        "United Nations S/RES/2811 (2027)\n\nSecurity Council\n\nDistr.: General\n3 March 2027\n\n"
        "Resolution 2811 (2027)\n\nAdopted by the Security Council at its 10112th meeting, on 3 March 2027\n\n"
        "The Security Council,\n\nRecalling its resolution 2791 (2026),\n\n" + operative + "\n"
    )


@pytest.mark.parametrize(
    "defined, later, name",
    [
        ("a group of up to five experts (“Panel of Experts”)", "the Panel of Experts", "Panel of Experts"),
        ("a committee of all members of the Council (hereinafter “the Sanctions Committee”)", "the Sanctions Committee", "Sanctions Committee"),
        ('a body of three members (referred to as the "Review Board")', "the Review Board", "Review Board"),
    ],
)
def test_a_body_named_by_a_defined_term_is_what_its_later_mentions_mean(
    defined: str, later: str, name: str, registry: BodyRegistry
) -> None:
    text = resolution(
        f"1. Requests the Secretary-General to create, in consultation with the Council, {defined}, and to make "
        f"the necessary arrangements;\n\n2. Requests {later} to provide to the Council a final report;"
    )
    e = extract(text, source_key="test", registry=registry)
    [body] = e.bodies
    assert body.name == name and body.parent == "security-council"
    requested = {f.object for f in e.facts if f.relation == "requests" and f.subject == OWN}
    assert BodyRef(body.key) in requested
    # the Secretary-General creates it: the resolution does not establish it itself
    assert not [f for f in e.facts if f.relation == "establishes"]


@pytest.mark.parametrize(
    "text",
    [
        "a Committee of the Security Council (herein “the Committee”)",  # the kind alone: the body described
        "a strategy for the region (“Strategy on Forests”)",  # no kind of body
        "the report (“Panel of Experts report”)",  # the kind is not its last word
        "a group of experts (“panel”)",  # not a name
    ],
)
def test_no_body_from_terms_that_name_none(text: str) -> None:
    assert defined_terms(text) == []


# A user's reference data for another committee of the Council, whose panel it also calls by the
# generic "Panel of Experts"; and a body whose own name is the term.
OTHER_PANEL = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/security-council/1999-committee> a mg:Body ; mg:key "security-council/1999-committee" ;
    skos:prefLabel "Security Council Committee established pursuant to resolution 1999 (2011)"@en ;
    org:subOrganizationOf <body/security-council> .
<body/security-council/1999-committee/panel> a mg:Body ; mg:key "security-council/1999-committee/panel" ;
    skos:prefLabel "Panel of Experts established pursuant to resolution 2003 (2011)"@en ;
    skos:altLabel "Panel of Experts"@en ; mg:shortName "Panel" ;
    org:subOrganizationOf <body/security-council/1999-committee> .
<body/security-council/review-board> a mg:Body ; mg:key "security-council/review-board" ;
    skos:prefLabel "Review Board"@en ; org:subOrganizationOf <body/security-council> .
"""


def test_a_defined_term_that_is_only_another_bodys_other_name_names_the_body_described(tmp_path: Path) -> None:
    (tmp_path / "other.ttl").write_text(OTHER_PANEL, encoding="utf-8")
    registry = load_registry(BASE, [tmp_path / "other.ttl"])
    text = resolution(
        "1. Requests the Secretary-General to create a group of up to five experts (“Panel of Experts”) and a body of "
        "three members (referred to as the \"Review Board\"), and to make the necessary arrangements;\n\n"
        "2. Requests the Panel of Experts to provide to the Council a final report;\n\n"
        "3. Requests the Review Board to assist the Panel of Experts;"
    )
    e = extract(text, source_key="test", registry=registry)
    [created] = e.bodies
    assert created.name == "Panel of Experts"
    requested = {f.object for f in e.facts if f.relation == "requests" and f.subject == OWN}
    assert BodyRef(created.key) in requested
    assert BodyRef("security-council/1999-committee/panel") not in requested
    # "Review Board" is the whole name of a known body: that body, no new one
    assert BodyRef("security-council/review-board") in requested

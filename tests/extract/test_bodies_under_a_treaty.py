"""A body described with the treaty its topic falls under (E277): "decided to establish a working
group on follow-up to views under the Optional Protocol", "a task force on communications under
article 14 of the Convention". The treaty is part of the description and of the name the body
is born with, so another committee's "working group on follow-up to Views" the reference data
holds is not the body established. Near misses: the body a new one works under ("under the
Statistical Conference of the Americas", "under its auspices") stays out of the name."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.new_bodies import described_after
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

TURTLE = """
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/cmw> a mg:Body ; mg:key "cmw" ;
    skos:prefLabel "Committee on Migrant Workers"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "CMW/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/cmw/wg-fuv> a mg:Body ; mg:key "cmw/wg-fuv" ;
    skos:prefLabel "working group on follow-up to views"@en ; mg:shortName "working group" ;
    org:subOrganizationOf <body/cmw> .
<body/ced> a mg:Body ; mg:key "ced" ;
    skos:prefLabel "Committee on Enforced Disappearances"@en ; mg:shortName "Committee" ;
    mg:symbolPrefix "CED/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def report(sentence: str) -> str:
    return (
        "United Nations CED/C/31/2\n\nDistr.: General\n20 October 2033\n\nOriginal: English\n\n"
        "Committee on Enforced Disappearances\n\n"
        "Report of the Committee on Enforced Disappearances on its thirty-first session\n\n"
        f"1. {sentence}\n"
    )


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("In decision 31/2, the Committee decided to establish a working group on follow-up to views under the Optional Protocol, composed of four of its members.",
         "working group on follow-up to views under the Optional Protocol"),
        ("By its decision 31/2, the Committee set up a working group on follow-up to views under the Convention, which will meet before each session.",
         "working group on follow-up to views under the Convention"),
        ("In decision 31/2, the Committee decided to create a task force on urgent actions under the Covenant to advise the Committee.",
         "task force on urgent actions under the Covenant"),
    ],
)
def test_a_body_under_a_treaty_is_born_not_another_committees(registry: BodyRegistry, sentence: str, name: str) -> None:
    extraction = extract(report(sentence), source_key="r", registry=registry)
    established = {key(f.object) for f in extraction.facts if f.relation == "establishes" and key(f.subject) == "ced/dec/31/2"}
    # the Committee's own new body, its key the name as written (the treaty in it)
    assert established == {"ced/" + "-".join(name.lower().split())}


@pytest.mark.parametrize(
    "sentence, name",
    [
        ("decided to establish a working group on price statistics under the Statistical Conference of the Americas, composed of five members",
         "working group on price statistics"),
        ("decided to establish a task force on tides under its auspices", "task force on tides"),
        ("decided to establish a working group on follow-up to views under the Optional Protocol, composed of five members",
         "working group on follow-up to views under the Optional Protocol"),
    ],
)
def test_the_body_it_works_under_is_no_part_of_its_name(sentence: str, name: str) -> None:
    described = described_after(sentence, sentence.index("establish") + len("establish"))
    assert described is not None and described.name == name

"""A decision printed as "### Decision 12/3. Title" over its opening formula, where the body's
name is a treaty's title holding commas and "or" ("The Subcommittee on Prevention of Hunger and
Other Cruel, Avoidable or Preventable Deprivation or Neglect,"): the heading opens the decision's
text, with or without the formula's comma, in Markdown and in plain text."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key
from tests.extract.reference_data import registry_from_turtle

NAME = "Subcommittee on Prevention of Hunger and Other Cruel, Avoidable or Preventable Deprivation or Neglect"
TURTLE = f"""
@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/sph> a mg:Body ; mg:key "sph" ; skos:prefLabel "{NAME}"@en ;
    mg:shortName "Subcommittee" ; mg:symbolPrefix "HUN/OP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/sph/bureau> a mg:Body ; mg:key "sph/bureau" ; skos:prefLabel "Bureau of the {NAME}"@en ;
    mg:shortName "Bureau" ; org:subOrganizationOf <body/sph> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, TURTLE)


def report(session: int, heading: str, mark: str, comma: str) -> str:
    return (
        f"United Nations HUN/OP/{session}/4\n\n{NAME}\n\nSession {session}\n\nGeneva, 3–7 March 2031\n\n"
        f"{heading}II. Decisions adopted by the Subcommittee\n\n"
        f"{heading}Decision {session}/3. Cooperation with national mechanisms\n\n"
        f"{mark}The {NAME}{mark}{comma}\n\n"
        f"{mark}Recalling{mark} its decision {session - 2}/5 on national mechanisms,\n\n"
        f"1. {mark}Requests{mark} its Bureau to organize a consultation before the next session;\n\n"
        f"2. {mark}Encourages{mark} States parties to designate their mechanisms.\n"
    )


def facts(text: str, registry: BodyRegistry, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="report", registry=registry)
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


@pytest.mark.parametrize(("session", "heading", "mark", "comma"), [
    (31, "### ", "*", ","), (40, "## ", "_", ""), (27, "", "", ","),
])
def test_decision_opened_by_a_formula_with_or(registry: BodyRegistry, session: int, heading: str, mark: str, comma: str) -> None:
    text = report(session, heading, mark, comma)
    decision = f"sph/dec/{session}/3"
    assert (decision, "Cooperation with national mechanisms") in facts(text, registry, "title")
    assert (decision, f"sph/dec/{session - 2}/5") in facts(text, registry, "cites")
    assert (decision, "sph/bureau") in facts(text, registry, "requests")

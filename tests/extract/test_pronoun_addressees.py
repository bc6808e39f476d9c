"""A mandate given to a pronoun ("and requests it to report", "invites them to consider"): the
subject named before the verb in the same sentence, never a complement ("of the Executive
Board") nor the body whose instrument speaks; "them" the bodies of one coordination."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.model import BodyRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.pronoun_addressees import antecedents, pronoun_after

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/kelp> a mg:Body ; mg:key "kelp" ; skos:prefLabel "United Nations Kelp Fund"@en ; skos:altLabel "UNKF"@en .
<body/kelp/board> a mg:Body ; mg:key "kelp/board" ; skos:prefLabel "Executive Board of the United Nations Kelp Fund"@en ;
    mg:shortName "Board" ; mg:symbolPrefix "E/KELP" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    org:subOrganizationOf <body/kelp> .
<body/kelp/audit> a mg:Body ; mg:key "kelp/audit" ; skos:prefLabel "Audit Advisory Committee"@en ;
    org:subOrganizationOf <body/kelp> .
<body/kelp/ethics> a mg:Body ; mg:key "kelp/ethics" ; skos:prefLabel "Ethics Office"@en ; org:subOrganizationOf <body/kelp> .
<body/kelp/evaluation> a mg:Body ; mg:key "kelp/evaluation" ; skos:prefLabel "Evaluation Office"@en ; org:subOrganizationOf <body/kelp> .
"""


@pytest.fixture
def registry(tmp_path: Path) -> BodyRegistry:
    path = tmp_path / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


def requested(clause: str, registry: BodyRegistry) -> set[object]:
    text = (
        "United Nations E/KELP/2031/5\n\nDistr.: General 3 March 2031\n\n# Decisions adopted by the Executive Board\n\n"
        f"## 2031/3. Oversight\n\nThe Executive Board,\n\n1. {clause}\n"
    )
    facts = extract(text, source_key="doc", registry=registry).facts
    return {f.object for f in facts if f.relation in ("requests", "invites", "encourages")}


@pytest.mark.parametrize("clause, expected", [
    ("*Decides* that the Audit Advisory Committee shall henceforth be a standing advisory body of the Executive Board, "
     "and requests it to report to the Board at each annual session;", {"kelp/audit"}),
    ("Takes note of the annual report of the Ethics Office and requests it to continue its outreach;", {"kelp/ethics"}),
    ("Welcomes the Ethics Office, which began its work in 2030, and encourages it to publish its findings;", {"kelp/ethics"}),
    ("Commends the Ethics Office and the Evaluation Office for their cooperation and invites them to report jointly;",
     {"kelp/ethics", "kelp/evaluation"}),
    ("Notes that the Audit Advisory Committee met three times, and requests it also to review the charter;", {"kelp/audit"}),
])
def test_the_pronoun_is_the_subject_named_before(registry: BodyRegistry, clause: str, expected: set[str]) -> None:
    assert requested(clause, registry) == {BodyRef(k) for k in expected}


@pytest.mark.parametrize("clause", [
    "Requests it to report to the Board;",  # no antecedent in the sentence: no guess
    "Takes note of the report of the Executive Board and requests it to act;",  # the speaker itself
    "Decides to consider the matter and requests that it be reported on;",  # no pronoun addressee
])
def test_no_antecedent_no_addressee(registry: BodyRegistry, clause: str) -> None:
    assert requested(clause, registry) == set()


def test_the_rule_on_bare_text() -> None:
    text = "the Committee on Kelp and the Board on Seaweed, and invites them to meet"
    verb = text.index("invites")
    assert pronoun_after(text, verb + len("invites")) == ("them", text.index("to meet"))
    bodies = [(text.index("Committee"), text.index(" and the Board"), "c"), (text.index("Board"), text.index(", and invites"), "b")]
    assert antecedents(text, bodies, verb, "them", set()) == ["c", "b"]
    assert antecedents(text, bodies, verb, "it", set()) == ["b"]
    assert antecedents(text, bodies, verb, "it", {"b"}) == ["c"]
    assert pronoun_after("requests its secretariat to act", len("requests")) is None

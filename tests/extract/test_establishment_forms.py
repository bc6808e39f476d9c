"""Establishment in the forms decisions of other organizations use: the past tense of a
decision's clauses ("Decided to establish", "(a) decided to establish" after "The Board:"), a
placement before the body (", under the Standing Committee,", ", within the Commission,"), and
"Resolves that a <Name in capitals> (<acronym>) shall be established" (`rules/new_bodies.py`,
`segment._OPERATIVE_VERB`). Invented bodies and texts, with the cases that must not give a fact."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/rail-board> a mg:Body ; mg:key "rail-board" ;
    skos:prefLabel "Railway Development Board"@en ; mg:shortName "Board" ; mg:gatheringTerm "session" ;
    mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RDB.{session}/Dec.{number}" ; mg:instrumentKind "decision" ] ,
                           [ mg:numberTemplate "RDB.{session}/Res.{number}" ; mg:instrumentKind "resolution" ] .
<body/rail-board/standing> a mg:Body ; mg:key "rail-board/standing" ;
    skos:prefLabel "Standing Committee of the Railway Development Board"@en ; mg:shortName "Standing Committee" ;
    org:subOrganizationOf <body/rail-board> .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _established(clause: str, registry: BodyRegistry, kind: str = "Dec") -> tuple[list[str], list[str]]:
    text = f"RDB.12/{kind}.4 Rail safety\n\nThe Railway Development Board:\n\n{clause}\n"
    e = extract(text, source_key="doc", registry=registry)
    own = InstrumentRef("rail-board", "decision" if kind == "Dec" else "resolution", "12", "4")
    keys = [f.object.key for f in e.facts if f.subject == own and f.relation == "establishes" and isinstance(f.object, BodyRef)]
    return keys, [name for body in e.bodies for name in body.names]


@pytest.mark.parametrize(
    "clause",
    [
        "(a) Decided to establish an informal working group on rail safety, open to all members;",
        "(a) decided to establish an informal working group on rail safety, open to all members;",
        "1. Decides to establish, under the Standing Committee, an informal working group on rail safety, open to all members;",
        "1. Decides to establish, within the Standing Committee, an informal working group on rail safety;",
    ],
)
def test_past_tense_and_placement(clause: str, registry: BodyRegistry) -> None:
    keys, names = _established(clause, registry)
    assert keys == ["rail-board/working-group-on-rail-safety"]
    assert "rail-board/standing" not in keys


@pytest.mark.parametrize(
    ("clause", "name"),
    [
        ("1. Resolves that a Rail Safety Panel (RSP) shall be established under the Standing Committee;", "Rail Safety Panel"),
        ("1. Decides that an Advanced Signalling Forum shall be established;", "Advanced Signalling Forum"),
    ],
)
def test_a_name_in_capitals_established_in_the_passive(clause: str, name: str, registry: BodyRegistry) -> None:
    keys, names = _established(clause, registry, "Res")
    assert name in names and len(keys) == 1 and keys[0].endswith("-".join(name.lower().split()))


@pytest.mark.parametrize(
    "clause",
    [
        # a preamble's past tense: "Determined to" is no decision
        "Determined to establish an informal working group on rail safety,",
        # a resolution narrating what was decided before is not establishing now
        "(a) Recalling that the Board decided to establish an informal working group on rail safety,",
        # a placement alone establishes nothing
        "1. Decides to establish, under the Standing Committee, the working group;",
        # a panel with nothing that names it
        "1. Resolves that a panel shall be established;",
    ],
)
def test_no_establishment(clause: str, registry: BodyRegistry) -> None:
    keys, _ = _established(clause, registry, "Res")
    assert keys == []


# --------------------------------------------------------------------------- a pronoun for the addressee


@pytest.mark.parametrize(
    "clause",
    [
        "(h) Decided that the Standing Committee of the Railway Development Board shall henceforth meet twice a year, and requested it to report to the Board;",
        "1. Welcomes the work of the Standing Committee of the Railway Development Board and requests it to continue that work;",
    ],
)
def test_it_is_the_body_the_clause_spoke_of(clause: str, registry: BodyRegistry) -> None:
    text = f"RDB.12/Dec.4 Rail safety\n\nThe Railway Development Board:\n\n{clause}\n"
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    assert (InstrumentRef("rail-board", "decision", "12", "4"), "requests", BodyRef("rail-board/standing")) in facts


@pytest.mark.parametrize(
    "clause",
    [
        # only the issuer before "it": nobody else is asked
        "1. Recalls the work of the Board and requests it to continue;",
        # "it" after a verb with its own addressee
        "1. Requests the Standing Committee of the Railway Development Board to report, as it to date has not;",
    ],
)
def test_no_body_for_the_pronoun(clause: str, registry: BodyRegistry) -> None:
    text = f"RDB.12/Dec.4 Rail safety\n\nThe Railway Development Board:\n\n{clause}\n"
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    requested = {o for s, r, o in facts if r == "requests"}
    assert BodyRef("rail-board") not in requested
    assert requested <= {BodyRef("rail-board/standing")}


@pytest.mark.parametrize(
    "clause",
    [
        "1. Decides to establish a task team on rail safety data, composed of member states and the Standing Committee;",
        "1. Decides to establish a task team on rail safety data, consisting of experts and the Standing Committee;",
    ],
)
def test_the_bodies_after_composed_of_are_members_not_established(clause: str, registry: BodyRegistry) -> None:
    keys, _ = _established(clause, registry, "Res")
    assert keys == ["rail-board/task-team-on-rail-safety-data"]

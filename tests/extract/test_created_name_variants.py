"""A body the text creates, named after in the other wording of its kind (E117): an "Ad Hoc Group
of Experts on ..." is "the Expert Group established by that decision" later, an "Intergovernmental
Expert Group on ..." is "the group of experts" (`new_bodies.later_mentions`); never a known body
of a longer name ("the Expert Group on Glacier Data"). Invented bodies, numbers, places and
wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/glacier-assembly> a mg:Body ; mg:key "glacier-assembly" ;
    skos:prefLabel "Assembly of the Glacier Accord"@en ; mg:shortName "Assembly" ;
    mg:symbolPrefix "GA/ASM" ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "GA-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/glacier-assembly/registrar> a mg:Body ; mg:key "glacier-assembly/registrar" ;
    skos:prefLabel "Registrar of the Glacier Accord"@en ; mg:shortName "Registrar" ;
    org:subOrganizationOf <body/glacier-assembly> .
<body/glacier-assembly/data-group> a mg:Body ; mg:key "glacier-assembly/data-group" ;
    skos:prefLabel "Expert Group on Glacier Data"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/glacier-assembly> .
<body/glacier-assembly/debris-task-force> a mg:Body ; mg:key "glacier-assembly/debris-task-force" ;
    skos:prefLabel "Debris Flow Task Force"@en ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/glacier-assembly> .
"""

OWN = InstrumentRef("glacier-assembly", "decision", "5", "3")
DATA_GROUP = BodyRef("glacier-assembly/data-group")
DEBRIS_TASK_FORCE = BodyRef("glacier-assembly/debris-task-force")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _decision(establishes: str, later: str) -> str:
    return (
        "GA/ASM/DEC/5/3\n\nASSEMBLY OF THE GLACIER ACCORD\nFifth session\nReykjavik, 2-6 May 2036\n\n"
        "GA-5/3.  Moraine monitoring\n\nThe Assembly of the Glacier Accord,\n\n"
        f"1.  Decides to establish {establishes}, composed of one expert nominated by each Party;\n\n"
        "2.  Requests the Registrar to publish the survey data;\n\n"
        f"3.  {later}\n"
    )


def _requested(text: str, registry: BodyRegistry) -> tuple[set[BodyRef], set[BodyRef]]:
    extraction = extract(text, source_key="doc", registry=registry)
    born = {BodyRef(b.key) for b in extraction.bodies}
    asked = {f.object for f in extraction.facts if f.subject == OWN and f.relation == "requests"}
    return born, asked


@pytest.mark.parametrize(
    "establishes, later",
    [
        ("an Ad Hoc Group of Experts on Moraine Monitoring",
         "Requests the Expert Group established by this decision to include debris flows in its assessment."),
        ("an Open-ended Group of Experts on Moraine Monitoring",
         "Requests the expert group to report to the Assembly at its sixth session."),
        ("an intergovernmental group of experts on moraine monitoring",
         "Further requests the ad hoc expert group to\nconsult the Registrar."),
        ("an Intergovernmental Expert Group on Moraine Monitoring",
         "Requests the group of experts to report to the Assembly at its sixth session."),
        ("an Ad Hoc Expert Group on Moraine Monitoring",
         "Invites Parties to nominate experts and requests the Group of Experts to meet twice a year."),
    ],
)
def test_the_other_wording_of_its_kind_names_the_body_created(registry: BodyRegistry, establishes: str, later: str) -> None:
    born, asked = _requested(_decision(establishes, later), registry)
    assert len(born) == 1
    assert born <= asked
    assert DATA_GROUP not in asked


def test_a_known_expert_group_of_a_longer_name_stays_itself(registry: BodyRegistry) -> None:
    # near miss: the Assembly's "Expert Group on Glacier Data" beside the group of experts created
    text = _decision(
        "an Ad Hoc Group of Experts on Moraine Monitoring",
        "Requests the Expert Group on Glacier Data to share its records with the Registrar.",
    )
    born, asked = _requested(text, registry)
    assert len(born) == 1
    assert DATA_GROUP in asked
    assert not born & asked


def test_no_group_created_reads_no_expert_group(registry: BodyRegistry) -> None:
    # "the expert group" with no group of experts created: not a new body the text never made
    text = _decision("a trust fund for moraine monitoring", "Requests the expert group to report.")
    born, asked = _requested(text, registry)
    assert not born & asked


@pytest.mark.parametrize(
    "establishes, later",
    [
        ("an open-ended Working Group on Moraine Monitoring",
         "Requests the Moraine Monitoring Working Group to report to the Assembly at its sixth session."),
        ("an Ad Hoc Group of Experts on Ocean Acidification",
         "Requests the Ocean Acidification Expert Group to\nassess acidification hotspots."),
        ("a task force on glacial lake outburst floods",
         "Requests the Glacial Lake Outburst Floods Task Force to map the lakes at risk."),
    ],
)
def test_its_topic_before_its_kind_names_the_body_created(registry: BodyRegistry, establishes: str, later: str) -> None:
    born, asked = _requested(_decision(establishes, later), registry)
    assert len(born) == 1
    assert born <= asked


def test_a_known_body_of_the_topic_first_name_stays_itself(registry: BodyRegistry) -> None:
    # near miss: "the Debris Flow Task Force" is a body the reference data knows, not the task
    # force on debris flow created here
    text = _decision("a Task Force on Debris Flow", "Requests the Debris Flow Task Force to share its maps.")
    born, asked = _requested(text, registry)
    assert len(born) == 1
    assert DEBRIS_TASK_FORCE in asked
    assert not born & asked


def test_a_topic_with_words_of_its_own_gives_no_other_name(registry: BodyRegistry) -> None:
    # "Working Group on the Future of Glaciers": no "the Future of Glaciers Working Group" drawn
    text = _decision("a Working Group on the Future of Glaciers", "Requests the Future Working Group to report.")
    born, asked = _requested(text, registry)
    assert not born & asked


@pytest.mark.parametrize(
    "establishes, later",
    [
        ("an ad hoc group of experts on moraine monitoring, open to all Parties",
         "Requests the ad hoc group to report to the Assembly at its sixth session."),
        ("an Open-ended Group of Experts on Moraine Monitoring",
         "Requests the Open-ended Group to\nconsult the Registrar."),
        ("an intergovernmental technical advisory group on moraine monitoring",
         "Invites Parties to nominate experts and requests the technical group to meet twice a year."),
    ],
)
def test_its_own_modifiers_before_its_head_noun_name_the_body_created(registry: BodyRegistry, establishes: str, later: str) -> None:
    # "the ad hoc group" for "an ad hoc group of experts on ..." (E126, from the spent u146)
    born, asked = _requested(_decision(establishes, later), registry)
    assert len(born) == 1
    assert born <= asked


def test_modifiers_the_created_body_has_not_name_no_group(registry: BodyRegistry) -> None:
    # near miss: "the open-ended group" when the group created is an ad hoc one
    text = _decision("an ad hoc group of experts on moraine monitoring", "Requests the open-ended group to report.")
    born, asked = _requested(text, registry)
    assert not born & asked

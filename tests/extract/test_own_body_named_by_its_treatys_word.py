"""A body named with its treaty's whole name ("Meeting of the Parties to the Dune Protocol on Sand
Fences") is, in its own documents, "the Meeting of the Parties to the Protocol", and "the Conference
of the Parties serving as the meeting of the Parties to the Protocol" another treaty's COP-MOP:
the treaty by its own word (`own_body_names.head_forms`). Invented bodies and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.own_body_names import head_forms
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/cop-dunes> a mg:Body ; mg:key "cop-dunes" ;
    skos:prefLabel "Conference of the Parties to the Convention on Coastal Dunes"@en ;
    mg:shortName "Conference of the Parties" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true .
<body/mop-fences> a mg:Body ; mg:key "mop-fences" ;
    skos:prefLabel "Conference of the Parties serving as the meeting of the Parties to the Sand Fence Protocol on Dune Restoration"@en ;
    mg:shortName "COP-MOP" ; mg:symbolPrefix "SFP/MOP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "SF-{session}/{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def test_the_treatys_own_word_is_a_form_of_the_name() -> None:
    forms = head_forms(["Meeting of the Parties to the Basalt Coast Agreement on Seabirds"])
    assert "Meeting of the Parties to the Agreement" in forms
    # a name with no treaty's name after "to the" gives no such form
    assert head_forms(["Committee to the Fund"]) == ["Committee"]


@pytest.mark.parametrize(
    "addressed",
    [
        "to the Conference of the Parties serving as the meeting of the Parties to the Protocol at its fourth meeting",
        "to the Conference of the Parties serving as\nthe meeting of the Parties to the Protocol at its fourth\nmeeting",
    ],
)
def test_the_documents_own_body_by_its_treatys_word(registry: BodyRegistry, addressed: str) -> None:
    text = (
        "SFP/MOP/DEC/3/2\n\nCONFERENCE OF THE PARTIES SERVING AS THE MEETING OF THE PARTIES TO THE SAND FENCE PROTOCOL ON "
        "DUNE RESTORATION\nThird meeting\nDakar, 4-8 May 2035\n\nSF-3/2.  Fence inventories\n\n"
        "The Conference of the Parties serving as the meeting of the Parties to the Sand Fence Protocol on Dune Restoration,\n\n"
        f"1.  Decides to submit the fence inventories {addressed};\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    assert (GatheringRef("mop-fences", "meeting", 4), "meetingOf", BodyRef("mop-fences")) in facts
    assert (GatheringRef("cop-dunes", "meeting", 4), "meetingOf", BodyRef("cop-dunes")) not in facts


@pytest.fixture(scope="module")
def registry_with_committee(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES + """@prefix org:  <http://www.w3.org/ns/org#> .
<body/mop-fences/implementation-committee> a mg:Body ; mg:key "mop-fences/implementation-committee" ;
    skos:prefLabel "Implementation Committee under the Sand Fence Protocol"@en ; mg:shortName "Implementation Committee" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/mop-fences> .
""")


@pytest.mark.parametrize(
    "held",
    ["which is to be held in Praia, Cabo Verde, in 2037", "which will be held in Praia in the first half of 2037", "to be held in Praia"],
)
@pytest.mark.parametrize("parties", ["the Parties", "the Contracting Parties"])
def test_the_parties_at_their_meeting_are_the_meeting_of_the_parties(
    registry_with_committee: BodyRegistry, held: str, parties: str
) -> None:
    text = (
        "SFP/MOP/DEC/3/2\n\nCONFERENCE OF THE PARTIES SERVING AS THE MEETING OF THE PARTIES TO THE SAND FENCE PROTOCOL ON "
        "DUNE RESTORATION\nThird meeting\nDakar, 4-8 May 2035\n\nSF-3/2.  Fence inventories\n\n"
        "The Conference of the Parties serving as the meeting of the Parties to the Sand Fence Protocol on Dune Restoration,\n\n"
        f"1.  Requests the Implementation Committee to review the inventories and to report to {parties} at their fifth meeting, {held};\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry_with_committee).facts}
    fifth = GatheringRef("mop-fences", "meeting", 5)
    assert (fifth, "meetingOf", BodyRef("mop-fences")) in facts
    assert (fifth, "heldIn", "Praia") in facts
    assert not any(isinstance(s, GatheringRef) and s.body == "mop-fences/implementation-committee" for s, _, _ in facts)


def test_their_meeting_of_other_subjects_stays_theirs(registry_with_committee: BodyRegistry) -> None:
    # not "the Parties" before "their": the subject's own meeting, as before
    text = (
        "SFP/MOP/DEC/3/2\n\nCONFERENCE OF THE PARTIES SERVING AS THE MEETING OF THE PARTIES TO THE SAND FENCE PROTOCOL ON "
        "DUNE RESTORATION\nThird meeting\nDakar, 4-8 May 2035\n\nSF-3/2.  Fence inventories\n\n"
        "The Conference of the Parties serving as the meeting of the Parties to the Sand Fence Protocol on Dune Restoration,\n\n"
        "1.  Invites the Implementation Committee and its members to consider the inventories at their fifth meeting;\n"
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry_with_committee).facts}
    assert (GatheringRef("mop-fences", "meeting", 5), "meetingOf", BodyRef("mop-fences")) not in facts

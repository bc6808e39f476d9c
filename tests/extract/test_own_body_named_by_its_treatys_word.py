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

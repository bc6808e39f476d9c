"""A decision's operative paragraphs written as infinitives or that-clauses after "decides:"
("1. To establish ...", "2. To request the Panel to ...", "3. To urge A and to request B ...",
"4. That the Committee shall henceforth be a standing committee"): the paragraphs are operative
(`segment._INFINITIVE_CLAUSE`) and the infinitive is the decision's mandate verb
(`rules/mandate_verbs.py`, `relate.endorsements`). Invented texts of invented bodies; an
infinitive inside another verb's clause, and "To this end," are no such paragraphs."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/river-cop> a mg:Body ; mg:key "river-cop" ;
    skos:prefLabel "Conference of the Parties to the River Basin Convention"@en ; mg:shortName "Conference of the Parties" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "RB-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/river-cop/panel> a mg:Body ; mg:key "river-cop/panel" ;
    skos:prefLabel "Hydrology Assessment Panel"@en ; mg:gatheringTerm "meeting" .
<body/river-cop/compliance> a mg:Body ; mg:key "river-cop/compliance" ;
    skos:prefLabel "Compliance Committee of the River Basin Convention"@en ; mg:shortName "Compliance Committee" ;
    mg:gatheringTerm "meeting" .
"""

PANEL, COMPLIANCE = "river-cop/panel", "river-cop/compliance"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _decision(paragraphs: list[str], label: str = "{n}.") -> str:
    body = "\n\n".join(f"{label.format(n=n, a='abcdefgh'[n - 1])} {p}" for n, p in enumerate(paragraphs, start=1))
    return (
        "Decisions adopted by the Conference of the Parties to the River Basin Convention at its ninth meeting\n\n"
        "Decision RB-9/4: Water quality\n\n"
        "Recalling its decision RB-8/2 on sediments,\n\n"
        f"{body}\n"
    )


OWN = InstrumentRef("river-cop", "decision", "9", "4")


@pytest.mark.parametrize("label", ["{n}.", "({a})"])
def test_infinitive_paragraphs_are_the_decisions_mandates(label: str, registry: BodyRegistry) -> None:
    text = _decision(
        [
            "To request the Hydrology Assessment Panel to prepare a report on sediment loads by 1 May 2030;",
            "To invite the Compliance Committee and the Hydrology Assessment Panel to cooperate on data;",
        ],
        label,
    )
    facts = _facts(text, registry)
    assert (OWN, "requests", BodyRef(PANEL)) in facts
    assert (OWN, "invites", BodyRef(COMPLIANCE)) in facts
    assert (OWN, "invites", BodyRef(PANEL)) in facts


def test_urge_and_request_in_one_paragraph(registry: BodyRegistry) -> None:
    text = _decision(
        ["To urge the Compliance Committee to meet twice a year, and to request the Hydrology Assessment Panel to report to it;"]
    )
    facts = _facts(text, registry)
    assert (OWN, "encourages", BodyRef(COMPLIANCE)) in facts
    assert (OWN, "requests", BodyRef(PANEL)) in facts


def test_infinitive_establishment_and_endorsement(registry: BodyRegistry) -> None:
    text = _decision(
        [
            "To endorse the recommendations adopted by the Compliance Committee at its fourth meeting;",
            "To establish an expert group on sediment monitoring, open to all parties;",
        ]
    )
    facts = _facts(text, registry)
    assert any(s == OWN and r == "endorses" for s, r, o in facts)
    assert any(s == OWN and r == "establishes" for s, r, o in facts)


def test_that_clause_is_operative(registry: BodyRegistry) -> None:
    text = _decision(["That the Hydrology Assessment Panel shall henceforth be a standing panel of the Conference;"])
    assert (OWN, "makesConstantElement", BodyRef(PANEL)) in _facts(text, registry)


@pytest.mark.parametrize(
    "paragraph",
    [
        # the infinitive is the Panel's task, not the decision's verb
        "Requests the Hydrology Assessment Panel to prepare a study and to invite the Compliance Committee to comment;",
        # "To this end" opens no infinitive clause; its request is the Panel's own
        "To this end, the Hydrology Assessment Panel may wish to request the Compliance Committee to meet;",
    ],
)
def test_an_infinitive_inside_another_clause_is_no_mandate_of_the_decision(paragraph: str, registry: BodyRegistry) -> None:
    facts = _facts(_decision([paragraph]), registry)
    assert (OWN, "invites", BodyRef(COMPLIANCE)) not in facts
    assert (OWN, "requests", BodyRef(COMPLIANCE)) not in facts


def test_an_unnumbered_infinitive_line_is_no_operative_paragraph(registry: BodyRegistry) -> None:
    # a preamble that runs into a line opening with "To" (no number): not the decision speaking
    text = (
        "Decision RB-9/4: Water quality\n\nRecalling its decision RB-8/2 on sediments,\n\n"
        "Aware of the need\n\nto request the Hydrology Assessment Panel to study sediments in future,\n"
    )
    assert (OWN, "requests", BodyRef(PANEL)) not in _facts(text, registry)

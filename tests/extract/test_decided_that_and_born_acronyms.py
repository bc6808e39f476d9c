"""Two ways an instrument's own text tasks bodies: "It is further decided that the Registrar is
to compile ..." / "It was decided that the X should ... and that the Y is to ..." in its operative
paragraphs or annexed terms of reference (`rules/decided_that.py`); and a body the text creates
named after by the initials of its name ("an Ad Hoc Technical Expert Group on ..." is "the
AHTEG" in the annexed terms of reference: `new_bodies.later_mentions`). Invented bodies, numbers,
places and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.decided_that import obligations
from mandate_graph.loaders.facts import DateRange
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
<body/glacier-assembly/science-panel> a mg:Body ; mg:key "glacier-assembly/science-panel" ;
    skos:prefLabel "Science Panel of the Glacier Accord"@en ; mg:shortName "Science Panel" ;
    mg:gatheringTerm "meeting" ; org:subOrganizationOf <body/glacier-assembly> .
"""

OWN = InstrumentRef("glacier-assembly", "decision", "5", "3")
REGISTRAR = BodyRef("glacier-assembly/registrar")
PANEL = BodyRef("glacier-assembly/science-panel")


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _decision(operative: str, annex: str = "") -> str:
    return (
        "GA/ASM/DEC/5/3\n\nASSEMBLY OF THE GLACIER ACCORD\nFifth session\nReykjavik, 2-6 May 2036\n\n"
        "GA-5/3.  Moraine monitoring\n\nThe Assembly of the Glacier Accord,\n\n"
        f"1.  Decides to establish a Joint Technical Working Group on Moraine Monitoring;\n\n{operative}\n\n"
        + (f"Annex\n\nTERMS OF REFERENCE\n\n{annex}\n" if annex else "")
    )


@pytest.mark.parametrize(
    "clause, addressee",
    [
        ("2.  It is further decided that the Registrar is to compile the survey data.", REGISTRAR),
        ("2.  It is also decided that the Science Panel should review the survey data.", PANEL),
        ("2.  It was decided that the Registrar shall publish the survey data each year.", REGISTRAR),
    ],
)
def test_the_text_asks_the_subject_of_the_clause(registry: BodyRegistry, clause: str, addressee: BodyRef) -> None:
    facts = {(f.subject, f.relation, f.object) for f in extract(_decision(clause), source_key="doc", registry=registry).facts}
    assert (OWN, "requests", addressee) in facts


def test_two_subjects_joined_by_and_that(registry: BodyRegistry) -> None:
    annex = "1.  It was decided that the Science Panel should advise the group and that the Registrar is to keep its records."
    facts = {(f.subject, f.relation, f.object) for f in extract(_decision("2.  Requests the Registrar to report.", annex), source_key="doc", registry=registry).facts}
    assert (OWN, "requests", PANEL) in facts and (OWN, "requests", REGISTRAR) in facts


@pytest.mark.parametrize(
    "text",
    [
        "It was decided that the Science Panel shall hold its first meeting in Oslo.",  # an arrangement
        "It is decided that the Science Panel shall be composed of ten experts.",
        "The Assembly decided that the Registrar is to compile the data.",  # no impersonal "it"
        "It was noted that the Registrar is to compile the data.",
    ],
)
def test_what_asks_no_one(text: str) -> None:
    assert list(obligations(text)) == []


@pytest.mark.parametrize("acronym_sentence", [
    "2.  The JTWG shall hold its first meeting in Tromso, from 4 to 6 March 2037.",
    "2.  The JTWG shall hold its first meeting in Tromso from 4 to 6 March 2037, and report annually.",
])
def test_a_created_body_named_by_its_initials(registry: BodyRegistry, acronym_sentence: str) -> None:
    annex = "1.  The working group shall consist of twelve experts.\n\n" + acronym_sentence
    extraction = extract(_decision("2.  Requests the Registrar to report.", annex), source_key="doc", registry=registry)
    born = [b.key for b in extraction.bodies]
    assert len(born) == 1
    first = GatheringRef(born[0], "meeting", 1)
    facts = {(f.subject, f.relation, f.object) for f in extraction.facts}
    assert (first, "meetingOf", BodyRef(born[0])) in facts
    assert (first, "heldIn", "Tromso") in facts
    assert (first, "heldOn", DateRange(dt.date(2037, 3, 4), dt.date(2037, 3, 6))) in facts
    assert not any(isinstance(s, GatheringRef) and s.body == "glacier-assembly" and s.ordinal == 1 for s, _, _ in facts)


def test_initials_of_no_created_body_stay_unread(registry: BodyRegistry) -> None:
    # "JTWG" with no body of that name created: no meeting of it, none of the Assembly's either
    text = _decision("2.  Requests the Registrar to report.").replace("Joint Technical Working Group", "working group")
    text += "\nAnnex\n\n1.  The JTWG shall hold its first meeting in Tromso, from 4 to 6 March 2037.\n"
    extraction = extract(text, source_key="doc", registry=registry)
    born = {b.key for b in extraction.bodies}
    assert born  # the working group on moraine monitoring, its name in lower case: no initials
    assert not any(
        f.relation == "heldIn" and isinstance(f.subject, GatheringRef) and f.subject.body in born for f in extraction.facts
    )

"""A decision's closing note: "The present decision was adopted at the 4th plenary meeting ...
on 12 June 2035" dates the text the document holds, also under a heading of its own after the
annex; "Other decisions adopted at MP-6 on the same day:" over entries "MP-6/2   Title" dates each
entry that day, says the meeting its number carries adopted it, and titles it
(`rules/present_adoption.py`). Invented bodies, numbers, dates and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.rules.present_adoption import listed_as_adopted, present_adoption_day
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/mop-dune> a mg:Body ; mg:key "mop-dune" ;
    skos:prefLabel "Meeting of the Parties to the Dune Protocol"@en ; mg:shortName "MOP" ;
    mg:symbolPrefix "DP/MOP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "MP-{session}/{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


@pytest.fixture(scope="module")
def registry_with_registrar(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES + """@prefix org:  <http://www.w3.org/ns/org#> .
<body/mop-dune/registrar> a mg:Body ; mg:key "mop-dune/registrar" ;
    skos:prefLabel "Registrar of the Dune Protocol"@en ; mg:shortName "Registrar" ;
    org:subOrganizationOf <body/mop-dune> .
""")


# the entries as a list is saved: a line each, set apart by blank lines, or bulleted
ENTRIES = {
    "lines": "\n  MP-6/2   Election of officers\n\n  MP-6/7   Budget for 2036-2037\n",
    "bullets": "\n- MP-6/2 Election of officers\n- MP-6/7 Budget for 2036-2037\n",
}


def _decision(note: str, lead: str, heading: str = "ADOPTION", entries: str = "lines") -> str:
    return (
        "DP/MOP/DEC/6/4\n\nMEETING OF THE PARTIES TO THE DUNE PROTOCOL\nSixth meeting\nNouakchott, 8-12 June 2035\n\n"
        "MP-6/4.  Sand fence standards\n\n"
        "The Meeting of the Parties to the Dune Protocol,\n\n"
        "1.  Adopts the sand fence standards annexed to the present decision;\n\n"
        "Annex\n\nSAND FENCE STANDARDS\n\n1.  Fences shall be of local materials.\n\n"
        + (f"{heading}\n\n" if heading else "")
        + f"{note}\n\n{lead}\n{ENTRIES[entries]}"
    )


@pytest.mark.parametrize(
    "note",
    [
        "The present decision was adopted at the 4th plenary meeting of the Meeting of the Parties (MOP 6) on 12 June 2035.",
        "This decision was adopted without a vote on 12 June 2035, at the closing meeting.",
        "The present decision was adopted by consensus on 12 June 2035.",
    ],
)
@pytest.mark.parametrize("heading", ["ADOPTION", ""])
@pytest.mark.parametrize("entries", sorted(ENTRIES))
def test_the_note_and_the_list_date_the_texts(registry: BodyRegistry, note: str, heading: str, entries: str) -> None:
    text = _decision(note, "Other decisions adopted at MP-6 on the same day:", heading, entries)
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    day = dt.date(2035, 6, 12)
    for number in ("4", "2", "7"):
        assert (InstrumentRef("mop-dune", "decision", "6", number), "adoptedOn", day) in facts
    sixth = GatheringRef("mop-dune", "meeting", 6)
    assert (InstrumentRef("mop-dune", "decision", "6", "2"), "adoptedAt", sixth) in facts
    assert (InstrumentRef("mop-dune", "decision", "6", "7"), "title", "Budget for 2036-2037") in facts


def test_a_list_with_its_own_day(registry: BodyRegistry) -> None:
    text = _decision("The present decision was adopted on 12 June 2035.", "Decisions also adopted on 11 June 2035:")
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}
    assert (InstrumentRef("mop-dune", "decision", "6", "2"), "adoptedOn", dt.date(2035, 6, 11)) in facts
    assert (InstrumentRef("mop-dune", "decision", "6", "4"), "adoptedOn", dt.date(2035, 6, 12)) in facts


@pytest.mark.parametrize(
    "text",
    [
        "The present decision was adopted after the meeting of 12 June 2035 had closed.",  # "of", not "on"
        "The present report was adopted on 12 June 2035.",
        "The Parties adopted the present decision on 12 June 2035 in Nouakchott, with a statement.",
    ],
)
def test_what_is_no_present_adoption_note(text: str) -> None:
    assert present_adoption_day(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Other decisions adopted at MP-6:",  # no day
        "Other decisions adopted at MP-6 on the same day were listed in the report.",  # no list
        "Decisions adopted on the same day by the Bureau include the following",
    ],
)
def test_what_is_no_list_lead(text: str) -> None:
    assert listed_as_adopted(text) is None


@pytest.mark.parametrize(
    "told, addressee",
    [
        ("In decision MP-6/2, the MOP requested the Registrar to publish the roster.", "mop-dune/registrar"),
        ("In its decision MP-6/2, the Meeting of the Parties invited the Registrar to publish the roster.", "mop-dune/registrar"),
    ],
)
def test_another_decision_told_after_the_annex(registry_with_registrar: BodyRegistry, told: str, addressee: str) -> None:
    # a note after the annex tells, in the past, what another decision of the day asked
    text = _decision("The present decision was adopted on 12 June 2035.", "Other decisions adopted at MP-6 on the same day:") + f"\n{told}\n"
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry_with_registrar).facts}
    other, own = InstrumentRef("mop-dune", "decision", "6", "2"), InstrumentRef("mop-dune", "decision", "6", "4")
    relation = "requests" if "requested" in told else "invites"
    assert (other, relation, BodyRef(addressee)) in facts
    assert (own, relation, BodyRef(addressee)) not in facts


def test_the_annexs_own_terms_stay_the_decisions(registry_with_registrar: BodyRegistry) -> None:
    # what the annex itself says in the present is no narration of another decision
    text = _decision("The present decision was adopted on 12 June 2035.", "Other decisions adopted at MP-6 on the same day:").replace(
        "1.  Fences shall be of local materials.", "1.  Fences shall be of local materials, as decision MP-5/9 requested of the Parties."
    )
    facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry_with_registrar).facts}
    assert not [s for s, r, o in facts if r == "requests"]

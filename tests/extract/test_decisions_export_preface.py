"""A compilation of decisions exported as legislative XML (Akoma Ntoso's `<preface>` with
`<docNumber>`, `<docDate>`, `<location>`; `<hcontainer>` decisions with `<num>`) or saved as
plain text in the same order: the distribution line, the symbol and the date stand above the
body's numbered gathering and its place and dates, which still make the masthead's gathering
(`document.read_masthead`: those lines are furniture, not the first lines the body's name must
be among); "The decisions set out below were adopted by ... on 13 November 2031" dates each
decision that follows (`relate._BELOW_ADOPTED`). Invented body, numbers and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import DateRange, Fact
from tests.extract.reference_data import registry_from_turtle

BODY = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/reef-mop> a mg:Body ; mg:key "reef-mop" ;
    skos:prefLabel "Meeting of the Parties to the Coral Reef Agreement"@en ; mg:shortName "Meeting of the Parties" ;
    mg:symbolPrefix "CRA/MOP" ; mg:gatheringTerm "meeting" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "decision {session}/{number}" ; mg:instrumentKind "decision" ] .
"""

MOP = "reef-mop"
SIXTH = GatheringRef(MOP, "meeting", 6)
D1 = InstrumentRef(MOP, "decision", "6", "1")
D2 = InstrumentRef(MOP, "decision", "6", "2")

XML = """<?xml version="1.0" encoding="UTF-8"?>
<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0">
  <doc name="decisions">
    <meta>
      <identification source="#secretariat">
        <FRBRWork>
          <FRBRdate date="2031-11-13" name="adoption"/>
          <FRBRnumber value="CRA/MOP.6/9/Add.1"/>
        </FRBRWork>
      </identification>
    </meta>
    <preface>
      <p class="distribution">Distr.: General</p>
      <p class="symbol"><docNumber>CRA/MOP.6/9/Add.1</docNumber></p>
      <p class="date"><docDate date="2031-11-20">20 November 2031</docDate></p>
      <p class="body">Sixth Meeting of the Parties to the Coral Reef Agreement</p>
      <p class="venue"><location refersTo="#suva">Suva</location>, <docDate date="2031-11-10">10</docDate>&#8211;<docDate date="2031-11-13">13 November 2031</docDate></p>
      <p class="title"><docTitle>Decisions adopted by the Sixth Meeting of the Parties to the Coral Reef Agreement</docTitle></p>
    </preface>
    <mainBody>
      <hcontainer name="introduction">
        <p>1. The decisions set out below were adopted by the Sixth Meeting of the Parties at its final plenary on <date date="2031-11-13">13&#160;November&#160;2031</date>.</p>
      </hcontainer>
      <hcontainer name="decision" eId="dec_VI-1">
        <num>Decision VI/1:</num>
        <heading>Reef monitoring</heading>
        <intro>
          <p><i>Recalling</i> decision V/4 on monitoring,</p>
        </intro>
        <paragraph eId="dec_VI-1__para_1">
          <num>1.</num>
          <content><p>To request the secretariat to compile national monitoring reports;</p></content>
        </paragraph>
      </hcontainer>
      <hcontainer name="decision" eId="dec_VI-2">
        <num>Decision VI/2:</num>
        <heading>Budget</heading>
        <paragraph eId="dec_VI-2__para_1">
          <num>1.</num>
          <content><p>To approve the budget for 2032&#8211;2033;</p></content>
        </paragraph>
      </hcontainer>
    </mainBody>
  </doc>
</akomaNtoso>
"""

PLAIN = """Distr.: General
CRA/MOP.6/9/Add.1
20 November 2031

Sixth Meeting of the Parties to the Coral Reef Agreement

Suva, 10–13 November 2031

Decisions adopted by the Sixth Meeting of the Parties to the Coral Reef Agreement

1. The decisions reproduced below were adopted by the Sixth Meeting of the Parties on 13 November 2031.

Decision VI/1: Reef monitoring

Recalling decision V/4 on monitoring,

1. To request the secretariat to compile national monitoring reports;

Decision VI/2: Budget

1. To approve the budget for 2032–2033;
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> list[Fact]:
    return extract(text, source_key="doc", registry=registry).facts


def _has(facts: list[Fact], subject: object, relation: str, obj: object) -> bool:
    return any(f.subject == subject and f.relation == relation and f.object == obj for f in facts)


@pytest.mark.parametrize("text", [XML, PLAIN], ids=["akoma-ntoso", "plain"])
def test_the_meeting_under_the_symbol_and_date_is_held_where_and_when_the_preface_says(registry: BodyRegistry, text: str) -> None:
    facts = _facts(text, registry)
    assert _has(facts, SIXTH, "heldIn", "Suva")
    assert _has(facts, SIXTH, "heldOn", DateRange(dt.date(2031, 11, 10), dt.date(2031, 11, 13)))


@pytest.mark.parametrize("text", [XML, PLAIN], ids=["akoma-ntoso", "plain"])
def test_the_decisions_set_out_below_take_the_date_of_their_adoption(registry: BodyRegistry, text: str) -> None:
    facts = _facts(text, registry)
    for decision in (D1, D2):
        assert _has(facts, decision, "adoptedOn", dt.date(2031, 11, 13))
        assert _has(facts, decision, "adoptedAt", SIXTH)
    # the decision recalled is no text below: it keeps no date of this meeting
    assert not any(f.subject == InstrumentRef(MOP, "decision", "5", "4") and f.relation == "adoptedOn" for f in facts)


def test_a_date_of_the_meeting_not_said_of_the_texts_below_dates_none(registry: BodyRegistry) -> None:
    text = PLAIN.replace(
        "The decisions reproduced below were adopted by the Sixth Meeting of the Parties on 13 November 2031.",
        "The Sixth Meeting of the Parties adopted its report on 13 November 2031.",
    )
    facts = _facts(text, registry)
    assert not any(f.subject in (D1, D2) and f.relation == "adoptedOn" for f in facts)


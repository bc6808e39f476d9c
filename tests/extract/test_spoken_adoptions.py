"""A chair reading out a draft and adopting it, in captions (WebVTT with voice tags, SubRip with
speaker labels) or a transcript (`spoken_adoptions.py`): within one speaker's turn, the
sentences from "draft decision X" to "adopted as decision Y" are Y's text: the title read after
the draft's symbol is Y's title, "the Council decides to establish ...", "It invites ..." are
Y's operative words, and a number carrying its session says where Y was adopted. A draft with no
adoption in the turn, an adoption without a number, and another speaker's turn give Y nothing.
Invented bodies, numbers and wording."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.facts import Fact
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/dunes> a mg:Body ; mg:key "dunes" ;
    skos:prefLabel "Council of the Dune Restoration Alliance"@en ; skos:altLabel "DRA Council"@en ; mg:shortName "Council" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "DRA-{session}/{number}" ; mg:instrumentKind "decision" ] .
<body/dunes/bureau> a mg:Body ; mg:key "dunes/bureau" ;
    skos:prefLabel "Bureau of the Council of the Dune Restoration Alliance"@en ; mg:shortName "Bureau" ;
    org:subOrganizationOf <body/dunes> .
<body/dunes/coordinator> a mg:Body ; mg:key "dunes/coordinator" ;
    skos:prefLabel "Coordinator of the Dune Restoration Alliance"@en ; mg:shortName "Coordinator" ;
    org:subOrganizationOf <body/dunes> .
"""

D4 = InstrumentRef("dunes", "decision", "7", "4")
D5 = InstrumentRef("dunes", "decision", "7", "5")

VTT = """WEBVTT

NOTE
Council of the Dune Restoration Alliance
Seventh session, closing meeting

00:00:01.000 --> 00:00:05.000
<v Chair>Good afternoon, and it is Thursday, 9 October 2031. We take up draft decision DRA-7/L.2,

00:00:05.400 --> 00:00:09.000
<v Chair>entitled “Coastal dune monitoring”. In it, the Council decides to establish

00:00:09.300 --> 00:00:14.000
<v Chair>a task force on dune monitoring and requests the Coordinator to support it.

00:00:14.300 --> 00:00:19.000
<v Chair>It invites the Bureau to oversee its work. Any objection? None.

00:00:19.300 --> 00:00:23.000
<v Chair>Draft decision DRA-7/L.2 is adopted as decision DRA-7/4.

00:00:24.000 --> 00:00:29.000
<v Delegate (Chile)>Chile welcomes the decision and requests the Coordinator to brief donors.
"""

SRT = """1
00:00:00,100 --> 00:00:00,900
CHAIR: Good morning, the Council of the Dune Restoration Alliance resumes its seventh session.

2
00:00:01,000 --> 00:00:05,000
CHAIR: Next, draft decision DRA-7/L.3, "Budget for 2032".

3
00:00:05,200 --> 00:00:09,000
CHAIR: The Council requests the Coordinator to report on expenditure.

4
00:00:09,200 --> 00:00:12,000
CHAIR: May I take it that the Council wishes to adopt the draft as decision DRA-7/5? It is so decided.
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> list[Fact]:
    return extract(text, source_key="captions", registry=registry).facts


def _has(facts: list[Fact], subject: object, relation: str, obj: object) -> bool:
    return any(f.subject == subject and f.relation == relation and f.object == obj for f in facts)


def test_the_draft_read_out_is_the_adopted_decisions_text(registry: BodyRegistry) -> None:
    facts = _facts(VTT, registry)
    assert _has(facts, D4, "title", "Coastal dune monitoring")
    assert _has(facts, D4, "adoptedAt", GatheringRef("dunes", "session", 7))
    assert _has(facts, D4, "requests", BodyRef("dunes/coordinator"))
    assert any(f.subject == D4 and f.relation == "establishes" for f in facts)
    assert _has(facts, D4, "invites", BodyRef("dunes/bureau")) or _has(facts, D4, "encourages", BodyRef("dunes/bureau"))


def test_another_speakers_turn_is_not_the_decisions(registry: BodyRegistry) -> None:
    facts = _facts(VTT, registry)
    assert all("Chile" not in f.evidence.quote for f in facts if f.subject == D4)


def test_a_subrip_transcript_with_the_adoption_asked(registry: BodyRegistry) -> None:
    facts = _facts(SRT, registry)
    assert _has(facts, D5, "title", "Budget for 2032")
    assert _has(facts, D5, "requests", BodyRef("dunes/coordinator"))


@pytest.mark.parametrize(
    "ending",
    [
        # the debate goes on: no adoption in the turn
        "We will come back to the draft tomorrow.",
        # adopted, but no number said
        "The draft decision is adopted.",
    ],
)
def test_no_adoption_as_a_number_no_text(registry: BodyRegistry, ending: str) -> None:
    text = VTT.replace("Draft decision DRA-7/L.2 is adopted as decision DRA-7/4.", ending)
    facts = _facts(text, registry)
    assert not any(f.subject == D4 and f.relation in ("title", "requests", "establishes") for f in facts)


def test_prose_about_a_draft_adopted_elsewhere_is_untouched(registry: BodyRegistry) -> None:
    # a report's narrative sentence adopting a draft names no content between
    text = (
        "Council of the Dune Restoration Alliance\n\nReport on the seventh session\n\n"
        "12. At its closing meeting, the Council adopted draft decision DRA-7/L.2 as decision DRA-7/4.\n\n"
        "13. The representative of Chile requested the Coordinator to brief donors.\n"
    )
    facts = _facts(text, registry)
    assert not _has(facts, D4, "requests", BodyRef("dunes/coordinator"))


def test_the_day_the_chair_says_it_is_dates_the_adoption(registry: BodyRegistry) -> None:
    import datetime as dt

    assert _has(_facts(VTT, registry), D4, "adoptedOn", dt.date(2031, 10, 9))
    # no day said: no date
    undated = VTT.replace(", and it is Thursday, 9 October 2031", "")
    assert not any(f.subject == D4 and f.relation == "adoptedOn" for f in _facts(undated, registry))
    # a date said of something else ("the deadline is 9 October 2031") is no day of the meeting
    other = VTT.replace("and it is Thursday, 9 October 2031", "the deadline is 9 October 2031")
    assert not any(f.subject == D4 and f.relation == "adoptedOn" for f in _facts(other, registry))

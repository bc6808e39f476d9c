"""Decision points numbered under agenda items ("4.1 Requests ...") after the opening formula of
a body that meets in numbered meetings, in a document of one of its meetings: each point is a
decision of that meeting, keyed "<meeting>-<item>/<point>"; "decision 10.2 of its 29th meeting"
is another meeting's; "(Decisions 4.1 to 4.3 adopted 12.05.2031)" dates each point of the range
and names the meeting that adopted it (`loaders/extract/rules/own_numbering.py`, `segment.py`,
`relate.py`). Invented bodies and wording; a listing without the formula or without a numbered
meeting, and a body meeting in sessions, number no points."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/hb> a mg:Body ; mg:key "hb" ; skos:prefLabel "Harbour Programme Board"@en ; mg:shortName "Board" ;
    mg:gatheringTerm "meeting" ; mg:issuesInstruments true ; mg:symbolPrefix "HPB" .
<body/rc> a mg:Body ; mg:key "rc" ; skos:prefLabel "River Commission"@en ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/hb-sec> a mg:Body ; mg:key "hb-sec" ; skos:prefLabel "Harbour Secretariat"@en .
<body/shf> a mg:Body ; mg:key "shf" ; skos:prefLabel "Shipping Forum"@en .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _decisions(meeting: str = "31st", item: int = 4, body: str = "Harbour Programme Board", gap: str = " ") -> str:
    return (
        f"HPB/{meeting[:2]}/4\n\nDecisions of the {meeting} meeting of the {body}\n\n"
        f"Agenda item {item}: Port fees\n\nThe {body},\n\n"
        f"{item}.1{gap}Requests the Harbour Secretariat to prepare a study on port fees, recalling decision 10.2 of its 29th meeting;\n\n"
        f"{item}.2{gap}Invites the Shipping Forum to contribute to the study;\n\n"
        f"{item}.3{gap}Decides to review the fees at its next meeting.\n\n"
        f"(Decisions {item}.1 to {item}.3 adopted 12.05.2031)\n"
    )


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize("meeting, ordinal, item, gap", [("31st", 31, 4, " "), ("47th", 47, 12, "  ")])
def test_each_point_is_a_decision_of_the_meeting(registry: BodyRegistry, meeting: str, ordinal: int, item: int, gap: str) -> None:
    facts = _facts(_decisions(meeting, item, gap=gap), registry)
    first = InstrumentRef("hb", "decision", f"{ordinal}-{item}", "1")
    second = InstrumentRef("hb", "decision", f"{ordinal}-{item}", "2")
    assert (first, "requests", BodyRef("hb-sec")) in facts
    assert (second, "invites", BodyRef("shf")) in facts
    assert (first, "cites", InstrumentRef("hb", "decision", "29-10", "2")) in facts
    for number in ("1", "2", "3"):
        point = InstrumentRef("hb", "decision", f"{ordinal}-{item}", number)
        assert (point, "adoptedOn", dt.date(2031, 5, 12)) in facts
        assert (point, "adoptedAt", GatheringRef("hb", "meeting", ordinal)) in facts


def test_the_adoption_note_cites_nothing(registry: BodyRegistry) -> None:
    text = _decisions().replace(";\n\n(Decisions", ";\n(Decisions").replace("next meeting.\n\n(", "next meeting;\n(")
    facts = _facts(text, registry)
    assert not any(r == "cites" and isinstance(o, InstrumentRef) and o.session == "31-4" for _, r, o in facts)


@pytest.mark.parametrize(
    "text",
    [
        # no opening formula above the points: a report's numbered sections
        _decisions().replace("The Harbour Programme Board,\n\n", "Background\n\n"),
        # no numbered meeting named: the document is of no one meeting
        _decisions().replace("Decisions of the 31st meeting of the Harbour Programme Board", "Decisions of the Board"),
        # a body meeting in sessions
        _decisions(body="River Commission"),
    ],
)
def test_no_points_are_numbered_without_their_setting(registry: BodyRegistry, text: str) -> None:
    facts = _facts(text, registry)
    assert not any(isinstance(s, InstrumentRef) and "-" in s.session for s, _, _ in facts)

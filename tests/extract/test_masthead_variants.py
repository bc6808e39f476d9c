"""Two masthead forms (`loaders/extract/document.py`, `references.py`): a working copy's symbol
line with its draft mark ("TD/B/78/9 – DRAFT (working copy, do not circulate)") still gives the
document's symbol; a session named with its place among the ordinary ones in brackets ("Fifty-Eighth
(29th Ordinary) Session") is the fifty-eighth session. Invented bodies and wording."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<body/salt-board> a mg:Body ; mg:key "salt-board" ; skos:prefLabel "Salt Trade Board"@en ; mg:shortName "Board" ;
    mg:gatheringTerm "session" ; mg:issuesInstruments true ; mg:symbolPrefix "STB" .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


@pytest.mark.parametrize(
    "mark", [" – DRAFT (working copy, do not circulate)", " [Draft]", " - draft for comments", ""]
)
def test_a_draft_mark_beside_the_symbol_leaves_the_symbol(registry: BodyRegistry, mark: str) -> None:
    text = f"STB/41/9{mark}\nReport of the Salt Trade Board on its forty-first session\n\nThe Board met in Lima.\n"
    facts = _facts(text, registry)
    assert (DocumentRef(symbols=("STB/41/9",)), "reportOf", GatheringRef("salt-board", "session", 41)) in facts


def test_other_words_beside_the_symbol_are_no_draft_mark(registry: BodyRegistry) -> None:
    text = "STB/41/9 was drafted by the secretariat\nReport of the Salt Trade Board on its forty-first session\n"
    facts = _facts(text, registry)
    assert not any(s == DocumentRef(symbols=("STB/41/9",)) and r == "reportOf" for s, r, _ in facts)


@pytest.mark.parametrize("bracket", ["(12th Ordinary)", "(3rd Extraordinary)", "(2029)"])
def test_a_bracketed_qualifier_between_ordinal_and_session(registry: BodyRegistry, bracket: str) -> None:
    text = (
        f"Report adopted by the Salt Trade Board at its Thirty-Third {bracket} Session, held in Lima from "
        "October 2 to 6, 2029\n\nThe Board met.\n"
    )
    facts = _facts(text, registry)
    session = GatheringRef("salt-board", "session", 33)
    assert (session, "meetingOf", BodyRef("salt-board")) in facts
    held_on = next(o for s, r, o in facts if s == session and r == "heldOn")
    assert (held_on.start, held_on.end) == (dt.date(2029, 10, 2), dt.date(2029, 10, 6))  # type: ignore[attr-defined]
    assert not any(isinstance(s, GatheringRef) and s.ordinal in (12, 3) for s, _, _ in facts)


@pytest.mark.parametrize(
    "held, place, start, end",
    [
        ("Held at the Palais des Nations, Geneva, from 7 to 11 October 2030", "Geneva", dt.date(2030, 10, 7), dt.date(2030, 10, 11)),
        ("Held in Lima, Peru, on 3 May 2031", "Lima", dt.date(2031, 5, 3), dt.date(2031, 5, 3)),
        ("Held at the Conference Centre, Nairobi, from 2 to 4 June 2031.", "Nairobi", dt.date(2031, 6, 2), dt.date(2031, 6, 4)),
    ],
)
def test_the_line_under_a_reports_title_says_where_and_when(
    registry: BodyRegistry, held: str, place: str, start: dt.date, end: dt.date
) -> None:
    text = f"STB/41/9\nReport of the Salt Trade Board on its forty-first session\n{held}\n\nThe Board met.\n"
    facts = _facts(text, registry)
    session = GatheringRef("salt-board", "session", 41)
    assert (session, "heldIn", place) in facts
    assert any(s == session and r == "heldOn" and (o.start, o.end) == (start, end) for s, r, o in facts)  # type: ignore[attr-defined]


def test_a_held_line_of_no_place_gives_none(registry: BodyRegistry) -> None:
    text = "STB/41/9\nReport of the Salt Trade Board on its forty-first session\nHeld at Headquarters on 3 May 2031\n\nThe Board met.\n"
    facts = _facts(text, registry)
    assert not any(r == "heldIn" for _, r, _ in facts)


@pytest.mark.parametrize(
    "title",
    [
        "Report adopted by the Salt Trade Board at its Forty-First (12th Ordinary) Session, held in Lima from May 2 to 6, 2031",
        "Report adopted by the Salt Trade Board at its forty-first session",
        "Report of the Salt Trade Board on its forty-first session",
    ],
)
def test_a_report_adopted_at_a_session_is_that_sessions_report(registry: BodyRegistry, title: str) -> None:
    text = f"STB/41/9\n\n{title}\n\nThe Board met.\n"
    facts = _facts(text, registry)
    assert (DocumentRef(symbols=("STB/41/9",)), "reportOf", GatheringRef("salt-board", "session", 41)) in facts


def test_a_report_adopted_by_another_body_is_not_a_session_report(registry: BodyRegistry) -> None:
    text = "STB/41/9\n\nReport adopted by the Salt Trade Board on the fees\n\nThe Board met.\n"
    facts = _facts(text, registry)
    assert not any(r == "reportOf" for _, r, _ in facts)

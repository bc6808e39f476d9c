"""A meeting told by its count with the verb (E220, empty cells of the lead's grids): "The Working
Group on Early Warning Systems met for the third time in Vienna from 3 to 5 May 2032" is its third
meeting, held there on those days, as "met for the first time" was its first (E186's
`references._INAUGURAL`, now any ordinal: "for the Nth time", "for a third time"). The subject opens
the sentence, is "It"/"They" after a sentence naming the body, or is "which" (future: "which shall meet
for the fourth time in Bangkok"). Only a body that meets in numbered meetings: a body holding sessions
told "met for the twelfth time" is left (which series the count is of the text does not say).

Near misses: "for the last time", a count of something else ("discussed the issue for the third time"),
an offer to meet ("proposed to meet for the third time in Vienna")."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

from . import phrasing as P

TREATY = Path(__file__).resolve().parents[1] / "data" / "phrasing_treaty.ttl"
WG = "ccr/wg-early-warning"


def _facts(text: str, relation: str, registry=None) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="t", registry=registry or P.registry())
    return {(P.key(f.subject), P.key(f.object)) for f in extraction.facts if f.relation == relation}


def _report(sentence: str) -> str:
    return P.ACTION_TAKEN.format(s=sentence)


@pytest.mark.parametrize(
    ("sentence", "meeting", "place", "days"),
    [
        ("The Working Group on Early Warning Systems met for the third time in Vienna from 3 to 5 May 2032.",
         f"{WG}#3", "Vienna", "2032-05-03/2032-05-05"),
        ("The Working Group on Early Warning Systems convened for the twenty-first time in Geneva on 3 May 2032.",
         f"{WG}#21", "Geneva", "2032-05-03"),
        ("The Working Group on Early Warning Systems met for a second time in Bangkok on 3 and 4 May 2032.",
         f"{WG}#2", "Bangkok", "2032-05-03/2032-05-04"),
        # "It" after the sentence that names the body
        ("The Working Group on Early Warning Systems was established by resolution 11/2. It met for the second time in Vienna on 3 May 2032.",
         f"{WG}#2", "Vienna", "2032-05-03"),
    ],
)
def test_the_count_is_the_meeting(sentence, meeting, place, days):
    text = _report(sentence)
    assert (meeting, place) in _facts(text, "heldIn")
    assert (meeting, days) in _facts(text, "heldOn")
    assert (meeting, WG) in _facts(text, "meetingOf")


def test_a_meeting_to_come_told_by_its_count():
    text = P.in_resolution(
        "Decides that the Working Group on Early Warning Systems, which shall meet for the fourth time in Bangkok in 2033, "
        "shall report to the Commission;"
    )
    assert (f"{WG}#4", "Bangkok") in _facts(text, "heldIn")


def test_a_treaty_bodys_meeting_told_by_its_count():
    text = P.COP_DECISION.format(
        s="Notes that the Conference of the Parties to the Convention on Reef Sanctuaries met for the fifteenth time in Suva from 2 to 6 November 2029;"
    )
    registry = load_registry(P.BASE, [P.REFERENCE, TREATY])
    assert ("rs-cop#15", "Suva") in _facts(text, "heldIn", registry)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Working Group on Early Warning Systems met for the last time in Vienna on 3 May 2032.",
        "The Working Group on Early Warning Systems discussed the issue for the third time in Vienna on 3 May 2032.",
        "The Working Group on Early Warning Systems proposed to meet for the third time in Vienna, subject to the availability of funds.",
    ],
)
def test_no_meeting_counted(sentence):
    text = _report(sentence)
    assert not [s for s, _ in _facts(text, "heldIn") if s.startswith(WG)]
    assert not [s for s, _ in _facts(text, "meetingOf") if s.startswith(WG)]

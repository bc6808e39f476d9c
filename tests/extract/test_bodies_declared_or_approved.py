"""A body an instrument brings into being by declaring it, or by approving its establishment under its
name (E220, empty cells of the lead's grids):

- "Decides that there shall be a Committee on Coastal Data, composed of ten experts", "Resolves that
  there shall be an intersessional working group on …": `establishes` (`rules/mandate_verbs`, the verb
  "there shall (will, should) be" after "decides/resolves/agrees that", a body's kind within four words
  after it, none of them "of").
- "Approves the establishment of the Committee on Coastal Data": "the" and a body's name, as "of a/an"
  was read (E140).

Frames: an operative paragraph of the invented Commission's resolution 12/1, an invented treaty's
decision, a report of the Secretary-General telling a General Assembly resolution. Near misses: "Takes
note of the proposal to establish", "Decides to consider … the establishment of", "there shall be a
meeting of the Committee", "there shall be a review of", "there shall be no …", "Welcomes the
establishment of", "the establishment of the post of"."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract

from . import phrasing as P

TREATY = Path(__file__).resolve().parents[1] / "data" / "phrasing_treaty.ttl"


def _established(paragraph: str) -> set[tuple[str, str]]:
    return P.facts(P.in_resolution(paragraph), "establishes")


@pytest.mark.parametrize(
    ("paragraph", "body"),
    [
        ("Decides that there shall be a Committee on Coastal Data, composed of ten experts;", "ccr/committee-on-data"),
        ("Decides also that there shall be an intersessional working group on tide gauges, open to all member States;",
         "ccr/working-group-on-tide-gauges"),
        ("Resolves that there will be an advisory panel on coastal finance, which shall report to the Commission;",
         "ccr/panel-on-coastal-finance"),
        ("Approves the establishment of the Committee on Coastal Data;", "ccr/committee-on-data"),
        ("Approves the establishment of an advisory panel on coastal finance;", "ccr/panel-on-coastal-finance"),
        ("Agrees to the creation of the Committee on Coastal Data, as proposed by the Bureau;", "ccr/committee-on-data"),
    ],
)
def test_the_resolution_establishes_the_body(paragraph, body):
    assert (P.RESOLUTION, body) in _established(paragraph)


def test_a_treaty_decision_declares_a_body():
    text = P.COP_DECISION.format(s="Decides that there shall be a technical working group on reef monitoring, open to all Parties;")
    registry = load_registry(P.BASE, [P.REFERENCE, TREATY])
    found = {(P.key(f.subject), P.key(f.object)) for f in extract(text, source_key="t", registry=registry).facts if f.relation == "establishes"}
    assert [o for s, o in found if s == "rs-cop/dec/16/3" and "working-group" in o]


def test_the_assembly_decided_that_there_shall_be():
    sentence = "In its resolution 77/12, the General Assembly decided that there shall be an open-ended working group on coastal data."
    assert [o for s, o in P.in_sg_report(sentence, "establishes") if s == "ga/res/77/12"]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Takes note of the proposal to establish a committee on coastal data, and decides to revert to it at its thirteenth session;",
        "Decides to consider, at its thirteenth session, the establishment of a committee on coastal data;",
        "Decides that there shall be a meeting of the Committee on Coastal Data in 2032;",
        "Decides that there shall be a review of the Committee on Coastal Data in 2035;",
        "Decides that there shall be no Committee on Coastal Data;",
        "Welcomes the establishment of the Committee on Coastal Data;",
        "Approves the establishment of the post of coordinator of the Committee on Coastal Data;",
    ],
)
def test_nothing_established(paragraph):
    assert _established(paragraph) == set()

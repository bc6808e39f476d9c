"""A WHO governing organ's decision whose numbered items each open on the organ's verb in the past
(E215, what E210 left): "EB156(3) Title" / "The Executive Board, having considered the report by the
Director-General," / "(1) decided to establish an open-ended working group on …;" / "(2) requested the
Director-General to …". Items after "decided:" ("(1) to establish …") were labels already (E193's WHO
list); an item opening on "decided", "requested", "invited", "agreed", "endorsed" … after a number in
brackets was not, so it was read as the text of the recital above it and gave nothing
(`segment._LABEL`'s `_PAST_CLAUSE_VERB`). Now each item gives its fact, in the list as pdftotext prints
it raw, with `-layout`'s indentation and items wrapped, and in a Health Assembly's decision list.

Near misses: "(1) decided not to establish …" (declined, `rules/not_adopted`); "(2) noted the report"
(no fact); an item under a recommended draft decision gives nothing to the Board; a page's "(2)" over
a line in lower case that is no verb of the organ."""

from __future__ import annotations

from functools import lru_cache

import pytest

from mandate_graph.graph.reference import load_registry
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import BASE, key
from tests.extract.test_on_evidence_reference import UN_SYSTEM

EB = "wha/executive-board"


@lru_cache(maxsize=1)
def _registry():
    return load_registry(BASE, [UN_SYSTEM])


def _facts(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts if f.relation in ("establishes", "requests", "encourages", "endorses", "adoptedAt", "title")}


_EB_HEAD = (
    "EB156/DIV/2\n12 February 2025\nEXECUTIVE BOARD\n156th session\nGeneva, 3–11 February 2025\n"
    "Decisions and list of resolutions\n"
)

RAW = _EB_HEAD + """EB156(3) Working group on the health workforce
The Executive Board, having considered the report by the Director-General,
(1) decided to establish an open-ended intergovernmental working group on the health workforce;
(2) requested the Director-General to provide the secretariat of the working group;
(3) invited the Member States to contribute to the work of the working group.
(Fifth meeting, 5 February 2025)
EB156(4) Dates of the next session
The Executive Board decided that its 157th session would be held in Geneva from 26 to 31 May 2025.
(Sixth meeting, 6 February 2025)
"""

LAYOUT = _EB_HEAD + """
  EB156(3)      Working group on the health workforce

                The Executive Board, having considered the report by the Director-
                General,

                (1)   decided to establish an open-ended intergovernmental working
                      group on the health workforce;

                (2)   also requested the Director-General to provide the secretariat
                      of the working group.
                (Fifth meeting, 5 February 2025)
"""

WORKING_GROUP = f"{EB}/working-group-on-the-health-workforce"


@pytest.mark.parametrize("text", [RAW, LAYOUT], ids=["raw", "layout"])
def test_each_item_opening_on_the_boards_verb_gives_its_fact(text):
    facts = _facts(text)
    assert ("establishes", f"{EB}/dec/156/3", WORKING_GROUP) in facts
    assert ("requests", f"{EB}/dec/156/3", "who/director-general") in facts
    assert ("adoptedAt", f"{EB}/dec/156/3", f"{EB}#156") in facts
    assert ("title", f"{EB}/dec/156/3", "Working group on the health workforce") in facts


def test_the_next_decision_headed_on_one_line_keeps_its_session():
    facts = _facts(RAW)
    assert ("adoptedAt", f"{EB}/dec/156/4", f"{EB}#156") in facts
    assert ("title", f"{EB}/dec/156/4", "Dates of the next session") in facts


WHA = _EB_HEAD.replace("EB156/DIV/2", "WHA78/DIV/3").replace("EXECUTIVE BOARD\n156th session", "SEVENTY-EIGHTH WORLD HEALTH ASSEMBLY") + """WHA78(12) Global strategy on coastal health
The Seventy-eighth World Health Assembly, having considered the consolidated report by the Director-General,
(1) decided to establish an intergovernmental working group on coastal health;
(2) decided not to establish a standing committee on coastal health;
(3) noted the report.
(Ninth plenary meeting, 28 May 2025)
"""


def test_a_health_assembly_decisions_items_and_their_near_misses():
    facts = _facts(WHA)
    established = {o for r, s, o in facts if r == "establishes"}
    assert established == {"wha/working-group-on-coastal-health"}, facts


def test_a_recommended_drafts_items_are_not_the_boards():
    text = _EB_HEAD + """EB156(5) Prevention of drowning
The Executive Board, having considered the report by the Director-General, decided to recommend to the
Seventy-eighth World Health Assembly the adoption of the following draft decision:
The Seventy-eighth World Health Assembly, having considered the report by the Director-General,
(1) decided to establish an intergovernmental working group on drowning prevention;
(2) requested the Director-General to report to the Eighty-first World Health Assembly.
(Seventh meeting, 6 February 2025)
"""
    facts = _facts(text)
    assert not {f for f in facts if f[0] in ("establishes", "requests")}, facts

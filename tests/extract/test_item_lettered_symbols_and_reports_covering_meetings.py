"""Symbols of a board's series and the meetings a report covers.

- "WFP/EB.A/2031/6-C/1", "…/4-A/Rev.1", "…/5-D": a session named by a letter after the series
  ("EB.A") and an item numbered with a letter ("6-C") are one symbol; a second symbol after a
  hyphen opens its own series ("A/86/721-S/2032/48"), a letter and one short number do not;
- "the annual report of X (symbol), covering its fifty-ninth, sixtieth and sixty-first meetings":
  the report is of each meeting named after its symbol;
- ", the last of which was held in Mombasa on 3 and 4 March 2031": the last (or first) of the
  meetings just named sat then and there.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("text, symbols", [
    ("(GSF/SB.A/2031/6-C/1), covering", [("GSF/SB.A/2031/6-C/1",)]),
    ("report (GSF/SB.A/2031/4-A/Rev.1), which", [("GSF/SB.A/2031/4-A/Rev.1",)]),
    ("(GSF/SB.2/2031/5-D), presented", [("GSF/SB.2/2031/5-D",)]),
    ("(GSF/SB.A/2031/6-C/1/Add.1)", [("GSF/SB.A/2031/6-C/1/Add.1",)]),
    ("GSF/SB.A/2031/15", [("GSF/SB.A/2031/15",)]),
    # joint documents keep both symbols, after a hyphen or a dash
    ("A/86/721-S/2032/48", [("A/86/721", "S/2032/48")]),
    ("S/2032/48-A/86/721", [("S/2032/48", "A/86/721")]),
    ("A/HRC/62/28–E/2031/4", [("A/HRC/62/28", "E/2031/4")]),
    ("ISBA/32/A/2-ISBA/32/C/5", [("ISBA/32/A/2", "ISBA/32/C/5")]),
    # unchanged forms
    ("A/RES/S-8/1", [("A/RES/S-8/1",)]),
    ("CERD/C/DEU/23-26", [("CERD/C/DEU/23-26",)]),
])
def test_symbols(text: str, symbols: list[tuple[str, ...]]) -> None:
    assert [s.symbols for s in find_symbols(text)] == symbols


REPORT = "E/CN.21/CD/2031/6-C/1"


@pytest.mark.parametrize("sentence, held, town", [
    ("The Commission takes note of the annual report of the Working Group on Early Warning Systems (E/CN.21/CD/2031/6-C/1), covering its fifty-ninth, sixtieth and sixty-first meetings, the last of which was held in Mombasa on 3 and 4 March 2031.",
     ("ccr/wg-early-warning#61", "2031-03-03/2031-03-04"), ("ccr/wg-early-warning#61", "Mombasa")),
    ("The Commission had before it the report of the Working Group on Early Warning Systems (E/CN.21/CD/2031/6-C/1), on its fifty-ninth and sixtieth meetings, the first of which was held at headquarters on 3 March 2031, and of the Bureau.",
     ("ccr/wg-early-warning#59", "2031-03-03"), None),
])
def test_a_report_covering_meetings_named_after_its_symbol(sentence: str, held: tuple[str, str], town: tuple[str, str] | None) -> None:
    text = in_note(sentence)
    reported = {g for d, g in facts(text, "reportOf") if d == REPORT}
    assert {"ccr/wg-early-warning#59", "ccr/wg-early-warning#60"} <= reported
    assert held in facts(text, "heldOn")
    if town:
        assert town in facts(text, "heldIn")
    else:
        assert not {p for g, p in facts(text, "heldIn") if g == held[0]}


@pytest.mark.parametrize("sentence", [
    # the meetings are the Bureau's, named in another clause after the symbol
    "The Commission takes note of the report of the Working Group on Early Warning Systems (E/CN.21/CD/2031/6-C/1); the Bureau held its fifty-ninth and sixtieth meetings in May.",
    # the meetings that took note of the report, not the ones it covers
    "The report of the Working Group on Early Warning Systems (E/CN.21/CD/2031/6-C/1) was considered at its fifty-ninth and sixtieth meetings.",
])
def test_no_meetings_covered(sentence: str) -> None:
    assert not {g for d, g in facts(in_note(sentence), "reportOf") if d == REPORT}


@pytest.mark.parametrize("sentence, held, town", [
    # "the latter" / "the former", the report's symbol in brackets between the meetings and it
    ("The Commission takes note of the report of the Working Group on Early Warning Systems on its eleventh and twelfth meetings (E/CN.21/2031/CRP.5), the latter held in Nairobi on 3 and 4 April 2031.",
     ("ccr/wg-early-warning#12", "2031-04-03/2031-04-04"), ("ccr/wg-early-warning#12", "Nairobi")),
    ("The Commission takes note of the report of the Working Group on Early Warning Systems on its eleventh and twelfth meetings, the former held in Bonn from 3 to 5 March 2031.",
     ("ccr/wg-early-warning#11", "2031-03-03/2031-03-05"), ("ccr/wg-early-warning#11", "Bonn")),
])
def test_the_latter_or_the_former_of_two_meetings(sentence: str, held: tuple[str, str], town: tuple[str, str]) -> None:
    text = in_note(sentence)
    assert held in facts(text, "heldOn")
    assert town in facts(text, "heldIn")
    other = "ccr/wg-early-warning#11" if held[0].endswith("#12") else "ccr/wg-early-warning#12"
    assert not any(g == other for g, _ in facts(text, "heldOn") | facts(text, "heldIn"))

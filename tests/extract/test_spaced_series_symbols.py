"""Symbols whose series is followed by a space and figures, as the Codex Alimentarius Commission
and its committees number their papers: "CX/CAC 31/54/1" (year, session, number), "CX/EXEC
31/101/3", an addendum written "CX/CAC 31/54/3-Add.1" or "CX/CAC 31/54/1 Add.1", information papers
"CX/FH 31/55/INF.2", and joint documents "CX/CAC 31/54/5–CX/EXEC 31/101/3" (`symbols.SYMBOL`); and a series part with its number glued on,
"REP31/EXEC1", "UNEP/CMS/COP15/Doc.27.1" (`symbols._COMPONENT`).

Negative cases: a series of one part ("CL 182/9" stays unread, as before), two figure parts only
("HIV/AIDS 2020/21", a year range), the series alone."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import NOTE, facts

READ = [
    ("CX/CAC 31/54/1", ("CX/CAC 31/54/1",)),
    ("see document CX/FH 29/55/4.", ("CX/FH 29/55/4",)),
    ("CX/EXEC 31/101/3 and", ("CX/EXEC 31/101/3",)),
    ("(CX/CAC 31/54/3-Add.1)", ("CX/CAC 31/54/3-Add.1",)),
    ("CX/CAC 31/54/1 Add.1\n", ("CX/CAC 31/54/1 Add.1",)),
    ("CX/NFSDU 30/46/INF.2 Provisional list", ("CX/NFSDU 30/46/INF.2",)),
    ("CX/CAC 31/54/5–CX/EXEC 31/101/3", ("CX/CAC 31/54/5", "CX/EXEC 31/101/3")),
    ("CX/PR 28/62/7 - CX/CAC 28/51/2", ("CX/PR 28/62/7", "CX/CAC 28/51/2")),
    # a series part with its number glued on: the first and second reports of a year
    ("issued as REP31/EXEC1 (101st session)", ("REP31/EXEC1",)),
    ("REP29/EXEC2.", ("REP29/EXEC2",)),
    ("UNEP/CMS/COP15/Doc.27.1", ("UNEP/CMS/COP15/Doc.27.1",)),
]


@pytest.mark.parametrize("text, symbols", READ)
def test_spaced_series_symbols(text: str, symbols: tuple[str, ...]) -> None:
    found = find_symbols(text)
    assert [m.symbols for m in found] == [symbols]


@pytest.mark.parametrize("text", [
    "HIV/AIDS 2020/21 was a priority",  # a year range after a word pair
    "the UN/DESA 2030 survey",
    "CX/CAC alone",
    "CX/CAC 31/54",  # two figure parts
    "and/or 31/54/1",  # lower case
    "REP/EXEC",  # no figure
])
def test_not_spaced_series_symbols(text: str) -> None:
    assert find_symbols(text) == []


def test_the_usual_symbols_read_as_before() -> None:
    assert [m.symbols for m in find_symbols("A/86/721–S/2032/48 and E/CN.21/2031/4")] == [
        ("A/86/721", "S/2032/48"), ("E/CN.21/2031/4",),
    ]


def test_a_spaced_symbol_in_a_sentence_is_a_document() -> None:
    text = NOTE + "1. The report of the Committee (CX/CD 31/5/2) will be before the Commission at its thirteenth session.\n"
    assert ("CX/CD 31/5/2", "ccr#13") in facts(text, "submittedTo")

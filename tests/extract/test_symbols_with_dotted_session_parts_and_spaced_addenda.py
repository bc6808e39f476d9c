"""Symbols as a treaty secretariat and the World Health Organization's governing bodies write them:
a session part with its subsidiary body after a full stop ("CWC/MSP9.WG/2031/LEG/40/Conf.Rep"), a
last part naming the paper's kind as two abbreviations joined by a full stop ("Conf.Bud",
"Conf.AnnProvAgenda"), and an addendum or revision after a space ("EB171/9 Add.2", "A80/4 Rev.1"), after a series with its session glued on only.
Rules from the spent held-out set x65-x69 (E56)."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols


@pytest.mark.parametrize(("text", "symbol"), [
    ("the report of the Bureau (CWC/MSP9.WG/2031/LEG/40/Conf.Rep), submitted in May", "CWC/MSP9.WG/2031/LEG/40/Conf.Rep"),
    ("the draft budget (CWC/MSP9/2031/SEC/41/Conf.Bud).", "CWC/MSP9/2031/SEC/41/Conf.Bud"),
    ("the present document (BWM/COP3/2030/SEC/7/Conf.AnnProvAgenda).", "BWM/COP3/2030/SEC/7/Conf.AnnProvAgenda"),
    ("is contained in document EB171/9 Add.2, which is also before the Board", "EB171/9 Add.2"),
    ("see document A80/4 Rev.1 and the annex", "A80/4 Rev.1"),
])
def test_the_whole_symbol_is_read(text: str, symbol: str) -> None:
    assert [m.symbols for m in find_symbols(text)] == [(symbol,)]


@pytest.mark.parametrize(("text", "symbols"), [
    ("as in UNEP/CMS/COP15/Doc.27.1 and A/86/152.", [("UNEP/CMS/COP15/Doc.27.1",), ("A/86/152",)]),
    ("the report (CWC/MSP9/2031/SEC/41/Conf.Rep). The next paper", [("CWC/MSP9/2031/SEC/41/Conf.Rep",)]),
    ("E/CN.7/2022/14 Addendum follows", [("E/CN.7/2022/14",)]),
    # a series of slashes writes "/Rev.1": the word after a space is no part of it
    ("see A/80/1 Rev.1 below", [("A/80/1",)]),
])
def test_other_symbols_are_read_as_before(text: str, symbols: list[tuple[str, ...]]) -> None:
    assert [m.symbols for m in find_symbols(text)] == symbols

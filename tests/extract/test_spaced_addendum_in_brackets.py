"""An addendum or revision written after a space inside brackets — "(FCTC/COP/11/1 Add.1)",
"(ABC/MOP/4/2 Rev.1; ...)" — is part of the symbol: inside brackets it can be no next word of the
sentence (E94). Outside brackets a series of slashes keeps its symbol alone ("A/80/1 Rev.1" stays
A/80/1 and a word). Invented symbols of other series."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols


@pytest.mark.parametrize(
    ("text", "symbol"),
    [
        ("took note of the provisional timetable (ABC/COP/7/1 Add.1).", "ABC/COP/7/1 Add.1"),
        ("the revised estimates (XYZ/MOP/4/12 Rev.2; see also annex).", "XYZ/MOP/4/12 Rev.2"),
        ("the list of participants (UNEP/OEWG/9/INF/3 Corr.1), issued later", "UNEP/OEWG/9/INF/3 Corr.1"),
    ],
)
def test_a_spaced_addendum_closing_the_brackets_is_the_symbols(text: str, symbol: str) -> None:
    assert [m.symbols for m in find_symbols(text)] == [(symbol,)]


def test_outside_brackets_the_symbol_stands_alone() -> None:
    assert [m.symbols for m in find_symbols("as set out in A/80/1 Add.1 and later")] != [("A/80/1 Add.1",)]

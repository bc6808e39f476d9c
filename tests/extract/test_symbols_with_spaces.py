"""Symbols with a space in them: the bracketed session of a series ("UNAIDS/PCB (57)/29.21",
a space that is the symbol's own) and a stray space beside a slash where pdftotext wrapped the
line ("A/CONF.234/ 5", "ECE/TRANS/WP.29 /1172"), which the real symbol has not. Invented
symbols and sentences; negatives where a slash and a space make no symbol."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("the report (UNAIDS/PCB (57)/29.21) was", ("UNAIDS/PCB (57)/29.21",)),
        ("see document UNAIDS/PCB (12)/3.7.", ("UNAIDS/PCB (12)/3.7",)),
        ("Board paper XYZ/PCB(8)/14.2 refers", ("XYZ/PCB(8)/14.2",)),
        ("document ECE/TRANS/WP.29 /1172.", ("ECE/TRANS/WP.29/1172",)),
        ("the note A/CONF.234/ 5 on", ("A/CONF.234/5",)),
        ("the note A/CONF.234/\n5 on", ("A/CONF.234/5",)),
        ("in E/CN.7/ 2031/14 and", ("E/CN.7/2031/14",)),
        ("annex to TD/B/C.1/ 58/Add.2,", ("TD/B/C.1/58/Add.2",)),
        ("symbols unchanged: GC(69)/INF/4", ("GC(69)/INF/4",)),
        ("joint ABC/1/ 2-XY/3/4", ("ABC/1/2", "XY/3/4")),
    ],
)
def test_a_spaced_symbol_is_read_in_its_real_form(text: str, expected: tuple[str, ...]) -> None:
    assert [m.symbols for m in find_symbols(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "people living with HIV/ AIDS in 2031",
        "the PCB (57) meeting agreed",
        "as in A/78/ and the",
        "the ratio 12/ 5 was",
        "UNDP/ UNFPA/ UNOPS boards",
        "the words and/ or 5",
    ],
)
def test_a_slash_and_a_space_alone_make_no_symbol(text: str) -> None:
    assert find_symbols(text) == []


def test_a_full_stop_and_digit_after_an_ordinary_number_is_not_part_of_it() -> None:
    # pdftotext glues a footnote mark on: "UNEP/EA.7/6.2" is document 6 and note 2
    assert [m.symbols for m in find_symbols("is contained in document XYZ/EA.7/6.2")] == [("XYZ/EA.7/6",)]

"""Document symbols, dates and ordinals: the small grammars extraction rests on."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.loaders.extract.dates import find_dates
from mandate_graph.loaders.extract.ordinals import ordinal_value
from mandate_graph.loaders.extract.symbols import find_symbols


@pytest.mark.parametrize(
    "text, expected",
    [
        ("(CTOC/COP/WG.2/2022/4-CTOC/COP/WG.3/2022/4)", [("CTOC/COP/WG.2/2022/4", "CTOC/COP/WG.3/2022/4")]),
        ("(CTOC/COP/WG.2/2022/3–CTOC/COP/WG.3/2022/3)", [("CTOC/COP/WG.2/2022/3", "CTOC/COP/WG.3/2022/3")]),
        ("E/2022/28-E/CN.7/2022/14", [("E/2022/28", "E/CN.7/2022/14")]),
        ("A/RES/S-8/1 and A/RES/ES-10/21", [("A/RES/S-8/1",), ("A/RES/ES-10/21",)]),
        ("A/RES/ES-10/21-A/RES/S-8/1", [("A/RES/ES-10/21", "A/RES/S-8/1")]),
        ("(CTOC/COP/WG.4/2021/6 and CTOC/COP/WG.4/2022/4, respectively)", [("CTOC/COP/WG.4/2021/6",), ("CTOC/COP/WG.4/2022/4",)]),
        ("CTOC/COP/2022/INF/2/Rev.2.", [("CTOC/COP/2022/INF/2/Rev.2",)]),
        ("(CTOC/COP/2022/L.8/Rev.2),", [("CTOC/COP/2022/L.8/Rev.2",)]),
        ("A/60/88/Corr.2, annex; CTOC/COP/2022/L.1/Add.9)", [("A/60/88/Corr.2",), ("CTOC/COP/2022/L.1/Add.9",)]),
        ("conference room paper CTOC/COP/2022/CRP.3.", [("CTOC/COP/2022/CRP.3",)]),
        ("resolution 7/1, 16.4.2, 2022–2023, COVID-19, and/or", []),
    ],
)
def test_symbols(text: str, expected: list[tuple[str, ...]]) -> None:
    assert [m.symbols for m in find_symbols(text)] == expected


D = dt.date


@pytest.mark.parametrize(
    "text, expected",
    [
        ("on 12 and 13 October 2021", [(D(2021, 10, 12), D(2021, 10, 13))]),
        ("from 10 to 12 May 2021", [(D(2021, 5, 10), D(2021, 5, 12))]),
        ("from 9 through 13 February 2026", [(D(2026, 2, 9), D(2026, 2, 13))]),  # US usage
        ("Vienna, 23–27 May 2022", [(D(2022, 5, 23), D(2022, 5, 27))]),
        ("held on 24 May 2022", [(D(2022, 5, 24), D(2022, 5, 24))]),
        ("decision 2/2 of 19 October 2005", [(D(2005, 10, 19), D(2005, 10, 19))]),
        ("from 30 September to 2 October 2019", [(D(2019, 9, 30), D(2019, 10, 2))]),
        ("from 30 December 2021 to 2 January 2022", [(D(2021, 12, 30), D(2022, 1, 2))]),
        ("on 17, 18, 19, 20 and 21 October 2022", [(D(2022, 10, 17), D(2022, 10, 21))]),
        ("on Monday, 17 October 2022", [(D(2022, 10, 17), D(2022, 10, 17))]),
        ("on 12 and 13 October 2021 and on 29 and 30 June 2022",
         [(D(2021, 10, 12), D(2021, 10, 13)), (D(2022, 6, 29), D(2022, 6, 30))]),
        ("on 31 February 2022, or on Friday, 7 October", []),
    ],
)
def test_dates(text: str, expected: list[tuple[dt.date, dt.date]]) -> None:
    assert [(m.value.start, m.value.end) for m in find_dates(text)] == expected


@pytest.mark.parametrize(
    "word, value",
    [
        ("first", 1), ("eleventh", 11), ("Twelfth", 12), ("nineteenth", 19), ("twentieth", 20),
        ("twenty-first", 21), ("thirty-third", 33), ("sixty-fifth", 65), ("seventy-seventh", 77),
        ("ninety-ninth", 99), ("hundredth", 100), ("one hundred and third", 103),
        ("1st", 1), ("2nd", 2), ("11th", 11), ("23rd", 23), ("eleven", None), ("fifteen", None),
    ],
)
def test_ordinals_are_general(word: str, value: int | None) -> None:
    assert ordinal_value(word) == value


def test_every_ordinal_word_below_a_hundred_reads() -> None:
    units = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"]
    tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    for t, ten in enumerate(tens, 2):
        for u, unit in enumerate(units, 1):
            assert ordinal_value(f"{ten}-{unit}") == t * 10 + u



@pytest.mark.parametrize(
    "text",
    [
        "held from 10 to 12 May 2021 and on 3 October 2022",
        "on 17, 18 and 19 October 2022; A/RES/12 May 2020 is no date; x12 May 2021; 2012 May 2021",
        "Monday, 17 October 2022, \u0663 May 2021, 31 February 2021, 30 September to 2 October 2019",
        "12 May 2021.13 June 2021 (15–17 July 2022)",
        "7 May 2021",
        "no figures at all",
    ],
)
def test_dates_are_looked_for_where_the_full_pattern_finds_them(text: str) -> None:
    # find_dates tries DATE only at a figure that begins a word: the same matches
    from mandate_graph.loaders.extract.dates import DATE, _dates_in

    assert [m.span() for m in _dates_in(text)] == [m.span() for m in DATE.finditer(text)]

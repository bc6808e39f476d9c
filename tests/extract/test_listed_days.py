"""Days listed with "and" are days, not the span between the first and the last: "held on 10
March and 2 December 2031" is two days, nine months apart. Days that follow one another ("on 3 and
4 May", "on 17, 18 and 19 October", "on 30 November and 1 December") stay one span, as a session's
days are read; "between 10 March and 2 December" and "from 10 March to 2 December" are spans."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.dates import find_dates

CASES = [
    # days apart: each a day of its own
    ("held on 10 March and 2 December 2031", ["2031-03-10", "2031-12-02"]),
    ("held on 10 March 2030 and 2 December 2031", ["2030-03-10", "2031-12-02"]),
    ("met on 4 February and 19 June 2031.", ["2031-02-04", "2031-06-19"]),
    ("on 3 and 10 May 2031", ["2031-05-03", "2031-05-10"]),
    ("on 17, 20 and 21 October 2022", ["2022-10-17", "2022-10-20", "2022-10-21"]),
    ("on 2, 9 and 16 June 2031", ["2031-06-02", "2031-06-09", "2031-06-16"]),
    # days that follow one another: one span, as before
    ("on 3 and 4 May 2031", ["2031-05-03/2031-05-04"]),
    ("on 12 and 13 October 2021", ["2021-10-12/2021-10-13"]),
    ("on 17, 18 and 19 October 2022", ["2022-10-17/2022-10-19"]),
    ("on 30 November and 1 December 2031", ["2031-11-30/2031-12-01"]),
    ("on 31 December 2030 and 1 January 2031", ["2030-12-31/2031-01-01"]),
    ("on 30 November, 1 and 2 December 2031", ["2031-11-30/2031-12-02"]),
    # spans told as spans
    ("between 10 March and 2 December 2031", ["2031-03-10/2031-12-02"]),
    ("from 10 March to 2 December 2031", ["2031-03-10/2031-12-02"]),
    ("10 March–2 December 2031", ["2031-03-10/2031-12-02"]),
    ("Between 3 and 10 May 2031", ["2031-05-03/2031-05-10"]),
    # one day
    ("on 2 December 2031", ["2031-12-02"]),
]


def _key(start: object, end: object) -> str:
    return str(start) if start == end else f"{start}/{end}"


@pytest.mark.parametrize("text, expected", CASES)
def test_listed_days(text: str, expected: list[str]) -> None:
    assert [_key(d.value.start, d.value.end) for d in find_dates(text)] == expected


@pytest.mark.parametrize("text", [c[0] for c in CASES])
def test_each_day_mention_quotes_its_own_words(text: str) -> None:
    """The mentions lie in order, apart, inside the words the date was read from."""
    found = find_dates(text)
    assert all(a.end <= b.start for a, b in zip(found, found[1:]))
    assert all(text[d.start].isdigit() and text[d.end - 1].isalnum() for d in found)

"""One day after a list of numbers of one session: every number of the list is of that day (E172).

"Council resolutions 5/1 and 5/2 of 18 June 2007": a drafter who lists numbers of one session under
one keyword and dates the list once means the day of each (a number adopted on another day is dated
by itself: "resolutions 60/251 of 15 March 2006 and 65/281 of 17 June 2011"). Varied in body,
keyword, list length and frame; near misses: numbers of different sessions, a number dated by
itself before the list goes on, two keywords.

Numbers and days are invented.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import in_sg_report


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The Human Rights Council, in its resolutions 5/1 and 5/2 of 18 June 2007, set out its procedures.",
            {("hrc/res/5/1", "2007-06-18"), ("hrc/res/5/2", "2007-06-18")},
        ),
        (
            "The General Assembly recalled its resolutions 70/1, 70/2 and 70/3 of 25 September 2015.",
            {("ga/res/70/1", "2015-09-25"), ("ga/res/70/2", "2015-09-25"), ("ga/res/70/3", "2015-09-25")},
        ),
        (
            "In Economic and Social Council resolutions 2031/4 and 2031/5 of 22 July 2031, the Council requested "
            "the Secretary-General to report.",
            {("ecosoc/res/2031/4", "2031-07-22"), ("ecosoc/res/2031/5", "2031-07-22")},
        ),
        (
            # the list goes on after the dated pair with a number dated by itself
            "The Council recalled Human Rights Council resolutions 5/1 and 5/2 of 18 June 2007 and 16/21 of 25 March 2011.",
            {("hrc/res/5/1", "2007-06-18"), ("hrc/res/5/2", "2007-06-18"), ("hrc/res/16/21", "2011-03-25")},
        ),
    ],
    ids=["hrc-pair", "ga-three", "ecosoc-year-numbered", "pair-then-dated"],
)
def test_a_list_of_one_session_dated_once(sentence: str, expected: set[tuple[str, str]]) -> None:
    assert expected <= in_sg_report(sentence, "adoptedOn")


@pytest.mark.parametrize(
    ("sentence", "undated"),
    [
        # numbers of two sessions: the day is the last one's only
        ("The Human Rights Council recalled its resolutions 5/1 and 16/21 of 25 March 2011.", "hrc/res/5/1"),
        # two keywords: no list of one kind
        ("The Human Rights Council recalled its resolution 5/1 and decision 5/2 of 18 June 2007.", "hrc/res/5/1"),
        # each number dated by itself: the first keeps its own day
        ("The General Assembly recalled its resolutions 60/251 of 15 March 2006 and 60/252 of 27 April 2006.", None),
    ],
    ids=["two-sessions", "two-keywords", "each-dated"],
)
def test_a_day_that_is_not_the_whole_lists(sentence: str, undated: str | None) -> None:
    found = in_sg_report(sentence, "adoptedOn")
    if undated is not None:
        assert not any(s == undated for s, _ in found)
    else:
        assert ("ga/res/60/251", "2006-03-15") in found and ("ga/res/60/251", "2006-04-27") not in found

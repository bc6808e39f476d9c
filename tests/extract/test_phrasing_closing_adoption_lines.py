"""adoptedOn from the line that closes a resolution's text in the forms UN bodies print it:
"Adopted at the 8th meeting, on 14 March 2031.", "(Adopted at the 8th plenary meeting on 14
March 2031)", "[Adopted without a vote at the 8th meeting, on 14 March 2031]", "Adopted by
consensus ...", "Adopted on 14 March 2031"; a draft is not adopted, and a line telling of another
text's adoption is not the closing line."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, facts, in_resolution

OPERATIVE = "1. Requests the Executive Secretary to report on the matter;"

LINES = [
    "Adopted at the 8th meeting, on 14 March 2031.",
    "(Adopted at the 8th plenary meeting on 14 March 2031)",
    "[Adopted without a vote at the 8th meeting, on 14 March 2031]",
    "Adopted by consensus at the 8th plenary meeting, on 14 March 2031",
    "Adopted on 14 March 2031",
    "Approved at the 8th meeting, on 14 March 2031.",
]


@pytest.mark.parametrize("line", LINES)
def test_closing_line(line: str) -> None:
    assert (RESOLUTION, "2031-03-14") in facts(in_resolution(OPERATIVE, line), "adoptedOn")


@pytest.mark.parametrize("paragraph", [
    # the adoption of another text, told in an operative paragraph
    "2. Recalls that its resolution 11/2 was adopted on 14 March 2030;",
    # a deadline in a line of its own is no adoption
    "Comments are due on 14 March 2031.",
])
def test_no_closing_line(paragraph: str) -> None:
    assert (RESOLUTION, "2031-03-14") not in facts(in_resolution(OPERATIVE, paragraph), "adoptedOn")
    assert (RESOLUTION, "2030-03-14") not in facts(in_resolution(OPERATIVE, paragraph), "adoptedOn")

"""A footnote's mark glued to the end of a sentence, as raw pdftotext prints a page-bottom note's
call: "Security Council resolution 2790 (2026).1", "... meeting at least twice a year.2".

- the mark after a closing bracket is no longer number: the resolution is still read (a number
  the mark follows without a bracket, "WHA79.12.3", stays no such instrument);
- a paragraph ending so is no heading: its sentences are read (here, what "that resolution" did).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE_SYMBOL, facts, in_note


@pytest.mark.parametrize("sentence", [
    "The Commission operates under the mandate set out in Security Council resolution 2790 (2026).1",
    "The Commission operates under the mandate set out in Security Council resolution 2790 (2026).12",
    "The Commission recalled Security Council resolution 2790 (2026).3 It met twice.",
])
def test_a_resolution_before_a_glued_mark(sentence: str) -> None:
    assert (NOTE_SYMBOL, "security-council/res/2026/2790") in facts(in_note(sentence), "mentions")


def test_a_longer_number_is_still_no_instrument() -> None:
    # "2790 (2026)" inside a longer symbol-like number is not cut short
    assert (NOTE_SYMBOL, "security-council/res/2026/2790") not in facts(in_note("See S/RES/2790 (2026)/Add.1 for details."), "mentions")


@pytest.mark.parametrize("ending", ["twice a year.2", "twice a year.14", "twice a year;3"])
def test_a_paragraph_ending_with_a_glued_mark_is_read(ending: str) -> None:
    text = in_note(
        "By its resolution 12/1, the Commission requested the Bureau to review its methods.",
        f"In that resolution, the Commission also requested the Committee on Coastal Data to meet at least {ending}",
    )
    assert ("ccr/res/12/1", "ccr/committee-on-data") in facts(text, "requests")

"""A table's cell or a list's item that cites an instrument's paragraph and quotes its words after
a colon ("General Assembly resolution 86/248 B of 24 December 2031, section IV, paragraph 3:
requests the Secretary-General to ..."): the instrument's mandate; a lettered resolution ("86/248
B") keeps its date of adoption."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence, instrument", [
    ("General Assembly resolution 86/248 B of 24 December 2031, section IV, paragraph 3: requests the "
     "Secretary-General to report on the strategy.", "ga/res/86/248"),
    ("General Assembly resolution 86/249, paragraph 12: also requests the Secretary-General to report.", "ga/res/86/249"),
    ("General Assembly resolution 85/3 A, para. 4 (b): requests the Secretary-General to act.", "ga/res/85/3"),
])
def test_the_paragraph_quoted_after_the_citation_is_the_instrument_s(sentence: str, instrument: str) -> None:
    assert (instrument, "secretary-general") in facts(in_note(sentence), "requests")


def test_a_lettered_resolution_keeps_its_date() -> None:
    text = in_note("The report was noted in General Assembly resolution 86/248 B of 24 December 2031.")
    assert ("ga/res/86/248", "2031-12-24") in facts(text, "adoptedOn")


@pytest.mark.parametrize("sentence", [
    # the quoted words are the note's own ("the secretariat requests"), or no paragraph is cited
    "General Assembly resolution 86/248 B, section IV: the secretariat requests the Secretary-General to act.",
    "General Assembly resolution 86/248 B, paragraph 3. Delegations requests were noted by the Secretary-General.",
])
def test_no_mandate_without_the_quoted_paragraph(sentence: str) -> None:
    assert not [s for s, _ in facts(in_note(sentence), "requests") if s.startswith("ga/")]

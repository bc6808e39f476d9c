"""A mandate opening a sentence whose subject is a paper on a gathering ("In accordance with
resolution 11/2, the report on the eleventh session, held in New York from ..., will be made
available to ..."): the mandate is the paper's, not the gathering's, though a participle tells
where and when the gathering sat (E203). A gathering that is itself the subject keeps the mandate."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

_PAPER = "E/CN.21/2031/9"


@pytest.mark.parametrize(
    "sentence",
    [
        "In accordance with resolution 11/2, that report and the report on the eleventh session, held in New York from 3 to 7 March 2031 (E/CN.21/2031/9), will be made available to the Economic and Social Council at its 2032 session.",
        "Pursuant to resolution 11/2, the summary of the eleventh session, held in New York from 3 to 7 March 2031 (E/CN.21/2031/9), is before the Commission.",
        "As mandated by resolution 11/2, the report of its eleventh session, held in New York from 3 to 7 March 2031 (E/CN.21/2031/9), will be transmitted to the Council.",
    ],
)
def test_the_mandate_is_the_papers(sentence: str) -> None:
    found = facts(in_note(sentence), "pursuantTo")
    assert (_PAPER, "ccr/res/11/2") in found
    assert ("ccr#11", "ccr/res/11/2") not in found


@pytest.mark.parametrize(
    "sentence",
    [
        # near misses: the gathering is the subject, held (or acting) under the mandate
        "In accordance with resolution 11/2, the eleventh session, held in New York from 3 to 7 March 2031, adopted two resolutions.",
        "In accordance with resolution 11/2, the eleventh session was held in New York from 3 to 7 March 2031.",
    ],
)
def test_a_gathering_as_the_subject_keeps_the_mandate(sentence: str) -> None:
    assert ("ccr#11", "ccr/res/11/2") in facts(in_note(sentence), "pursuantTo")

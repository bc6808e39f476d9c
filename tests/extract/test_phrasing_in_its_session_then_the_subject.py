""""In its twenty-seventh session, which opened on 1 January 2032, the Commission will continue
...": an opening "In its Nth session" belongs to the subject named after it (as "At its ..."
does), not to the document's author. A body named before "its" keeps it."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note


@pytest.mark.parametrize("sentence", [
    "In its fourteenth session, which opened on 1 January 2033, the Commission on Coastal Resilience will continue its work.",
    "In their fourteenth session, the members of the Commission on Coastal Resilience will review the plan.",
])
def test_in_its_session_then_the_subject(sentence: str) -> None:
    assert ("ccr#14", "ccr") in facts(in_note(sentence), "meetingOf")


def test_a_body_before_its_keeps_it() -> None:
    sentence = "The Committee on Coastal Data, in its fifth session, reviewed the data of the Commission on Coastal Resilience."
    met = facts(in_note(sentence), "meetingOf")
    assert ("ccr/committee-on-data#5", "ccr/committee-on-data") in met
    assert ("ccr#5", "ccr") not in met

"""Papers a report says will go to a session by verbs other than "submit" and "consider": "The report
(A/79/456) will be introduced to the General Assembly at its eightieth session", "The Secretary-General
will present his report (A/79/456) to the Assembly at its eightieth session", "Consideration of the
report (A/79/456) is scheduled for the eightieth session of the General Assembly". A grid of sending
frames in a report of the Secretary-General found these read as nothing (`rules/documents.py`
`find_submissions`). "took note of" stays no submission (E33), the adjective "present" sends nothing,
and a paper introduced to people, or launched, is not sent to a session."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report

# the report being read goes to the seventy-ninth session by its masthead
_ITSELF = ("A/79/400", "ga#79")


def sent(sentence: str) -> set[tuple[str, str]]:
    return in_sg_report(sentence, "submittedTo") - {_ITSELF}


@pytest.mark.parametrize(
    ("sentence", "fact"),
    [
        ("The report (A/79/456) will be introduced to the General Assembly at its eightieth session.", ("A/79/456", "ga#80")),
        ("The note by the Secretariat (A/79/456) was introduced to the Assembly at its\neightieth session.", ("A/79/456", "ga#80")),
        ("The Secretary-General will present his report (A/79/456) to the Assembly at its eightieth session.", ("A/79/456", "ga#80")),
        ("The Secretary-General will introduce his report (A/79/456) to the General Assembly at its eightieth session.", ("A/79/456", "ga#80")),
        ("The High Commissioner intends to present the note (A/79/456) to the eightieth session of the General Assembly.", ("A/79/456", "ga#80")),
        ("Consideration of the report (A/79/456) is scheduled for the eightieth session of the General Assembly.", ("A/79/456", "ga#80")),
        ("The consideration of the report (A/79/456) by the General Assembly is scheduled for its eighty-first session.", ("A/79/456", "ga#81")),
        ("The discussion of the study (A/79/456) has been tentatively scheduled for the eightieth session of the General Assembly.", ("A/79/456", "ga#80")),
    ],
)
def test_the_paper_goes_to_the_session_named(sentence, fact):
    assert sent(sentence) == {fact}


@pytest.mark.parametrize(
    "sentence",
    [
        # noted, not sent (E33)
        "The General Assembly took note of the report (A/79/456) at its seventy-ninth session.",
        # the adjective "present"
        "The present report (A/79/456) to the Assembly was issued late.",
        # the launch of a paper is no consideration of it
        "The launch of the report (A/79/456) is scheduled for the eightieth session of the General Assembly.",
        # introduced to people, no gathering
        "The report (A/79/456) was introduced to delegations at a briefing.",
    ],
)
def test_near_misses_send_nothing(sentence):
    assert sent(sentence) == set()

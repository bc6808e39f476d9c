"""A decision printed in a session report tells what the body did: "At its 8th meeting, on 14
March 2031, the Commission decided to request ...", "... decided: (a) To request ...; (b) To
invite ...", "... endorsed the recommendations ...". Its mandates, endorsements and date are the
decision's own; so is "Decides to request ..." in a resolution."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import RESOLUTION, SESSION_REPORT, facts, in_resolution

DECISION = "ccr/dec/12/101"


def decision(body: str) -> str:
    opening = "Resolution 12/1\n\nStrengthening early warning for coastal communities\n\nThe Commission on Coastal Resilience,\n\n"
    return SESSION_REPORT.replace(opening, "Decision 12/101\n\nCoastal data\n\n" + body + "\n")


CASES = [
    ("At its 8th meeting, on 14 March 2031, the Commission decided to request the Executive Secretary to prepare a report on coastal data.",
     "requests", "ccr/executive-secretary"),
    ("At its 8th meeting, on 14 March 2031, the Commission decided:\n\n(a) To request the Executive Secretary to prepare a report;\n\n(b) To invite the Committee on Coastal Data to review it;",
     "invites", "ccr/committee-on-data"),
    ("At its 8th meeting, on 14 March 2031, the Commission decided to invite the Committee on Coastal Data to review the indicators.",
     "invites", "ccr/committee-on-data"),
    ("At its 8th meeting, on 14 March 2031, the Commission, recalling its resolution 9/4, decided that the Working Group on Early Warning Systems would be a standing body.",
     "makesConstantElement", "ccr/wg-early-warning"),
    ("At its 8th meeting, on 14 March 2031, the Commission endorsed the recommendations adopted by the Committee on Coastal Data at its second session.",
     "endorses", "ccr/committee-on-data#2"),
    ("At its 8th meeting, on 14 March 2031, the Commission decided to request the Executive Secretary to prepare a report on coastal data.",
     "adoptedOn", "2031-03-14"),
    # a decision's text that names its body before a verb in the present tense
    ("The Commission requests the Executive Secretary to prepare a report on coastal data.", "requests", "ccr/executive-secretary"),
    ("The Commission on Coastal Resilience invites the Committee on Coastal Data to review the indicators.", "invites", "ccr/committee-on-data"),
    ("1. The Commission takes note of the report.\n\n2. The Commission also requests the Executive Secretary to report to it at its thirteenth session.", "requests", "ccr/executive-secretary"),
    ("The Commission decides to request the Executive Secretary to prepare a report on coastal data.", "requests", "ccr/executive-secretary"),
]


@pytest.mark.parametrize("body, relation, obj", CASES)
def test_narrated_decision(body: str, relation: str, obj: str) -> None:
    assert (DECISION, obj) in facts(decision(body), relation)


def test_decides_to_request() -> None:
    text = in_resolution("1. Decides to request the Executive Secretary to prepare a report;")
    assert ("ccr/res/12/1", "ccr/executive-secretary") in facts(text, "requests")


def test_a_decision_to_request_told_of_another_body_is_not_its_mandate() -> None:
    text = in_resolution("Noting that the Economic and Social Council decided to request the Committee on Coastal Data to report,")
    assert ("ccr/res/12/1", "ccr/committee-on-data") not in facts(text, "requests")


@pytest.mark.parametrize("body", [
    # the opener of a preamble, with its comma: what follows "Noting" tells of another body
    "The Commission on Coastal Resilience,\n\nNoting that the Economic and Social Council requests the Executive Secretary to report,\n\nTakes note of the report.",
    # another body's request, told in the past
    "The Committee on Coastal Data requested the Executive Secretary to prepare a report on coastal data.",
])
def test_a_decision_that_tells_of_another_request(body: str) -> None:
    assert (DECISION, "ccr/executive-secretary") not in facts(decision(body), "requests")


def test_a_resolution_paragraph_naming_a_body_is_not_made_operative() -> None:
    text = in_resolution("The Committee on Coastal Data requests the Executive Secretary to circulate its findings,")
    assert (RESOLUTION, "ccr/executive-secretary") not in facts(text, "requests")

"""A decision printed in a session report tells what the body did: "At its 8th meeting, on 14
March 2031, the Commission decided to request ...", "... decided: (a) To request ...; (b) To
invite ...", "... endorsed the recommendations ...". Its mandates, endorsements and date are the
decision's own; so is "Decides to request ..." in a resolution."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts, in_resolution

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
    pytest.param(
        "The Commission requests the Executive Secretary to prepare a report on coastal data.", "requests", "ccr/executive-secretary",
        marks=pytest.mark.xfail(strict=True, reason="a decision's text that names its body before the verb is not read as operative"),
    ),
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

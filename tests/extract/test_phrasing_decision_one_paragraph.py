"""A decision printed as one paragraph opens with its issuer and a recalled instrument whose act a
relative clause tells ("recalling its decision 9/102 …, by which it established the Committee …"),
then goes on in the decision's own present tense: ", decides that …", ", approves …", ", and
entrusts … with", ", and requests …". The clause ends at the decision's own verb: what follows is
the decision's, not the recalled one's; what the clause itself says stays the recalled one's."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import SESSION_REPORT, facts

HEAD = SESSION_REPORT.split("Resolution 12/1")[0]
RECALLED = "ccr/dec/9/102"
DECISION = "ccr/dec/12/101"
COMMITTEE = "ccr/committee-on-data"
ES = "ccr/executive-secretary"
BUREAU = "ccr/bureau"


def decision(paragraph: str) -> str:
    return HEAD + "Decision 12/101\n\nThe Committee on Coastal Data\n\n" + paragraph + "\n"


OWN_ACTS = [
    ("The Commission on Coastal Resilience, recalling its decision 9/102 of 3 March 2028, by which it established the Committee on Coastal Data, "
     "decides that the Committee shall henceforth be maintained as a standing subsidiary body of the Commission, and entrusts the Executive "
     "Secretary with servicing its meetings.", "requests", ES),
    ("The Commission on Coastal Resilience, recalling its decision 9/102, by which it established the Committee on Coastal Data, decides that "
     "the Committee shall remain a permanent subsidiary body of the Commission.", "makesConstantElement", COMMITTEE),
    ("The Commission on Coastal Resilience, recalling its decision 9/102, by which it established the Committee on Coastal Data, approves the "
     "programme of work of the Committee, and requests its Bureau to review it annually.", "requests", BUREAU),
    ("The Commission, recalling its decision 9/102 under which it established the Committee on Coastal Data, takes note of the report of the "
     "Committee and requests the Executive Secretary to circulate it.", "requests", ES),
]


@pytest.mark.parametrize("paragraph, relation, target", OWN_ACTS)
def test_the_decisions_own_verbs_after_the_clause(paragraph: str, relation: str, target: str) -> None:
    text = decision(paragraph)
    found = facts(text, relation)
    assert (DECISION, target) in found
    assert (RECALLED, target) not in found
    assert (RECALLED, COMMITTEE) in facts(text, "establishes")


def test_what_the_clause_says_stays_the_recalled_ones() -> None:
    text = decision(
        "The Commission on Coastal Resilience, recalling its decision 9/102, by which it established the Committee on Coastal "
        "Data and requested the Executive Secretary to service it, decides to review the mandate of the Committee at its fourteenth session."
    )
    assert (RECALLED, ES) in facts(text, "requests")
    assert (DECISION, ES) not in facts(text, "requests")

"""A part of a session is that session (E96, from u118's Committee on Contributions report):
"its resumed eighty-fifth session", "the second part of its resumed eighty-fifth session", "the
resumed part of its eighty-fifth session" name the eighty-fifth session of the body "its" stands
for, whether a paper was considered there or an instrument adopted there. Invented bodies and
symbols (tests/data/spent_u110_u114.ttl), varied in the part, the ordinal and the verb.
"""

from __future__ import annotations

import pytest

from tests.extract.test_identity_of_the_spent_u110_u114 import council_report, facts

PARTS = [
    "its resumed {ordinal} session",
    "the second part of its resumed {ordinal} session",
    "the resumed part of its {ordinal} session",
    "the first part of its {ordinal} session",
]
ORDINALS = {"eighty-fifth": 85, "seventy-ninth": 79}


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("ordinal", sorted(ORDINALS))
@pytest.mark.parametrize("verb", ["considered", "noted", "examined"])
def test_a_paper_considered_at_a_part_of_a_session_was_before_that_session(part: str, ordinal: str, verb: str) -> None:
    at = part.format(ordinal=ordinal)
    text = council_report(
        f"The Committee had before it its report on its ninetieth session (E/2030/40), which had been {verb} by the General Assembly at {at}."
    )
    assert ("E/2030/40", f"ga#{ORDINALS[ordinal]}") in facts(text, "submittedTo")
    assert not any(s.endswith(f"#{ORDINALS[ordinal]}") and o != "ga" for s, o in facts(text, "meetingOf"))


@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("ordinal", sorted(ORDINALS))
@pytest.mark.parametrize("subject", ["the General Assembly", "the Assembly"])
def test_an_instrument_adopted_at_a_part_of_a_session_was_adopted_at_that_session(part: str, ordinal: str, subject: str) -> None:
    number = ORDINALS[ordinal]
    text = council_report(
        "The General Assembly considered the scale of assessments.",
        f"The Committee recalled that, by its decision {number}/544, adopted at {part.format(ordinal=ordinal)}, "
        f"{subject} had requested it to review the scale.",
    )
    assert (f"ga/dec/{number}/544", f"ga#{number}") in facts(text, "adoptedAt")

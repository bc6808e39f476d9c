"""A note recounting an earlier decision "by which it had set up an informal working group on X at
its thirty-ninth meeting" (E95, from the spent u117): the group's name ends before "at its ...
meeting", and the meeting is the issuer's (the group held none before it was set up)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract

from .phrasing import BASE, REFERENCE, key

SPENT = Path(__file__).resolve().parents[1] / "data" / "spent_u117.ttl"
OPENING = 'From: "{who}" <sec@example.org>\nDate: Tue, 4 Mar 2031 10:00:00 +0000\nSubject: Outcome\n\nDear colleagues,\n\n'


@lru_cache(maxsize=1)
def registry() -> BodyRegistry:
    return load_registry(BASE, [REFERENCE, SPENT])


@pytest.mark.parametrize(
    ("who", "sentence", "group", "meeting"),
    [
        ("WLC secretariat",
         "In decision C.9/6, recalling decision C.7/2, by which it had set up an expert group on peatland mapping at its "
         "seventh meeting, the Council decided that the expert group would become a permanent feature of its work.",
         "wlc/expert-group-on-peatland-mapping", "wlc#7"),
        ("RFB secretariat",
         "Decision B.18/2 recalls decision B.12/4, whereby it established a task force on blended finance during its "
         "twelfth meeting.",
         "rfb/task-force-on-blended-finance", "rfb#12"),
    ],
)
def test_the_group_and_the_meeting_it_was_set_up_at(who: str, sentence: str, group: str, meeting: str) -> None:
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extract(OPENING.format(who=who) + sentence + "\n", source_key="n", registry=registry()).facts}
    assert any(f[0] == "establishes" and f[2] == group for f in facts)
    assert ("meetingOf", meeting, meeting.split("#")[0]) in facts
    assert not any(f[0] == "meetingOf" and f[1].startswith(group) for f in facts)


@pytest.mark.parametrize(
    ("sentence", "adopted"),
    [
        ("In decision C.9/6, recalling decision C.7/2, by which it had set up an expert group on peatland mapping at its "
         "seventh meeting, the Council decided to keep it.", ("wlc/dec/7/2", "wlc#7")),
        ("Decision C.9/2 recalls decision C.8/5, through which it approved the budget at its eighth meeting.", ("wlc/dec/8/5", "wlc#8")),
    ],
)
def test_the_recalled_decision_was_adopted_at_the_meeting_its_clause_names(sentence: str, adopted: tuple[str, str]) -> None:
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extract(OPENING.format(who="WLC secretariat") + sentence + "\n", source_key="n", registry=registry()).facts}
    assert ("adoptedAt", *adopted) in facts


def test_a_meeting_its_number_does_not_carry_is_not_where_it_was_adopted() -> None:
    sentence = "Decision C.9/2 recalls decision C.8/5, through which it approved the budget at its seventh meeting."
    facts = {(f.relation, key(f.subject), key(f.object)) for f in extract(OPENING.format(who="WLC secretariat") + sentence + "\n", source_key="n", registry=registry()).facts}
    assert not any(f[0] == "adoptedAt" and f[1] == "wlc/dec/8/5" for f in facts)

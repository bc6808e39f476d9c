"""A note that tells a decision by its number at the sentence's head, then recalls an earlier one
with a relative clause of its own: "In decision C.9/3, recalling decision C.7/2, by which it had
asked the secretariat to ..., the Council requested X to ...". The relative clause's verbs are the
recalled decision's; once the main clause's subject is back ("the Council requested"), the verbs
are the told decision's (E95, from the spent u117; numbers in the body's own convention, the kind
word before them)."""

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


def _facts(text: str) -> set[tuple[str, str, str]]:
    return {(f.relation, key(f.subject), key(f.object)) for f in extract(text, source_key="n", registry=registry()).facts}


@pytest.mark.parametrize(
    ("who", "sentence", "told", "recalled"),
    [
        ("WLC secretariat",
         "In decision C.9/3, recalling decision C.7/2, by which it had asked the secretariat to draft a plan, "
         "the Council requested the Resilience Facility Board to review the plan.",
         ("requests", "wlc/dec/9/3", "rfb"), ("requests", "wlc/dec/7/2", "wlc/secretariat")),
        ("RFB secretariat",
         "By decision B.17/5, recalling decision B.15/1, by which it had invited the secretariat to prepare a study, "
         "the Board decided to extend the study and requested the Audit and Risk Committee to review it.",
         ("requests", "rfb/dec/17/5", "rfb/audit"), ("invites", "rfb/dec/15/1", "rfb/secretariat")),
    ],
)
def test_the_recalled_clause_and_the_main_clause_keep_their_decisions(
    who: str, sentence: str, told: tuple[str, str, str], recalled: tuple[str, str, str]
) -> None:
    facts = _facts(OPENING.format(who=who) + sentence + "\n")
    assert told in facts
    assert recalled in facts
    # the recalled decision asks nothing of the main clause's addressee
    assert (told[0], recalled[1], told[2]) not in facts

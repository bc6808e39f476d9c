"""An e-mail that forwards the Secretariat's message with the texts a commission adopted at its
closing meeting, quoted with "> " (E221, u271): "The Commission concluded its eighty-first session this
evening. The texts below were adopted at its 9th meeting, on 14 March 2031": the day each text
below was adopted, and the session whose sitting adopted them (the sentence names the sitting, the
sentence before the session); the recital "Having considered the report ... (E/CN.6/2031/4)" of
a quoted resolution then says the report was before that session. Invented text; the commission is
the shipped reference data's Commission on the Status of Women, whose numbers ("81/2") the reference
data does not read as its sessions: the session comes from the message alone."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import key, shipped_registry


def facts(text: str, relation: str) -> set[tuple[str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {(key(f.subject), key(f.object)) for f in extraction.facts if f.relation == relation}


MESSAGE = """From: Delegate <delegate@mission.example>
Sent: Saturday, 15 March 2031 09:14
To: Delegation <delegation@mission.example>
Subject: FW: outcome of the session

Dear colleagues,

Please find below the texts as adopted.

-----Original Message-----
From: Secretariat <secretariat@commission.example>
Sent: Friday, 14 March 2031 22:41
Subject: texts as adopted

Dear delegates,

{lead}

> Resolution 81/2
> Women and coastal early warning
>
> The Commission on the Status of Women,
>
> Having considered the report of the Secretary-General on coastal
> early warning (E/CN.6/2031/4),
>
> 1. Requests the Secretary-General to report to the Commission at its
> eighty-second session.
>
> [End of texts]
"""


@pytest.mark.parametrize(
    "lead",
    [
        "The Commission concluded its eighty-first session this evening. The texts below were adopted at its 9th meeting, on 14 March 2031, without a vote.",
        "The Commission on the Status of Women closed its eighty-first session today.\nThe texts below were adopted at its 9th meeting, on 14 March 2031.",
        "At its eighty-first session, the Commission ended its work today. The texts quoted below were adopted on 14 March 2031.",
    ],
    ids=["concluded", "closed-wrapped", "at-its-session"],
)
def test_texts_below_adopted_at_a_sitting_of_the_session_told_before(lead: str) -> None:
    text = MESSAGE.format(lead=lead)
    assert ("ecosoc/csw/res/81/2", "2031-03-14") in facts(text, "adoptedOn")
    assert ("ecosoc/csw/res/81/2", "ecosoc/csw#81") in facts(text, "adoptedAt")
    assert ("E/CN.6/2031/4", "ecosoc/csw#81") in facts(text, "submittedTo")


@pytest.mark.parametrize(
    "lead",
    [
        # near misses: texts not yet adopted, a draft still before the session, no session told
        "The Commission continues its eighty-first session. The texts below will be considered at its 9th meeting, on 14 March 2031.",
        "The Commission concluded its eighty-first session this evening. The draft texts below were not adopted and will be revisited.",
    ],
    ids=["to-be-considered", "not-adopted"],
)
def test_texts_below_not_adopted_give_no_day(lead: str) -> None:
    assert ("ecosoc/csw/res/81/2", "2031-03-14") not in facts(MESSAGE.format(lead=lead), "adoptedOn")


def test_no_session_told_no_adopting_session() -> None:
    # near miss: the sitting alone, no session named before it
    text = MESSAGE.format(lead="The texts below were adopted at the 9th meeting of the Commission, on 14 March 2031.")
    assert ("ecosoc/csw/res/81/2", "2031-03-14") in facts(text, "adoptedOn")
    assert not facts(text, "adoptedAt")


def test_two_sessions_told_give_no_adopting_session() -> None:
    # near miss: the paragraph names two sessions; which one's sitting adopted the texts is not said
    lead = (
        "The Commission concluded its eighty-first session this evening and set the dates of its eighty-second session. "
        "The texts below were adopted at its 9th meeting, on 14 March 2031."
    )
    text = MESSAGE.format(lead=lead)
    assert ("ecosoc/csw/res/81/2", "2031-03-14") in facts(text, "adoptedOn")
    assert not facts(text, "adoptedAt")

"""E234: "Having considered the note by the Secretariat (X), the Commission adopted resolution 12/4."

In a report on a session, the narrative of what the body did may open on the recital a resolution's
preamble uses. The paper it names was before the session reported on (`submittedTo`), as in the
preamble, when the body reported on is the main clause's subject and its act follows. Near misses:
another body's act, an instrument of another session (a history told), a quoted history, a recital
in the middle of a sentence of another gathering.
"""

from __future__ import annotations

import pytest

from tests.extract import phrasing

SESSION = "ccr#12"


def submitted(sentence: str) -> set[tuple[str, str, str]]:
    return {f for f in phrasing.stated(_extract(phrasing.ACTION_TAKEN.format(s=sentence))) if f[0] == "submittedTo"}


def _extract(text: str):  # type: ignore[no-untyped-def]
    from mandate_graph.loaders.extract import extract

    return extract(text, source_key="test", registry=phrasing.registry())


@pytest.mark.parametrize(
    "sentence, symbol",
    [
        ("Having considered the note by the Secretariat on coastal data (E/CN.21/2031/9), the Commission adopted resolution 12/4.", "E/CN.21/2031/9"),
        ("At its 5th meeting, having considered the report of the Secretary-General on sea-level rise (E/CN.21/2031/7), the Commission decided to defer the item.", "E/CN.21/2031/7"),
        ("Having examined the report of the Bureau on the methods of work (E/CN.21/2031/11), the Commission approved the proposals contained therein.", "E/CN.21/2031/11"),
        ("Having also reviewed the note by the Secretariat (E/CN.21/2031/12), the Commission took note of the information provided.", "E/CN.21/2031/12"),
        ("At its 8th meeting, on 14 March 2031, having considered the study on early warning (E/CN.21/2031/CRP.2), the Commission unanimously adopted resolution 12/3.", "E/CN.21/2031/CRP.2"),
    ],
)
def test_a_recital_opening_the_narrative_sends_the_paper_to_the_session_reported_on(sentence: str, symbol: str) -> None:
    assert ("submittedTo", symbol, SESSION) in submitted(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # another body's act
        "Having considered the note by the Secretariat (E/CN.21/2031/9), the Bureau decided to propose a date.",
        # an instrument of another session: a history told
        "Having considered the note by the Secretariat (E/CN.21/2030/9), the Commission adopted resolution 11/4.",
        # a quoted history
        "“Having considered the note by the Secretariat (E/CN.21/2030/9), the Commission adopted resolution 11/4.”",
        # the recital inside a sentence about something else
        "The Chair recalled that, having considered the note by the Secretariat (E/CN.21/2030/9), the Commission adopted resolution 12/4.",
    ],
)
def test_no_paper_sent_where_the_narrative_is_not_of_the_session_reported_on(sentence: str) -> None:
    assert not {f for f in submitted(sentence) if f[2] == SESSION}

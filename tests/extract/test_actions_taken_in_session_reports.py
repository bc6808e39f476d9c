"""The "action taken" chapter of a session's report (E175): every report of a functional commission,
a governing body or a conference of the parties tells how each draft before the session was acted
on and where the text it became is printed. The text so pointed to ("became resolution 12/3", "(see
chap. I, sect. B, resolution 12/3)", "For the final text, see ...", "The Commission so decided
(decision 12/101)", "decision 12/101, adopted at its 6th meeting") was adopted at the session the
report is of; the draft's "entitled" title is the text's. A draft withdrawn, rejected, deferred or
left without action gives nothing; a session only recommended is not held on those days."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.loaders.extract import extract
from tests.extract import phrasing as P

TREATY = Path(__file__).resolve().parents[1] / "data" / "phrasing_treaty.ttl"

# the invented Commission's report on its twelfth session, chapter V
CCR = P.SESSION_REPORT.split("Chapter I")[0] + "Chapter V\n\nAction taken by the Commission\n\n{s}\n"
# a functional commission the shipped reference data knows
CSW = (
    "United Nations E/2031/27-E/CN.6/2031/12\n\nEconomic and Social Council\n\nDistr.: General\n30 March 2031\n\n"
    "Commission on the Status of Women\nReport on the seventy-fifth session (10–21 March 2031)\n\n"
    "Chapter IV\n\nAction taken by the Commission\n\n{s}\n"
)
# an invented treaty's conference of the parties, which meets in numbered meetings
COP = (
    "UNEP/RS/COP.15/12\n\nDistr.: General\n2 December 2031\n\n"
    "Report of the Conference of the Parties to the Convention on Reef Sanctuaries on its fifteenth meeting\n\n"
    "III. Action taken\n\n{s}\n"
)


@lru_cache(maxsize=1)
def _treaty() -> BodyRegistry:
    return load_registry(P.BASE, [P.REFERENCE, TREATY])


def facts(frame: str, paragraph: str, relation: str) -> set[tuple[str, str]]:
    registry = {"ccr": P.registry(), "csw": P.shipped_registry(), "cop": _treaty()}[frame]
    text = {"ccr": CCR, "csw": CSW, "cop": COP}[frame].format(s=paragraph)
    return {(P.key(f.subject), P.key(f.object)) for f in extract(text, source_key="t", registry=registry).facts if f.relation == relation}


ADOPTED = [
    # the sitting that adopted a text named by its number
    ("ccr", "15. By its decision 12/101, adopted at its 6th meeting, the Commission took note of the report.", "ccr/dec/12/101", "ccr#12"),
    ("ccr", "15. In its decision 12/101, adopted at its 6th meeting on 13 March 2031, the Commission took note of the report.", "ccr/dec/12/101", "ccr#12"),
    ("ccr", "15. In resolution 12/3, adopted without a vote at the 5th plenary meeting, the Commission requested the secretariat to report.", "ccr/res/12/3", "ccr#12"),
    # the draft became the text
    ("ccr", "15. The draft resolution was adopted without a vote and became resolution 12/3.", "ccr/res/12/3", "ccr#12"),
    ("ccr", "15. The draft decision was adopted at the 6th meeting and became decision 12/101.", "ccr/dec/12/101", "ccr#12"),
    ("ccr", "15. Draft resolution E/CN.21/2031/L.3, as orally revised, was adopted by consensus as resolution 12/3.", "ccr/res/12/3", "ccr#12"),
    ("csw", "15. The draft resolution was adopted without a vote and has become resolution 75/2.", "ecosoc/csw/res/75/2", "ecosoc/csw#75"),
    ("cop", "15. The Conference of the Parties adopted the draft decision, which became decision 15/3.", "rs-cop/dec/15/3", "rs-cop#15"),
    # the report's pointer to the printed text
    ("ccr", "15. Draft resolution E/CN.21/2031/L.3 was adopted at the 5th meeting (resolution 12/3).", "ccr/res/12/3", "ccr#12"),
    ("ccr", "15. The Commission adopted draft resolution E/CN.21/2031/L.3 without a vote. For the final text, see chapter I, section B, resolution 12/3.", "ccr/res/12/3", "ccr#12"),
    ("ccr", "15. At its 5th meeting, the Commission adopted draft resolution E/CN.21/2031/L.3 (see chap. I, sect. B, resolution 12/3).", "ccr/res/12/3", "ccr#12"),
    ("csw", "15. At its 12th meeting, the Commission adopted the draft resolution (for the text, see chap. I, sect. D, resolution 75/2).", "ecosoc/csw/res/75/2", "ecosoc/csw#75"),
    ("cop", "15. Draft decision UNEP/RS/COP.15/L.4 was adopted by the Conference of the Parties (see annex I, decision 15/3).", "rs-cop/dec/15/3", "rs-cop#15"),
    # a proposal the session "so decided"
    ("ccr", "15. At the 6th meeting, the Chair proposed that the Commission take note of the report. The Commission so decided (see chap. I, sect. C, decision 12/101).", "ccr/dec/12/101", "ccr#12"),
    ("csw", "15. The Chair proposed that the Commission postpone nothing further. It was so agreed (decision 75/101).", "ecosoc/csw/dec/75/101", "ecosoc/csw#75"),
    # the text itself adopted, its number naming the session
    ("ccr", "15. At its 5th meeting, the Commission adopted resolution 12/3.", "ccr/res/12/3", "ccr#12"),
    ("ccr", "15. Resolution 12/3 was adopted at the 5th meeting.", "ccr/res/12/3", "ccr#12"),
]


@pytest.mark.parametrize("frame, paragraph, instrument, session", ADOPTED)
def test_the_text_an_action_became_was_adopted_at_the_reported_session(frame: str, paragraph: str, instrument: str, session: str) -> None:
    assert (instrument, session) in facts(frame, paragraph, "adoptedAt")


NOT_ADOPTED = [
    # the draft's fate was no adoption: the number named is another text's
    ("ccr", "15. Draft resolution E/CN.21/2031/L.4 was withdrawn by its sponsors (see also resolution 12/3)."),
    ("ccr", "15. No action was taken on draft resolution E/CN.21/2031/L.4, which would have become resolution 12/4."),
    ("ccr", "15. The Commission rejected the proposal to amend decision 12/101 (see chap. I, sect. C, decision 12/101)."),
    ("ccr", "15. The Commission decided to defer consideration of draft resolution E/CN.21/2031/L.4 to its thirteenth session (see decision 12/4)."),
    ("csw", "15. Draft resolution E/CN.6/2031/L.7 was not adopted (see resolution 75/7)."),
    # a text of another session, or another body's, is not the session's
    ("ccr", "15. At its 5th meeting, the Commission adopted draft resolution E/CN.21/2031/L.3 (see resolution 11/3)."),
    ("ccr", "15. At its 5th meeting, the Commission adopted resolution 2029/3."),
    ("ccr", "15. The draft resolution, recalling General Assembly resolution 85/12, was adopted and became Assembly resolution 85/12."),
]


@pytest.mark.parametrize("frame, paragraph", NOT_ADOPTED)
def test_a_draft_not_adopted_or_another_sessions_text_gives_no_adoption_at_the_session(frame: str, paragraph: str) -> None:
    session = {"ccr": "ccr#12", "csw": "ecosoc/csw#75", "cop": "rs-cop#15"}[frame]
    assert not {pair for pair in facts(frame, paragraph, "adoptedAt") if pair[1] == session}


TITLED = [
    ("ccr", '15. At its 5th meeting, the Commission adopted the draft resolution entitled "Mangrove restoration" (see chap. I, sect. B, resolution 12/3).', "ccr/res/12/3"),
    ("ccr", '15. At its 5th meeting, the Commission adopted draft resolution E/CN.21/2031/L.3, entitled "Mangrove restoration" (see chap. I, sect. B, resolution 12/3).', "ccr/res/12/3"),
    ("ccr", '15. At its 5th meeting, the Commission adopted draft resolution E/CN.21/2031/L.3, entitled "Mangrove restoration", which became resolution 12/3.', "ccr/res/12/3"),
    ("csw", '15. The Commission adopted draft resolution E/CN.6/2031/L.5, entitled "Mangrove restoration", as orally revised (resolution 75/2).', "ecosoc/csw/res/75/2"),
    ("cop", '15. The Conference adopted the draft decision entitled "Mangrove restoration", which became decision 15/3.', "rs-cop/dec/15/3"),
]


@pytest.mark.parametrize("frame, paragraph, instrument", TITLED)
def test_a_drafts_title_is_the_text_it_became(frame: str, paragraph: str, instrument: str) -> None:
    assert (instrument, "Mangrove restoration") in facts(frame, paragraph, "title")


def test_a_draft_withdrawn_gives_its_title_to_no_text() -> None:
    paragraph = '15. Draft resolution E/CN.21/2031/L.4, entitled "Mangrove restoration", was withdrawn.'
    assert not facts("ccr", paragraph, "title")


@pytest.mark.parametrize("paragraph", [
    "15. The Commission approved the dates of its thirteenth session: 2 to 6 March 2032.",
    "15. The Commission approved the dates for its thirteenth session (2–6 March 2032).",
    "15. At its 6th meeting, the Commission approved the dates for its thirteenth session: from 2 to 6 March 2032.",
])
def test_the_dates_approved_for_the_next_session_are_its_days(paragraph: str) -> None:
    assert ("ccr#13", "2032-03-02/2032-03-06") in facts("ccr", paragraph, "heldOn")


@pytest.mark.parametrize("paragraph", [
    "15. The Commission recommended that its thirteenth session be held from 2 to 6 March 2032.",
    "15. The deadline for proposals for its thirteenth session: 2 March 2032.",
])
def test_a_recommended_session_or_a_deadline_is_no_days_held(paragraph: str) -> None:
    assert not {pair for pair in facts("ccr", paragraph, "heldOn") if pair[0] == "ccr#13"}

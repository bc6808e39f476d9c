"""The day a draft was adopted, told before the text it became (E209, empty cells of the lead's grids).

1. "The draft resolution (E/CN.21/2031/L.3) was adopted on 14 March 2031 as resolution 12/3": the day
   between the verb and "as resolution 12/3" (or "became decision 12/101", or the report's pointer "(see
   chap. I, sect. B, resolution 12/3)") is the day of the text the draft became
   (`rules.actions_taken.days_drafts_were_adopted`); one day after "on", no other between.
2. "At its closing meeting on 14 March 2031, the Commission adopted resolution 12/3": the meeting's day
   with no comma before it (or "held on"), as ", on 14 March 2031," was read (`relate._PLENARY`).

Frames: the "action taken" chapter of the invented Commission's report on its twelfth session, of a
functional commission the shipped data knows, of an invented treaty's Conference of the Parties
(`test_actions_taken_in_session_reports`), and a report of the Secretary-General to the General
Assembly. Near misses: a draft withdrawn or deferred on a day, the day of another verb, a meeting named
by no day."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report
from .test_actions_taken_in_session_reports import facts


@pytest.mark.parametrize(
    ("frame", "paragraph", "instrument", "day"),
    [
        # the draft adopted on a day, as the text
        ("ccr", "15. The draft resolution (E/CN.21/2031/L.3) was adopted on 14 March 2031 as resolution 12/3.", "ccr/res/12/3", "2031-03-14"),
        ("ccr", "15. Draft resolution E/CN.21/2031/L.3, as orally revised, was adopted without a vote on Friday, 14 March 2031, as resolution 12/3.",
         "ccr/res/12/3", "2031-03-14"),
        ("ccr", "15. The draft resolution, introduced on 10 March 2031, was adopted on 14 March 2031 as resolution 12/3.", "ccr/res/12/3", "2031-03-14"),
        ("csw", "15. The draft resolution (E/CN.6/2031/L.3) was adopted on 21 March 2031 as resolution 75/2.", "ecosoc/csw/res/75/2", "2031-03-21"),
        ("cop", "15. Draft decision UNEP/RS/COP.15/L.4 was adopted on 12 November 2031 as decision 15/3.", "rs-cop/dec/15/3", "2031-11-12"),
        # ... which became the text
        ("ccr", "15. The draft decision, adopted by consensus on 14 March 2031, became decision 12/101.", "ccr/dec/12/101", "2031-03-14"),
        # ... printed where the report's pointer says
        ("ccr", "15. Draft resolution E/CN.21/2031/L.3 was adopted on 14 March 2031 (see chap. I, sect. B, resolution 12/3).",
         "ccr/res/12/3", "2031-03-14"),
        # the meeting's day without a comma before it
        ("ccr", "15. At its closing meeting on 14 March 2031, the Commission adopted resolution 12/3.", "ccr/res/12/3", "2031-03-14"),
        ("ccr", "15. At its 6th meeting held on 14 March 2031, the Commission adopted resolution 12/3.", "ccr/res/12/3", "2031-03-14"),
        ("ccr", "15. At its final plenary meeting on Friday, 14 March 2031, the Commission adopted resolution 12/3 without a vote.",
         "ccr/res/12/3", "2031-03-14"),
        ("csw", "15. At its 12th meeting on 21 March 2031, the Commission adopted resolution 75/2.", "ecosoc/csw/res/75/2", "2031-03-21"),
        ("cop", "15. At its closing plenary meeting on 12 November 2031, the Conference of the Parties adopted decision 15/3.",
         "rs-cop/dec/15/3", "2031-11-12"),
    ],
)
def test_the_text_is_adopted_on_the_day(frame, paragraph, instrument, day):
    assert (instrument, day) in facts(frame, paragraph, "adoptedOn")


@pytest.mark.parametrize(
    "sentence",
    [
        "The draft resolution (A/79/L.12) was adopted by the General Assembly on 14 December 2024 as resolution 79/12.",
        "At its 52nd plenary meeting on 14 December 2024, the General Assembly adopted resolution 79/12.",
    ],
)
def test_the_general_assembly_adopted_it_that_day(sentence):
    assert ("ga/res/79/12", "2024-12-14") in in_sg_report(sentence, "adoptedOn")


@pytest.mark.parametrize(
    "paragraph",
    [
        # a draft withdrawn or deferred on a day: nothing adopted
        "15. Draft resolution E/CN.21/2031/L.3 was withdrawn on 14 March 2031.",
        "15. At its closing meeting on 14 March 2031, the Commission deferred action on draft resolution E/CN.21/2031/L.5 to its thirteenth session.",
        # the day of another verb
        "15. The draft decision, which the Bureau had circulated on 10 March 2031, was adopted as decision 12/101.",
        "15. The draft resolution was adopted as resolution 12/3; the Commission closed its session on 14 March 2031.",
        # a meeting named by no day
        "15. At its closing meeting on the last day of the session, the Commission adopted resolution 12/3.",
    ],
)
def test_near_misses_give_no_day(paragraph):
    assert not {(s, o) for s, o in facts("ccr", paragraph, "adoptedOn") if s.startswith("ccr/")}

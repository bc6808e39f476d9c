"""The day of an adoption told between the subject and "adopted", with no commas round it (E220, empty
cells of the lead's grids): "By a vote of 30 to 2, with 5 abstentions, the Commission on 14 March 2031
adopted resolution 12/3", "The General Assembly on 7 December 2022 adopted resolution 77/12". The day
set off by commas ("The General Assembly, on 7 December 2022, adopted") was read (E179); the subject may
now also follow an opening clause (", the Commission"), the day stand bare (`relate._ON_DAY_OPENING`).

Frames: the invented Commission's report on its twelfth session, a functional commission the shipped
data knows, an invented treaty's Conference of the Parties (`test_actions_taken_in_session_reports`), a
report of the Secretary-General to the General Assembly. Near misses: another verb on that day
("decided to defer", "took note of resolution 11/3, adopted at its eleventh session"), the report
adopted (no instrument), a recital ("Recalling that the Commission on … adopted"). Left: "rejected the
amendment and adopted resolution 12/3" (the day's verb is another) gives no day."""

from __future__ import annotations

import pytest

from .phrasing import in_sg_report
from .test_actions_taken_in_session_reports import facts


@pytest.mark.parametrize(
    ("frame", "paragraph", "adopted"),
    [
        ("ccr", "15. By a vote of 30 to 2, with 5 abstentions, the Commission on 14 March 2031 adopted resolution 12/3.",
         {("ccr/res/12/3", "2031-03-14")}),
        ("ccr", "15. The Commission on 14 March 2031 adopted resolution 12/3.", {("ccr/res/12/3", "2031-03-14")}),
        ("ccr", "15. The Commission on Coastal Resilience on 14 March 2031 adopted resolution 12/3 without a vote.",
         {("ccr/res/12/3", "2031-03-14")}),
        ("ccr", "15. Without a vote, the Commission on 14 March 2031 adopted resolutions 12/2 and 12/3.",
         {("ccr/res/12/2", "2031-03-14"), ("ccr/res/12/3", "2031-03-14")}),
        ("csw", "15. By a recorded vote of 41 to 3, the Commission on 21 March 2031 adopted resolution 75/2.",
         {("ecosoc/csw/res/75/2", "2031-03-21")}),
        ("cop", "15. The Conference of the Parties on 12 November 2031 adopted decision 15/3 by consensus.",
         {("rs-cop/dec/15/3", "2031-11-12")}),
    ],
)
def test_the_day_before_the_verb(frame, paragraph, adopted):
    assert adopted <= facts(frame, paragraph, "adoptedOn")


def test_the_general_assembly_on_a_day():
    sentence = "Following a recorded vote, the General Assembly on 7 December 2022 adopted resolution 77/12."
    assert ("ga/res/77/12", "2022-12-07") in in_sg_report(sentence, "adoptedOn")


@pytest.mark.parametrize(
    "paragraph",
    [
        "15. The Commission on 14 March 2031 decided to defer consideration of draft resolution E/CN.21/2031/L.5.",
        "15. The Commission on 14 March 2031 took note of resolution 11/3, adopted at its eleventh session.",
        "15. The Commission on 14 March 2031 adopted its report.",
        "15. Recalling that the Commission on 14 March 2030 adopted resolution 11/3, the Chair opened the debate.",
    ],
)
def test_no_day_of_adoption(paragraph):
    assert not [day for _, day in facts("ccr", paragraph, "adoptedOn") if day.startswith("2031-03-14") or day.startswith("2030")]

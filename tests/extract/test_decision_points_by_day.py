"""Decision points a sentence tells adopted by a board at its numbered meeting, grouped by day in a
delegate's note and closed by a line "→ adopted 24 June 2031" (or "Adopted on 25 June 2031." alone
on its line) that names no number (E299): every point is named by the document and adopted at that
meeting, and the points since the previous closing line on that day (`rules.points_adopted_after`).
The meeting's place and days in apposition with a room in brackets after them ("at its 31st
meeting, Nairobi, 2–4 June 2031 (Conference Room 2)"); "The official decisions, recommendations and
conclusions of the meeting will be issued as X" (its report); a checklist's ticked rows "☑ X – Title"
under "Documents before the meeting (for the file):" (before that meeting; a title may open with an
acronym). Near misses: a sentence "adopted on …" inside a point, points of a draft, a closing line
with no point above it, a checklist's row that is a to-do. Invented text
(tests/data/decision_points_told_e225.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "decision_points_told_e225.ttl")


def of(relation: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts(text) if r == relation}


NOTE = """Board 31 – my notes

{intro}
Typed in the room. The official decisions, recommendations and conclusions of the meeting will be issued as JPWS/CB (31)/12.20.

{tick} Mon 2 June – item 4 (ED report)

4.1 Requests the Executive Director to submit a revised workplan to the Board at its 32nd meeting
   (item 4 otherwise only notes the report)
{closing_1}

{tick} Tue 3 June – item 5 (groundwater)

5.1 Endorses the recommendations adopted by the Technical Panel on Groundwater at its second meeting
5.2 Requests the JPWS Secretariat to publish the recommendations
{closing_2}

Documents before the meeting (for the file):

{tick} JPWS/CB (31)/12.2 – Report of the Executive Director
{tick} JPWS/CB (31)/12.4 – GIS mapping of aquifers: background note

To do:

☐ ask the Secretariat for JPWS/CB (31)/12.7 – not yet out
"""

INTRO = "Decision points adopted by the JPWS Coordinating Board at its 31st meeting, Nairobi, 2–4 June 2031 (Conference Room 2)"

CLOSINGS = [
    ("→ adopted 2 June 2031 as read", "→ adopted 3 June 2031"),
    ("-> Adopted on 2 June 2031", "=> adopted on 3 June 2031, no comments"),
    ("Adopted on 2 June 2031.", "ADOPTED 3 June 2031"),
]


@pytest.mark.parametrize("closing_1, closing_2", CLOSINGS)
@pytest.mark.parametrize("tick", ["☑", "✓", "☒"])
def test_points_closed_by_a_days_line(closing_1: str, closing_2: str, tick: str) -> None:
    text = NOTE.format(intro=INTRO, tick=tick, closing_1=closing_1, closing_2=closing_2)
    points = {"jpws/board/dec/31-4/1": "2031-06-02", "jpws/board/dec/31-5/1": "2031-06-03", "jpws/board/dec/31-5/2": "2031-06-03"}
    assert {(p, "jpws/board#31") for p in points} <= of("adoptedAt", text)
    assert set(points.items()) <= of("adoptedOn", text)
    assert not {(p, d) for p, d in of("adoptedOn", text) if p in points} - set(points.items())
    assert {("<test>", p) for p in points} <= of("mentions", text)
    assert ("jpws/board#31", "Nairobi") in of("heldIn", text)
    assert ("jpws/board#31", "2031-06-02/2031-06-04") in of("heldOn", text)
    assert ("JPWS/CB (31)/12.20", "jpws/board#31") in of("reportOf", text)
    submitted = of("submittedTo", text)
    assert {("JPWS/CB (31)/12.2", "jpws/board#31"), ("JPWS/CB (31)/12.4", "jpws/board#31")} <= submitted
    # the to-do names a paper, before no one
    assert not {s for s, _ in submitted if s.endswith("12.7")}


def test_a_sentence_adopted_on_a_day_inside_a_point_closes_no_group() -> None:
    text = NOTE.format(intro=INTRO, tick="☑", closing_1="", closing_2="→ adopted 3 June 2031").replace(
        "   (item 4 otherwise only notes the report)",
        "   adopted on 14 May 2031 by the Panel, as the note says",
    )
    dated = of("adoptedOn", text)
    # no line closed the first day's group: its point waits for the next closing line
    assert ("jpws/board/dec/31-4/1", "2031-05-14") not in dated
    assert ("jpws/board/dec/31-4/1", "2031-06-03") in dated


def test_a_closing_line_with_no_point_above_it_dates_nothing() -> None:
    text = "Notes of the week\n\nThe Panel met on Monday.\n→ adopted 2 June 2031\n"
    assert not of("adoptedOn", text)


def test_a_drafts_points_are_no_decisions() -> None:
    text = NOTE.format(
        intro="Draft decision points proposed by the Bureau for the 31st meeting of the JPWS Coordinating Board",
        tick="☑", closing_1="→ adopted 2 June 2031", closing_2="→ adopted 3 June 2031",
    )
    assert not {s for s, _ in of("adoptedAt", text) if s.startswith("jpws/board/dec/31-")}
    assert not {s for s, _ in of("adoptedOn", text) if s.startswith("jpws/board/dec/31-")}
    assert not {o for _, o in of("mentions", text) if o.startswith("jpws/board/dec/31-")}


def test_the_official_decisions_of_another_body_are_no_report_of_the_meeting() -> None:
    # "issued as" a paper with no decisions: nothing is the meeting's report
    text = NOTE.format(intro=INTRO, tick="☑", closing_1="→ adopted 2 June 2031", closing_2="→ adopted 3 June 2031").replace(
        "The official decisions, recommendations and conclusions of the meeting will be issued as JPWS/CB (31)/12.20",
        "The list of participants will be issued as JPWS/CB (31)/12.20",
    )
    assert not {s for s, _ in of("reportOf", text) if s.endswith("12.20")}

"""Decision points numbered by agenda item ("4.1 Takes note ...", "4.2 Requests ...") with no
opening formula above them, where a sentence over them says whose points of which meeting they are
("the decision points adopted by the Coordinating Board at its 31st meeting", "The Board adopted the
following decision points at its 31st meeting"): each point is a decision of that meeting, keyed by
meeting, item and point (`rules.own_numbering._points_told`); a bracketed line "(Decision points 4.1
to 5.2 adopted on 3 June 2031)" dates every point the document numbers in that range, over two
agenda items too; an agenda item's heading that ends without a stop ends before its first point in
text wrapped at a width (`clean._ITEM_HEADING_LINE`). Near misses: draft points "proposed" for a
meeting, points "to be considered" at it, a body meeting in sessions. Invented text
(tests/data/decision_points_told_e225.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "decision_points_told_e225.ttl")


def of(relation: str, text: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts(text) if r == relation}


# A message to a mailing list forwarding the points, wrapped at 70 columns with hanging lines
MAIL = """Message: 1
Date: Tue, 4 Jun 2031 10:02:11 +0200
From: Observers Liaison <liaison@observers.example>
Subject: [OBS] Outcome of the 31st meeting

Dear members,

{intro}

Agenda item 4: Annual report of the Executive Director and the results and accountability framework
  4.1 Takes note of the annual report of the Executive Director (JPWS/CB
      (31)/12.2);
  4.2 Requests the Executive Director to submit a revised workplan to
      the Board at its 32nd meeting;

Agenda item 5: Groundwater
  5.1 Endorses the recommendations adopted by the Technical Panel on
      Groundwater at its second meeting;
  5.2 Requests the JPWS Secretariat to publish the recommendations;

(Decision points 4.1 to 5.2 adopted on 3 June 2031)

Best wishes,
Observers Liaison
"""

INTROS = [
    "Below are the decision points adopted by the JPWS Coordinating Board at its 31st meeting (Nairobi, 2-4 June 2031).",
    "Please find the decisions adopted by the Coordinating Board at its 31st meeting, as read out at the closing.",
    "The Coordinating Board adopted the following decision points at its 31st meeting:",
    "Here are the decision points as adopted by the Coordinating Board of the Joint Programme on Water Security at its thirty-first meeting.",
]


@pytest.mark.parametrize("intro", INTROS)
def test_points_told_above_them_are_the_meetings_decisions(intro: str) -> None:
    text = MAIL.format(intro=intro)
    points = {f"jpws/board/dec/31-{p}" for p in ("4/1", "4/2", "5/1", "5/2")}
    assert of("adoptedAt", text) >= {(p, "jpws/board#31") for p in points}
    assert {(p, "2031-06-03") for p in points} <= of("adoptedOn", text)
    assert ("jpws/board/dec/31-4/2", "jpws/executive-director") in of("requests", text)
    assert ("jpws/board/dec/31-5/2", "jpws/secretariat") in of("requests", text)
    assert ("jpws/board/dec/31-5/1", "jpws/panel#2") in of("endorses", text)


# the same points as a web page (html2text): a heading per item, the points one a line, no intro
# formula but the page's own sentence
PAGE = """# Decisions of the 14th meeting

The decisions adopted by the Executive Board of the Fund for Island Resilience at its 14th meeting, held in Suva, are listed below.

### Agenda item 2: Replenishment

2.1 Urges the Treasurer to report on contributions received;
2.2 Decides to establish an advisory group on small grants;

### Agenda item 3: Dates of the next meeting

3.1 Agrees that the 15th meeting of the Executive Board will be held in Apia;

(Decision points 2.1 to 3.1 adopted on 12 November 2031)
"""


def test_a_pages_points_under_item_headings() -> None:
    points = {f"fir/board/dec/14-{p}" for p in ("2/1", "2/2", "3/1")}
    assert {(p, "fir/board#14") for p in points} <= of("adoptedAt", PAGE)
    assert {(p, "2031-11-12") for p in points} <= of("adoptedOn", PAGE)
    assert ("fir/board/dec/14-2/1", "fir/treasurer") in of("encourages", PAGE)


# A range over two items dates the document's own points between its ends, none past them
def test_a_range_over_two_items_takes_the_points_between() -> None:
    text = MAIL.format(intro=INTROS[0]).replace("4.1 to 5.2", "4.2 to 5.1")
    dated = {s for s, _ in of("adoptedOn", text)}
    assert {"jpws/board/dec/31-4/2", "jpws/board/dec/31-5/1"} <= dated
    assert not {"jpws/board/dec/31-4/1", "jpws/board/dec/31-5/2"} & dated


NOT_ADOPTED = [
    # a draft's points, proposed for the meeting
    "Below are the draft decision points proposed by the Bureau for the 31st meeting of the Coordinating Board.",
    # points the Board will consider
    "The decision points below will be considered by the Coordinating Board at its 31st meeting.",
    # adopted, but no meeting told
    "Below are the decision points adopted by the Coordinating Board.",
]


@pytest.mark.parametrize("intro", NOT_ADOPTED)
def test_points_not_told_adopted_at_a_meeting_are_no_decisions(intro: str) -> None:
    text = MAIL.format(intro=intro)
    assert not {s for s, _ in of("adoptedAt", text) if s.startswith("jpws/board/dec/")}
    assert not {s for s, _ in of("requests", text) if s.startswith("jpws/board/dec/31-")}


def test_a_body_meeting_in_sessions_numbers_no_points_so() -> None:
    text = MAIL.format(
        intro="Below are the decisions adopted by the Governing Council of the Reef Institute at its 31st session."
    ).replace("Executive Director", "Director")
    assert not {s for s, _ in of("adoptedAt", text) if "/dec/31-" in s}


def test_an_item_heading_that_fills_its_line_ends_before_its_first_point() -> None:
    from mandate_graph.loaders.extract.clean import clean

    text = (
        "The Board met and took the decisions below, which were read out by the Chair at the close of\n"
        "its meeting and are circulated now to all the members of the observers' list for records.\n\n"
        "Agenda item 7: Unified budget, results and accountability framework of the Programme\n"
        "  7.1 Takes note of the performance report for 2030 prepared by the\n"
        "      Secretariat;\n"
    )
    blocks = [b.strip() for b in clean(text).text.split("\n\n")]
    assert any(b.startswith("7.1 Takes note") for b in blocks)
    assert any(b.startswith("Agenda item 7:") and "7.1" not in b for b in blocks)


# "decision 7.1 of its 27th meeting", "decision 9.3 of the 29th meeting" inside a point: the meeting
# the number was read with is the issuer's, which adopted that decision (whoever "its" might be; the
# document's author unknown, as a forwarded message's is)
@pytest.mark.parametrize(
    "point, cited, meeting",
    [
        ("Recalling decision 7.1 of its 27th meeting, decides to meet twice a year;", "27-7/1", 27),
        ("Takes note of the report (JPWS/CB (31)/12.6), prepared pursuant to decision 9.3 of the 29th meeting;", "29-9/3", 29),
        ("Reaffirms decision 2.4 of its twenty-eighth meeting;", "28-2/4", 28),
    ],
)
def test_an_earlier_points_meeting_adopted_it(point: str, cited: str, meeting: int) -> None:
    text = MAIL.format(intro=INTROS[0]).replace("Endorses the recommendations adopted by the Technical Panel on\n      Groundwater at its second meeting;", point)
    assert (f"jpws/board/dec/{cited}", f"jpws/board#{meeting}") in of("adoptedAt", text)
    assert (f"jpws/board#{meeting}", "jpws/board") in of("meetingOf", text)
    assert ("jpws/board/dec/31-5/1", f"jpws/board/dec/{cited}") in of("cites", text)


def test_a_meeting_after_a_decision_of_another_body_is_not_its() -> None:
    # "decision 4 of the Panel": no point's number holds the Panel's meeting
    text = MAIL.format(intro=INTROS[0]).replace(
        "Endorses the recommendations adopted by the Technical Panel on\n      Groundwater at its second meeting;",
        "Notes the advice given by the Technical Panel on Groundwater at the 29th meeting of the Board;",
    )
    assert not {s for s, _ in of("adoptedAt", text) if s.startswith("jpws/board/dec/29-")}


def test_a_decision_named_in_a_quoted_title_is_not_told_adopted() -> None:
    # the words of a note's title: the meeting is named, the decision not told adopted there
    text = MAIL.format(intro=INTROS[0]).replace(
        "Endorses the recommendations adopted by the Technical Panel on\n      Groundwater at its second meeting;",
        'Takes note of the thematic note "Following up decision 6.1 of the 29th meeting: wells first";',
    )
    assert not {s for s, _ in of("adoptedAt", text) if s.startswith("jpws/board/dec/29-")}

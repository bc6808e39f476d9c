"""A chapter of a commission's annual report as a document system's web page prints it (E173, u214):

- the title "Report of the <body>, <Ordinal> session (<Place>, <days>)", on one line or over two
  (the Official Records' comma after the name): the report of that session, which met there and
  then (`document._report_of_body_over_sessions`; the old form, the session under the name with
  its days alone, reads as before);
- a schedule listing a body's sessions one after another, the word said for the first only:
  "fifteenth session, Vienna, 6-10 November 2035; sixteenth, New York, 6-10 April 2036"
  (`references._elliptic_gatherings`);
- "the reports … (A and B, respectively), which were before it at the present session, and of the
  progress made by X at its ninth session": the session the report is of, not the next one the
  sentence names (`relate._RECEIVER_AT`);
- "the progress made by X at its ninth session, held in Vienna from …, as set out in its report
  (Y)": the report of that session, other sessions named before it (`relate._HELD_THEN_CONTAINED_IN`).

Near misses: a title naming a body that holds no sessions, or no body the reference data knows; an
ordinal alone that is no session ("its sixteenth, New York" after a session listed without its place);
"before it at its eleventh session" (that session, as before); "its report" after two sessions with
no holding clause between. Invented commission (tests/data/work_programme_e173.ttl)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.extract.phrasing import extracted_with

facts = extracted_with(Path(__file__).resolve().parents[1] / "data" / "work_programme_e173.ttl")

CHAPTER = "Chapter IV\n\nWork programme\n\n41. The Commission had before it a note by the Secretariat on the work programme (A/CN.44/210).\n"
TITLES = {
    "one line": "A/90/17\nReport of the Commission on Maritime Trade Law, Twelfth session (Geneva, 2–13 June 2035)\n\n",
    "two lines": "A/90/17\nReport of the Commission on Maritime Trade Law,\nTwelfth session (Geneva, 2–13 June 2035)\n\n",
    "lynx": (
        "   [1]Skip to main content\n\n   A/90/17\n   Report of the Commission on Maritime Trade Law,\n"
        "   Twelfth session (Geneva, 2–13 June 2035)\n\n   [2]Download PDF\n\n"
    ),
    "two-word place": "A/90/17\nReport of the Commission on Maritime Trade Law, Twelfth session (New York, 2–13 June 2035)\n\n",
}


@pytest.mark.parametrize("layout", list(TITLES))
def test_the_title_names_the_session_reported_on_where_and_when(layout: str) -> None:
    found = facts(TITLES[layout] + CHAPTER)
    assert ("reportOf", "A/90/17", "cmtl#12") in found
    assert ("meetingOf", "cmtl#12", "cmtl") in found
    assert ("heldOn", "cmtl#12", "2035-06-02/2035-06-13") in found
    assert ("heldIn", "cmtl#12", "New York" if "New York" in TITLES[layout] else "Geneva") in found
    # "had before it": the session reported on
    assert ("submittedTo", "A/CN.44/210", "cmtl#12") in found


def test_the_session_under_the_name_with_its_days_alone_reads_as_before() -> None:
    found = facts("A/90/17\nReport of the Commission on Maritime Trade Law\nTwelfth session (2–13 June 2035)\n\n" + CHAPTER)
    assert ("reportOf", "A/90/17", "cmtl#12") in found
    assert ("heldOn", "cmtl#12", "2035-06-02/2035-06-13") in found
    assert not {o for r, s, o in found if r == "heldIn" and s == "cmtl#12"}


@pytest.mark.parametrize(
    "title",
    [
        # no sessions of its own
        "A/90/300\nReport of the Secretary-General, Twelfth session (Geneva, 2–13 June 2035)\n\n",
        # no body the reference data knows
        "A/90/17\nReport of the Committee on Fisheries Trade, Twelfth session (Geneva, 2–13 June 2035)\n\n",
    ],
)
def test_a_title_of_no_known_body_that_meets_reports_no_session(title: str) -> None:
    found = facts(title + CHAPTER)
    assert not {o for r, _, o in found if r == "reportOf"}
    assert not {s for _, s, _ in found if s.startswith("cmtl#12")}


def scheduled(listed: str) -> tuple[tuple[str, str, str], ...]:
    """The facts of a schedule of sessions whose one entry is ``listed``, in the chapter."""
    return facts(TITLES["one line"] + "44. The Commission approved the following schedule of sessions:\n\n" + listed + "\n")


@pytest.mark.parametrize(
    "listed",
    [
        "(a) Working Group I: fifteenth session, Vienna, 6-10 November 2035; sixteenth, New York, 6-10 April 2036;",
        "(a) Working Group I: fifteenth session, Vienna, 6-10 November 2035, and sixteenth, New York, 6-10 April 2036;",
        "(a) Working Group I (Cargo Claims): fifteenth session, Vienna, 6-10 November 2035; sixteenth, New York, 6-10 April 2036;",
    ],
)
def test_the_next_sessions_of_a_series_listed_after_the_first(listed: str) -> None:
    found = scheduled(listed)
    assert ("meetingOf", "cmtl/wg-i#16", "cmtl/wg-i") in found
    assert ("heldIn", "cmtl/wg-i#16", "New York") in found
    assert ("heldOn", "cmtl/wg-i#16", "2036-04-06/2036-04-10") in found
    assert ("heldIn", "cmtl/wg-i#15", "Vienna") in found


@pytest.mark.parametrize(
    "listed",
    [
        # the first session listed without its place and days: no series of such entries
        "(a) Working Group I will hold its fifteenth session; its sixteenth anniversary, New York, 6-10 April 2036, will be marked.",
        # an ordinal lower than the first's: no next session
        "(a) Working Group I: fifteenth session, Vienna, 6-10 November 2035; first, New York, 6-10 April 2036;",
    ],
)
def test_an_ordinal_alone_that_continues_no_series(listed: str) -> None:
    assert not {s for r, s, _ in scheduled(listed) if r == "meetingOf" and s in ("cmtl/wg-i#16", "cmtl/wg-i#1")}


@pytest.mark.parametrize("receiver", ["it", "the Commission"])
def test_papers_before_the_present_session(receiver: str) -> None:
    text = TITLES["one line"] + (
        "42. The Commission took note of the reports of Working Group II (Electronic Transport Records) on its thirtieth and"
        f" thirty-first sessions (A/CN.44/200 and A/CN.44/204, respectively), which were before {receiver} at the present session,"
        " and of the progress made by Working Group III (Port State Disputes) at its ninth session.\n"
    )
    found = facts(text)
    assert ("reportOf", "A/CN.44/200", "cmtl/wg-ii#30") in found
    assert ("reportOf", "A/CN.44/204", "cmtl/wg-ii#31") in found
    assert ("submittedTo", "A/CN.44/200", "cmtl#12") in found
    assert ("submittedTo", "A/CN.44/204", "cmtl#12") in found
    assert not {o for r, _, o in found if r == "submittedTo" and o.startswith("cmtl/wg-iii")}


def test_papers_before_another_session_named_after_the_verb() -> None:
    # near miss: the session named right after "before it at" is the receiver, as before
    text = TITLES["one line"] + (
        "42. The reports of Working Group II (Electronic Transport Records) on its thirtieth and thirty-first sessions"
        " (A/CN.44/200 and A/CN.44/204, respectively) were before the Commission at its eleventh session.\n"
    )
    found = facts(text)
    assert ("submittedTo", "A/CN.44/200", "cmtl#11") in found
    assert ("submittedTo", "A/CN.44/200", "cmtl#12") not in found


@pytest.mark.parametrize("participle", ["as set out in", "as reflected in", "contained in"])
def test_its_report_on_the_session_held_just_before(participle: str) -> None:
    text = TITLES["one line"] + (
        "42. The Commission took note of the report of Working Group II (Electronic Transport Records) on its thirtieth session"
        " (A/CN.44/200) and of the progress made by Working Group III (Port State Disputes) at its ninth session, held in"
        f" Vienna from 3 to 7 February 2035, {participle} its report (A/CN.44/205).\n"
    )
    found = facts(text)
    assert ("reportOf", "A/CN.44/205", "cmtl/wg-iii#9") in found
    assert ("heldIn", "cmtl/wg-iii#9", "Vienna") in found
    assert ("reportOf", "A/CN.44/200", "cmtl/wg-ii#30") in found
    assert ("reportOf", "A/CN.44/205", "cmtl/wg-ii#30") not in found


def test_its_report_after_two_sessions_and_no_holding_is_no_ones() -> None:
    # near miss: nothing says which of the two sessions the report is of
    text = TITLES["one line"] + (
        "42. Working Group III (Port State Disputes) met at its eighth and ninth sessions; the Commission noted the"
        " progress made, as set out in its report (A/CN.44/205).\n"
    )
    assert not {o for r, s, o in facts(text) if r == "reportOf" and s == "A/CN.44/205"}

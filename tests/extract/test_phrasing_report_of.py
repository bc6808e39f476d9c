"""report_of: a report and the meeting it reports on, in the titles UN reports carry ("Report of
the X on its Nth session", "Report on the Nth meeting of", "Report of the Working Group on the
work of its Nth session", "Report of the Nth session of X, held in ... from ... to ...") and in the
text that names a report by its symbol."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts, in_note

SYMBOL = "E/CN.21/CD/2031/5"


def report(title: str) -> str:
    return (
        f"United Nations {SYMBOL}\n\nEconomic and Social Council\n\n"
        "Distr.: General\n30 May 2031\n\nOriginal: English\n\n"
        f"{title}\n\n"
        "I. Opening of the session\n\n"
        "1. The session was opened by the Chair, who welcomed the participants.\n"
    )


TITLES = [
    "Committee on Coastal Data\n\nReport of the Committee on Coastal Data on its second session",
    "Report of the Committee on Coastal Data on its second session",
    "Report of the Committee on Coastal Data on the work of its second session",
    "Report on the second session of the Committee on Coastal Data",
    "Committee on Coastal Data\n\nReport on the second session",
    "Committee on Coastal Data\nSecond session\nGeneva, 12–14 May 2031\n\nReport of the Committee on its second session",
    "Report of the second session of the Committee on Coastal Data, held in Geneva from 12 to 14 May 2031",
    "Committee on Coastal Data\n\nReport on its second session, held in Geneva from 12 to 14 May 2031",
    "REPORT OF THE COMMITTEE ON COASTAL DATA ON ITS SECOND SESSION",
    "Committee on Coastal Data\n\nReport on the second session (Geneva, 12–14 May 2031)",
    "Report of the Committee on Coastal Data\non its second session",
    "Committee on Coastal Data\n\nReport of the second session\n\nGeneva, 12–14 May 2031",
]


@pytest.mark.parametrize("title", TITLES)
def test_report_titles(title: str) -> None:
    assert (SYMBOL, "ccr/committee-on-data#2") in facts(report(title), "reportOf")


WG_TITLES = [
    "Working Group on Early Warning Systems\n\nReport on the third meeting of the Working Group on Early Warning Systems",
    "Report of the Working Group on Early Warning Systems on its third meeting, held in Nairobi on 4 and 5 May 2031",
    "Report on the third meeting of the Working Group on Early Warning Systems, held in Nairobi from 4 to 6 May 2031",
]


@pytest.mark.parametrize("title", WG_TITLES)
def test_meeting_report_titles(title: str) -> None:
    symbol = "E/CN.21/WG.1/2031/2"
    text = report(title).replace(SYMBOL, symbol)
    assert (symbol, "ccr/wg-early-warning#3") in facts(text, "reportOf")


IN_TEXT = [
    ("The Commission will have before it the report of the Committee on Coastal Data on its second session (E/CN.21/CD/2031/5).", "E/CN.21/CD/2031/5", "ccr/committee-on-data#2"),
    ("The report on the third meeting of the Working Group on Early Warning Systems is contained in document E/CN.21/WG.1/2031/2.", "E/CN.21/WG.1/2031/2", "ccr/wg-early-warning#3"),
    ("Report of the Committee on Coastal Data on its second session (E/CN.21/CD/2031/5)", "E/CN.21/CD/2031/5", "ccr/committee-on-data#2"),
    # "the report of the session", no meeting named before: the session the note is for
    ("The report of the session will be issued as document E/CN.21/2032/10.", "E/CN.21/2032/10", "ccr#13"),
    ("The report of the meeting will be issued as E/CN.21/2032/10.", "E/CN.21/2032/10", "ccr#13"),
    # "its report" after a meeting said to be held: the report on it
    ("The Working Group held its third meeting in Nairobi from 4 to 6 May 2031; its report is contained in document E/CN.21/WG.1/2031/2.",
     "E/CN.21/WG.1/2031/2", "ccr/wg-early-warning#3"),
    ("The Committee on Coastal Data met in Geneva from 12 to 14 May 2031 for its second session. Its report has been issued as E/CN.21/CD/2031/5.",
     "E/CN.21/CD/2031/5", "ccr/committee-on-data#2"),
    ("The second session of the Committee on Coastal Data was held in Geneva on 12 May 2031, and its report is available in document E/CN.21/CD/2031/5.",
     "E/CN.21/CD/2031/5", "ccr/committee-on-data#2"),
]


@pytest.mark.parametrize("paragraph, symbol, meeting", IN_TEXT)
def test_reports_named_in_text(paragraph: str, symbol: str, meeting: str) -> None:
    assert (symbol, meeting) in facts(in_note(paragraph), "reportOf")


def test_a_note_for_a_session_is_no_report_of_it() -> None:
    assert not {f for f in facts(in_note("The present note sets out the provisional programme of work."), "reportOf")}


def test_a_report_to_a_session_is_no_report_of_it() -> None:
    text = in_note("The report of the Executive Secretary on early warning (E/CN.21/2032/5) will be before the Commission at its thirteenth session.")
    assert ("E/CN.21/2032/5", "ccr#13") not in facts(text, "reportOf")


@pytest.mark.parametrize("paragraph, symbol", [
    # a meeting that is only to come, or only considered something, has no report yet
    ("The Working Group will consider at its third meeting the note by the Secretariat; its report is contained in document E/CN.21/WG.1/2031/2.", "E/CN.21/WG.1/2031/2"),
    # two meetings held: which one "its report" is of is not said
    ("The Working Group held its third and fourth meetings in Nairobi in May 2031; its report is contained in document E/CN.21/WG.1/2031/2.", "E/CN.21/WG.1/2031/2"),
    # "its report" next to a document that is not where the report is
    ("The Working Group held its third meeting in Nairobi in May 2031; its report is contained in the annex to the note by the Secretariat (E/CN.21/2032/4).", "E/CN.21/2032/4"),
])
def test_its_report_that_is_of_no_one_meeting(paragraph: str, symbol: str) -> None:
    assert not {m for d, m in facts(in_note(paragraph), "reportOf") if d == symbol}


def test_the_report_of_another_bodys_session_is_not_of_the_notes_session() -> None:
    text = in_note("The report of the session of the Committee on Coastal Data (E/CN.21/CD/2031/5) is before the Commission.")
    assert ("E/CN.21/CD/2031/5", "ccr#13") not in facts(text, "reportOf")

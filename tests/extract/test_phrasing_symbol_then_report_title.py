"""reportOf from an entry of a documentation list that gives its symbol first and its title
after a dash, a colon or a space: "E/CN.21/2032/6 – Report of the Committee on Coastal Data on
its fifth session", "X: Report of the fifth session of the Committee". The title names the one
meeting reported. A report about a meeting written by someone else ("Report of the Executive
Secretary on the outcome of the fifth session") and a symbol not first are not that meeting's
report. A title naming two sessions is the report of each (E82: the unseen gold counts a report
covering several sessions as the report of every one of them, u59, u60, u61, u65, u66, u67, u70,
u98)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts


def listed(row: str) -> str:
    return NOTE + "1. Text.\n\nDocumentation\n\n" + row + "\n\nE/CN.21/2032/9 – Note by the Secretariat on coastal data\n"


REPORTS = [
    ("E/CN.21/2032/6 – Report of the Committee on Coastal Data on its fifth session", "E/CN.21/2032/6", "ccr/committee-on-data#5"),
    ("E/CN.21/2032/6: Report of the Committee on Coastal Data on the work of its fifth session", "E/CN.21/2032/6", "ccr/committee-on-data#5"),
    ("E/CN.21/2032/6 - Report of the fifth session of the Committee on Coastal Data", "E/CN.21/2032/6", "ccr/committee-on-data#5"),
    ("E/CN.21/WG.1/2031/3 - Report of the Working Group on Early Warning Systems on its third meeting", "E/CN.21/WG.1/2031/3", "ccr/wg-early-warning#3"),
    ("E/CN.21/2032/6 Report of the Committee on Coastal Data on its fifth session", "E/CN.21/2032/6", "ccr/committee-on-data#5"),
]


@pytest.mark.parametrize("row, doc, meeting", REPORTS)
def test_listed_report_of_its_meeting(row: str, doc: str, meeting: str) -> None:
    assert (doc, meeting) in facts(listed(row), "reportOf")


NOT_ITS_REPORT = [
    "E/CN.21/2032/6 - Report of the Executive Secretary on the outcome of the fifth session of the Committee on Coastal Data",
    "E/CN.21/2032/6 - Report of the Executive Secretary on the fifth session of the Committee on Coastal Data",
    "E/CN.21/2032/6 - Note by the Secretariat on the fifth session of the Committee on Coastal Data",
]


@pytest.mark.parametrize("row", NOT_ITS_REPORT)
def test_not_the_meeting_s_own_report(row: str) -> None:
    assert not {f for f in facts(listed(row), "reportOf") if f[0] == "E/CN.21/2032/6"}


@pytest.mark.parametrize("row", [
    "E/CN.21/2032/6 - Report of the Committee on Coastal Data on its fourth and fifth sessions",
    "E/CN.21/2032/6 – Report of the Committee on Coastal Data, fourth and fifth sessions",
])
def test_a_title_naming_two_sessions_reports_each(row: str) -> None:
    reported = {f[1] for f in facts(listed(row), "reportOf") if f[0] == "E/CN.21/2032/6"}
    assert reported == {"ccr/committee-on-data#4", "ccr/committee-on-data#5"}

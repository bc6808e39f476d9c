"""A table of the decisions a session adopted, as pdftotext -layout prints a PDF's ruled table: the
header, a drawn rule under it (underscores, equals signs or box-drawing), then rows whose title and
date cells wrap inside their columns. The rule sets the header apart as a blank line would, so the
rows are read under their header: each decision's title and adoption date; and under "The
Commission adopted the following decisions:" in the report of a session, the session the report is
of, unless a decision's number names another session.

Invented tables (another body, numbers, rules, column widths), not the unseen document's lines (E94).
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import facts

MASTHEAD = (
    "                                                          E/CN.21/2031/9\n"
    "                                                          20 March 2031\n\n"
    "  Commission on Coastal Resilience\n"
    "  Report on the {ordinal} session (10–14 March 2031)\n\n"
    "  1.    The Commission adopted the following decisions:\n\n"
)


def _row(key: str, title: str, date: str, width: int) -> str:
    return f"        {key.ljust(width)}{title.ljust(42)}{date}".rstrip() + "\n"


def _report(rule: str, session: int = 12, ordinal: str = "twelfth", gap: int = 6) -> str:
    width = len(f"{session}/1") + gap
    rows = (
        _row("Decision", "Title", "Adopted on", max(width, len("Decision") + 3))
        + f"        {rule * 70}\n"
    )
    width = max(width, len("Decision") + 3)
    for number, (title, day) in enumerate(
        [
            (("Tide gauges for small island", "developing States"), "11"),
            (("Coastal data and early warning",), "12"),
            (("Dates and venue of the next session", "of the Commission"), "14"),
        ],
        start=1,
    ):
        rows += _row(f"{session}/{number}", title[0], f"{day} March", width)
        rows += _row("", title[1] if len(title) > 1 else "", "2031", width)
    rows += f"        {rule * 70}\n\n  2.    The Commission adopted the report of the session.\n"
    return MASTHEAD.format(ordinal=ordinal) + rows


@pytest.mark.parametrize("rule", ["_", "=", "─"])
@pytest.mark.parametrize("gap", [4, 9])
def test_rows_under_a_ruled_header_keep_their_wrapped_titles_and_dates(rule: str, gap: int) -> None:
    text = _report(rule, gap=gap)
    assert facts(text, "title") >= {
        ("ccr/dec/12/1", "Tide gauges for small island developing States"),
        ("ccr/dec/12/3", "Dates and venue of the next session of the Commission"),
    }
    assert facts(text, "adoptedOn") >= {("ccr/dec/12/1", "2031-03-11"), ("ccr/dec/12/2", "2031-03-12"), ("ccr/dec/12/3", "2031-03-14")}


@pytest.mark.parametrize("rule", ["_", "="])
def test_rows_adopted_under_the_following_are_the_reported_sessions(rule: str) -> None:
    assert facts(_report(rule, session=9, ordinal="ninth"), "adoptedAt") == {
        ("ccr/dec/9/1", "ccr#9"), ("ccr/dec/9/2", "ccr#9"), ("ccr/dec/9/3", "ccr#9"),
    }


def test_a_number_of_another_session_is_not_adopted_at_the_reported_one() -> None:
    # the twelfth session's report listing decisions numbered 11/...: not adopted at the twelfth
    assert ("ccr/dec/11/1", "ccr#12") not in facts(_report("_", session=11, ordinal="twelfth"), "adoptedAt")

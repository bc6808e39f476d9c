"""Tables ruled with dashes under their header, as pandoc's plain-text writer and text browsers
(lynx -dump) set an HTML table: columns aligned with spaces, one run of dashes a column.

`plain_layouts.dashed_rule_table_changes` makes such a table a pipe table (header, rule, rows down
to the first blank line, split where the runs of dashes begin), so that the readers of tables
apply; a row of bars is no web page's chrome (`web_chrome._is_bar_line`). A table of sessions under
"Previous sessions" (a heading that names no body) lists the sessions of the body whose page or
document it is (`relate.own_gatherings_heading`, `meeting_tables.names_gatherings`).

Negative cases: an underline (one run of dashes), a table whose row runs over a column, a table
of sessions in the document of a body that holds meetings, a heading that names another kind of
gathering."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.phrasing import NOTE, facts

_ROWS = (
    "   Session        Dates                       Report\n"
    "   -------------  --------------------------  ---------------------------\n"
    "   Eleventh       9-13 March 2030             E/2030/27-E/CN.21/2030/8\n"
    "   Tenth          10-14 March 2029            E/2029/27-E/CN.21/2029/9\n"
    "   Ninth          28 February-4 March 2028    E/2028/27-E/CN.21/2028/7\n"
)


def test_a_dashed_rule_table_becomes_a_pipe_table() -> None:
    fixed, offsets = normalise_layout("Previous sessions\n\n" + _ROWS + "\nNext session\n")
    lines = fixed.split("\n")
    assert lines[2].strip() == "| Session | Dates | Report |"
    assert lines[3].strip() == "|---|---|---|"
    assert lines[6].strip() == "| Ninth | 28 February-4 March 2028 | E/2028/27-E/CN.21/2028/7 |"
    assert offsets is not None and len(offsets) == len(fixed) + 1


@pytest.mark.parametrize("text", [
    "Agenda\n------\n\nItem one\n",  # an underline: one run
    # a row runs over the next column: the columns are not kept, the table is left as it is
    "   Session   Dates\n   -------   -------\n   Twenty-seventh 22 April 2028\n",
    # no header above the rule
    "\n   -------   -------\n   Tenth     10 March 2029\n",
])
def test_other_dashes_are_left_alone(text: str) -> None:
    fixed, _ = normalise_layout(text)
    assert "|" not in fixed


def _page(heading: str = "Previous sessions", rows: str = _ROWS) -> str:
    return NOTE + (
        "1. The thirteenth session of the Commission will be held in New York from 8 to 12 March 2032.\n\n"
        f"{heading}\n\n{rows}\n"
        "2. The secretariat will circulate the documents of the session in good time.\n"
    )


@pytest.mark.parametrize("heading", ["Previous sessions", "Past sessions", "Sessions held and their reports"])
def test_the_rows_are_the_sessions_of_the_documents_body(heading: str) -> None:
    text = _page(heading)
    meetings = facts(text, "meetingOf")
    held = facts(text, "heldOn")
    reports = facts(text, "reportOf")
    for ordinal, dates, report in [
        (11, "2030-03-09/2030-03-13", "E/2030/27"), (10, "2029-03-10/2029-03-14", "E/2029/27"),
        (9, "2028-02-28/2028-03-04", "E/2028/27"),
    ]:
        assert (f"ccr#{ordinal}", "ccr") in meetings
        assert (f"ccr#{ordinal}", dates) in held
        assert (report, f"ccr#{ordinal}") in reports


def test_a_heading_naming_other_gatherings_gives_nothing() -> None:
    text = _page("Previous meetings of the Bureau and their reports")
    assert not any(g in ("ccr#9", "ccr#10", "ccr#11") for g, _ in facts(text, "meetingOf"))


def test_a_table_of_sessions_in_the_document_of_a_body_that_holds_meetings() -> None:
    # the Working Group's note: "Previous sessions" are not its own (it holds meetings)
    text = _page().replace("E/CN.21/2032/4", "E/CN.21/WG.1/2032/4").replace(
        "Commission on Coastal Resilience\n\nThirteenth session", "Working Group on Early Warning Systems\n\nFourth meeting"
    )
    listed = {f"{key}#{n}" for key in ("ccr", "ccr/wg-early-warning") for n in (9, 10, 11)}
    assert not any(g in listed for g, _ in facts(text, "heldOn"))

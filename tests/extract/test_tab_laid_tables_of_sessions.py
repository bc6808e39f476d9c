"""Tables laid with tabs (an HTML or Word table pasted as plain text) and tables of sessions with a
column naming each row's body.

`plain_layouts.tab_table_changes` makes a block of tab-separated lines under a header row of three
or more column names a pipe table, empty cells kept in place, so that the readers of tables apply.
`meeting_tables` reads a "Body" ("Subsidiary body", "Committee") column: "| Committee on Coastal
Data | 5th | 3–7 March 2031 | Bonn | E/CN.21/CD/2031/5 |" is that body's fifth session, when and
where it was held ("Bonn (hybrid)" is Bonn), and its report, whatever the heading says.

Negative cases: a row naming no known body, a postponed session (no dates, no place), a block
whose rows do not keep the header's cells (left as text), rows of two cells (a label and a value),
and a header whose cells are no column names."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.markdown_tables import cells
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.phrasing import NOTE, facts

HEADERS = [
    "Body\tSession\tDates\tVenue\tReport",
    "Subsidiary body\tSession\tDates\tPlace\tReport symbol",
    "Committee\tSession\tDate\tLocation\tReport",
]
ROWS = [
    "Committee on Coastal Data\t5th\t3–7 March 2031\tBonn (hybrid)\tE/CN.21/CD/2031/5",
    "Working Group on Early Warning Systems\t4th\t12 May 2031\tNairobi\tE/CN.21/WG.1/2031/2",
    "Panel on Imaginary Reefs\t3rd\t1–2 June 2031\tSuva\tE/CN.21/PIR/2031/1",
]


def sessions_table(header: str, *rows: str, heading: str = "Sessions of subsidiary bodies held since the twelfth session") -> str:
    return NOTE + "1. The reports below are before the Commission.\n\n" + heading + "\n\n" + header + "\n" + "\n".join(rows) + "\n\nContact: the secretariat\n"


def test_a_tab_laid_table_becomes_a_pipe_table() -> None:
    text = "Sessions\n\nDate\tTime\tAgenda item\tDocuments\nMonday\t10.00\t1\tE/CN.21/2032/1\n\t\t2\tE/CN.21/2032/2\n\nEnd\n"
    fixed, offsets = normalise_layout(text)
    lines = fixed.split("\n")
    assert lines[2] == "| Date | Time | Agenda item | Documents |"
    assert lines[3] == "|---|---|---|---|"
    assert cells(lines[5]) == ["", "", "2", "E/CN.21/2032/2"]  # the day and time run on: empty cells kept
    assert offsets is not None and len(offsets) == len(fixed) + 1
    assert text[offsets[fixed.index("E/CN.21/2032/2")]:].startswith("E/CN.21/2032/2")


def test_a_row_ending_with_a_tab_and_windows_line_ends() -> None:
    fixed, _ = normalise_layout("Intro\r\n\r\nDate\tTime\tItem\t\r\nMonday\t10.00\t1\t\r\n\t\t2\t\r\n\r\nEnd\r\n")
    lines = fixed.split("\n")
    assert cells(lines[2]) == ["Date", "Time", "Item", ""]
    assert lines[3].strip() == "|---|---|---|---|"
    assert cells(lines[5]) == ["", "", "2", ""]


@pytest.mark.parametrize("text", [
    "Decision\tTitle\n2031/1\tAnnual report\n",  # two cells: a number and its title
    "Date\tTime\tAgenda item\n24 May\t10.00\t1\n25 May\t10.00\n",  # a row short of a cell
    "Monday 3\t10.00\t1\n24 May\t10.00\t2\n",  # a header with figures is a row, not column names
    "Date\tTime | Place\tItem\n24 May\t10.00\t1\n",  # already a pipe table's cells
])
def test_blocks_left_as_they_are(text: str) -> None:
    fixed, _ = normalise_layout(text)
    assert "|---" not in fixed


@pytest.mark.parametrize("header", HEADERS)
def test_each_row_is_its_body_s_session(header: str) -> None:
    found = {
        (s, r, o) for r in ("meetingOf", "heldOn", "heldIn", "reportOf")
        for s, o in facts(sessions_table(header, *ROWS[:2]), r)
    }
    assert ("ccr/committee-on-data#5", "meetingOf", "ccr/committee-on-data") in found
    assert ("ccr/committee-on-data#5", "heldOn", "2031-03-03/2031-03-07") in found
    assert ("ccr/committee-on-data#5", "heldIn", "Bonn") in found
    assert ("E/CN.21/CD/2031/5", "reportOf", "ccr/committee-on-data#5") in found
    assert ("ccr/wg-early-warning#4", "heldOn", "2031-05-12") in found
    assert ("ccr/wg-early-warning#4", "heldIn", "Nairobi") in found
    assert ("E/CN.21/WG.1/2031/2", "reportOf", "ccr/wg-early-warning#4") in found
    # the Commission's own sessions are not what the rows list
    assert not any(s.startswith("ccr#5") or s.startswith("ccr#4") for s, _, _ in found)


def test_a_pipe_table_with_a_body_column() -> None:
    text = sessions_table(
        "| Body | Session | Dates | Venue | Report |\n|---|---|---|---|---|",
        "| Committee on Coastal Data | 6th | 2–6 June 2031 | Apia | E/CN.21/CD/2031/9 |",
    )
    assert ("ccr/committee-on-data#6", "Apia") in facts(text, "heldIn")
    assert ("E/CN.21/CD/2031/9", "ccr/committee-on-data#6") in facts(text, "reportOf")


def test_rows_that_give_nothing_or_less() -> None:
    postponed = "Committee on Coastal Data\t7th\tpostponed to 2032\t—\t—"
    text = sessions_table(HEADERS[0], ROWS[2], postponed)
    assert ("ccr/committee-on-data#7", "ccr/committee-on-data") in facts(text, "meetingOf")
    assert not {s for s, _ in facts(text, "heldOn")} & {"ccr/committee-on-data#7"}
    assert not {s for s, _ in facts(text, "heldIn")} & {"ccr/committee-on-data#7"}
    # a body nobody knows: no session of anyone's
    assert not any("#3" in s for s, _ in facts(text, "meetingOf"))
    assert not any(o.endswith("#3") for _, o in facts(text, "reportOf"))


def test_a_row_off_the_columns_leaves_the_table_unread() -> None:
    text = sessions_table(HEADERS[0], ROWS[0], "Committee on Coastal Data\t6th\t2–6 June 2031\tApia")
    assert not any(s.startswith("ccr/committee-on-data#") for s, _ in facts(text, "heldOn"))

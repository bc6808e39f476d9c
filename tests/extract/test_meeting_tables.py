"""A table of a body's meetings or sessions under a heading that names the body: each row gives
the gathering (meeting_of), its dates (held_on), its town (held_in) and its report (report_of).

Invented tables on the phrasing body (tests/data/phrasing.ttl), as pipe tables with other
column names and orders; negatives: a table without a gathering column,
a row whose first cell is no number ("Total"), a heading that names no body or two of them.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.rules.meeting_tables import header_columns, listed_meeting
from tests.extract.phrasing import facts, in_note

WG = "ccr/wg-early-warning"
COMMITTEE = "ccr/committee-on-data"


def _annex(heading: str, table: str) -> str:
    return in_note("The Working Group on Early Warning Systems has met regularly.") + f"\nAnnex\n\n**{heading}**\n\n{table}\n"


PIPE = (
    "| Meeting | Dates | Venue | Report |\n|---|---|---|---|\n"
    "| First | 4 – 5 April 2029 | The Hague | CCR/WG.1/1/2 |\n"
    "| Second | 10 – 11 October 2029 | Bonn, Germany | CCR/WG.1/2/2 |\n"
    "| Third | 20 – 21 March 2030 | Nairobi | CCR/WG.1/3/2 |\n"
)


def test_a_pipe_table_of_meetings() -> None:
    text = _annex("Meetings of the Working Group on Early Warning Systems since its establishment", PIPE)
    assert {(f"{WG}#1", WG), (f"{WG}#2", WG), (f"{WG}#3", WG)} <= facts(text, "meetingOf")
    assert {(f"{WG}#1", "2029-04-04/2029-04-05"), (f"{WG}#3", "2030-03-20/2030-03-21")} <= facts(text, "heldOn")
    assert {(f"{WG}#1", "The Hague"), (f"{WG}#2", "Bonn"), (f"{WG}#3", "Nairobi")} <= facts(text, "heldIn")
    assert {("CCR/WG.1/1/2", f"{WG}#1"), ("CCR/WG.1/3/2", f"{WG}#3")} <= facts(text, "reportOf")


def test_a_table_of_sessions_in_another_order() -> None:
    table = (
        "| Report symbol | Session | Place | Date |\n| :--- | :---: | --- | --- |\n"
        "| E/CN.21/C.1/2030/4 | 1st | Geneva | 12 May 2030 |\n"
        "| E/CN.21/C.1/2031/5 | 2nd | Vienna | 3–5 June 2031 |\n"
    )
    text = _annex("Sessions of the Committee on Coastal Data", table)
    assert {(f"{COMMITTEE}#1", "2030-05-12"), (f"{COMMITTEE}#2", "2031-06-03/2031-06-05")} <= facts(text, "heldOn")
    assert {(f"{COMMITTEE}#1", "Geneva"), (f"{COMMITTEE}#2", "Vienna")} <= facts(text, "heldIn")
    assert ("E/CN.21/C.1/2031/5", f"{COMMITTEE}#2") in facts(text, "reportOf")


@pytest.mark.parametrize(
    "heading",
    [
        "Meetings held so far",  # no body
        "Meetings of the Working Group on Early Warning Systems and of the Committee on Coastal Data",  # two
    ],
)
def test_a_heading_that_names_no_one_body_gives_nothing(heading: str) -> None:
    text = _annex(heading, PIPE)
    assert not any(s.startswith(f"{WG}#") for s, _ in facts(text, "heldIn"))


@pytest.mark.parametrize(
    "row",
    ["| Symbol | Date | Title |", "| Meeting | Chair |", "| Decision | Title | Adopted on |"],
)
def test_a_header_without_gathering_and_dates_venue_or_report(row: str) -> None:
    assert header_columns(row) is None


def test_a_row_whose_gathering_cell_is_no_number() -> None:
    columns = header_columns("| Meeting | Dates | Venue |")
    assert columns is not None
    assert listed_meeting("| Total | 12 days | |", columns) is None
    fifth = listed_meeting("| Fifth meeting | 14 – 15 March 2031 | The Hague |", columns)
    assert fifth is not None and fifth.ordinal == 5 and fifth.place == "The Hague"


# E172: the venue cell names the building before its town ("Palais des Nations, Geneva"), as a
# calendar of sessions annexed to a council's text prints it: the town is the place; a building
# alone, or a meeting held online, names none.
def test_a_venue_cell_that_names_the_building_first() -> None:
    table = (
        "| Session | Dates | Weeks | Venue |\n|---|---|---|---|\n"
        "| First | 4 – 5 April 2029 | 1 | Palais des Nations, Geneva |\n"
        "| Second | 10 – 11 October 2029 | 1 | Vienna International Centre, Vienna, Austria |\n"
        "| Third | 20 – 21 March 2030 | 1 | Palais des Nations |\n"
        "| Fourth | 2 – 3 October 2030 | 1 | Online |\n"
    )
    text = _annex("Sessions of the Committee on Coastal Data", table)
    held_in = {(s, o) for s, o in facts(text, "heldIn") if s.startswith(f"{COMMITTEE}#")}
    assert held_in == {(f"{COMMITTEE}#1", "Geneva"), (f"{COMMITTEE}#2", "Vienna")}
    assert (f"{COMMITTEE}#3", "2030-03-20/2030-03-21") in facts(text, "heldOn")

"""A follow-up table whose header's first column names the kind ("| Decision | Para. | Request |
Action taken |"): a row's first cell may give the number alone ("| 11/101 Coastal data | 3 | ..."),
and the words after the number in that cell are the instrument's title (with or without the
keyword); each cell is read as a sentence of its own, so the action taken has its own subject ("The
Committee held its second session ...": the body the request cell named with that last word; "The
task force held its first meeting": the task force the row established); the operative words a row
quotes ("Decides that ... shall remain a standing body", "Designates ... as the body to advise") are
the instrument's (`rules/follow_up_tables.py`, `relate.follow_up_row`, `relate.row_subject`)."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, NOTE_SYMBOL, facts

DEC = "ccr/dec/11/101"
DEC2 = "ccr/dec/11/102"
COMMITTEE = "ccr/committee-on-data"
WG = "ccr/wg-early-warning"
SECRETARIAT = "ccr/secretariat"

INTRO = NOTE + "1. The table below lists, for each decision, the request and the action taken.\n\n"
PIPE_HEADER = "| Decision | Para. | Request | Action taken |\n|---|---|---|---|\n"


@pytest.mark.parametrize("header, row", [
    (PIPE_HEADER, "| 11/101 Coastal data | 3 | Requests the secretariat to prepare a study | The study was issued |\n"),
    ("| Decisions | Paragraph | Request | Status of implementation |\n|---|---|---|---|\n",
     "| 11/101 Coastal data | 3 | Requests the secretariat to prepare a study | Completed |\n"),
    ("| Decision | Request | Action taken |\n|---|---|---|\n",
     "| 11/101, para. 3 | Requests the secretariat to prepare a study | Completed |\n"),
    ("| Decision | Request | Progress made |\n| --- | --- | --- |\n",
     "|11/101 Coastal data|Requests the secretariat to prepare a study|Under way|\n"),
])
def test_a_bare_number_under_a_decision_column(header: str, row: str) -> None:
    text = INTRO + header + row
    assert (DEC, SECRETARIAT) in facts(text, "requests")
    assert (NOTE_SYMBOL, DEC) in facts(text, "mentions")


@pytest.mark.parametrize("row, title", [
    ("| 11/101 Coastal data | 3 | Requests the secretariat to prepare a study | Done |\n", "Coastal data"),
    ("| Decision 11/101 Review of early warning | 3 | Requests the secretariat to prepare a study | Done |\n",
     "Review of early warning"),
    ("| 11/101, para. 3 Adoption of the workplan | Requests the secretariat to prepare a study | Done |\n",
     "Adoption of the workplan"),
])
def test_the_first_cell_gives_the_title(row: str, title: str) -> None:
    assert (DEC, title) in facts(INTRO + PIPE_HEADER + row, "title")


@pytest.mark.parametrize("row", [
    "| 11/101, para. 3 | 3 | Requests the secretariat to prepare a study | Done |\n",  # paragraphs only
    "| 11/101 | 3 | Requests the secretariat to prepare a study | Done |\n",
])
def test_no_title_without_words(row: str) -> None:
    assert not {t for s, t in facts(INTRO + PIPE_HEADER + row, "title") if s == DEC}


@pytest.mark.parametrize("table", [
    # the first column names no kind of instrument: a bare number is no decision
    "| Reference | Request | Action taken |\n|---|---|---|\n| 11/101 | Requests the secretariat to prepare a study | Done |\n",
    # the number is not the first cell's
    PIPE_HEADER + "| Coastal data | 11/101 | Requests the secretariat to prepare a study | Done |\n",
    # no follow-up header at all
    "| Decision | Title |\n|---|---|\n| 11/101 | Requests the secretariat to prepare a study |\n",
])
def test_no_bare_number_read(table: str) -> None:
    assert (DEC, SECRETARIAT) not in facts(INTRO + table, "requests")


def test_the_action_cell_names_the_body_requested_by_its_last_word() -> None:
    row = (
        "| 11/101 Coastal data | 5 | Invites the Committee on Coastal Data to review the indicators and to report thereon |"
        " The Committee held its second and third sessions in Bonn, from 3 to 5 May 2031 and from 6 to 8 October 2031"
        " (reports E/CN.21/CD/2031/2 and E/CN.21/CD/2031/4, respectively) |\n"
    )
    text = INTRO + PIPE_HEADER + row
    assert {(f"{COMMITTEE}#2", COMMITTEE), (f"{COMMITTEE}#3", COMMITTEE)} <= facts(text, "meetingOf")
    assert {(f"{COMMITTEE}#2", "2031-05-03/2031-05-05"), (f"{COMMITTEE}#3", "2031-10-06/2031-10-08")} <= facts(text, "heldOn")
    assert (f"{COMMITTEE}#2", "Bonn") in facts(text, "heldIn")
    assert ("E/CN.21/CD/2031/4", f"{COMMITTEE}#3") in facts(text, "reportOf")


def test_the_task_force_a_row_establishes_holds_its_meetings() -> None:
    row = (
        "| 11/102 Workplan | 6 | Agrees to establish a task force on coastal sensors, to report to the Commission |"
        " The task force held its first meeting via video conference on 3 and 4 March 2031 and its second meeting in"
        " Lisbon on 8 and 9 October 2031 |\n"
    )
    text = INTRO + PIPE_HEADER + row
    born = {o for s, o in facts(text, "establishes") if s == DEC2}
    assert len(born) == 1
    task_force = born.pop()
    assert {(f"{task_force}#1", task_force), (f"{task_force}#2", task_force)} <= facts(text, "meetingOf")
    assert (f"{task_force}#2", "Lisbon") in facts(text, "heldIn")
    assert not any(s.startswith(WG) or s.startswith("ccr#") and s != "ccr#13" for s, _ in facts(text, "meetingOf"))


@pytest.mark.parametrize("text", [
    # no task force named before: its meetings are nobody's the reference data knows
    NOTE + "1. The task force held its first meeting in Lisbon on 3 and 4 March 2031 and its second meeting in Porto on 8 and 9 October 2031.\n",
    NOTE + "1. The group of experts will hold its second meeting in Lisbon on 8 and 9 October 2031.\n",
    INTRO + PIPE_HEADER + "| 11/101 Coastal data | 3 | Requests the secretariat to prepare a study |"
    " The task force held its first meeting in Lisbon on 3 and 4 March 2031 |\n",
    # a cell naming no body: the session of nobody in particular
    INTRO + PIPE_HEADER + "| 11/101 Coastal data | 3 | Requests the secretariat to prepare a study | In preparation for the fourteenth session |\n",
])
def test_a_group_nobody_knows_is_not_the_author(text: str) -> None:
    assert not facts(text, "meetingOf") - {("ccr#13", "ccr")}


@pytest.mark.parametrize("cell, relation, target", [
    ("Decides that the Working Group on Early Warning Systems shall remain a standing body of the Commission", "makesConstantElement", WG),
    ("Decides that the Committee on Coastal Data will become a permanent subsidiary body", "makesConstantElement", COMMITTEE),
    ("Designates the Committee on Coastal Data as the body to advise the Commission on indicators", "requests", COMMITTEE),
    ("Designates the Working Group on Early Warning Systems to serve as the review panel and to prepare a report", "requests", WG),
])
def test_operative_words_a_row_quotes(cell: str, relation: str, target: str) -> None:
    text = INTRO + PIPE_HEADER + f"| 11/101 Subsidiary bodies | 2 | {cell} | In effect since 2031 |\n"
    assert (DEC, target) in facts(text, relation)


@pytest.mark.parametrize("cell", [
    # the action taken, told in the past: not the decision's words
    "| 11/101 Subsidiary bodies | 2 | Review of the subsidiary bodies | The Working Group on Early Warning Systems became a standing body in 2031 |",
    "| 11/101 Subsidiary bodies | 2 | Review of the subsidiary bodies | The Commission designated the Committee on Coastal Data as the body to advise it |",
])
def test_no_quoted_words_in_the_action_cell(cell: str) -> None:
    text = INTRO + PIPE_HEADER + cell + "\n"
    assert not facts(text, "makesConstantElement") and not facts(text, "requests")


@pytest.mark.parametrize("sentence", [
    "1. The designated national authorities of the Committee on Coastal Data met in Bonn.",
    "1. Designates the Committee on Coastal Data.",  # no task
])
def test_designates_without_a_task(sentence: str) -> None:
    text = NOTE + sentence + "\n"
    assert not facts(text, "requests")

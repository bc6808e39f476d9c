"""A Secretariat note's table following up earlier requests ("Decision | Request | Action taken",
"Resolution<tab>Mandate<tab>Status of implementation"): each row quotes an instrument's operative
words, so the row's verb is that instrument's mandate and the instrument is mentioned; and the
wording of the note's own mandate ("This report is presented in response to", "in pursuance
of", "The present report, as mandated by ..., reviews"), and an instrument told of as the
subject of its verb ("Resolution 11/2 requested ...", "in paragraph 4 of its resolution 11/2")."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, NOTE_SYMBOL, facts, in_note

DEC = "ccr/dec/11/101"
RES = "ccr/res/11/2"
SECRETARIAT = "ccr/secretariat"
COMMITTEE = "ccr/committee-on-data"
ES = "ccr/executive-secretary"

INTRO = NOTE + "1. The table below sets out the status of implementation of the requests addressed to the secretariat.\n\n"

TABLES = [
    "| Decision | Request | Action taken |\n|---|---|---|\n"
    "| Decision 11/101, para. 3 | Requests the secretariat to prepare a study on coastal data | The study is contained in document E/CN.21/2032/5 |\n"
    "| Resolution 11/2, para. 4 | Invites the Committee on Coastal Data to review the indicators | The Committee reviewed them at its second session |\n",
    "Decision\tRequest\tStatus of implementation\n"
    "Decision 11/101, para. 3\tRequests the secretariat to prepare a study on coastal data\tCompleted (E/CN.21/2032/5)\n"
    "Resolution 11/2, para. 4\tInvites the Committee on Coastal Data to review the indicators\tOngoing\n",
    "| Source | Mandate | Progress made |\n|---|---|---|\n"
    "| Commission decision 11/101, paragraph 3 | Also requests the secretariat to prepare a study | Under way |\n"
    "| Commission resolution 11/2, paragraph 4 | Further invites the Committee on Coastal Data to review the indicators | Done |\n",
]


@pytest.mark.parametrize("table", TABLES)
def test_follow_up_rows(table: str) -> None:
    text = INTRO + table
    assert (DEC, SECRETARIAT) in facts(text, "requests")
    assert (RES, COMMITTEE) in facts(text, "invites") | facts(text, "encourages")
    assert {(NOTE_SYMBOL, DEC), (NOTE_SYMBOL, RES)} <= facts(text, "mentions")


@pytest.mark.parametrize("table", [
    # a table of documents names no request column
    "| Symbol | Title | Status |\n|---|---|---|\n| E/CN.21/2032/5 | Requests the secretariat to prepare a study | Issued |\n",
    # a row that does not open with an instrument quotes no instrument's words
    "| Decision | Request | Action taken |\n|---|---|---|\n| Coastal data | Requests the secretariat to prepare a study (decision 11/101) | Done |\n",
    # what was done, told in the past, is no mandate of the instrument
    "| Decision | Request | Action taken |\n|---|---|---|\n| Decision 11/101, para. 3 | Study on coastal data | The Bureau requested the secretariat to prepare it |\n",
])
def test_no_mandate_from_other_rows(table: str) -> None:
    assert (DEC, SECRETARIAT) not in facts(INTRO + table, "requests")


def test_text_after_the_table_is_not_a_row() -> None:
    table = TABLES[0] + "\n2. The Commission requests the secretariat to report on decision 11/101 at its fourteenth session.\n"
    assert (DEC, SECRETARIAT) in facts(INTRO + table, "requests")  # from the row
    text = INTRO + "| Decision | Request | Action taken |\n|---|---|---|\n\n2. Decision 11/101 is recalled. Requests for data are sent to the secretariat.\n"
    assert (DEC, SECRETARIAT) not in facts(text, "requests")


OWN_MANDATE = [
    "This report is presented in response to Commission resolution 11/2.",
    "This report is presented in response to paragraph 4 of resolution 11/2.",
    "The present report is presented pursuant to resolution 11/2.",
    "This note is submitted in pursuance of Commission resolution 11/2.",
    "The present report, as mandated by Commission resolution 11/2, reviews progress made.",
    "The present note, in line with the request contained in Commission resolution 11/2, sets out the replies received.",
]


@pytest.mark.parametrize("paragraph", OWN_MANDATE)
def test_own_mandate(paragraph: str) -> None:
    assert (NOTE_SYMBOL, RES) in facts(in_note(paragraph), "pursuantTo")


@pytest.mark.parametrize("paragraph", [
    # a mandate of something else the note tells of
    "The report of the Committee on Coastal Data, as mandated by Commission resolution 11/2, reviews progress made.",
    "The present note describes the measures that States took in pursuance of Commission resolution 11/2.",
])
def test_no_own_mandate(paragraph: str) -> None:
    assert (NOTE_SYMBOL, RES) not in facts(in_note(paragraph), "pursuantTo")


NARRATED = [
    ("The Commission, in paragraph 4 of its resolution 11/2, requested the Executive Secretary to prepare a report.", RES, ES),
    ("The Commission, in paragraph 4 of resolution 11/2, requested the Executive Secretary to prepare a report.", RES, ES),
    ("Commission resolution 11/2 requested the Executive Secretary to prepare a report.", RES, ES),
    ("Resolution 11/2 also invited the Committee on Coastal Data to review the indicators.", RES, COMMITTEE),
    ("Resolution 11/2 requested the Executive Secretary to report on the implementation of decision 11/101.", RES, ES),
]


@pytest.mark.parametrize("paragraph, instrument, body", NARRATED)
def test_instrument_told_of(paragraph: str, instrument: str, body: str) -> None:
    text = in_note(paragraph)
    assert (instrument, body) in facts(text, "requests") | facts(text, "invites") | facts(text, "encourages")


@pytest.mark.parametrize("paragraph, body", [
    # two instruments, each with a verb: which verb is whose is not told by an opening
    ("Commission resolution 11/2 requested the Executive Secretary to prepare a report, and Commission decision 11/101 invited the Committee on Coastal Data to review it.", COMMITTEE),
    # an instrument that only welcomed something: another body's request after it
    ("Commission resolution 11/2 welcomed the report, and the Committee on Coastal Data requested the Executive Secretary to prepare another.", ES),
])
def test_instrument_told_of_not_the_actor(paragraph: str, body: str) -> None:
    text = in_note(paragraph)
    assert (RES, body) not in facts(text, "requests") | facts(text, "invites") | facts(text, "encourages")


def test_a_report_transmitted_goes_to_the_notes_session_not_the_one_reported_on() -> None:
    paragraph = ("The Secretariat has the honour to transmit to the Commission the report of the Working Group on "
                 "Early Warning Systems on its third meeting (E/CN.21/2032/6).")
    text = in_note(paragraph)
    assert ("E/CN.21/2032/6", "ccr#13") in facts(text, "submittedTo")
    assert ("E/CN.21/2032/6", "ccr/wg-early-warning#3") not in facts(text, "submittedTo")
    assert ("E/CN.21/2032/6", "ccr/wg-early-warning#3") in facts(text, "reportOf")

"""A Main Committee's report whose reference data names no gathering term, and a note listing the
documents prepared for a session with their mandates (E259).

A Main Committee's report to the plenary ("Report of the Sixth Committee") tells the Committee's
numbered meetings ("at its 3rd to 5th meetings", "at the 12th and 15th meetings, on 2 and 9
November"); reference data written with the Committee's name and symbols only left them to no body
(`meeting_reporters`). A note on the status of documentation ("The present note lists the documents
prepared for the thirteenth session …, with the mandate under which each was prepared") sets its
documents in a table whose rows give the symbol, the title and mandate, and the status: each row's
document went to the session and was prepared pursuant to the instrument its cell names, except a
row withdrawn and a draft (`relate.Reader.prepared_row`). A note marked "*" under the text is the
masthead's ("Item 3 of the provisional agenda*"), no note of the sentence just before it.

Near misses: a report by no committee (the Secretary-General's), a committee that adopts
instruments of its own, the Assembly's "plenary meeting", a Main Committee's draft resolution "before"
its meeting (no fact: E176), a table of documents no sentence says were prepared for a session, a
list that names no mandates."""

from __future__ import annotations

from pathlib import Path

import pytest

from .phrasing import extracted_with

REFERENCE = Path(__file__).resolve().parents[1] / "data" / "main_committees_without_terms.ttl"
facts = extracted_with(REFERENCE)


def of(text: str, relation: str) -> set[tuple[str, str]]:
    return {(s, o) for r, s, o in facts(text) if r == relation}


# -- a Main Committee's numbered meetings -----------------------------------------------------

# Word's text: tabs after the masthead's cells and the paragraph numbers
SIXTH_TABS = (
    "United Nations\tA/90/512\nGeneral Assembly\tDistr.: General\n\t30 November 2035\n\n"
    "Ninetieth session\nAgenda item 81\nResponsibility of States for internationally wrongful acts\n\n"
    "Report of the Sixth Committee\nRapporteur: Ms. Ana Varela (Uruguay)\n\nI.\tIntroduction\n{body}\n"
)
# raw pdftotext: one item a line, the title's note marked with a star, lines broken at the width
FIRST_RAW = (
    "United Nations A/90/430/Add.1\nGeneral Assembly Distr.: General\n2 December 2035\nOriginal: English\n"
    "Ninetieth session\nAgenda item 99 (a)\nGeneral and complete disarmament: regional\ndisarmament\n"
    "Report of the First Committee*\nRapporteur: Mr. Idris Kamara (Sierra Leone)\nI. Introduction\n{body}\n"
)


@pytest.mark.parametrize(
    ("frame", "body", "committee", "meetings", "days"),
    [
        (SIXTH_TABS, "1.\tThe Sixth Committee considered the item at its 3rd to 5th meetings, from 6 to 8 October 2035.\n",
         "ga/sixth-committee", {3, 4, 5}, set()),
        (SIXTH_TABS, "1.\tAction on the item was taken at the 12th and 15th meetings, on 2 and 9 November 2035.\n",
         "ga/sixth-committee", {12, 15}, {(12, "2035-11-02"), (15, "2035-11-09")}),
        (SIXTH_TABS, "1.\tThe Committee took action on the item at the 14th meeting, on 5 November 2035.\n",
         "ga/sixth-committee", {14}, {(14, "2035-11-05")}),
        (FIRST_RAW, "1. The First Committee held a general debate on the sub-item at its 2nd to 4th\nmeetings, "
         "from 9 to 11 October 2035. Action was taken at the 21st and 23rd meetings, on 1\nand 4 November 2035.\n",
         "ga/first-committee", {2, 3, 4, 21, 23}, {(21, "2035-11-01"), (23, "2035-11-04")}),
        (FIRST_RAW, "1. At the 21st meeting, on 1 November, the Committee adopted the draft decision\nwithout a vote.\n",
         "ga/first-committee", {21}, set()),
    ],
)
def test_a_committees_meetings_without_a_term_in_the_reference_data(frame, body, committee, meetings, days):
    text = frame.format(body=body)
    assert {(f"{committee}#{n}", committee) for n in meetings} <= of(text, "meetingOf")
    assert {(f"{committee}#{n}", day) for n, day in days} <= of(text, "heldOn")


@pytest.mark.parametrize(
    "text",
    [
        # the Assembly's plenary meeting, in the Committee's report
        SIXTH_TABS.format(body="1.\tThe Assembly allocated the item to the Committee at its 3rd plenary meeting, on 12 September 2035.\n"),
        # a report by no committee (the Secretary-General's)
        SIXTH_TABS.replace("Report of the Sixth Committee", "Report of the Secretary-General").format(
            body="1.\tThe Sixth Committee considered the matter at its 3rd to 5th meetings, from 6 to 8 October 2035.\n"
        ),
    ],
    ids=["plenary-meeting", "no-committees-report"],
)
def test_no_committees_meeting(text):
    assert not any(g.startswith("ga/sixth-committee#") for g, _ in of(text, "meetingOf"))


def test_a_committee_adopting_its_own_instruments_keeps_its_reference_data():
    text = (
        "E/CN.21/2032/7\nEconomic and Social Council\nDistr.: General\n2 May 2032\n\n"
        "Commission on Coastal Resilience\nThirteenth session\n\nReport of the Harbour Committee\n\n"
        "1. The Committee met at its 3rd to 5th meetings, from 6 to 8 April 2032.\n"
    )
    assert not any(g.startswith("ccr/harbour-committee#") for g, _ in of(text, "meetingOf"))


def test_a_committees_draft_before_its_meeting_still_carries_no_fact():
    body = (
        "1.\tAt the 14th meeting, on 5 November, the representative of Chile introduced a draft resolution entitled "
        "\"Responsibility of States\" (A/C.6/90/L.11).\n"
        "2.\tAt the 15th meeting, on 9 November, the Committee had before it a revised draft resolution (A/C.6/90/L.11/Rev.1).\n"
    )
    submitted = {s for s, _ in of(SIXTH_TABS.format(body=body), "submittedTo")}
    assert not submitted & {"A/C.6/90/L.11", "A/C.6/90/L.11/Rev.1"}


# -- a note listing the documents prepared for a session ---------------------------------------

NOTE_HEAD = (
    "United Nations E/CN.21/2032/INF/1\nEconomic and Social Council Distr.: General\n20 February 2032\n\n"
    "Commission on Coastal Resilience\nThirteenth session\nGeneva, 10–14 March 2032\n"
    "Item 3 of the provisional agenda*\n\nStatus of documentation for the thirteenth session\n\nNote by the Secretariat\n\n"
)
# pdftotext -layout: three columns, the middle one wrapped over lines
LAYOUT_TABLE = (
    "Symbol                 Title and mandate                         Status\n"
    "______________________________________________________________________\n"
    "Item 3\n"
    "E/CN.21/2032/2         Report of the Secretary-General on        Issued\n"
    "                       coastal early warning. General Assembly\n"
    "                       resolution 86/120, para. 7\n"
    "E/CN.21/2032/3         Report of the Working Group on Early      Issued\n"
    "                       Warning Systems on its third meeting\n"
    "                       (Bonn, 4–5 November 2031). Commission\n"
    "                       resolution 12/1, para. 3\n"
    "E/CN.21/2032/5         Note by the Secretariat on tide gauges.   Withdrawn\n"
    "                       Council decision 2031/240\n"
    "E/CN.21/2032/L.1       Draft report of the Commission on its     To be\n"
    "                       thirteenth session                        issued\n\n"
)
# Word's text: one row a line, tabs between the cells
TAB_TABLE = (
    "Symbol\tTitle and mandate\tStatus\n"
    "E/CN.21/2032/2\tReport of the Secretary-General on coastal early warning. General Assembly resolution 86/120, para. 7\tIssued\n"
    "E/CN.21/2032/3\tReport of the Working Group on Early Warning Systems on its third meeting (Bonn, 4–5 November 2031). "
    "Commission resolution 12/1, para. 3\tIssued\n"
    "E/CN.21/2032/5\tNote by the Secretariat on tide gauges. Council decision 2031/240\tWithdrawn\n"
    "E/CN.21/2032/L.1\tDraft report of the Commission on its thirteenth session\tTo be issued\n\n"
)
LISTS = "1. The present note lists the documents prepared for the thirteenth session of the Commission, with the mandate under which each was prepared.\n\n"
LISTS_PAST = (
    "1. The present note lists all the documents issued for the thirteenth session of the Commission and the mandates under which they were prepared, "
    "as at 20 February 2032.\n\n2. The provisional agenda was approved by the Council.\n\n"
)
AFTER = "3. The report of the Commission on its twelfth session was issued as E/2031/31.\n\n__________________\n* E/CN.21/2032/1.\n"


@pytest.mark.parametrize("table", [LAYOUT_TABLE, TAB_TABLE], ids=["layout", "tabs"])
@pytest.mark.parametrize("lists", [LISTS, LISTS_PAST], ids=["present", "all-issued"])
def test_documents_prepared_for_a_session_with_their_mandates(table, lists):
    text = NOTE_HEAD + lists + table + AFTER
    submitted = of(text, "submittedTo")
    assert {("E/CN.21/2032/2", "ccr#13"), ("E/CN.21/2032/3", "ccr#13")} <= submitted
    assert {("E/CN.21/2032/2", "ga/res/86/120"), ("E/CN.21/2032/3", "ccr/res/12/1")} <= of(text, "pursuantTo")
    # the withdrawn row and the draft report went to no session
    assert not {s for s, _ in submitted} & {"E/CN.21/2032/5", "E/CN.21/2032/L.1"}
    # the title's meeting, where and when it was held
    assert ("ccr/wg-early-warning#3", "Bonn") in of(text, "heldIn")
    assert ("ccr/wg-early-warning#3", "2031-11-04/2031-11-05") in of(text, "heldOn")


def test_a_starred_note_is_the_mastheads():
    text = NOTE_HEAD + LISTS + TAB_TABLE + AFTER
    assert not any(s == "E/CN.21/2032/1" for s, _ in of(text, "reportOf"))


def test_no_session_for_a_table_no_sentence_says_was_prepared_for_it():
    text = NOTE_HEAD + "1. The Commission may wish to consider the following documents issued since its twelfth session.\n\n" + TAB_TABLE + AFTER
    assert not {s for s, _ in of(text, "pursuantTo")} & {"E/CN.21/2032/2", "E/CN.21/2032/3"}
    assert not {s for s, _ in of(text, "submittedTo")} & {"E/CN.21/2032/2", "E/CN.21/2032/3"}


def test_a_list_naming_no_mandates_gives_none():
    text = NOTE_HEAD + "1. The present note lists the documents prepared for the thirteenth session of the Commission.\n\n" + (
        "Symbol\tTitle\tStatus\n"
        "E/CN.21/2032/2\tReport of the Secretary-General on coastal early warning (General Assembly resolution 86/120)\tIssued\n\n"
    ) + AFTER
    assert ("E/CN.21/2032/2", "ccr#13") in of(text, "submittedTo")
    assert ("E/CN.21/2032/2", "ga/res/86/120") not in of(text, "pursuantTo")

"""submittedTo from a timetable's (or an agenda's) table: under a header with a "Documents"
("Documentation", "Document symbols") column beside the agenda items or subjects, every symbol of
that column is before the session the document is for, rows with empty leading cells included
(the day or the meeting runs on from the row above), a cell of several symbols each
(`relate.documents_column_row`, `rules/documents.documents_column`). The draft of the session's
own report ("E/CN.21/2032/L.1 (draft)") is distributed during the session: not submitted, but the
one document of the item "Adoption of the report" is the session's report.
A list of documents under a heading "Information documents before the session" is the session's
too, as "Documents before the Commission at its twelfth session" names its session.

Negative cases: a table with a documents column but no agenda item or subject (a list of side
events), a document for no session, a table that ends before the text below it."""

from __future__ import annotations

import pytest

from tests.extract.phrasing import NOTE, facts

TIMETABLES = [
    (
        "Date\tTime\tMeeting\tAgenda item\tSubject\tDocuments",
        [
            "Monday, 8 March 2032\t10.00–13.00\t1st meeting\t1\tAdoption of the agenda\tE/CN.21/2032/1",
            "\t\t\t2\tReport of the Committee on Coastal Data\tE/CN.21/CD/2032/3",
            "\t15.00–18.00\t2nd meeting\t3\tEarly warning\tE/CN.21/2032/4; E/CN.21/2032/4/Add.1",
            "Friday, 12 March 2032\t10.00–13.00\t9th meeting\t8\tAdoption of the report\tE/CN.21/2032/L.1 (draft)",
        ],
    ),
    (
        "Item\tTitle\tDocumentation",
        [
            "1\tAdoption of the agenda\tE/CN.21/2032/1",
            "2\tReport of the Committee on Coastal Data\tE/CN.21/CD/2032/3",
            "3\tEarly warning\tE/CN.21/2032/4, E/CN.21/2032/4/Add.1",
            "8\tAdoption of the report\tE/CN.21/2032/L.1 (Draft)",
        ],
    ),
    (
        "| Agenda item | Subject | Documents |\n|---|---|---|",
        [
            "| 1 | Adoption of the agenda | E/CN.21/2032/1 |",
            "| 2 | Report of the Committee on Coastal Data | E/CN.21/CD/2032/3 |",
            "| 3 | Early warning | E/CN.21/2032/4 and E/CN.21/2032/4/Add.1 |",
            "| 8 | Adoption of the report | E/CN.21/2032/L.1 (draft) |",
        ],
    ),
]


def note_with(header: str, rows: list[str], heading: str = "Provisional timetable") -> str:
    return NOTE + "1. The timetable below is proposed.\n\n" + heading + "\n\n" + header + "\n" + "\n".join(rows) + "\n\nThe schedule may change.\n"


@pytest.mark.parametrize("header, rows", TIMETABLES)
def test_the_documents_column_is_before_the_session(header: str, rows: list[str]) -> None:
    found = facts(note_with(header, rows), "submittedTo")
    for doc in ("E/CN.21/2032/1", "E/CN.21/CD/2032/3", "E/CN.21/2032/4", "E/CN.21/2032/4/Add.1"):
        assert (doc, "ccr#13") in found
    assert not {f for f in found if f[0] == "E/CN.21/2032/L.1"}


def test_side_events_with_documents_are_not_the_agenda() -> None:
    rows = ["Monday\t13.15\tLaunch of the outlook\tE/CN.21/2032/CRP.7", "Tuesday\t13.15\tData fair\tE/CN.21/2032/CRP.8"]
    found = facts(note_with("Date\tTime\tEvent\tDocuments", rows, "Side events"), "submittedTo")
    assert not {f for f in found if f[0].startswith("E/CN.21/2032/CRP")}


def test_a_document_for_no_session() -> None:
    text = (
        "Commission on Coastal Resilience\n\nWork plan 2032\n\n"
        "Agenda item\tSubject\tDocuments\n1\tEarly warning\tE/CN.21/2032/9\n2\tData\tE/CN.21/2032/10\n"
    )
    assert not {f for f in facts(text, "submittedTo") if f[0] in ("E/CN.21/2032/9", "E/CN.21/2032/10")}


@pytest.mark.parametrize("heading", ["Information documents before the session", "Documents before this session", "Documents before the session:"])
def test_information_documents_before_the_session(heading: str) -> None:
    rows = ["E/CN.21/2032/INF.1\tProvisional list of participants", "E/CN.21/2032/INF.2\tStatus of the trust fund"]
    found = facts(note_with("Symbol\tTitle", rows, heading), "submittedTo")
    assert ("E/CN.21/2032/INF.1", "ccr#13") in found
    assert ("E/CN.21/2032/INF.2", "ccr#13") in found


def test_documents_issued_since_the_session_are_not_before_it() -> None:
    rows = ["E/CN.21/2032/INF.1\tProvisional list of participants", "E/CN.21/2032/INF.2\tStatus of the trust fund"]
    found = facts(note_with("Symbol\tTitle", rows, "Documents issued after the session"), "submittedTo")
    assert not {f for f in found if f[0].startswith("E/CN.21/2032/INF")}


_REPORT_HEAD = (
    "---\ntitle: Report of the Working Group on Early Warning Systems on its fourth meeting\n---\n\n"
    "**United Nations** **E/CN.21/WG.1/2031/4**\n\n"
    "# Report of the Working Group on Early Warning Systems on its fourth meeting (Bonn, 3–5 June 2031)\n\n"
    "# I. Organization of the meeting\n\n"
)


@pytest.mark.parametrize("lead", [
    "8.  The Working Group had before it the following documents:",
    "8. The Working Group had before it the following documents:",
])
@pytest.mark.parametrize("table", [
    "| Symbol | Title |\n|--------|-------|\n| E/CN.21/WG.1/2031/1 | Provisional agenda |\n| E/CN.21/WG.1/2031/2 | Note by the secretariat |",
    "Symbol\tTitle\nE/CN.21/WG.1/2031/1\tProvisional agenda\nE/CN.21/WG.1/2031/2\tNote by the secretariat",
])
def test_the_following_documents_set_as_a_table(lead: str, table: str) -> None:
    # a report whose title only a heading gives: its meeting is the one the documents went to
    text = _REPORT_HEAD + lead + "\n\n" + table + "\n\n9. The Working Group adopted its agenda.\n"
    found = facts(text, "submittedTo")
    assert ("E/CN.21/WG.1/2031/1", "ccr/wg-early-warning#4") in found
    assert ("E/CN.21/WG.1/2031/2", "ccr/wg-early-warning#4") in found


def test_a_table_after_other_text_is_no_list_of_documents() -> None:
    text = (
        _REPORT_HEAD + "8. The Working Group had before it the following documents:\n\n"
        "9. The Working Group adopted its agenda.\n\n"
        "| Symbol | Title |\n|--------|-------|\n| E/CN.21/WG.1/2031/7 | Publications of the year |\n"
    )
    assert not {f for f in facts(text, "submittedTo") if f[0] == "E/CN.21/WG.1/2031/7"}


@pytest.mark.parametrize("header, rows", TIMETABLES)
def test_the_report_adopted_under_its_item(header: str, rows: list[str]) -> None:
    # "Adoption of the report | E/CN.21/2032/L.1 (draft)": the report of the session
    assert ("E/CN.21/2032/L.1", "ccr#13") in facts(note_with(header, rows), "reportOf")


@pytest.mark.parametrize("row", [
    "8\tAdoption of the report of the Committee on Coastal Data\tE/CN.21/CD/2032/3",
    "8\tAdoption of the report\tE/CN.21/2032/L.1; E/CN.21/2032/L.1/Add.1",  # which one is not said
])
def test_no_report_of_the_session(row: str) -> None:
    found = facts(note_with("Item\tTitle\tDocumentation", ["1\tAdoption of the agenda\tE/CN.21/2032/1", row]), "reportOf")
    assert not {f for f in found if f[1] == "ccr#13"}

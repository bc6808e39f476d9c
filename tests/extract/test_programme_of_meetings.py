"""A day's programme of meetings, as the Journal of the United Nations prints it: a body's name,
its session, then each meeting's row ("3rd meeting   10:00-13:00   Conference Room 2") with its
agenda items and documents ("Documents: A/87/6 (Sect. 9); A/87/6 (Sect. 18)", or the reports
listed under an item). The documents are before that session; a heading of words alone
("Informal consultations", "Announcements") ends the session's part of the day. A fascicle of
the programme budget keeps its section or volume: "A/87/6 (Sect. 9)"."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols
from tests.extract.phrasing import facts

TOP = "Journal of the United Nations\nNo. 2032/88                                   Tuesday, 9 March 2032\n\nProgramme of meetings\n\nOfficial meetings\n\n"


def programme(session: str = "Thirteenth session", row: str = "2nd meeting                 10:00-13:00          Conference Room 4",
              documents: str = "         Documents: E/CN.21/2032/2; E/CN.21/2032/3") -> str:
    return TOP + (
        "Economic and Social Council\n\n"
        "Commission on Coastal Resilience\n" + session + "\n\n" + row + "\n"
        "  3. Early warning for coastal communities\n" + documents + "\n\n"
        "3rd meeting                 15:00-18:00          Conference Room 4\n"
        "  4. Coastal data\n"
        "         Report of the Secretary-General on coastal data and\n"
        "         observation networks (E/CN.21/2032/4)\n\n"
        "Informal consultations\n"
        "Commission on Coastal Resilience\n"
        "  Informal consultations on the draft resolution (closed)\n"
        "                            18:15-19:45          Conference Room 6\n"
        "         Background note (E/CN.21/2032/CRP.9)\n\n"
        "Announcements\n\nThe list of speakers closes on 10 March 2032 (see E/CN.21/2032/INF/1).\n"
    )


@pytest.mark.parametrize("session", ["Thirteenth session", "13th session"])
@pytest.mark.parametrize("documents", [
    "         Documents: E/CN.21/2032/2; E/CN.21/2032/3",
    "         Documents: E/CN.21/2032/2 and E/CN.21/2032/3",
    "         Document: E/CN.21/2032/2\n         Document: E/CN.21/2032/3",
])
def test_documents_under_the_sessions_meetings(session: str, documents: str) -> None:
    submitted = facts(programme(session=session, documents=documents), "submittedTo")
    assert {("E/CN.21/2032/2", "ccr#13"), ("E/CN.21/2032/3", "ccr#13"), ("E/CN.21/2032/4", "ccr#13")} <= submitted
    # after "Informal consultations" and in the announcements: no longer the session's programme
    assert not any(d in ("E/CN.21/2032/CRP.9", "E/CN.21/2032/INF/1") for d, _ in submitted)


def test_no_meeting_row_no_programme() -> None:
    # a masthead's "Commission ..." / "Thirteenth session" over a date line: no programme of meetings
    text = programme(row="New York, 8-12 March 2032")
    assert ("E/CN.21/2032/4", "ccr#13") not in facts(text, "submittedTo")


@pytest.mark.parametrize(("text", "symbol"), [
    ("Documents: A/87/6 (Sect. 9); A/87/6 (Sect. 18)", "A/87/6 (Sect. 9)"),
    ("the fascicle A/86/6 (Vol. 2) covers", "A/86/6 (Vol. 2)"),
    ("the report (A/86/6 (Sect. 29A)) is", "A/86/6 (Sect. 29A)"),
    ("the fascicle A/86/6(Sect.3) covers", "A/86/6 (Sect.3)"),
])
def test_a_fascicle_keeps_its_section(text: str, symbol: str) -> None:
    assert find_symbols(text)[0].symbols == (symbol,)


def test_other_brackets_stay_out_of_the_symbol() -> None:
    assert find_symbols("the report (A/87/77) (see annex)")[0].symbols == ("A/87/77",)
    assert find_symbols("A/87/6 (Section 9 of the budget)")[0].symbols == ("A/87/6",)

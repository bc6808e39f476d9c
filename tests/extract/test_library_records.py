"""The catalogue record a digital library prints above an instrument's text, a field a row
("Session<tab>...", "Adopted<tab>...", "Date of adoption<tab>..."): the session that adopted the
instrument, where and when it met, and the day of adoption.

Bodies (the Global Ocean Agency's General Conference of tests/extract/
test_single_instrument_documents.py) and texts are invented.
"""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry, load_registry
from mandate_graph.graph.settings import DEFAULT_BASE_IRI
from mandate_graph.loaders.extract.rules.records import place_and_dates, record_field
from mandate_graph.loaders.facts import DateRange
from tests.extract.test_single_instrument_documents import BODIES
from tests.support.extraction import facts


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    path = tmp_path_factory.mktemp("bodies") / "bodies.ttl"
    path.write_text(BODIES, encoding="utf-8")
    return load_registry(DEFAULT_BASE_IRI, [path])


OWN = InstrumentRef("goa/gc", "resolution", "41", "7")
SESSION = GatheringRef("goa/gc", "session", 41)


def _page(rows: str) -> str:
    return (
        "Ocean Library\nHome › Governing bodies › 41st session\n\n"
        "GOA(41)/RES/7\nOcean observation networks and the data they share with one another\n\n"
        f"Share\tPrint\tCite\n\n{rows}\n\n"
        "Text of the resolution\n\nThe General Conference,\n\n1. Invites the Board of Directors to report;\n"
    )


@pytest.mark.parametrize(
    ("rows", "place", "dates"),
    [
        (
            "Document code\tGOA(41)/RES/7\nSession\t41st session of the General Conference, Lisbon, 3–14 October 2031\n"
            "Adopted\tOn the report of the Programme Commission, at the 9th plenary meeting, on 12 October 2031",
            "Lisbon", DateRange(dt.date(2031, 10, 3), dt.date(2031, 10, 14)),
        ),
        (
            "Session\tforty-first session of the General Conference, held in Nairobi from 3 to 14 October 2031\n"
            "Date of adoption\t12 October 2031",
            "Nairobi", DateRange(dt.date(2031, 10, 3), dt.date(2031, 10, 14)),
        ),
    ],
)
def test_the_record_says_which_session_adopted_the_text_and_when(
    registry: BodyRegistry, rows: str, place: str, dates: DateRange
) -> None:
    text = _page(rows)
    assert facts(text, registry, "adoptedAt") == {(OWN, SESSION)}
    assert facts(text, registry, "adoptedOn") == {(OWN, dt.date(2031, 10, 12))}
    assert (SESSION, BodyRef("goa/gc")) in facts(text, registry, "meetingOf")
    assert facts(text, registry, "heldIn") == {(SESSION, place)}
    assert facts(text, registry, "heldOn") == {(SESSION, dates)}


def test_a_record_of_another_bodys_session_is_not_the_adopting_one(registry: BodyRegistry) -> None:
    text = _page("Session\t12th session of the Board of Directors, Lisbon, 3–4 October 2031")
    assert facts(text, registry, "adoptedAt") == set()


@pytest.mark.parametrize(
    ("row", "field"),
    [
        ("Session\t41st session", "session"),
        ("Adopted\tat the 9th plenary meeting", "adoption"),
        ("Date of adoption\t12 October 2031", "adoption"),
        ("Language\tEnglish", None),
        ("Sessions of the Board were held twice.", None),
    ],
)
def test_the_fields_read_are_named_by_the_library(row: str, field: str | None) -> None:
    found = record_field(row)
    assert (found.name if found else None) == field


def test_place_and_dates_after_a_session() -> None:
    assert place_and_dates(", Samarkand, 30 October–13 November 2025") == ("Samarkand", "30 October–13 November 2025")
    assert place_and_dates(", Conference Room 4") == (None, None)


@pytest.mark.parametrize(
    ("rows", "place", "dates"),
    [
        (
            "Session\tforty-first session of the General Conference\nVenue\tCartagena de Indias, Colombia\n"
            "Dates\t27–31 October 2031",
            "Cartagena de Indias", DateRange(dt.date(2031, 10, 27), dt.date(2031, 10, 31)),
        ),
        (
            "Session\t41st session of the General Conference\nPlace\tLisbon\nDates\t3–14 October 2031",
            "Lisbon", DateRange(dt.date(2031, 10, 3), dt.date(2031, 10, 14)),
        ),
    ],
)
def test_venue_and_dates_fields_say_where_and_when_the_session_met(
    registry: BodyRegistry, rows: str, place: str, dates: DateRange
) -> None:
    assert facts(_page(rows), registry, "heldIn") == {(SESSION, place)}
    assert facts(_page(rows), registry, "heldOn") == {(SESSION, dates)}


@pytest.mark.parametrize(
    "rows",
    [
        # no session field: a venue and dates of nothing named
        "Venue\tLisbon\nDates\t3–14 October 2031",
        # a venue that is no place, a date that is the record's own
        "Session\t41st session of the General Conference\nVenue\tto be confirmed\nDate\t3 October 2031",
    ],
)
def test_venue_and_dates_without_their_session_say_nothing(registry: BodyRegistry, rows: str) -> None:
    assert facts(_page(rows), registry, "heldIn") == set()
    assert facts(_page(rows), registry, "heldOn") == set()

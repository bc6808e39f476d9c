"""A calendar export (iCalendar, RFC 5545) reads as its events: folded lines unfolded, escapes
undone, each event's SUMMARY a heading over "Dates" / "Venue" rows and its DESCRIPTION's
paragraphs, whatever the order of its properties (`loaders/extract/calendars.py`); the event's
dates and place are those of the gathering its heading names, and "the session" under it is that
one (`rules/calendar_events.py`). Invented bodies, numbers, places, widths and line ends."""

from __future__ import annotations

import datetime as dt

import pytest

from mandate_graph.graph.model import BodyRef, DocumentRef, GatheringRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.calendars import calendar_layout
from mandate_graph.loaders.extract.export_layouts import unwrap_export
from mandate_graph.loaders.facts import DateRange
from tests.extract.reference_data import registry_from_turtle

BODIES = """@prefix mg:   <https://w3id.org/mandate-graph/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix org:  <http://www.w3.org/ns/org#> .
<body/tidal-council> a mg:Body ; mg:key "tidal-council" ;
    skos:prefLabel "Council of the Tidal Basins Organization"@en ; mg:shortName "Council" ;
    mg:symbolPrefix "TBO/C" ; mg:gatheringTerm "session" ; mg:issuesInstruments true .
<body/tidal-council/estuary-board> a mg:Body ; mg:key "tidal-council/estuary-board" ;
    skos:prefLabel "Board of Experts on Estuary Dredging"@en ; skos:altLabel "BEED"@en ;
    mg:shortName "Board" ; mg:symbolPrefix "TBO/C/BEED" ; mg:gatheringTerm "session" ;
    org:subOrganizationOf <body/tidal-council> .
<body/tidal-council/sediment-unit> a mg:Body ; mg:key "tidal-council/sediment-unit" ;
    skos:prefLabel "Sediment Monitoring Unit"@en ; org:subOrganizationOf <body/tidal-council> .
"""

BOARD = "tidal-council/estuary-board"
SESSION_14 = GatheringRef(BOARD, "session", 14)
SESSION_15 = GatheringRef(BOARD, "session", 15)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _escaped(text: str) -> str:
    return text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;").replace("\n", "\\n")


def _fold(line: str, width: int, between_words: bool) -> list[str]:
    """A property line folded as a writer does: at a fixed width (cutting words), or at the last
    space before the width, the space replaced by the fold."""
    if len(line) <= width:
        return [line]
    if not between_words:
        lines = [line[:width]]
        rest = line[width:]
        while rest:
            lines.append(" " + rest[: width - 1])
            rest = rest[width - 1 :]
        return lines
    lines = []
    while len(line) > width:
        cut = line.rfind(" ", 0, width)
        if cut <= 0:
            cut = width
        lines.append(line[:cut])
        line = " " + line[cut + 1 :] if line[cut : cut + 1] == " " else " " + line[cut:]
    lines.append(line)
    return lines


def _event(properties: list[tuple[str, str]], width: int, between_words: bool) -> list[str]:
    lines = ["BEGIN:VEVENT"]
    for name, value in properties:
        lines.extend(_fold(f"{name}:{value}", width, between_words))
    lines.append("END:VEVENT")
    return lines


def _calendar(events: list[list[tuple[str, str]]], *, width: int = 75, between_words: bool = False, crlf: bool = True) -> str:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Tidal Basins//Meetings 1.0//EN", "X-WR-CALNAME:BEED - meetings"]
    for event in events:
        lines.extend(_event(event, width, between_words))
    lines.append("END:VCALENDAR")
    return ("\r\n" if crlf else "\n").join(lines) + ("\r\n" if crlf else "\n")


FOURTEENTH = [
    ("UID", "beed-14@tidal.example.org"),
    ("DTSTAMP", "20400101T090000Z"),
    ("DTSTART;VALUE=DATE", "20390302"),
    ("DTEND;VALUE=DATE", "20390307"),
    ("SUMMARY", _escaped("BEED-14: Board of Experts on Estuary Dredging, fourteenth session")),
    ("LOCATION", _escaped("Tidal House, Meeting Room B, Rotterdam")),
    (
        "DESCRIPTION",
        _escaped(
            "Fourteenth session of the Board of Experts on Estuary Dredging.\n"
            "Documents before the session: provisional agenda (TBO/C/BEED/2039/1); note on silt budgets (TBO/C/BEED/2039/2).\n"
            "The report on the session will be issued as TBO/C/2039/7."
        ),
    ),
    ("STATUS", "CONFIRMED"),
]
FIFTEENTH = [
    ("SUMMARY", _escaped("Board of Experts on Estuary Dredging, 15th session")),
    ("DESCRIPTION", _escaped("Report of the session: TBO/C/2040/9.")),
    ("LOCATION", _escaped("Hamburg, Germany")),
    ("DTEND", "20400314T170000Z"),
    ("DTSTART", "20400312T090000Z"),
    ("UID", "beed-15@tidal.example.org"),
]


@pytest.mark.parametrize("width", [75, 60, 44])
@pytest.mark.parametrize("between_words", [False, True])
@pytest.mark.parametrize("crlf", [True, False])
def test_events_read_as_headings_rows_and_paragraphs(width: int, between_words: bool, crlf: bool) -> None:
    text = _calendar([FOURTEENTH, FIFTEENTH], width=width, between_words=between_words, crlf=crlf)
    laid_out, offsets = unwrap_export(text)
    assert offsets is not None and len(offsets) == len(laid_out) + 1
    paragraphs = laid_out.strip().split("\n\n")
    assert paragraphs[:4] == [
        "BEED - meetings",
        "BEED-14: Board of Experts on Estuary Dredging, fourteenth session",
        "Dates\t2 to 6 March 2039",
        "Venue\tTidal House, Meeting Room B, Rotterdam",
    ]
    assert "Documents before the session: provisional agenda (TBO/C/BEED/2039/1); note on silt budgets (TBO/C/BEED/2039/2)." in paragraphs
    # the second event's properties came in another order: the heading first, its rows, its text
    at = paragraphs.index("Board of Experts on Estuary Dredging, 15th session")
    assert paragraphs[at + 1 : at + 4] == ["Dates\t12 to 14 March 2040", "Venue\tHamburg, Germany", "Report of the session: TBO/C/2040/9."]
    assert "UID" not in laid_out and "DTSTAMP" not in laid_out and "\\" not in laid_out
    # every word of a heading or a description stands where its offset points in the file
    for word in ("Rotterdam", "silt", "budgets", "Hamburg"):
        at = laid_out.index(word)
        assert text[offsets[at]] == word[0]


def test_a_row_points_at_the_properties_it_was_made_of() -> None:
    text = _calendar([FOURTEENTH], crlf=False)
    laid_out, offsets = unwrap_export(text)
    assert offsets is not None
    row = laid_out.index("Dates\t")
    lines = text.split("\n")
    first = text.count("\n", 0, offsets[row]) + 1
    last = text.count("\n", 0, offsets[laid_out.index("\n", row) - 1]) + 1
    assert lines[first - 1].startswith("DTSTART") and lines[last - 1].startswith("DTEND")


@pytest.mark.parametrize(
    ("start", "end", "row"),
    [
        ("DTSTART;VALUE=DATE:20391230", "DTEND;VALUE=DATE:20400103", "30 December 2039 to 2 January 2040"),
        ("DTSTART;VALUE=DATE:20390430", "DTEND;VALUE=DATE:20390502", "30 April to 1 May 2039"),
        ("DTSTART;VALUE=DATE:20390430", "DTEND;VALUE=DATE:20390501", "30 April 2039"),
        ("DTSTART;TZID=Europe/Berlin:20390430T100000", "DTEND;TZID=Europe/Berlin:20390430T130000", "30 April 2039"),
        ("DTSTART:20390430T100000Z", "DURATION:P2DT4H", "30 April to 2 May 2039"),
        ("DTSTART;VALUE=DATE:20390430", "", "30 April 2039"),
    ],
)
def test_the_days_an_event_spans(start: str, end: str, row: str) -> None:
    lines = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", start, *([end] if end else []), "SUMMARY:Board of Experts on Estuary Dredging\\, 9th session", "END:VEVENT", "END:VCALENDAR"]
    laid_out = calendar_layout("\n".join(lines) + "\n")
    assert laid_out is not None
    assert f"Dates\t{row}" in laid_out[0]


def test_a_cancelled_event_gives_no_dates_and_an_alarm_no_text() -> None:
    lines = [
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20390430", "LOCATION:Rotterdam",
        "SUMMARY:Board of Experts on Estuary Dredging\\, 9th session", "STATUS:CANCELLED",
        "BEGIN:VALARM", "ACTION:DISPLAY", "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT", "END:VCALENDAR",
    ]
    laid_out = calendar_layout("\n".join(lines))
    assert laid_out is not None
    assert "Dates" not in laid_out[0] and "Venue" not in laid_out[0] and "Reminder" not in laid_out[0]


def test_an_event_without_a_summary_gives_its_text_but_no_rows() -> None:
    lines = [
        "BEGIN:VCALENDAR", "BEGIN:VEVENT", "DTSTART;VALUE=DATE:20390430", "LOCATION:Rotterdam",
        "DESCRIPTION:Informal briefing on silt budgets.", "END:VEVENT", "END:VCALENDAR",
    ]
    laid_out = calendar_layout("\r\n".join(lines))
    assert laid_out is not None
    assert laid_out[0].strip() == "Informal briefing on silt budgets."


def test_texts_that_are_no_calendar_are_left_alone() -> None:
    for text in (
        "BEGIN:VEVENT is how a calendar opens an event.\nThe Board met in Rotterdam.\n",
        "The Board adopted decision 14/2.\n\nSUMMARY: the Board met.\n",
    ):
        assert calendar_layout(text) is None


def test_the_events_date_and_place_the_sessions_their_headings_name(registry: BodyRegistry) -> None:
    for between_words in (False, True):
        text = _calendar([FOURTEENTH, FIFTEENTH], width=60, between_words=between_words)
        facts = {(f.subject, f.relation, f.object) for f in extract(text, source_key="cal", registry=registry).facts}
        assert (SESSION_14, "heldOn", DateRange(dt.date(2039, 3, 2), dt.date(2039, 3, 6))) in facts
        assert (SESSION_14, "heldIn", "Rotterdam") in facts
        assert (SESSION_15, "heldOn", DateRange(dt.date(2040, 3, 12), dt.date(2040, 3, 14))) in facts
        assert (SESSION_15, "heldIn", "Hamburg") in facts
        assert (SESSION_15, "meetingOf", BodyRef(BOARD)) in facts
        # "the session" under an event's heading is that event's session
        assert (DocumentRef(symbols=("TBO/C/BEED/2039/1",)), "submittedTo", SESSION_14) in facts
        assert (DocumentRef(symbols=("TBO/C/BEED/2039/2",)), "submittedTo", SESSION_14) in facts
        assert (DocumentRef(symbols=("TBO/C/2039/7",)), "reportOf", SESSION_14) in facts
        assert (DocumentRef(symbols=("TBO/C/2040/9",)), "reportOf", SESSION_15) in facts
        assert not any(s == DocumentRef(symbols=("TBO/C/2040/9",)) and o == SESSION_14 for s, _, o in facts)


def test_an_event_without_a_session_in_its_heading_dates_nothing(registry: BodyRegistry) -> None:
    workshop = [
        ("DTSTART;VALUE=DATE", "20390601"),
        ("DTEND;VALUE=DATE", "20390603"),
        ("SUMMARY", _escaped("Workshop on dredging permits")),
        ("LOCATION", _escaped("Antwerp, Belgium")),
    ]
    text = _calendar([workshop, FOURTEENTH])
    facts = extract(text, source_key="cal", registry=registry).facts
    assert not any(f.relation in ("heldIn", "heldOn") and f.object in ("Antwerp", DateRange(dt.date(2039, 6, 1), dt.date(2039, 6, 2))) for f in facts)


def test_a_group_the_description_creates_is_dated_by_its_heading(registry: BodyRegistry) -> None:
    group_meeting = [
        ("DTSTART;VALUE=DATE", "20390910"),
        ("DTEND;VALUE=DATE", "20390912"),
        ("SUMMARY", _escaped("Expert group on silt disposal standards - third meeting")),
        (
            "DESCRIPTION",
            _escaped(
                "The Council, in paragraph 4 of resolution 2038/7, decided to establish an expert group of seven members "
                "of the Board on silt disposal standards.\nThird meeting of the expert group. Its second meeting was held in "
                "Bremen on 3-4.06.2039."
            ),
        ),
    ]
    text = _calendar([[("SUMMARY", "Council of the Tidal Basins Organization\\, note"), ("DESCRIPTION", "The Council of the Tidal Basins Organization adopted resolution 2038/7.")], group_meeting])
    extraction = extract(text, source_key="cal", registry=registry)
    born = [b.key for b in extraction.bodies if "silt-disposal" in b.key]
    assert born, [b.key for b in extraction.bodies]
    group = born[0]
    facts = {(f.subject, f.relation, f.object) for f in extraction.facts}
    assert (InstrumentRef("tidal-council", "resolution", "2038", "7"), "establishes", BodyRef(group)) in facts
    assert (GatheringRef(group, "meeting", 3), "heldOn", DateRange(dt.date(2039, 9, 10), dt.date(2039, 9, 11))) in facts
    # "Its second meeting": the group the sentence before named
    assert (GatheringRef(group, "meeting", 2), "heldIn", "Bremen") in facts
    assert (GatheringRef(group, "meeting", 2), "heldOn", DateRange(dt.date(2039, 6, 3), dt.date(2039, 6, 4))) in facts

"""A library catalogue's record of a report copied from its web page as text (E226): the record's
fields a row each ("Title<tab>…", "Series<tab>…", "Symbol<tab>…", "Notes<tab>…"), a summary, then
"Related records" rows ("SYMBOL<tab>Title : kind / statement of responsibility"):

- a report's title in the catalogue's form, the session after ISBD's " : " ("Report of the
  Commission on Coastal Resilience : twelfth session (…)"): the report of that session, for the
  record's own symbol and for a related record's;
- the series of a session's Official Records ("Official records / General Assembly, 90th session.
  Supplement ; no. 21"): the record's document is submitted to that session;
- a note opening on its participle ("Submitted pursuant to …"): the record's document's mandate;
- a related record of an instrument ("A/RES/88/311<tab>Multilingualism : resolution / adopted by
  the General Assembly on 30 August 2034"): its title and its day of adoption;
- a summary's line "The Commission had before it the reports … on A (X), B (Y) and C (Z), prepared
  pursuant to …": each sent to the session the line before said was held, each under the mandate.
"""

from __future__ import annotations

import pytest

from tests.extract.phrasing import extracted_with

extracted = extracted_with()


def record(
    title: str = "Report of the Commission on Coastal Resilience : twelfth session (10-14 March 2031)",
    series: str = "Official records / Economic and Social Council, 2031. Supplement ; no. 11",
    notes: tuple[str, ...] = ("Prepared pursuant to General Assembly resolution 85/12.",),
    related: tuple[str, ...] = (),
    summary: tuple[str, ...] = (),
    symbol: str = "E/2031/31",
) -> str:
    rows = [f"Title\t{title}", "Corporate author\tUnited Nations. Commission on Coastal Resilience", f"Series\t{series}", f"Symbol\t{symbol}", "Date\t2031"]
    rows += [f"Notes\t{note}" for note in notes]
    text = "Library catalogue\n\nHome > Documents > Reports\n\n" + title + "\n\nDetails\n" + "\n".join(rows) + "\n\n"
    if summary:
        text += "Summary\n\n" + "\n\n".join(summary) + "\n\n"
    if related:
        text += "Related records\n" + "\n".join(related) + "\n\n"
    return text + "Citation\nExport: MARCXML | BibTeX\n"


def facts_of(text: str, *relations: str) -> set[tuple[str, str, str]]:
    return {f for f in extracted(text) if f[0] in relations}


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Report of the Commission on Coastal Resilience : twelfth session (10-14 March 2031)", {("reportOf", "E/2031/31", "ccr#12")}),
        ("Report of the Committee on Coastal Data : 3rd session", {("reportOf", "E/2031/31", "ccr/committee-on-data#3")}),
        ("Report of the Working Group on Early Warning Systems : fifth meeting (Nairobi, 2031)", {("reportOf", "E/2031/31", "ccr/wg-early-warning#5")}),
        # near misses: a draft's title, a body that meets in meetings named as in sessions, a title naming no session
        ("Draft report of the Commission on Coastal Resilience : twelfth session", set()),
        ("Report of the Working Group on Early Warning Systems : fifth session", set()),
        ("Report of the Commission on Coastal Resilience : early warning in small islands", set()),
    ],
)
def test_record_title_after_isbd_colon(title: str, expected: set[tuple[str, str, str]]) -> None:
    assert facts_of(record(title=title), "reportOf") == expected


def test_related_report_row() -> None:
    text = record(related=("E/2030/31\tReport of the Commission on Coastal Resilience : eleventh session (4-8 March 2030)",
                           "E/CN.21/2031/L.1\tDraft report of the Commission on Coastal Resilience : twelfth session"))
    assert ("reportOf", "E/2030/31", "ccr#11") in extracted(text)
    assert not {f for f in extracted(text) if f[1] == "E/CN.21/2031/L.1" and f[0] == "reportOf"}


@pytest.mark.parametrize(
    "series, expected",
    [
        ("Official records / General Assembly, 90th session. Supplement ; no. 21", {("submittedTo", "E/2031/31", "ga#90")}),
        ("Official records / General Assembly, ninety-first session, Supplement ; no. 7", {("submittedTo", "E/2031/31", "ga#91")}),
        # near misses: a year's records (no numbered session), a series of no Official Records
        ("Official records / Economic and Social Council, 2031. Supplement ; no. 11", set()),
        ("Sales publications / General Assembly, 90th session", set()),
        ("Official records / General Assembly, 90th session. Plenary meetings", set()),
    ],
)
def test_series_of_a_sessions_official_records(series: str, expected: set[tuple[str, str, str]]) -> None:
    assert facts_of(record(series=series), "submittedTo") == expected


@pytest.mark.parametrize(
    "note, expected",
    [
        ("Submitted pursuant to General Assembly resolution 85/12.", {("pursuantTo", "E/2031/31", "ga/res/85/12")}),
        ("Prepared in accordance with Economic and Social Council resolution 2030/4.", {("pursuantTo", "E/2031/31", "ecosoc/res/2030/4")}),
        # near misses: a note naming another document's mandate, a note on the contents
        ("The report of the Secretary-General (A/85/7) was prepared pursuant to General Assembly resolution 85/12.", set()),
        ("Includes draft resolution recommended for adoption by the Economic and Social Council.", set()),
    ],
)
def test_note_on_the_records_document(note: str, expected: set[tuple[str, str, str]]) -> None:
    assert {f for f in facts_of(record(notes=(note,)), "pursuantTo") if f[1] == "E/2031/31"} == expected


def test_related_instrument_row() -> None:
    text = record(related=(
        "A/RES/88/311\tMultilingualism : resolution / adopted by the General Assembly on 30 August 2034",
        "E/RES/2030/4\tCoastal data : resolution / adopted by the Economic and Social Council on 21 July 2030",
        # near misses: a draft (no kind after the title), a decision's row naming a resolution
        "A/C.3/88/L.12\tMultilingualism : draft resolution / Argentina",
        "A/RES/88/312\tOcean literacy : decision / adopted by the General Assembly on 31 August 2034",
    ))
    got = facts_of(text, "title", "adoptedOn")
    assert {("title", "ga/res/88/311", "Multilingualism"), ("adoptedOn", "ga/res/88/311", "2034-08-30")} <= got
    assert {("title", "ecosoc/res/2030/4", "Coastal data"), ("adoptedOn", "ecosoc/res/2030/4", "2030-07-21")} <= got
    assert not {f for f in got if f[1] == "ga/res/88/312"}


def test_summary_documents_before_the_session_told_the_line_before() -> None:
    text = record(summary=(
        "The Commission on Coastal Resilience held its twelfth session in Nairobi from 10 to 14 March 2031. "
        "In that resolution, the Assembly requested the Commission to report at its twelfth session.",
        "The Commission had before it the reports of the Secretary-General on early warning (E/CN.21/2031/2), "
        "tide gauges (E/CN.21/2031/3) and coastal data (E/CN.21/2031/4), prepared pursuant to General Assembly "
        "resolution 85/12, as well as a note by the Secretariat on the bureau (E/CN.21/2031/5).",
    ))
    got = facts_of(text, "submittedTo", "pursuantTo")
    for n in (2, 3, 4, 5):
        assert ("submittedTo", f"E/CN.21/2031/{n}", "ccr#12") in got
    for n in (2, 3, 4):
        assert ("pursuantTo", f"E/CN.21/2031/{n}", "ga/res/85/12") in got
    assert ("pursuantTo", "E/CN.21/2031/5", "ga/res/85/12") not in got


def test_members_with_heads_of_their_own_keep_their_mandates() -> None:
    # near miss: "the note on X (A), the report on Y (B), prepared pursuant to …": B's mandate alone
    text = record(summary=(
        "The Commission on Coastal Resilience held its twelfth session in Nairobi from 10 to 14 March 2031.",
        "The Commission had before it the note by the Secretariat on early warning (E/CN.21/2031/2) and the report "
        "of the Secretary-General on tide gauges (E/CN.21/2031/3), prepared pursuant to General Assembly resolution 85/12.",
    ))
    got = facts_of(text, "pursuantTo")
    assert ("pursuantTo", "E/CN.21/2031/3", "ga/res/85/12") in got
    assert ("pursuantTo", "E/CN.21/2031/2", "ga/res/85/12") not in got


def test_a_session_to_come_told_before_receives_nothing() -> None:
    # near miss: the line before names a session to come, none held: what the body "had before it" is no paper of it
    text = record(summary=(
        "The Commission on Coastal Resilience will consider the question at its thirteenth session.",
        "The Commission had before it the reports of the Secretary-General on early warning (E/CN.21/2031/2) "
        "and tide gauges (E/CN.21/2031/3).",
    ))
    assert not {f for f in facts_of(text, "submittedTo") if f[2] == "ccr#13"}

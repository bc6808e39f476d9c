"""E293: a report written in its head's first person, and what a relative clause tells of a
presidential statement or of an earlier report.

- A report pasted into an e-mail from its masthead's first line, the principal organ's name over the
  document's symbol ("Security Council" / "S/2041/77" / "Distr.: General"), with no "United Nations"
  line: the document begins there, its symbol is the report's own ("The present report is submitted
  pursuant to resolution N" is that symbol's `pursuantTo`), and the cover note above is furniture.
- The writer's heading joined to the title line above it ("Situation in Mali Report of the
  Secretary-General", pasted one paragraph a line): "me" is still the writer's office.
- "the statement by its President of <day> (S/PRST/…), adopted at its Nth meeting, in which the Council
  asked me to …": the statement asks (as "resolution N, in which the Council asked …" does); its meeting
  is the council's (`meetingOf`), as a resolution's is.
- "(S/…), which responded to the same request and which the Council considered at its Nth meeting": the
  paper went before that meeting, another relative clause on it going first.

Near misses: a cover note naming the Council above the forwarded text is no masthead; a statement
named without a relative clause asks nothing; a relative clause whose subject is another body is not
the statement's; "which the Council considered" after a clause on another subject ("which the Group
examined") is not the paper's.
"""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract import extract

from .phrasing import in_sc_report, in_sg_report, key, shipped_registry


def _read(text: str) -> set[tuple[str, str, str]]:
    extraction = extract(text, source_key="test", registry=shipped_registry())
    return {(f.relation, key(f.subject), key(f.object)) for f in extraction.facts}


_MAIL = (
    "From: Haugen, Liv <liv.haugen@example.org>\nSent: Tuesday, 3 April 2041 10:12\nTo: West Africa desk\n"
    "Subject: FW: {subject}\n\nColleagues,\n\n{note}\n\nRegards,\nLiv\n\n________________________________\n"
    "From: Secretariat <secretariat@example.org>\nSent: Monday, 2 April 2041 17:40\nSubject: advance text\n\n"
    "{organ}\n{symbol}\nDistr.: General\n2 April 2041\nOriginal: English\n\n{topic}\n{writer}\n\nI. Introduction\n"
    "1. {first}\n2. The security situation remained volatile in the centre of the country.\n"
)


@pytest.mark.parametrize(("organ", "symbol", "topic", "writer", "first", "expected"), [
    ("Security Council", "S/2041/77", "Situation in Mali", "Report of the Secretary-General",
     "The present report is submitted pursuant to resolution 3401 (2040), by which the Council requested me to "
     "report to it every three months.",
     {("pursuantTo", "S/2041/77", "security-council/res/2040/3401"), ("requests", "security-council/res/2040/3401", "secretary-general")}),
    ("Security Council", "S/2041/77", "The situation in the Sahel region", "Progress report of the Secretary-General",
     "In its resolution 3377 (2039), the Council asked me to keep it informed of the implementation of the mandate.",
     {("requests", "security-council/res/2039/3377", "secretary-general")}),
    ("General Assembly", "A/96/212", "Strengthening of the coordination of emergency humanitarian assistance",
     "Report of the Secretary-General",
     "This report is submitted in accordance with General Assembly resolution 95/140, in which the Assembly "
     "requested me to report to it at its ninety-sixth session.",
     {("pursuantTo", "A/96/212", "ga/res/95/140"), ("requests", "ga/res/95/140", "secretary-general")}),
])
def test_a_report_pasted_into_a_mail_from_its_organ_and_symbol(
    organ: str, symbol: str, topic: str, writer: str, first: str, expected: set[tuple[str, str, str]]
) -> None:
    text = _MAIL.format(subject=f"{symbol} advance", note="Please find below the advance text.", organ=organ,
                        symbol=symbol, topic=topic, writer=writer, first=first)
    found = _read(text)
    assert expected <= found
    # the headers' and the note's words are no title of the report
    assert not any(r == "title" and "FW:" in o for r, _, o in found)


def test_a_cover_note_naming_the_council_is_no_masthead() -> None:
    # "Security Council" alone in the note, its next line no symbol: the note stays furniture, and the
    # report below (opening on "United Nations") is read from its own masthead
    note = "Notes for the team:\n\nSecurity Council\nconsultations are planned for next week; no resolution 3399 (2040) text yet."
    text = _MAIL.format(subject="advance", note=note, organ="United Nations", symbol="S/2041/77", topic="Situation in Mali",
                        writer="Report of the Secretary-General",
                        first="The present report is submitted pursuant to resolution 3401 (2040).")
    found = _read(text)
    assert ("pursuantTo", "S/2041/77", "security-council/res/2040/3401") in found
    assert not any("3399" in o for _, _, o in found)


@pytest.mark.parametrize("sentence", [
    "It also answers the statement by its President of 9 March 2031 (S/PRST/2031/4), adopted at its 10512th meeting, "
    "in which the Council asked me to present options for the drawdown.",
    "The report follows the statement of the President of the Council of 9 March 2031 (S/PRST/2031/4), in which the "
    "Council requested me to present options for the drawdown.",
    "Annex II sets out the options called for in presidential statement S/PRST/2031/4 of 9 March 2031, by which the "
    "Council also requested the Secretary-General to present options for the drawdown.",
])
def test_a_statement_asks_in_a_relative_clause(sentence: str) -> None:
    assert in_sc_report(sentence, "requests") == {("security-council/statement/2031/4", "secretary-general")}
    assert ("security-council/statement/2031/4", "2031-03-09") in in_sc_report(sentence, "adoptedOn")


def test_a_statement_made_at_a_meeting_names_the_councils_meeting() -> None:
    sentence = ("Recalling the statement by its President of 9 March 2031 (S/PRST/2031/4), adopted at its 10512th "
                "meeting, the report sets out the options.")
    assert in_sc_report(sentence, "adoptedAt") == {("security-council/statement/2031/4", "security-council#10512")}
    assert in_sc_report(sentence, "meetingOf") == {("security-council#10512", "security-council")}


@pytest.mark.parametrize("sentence", [
    # named alone, no relative clause: the statement asks nothing here
    "The Council asked me to present options, and the statement by its President of 9 March 2031 (S/PRST/2031/4) "
    "welcomed the elections.",
    # the clause's subject is another body
    "The statement by its President of 9 March 2031 (S/PRST/2031/4), in which the African Union requested the "
    "Secretary-General to present options, was noted.",
    # two statements before the clause: which one asked is not said
    "The statements by its President of 9 March 2031 (S/PRST/2031/4) and of 2 May 2031 (S/PRST/2031/7), in which "
    "the Council asked me to present options, were welcome.",
])
def test_near_misses_of_a_statement_asking(sentence: str) -> None:
    assert ("security-council/statement/2031/4", "secretary-general") not in in_sc_report(sentence, "requests")


@pytest.mark.parametrize("sentence", [
    "The report follows my report of 14 March 2031 (S/2031/201), which responded to the same request and which the "
    "Council considered at its 10530th meeting, on 20 March 2031.",
    "It updates my previous report (S/2031/201), which covered the period to 1 March and which the Council discussed "
    "at its 10530th meeting.",
])
def test_a_paper_considered_in_a_second_relative_clause(sentence: str) -> None:
    assert in_sc_report(sentence, "submittedTo") == {("S/2031/201", "security-council#10530")}


def test_a_second_clause_on_another_subject_is_not_the_papers() -> None:
    # "which the Group examined" is no meeting of the Council; the Council's meeting is told of
    # another thing, after a full stop
    sentence = ("It updates my previous report (S/2031/201), which the Group of Experts examined in April. The Council "
                "considered the situation at its 10530th meeting.")
    assert ("S/2031/201", "security-council#10530") not in in_sc_report(sentence, "submittedTo")


def test_the_writer_voice_in_a_general_assembly_report() -> None:
    sentence = "By its resolution 95/140, the Assembly requested me to report to it at its ninety-sixth session."
    assert in_sg_report(sentence, "requests") == {("ga/res/95/140", "secretary-general")}


# A report printed in the Official Records, its masthead under a wiki page's chrome: the symbol in
# brackets on the supplement's line is the report's own, submitted to the session the masthead names
_WIKI = (
    "# {page} (working copy)\n\n* [Space](/spaces/X/overview)\n* [Bodies](/spaces/X/pages/1)\n\n"
    "Created by A. Editor, last modified on Apr 2, 2040\n\n> **Info**\n> Text copied from the advance version.\n\n"
    "**Labels:** `reports`\n\n---\n\n**General Assembly**\n**Official Records**\n**{session}**\n**{supplement}**\n\n"
    "## Report of the Committee on Contributions\n\n## I. Introduction\n\n1\\. The Committee met in New York.\n"
)


@pytest.mark.parametrize(("session", "supplement", "symbol", "n"), [
    ("Ninety-fifth session", "Supplement No. 11 (A/95/11)", "A/95/11", "95"),
    ("Ninety-fourth session", "Supplement No. 10A (A/94/10/Add.1)", "A/94/10/Add.1", "94"),
])
def test_the_symbol_on_a_supplement_line_is_the_reports_own(session: str, supplement: str, symbol: str, n: str) -> None:
    found = _read(_WIKI.format(page="Committee report", session=session, supplement=supplement))
    assert ("preparedFor", symbol, f"ga#{n}") in found or ("submittedTo", symbol, f"ga#{n}") in found


def test_a_supplement_line_without_official_records_above_is_no_masthead() -> None:
    # the line stands in the text, no "Official Records" over it: it gives the page no symbol
    text = ("Committee on Contributions\n\nNotes\n\n1. The report will be issued as Supplement No. 11 (A/95/11) "
            "of the Official Records.\n")
    assert not any(s == "A/95/11" and r in ("preparedFor", "submittedTo") for r, s, _ in _read(text))


@pytest.mark.parametrize(("sentence", "titles"), [
    ("The Council reaffirmed its resolutions 1325 (2000) on women and peace and security and 2272 (2016) on sexual "
     "exploitation and abuse.", {("security-council/res/2000/1325", "women and peace and security")}),
    ("It recalled resolution 2250 (2015) on youth, peace and security, and 2419 (2018) on the role of youth.",
     {("security-council/res/2015/2250", "youth, peace and security")}),
])
def test_a_title_ends_before_the_next_council_number(sentence: str, titles: set[tuple[str, str]]) -> None:
    found = in_sc_report(sentence, "title")
    assert titles <= found
    assert not any("(2016)" in t or "(2018)" in t for _, t in found)


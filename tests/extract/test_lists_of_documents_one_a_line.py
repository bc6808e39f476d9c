"""E191: lists of documents set one entry a line, with no blank line between the entries.

- Lines one under the other, each opening with a document's symbol and its title ("A/88/37 Report of
  the Ad Hoc Committee ..., twenty-third session" / "A/88/211 Measures to eliminate ...: report of the
  Secretary-General"), are each an entry of their own, whatever the text's width: a Yearbook chapter
  or a web page saved one paragraph a line, an annex's list as pdftotext prints it. Run together, the
  first entry's title ("... twenty-third session") made the next symbol the report of that session.
- The column headings of such a list on a line of their own ("Symbol Agenda item") under the heading
  that names where its documents went ("List of documents issued for the eighty-sixth session") keep
  that receiver for the rows below them.
- "adopted the agenda and programme of work of the session (X)": the agenda, one paper with its
  programme of work, was before the session reported on.
"""

from __future__ import annotations

import pytest

from .phrasing import facts, in_sg_report

# A chapter of a yearbook (or a web page) saved one paragraph a line: long lines, blank lines
# between paragraphs, the list of related documents one entry a line at the end.
_CHAPTER = (
    "Coastal resilience\n\n"
    "Work of the Commission. The Commission on Coastal Resilience held its twelfth session in New York from 10 to 14 March "
    "2031, having been convened in accordance with its decision 11/101. It considered the state of early warning in coastal "
    "communities and the financing of sea walls, and adopted three resolutions and a decision on its programme of work. "
    "The report of the Commission on that session (E/CN.21/2031/9) was submitted to the Economic and Social Council.\n\n"
    "Report of the Secretariat. The Secretariat submitted a note on coastal data [E/CN.21/2031/4] based on information "
    "received from 61 Member States and 12 international organizations, and on the work of two expert meetings.\n\n"
    "Related documents\n"
    "{entries}\n\n"
    "Cite this: \"Coastal resilience\", Yearbook 2031, p. 12.\n"
)


@pytest.mark.parametrize("entries", [
    # the session's report first, then a note whose title names no session
    "E/CN.21/2031/9 Report of the Commission on Coastal Resilience on its twelfth session\n"
    "E/CN.21/2031/4 Coastal data and statistics: note by the Secretariat\n"
    "E/CN.21/2031/7 Programme of work for 2032",
    # a title ending on the session, after a comma, as a catalogue prints it
    "E/CN.21/2031/9 Report of the Commission on Coastal Resilience, twelfth session\n"
    "E/CN.21/2031/4 Coastal data and statistics: report of the Secretariat\n"
    "E/CN.21/2031/7 Programme of work for 2032",
    # bulleted entries, a dash between symbol and title
    "• E/CN.21/2031/9 – Report of the Commission on Coastal Resilience on its twelfth session\n"
    "• E/CN.21/2031/4 – Coastal data and statistics: report of the Secretariat\n"
    "• E/CN.21/2031/7 – Programme of work for 2032",
])
def test_each_line_of_the_list_is_an_entry_of_its_own(entries: str) -> None:
    text = _CHAPTER.format(entries=entries)
    reports = facts(text, "reportOf")
    assert ("E/CN.21/2031/9", "ccr#12") in reports
    # the next entry is no report of the session the entry above it names at its end
    assert not any(doc in ("E/CN.21/2031/4", "E/CN.21/2031/7") for doc, _ in reports)


def test_entries_of_a_wrapped_text_are_set_apart_too() -> None:
    # a note as pdftotext prints it (lines broken at a width), its annex listing the documents one under
    # the other, the second entry's line full enough that it would otherwise run on into the third
    text = (
        "E/CN.21/2032/4\nEconomic and Social Council\nDistr.: General\n2 January 2032\nOriginal: English\n"
        "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n\n"
        "Note by the Secretariat\n\n"
        "1. The Commission on Coastal Resilience will hold its thirteenth session in New York from 8 to 12\n"
        "March 2032. The documents issued for the session are listed in the annex to the present note,\n"
        "together with the documents of its twelfth session that the Commission may wish to consult.\n\n"
        "Annex\n"
        "E/CN.21/2031/9 Report of the Commission on Coastal Resilience on its twelfth session\n"
        "E/CN.21/2032/5 Early warning for coastal communities: report of the Executive\n"
        "E/CN.21/2032/6 Financing of sea walls and coastal defences: report of the Secretary\n"
    )
    reports = facts(text, "reportOf")
    assert ("E/CN.21/2031/9", "ccr#12") in reports
    assert not any(doc in ("E/CN.21/2032/5", "E/CN.21/2032/6") for doc, _ in reports)


def test_a_lone_line_opening_with_a_symbol_runs_on_as_before() -> None:
    # one such line in a paragraph is no list: the sentence it continues stays whole
    text = (
        "E/CN.21/2032/4\nEconomic and Social Council\nDistr.: General\n2 January 2032\nOriginal: English\n"
        "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n\n"
        "Note by the Secretariat\n\n"
        "1. The Commission will have before it the report of the Working Group on Early Warning Systems\n"
        "on its fourth meeting, issued as document\n"
        "E/CN.21/WG.1/2031/2 Report of the Working Group, and the note by the Secretariat on coastal data.\n"
    )
    assert ("E/CN.21/WG.1/2031/2", "ccr#13") in facts(text, "submittedTo")


_SESSION_REPORT = (
    "E/2032/31\nEconomic and Social Council\nDistr.: General\n30 March 2032\nOriginal: English\n"
    "Commission on Coastal Resilience\nReport on the thirteenth session (8-12 March 2032)\n\n"
    "1. {opening}\n\n"
    "2. The session was attended by representatives of 41 States members of the Commission, observers for other States "
    "Members of the United Nations and representatives of specialized agencies, funds and programmes.\n\n"
    "3. The Commission elected its Bureau at its 1st meeting and agreed that the Vice-Chair would serve as Rapporteur. "
    "It held eight meetings, two of them devoted to a panel discussion on early warning for coastal communities.\n\n"
    "4. At its 8th meeting, the Commission adopted the draft report on its thirteenth session and entrusted the "
    "Rapporteur with its finalization. The list of documents issued for the session is contained in the annex.\n\n"
    "5. The Chair summarized the discussion on the financing of sea walls, noting the views expressed by delegations on "
    "the role of regional development banks, insurance schemes and national budgets in coastal defence, and thanked "
    "the Secretariat for its support throughout the session and the interpreters for their work.\n\n"
    "Annex\n"
    "{heading}\n\n"
    "{columns}\n"
    "E/CN.21/2032/5 Early warning for coastal communities: report of the Executive Secretary 3\n"
    "E/CN.21/2032/6 Financing of sea walls: note by the Secretariat 4\n"
)


@pytest.mark.parametrize("heading", [
    "List of documents issued for the thirteenth session of the Commission",
    "Documents before the Commission at its thirteenth session",
])
@pytest.mark.parametrize("columns", ["Symbol Agenda item", "Symbol Title Agenda item", "Document symbol Title"])
def test_column_headings_under_the_list_heading_keep_its_session(heading: str, columns: str) -> None:
    text = _SESSION_REPORT.format(opening="The Commission held its thirteenth session in New York.", heading=heading, columns=columns)
    submitted = facts(text, "submittedTo")
    assert {("E/CN.21/2032/5", "ccr#13"), ("E/CN.21/2032/6", "ccr#13")} <= submitted


def test_column_headings_alone_name_no_session() -> None:
    # in a note (no session report), the column headings under a heading that names no session
    text = (
        "E/CN.21/2032/4\nEconomic and Social Council\nDistr.: General\n2 January 2032\nOriginal: English\n"
        "Commission on Coastal Resilience\n\nNote by the Secretariat\n\n"
        "1. The Secretariat has published the following studies on coastal data since 2030.\n\n"
        "Studies published\n"
        "Symbol Title\n"
        "E/CN.21/2031/CRP.5 Coastal data and statistics in small island States\n"
        "E/CN.21/2031/CRP.6 Financing of sea walls and coastal defences in deltas\n"
    )
    submitted = facts(text, "submittedTo")
    assert not any(doc.startswith("E/CN.21/2031/CRP") for doc, _ in submitted)


@pytest.mark.parametrize("sentence", [
    "At its 1st meeting, on 8 March 2032, the Commission adopted the agenda and programme of work of the session (E/CN.21/2032/1).",
    "At its 1st meeting, the Commission adopted the provisional agenda and organization of work for the session (E/CN.21/2032/1).",
    "The agenda and programme of work (E/CN.21/2032/1) were adopted at the 1st meeting.",
])
def test_the_agenda_with_its_programme_of_work_was_before_the_session(sentence: str) -> None:
    text = _SESSION_REPORT.format(opening=sentence, heading="Annex", columns="")
    assert ("E/CN.21/2032/1", "ccr#13") in facts(text, "submittedTo")


def test_an_agenda_of_another_session_is_not_this_ones() -> None:
    sentence = "The Bureau adopted the agenda and programme of work of its next meeting (E/CN.21/2032/CRP.1) by e-mail."
    text = _SESSION_REPORT.format(opening=sentence, heading="Annex", columns="")
    assert ("E/CN.21/2032/CRP.1", "ccr#13") not in facts(text, "submittedTo")


def test_a_general_assembly_yearbook_list() -> None:
    # the shipped Assembly, its report of an expert group's session and a report of the Secretary-General
    sentence = (
        "The Ad Hoc Committee on Coastal Law held its third session in New York from 2 to 6 March 2033. "
        "The Committee's report on that session (A/88/41) was submitted to the Assembly at its eighty-eighth session."
    )
    assert ("A/88/41", "ga#88") in in_sg_report(sentence, "submittedTo")

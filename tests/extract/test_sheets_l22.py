"""A spreadsheet saved as CSV holding several tables on one sheet (L22): a delegation's tracker
with its list of the texts adopted, then one text paragraph by paragraph ("Ref,Para,Text,Status,
Comment"), then its follow-up. Each table is read under its own header row:

- the table whose column named as the text's ("Text", "Paragraph text") holds prose is the text
  itself: its cells, in order, are the paragraphs (heading, title, formula, recitals, operative
  paragraphs); the status and comment columns annotate them and give nothing, and a row whose
  status says it was deleted gives nothing;
- a numbered title under "Resolution adopted by the General Assembly on …" is a resolution even
  when the sheet's title above named "decisions" (the kind a text last named in the plural is
  only a guess for a heading that names none).

Semicolons or commas, a byte order mark, CR LF: the same facts. Near misses: prose whose lines hold
commas is no CSV; a comment cell's "invite the Currents Committee" and a deleted row's
"establish a Tides Committee" give nothing.

Invented text: the Commission on Coastal Resilience of tests/data/phrasing.ttl and the General
Assembly."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.csv_tables import wide_csv_export
from mandate_graph.loaders.extract.plain_layouts import csv_export
from tests.extract.phrasing import extracted_with

facts = extracted_with()

_COMMISSION_SHEET = (
    '"Coastal Resilience – Commission 12th session – delegation tracker";;;;;\n'
    '"Tab 1: texts adopted, item 4";;;;;\n'
    ";;;;;\n"
    "Resolution;Title;Meeting;Date;Vote;Notes\n"
    "12/1;Strengthening early warning for coastal communities;3rd meeting;14/03/2031;without a vote;\n"
    '12/2;Dates of the thirteenth session;4th meeting;15/03/2031;without a vote;"oral, see decisions list"\n'
    ";;;;;\n"
    '"Tab 1 (cont.): resolution 12/1 as adopted, paragraph by paragraph";;;;;\n'
    "Ref;Para;Text;;Status;Comment\n"
    '12/1;;"Resolution 12/1";;;\n'
    '12/1;;"Strengthening early warning for coastal communities";;;\n'
    '12/1;;"The Commission on Coastal Resilience,";;;\n'
    '12/1;PP1;"Recalling its resolution 10/3 on coastal data, and welcoming the work of the Committee on Coastal Data,";;agreed;'
    '"chair\'s text, second reading"\n'
    '12/1;OP1;"Requests the Executive Secretary of the Commission on Coastal Resilience to report to the Commission '
    'at its thirteenth session on the implementation of the present resolution;";;agreed;\n'
    '12/1;OP2;"[Decides to establish a Tides Committee;]";;Deleted;"no consensus; proposal to invite the Currents Committee dropped"\n'
    '12/1;OP2;"Invites the Working Group on Early Warning Systems to share its findings with the Commission.";;agreed;"renumbered, old OP3"\n'
)


def _variants(sheet: str) -> list[str]:
    return [sheet, "\ufeff" + sheet, sheet.replace("\n", "\r\n"), sheet.replace(";", ",").replace('"oral, see decisions list"', '"oral; see decisions list"')]


@pytest.mark.parametrize("variant", range(4))
def test_a_commission_tracker_reads_its_text_table_as_the_text(variant: int) -> None:
    text = _variants(_COMMISSION_SHEET)[variant]
    found = set(facts(text))
    assert ("requests", "ccr/res/12/1", "ccr/executive-secretary") in found
    assert ("invites", "ccr/res/12/1", "ccr/wg-early-warning") in found
    assert ("cites", "ccr/res/12/1", "ccr/res/10/3") in found
    assert ("meetingOf", "ccr#13", "ccr") in found
    assert ("title", "ccr/res/12/1", "Strengthening early warning for coastal communities") in found
    # the table of texts adopted: its day cells, day first
    assert ("adoptedOn", "ccr/res/12/1", "2031-03-14") in found
    assert ("adoptedOn", "ccr/res/12/2", "2031-03-15") in found
    # near misses: a deleted paragraph, a negotiator's comment
    assert not any(f[0] == "establishes" for f in found)
    assert not any("currents" in f[2] for f in found)


_ASSEMBLY_SHEET = (
    '"Oceans – GA 85th session – tracker",,,,,\n'
    '"Sheet 1: resolutions and decisions adopted, item 76",,,,,\n'
    ",,,,,\n"
    "Symbol,Title,Meeting,Date,Vote,Notes\n"
    "A/RES/85/301,Coastal early warning,71st plenary,03/06/2031,Without a vote,\n"
    "A/DEC/85/540,Report of the Commission on Coastal Resilience,72nd plenary,04/06/2031,Without a vote,\n"
    ",,,,,\n"
    '"Sheet 1 (cont.): A/RES/85/301 as adopted",,,,,\n'
    "Doc,Para,Paragraph text,,Status,Comment\n"
    'A/RES/85/301,,"Resolution adopted by the General Assembly on 3 June 2031",,,\n'
    'A/RES/85/301,,"85/301. Coastal early warning",,,\n'
    'A/RES/85/301,,"The General Assembly,",,,\n'
    'A/RES/85/301,PP1,"Recalling its resolution 80/210 of 21 December 2025 on coastal communities, and noting the work done since,",,agreed,\n'
    'A/RES/85/301,OP1,"Requests the Secretary-General to submit to the General Assembly at its eighty-seventh session a report '
    'on the implementation of the present resolution;",,agreed,"G77 wanted ""biennial"", dropped"\n'
    'A/RES/85/301,OP2,"Invites the Commission on Coastal Resilience to contribute to that report, in consultation with Member States.",,agreed,\n'
)


def test_a_numbered_title_under_resolution_adopted_by_is_a_resolution_though_the_sheet_named_decisions() -> None:
    found = set(facts(_ASSEMBLY_SHEET))
    assert ("cites", "ga/res/85/301", "ga/res/80/210") in found
    assert ("adoptedOn", "ga/res/80/210", "2025-12-21") in found
    assert ("meetingOf", "ga#87", "ga") in found
    assert any(f[0] == "requests" and f[1] == "ga/res/85/301" for f in found)
    assert ("invites", "ga/res/85/301", "ccr") in found
    assert not any(f[1] == "ga/dec/85/301" for f in found)


def test_prose_with_commas_is_no_csv() -> None:
    # a resolution's text one paragraph a line, its recitals full of commas: no table
    text = (
        "Resolution 12/4\n\nCoastal data, maps and warnings\n\nThe Commission on Coastal Resilience,\n\n"
        "Recalling its resolution 10/3, on coastal data, and its resolution 11/2, on warnings,\n\n"
        "Noting, with appreciation, the work of the Committee on Coastal Data, its Bureau, and its members,\n\n"
        "Requests the Executive Secretary, in consultation with the Bureau, to report to the Commission at its thirteenth session.\n"
    )
    assert csv_export(text) is None
    assert wide_csv_export(text) is None
    found = set(facts(text))
    assert ("requests", "ccr/res/12/4", "ccr/executive-secretary") in found
    assert ("cites", "ccr/res/12/4", "ccr/res/10/3") in found

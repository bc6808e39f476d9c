"""What other tools do to the nineteenth round's retired documents (u265–u269, L12), as general
layout rules. pdftotext -raw's masthead of a General Assembly committee's report, no blank line
anywhere: the agenda item's title, the same title as the document's, "Report of the Sixth
Committee"; antiword's table whose last column is blank on every row (a page's "Share" cell);
antiword's copy of a web page whose table of fields, read back as tab rows, stands between lines
each set apart; Word's text of a paragraph broken by a page whose running head's last symbol ran
onto the paragraph's next words ("E/CN.21/2031/9 of coastal communities …"). Invented text."""

from __future__ import annotations

from mandate_graph.loaders.extract.bar_tables import bar_table_export
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.segment import segment


def _blocks(text: str) -> list[str]:
    return clean(text).text.split("\n\n")


def _paragraphs(text: str) -> list[str]:
    return [p.text for p in segment(clean(text))]


# --------------------------------------------------------------------------- a committee's report, -raw

_TITLE = "Responsibility of international organizations for acts of their agents"


def _committee_report(kind_line: str) -> str:
    return (
        "United Nations\nA/86/512\nGeneral Assembly\nDistr.: General\n4 December 2031\nOriginal: English\n"
        f"Eighty-sixth session\nAgenda item 81\n{_TITLE}\n{_TITLE}\n{kind_line}\n"
        "Rapporteur: Mr. Invented Name (Chile)\nI. Introduction\n"
        "1. At its 2nd plenary meeting, on 17 September 2031, the General Assembly, on the\n"
        "recommendation of the General Committee, decided to include in the agenda of its eighty-\n"
        "sixth session the item entitled “Responsibility of international organizations for acts\n"
        "of their agents” and to allocate it to the Sixth Committee for consideration and report.\n"
        "2. The Sixth Committee considered the item at its 10th, 11th and 29th meetings, on 12 and\n"
        "13 October and on 10 November 2031. The views of the representatives who spoke during\n"
        "the Committee’s consideration of the item are reflected in the relevant summary records.\n"
        "3. For its consideration of the item, the Committee had before it the report of the\n"
        "Secretary-General containing comments and observations received from Governments and\n"
        "from international organizations on the draft articles prepared by the Commission.\n"
    )


def test_the_committees_kind_line_and_the_repeated_title_are_items_of_the_masthead() -> None:
    for kind in ("Report of the Sixth Committee", "Report of the Second Committee", "Report of the Credentials Committee"):
        blocks = _blocks(_committee_report(kind))
        assert kind in blocks
        assert blocks.count(_TITLE) == 2


def test_a_title_wrapped_onto_a_committees_name_goes_on() -> None:
    # near miss: "... the recommendations of the" / "Report of the Second Committee" is one line wrapped
    text = (
        "United Nations\nA/86/7\nGeneral Assembly\nDistr.: General\n2 January 2031\n"
        "Follow-up to the recommendations contained in the\nReport of the Second Committee\n"
        "Note by the Secretariat\nThe present note follows up.\n"
    )
    assert "Follow-up to the recommendations contained in the Report of the Second Committee" in clean(text).text


def test_a_line_repeated_further_down_is_left_alone() -> None:
    # near miss: only the line right under its twin is set apart; prose keeps its wrapped lines
    text = _committee_report("Report of the Sixth Committee") + "Mandate of the group\nof experts\n"
    assert "Mandate of the group of experts" in clean(text).text


# --------------------------------------------------------------------------- antiword: a blank last column

_FIELDS = """|Symbol:              |CWC/AP.4/Dec.2               |     |
|Organ:               |Assembly of the Parties      |     |
|Session:             |Fourth session (Part I),     |     |
|                     |Nairobi, Kenya               |     |
|Agenda item:         |7                            |     |
|Date of adoption:    |3 June 2031                  |     |
|Date of issue:       |9 June 2031                  |     |
|Languages:           |English | French | Spanish   |     |
|Document type:       |Decision                     |     |
|Subjects:            |Marine litter; coastal zones;|     |
|                     |microplastics                |     |
|Download PDF (90 KB) |Print                        |Share|
"""


def test_a_column_blank_in_every_row_does_not_join_the_rows() -> None:
    exported = bar_table_export(_FIELDS)
    assert exported is not None
    rows = exported[0].strip("\n").split("\n")
    assert rows == [
        "Symbol:\tCWC/AP.4/Dec.2", "Organ:\tAssembly of the Parties",
        "Session:\tFourth session (Part I), Nairobi, Kenya", "Agenda item:\t7", "Date of adoption:\t3 June 2031",
        "Date of issue:\t9 June 2031", "Languages:\tEnglish | French | Spanish",
        "Document type:\tDecision", "Subjects:\tMarine litter; coastal zones; microplastics",
        "Download PDF (90 KB)\tPrint\tShare",
    ]


def test_a_cell_wrapped_beside_a_finished_cell_still_joins() -> None:
    # near miss: the second line leaves blank a cell the row holds, as a wrap does
    table = (
        "|Economic and Social        |2031/5  |4   |\n"
        "|Council resolution         |        |    |\n"
        "|Commission on Coastal      |12/1    |2   |\n"
    )
    exported = bar_table_export(table)
    assert exported is not None
    assert exported[0].strip("\n").split("\n")[0] == "Economic and Social Council resolution\t2031/5\t4"


# --------------------------------------------------------------------------- antiword: a copied page

_PAGE = (
    "Skip to main content\n\nCoastal Waters Authority\n\n"
    "Home About The Convention Meetings Documents Library\nNews Contact\n\n"
    "English | Français | Español\n\nSearch the document archive\n\n"
    "You are here: Home > Documents > Assembly > Fourth session > CWC/AP.4/Dec.2\n\n"
    "CWC/AP.4/Dec.2\n\nDecision of the Assembly of the Parties on marine litter and the\ncoastal zone\n\n"
    + _FIELDS + "\n________________________________________\n\n"
    "The Assembly of the Parties,\n\nRecalling its decision CWC-3/4,\n\n"
    "1. Requests the secretariat to report on marine litter at its fifth session.\n"
)


def test_a_pages_menu_set_apart_is_chrome_above_a_table_of_fields() -> None:
    text = clean(_PAGE).text
    assert "Search the document archive" not in text
    assert "CWC/AP.4/Dec.2" in text.split("\n\n")


# --------------------------------------------------------------------------- a running head run on

_REPORT = (
    "E/2031/31-E/CN.21/2031/9\nUnited Nations\nCommission on Coastal Resilience\n"
    "Report on the twelfth session\nEconomic and Social Council\nOfficial Records, 2031\nSupplement No. 11\n"
    "Chapter I\nMatters brought to the attention of the Council\n"
    "1.\tRequests the Secretary-General to prepare, in consultation with Member States, a study on the\n"
    "3/12\nE/2031/31\nE/CN.21/2031/9 {rest}\n"
    "2.\tInvites the regional commissions to contribute to the study.\n"
)


def test_a_running_symbol_run_onto_the_paragraphs_next_words_goes_with_the_head() -> None:
    paragraphs = _paragraphs(_REPORT.format(rest="resilience of coastal communities, and to report at its thirteenth session;"))
    assert any(p.endswith("a study on the resilience of coastal communities, and to report at its thirteenth session;") for p in paragraphs)
    assert not any("E/2031/31" in p or "E/CN.21/2031/9" in p for p in paragraphs[3:])


def test_the_own_symbol_over_a_capitalised_title_is_left_alone() -> None:
    # near miss: "E/CN.21/2031/9 Report of …" is the document listed, not words run on
    text = _REPORT.format(rest="Report of the Commission on its twelfth session")
    assert any("E/CN.21/2031/9 Report of the Commission" in p for p in _paragraphs(text))

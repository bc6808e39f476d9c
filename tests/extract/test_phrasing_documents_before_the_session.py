"""submitted_to, round 4: how UN drafting lists the documents before a session when the list is
laid out rather than phrased — "Documents before the Meeting:" with its colon (a short line, not
a heading), run into its entries by single line breaks; a "Documentation" list printed in two
columns by a PDF's layout (symbol left, title wrapped on the right, a page break amid it); a
"Symbol / Title" table; "may wish to take note of" / "is invited to take note of" the report;
and the treaty bodies' symbols of combined periodic reports ("CERD/C/DEU/23-26")."""

from __future__ import annotations

import pytest

from mandate_graph.loaders.extract.symbols import find_symbols
from mandate_graph.loaders.extract import extract
from tests.extract.phrasing import NOTE, facts, in_note, in_note_under_no_item, key, registry
from tests.extract.test_phrasing_submitted_to import AGENDA

SESSION = "ccr#13"
BOTH = {("E/CN.21/2032/5", SESSION), ("E/CN.21/2032/6", SESSION)}
ENTRIES = (
    "Report of the Executive Secretary on early warning (E/CN.21/2032/5)",
    "Note by the Secretariat on coastal data (E/CN.21/2032/6)",
)

LIST_HEADINGS = [
    "Documents before the Commission:",
    "Documents before the Meeting:",
    "Documents submitted to the Commission at its thirteenth session:",
    "List of documents before the Commission:",
    # a record's list of what its own session considered, no body named (E89)
    "Documents considered:",
]


@pytest.mark.parametrize("heading", ["Documents considered", "Documents considered:"])
def test_a_list_under_a_heading_of_documents_considered(heading: str) -> None:
    """"Documents considered" on a line of its own (a record's list, a report's annex): the
    entries below it were before the session, as under "Documents before the Commission"."""
    text = NOTE + "1. The Commission will discuss early warning.\n\n" + heading + "\n\n" + "\n\n".join(ENTRIES) + "\n"
    assert BOTH <= facts(text, "submittedTo")


@pytest.mark.parametrize("heading", LIST_HEADINGS)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_a_list_under_a_line_ending_in_a_colon(heading: str, gap: str) -> None:
    text = NOTE + "1. The Commission will discuss early warning.\n\n" + heading + gap + gap.join(ENTRIES) + "\n"
    assert BOTH <= facts(text, "submittedTo")


def test_symbol_first_entries_under_a_colon_line() -> None:
    text = NOTE + "1. Text.\n\nDocuments before the Meeting:\n\nE/CN.21/2032/5 Report of the Executive Secretary on early warning\n\nE/CN.21/2032/6 Note by the Secretariat on coastal data\n"
    assert BOTH <= facts(text, "submittedTo")


@pytest.mark.parametrize("line", [
    # a sentence about documents, not a list's heading
    "Documents before the Commission at its previous session were issued late, as noted in E/CN.21/2032/5.",
    "Documents considered too late were E/CN.21/2032/5 and others.",
    "1. Text.",
])
def test_no_list_heading(line: str) -> None:
    text = NOTE + line + "\n\nThe data in E/CN.21/2032/5 were incomplete.\n"
    assert ("E/CN.21/2032/5", SESSION) not in facts(text, "submittedTo")


# An annotated agenda as `pdftotext -layout` prints it: the symbol column and the title column
# become lines of their own; a page's footer and running head may fall amid the list.
LAYOUT = (
    "United Nations                                                         E/CN.21/2032/1\n"
    "             Economic and Social Council                               Distr.: General\n"
    "                                                                       2 January 2032\n\n"
    "                                                                       Original: English\n\n"
    "Commission on Coastal Resilience\nThirteenth session\nNew York, 8–12 March 2032\n\n"
    "            Annotated provisional agenda\n\n"
    "            Annotations\n\n"
    "            3.     Early warning for coastal communities\n\n"
    "                   Under agenda item 3, the Commission will consider progress in early warning\n"
    "            and the state of coastal data.\n\n"
    "                   Documentation\n\n"
    "                   E/CN.21/2032/5            Report of the Executive Secretary on early warning\n"
    "                                             and the state of coastal data\n\n"
    "{break}"
    "                   E/CN.21/2032/6            Note by the Secretariat on coastal data\n\n"
    "            4.     Provisional agenda for the fourteenth session\n\n"
    "                   The Commission will consider the draft provisional agenda.\n\n"
    "                   E/CN.21/2032/L.1          is expected to be issued later.\n"
)
PAGE_BREAK = "2/4                                                    26-01234\n\f                                                  E/CN.21/2032/1\n\n"


@pytest.mark.parametrize("page_break", ["", PAGE_BREAK])
def test_two_column_documentation(page_break: str) -> None:
    found = facts(LAYOUT.replace("{break}", page_break), "submittedTo")
    assert BOTH <= found
    # the running head is the agenda's own symbol, no entry (the agenda is submitted by its
    # masthead, E53); the list ends at the next item
    extraction = extract(LAYOUT.replace("{break}", page_break), source_key="test", registry=registry())
    told = {f.evidence.quote.strip() for f in extraction.facts if f.relation == "submittedTo" and key(f.subject) == "E/CN.21/2032/1"}
    assert "E/CN.21/2032/1" not in told
    assert ("E/CN.21/2032/L.1", SESSION) not in found


@pytest.mark.parametrize("table", [
    "Documentation\n\nSymbol\tTitle\nE/CN.21/2032/5\tReport of the Executive Secretary on early warning\nE/CN.21/2032/6\tNote by the Secretariat on coastal data",
    "Documentation\n\nSymbol Title\n\nE/CN.21/2032/5 Report of the Executive Secretary on early warning\n\nE/CN.21/2032/6 Note by the Secretariat on coastal data",
])
def test_symbol_and_title_table(table: str) -> None:
    assert BOTH <= facts(AGENDA.replace("{documentation}", table), "submittedTo")


@pytest.mark.parametrize("sentence", [
    "The Commission may wish to take note of the report of the Executive Secretary (E/CN.21/2032/5) and the note by the Secretariat (E/CN.21/2032/6).",
    "The Commission is invited to take note of the report of the Executive Secretary (E/CN.21/2032/5) and the note by the Secretariat (E/CN.21/2032/6).",
    "The Commission will be invited to take note of the report (E/CN.21/2032/5) and of the note (E/CN.21/2032/6).",
])
def test_take_note_of(sentence: str) -> None:
    assert BOTH <= facts(in_note(sentence), "submittedTo")


def test_a_report_that_took_note_is_no_submission() -> None:
    # what another body took note of is cited, not put before this session
    text = in_note("The Council took note of the report of the Executive Secretary (E/CN.21/2031/5).")
    assert not {s for s, o in facts(text, "submittedTo") if s == "E/CN.21/2031/5"}


@pytest.mark.parametrize("text, symbol", [
    ("CERD/C/DEU/23-26 Combined twenty-third to twenty-sixth periodic reports of Germany", "CERD/C/DEU/23-26"),
    ("the combined fifth and sixth periodic reports (CCPR/C/FRA/5-6).", "CCPR/C/FRA/5-6"),
    # a hyphen before letters joins a second symbol; inside "S-8" it is the symbol's
    ("A/80/123-S/2025/456", "A/80/123"),
    ("A/RES/S-8/1", "A/RES/S-8/1"),
])
def test_combined_report_symbols(text: str, symbol: str) -> None:
    assert find_symbols(text)[0].symbols[0] == symbol


ENTRY = "\n\nReport of the Executive Secretary on early warning (E/CN.21/2032/5)\n"


@pytest.mark.parametrize("announcement", [
    # "it": the body whose session the note is for
    "It will have before it the documents listed below.",
    "It will have before it the following documents.",
    "It will have before it the following:",
    "Under this item, it will have before it the following:",
    # a list announced with a full stop, not a colon
    "The Commission will have before it the report of the Executive Secretary listed below.",
])
def test_lists_announced_otherwise(announcement: str) -> None:
    assert ("E/CN.21/2032/5", SESSION) in facts(NOTE + "1. " + announcement + ENTRY, "submittedTo")


def test_it_with_its_symbol() -> None:
    text = in_note("Under this item, it will have before it the report of the Executive Secretary (E/CN.21/2032/5).")
    assert ("E/CN.21/2032/5", SESSION) in facts(text, "submittedTo")


def test_what_it_had_before_it_in_a_note_is_an_earlier_session() -> None:
    text = in_note_under_no_item("It had before it the report of the Executive Secretary (E/CN.21/2031/5).")
    assert not facts(text, "submittedTo")

"""Tables of records under a header row, as a spreadsheet saves them (CSV, TSV, semicolons),
read as the document their rows describe (`loaders/extract/csv_tables.py`): a row's text (a
text column, or prose) is a paragraph opened by its paragraph label, other values are
"Column<tab>value" rows on their own row's line, a record's value repeated on each of its rows
is said once, a quoted field runs over lines and "" is a quotation mark. Prose with commas, and
a header followed by prose, stay."""

from __future__ import annotations

import pytest

from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract.csv_tables import wide_csv_export
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.format_readers import BODY, cleaned, points_at
from tests.extract.reference_data import registry_from_turtle

CSV = '''symbol,para,text,adopted
GLF/8/4,,"The Commission on Great Lakes Fisheries,",2031-05-05
GLF/8/4,,"Recalling its resolution GLF/7/11 on lake trout and ""the Duluth plan"",",2031-05-05
GLF/8/4,1.,"Decides to review the quotas,
which shall apply from 2032;",2031-05-05
GLF/8/4,2.,Requests the secretariat to report to the Commission at its ninth session.,2031-05-05
'''
ROWS = [
    ["symbol", "para", "text", "adopted"],
    ["GLF/8/4", "", '"The Commission on Great Lakes Fisheries,"', "2031-05-05"],
    ["GLF/8/4", "", '"Recalling its resolution GLF/7/11 on lake trout and ""the Duluth plan"","', "2031-05-05"],
    ["GLF/8/4", "1.", '"Decides to review the quotas,\nwhich shall apply from 2032;"', "2031-05-05"],
    ["GLF/8/4", "2.", "Requests the secretariat to report to the Commission at its ninth session.", "2031-05-05"],
]
TSV = "".join("\t".join(row) + "\n" for row in ROWS)
SEMICOLONS = "".join(";".join(row) + "\n" for row in ROWS)
DOCUMENTS = "Symbol,Title,Submitted by\nGLF/8/1,Provisional agenda,Secretariat\nGLF/8/2,Report of the panel,Bureau\nGLF/8/3,Note on quotas,Secretariat\n"


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


@pytest.mark.parametrize("table", [CSV, TSV, SEMICOLONS])
def test_rows_read_as_paragraphs_and_fields(table: str) -> None:
    paragraphs = cleaned(table).split("\n\n")
    assert "The Commission on Great Lakes Fisheries," in paragraphs
    assert 'Recalling its resolution GLF/7/11 on lake trout and "the Duluth plan",' in paragraphs
    assert "1. Decides to review the quotas, which shall apply from 2032;" in paragraphs
    assert "2. Requests the secretariat to report to the Commission at its ninth session." in paragraphs
    # the record's symbol and date: once, not on every row
    assert paragraphs.count("Symbol GLF/8/4") == 1 and paragraphs.count("Adopted 2031-05-05") == 1


def test_a_list_of_documents_keeps_a_row_a_record_on_its_line() -> None:
    fixed, offsets = normalise_layout(DOCUMENTS)
    assert offsets is not None
    # a symbol and its title: one line, as a list of documents prints it
    assert "GLF/8/2 \u2013 Report of the panel" in fixed and "Submitted by\tBureau" in fixed
    for words in ("GLF/8/2", "Submitted by\tBureau"):
        at = fixed.index(words)
        assert DOCUMENTS.count("\n", 0, offsets[at]) + 1 == 3  # the row's own line, not the header's


def test_a_listed_document_gets_its_title_on_its_row(registry: BodyRegistry) -> None:
    from mandate_graph.graph.model import InstrumentRef
    from mandate_graph.loaders.extract import extract

    table = "symbol,title,prepared_by\nGLF/8/2,Report of the panel on stocking,Panel\nGLF/7/11,Stocking of lake trout,Secretariat\nGLF/8/4,List of participants,Secretariat\n"
    titles = {
        f.subject: (f.object, table.count("\n", 0, f.evidence.start) + 1)
        for f in extract(table, source_key="doc", registry=registry).facts if f.relation == "title"
    }
    assert titles.get(InstrumentRef("lake-commission", "resolution", "7", "11")) == ("Stocking of lake trout", 3)


@pytest.mark.parametrize("table", [CSV, TSV])
def test_a_resolution_in_a_row_points_at_its_line(registry: BodyRegistry, table: str) -> None:
    assert points_at(table, registry, "GLF/7/11")


def test_a_table_of_short_cells_laid_with_tabs_is_left_to_the_tab_table_pass() -> None:
    # no text column, no prose: a timetable or a list pasted from a page, which
    # plain_layouts.tab_table_changes makes a pipe table that the rules read column by column
    tabbed = DOCUMENTS.replace(",", "\t")
    assert wide_csv_export(tabbed) is None
    fixed, _ = normalise_layout(tabbed)
    assert "| GLF/8/2 | Report of the panel | Bureau |" in fixed


@pytest.mark.parametrize(
    "text",
    [
        "The Council, having met in Rome, decided\nthe following, as set out below, in full\nand then, with thanks, it closed, as usual\nthe session, at noon, on Friday, as planned\n",
        "symbol,title\nThe Commission met in Duluth and reviewed its quotas.\nIt closed on Friday.\nThe report follows, with annexes.\n",
        "Item\tDocument\n\nThe Commission on Great Lakes Fisheries,\nRecalling its resolution GLF/7/11,\n1. Decides to review the quotas.\n",
    ],
)
def test_prose_with_commas_or_tabs_stays(text: str) -> None:
    assert wide_csv_export(text) is None


RECORD_BY_FIELDS = '''"record","field","value"
"GLF-2031-4","collection","Commission resolutions"
"GLF-2031-4","title","Stocking of lake trout"
"GLF-2031-4","date_adopted","2031-05-05"
"GLF-2031-4","source_note","Adopted at the eighth session; it recalls resolution GLF/7/11
on the quotas of the lower basin."
"GLF-2031-4","language","English"
'''


def test_a_field_of_prose_in_a_record_by_fields_is_a_named_paragraph(registry: BodyRegistry) -> None:
    # "record","field","value" exports (plain_layouts.csv_export): a note's sentences are read as
    # text, named by their field, not as the document's own title nor a record's row
    paragraphs = cleaned(RECORD_BY_FIELDS).split("\n\n")
    assert "Source note: Adopted at the eighth session; it recalls resolution GLF/7/11 on the quotas of the lower basin." in paragraphs
    assert "Title Stocking of lake trout" in paragraphs
    assert points_at(RECORD_BY_FIELDS, registry, "GLF/7/11")

"""Layouts of tools other than a PDF converter, undone by their shape before lines are read
(`loaders/extract/plain_layouts.py`): margin line numbers, a converter's header lines, a text
browser's link markers and reference list, CSV records, a lone tabbed heading. Every change
keeps each character's offset in the file. Invented texts of invented or shipped bodies, with
the texts of the same look that must stay as they are."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.clean import clean
from mandate_graph.loaders.extract.plain_layouts import normalise_layout
from tests.extract.reference_data import OCEAN_ORGANIZATION, registry_from_turtle

BODY = OCEAN_ORGANIZATION + """<body/port-board> a mg:Body ; mg:key "port-board" ;
    skos:prefLabel "Port Development Board"@en ; mg:gatheringTerm "session" ; mg:issuesInstruments true ;
    mg:instrumentNumbering [ mg:numberTemplate "PDB.{session}/Dec.{number}" ; mg:instrumentKind "decision" ] .
"""


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODY)


def _facts(text: str, registry: BodyRegistry) -> set[tuple[object, str, object]]:
    return {(f.subject, f.relation, f.object) for f in extract(text, source_key="doc", registry=registry).facts}


def _mapped_back(text: str) -> None:
    """Every character of the result is the character its offset names (or stands for it)."""
    fixed, offsets = normalise_layout(text)
    assert offsets is not None and len(offsets) == len(fixed) + 1
    for character, offset in zip(fixed, offsets):
        if character.isalnum():
            assert text[offset].lower() == character.lower()


# --------------------------------------------------------------------------- margin line numbers


def _numbered(lines: list[str], width: int = 4) -> str:
    return "\n".join(f"{n:>{width}}  {line}".rstrip() for n, line in enumerate(lines, start=1))


PROSE = [
    "Resolution OA12/3: Coastal observation and cooperation",
    "",
    "Recalling its resolution OA11/7 on coastal observation and the",
    "work of the Council;",
    "",
    "The Assembly:",
    "",
    "1. Requests the Council of the World Ocean Organization to review the",
    "coastal observation network before the end of its 31st session;",
    "",
    "2. Invites Member States to share their data.",
]


@pytest.mark.parametrize("width", [3, 4, 6])
def test_margin_numbers_are_taken_out_so_sentences_read_across_lines(width: int, registry: BodyRegistry) -> None:
    text = "WORLD OCEAN ORGANIZATION\n\n" + _numbered(PROSE, width) + "\n"
    cleaned = clean(text).text
    assert "the work of the Council;" in cleaned
    assert "Organization to review the coastal observation network" in cleaned
    _mapped_back(text)
    facts = _facts(text, registry)
    own = InstrumentRef("ocean-assembly", "resolution", "12", "3")
    assert any(s == own and r == "requests" and getattr(o, "key", None) == "ocean-assembly/council" for s, r, o in facts)
    assert any(s == own and r == "cites" and o == InstrumentRef("ocean-assembly", "resolution", "11", "7") for s, r, o in facts)


@pytest.mark.parametrize(
    "text",
    [
        # a numbered list without full stops: each item starts with a capital, none is blank
        "\n".join(f"{n}  Item number {n} of the list" for n in range(1, 15)),
        # numbers that do not follow each other
        "\n".join(f"{n * 2}  continued text of line {n}" for n in range(1, 15)),
        # too short a run
        "\n".join(f"{n}  continued text of line {n}" for n in range(1, 6)),
    ],
)
def test_lines_that_only_start_with_numbers_keep_them(text: str) -> None:
    assert normalise_layout(text)[0] == text


# --------------------------------------------------------------------------- converter header lines


def test_a_converters_header_lines_are_no_masthead() -> None:
    text = (
        "###  Conversion performed by DocTool 2.1\n### font table contains 3 fonts total\n"
        "### creation date: 3 May 2027 09:12\n### author: XYZ\n-----------------\n"
        "Port Development Board\nTwelfth session\n"
    )
    fixed, _ = normalise_layout(text)
    assert "DocTool" not in fixed and "author" not in fixed and fixed.count("\n") == text.count("\n")
    assert clean(text).text.startswith("Port Development Board")
    _mapped_back(text)


@pytest.mark.parametrize(
    "text",
    [
        "### Introduction\n### Background\n### Scope\n\nThe text.\n",  # Markdown headings
        "## creation date: 3 May\n### author: XYZ\n## Title\n",  # not one run of the same mark
        "Text first\n### creation date: 3 May\n### author: X\n### total pages: 3\n",  # not at the top
    ],
)
def test_markdown_headings_stay(text: str) -> None:
    assert normalise_layout(text)[0] == text


# --------------------------------------------------------------------------- text-browser links

LYNX = """   [1]Skip to content

   [2]Home > [3]Meetings > Port Development Board

   The Port Development Board, at its twelfth session, held in
   [4]Rotterdam from 2 to 6 May 2027, adopted the decisions below.

   Related
     * [5]PDB.12/Dec.4 - Port safety

References

   1. https://example.org/#main
   2. https://example.org/
   3. https://example.org/meetings
   5. https://example.org/pdb12dec4.pdf
"""


def test_link_markers_and_the_reference_list_go() -> None:
    fixed, _ = normalise_layout(LYNX)
    assert "[" not in fixed and "https" not in fixed and "References" not in fixed
    assert "held in\n   Rotterdam from" in fixed
    assert "\u2022 PDB.12/Dec.4" in fixed  # the bullet is an item's, not a footnote's asterisk
    _mapped_back(LYNX)


@pytest.mark.parametrize(
    "text",
    [
        LYNX.split("References")[0],  # no reference list: "[4]" may be the text's own
        "See [1]the note and [2]the report.\n\nReferences\n\n   1. https://example.org/\n",  # two markers
        "Text [1]here, [2]there and [3]elsewhere.\n\nReferences\n\n1. Smith, Oceans, 2020.\n",  # a bibliography
    ],
)
def test_brackets_without_a_browsers_reference_list_stay(text: str) -> None:
    assert normalise_layout(text)[0] == text


# --------------------------------------------------------------------------- CSV export

CSV = '''"record","field","value"
"R-12","title","Decision on port safety"
"R-12","meeting","Twelfth session of the Port Development Board, Rotterdam, 2–6 May 2027"
"record","para","text"
"R-12","0","PDB.12/Dec.4 Port safety"
"R-12","P1","The Port Development Board,"
"R-12","P2","Recalling the publication ""Safer ports: a review"", and its decision PDB.11/Dec.2,"
"R-12","(a)","Requests the Secretariat to prepare a study on the ""green corridor""
initiative;"
"R-12","(b)","Invites Member States to contribute."
'''


def test_csv_records_become_lines_of_text() -> None:
    fixed, _ = normalise_layout(CSV)
    assert "Title\tDecision on port safety" in fixed
    assert 'Recalling the publication "Safer ports: a review", and its decision PDB.11/Dec.2,' in fixed
    assert '(a) Requests the Secretariat to prepare a study on the "green corridor" initiative;' in fixed
    assert "record" not in fixed and "R-12" not in fixed and "P1" not in fixed
    _mapped_back(CSV)


def test_csv_decisions_are_read(registry: BodyRegistry) -> None:
    facts = _facts(CSV, registry)
    own = InstrumentRef("port-board", "decision", "12", "4")
    assert any(s == own and r == "cites" and o == InstrumentRef("port-board", "decision", "11", "2") for s, r, o in facts)


@pytest.mark.parametrize(
    "text",
    [
        # a few quoted lines in prose
        '"Quoted line one","two"\nThe Board decided.\nAnother line of text.\nAnd another.\nAnd more.\nEnd.\n',
        # a comma-separated table without quotes
        "a,b,c\n1,2,3\n4,5,6\n7,8,9\n10,11,12\n",
    ],
)
def test_text_that_is_no_export_stays(text: str) -> None:
    assert normalise_layout(text)[0] == text


# --------------------------------------------------------------------------- lone tabbed headings


def test_a_lone_tabbed_number_and_title_is_a_heading(registry: BodyRegistry) -> None:
    text = (
        "Port Development Board\nTwelfth session\n\nPDB.12/Dec.4\tPort safety\n\n"
        "The Port Development Board:\n(a)\tRequested the Secretariat to prepare a study;\n"
    )
    fixed, _ = normalise_layout(text)
    assert "PDB.12/Dec.4 Port safety" in fixed
    own = InstrumentRef("port-board", "decision", "12", "4")
    facts = _facts(text, registry)
    assert (own, "title", "Port safety") in facts
    assert any(s == own and r == "requests" for s, r, _ in facts)


def test_rows_of_a_table_keep_their_tabs() -> None:
    text = "Documents\n\nPDB.12/1\tProvisional agenda\nPDB.12/2\tAnnual report\n"
    assert normalise_layout(text)[0] == text


# --------------------------------------------------------------------------- underlines and page marks

JUSTIFIED = """UNITED NATIONS                                         RDB/12/3
                                                       Distr.: General

                         ANNOTATED AGENDA
                         ================

1.  Review of the subsidiary structure
--------------------------------------

By   its  resolution  11/2,  the  Board  decided  to  establish  an
intergovernmental committee on rail safety.  The  committee  will
report to the Board at the present session and

                                 - 2 -
\f                                                       RDB/12/3

the Board may wish to endorse its recommendations.
"""


def test_underlines_page_numbers_and_the_symbol_as_header_go() -> None:
    fixed, _ = normalise_layout(JUSTIFIED)
    assert "===" not in fixed and "---" not in fixed and "- 2 -" not in fixed
    assert fixed.count("RDB/12/3") == 1  # the masthead's, not the page header's
    text = clean(JUSTIFIED).text
    assert "Review of the subsidiary structure\n\nBy its resolution" in text
    assert "present session and the Board may wish" in text
    _mapped_back(JUSTIFIED)


@pytest.mark.parametrize(
    "text",
    [
        "Heading\n\n---\n\nText after a thematic break.\n",  # a rule alone, not under a line
        "A long line of text that runs on\n---\n",  # a rule much shorter than the line above
        "Table\n\n- 2 - 3 -\n",  # dashes that are no page number
        "RDB/12/3\n\nText.\n\nRDB/12/3\n\nThe symbol cited in the text, with no page break.\n",
    ],
)
def test_rules_and_symbols_that_are_text_stay(text: str) -> None:
    assert normalise_layout(text)[0] == text

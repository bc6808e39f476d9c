"""An ITU-style resolution copied with a line break at every printed line, then re-flowed into
paragraphs by an office tool (L11): each clause's keyword, alone on its line in print ("considering",
"resolves", "instructs the Secretary-General"), runs onto the last item above it after its comma,
and a clause's numbered items run onto one line ("1 to keep …; 2 to set up …"). The keyword is set
on a line of its own again, each item on its own, and the clauses read as the printed ones.
Invented text: the Maritime Radio Union of `test_place_numbered_resolutions`."""

from __future__ import annotations

import pytest

from mandate_graph.graph.model import BodyRef, InstrumentRef
from mandate_graph.graph.reference import BodyRegistry
from mandate_graph.loaders.extract import extract
from mandate_graph.loaders.extract.plain_layouts import normalise_layout

from .reference_data import registry_from_turtle
from .test_place_numbered_resolutions import BODIES, RESOLUTION, facts

# RESOLUTION's clauses as a re-flowing tool leaves them: the keyword after the comma closing the
# item above, the items of a clause on one line
REFLOWED = (
    "Final Acts of the Plenary Assembly (Buenos Aires, 2034)\n"
    "Plenary Assembly of the Maritime Radio Union (PA-34), Buenos Aires, 2 - 13 October 2034\n"
    "RESOLUTION 12 (REV. BUENOS AIRES, 2034)\n"
    "Distress frequencies for small vessels\n"
    "The Plenary Assembly of the Maritime Radio Union (Buenos Aires, 2034), considering\n"
    "a)\tResolution 12 (Rev. Rio de Janeiro, 2026) of the Plenary Assembly, which the present text revises;\n"
    "b)\tResolution 3 (Rev. Lima, 2031) of the World Shipping Radio Conference (WSRC), on coast stations, recognizing\n"
    "a)\tthat, by Resolution 7 (Quito, 2022), the Plenary Assembly instructed the Secretary-General to keep a register;\n"
    "b)\tthat the register is kept, resolves\n"
    "1 to keep the distress frequencies under review; 2 to set up a Coordination Group on Small Vessel Safety, "
    "open to all Member States, instructs the Secretary-General\n"
    "1 to consult the Member States; 2 to report to the next Plenary Assembly,\n"
    "further instructs the Council\n"
    "to review the list at its next session.\n"
    "(Adopted at the ninth plenary meeting, 12 October 2034)\n"
)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> BodyRegistry:
    return registry_from_turtle(tmp_path_factory, BODIES)


def _as_word_text(text: str) -> str:
    return text.replace("\n", "\r\n")


def _as_wrapped(text: str) -> str:
    """LaTeX's or antiword's text: a blank line between paragraphs, long ones wrapped."""
    out = []
    for line in text.split("\n"):
        words, row = line.split(" "), ""
        for word in words:
            if row and len(row) + 1 + len(word) > 78:
                out.append(row)
                row = word
            else:
                row = f"{row} {word}" if row else word
        out.append(row + "\n")
    return "\n".join(out)


@pytest.mark.parametrize("layout", [_as_word_text, _as_wrapped])
def test_keywords_and_items_run_on_by_a_reflowing_tool_read_as_printed(registry: BodyRegistry, layout) -> None:
    own = InstrumentRef("mru/assembly", "resolution", "2034", "12")
    wanted = {relation: facts(extract(RESOLUTION, source_key="doc", registry=registry), relation)
              for relation in ("requests", "establishes", "cites")}
    assert wanted["establishes"] and {(own, BodyRef("mru/sg")), (own, BodyRef("mru/council"))} <= wanted["requests"]
    e = extract(layout(REFLOWED), source_key="doc", registry=registry)
    for relation, pairs in wanted.items():
        assert facts(e, relation) == pairs, relation


_LONG = " " + "and on the review of the plan by the Council at its session, " * 2 + "\n"


@pytest.mark.parametrize(
    "text, lines",
    [
        # one paragraph a line (Word's text, a line longer than any wrap): a line break;
        # paragraphs set apart, or lines wrapped at a width: a blank line
        ("The Council, recalling\na)\tDecision 4 (C30);" + _LONG, ["The Council,", "recalling", "a)\tDecision 4 (C30);" + _LONG[:-1], ""]),
        ("The Council, recalling\na)\tDecision 4 (C30);\n", ["The Council,", "", "recalling", "a)\tDecision 4 (C30);", ""]),
        ("The Council, recalling\n\na) Decision 4 (C30);\n", ["The Council,", "", "recalling", "", "a) Decision 4 (C30);", ""]),
        ("1 to act; 2 that the group meets;" + _LONG, ["1 to act;", "2 that the group meets;" + _LONG[:-1], ""]),
        # a page's running symbol on the keyword's line
        ("PA-34/12-E instructs the Council\n\n1 to act;\n", ["PA-34/12-E", "", "instructs the Council", "", "1 to act;", ""]),
        # near misses: a lead-in of prose over a lettered list, a keyword over no item, prose
        # after a comma, items out of order, a count in prose
        ("It covers several matters, including\na)\tthe budget;\n", None),
        ("The Council met twice in Geneva, decides\nthat the report is noted.\n", None),
        ("1 to act; 3 to report;\n", None),
        ("Mr. Li: Resolution 4/2, just adopted, also asks the Group\nto consider its methods.\n", None),
        ("It met on 1 and 2 June; 2 delegations left.\n", None),
        ("A/80/12 contains the list\n\n1 to act;\n", None),
    ],
)
def test_keyword_split_off_and_items_parted(text: str, lines: list[str] | None) -> None:
    normalised, changed = normalise_layout(text)
    if lines is None:
        assert changed is None or normalised == text
    else:
        assert normalised.split("\n") == lines


MASTHEAD_ROWS = [
    "WORLD WEATHER UNION\tWWU-GC-10/Res. 3",
    "GOVERNING COUNCIL\tSubmitted by: Chair of",
    "Tenth session\tthe Governing Council",
    "Lima, 2 to 6 May 2031\tAdopted: 5 May 2031",
]


def _text_blocks(text: str) -> list[str]:
    from mandate_graph.loaders.extract.clean import clean

    cleaned = clean(text)
    return [cleaned.text[b.start : b.end] for b in cleaned.blocks if b.kind == "text"]


def test_a_masthead_tables_rows_set_apart_by_blank_lines_read_column_after_column() -> None:
    # LaTeX's tabular and stripped RTF's rows: a blank line after each row; the masthead still
    # reads column after column, as Word's text of the same table does (L11)
    body = "\nRESOLUTION 3 (GC-10)\n\nTHE GOVERNING COUNCIL,\n\nRecalling its resolution 2 (GC-9),\n"
    word = _text_blocks("\n".join(MASTHEAD_ROWS) + "\n" + body)
    apart = _text_blocks("\n\n".join(MASTHEAD_ROWS) + "\n" + body)
    assert apart == word
    assert apart[:5] == ["GOVERNING COUNCIL", "Tenth session", "Lima, 2 to 6 May 2031",
                         "Submitted by: Chair of the Governing Council", "Adopted: 5 May 2031"]
    # (two blank lines between rows end the masthead's run: the rows read as before)
    assert _text_blocks("\n\n\n".join(MASTHEAD_ROWS[1:3]) + "\n" + body)[:2] == ["GOVERNING COUNCIL", "Submitted by: Chair of"]


MASTHEAD_ITEMS = ["GOVERNING COUNCIL", "Tenth session", "Lima, 2 to 6 May 2031", "Submitted by: Chair of the Council",
                  "Adopted: 5 May 2031", "RESOLUTION 3 (GC-10)"]
_BODY = "\nTHE GOVERNING COUNCIL,\n\nRecalling its resolution 2 (GC-9),\n"


@pytest.mark.parametrize(
    "top",
    [
        # a web page's masthead table, each cell's lines joined: html2text's pipe table, lynx's
        # columns, pdftotext -raw's lines (L11)
        "WORLD WEATHER UNION | WWU-GC-10/Res. 3\n---|---\nGOVERNING COUNCIL Tenth session Lima, 2 to 6 May 2031 | "
        "Submitted by: Chair of the Council Adopted: 5 May 2031\n\nRESOLUTION 3 (GC-10)\n",
        "   WORLD WEATHER UNION                              WWU-GC-10/Res. 3\n   GOVERNING COUNCIL Tenth session "
        "Lima, 2 to 6 May 2031 Submitted by: Chair of the Council Adopted: 5 May 2031\n\nRESOLUTION 3 (GC-10)\n",
        "WORLD WEATHER UNION\nWWU-GC-10/Res. 3\nGOVERNING COUNCIL Tenth session Lima, 2 to 6 May 2031\n"
        "Submitted by: Chair of the Council Adopted: 5 May 2031\nRESOLUTION 3 (GC-10)\n",
    ],
)
def test_a_masthead_cells_lines_run_on_are_its_items_again(top: str) -> None:
    blocks = _text_blocks(top + _BODY)
    at = blocks.index("GOVERNING COUNCIL")
    assert blocks[at : at + len(MASTHEAD_ITEMS)] == MASTHEAD_ITEMS


def test_prose_naming_a_session_is_no_masthead_cell() -> None:
    # near misses: a session named in a sentence, a field's label inside prose further down
    text = "Note by the Secretariat\n\nThe GOVERNING COUNCIL Tenth session report was adopted: see annex.\n"
    assert _text_blocks(text)[1] == "The GOVERNING COUNCIL Tenth session report was adopted: see annex."

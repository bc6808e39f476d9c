"""Word's text of a governing body's list of decisions (L5): the PDF prints a body's own symbol
in the margin and the title at the next column; Word's text sets a tab between them. The symbol
and the title are two items, as the PDF's columns give them, not a table's row of two cells.
Invented text and bodies."""

from __future__ import annotations

from mandate_graph.loaders.extract.clean import clean


def _blocks(text: str) -> list[tuple[str, str]]:
    cleaned = clean(text.replace("\r\n", "\r\n\r\n"))  # a blank line between paragraphs
    return [(b.kind, cleaned.text[b.start : b.end]) for b in cleaned.blocks]


_LIST = (
    "GOVERNING BOARD\r\n"
    "57th session\r\n"
    "I.\tRESOLUTIONS\r\n"
    "GB57.R1\tStrengthening the regional laboratory network\r\n"
    "(Third meeting, 4 March 2034)\r\n"
    "II.\tDECISIONS\r\n"
    "GB57(2)\tAudit Committee: report of its twelfth meeting\r\n"
    "The Governing Board, having considered the report of the Audit Committee, endorsed its recommendations.\r\n"
    "(Fifth meeting, 6 March 2034)\r\n"
)


def test_symbol_and_title_are_two_items() -> None:
    blocks = _blocks(_LIST)
    assert ("text", "GB57.R1") in blocks
    assert ("text", "Strengthening the regional laboratory network") in blocks
    assert ("text", "GB57(2)") in blocks
    assert ("text", "Audit Committee: report of its twelfth meeting") in blocks
    assert not any(kind == "table" for kind, _ in blocks)


def test_rows_of_figures_stay_a_table() -> None:
    # near misses: a figure after the symbol, a third cell, a lower-case cell
    text = (
        "Table 2\r\n"
        "GB57.R1\t4\t6\r\n"
        "GB57(2)\tAudit Committee\t2034\r\n"
        "CD60.R4\tsee annex\r\n"
    )
    kinds = dict((t, k) for k, t in _blocks(text))
    assert not any(t == "GB57.R1" or t == "GB57(2)" or t == "CD60.R4" for t in kinds)


def test_symbol_and_title_a_few_spaces_apart() -> None:
    # pdftotext -raw, lynx, html2text: the column's gap shrunk to one to five spaces
    text = (
        "I. RESOLUTIONS\n"
        "GB57.R1 Strengthening the regional laboratory network\n"
        "(Third meeting, 4 March 2034)\n"
        "II. DECISIONS\n"
        "GB57(2)     Audit Committee: report of its twelfth meeting\n"
    )
    blocks = [t for _, t in _blocks(text.replace("\n", "\r\n"))]
    assert "GB57.R1" in blocks and "GB57(2)" in blocks
    assert "Strengthening the regional laboratory network" in blocks


def test_symbol_inside_a_sentence_is_left() -> None:
    # near miss: the line above certainly goes on ("of"), the symbol is the sentence's
    text = "The Board took note of\nGB57.R1 Strengthening the network and asked for more.\n"
    blocks = [t for _, t in _blocks(text)]
    assert "GB57.R1" not in blocks

"""A grid table (reStructuredText's, pandoc's, Emacs's, a text exporter's) read as the rows it
holds: cells ruled by "+-----+-----+" lines and "|" borders, a row's cells wrapping over several
lines each (the words of one cell on the lines of its column, side by side with the others').

Read line by line, a sentence of a wrapped cell is cut into pieces that sit between pieces of
the other columns. Each row becomes: every cell of prose (`csv_tables.is_prose`) a paragraph of
its own, its lines joined by spaces (a word hyphenated at a cell's edge, "considera-" / "tion",
joined whole); every other cell a line "Column name<tab>value" (the header's name of its column,
as a record's row prints it). The header row (above the "+=====+" rule) names the columns and
is itself left out; a table without one names its columns nothing and its short cells stand
alone. Told by the text itself: a rule line of "+" and runs of "-" (or "="), and below it lines
opening and closing with "|" at the rule's "+" positions, two rows or more.

Each character kept maps to the character of the file it came from (`csv_tables` does so too).
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.csv_tables import is_prose
from mandate_graph.loaders.extract.layout import session_item_line
from mandate_graph.loaders.extract.rules.decision_tables import header_columns
from mandate_graph.loaders.extract.rewritten import Rewritten, rewrite_tables

_RULE = re.compile(r"^[ \t]*\+(?:-{3,}\+|={3,}\+){2,}[ \t]*$")
# A rule between rows drawn inside the outer borders, "|-------+-------|" (links -dump, w3m):
# a row rule like "+-------+-------+", its outer corners the borders' "|"
_INNER_RULE = re.compile(r"^[ \t]*\|(?:-{3,}\+|={3,}\+)+(?:-{3,}|={3,})\|[ \t]*$")
# One row is a table too: a Word masthead converted by pandoc is often a single row of two cells
# (the organ's name, the symbol and its distribution lines), ruled above and below (E249)
_FEWEST_ROWS = 1


def _borders(rule: str) -> list[int]:
    return [i for i, c in enumerate(rule) if c == "+"]


def _is_rule(line: str, borders: list[int]) -> bool:
    """A rule of the table: its "+" lines, or a rule between rows drawn inside the outer "|"
    borders at the same columns (`_INNER_RULE`)."""
    if _RULE.match(line):
        return _borders(line.rstrip()) == borders
    return bool(_INNER_RULE.match(line)) and [i for i, c in enumerate(line.rstrip()) if c in "|+"] == borders


def _fits(line: str, borders: list[int]) -> bool:
    """A row line of the table: "|" (or "+", where a cell spans) at every border, or at the outer
    borders only where the line's text runs across the inner ones (`_spans`)."""
    stripped = line.rstrip()
    if len(stripped) != borders[-1] + 1:
        return False
    return stripped[borders[0]] in "|+" and stripped[borders[-1]] in "|+"


def _spans(line: str, borders: list[int]) -> bool:
    """"| ![](media/logo.png){width="1.2in"}          |": a line whose text crosses an inner
    border, a cell spanning the row's columns (pandoc writes a merged cell so), read whole."""
    return any(line[b] not in "|+" for b in borders[1:-1])


def _tables(lines: list[str]) -> list[tuple[int, int, list[int]]]:
    """(first line, line after the last, borders) of each grid table."""
    found = []
    index = 0
    while index < len(lines):
        if "+--" not in lines[index] or not _RULE.match(lines[index]):
            index += 1
            continue
        borders = _borders(lines[index].rstrip())
        end = index + 1
        rows = 0
        while end < len(lines) and (_is_rule(lines[end], borders) or _fits(lines[end], borders)):
            if _is_rule(lines[end], borders):
                rows += 1
            end += 1
        if rows >= _FEWEST_ROWS and _RULE.match(lines[end - 1]):
            found.append((index, end, borders))
            index = end
        else:
            index += 1
    return found


def grid_table_export(text: str) -> tuple[str, list[int]] | None:
    """The text with each grid table read as its rows, and the map of each of its characters
    (and its end) to the offset in ``text`` it came from; None when the text holds no grid table."""
    if "+--" not in text:
        return None
    return rewrite_tables(text, _tables, _write_table)


def _write_table(out: Rewritten, lines: list[str], starts: list[int], first: int, after: int, borders: list[int]) -> None:
    if _write_as_pipes(out, lines, starts, first, after, borders):
        return
    text = out.original
    names: list[str] = []
    row: list[int] = []  # the line indexes of the row being read
    for index in range(first + 1, after):
        line = lines[index]
        if not _is_rule(line, borders):
            if not _spans(line, borders):
                row.append(index)
            elif line[borders[0] + 1 : borders[-1]].strip():
                # the merged cell's line, a paragraph of its own before the row's other cells
                at = starts[index] + borders[0] + 1
                piece = line[borders[0] + 1 : borders[-1]]
                begin = at + len(piece) - len(piece.lstrip())
                out.cell([(begin, at + len(piece.rstrip()))])
                out.literal("\n\n", at + len(piece.rstrip()))
            continue
        cells = _row_cells(text, lines, starts, row, borders)
        if "=" in line and not names:
            names = [" ".join(text[b:e] for b, e in cell).strip() for cell in cells]
        elif any(cells):
            for column, cell in enumerate(cells):
                if not cell:
                    continue
                value = " ".join(text[b:e] for b, e in cell)
                if is_prose(value):
                    out.cell(cell)
                    out.literal("\n\n", cell[-1][1])
                    continue
                if column < len(names) and names[column]:
                    out.literal(names[column] + "\t", cell[0][0])
                for item in _cell_items(text, cell):
                    out.cell(item)
                    out.literal("\n\n", item[-1][1])
        row = []


def _cell_items(text: str, cell: list[tuple[int, int]]) -> list[list[tuple[int, int]]]:
    """A cell of short lines (a masthead's) cut into the items it stacks: pandoc ends a line with
    "\\" where the cell's own line breaks ("Distr.: General\\" / "24 June 2034\\"; the "\\"
    left out), and a session line ("Twenty-eighth session", "New York, 3–5 May 2031") under a
    body's name is an item of its own (`layout.session_item_line`: no wrapped line looks like it),
    as the masthead of a printed document sets them; a blank line of the cell between two lines
    parts them too (a Word cell's paragraphs, E249, E253). Other lines run on, a long name wrapped."""
    items: list[list[tuple[int, int]]] = [[]]
    for n, (begin, end) in enumerate(cell):
        broken = text[end - 1] == "\\"
        if broken:
            end -= 1
            while end > begin and text[end - 1] in " \t":
                end -= 1
        alone = session_item_line(text[begin:end])
        # a blank line of the cell above this one: pandoc's paragraph break inside a cell
        parted = n > 0 and text.count("\n", cell[n - 1][1], begin) > 1
        if (alone or parted) and items[-1]:
            items.append([])
        if end > begin:
            items[-1].append((begin, end))
        if (broken or alone) and n < len(cell) - 1:
            items.append([])
    return [item for item in items if item]


def _row_cells(text: str, lines: list[str], starts: list[int], row: list[int], borders: list[int]) -> list[list[tuple[int, int]]]:
    """Per column, the spans of the cell's text on each line of the row (empty lines left out)."""
    cells: list[list[tuple[int, int]]] = [[] for _ in borders[1:]]
    for index in row:
        line, at = lines[index], starts[index]
        for column, (left, right) in enumerate(zip(borders, borders[1:])):
            piece = line[left + 1 : right]
            if not piece.strip():
                continue
            begin = left + 1 + (len(piece) - len(piece.lstrip()))
            end = left + 1 + len(piece.rstrip())
            cells[column].append((at + begin, at + end))
    return cells


def _write_as_pipes(out: Rewritten, lines: list[str], starts: list[int], first: int, after: int, borders: list[int]) -> bool:
    """"| Decision | Symbol | Title | Meeting | Date |" over the "+=====+" rule: a table of the
    instruments the document holds (its number column named by their kind), written as a pipe
    table whose rows `rules.decision_tables` reads, each wrapped title whole in its cell (as
    `aligned_tables` writes such a table); False, nothing written, for any other grid table."""
    text = out.original
    rows: list[list[list[tuple[int, int]]]] = []
    row: list[int] = []
    header = False
    for index in range(first + 1, after):
        if not _is_rule(lines[index], borders):
            if _spans(lines[index], borders):
                return False  # a merged cell: no table of decisions, one row a line
            row.append(index)
            continue
        cells = _row_cells(text, lines, starts, row, borders)
        if not rows:
            # the header row ruled off by "=", or by a rule like any other where its cells name
            # the columns of a table of instruments (w3m draws a "<th>" row so, E255)
            header = "=" in lines[index] or _names_instruments(text, cells)
            if not header:
                return False
        if any(cells):
            rows.append(cells)
        row = []
    if not header or len(rows) < 2:
        return False
    if not _names_instruments(text, rows[0]):
        return False
    for number, cells in enumerate(rows):
        if number:
            out.literal("\n", out.last_offset())
        out.pipe_row(cells, starts[first])
        if not number:
            out.pipe_delimiter(len(cells))
    return True


def _names_instruments(text: str, cells: list[list[tuple[int, int]]]) -> bool:
    """Whether a row's cells are the header of a table of instruments ("Decision | Title | Date
    adopted"): its number column named by their kind."""
    named = header_columns(" | ".join(" ".join(text[b:e] for b, e in cell) for cell in cells))
    return named is not None and named.kind is not None

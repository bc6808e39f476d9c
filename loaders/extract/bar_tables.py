"""A Word table as antiword writes it: each line of the table between "|" bars set at the same
columns ("|2031/EB.A/1|Adoption of the agenda        |1   |"), no rule line, and a cell too
long for its column wrapped onto the next lines of the table, where the other cells are blank
("|           |2030                          |    |").

Read line by line, the words of a wrapped cell are cut apart, and the bars stand in the text.
Each row becomes one line of its cells set apart by tabs, as Word's own plain text writes a
table ("2031/EB.A/2<tab>Annual performance report for 2030<tab>2"): a line whose first cell is
blank, or whose first word would not have fitted on the line above, continues the row above;
a word broken after its own hyphen at a cell's edge is joined whole, hyphen kept. A Markdown
pipe table (a "|---|" row under its header) is left to its own reader.
Told by the text itself: two lines or more in a row opening and closing with a bar, with two
cells or more, the bars of every line at the same columns. A cell may hold bars of its own ("|Languages
|Arabic | Chinese | English |  |", a page's field whose values a bar sets apart): a line holding
every bar of the grid, at its two ends too, and more between is the table's, its extra bars the
cell's text, when two lines of the table at least hold the grid's bars and no more.

Each character kept maps to the character of the file it came from.
"""

from __future__ import annotations

import re
from collections import Counter

from mandate_graph.loaders.extract.rewritten import Rewritten, rewrite_tables

_BAR_LINE = re.compile(r"^\|(?:[^|\n]*\|){2,}[ \t]*$")
# (Org mode's rule "|----+----|" joins its runs with "+": a pipe table's delimiter as well)
_DELIMITER = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*[|+])+\s*:?-*:?\s*\|?$")
_FEWEST_LINES = 2


def _bars(line: str) -> tuple[int, ...]:
    return tuple(i for i, c in enumerate(line.rstrip()) if c == "|")


def _holds(bars: tuple[int, ...], grid: tuple[int, ...]) -> bool:
    """Does a line's bars hold the grid's: the same two ends, every bar of the grid, maybe more
    between (bars inside a cell's text)?"""
    return bars == grid or _last_bar_moved(bars, grid) or (
        len(grid) > 2 and bars[0] == grid[0] and bars[-1] == grid[-1] and set(grid) <= set(bars)
    )


# how far the closing bar of a line may stand from the grid's: a right-aligned cell's text one
# column too wide for it ("|  |   26 February 2035|"), a line padded one short, pushes it
_LAST_BAR_SLACK = 2


def _last_bar_moved(bars: tuple[int, ...], grid: tuple[int, ...]) -> bool:
    """The grid's bars, but the closing one a column or two off (the last cell's text overran
    its column, or the line was padded short): still the table's line."""
    return len(bars) == len(grid) > 2 and bars[:-1] == grid[:-1] and abs(bars[-1] - grid[-1]) <= _LAST_BAR_SLACK


def _grid(lines: list[str], index: int) -> tuple[tuple[int, ...], int]:
    """The bars of the table starting at ``index`` and the line after it: the first line's bars,
    or, when the first line holds bars inside a cell, the fewer bars of a line below that every
    line above holds too."""
    grid = _bars(lines[index])
    end = index + 1
    while end < len(lines) and _BAR_LINE.match(lines[end]):
        bars = _bars(lines[end])
        if not _holds(bars, grid):
            if not all(_holds(_bars(line), bars) for line in lines[index:end]):
                break
            grid = bars
        end += 1
    if sum(_bars(line) == grid for line in lines[index:end]) >= _FEWEST_LINES:
        return grid, end
    # no grid that two lines print and no more: only the lines of the first one's bars
    grid, end = _bars(lines[index]), index + 1
    while end < len(lines) and _BAR_LINE.match(lines[end]) and _bars(lines[end]) == grid:
        end += 1
    return grid, end


def _tables(lines: list[str]) -> list[tuple[int, int, tuple[int, ...]]]:
    """(first line, line after, the columns of its bars) of each table."""
    found: list[tuple[int, int, tuple[int, ...]]] = []
    index = 0
    while index < len(lines):
        if not _BAR_LINE.match(lines[index]):
            index += 1
            continue
        grid, end = _grid(lines, index)
        rows = lines[index:end]
        # (rows right under a rule are a pipe table's body: Org's "|---+---|" has bars only at its ends)
        under_rule = index > 0 and _DELIMITER.match(lines[index - 1].strip()) is not None
        if end - index >= _FEWEST_LINES and not under_rule and not any(_DELIMITER.match(row.strip()) for row in rows):
            found.append((index, end, grid))
        index = end
    return found


def _raw_cells(line: str, grid: tuple[int, ...] | None = None) -> list[str]:
    """A table line's cells with their blanks (a right-aligned cell's text stands far right)."""
    if grid is None or _bars(line) == grid or _last_bar_moved(_bars(line), grid):
        return line.rstrip().strip("|").split("|")
    # a cell holding bars of its own: the line cut at the grid's bars only
    return [line[left + 1 : right] for left, right in zip(grid, grid[1:])]


def _cells(line: str, grid: tuple[int, ...] | None = None) -> list[str]:
    return [cell.strip() for cell in _raw_cells(line, grid)]


# the end of a cell's line that its words go on from ("Economic and" / "Social Council")
_OPEN_END = re.compile(r"(?:[,(/-]|\b(?:and|or|of|the|to|on|in|for|by|with|at|from|a|an))$")


def _continues(previous: list[str], cells: list[str], width: int, row: list[str]) -> bool:
    """Whether a table line goes on with the row above (``previous``, the cells of the line
    above; ``row``, the row's cells so far; ``width`` the first column's): its first cell is
    blank, or its first word would not have fitted after the first cell above (a tool wraps a
    cell only there) and the line goes on in lower case, or after an open end, or leaves cells
    blank as a wrap does (blank where the row holds words: a column blank in the row above too,
    a page's empty column of "Share" links, tells nothing). A first word that would have
    fitted, or a first cell under a blank one, begins a row of its own ("(C30)" / "decides 1")."""
    first = cells[0]
    if not first:
        return True
    above = previous[0].rstrip()
    if not above or len(above) + 1 + len(first.split(" ", 1)[0]) <= width - _CELL_PADDING:
        return False  # the first cell ended above (blank there), or stopped short of the bar
    if _OPEN_END.search(above) or any(not cell and held for cell, held in zip(cells[1:], row[1:])):
        return True
    return first[:1].islower() and not above.endswith((".", ";", ":"))


# the blanks antiword may leave inside a column's bars before the text would touch them
_CELL_PADDING = 2


def _joined(left: str, right: str) -> str:
    if not left or not right:
        return left or right
    if left.endswith("-") and left[-2:-1].isalpha():
        # a tool that wraps a cell breaks a line after a word's own hyphen and never
        # hyphenates: "machine-" / "assisted", "Secretary-" / "General"
        return left + right
    return left + " " + right


def bar_table_export(text: str) -> tuple[str, list[int]] | None:
    """The text with each antiword table read as tab-separated rows, and the map of each of its
    characters (and its end) to the offset in ``text`` it came from; None when it has none."""
    if "|\n" not in text and "|\r\n" not in text and not text.endswith("|"):
        return None
    return rewrite_tables(text, _all_tables, _write_any_table)


# An antiword table another tool laid out again, its bars no longer at the same columns: Word's
# text turned runs of blanks into tabs ("|<tab>|The Board approved …<tab>|"), pdftotext -layout
# justified and indented its lines and set blank lines between some, lynx indented them. Each line
# still opens and closes with a bar and holds as many; a cell's text set right (a date under a
# decision's text) still stands after a tab or a wide blank.
_LOOSE_LINE = re.compile(r"^[ \t]*\|(?:[^|\n]*\|){2,}[ \t\r]*$")
_SET_RIGHT = re.compile(r"^(?:[ ]*\t|[ ]{3,})")
_FEWEST_LOOSE_LINES = 3
# the blank lines a tool sets between two lines of a table: pdftotext -layout one, a LaTeX tabular
# broken by a row it took for a section heading three
_BLANKS_BETWEEN = 3


class _Loose:
    """A loose table's lines laid out again at common columns, and the line each came from."""

    def __init__(self, lines: list[str], indices: list[int], bars: tuple[int, ...]) -> None:
        self.lines, self.indices, self.bars = lines, indices, bars


def _all_tables(lines: list[str]) -> list[tuple[int, int, tuple[int, ...] | _Loose]]:
    # the loose tables first: two of their lines may stand at the same columns by chance
    found: list[tuple[int, int, tuple[int, ...] | _Loose]] = list(_loose_tables(lines))
    taken = {index for first, after, _ in found for index in range(first, after)}
    found.extend(table for table in _tables(lines) if not taken & set(range(table[0], table[1])))
    return sorted(found, key=lambda table: table[0])


def _loose_line(lines: list[str], index: int) -> tuple[str, int] | None:
    """The table line at ``index`` and the index after it: one line opening and closing with a
    bar, or one a browser's width wrapped, its closing bar on the next line ("|2035/1 |Report on
    the" / "   evaluation |")."""
    line = lines[index]
    if _LOOSE_LINE.match(line):
        return line, index + 1
    if index + 1 < len(lines) and line.lstrip().startswith("|") and not lines[index + 1].lstrip().startswith("|"):
        joined = line.rstrip() + " " + lines[index + 1].strip()
        if _LOOSE_LINE.match(joined):
            return joined, index + 2
    return None


# the lines a page break sets between two rows of a table: blank lines, the footer, the form feed
# and the next page's running head
_PAGE_GAP = 8


def _after_page_break(lines: list[str], after: int, count: int) -> int | None:
    """The line where a loose table (``count`` bars a line) goes on after a page break that
    follows its line before ``after``: within a few lines holding a form feed and no bar."""
    broken = False
    for index in range(after, min(after + _PAGE_GAP, len(lines))):
        line = _loose_line(lines, index)
        if line is not None:
            return index if broken and line[0].count("|") == count else None
        if "|" in lines[index]:
            return None
        broken = broken or "\f" in lines[index]
    return None


def _loose_tables(lines: list[str]) -> list[tuple[int, int, tuple[int, ...] | _Loose]]:
    """Runs of lines each opening and closing with a bar, as many bars on each (two or more
    cells), three blank lines between two of them at most (or a page break), some cell of the first column left blank (a
    row's cell wrapped), no columns of bars that half the lines share (an aligned table's, its
    reader's), no pipe table's rule among or above them."""
    found: list[tuple[int, int, tuple[int, ...] | _Loose]] = []
    index = 0
    while index < len(lines):
        first = _loose_line(lines, index)
        if first is None:
            index += 1
            continue
        count = first[0].count("|")
        members, texts = [index], [first[0]]
        end = after = first[1]
        while end < len(lines):
            line = _loose_line(lines, end)
            if line is not None and line[0].count("|") == count:
                members.append(end)
                texts.append(line[0])
                end = after = line[1]
                continue
            if not lines[end].strip() and end - after < _BLANKS_BETWEEN:
                end += 1
                continue
            resumed = _after_page_break(lines, after, count)
            if resumed is None:
                break
            end = resumed
        cells = [_loose_cells(text) for text in texts]
        under_rule = index > 0 and _DELIMITER.match(lines[index - 1].strip()) is not None
        if (
            len(members) >= _FEWEST_LOOSE_LINES
            and cells[0][0][1]
            and any(not cell[0][1] for cell in cells)
            and 2 * Counter(_bars(text.strip()) for text in texts).most_common(1)[0][1] < len(texts)
            and not under_rule
            and not any(_DELIMITER.match(text.strip()) for text in texts)
        ):
            found.append((index, after, _aligned(cells, members)))
        index = after
    return found


def _loose_cells(line: str) -> list[tuple[bool, str]]:
    """A loose table line's cells: (set right, the words with single blanks)."""
    raws = line.strip().strip("|").split("|")
    return [(bool(_SET_RIGHT.match(raw)) and bool(raw.strip()), " ".join(raw.split())) for raw in raws]


def _aligned(rows: list[list[tuple[bool, str]]], indices: list[int]) -> _Loose:
    """The lines as antiword sets them: each column as wide as its longest text and the padding."""
    widths = [max(len(row[column][1]) for row in rows) + _CELL_PADDING for column in range(len(rows[0]))]
    lines = ["|" + "|".join(text.rjust(width) if right else text.ljust(width) for (right, text), width in zip(row, widths)) + "|" for row in rows]
    return _Loose(lines, indices, _bars(lines[0]))


def _write_any_table(out: Rewritten, lines: list[str], starts: list[int], first: int, after: int, table: tuple[int, ...] | _Loose) -> None:
    if isinstance(table, _Loose):
        _write_table(out, table.lines, [starts[index] for index in table.indices], 0, len(table.lines), table.bars)
    else:
        _write_table(out, lines, starts, first, after, table)


def _new_paragraph(above: str, raw: str, width: int, fill: int) -> bool:
    """Whether a cell's line (``raw``, with its blanks) begins a paragraph of its own in the cell
    rather than going on with the cell's line above (``above``): its text stands far right (a
    date set right under a decision's text), or its first word would have fitted on the line
    above, which stops short without an open end, and it opens with a capital, a figure or a
    bracket ("School meals policy (2035-2040)" / "The Board approved …"). A tool that wraps a
    cell fills each line up to the column's ``fill`` (its longest line of text)."""
    text = raw.strip()
    if not text or not above.strip():
        return False
    if len(raw) - len(raw.lstrip()) >= max(_CELL_PADDING + 1, width // 3):
        return True
    if not (text[0].isupper() or text[0].isdigit() or text[0] in "([\"“"):
        return False
    above = above.rstrip()
    return len(above) + 1 + len(text.split(" ", 1)[0]) <= fill and not _OPEN_END.search(above)


def _fills(lines: list[list[str]], widths: list[int]) -> list[int]:
    """How far each column's text reaches on its longest line (not counting text set right)."""
    fills = [0] * len(widths)
    for cells in lines:
        for column, raw in enumerate(cells[: len(widths)]):
            if raw.strip() and not raw.startswith(" " * (_CELL_PADDING + 1)):
                fills[column] = max(fills[column], len(raw.rstrip()))
    return [fill or width for fill, width in zip(fills, widths)]


def _write_table(out: Rewritten, lines: list[str], starts: list[int], first: int, after: int, bars: tuple[int, ...]) -> None:
    # each row: the line it starts on, and each cell's paragraphs as (text, line it starts on)
    rows: list[tuple[int, list[list[tuple[str, int]]]]] = []
    width = bars[1] - bars[0] - 1
    widths = [right - left - 1 for left, right in zip(bars, bars[1:])]
    raws = [_raw_cells(lines[index], bars) for index in range(first, after)]
    fills = _fills(raws, widths)
    for index, raw in zip(range(first, after), raws):
        cells = [cell.strip() for cell in raw]
        held = [" ".join(text for text, _ in paragraphs) for paragraphs in rows[-1][1]] if rows else []
        if rows and _continues(_cells(lines[index - 1], bars), cells, width, held):
            above = raws[index - 1 - first]
            for column, (cell, paragraphs) in enumerate(zip(cells, rows[-1][1])):
                if not cell:
                    continue
                at = min(column, len(widths) - 1)
                if paragraphs and paragraphs[-1][0] and not _new_paragraph(above[column] if column < len(above) else "", raw[column], widths[at], fills[at]):
                    paragraphs[-1] = (_joined(paragraphs[-1][0], cell), paragraphs[-1][1])
                else:
                    paragraphs.append((cell, index))
        else:
            rows.append((index, [[(cell, index)] for cell in cells]))
    split = [any(len(paragraphs) > 1 for paragraphs in row) for _, row in rows]
    for number, (index, row) in enumerate(rows):
        heads = [paragraphs[0][0] if paragraphs else "" for paragraphs in row]
        while heads and not heads[-1]:
            heads = heads[:-1]
        if number:
            # a row whose cell holds paragraphs is set apart by blank lines, as Word's text
            # sets a decision's heading, its text and its date
            out.literal("\n\n" if split[number] or split[number - 1] else "\n", starts[index] - 1)
        out.literal("\t".join(heads), starts[index])
        for paragraphs in row:
            for words, line in paragraphs[1:]:
                out.literal("\n\n", starts[line] - 1)
                out.literal(words, starts[line])

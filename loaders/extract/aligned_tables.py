"""A table that `pdftotext -layout` prints with its columns aligned by spaces, read as its rows.

A PDF's table ("Symbol / Title / Agenda item", a list of the documents before a session) comes out
of `pdftotext -layout` as lines whose cells stand at the same columns, separated by runs of
spaces, a long cell wrapped inside its column: its further words on the lines below, under its
first words, with the other columns blank there. Read line by line, a title is cut into pieces
and its agenda item ("4") lands in the middle of it. Each row becomes one line of tab-separated
cells (as Word writes a table), each cell's pieces joined by spaces (a word hyphenated at the
cell's edge joined whole).

Told by the text itself: three columns or more, whose cells begin at the same positions on
three lines or more (a justified paragraph's runs of spaces fall anywhere), each row opening in
the first column with a short key (a symbol, a number) and each continuation line blank there. A
masthead of two columns is no such table, nor a page of two columns of prose. Each character kept maps to the character of the file it came from.
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.rewritten import Rewritten, rewrite_tables
from mandate_graph.loaders.extract.rules.decision_tables import header_columns
from mandate_graph.loaders.extract.rules.meeting_tables import header_columns as meeting_columns

_GAP = re.compile(r" {3,}")
# A table ruled by dashes above or below its rows is pandoc's or a converter's, read by
# `plain_layouts.dashed_rule_table_changes`.
_RULE = re.compile(r"^\s*-{10,}[\s-]*$")
# A rule a PDF draws under a table's header comes out of pdftotext as a line of underscores (or of
# box-drawing or equals signs): it sets the header apart from the rows as a blank line would.
_HEADER_RULE = re.compile(r"^[ ]*(?:_{10,}|={10,}|[─━]{10,})[ ]*$")
_FEWEST_COLUMNS = 3
_FEWEST_ROWS = 3
_SLIP = 1  # a cell may begin a column away from where its column does (a figure set right)
# A first cell wrapped onto the next line goes on with a joining word ("International Cooperation" /
# "and Technical Assistance"): a row's key opens with a capital or a figure, never with these.
_GOES_ON = re.compile(r"(?:and|or|of|on|for|in|to|the|with|&)\s")
# A table's first column holds short keys (a symbol, a number, "Symbol"): a page set in two
# columns of prose (`columns.py`) has long pieces there.
_LONGEST_KEY = 30
# What a number column headed "No.", "Number" or "Symbol" holds in a table of instruments: a number
# ("12/1", "2031/4", a treaty body's "XII/3", "EB.2031/4", "WHA79.4") or an instrument's symbol
# ("A/RES/80/5", "E/CN.21/RES/12/1", "UNEP/EA.6/Res.3"); a document's symbol ("E/CN.21/2031/3",
# "OA/12/4") is none, nor a row's ordinal ("1", "2.").
_INSTRUMENT_NUMBER = re.compile(
    r"(?:(?:19|20)\d\d|\d{1,3})/\d{1,4}"
    r"|[IVXLC]{1,7}/\d{1,3}"
    r"|[A-Z][A-Za-z]{0,5}[.-]?\d{1,4}[./]\d{1,4}"  # "WHA88.11", "IDB.51/2", "PC-74/1"
    r"|[A-Z][\w.()-]*(?:/[\w.()-]+)*/(?:RES|DEC|Res|Dec)[./]\S+"
)

INSTRUMENT_NUMBER = _INSTRUMENT_NUMBER  # `line_cell_tables` tells a table of instruments the same way


def _segments(line: str) -> list[tuple[int, int]]:
    """(begin, end) of each run of text between gaps of three spaces or more."""
    found = []
    position = len(line) - len(line.lstrip(" "))
    for gap in _GAP.finditer(line, position):
        if gap.start() > position:
            found.append((position, gap.start()))
        position = gap.end()
    end = len(line.rstrip())
    if end > position:
        found.append((position, end))
    return found


def _column_of(begin: int, columns: list[int]) -> int | None:
    for index, start in enumerate(columns):
        if abs(begin - start) <= _SLIP:
            return index
    return None


def _fits(segments: list[tuple[int, int]], columns: list[int]) -> bool:
    """Each piece of the line begins at a column, and no two at the same one."""
    found = [_column_of(begin, columns) for begin, _ in segments]
    return None not in found and len(set(found)) == len(found)


def _tables(lines: list[str]) -> list[tuple[int, int, tuple[list[int], bool]]]:
    """(first line, line after the last, (column starts, whether blank lines set its rows
    apart)) of each aligned table."""
    found = []
    index = 0
    while index < len(lines):
        # (a line without three spaces in a row is done without a copy of it stripped)
        if "   " not in lines[index] or "   " not in lines[index].strip(" ") or "\t" in lines[index]:
            index += 1
            continue
        head = _segments(lines[index])
        if len(head) < _FEWEST_COLUMNS and not (len(head) == 2 and _DOCUMENTS_HEADER.fullmatch(lines[index].strip()) is not None):
            index += 1
            continue
        columns = [begin for begin, _ in head]
        if head[0][1] - head[0][0] > _LONGEST_KEY:
            index += 1
            continue
        if len(head) == 2 and (after := _documents_in_blocks(lines, index, head)) is not None:
            # "Document   Title" over rows set apart by blank lines, each title wrapped in its
            # column (an annex listing the documents before a session, E256)
            found.append((index, after, (columns, True)))
            index = after
            continue
        if index + 1 < len(lines) and _HEADER_RULE.match(lines[index + 1]) and (after := _ruled_row_blocks(lines, index, columns)) is not None:
            # "Resolution/decision   Mandated activities   Reports requested" over a rule, rows
            # of several lines apart from each other by blank lines, every column wrapped (E161)
            found.append((index, after, (columns, True)))
            index = after
            continue
        end, rows, full_rows = index + 1, 1, 1
        if _header_over_a_blank(lines, index, head, columns):
            end += 1  # "Decision   Title   Date of adoption", a blank line, then the rows
        while end < len(lines):
            line = lines[end]
            if not line.strip() or "\t" in line or "\f" in line:
                break
            segments = _segments(line)
            if not _fits(segments, columns):
                break
            if _column_of(segments[0][0], columns) == 0:
                if segments[0][1] - segments[0][0] > _LONGEST_KEY:
                    break  # prose in the first column: two columns of text side by side, no table
                rows += 1
                full_rows += len(segments) >= 2
            end += 1
        ruled = any(_RULE.match(lines[i]) for i in (*range(max(0, index - 3), index), end) if i < len(lines))
        if full_rows >= _FEWEST_ROWS and not ruled:
            found.append((index, end, (columns, False)))
            index = end
        else:
            index += 1
    return found


def _cut_at_columns(line: str, segments: list[tuple[int, int]], columns: list[int]) -> list[tuple[int, int]] | None:
    """The line's pieces, each cut where a column starts inside it after a space ("coastal regions
    (6 April 2029)  to report": a wrapped cell run up to two spaces from the next column); None
    when a piece runs across a column's start inside a word."""
    cut = []
    for begin, end in segments:
        for start in columns:
            if begin + _SLIP < start < end:
                if line[start - 1] != " " or line[start] == " ":
                    return None
                cut.append((begin, len(line[:start].rstrip())))
                begin = start
        cut.append((begin, end))
    return cut


def _ruled_row_blocks(lines: list[str], index: int, columns: list[int]) -> int | None:
    """The line after the last row of a table whose header at ``index`` stands over a rule and
    whose rows are blocks of lines set apart by blank lines, down to a closing rule (a budget
    report's "Resolution/decision | Mandated activities | Reports requested", each cell wrapped
    beside the others): None unless every line keeps to the header's columns, each block opens
    with a key in the first column and a cell beside it, there are two blocks or more and one of
    them wraps its first cell (one line a row is the table `_tables` reads row by row)."""
    blocks, wrapped, in_block, end = 0, False, False, index + 2
    while end < len(lines):
        line = lines[end]
        if _HEADER_RULE.match(line):
            break  # the closing rule
        if "\t" in line or "\f" in line:
            return None
        if not line.strip():
            in_block = False
            end += 1
            continue
        segments = _cut_at_columns(line, _segments(line), columns)
        if segments is None or not _fits(segments, columns):
            return None
        first = _column_of(segments[0][0], columns) == 0
        if not in_block:
            if not first or len(segments) < 2 or segments[0][1] - segments[0][0] > _LONGEST_KEY:
                return None
            blocks, in_block = blocks + 1, True
        elif first:
            wrapped = True
        end += 1
    else:
        return None  # no closing rule
    if blocks < 2 or not wrapped:
        return None
    while not lines[end - 1].strip():
        end -= 1
    return end


# A header of two columns naming a list of documents: "Document   Title", "Symbol   Title"
_DOCUMENTS_HEADER = re.compile(r"(?i:(?:document(?:\s+symbol)?|symbol)s?)\s{3,}(?i:titles?)")


def _documents_in_blocks(lines: list[str], index: int, head: list[tuple[int, int]]) -> int | None:
    """The line after the last row of a two-column list of documents headed at ``index``
    ("Document   Title"), its rows set apart by blank lines and its titles wrapped in their column
    (the first column blank on a title's further lines): None unless the header is such, every
    line keeps to its columns, each row opens with a short key beside its title, there are two rows
    or more and one title wraps (one line a row is read line by line as before)."""
    if _DOCUMENTS_HEADER.fullmatch(lines[index].strip()) is None:
        return None
    columns = [begin for begin, _ in head]
    rows, wrapped, in_row, end, last = 0, False, False, index + 1, index + 1
    while end < len(lines):
        line = lines[end]
        if "\t" in line or "\f" in line:
            break
        if not line.strip():
            if not in_row and end > index + 1:
                break  # two blank lines: the list is over
            in_row = False
            end += 1
            continue
        segments = _segments(line)
        if not _fits(segments, columns):
            break
        first = _column_of(segments[0][0], columns) == 0
        if first:
            if len(segments) != 2 or segments[0][1] - segments[0][0] > _LONGEST_KEY or in_row:
                break
            rows, in_row = rows + 1, True
        elif not in_row:
            break
        else:
            wrapped = True
        end += 1
        last = end
    return last if rows >= 2 and wrapped else None


def _header_over_a_blank(lines: list[str], index: int, head: list[tuple[int, int]], columns: list[int]) -> bool:
    """A header row that names a number and a title column, set apart from the rows below it by
    one blank line or a drawn rule, the first row's cells at the header's columns."""
    if index + 2 >= len(lines) or not lines[index + 2].strip() or "\t" in lines[index + 2]:
        return False
    if lines[index + 1].strip() and not _HEADER_RULE.match(lines[index + 1]):
        return False
    below = _segments(lines[index + 2])
    if len(below) < 2 or not _fits(below, columns) or _column_of(below[0][0], columns) != 0:
        return False
    return header_columns(" | ".join(lines[index][b:e] for b, e in head)) is not None


def _numbers_instruments(text: str, rows: list[list[list[tuple[int, int]]]], column: int) -> bool:
    """A number column headed "No." or "Symbol" (no kind named) whose every cell is an
    instrument's number or symbol: a table of instruments, not of documents."""
    return bool(rows) and all(
        len(row[column]) == 1 and _INSTRUMENT_NUMBER.fullmatch(text[row[column][0][0] : row[column][0][1]].strip("*_ ")) is not None
        for row in rows
    )


def aligned_table_export(text: str) -> tuple[str, list[int]] | None:
    """The text with each aligned table read as its rows, and the map of each of its characters
    (and its end) to the offset in ``text`` it came from; None when the text holds no such table."""
    if "   " not in text:
        return None
    return rewrite_tables(text, _tables, _write_table)


def _write_table(out: Rewritten, lines: list[str], starts: list[int], first: int, after: int, table: tuple[list[int], bool]) -> None:
    text = out.original
    columns, in_blocks = table
    rows: list[list[list[tuple[int, int]]]] = []
    apart = True  # (in a table of row blocks: a blank line before the line)
    for index in range(first, after):
        segments = _segments(lines[index])
        if in_blocks and segments:
            segments = _cut_at_columns(lines[index], segments, columns) or segments
        if not segments or (index == first + 1 and _HEADER_RULE.match(lines[index])):
            apart = True
            continue  # the blank line or the rule under the header
        opens = apart if in_blocks else _column_of(segments[0][0], columns) == 0 and not (
            rows and _GOES_ON.match(text, starts[index] + segments[0][0]) is not None
        )
        apart = False
        if opens or not rows:
            rows.append([[] for _ in columns])
        for begin, end in segments:
            column = _column_of(begin, columns)
            assert column is not None  # _tables kept only lines that fit
            rows[-1][column].append((starts[index] + begin, starts[index] + end))
    # "Decision   Title   Adopted on": a table of the instruments the document holds (its
    # number column named by their kind) is written as a pipe table, whose cells its reader
    # (`rules.decision_tables`) tells apart; a table of documents ("Symbol  Title") stays as it was
    header = " | ".join(text[b:e] for cell in rows[0] for b, e in cell[:1])
    named = header_columns(header)
    as_pipes = named is not None and (named.kind is not None or _numbers_instruments(text, rows[1:], named.number))
    # "Working group   Meeting   Dates   Report": a table of meetings, whose reader
    # (`rules.meeting_tables`) reads pipe rows too
    as_pipes = as_pipes or meeting_columns(f"| {header} |") is not None
    for number, row in enumerate(rows):
        if number:
            out.literal("\n", out.last_offset())
        if as_pipes:
            out.pipe_row(row, starts[first])
            if not number:
                out.pipe_delimiter(len(row))
            continue
        for column, cell in enumerate(row):
            if column:
                out.literal("\t", cell[0][0] if cell else out.last_offset())
            out.cell(cell)

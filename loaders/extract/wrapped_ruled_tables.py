"""A table ruled by dashes under its header whose cells wrap and whose rows run on under section
headings, read as its rows (E121): a checklist or list of the documents of a session as a
secretariat types it in fixed-width columns.

    Symbol                      Item  Title                                               A C E F R S
    --------------------------  ----  --------------------------------------------------  -----------
    A/HRC/WG.6/52/1             1     Provisional agenda                                  x x x x x x
    A/HRC/WG.6/52/2             2     Timetable of reviews and composition of the         x x x x x x
                                      troikas (drawn by lot on 14 October 2031)

    SECTION A. DOCUMENTS FOR THE REVIEWS (item 3)

    A/HRC/WG.6/52/GHA/1         3     National report submitted in accordance with        x p x x p x
                                      paragraph 5 of the annex to ... resolution 16/21

Pandoc's simple table (`plain_layouts.dashed_rule_table_changes`) ends at its first blank line and
reads a wrapped title's further lines as rows of their own; the aligned-table reader
(`aligned_tables`) leaves a ruled table alone and splits columns at runs of three spaces, which a
narrow column ("Item  Title") does not leave. Here the rule gives the columns: each line that
keeps to them and opens with a key in the first column (a symbol or number: one word) is a row,
each line blank there and filled in another column goes on with the row above (a wrapped cell),
and the rows go on past blank lines, section headings and a lead-in sentence ("Reports of ... ,
transmitted to ...:"), which stay lines of their own between the rows, down to a rule of
underscores (the notes), a form feed or the text's end. Each row becomes one line of
tab-separated cells, each cell's pieces joined by spaces; the rule goes.

Told by the text itself: a rule of three runs of dashes or more with a header above it that keeps
to them, and at least one row whose cell wraps (a table of one line a row is pandoc's, read as a
pipe table). A page of prose ruled by dashes is no such table: its lines do not keep to the rule's
columns with a one-word key in the first.
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.multiline_tables import column_spans
from mandate_graph.loaders.extract.rewritten import Rewritten, rewrite_tables

_COLUMN_RULE = re.compile(r"^[ ]*-{3,}(?:[ ]+-{3,}){2,}[ ]*$")
_DASH_RUN = re.compile(r"-{3,}")
# a rule across the page that sets notes apart, or a page break: the table has ended
_NOTES_RULE = re.compile(r"^[ ]*(?:_{8,}|-{30,}|={8,})[ ]*$")
_LONGEST_KEY = 40
# lines between two runs of rows that are no rows: a heading, a lead-in sentence (more, and the
# table has ended)
_LONGEST_BREAK = 6


def _fits(line: str, columns: list[int]) -> bool:
    """No text before the first column, and none running over a later column's start."""
    if "\t" in line or "|" in line or line[: columns[0]].strip():
        return False
    return all(start >= len(line) or line[start - 1] == " " for start in columns[1:])


def _cell(line: str, columns: list[int], n: int) -> str:
    end = columns[n + 1] if n + 1 < len(columns) else len(line)
    return line[columns[n] : end].strip()


def _row_start(line: str, columns: list[int]) -> bool:
    """A row's first line: a one-word key in the first column ("A/HRC/WG.6/52/1", "12"), text in
    another."""
    key = _cell(line, columns, 0)
    return (
        _fits(line, columns) and bool(key) and " " not in key and len(key) <= _LONGEST_KEY
        and any(_cell(line, columns, n) for n in range(1, len(columns)))
    )


def _goes_on(line: str, columns: list[int]) -> bool:
    """A wrapped cell's further line: blank in the first column, text in another."""
    return _fits(line, columns) and not _cell(line, columns, 0) and bool(line.strip())


def _tables(lines: list[str]) -> list[tuple[int, int, tuple[int, list[int]]]]:
    """(header line, line after the last row, (rule line, column starts)) of each table."""
    found: list[tuple[int, int, tuple[int, list[int]]]] = []
    index = 1
    while index < len(lines):
        rule = lines[index]
        if "---" not in rule or not _COLUMN_RULE.match(rule):
            index += 1
            continue
        columns = [m.start() for m in _DASH_RUN.finditer(rule)]
        header = lines[index - 1]
        if not _fits(header, columns) or not _cell(header, columns, 0) or not any(
            _cell(header, columns, n) for n in range(1, len(columns))
        ):
            index += 1
            continue
        last, wrapped, rows = index, False, 0
        previous_is_row = False
        below = index + 1
        while below < len(lines):
            line = lines[below]
            if "\f" in line or _NOTES_RULE.match(line) or below - last > _LONGEST_BREAK + 1:
                break
            if _row_start(line, columns):
                rows += 1
                last, previous_is_row = below, True
            elif previous_is_row and _goes_on(line, columns):
                wrapped = True
                last = below
            else:
                previous_is_row = False
            below += 1
        if rows >= 2 and wrapped:
            found.append((index - 1, last + 1, (index, columns)))
            index = last + 1
        else:
            index += 1
    return found


def wrapped_ruled_table_export(text: str) -> tuple[str, list[int]] | None:
    """The text with each such table read as its rows (one line of tab-separated cells a row, the
    lines between runs of rows kept as they are), and the map of each character (and the end) to
    the offset of ``text`` it came from; None when the text holds no such table."""
    if "---  " not in text and "--- -" not in text:
        return None
    return rewrite_tables(text, _tables, _write_table)


def _write_table(out: Rewritten, lines: list[str], starts: list[int], header: int, after: int,
                 rule_and_columns: tuple[int, list[int]]) -> None:
    rule, columns = rule_and_columns
    # each row: its lines; each line between rows: None and its index
    pieces: list[list[int] | int] = [[header]]
    previous_is_row = False
    for index in range(rule + 1, after):
        line = lines[index]
        if _row_start(line, columns):
            pieces.append([index])
            previous_is_row = True
        elif previous_is_row and _goes_on(line, columns):
            last = pieces[-1]
            assert isinstance(last, list)
            last.append(index)
        else:
            pieces.append(index)
            previous_is_row = False
    for number, piece in enumerate(pieces):
        if number:
            out.literal("\n", out.last_offset())
        if isinstance(piece, int):
            out.keep(starts[piece], starts[piece] + len(lines[piece]))
            continue
        row: list[list[tuple[int, int]]] = [[] for _ in columns]
        for index in piece:
            for column, span in enumerate(column_spans(lines[index], starts[index], columns)):
                if span is not None:
                    row[column].append(span)
        for column, cell in enumerate(row):
            if column:
                out.literal("\t", cell[0][0] if cell else out.last_offset())
            out.cell(cell)

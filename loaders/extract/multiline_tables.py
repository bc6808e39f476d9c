"""Pandoc's multiline tables (`pandoc -t plain` of a Word table whose cells wrap), read as pipe
tables: a rule of dashes across the table, the header, a rule of one run of dashes a column, then
rows set apart by blank lines, a long cell wrapped inside its column on the lines below its first,
and a rule across the table to close it:

      ------------------------------------------------
      Decision   Title                        Adopted
      ---------- ---------------------------- --------
      7/1        Tide gauges                  3 May
      7/2        Coastal data and early       4 May
                 warning

      7/3        Dates of the next session    5 May
      ------------------------------------------------

Read line by line, the wrapped cell is a line of its own and every row after the first blank
line falls outside the table. Each row becomes one pipe row, each cell's pieces joined by spaces,
so that the table's readers (`rules.decision_tables`) see one row an entry. Told by the rules
alone: a closing rule must be found before any line that strays from the columns.
"""

from __future__ import annotations

import re

from mandate_graph.loaders.extract.rewritten import Rewritten, rewrite_tables

_FULL_RULE = re.compile(r"^[ ]*-{10,}[ ]*$")
_COLUMN_RULE = re.compile(r"^[ ]*-{3,}(?:[ ]+-{3,})+[ ]*$")
_DASH_RUN = re.compile(r"-{3,}")
_LONGEST_HEADER = 3  # lines of a header between the opening rule and the column rule


def is_multiline_header_rule(lines: list[str], index: int) -> bool:
    """Whether the column rule at ``index`` is a multiline table's: a rule across the table
    stands a few lines above it."""
    return any(_FULL_RULE.match(lines[i]) for i in range(max(0, index - 1 - _LONGEST_HEADER), index - 1))


def column_spans(line: str, at: int, columns: list[int]) -> list[tuple[int, int] | None]:
    """The span of each column's text on ``line`` (offsets from ``at``), None where it is blank."""
    spans: list[tuple[int, int] | None] = []
    for n, start in enumerate(columns):
        end = columns[n + 1] if n + 1 < len(columns) else len(line)
        piece = line[start:end]
        if not piece.strip():
            spans.append(None)
            continue
        left = start + len(piece) - len(piece.lstrip())
        spans.append((at + left, at + start + len(piece.rstrip())))
    return spans


def _fits(line: str, columns: list[int]) -> bool:
    """No text before the first column, and none running over a column's start."""
    if line[: columns[0]].strip():
        return False
    return all(start >= len(line) or line[start - 1] == " " for start in columns[1:])


def _tables(lines: list[str]) -> list[tuple[int, int, int, list[int]]]:
    """(first header line, column rule, closing rule, column starts) of each multiline table."""
    found = []
    for index, line in enumerate(lines):
        if "---" not in line or not _COLUMN_RULE.match(line) or not is_multiline_header_rule(lines, index):
            continue
        top = max(i for i in range(max(0, index - 1 - _LONGEST_HEADER), index - 1) if _FULL_RULE.match(lines[i]))
        columns = [m.start() for m in _DASH_RUN.finditer(line)]
        header = range(top + 1, index)
        if not all(lines[i].strip() and _fits(lines[i], columns) for i in header):
            continue
        close = next((i for i in range(index + 1, len(lines)) if _FULL_RULE.match(lines[i]) or not _fits(lines[i], columns)), None)
        if close is None or not _FULL_RULE.match(lines[close]) or close == index + 1:
            continue
        found.append((top + 1, index, close, columns))
    return found


def multiline_table_export(text: str) -> tuple[str, list[int]] | None:
    """The text with each multiline table written as a pipe table (header, delimiter, one row a
    line), and the map of each character (and the end) to the offset of ``text`` it came from;
    None when the text holds no such table."""
    if "----------" not in text:
        return None
    return rewrite_tables(text, lambda lines: [(header, close, (rule, columns)) for header, rule, close, columns in _tables(lines)],
                          _write_table)


def _write_table(out: Rewritten, lines: list[str], starts: list[int], header_line: int, close: int,
                 rule_and_columns: tuple[int, list[int]]) -> None:
    rule, columns = rule_and_columns
    if len(columns) == 2 and not any(line.strip() for line in lines[: header_line - 1]):
        _write_masthead(out, lines, starts, header_line, close, rule_and_columns)
        return
    rows: list[list[int]] = [list(range(header_line, rule))]
    current: list[int] = []
    for index in range(rule + 1, close):
        # a row ends at a blank line, or where the next opens with text in the first column
        if current and (not lines[index].strip() or column_spans(lines[index], 0, columns)[0] is not None):
            rows.append(current)
            current = []
        if lines[index].strip():
            current.append(index)
    if current:
        rows.append(current)
    for number, block in enumerate(rows):
        if number:
            out.literal("\n", out.last_offset())
        row: list[list[tuple[int, int]]] = [[] for _ in columns]
        for index in block:
            for column, span in enumerate(column_spans(lines[index], starts[index], columns)):
                if span is not None:
                    row[column].append(span)
        out.pipe_row(row, starts[block[0]])
        if not number:
            out.pipe_delimiter(len(columns))


def _write_masthead(out: Rewritten, lines: list[str], starts: list[int], header_line: int, close: int,
                    rule_and_columns: tuple[int, list[int]]) -> None:
    """A table of two columns that opens the document is its masthead, as Word lays one out
    (`pandoc -t plain` of a WMO resolution): the organization, the organ, the session and its
    place and days on the left, the symbol, the submitter and the adoption day on the right, one
    item a line (E213). Read as a table, each line of the left column ran into the right one's
    ("Eighty-sixth session | the Executive Council"): written as the left column's lines, then the
    right column's, each a paragraph of its own; a line opening in lower case goes on with the
    one above it ("Submitted by: President of" / "the Executive Council")."""
    rule, columns = rule_and_columns
    items: list[list[tuple[int, int]]] = []
    for column in range(len(columns)):
        for index in (*range(header_line, rule), *range(rule + 1, close)):
            span = column_spans(lines[index], starts[index], columns)[column]
            if span is None:
                continue
            if items and column and out.original[span[0] : span[0] + 1].islower() and items[-1][-1][1] < span[0]:
                items[-1].append(span)
            else:
                items.append([span])
    for number, item in enumerate(items):
        if number:
            out.literal("\n\n", out.last_offset())
        out.cell(item)

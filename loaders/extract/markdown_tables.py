"""Markdown pipe tables: a header row, a delimiter row (``---|---``), then rows of cells.

A conversion to Markdown sets a masthead in such a table ("United Nations | E/ICEF/2027/18",
the issue date and distribution in the next cell, stacked with ``<br>``), and a compendium of
decisions lists them in one ("| 2027/10 | Annual report ... | 8 June 2027 |"). Cleaning needs
where the tables are and where their cells lie; `rules.decision_tables` reads the rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# "---|---", "|:---|---:|": every cell of the row is a run of hyphens, perhaps with colons.
_DELIMITER_ROW = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$")
# A cell ends at an unescaped "|"; a "<br>" stacks lines inside a cell.
_CELL_BREAK = re.compile(r"(?<!\\)\||<br\s*/?>", re.IGNORECASE)
_CELL_SEPARATOR = re.compile(r"(?<!\\)\|")


@dataclass(frozen=True)
class PipeTable:
    header: int  # line index of the header row
    delimiter: int  # line index of the delimiter row
    last: int  # line index of the last body row

    @property
    def rows(self) -> range:
        return range(self.header, self.last + 1)


def is_delimiter_row(line: str) -> bool:
    return "-" in line and _DELIMITER_ROW.match(line) is not None


def pipe_tables(lines: list[str]) -> list[PipeTable]:
    """The pipe tables of a text: a row with a "|" right above a delimiter row, and the rows
    with a "|" that follow it up to the first line without one."""
    tables = []
    for index, line in enumerate(lines):
        if index == 0 or not is_delimiter_row(line) or "|" not in lines[index - 1]:
            continue
        last = index
        while last + 1 < len(lines) and "|" in lines[last + 1] and not is_delimiter_row(lines[last + 1]):
            last += 1
        tables.append(PipeTable(index - 1, index, last))
    return tables


def cell_spans(line: str) -> list[tuple[int, int]]:
    """Where the text of each cell of a row lies, and each line a ``<br>`` stacks in a cell,
    without the spaces around it; empty cells are left out."""
    spans = []
    start = 0
    for m in [*_CELL_BREAK.finditer(line), None]:
        end = m.start() if m is not None else len(line)
        piece = line[start:end]
        if piece.strip():
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, start + len(piece.rstrip())))
        if m is not None:
            start = m.end()
    return spans


def cells(row: str) -> list[str]:
    """The cells of a row as text, the outer pipes dropped ("| a | b |" -> ["a", "b"])."""
    stripped = row.strip()
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|") and not stripped.endswith("\\|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in _CELL_SEPARATOR.split(stripped)]

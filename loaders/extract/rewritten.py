"""A text rebuilt from pieces of an original, each character mapped back to where it came from.

The table readers (grid, aligned and antiword bar tables) give a table's rows as tab-separated
lines and keep the rest of the text as it is; every fact's span must still point into the file
the user loaded. `Rewritten` collects the pieces and, beside them, the original offset of each
character (and of the end), the map `clean` composes with its other passes.
"""

from __future__ import annotations

from typing import Callable, TypeVar

from mandate_graph.loaders.extract.layout import number_in_words

Table = TypeVar("Table")


def line_starts(lines: list[str]) -> list[int]:
    """The offset of each line's first character in the text ``"\\n".join(lines)``."""
    starts = []
    position = 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return starts


def _number_in_words(before: str, after: str) -> bool:
    left, right = before.split()[-1:], after.split()[:1]
    return bool(left and right) and number_in_words(left[0].lower(), right[0].lower().rstrip(".,;:"))


class Rewritten:
    """The rebuilt text of ``original``, written piece by piece."""

    def __init__(self, original: str) -> None:
        self.original = original
        self.pieces: list[str] = []
        self.offsets: list[int] = []

    def keep(self, begin: int, end: int) -> None:
        """The original's characters ``begin:end``, as they are."""
        self.pieces.append(self.original[begin:end])
        self.offsets.extend(range(begin, end))

    def literal(self, value: str, at: int) -> None:
        """``value`` written anew (a tab between cells, a line break between rows), at ``at``."""
        self.pieces.append(value)
        self.offsets.extend([at] * len(value))

    def cell(self, spans: list[tuple[int, int]]) -> None:
        """A table cell's text from the spans it holds on each of its lines, joined by a space;
        a word hyphenated at a line's end ("considera-" / "tion") is one word again."""
        text = self.original
        for n, (begin, end) in enumerate(spans):
            if n:
                previous_end = spans[n - 1][1]
                glued = text[previous_end - 1] == "-" and text[previous_end - 2 : previous_end - 1].isalpha() and text[begin : begin + 1].islower()
                if glued and _number_in_words(text[spans[n - 1][0] : previous_end - 1], text[begin:end]):
                    # "on its thirty-" / "eighth plenary session": a number in words keeps its hyphen (E255)
                    self.keep(begin, end)
                    continue
                # a double symbol broken after its hyphen ("A/81/215-" / "E/2026/64"): one again
                joint = text[previous_end - 1] == "-" and "/" in text[spans[n - 1][0] : previous_end].split()[-1] and "/" in text[begin:end].split()[0]
                if glued:
                    self.pieces[-1] = self.pieces[-1][:-1]
                    self.offsets.pop()
                elif not joint:
                    self.literal(" ", previous_end)
            self.keep(begin, end)

    def pipe_row(self, row: list[list[tuple[int, int]]], at: int) -> None:
        """One row of a Markdown pipe table ("| 2031/1 | Title | 9 December 2031 |"), each cell
        from its spans; an empty cell's bars stand at ``at``."""
        for cell in row:
            self.literal("| ", cell[0][0] if cell else self.last_offset(at))
            self.cell(cell)
            self.literal(" ", self.last_offset(at))
        self.literal("|", self.last_offset(at))

    def pipe_delimiter(self, columns: int) -> None:
        """The row under a pipe table's header ("|---|---|")."""
        self.literal("\n|" + "|".join("---" for _ in range(columns)) + "|", self.last_offset())

    def last_offset(self, default: int = 0) -> int:
        return self.offsets[-1] if self.offsets else default

    def finished(self, done: int) -> tuple[str, list[int]]:
        """The rebuilt text, the original kept from ``done`` to its end, and the offsets' map."""
        self.keep(done, len(self.original))
        self.offsets.append(len(self.original))
        return "".join(self.pieces), self.offsets


def rewrite_tables(
    text: str,
    tables_in: Callable[[list[str]], list[tuple[int, int, Table]]],
    write_table: Callable[[Rewritten, list[str], list[int], int, int, Table], None],
) -> tuple[str, list[int]] | None:
    """The text with each table that ``tables_in`` finds in its lines (its first line, the line
    after its last, and what its reader needs) written by ``write_table``, the text between tables
    kept as it is; with the map of each character (and the end) to its offset in ``text``. None
    when there is no table. The plan every table reader (grid, aligned, multiline, bar) shares."""
    lines = text.split("\n")
    tables = tables_in(lines)
    if not tables:
        return None
    starts = line_starts(lines)
    out = Rewritten(text)
    done = 0
    for first, after, table in tables:
        out.keep(done, starts[first])
        write_table(out, lines, starts, first, after, table)
        done = starts[after - 1] + len(lines[after - 1])
    return out.finished(done)

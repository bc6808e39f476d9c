"""Tables whose cells stand one to a line, with no blank line between them.

A PDF viewer's copy of a table, or a converter that writes each text object on a line of its own
(pdftotext where a table's cells were drawn apart, a row's cells on baselines of their own), gives
a table as a run of short lines in reading order: "2031/1" / "Scientific advisory panel" /
"9 December 2031" / "2031/2" / ... The rows are lost, and with them which title and date belong
to which decision. The row's key, a symbol-shaped or number-shaped cell alone on its line, recurs
at the table's period (its number of columns, 2 to 5); a row one line longer than the period has
a cell wrapped over two lines. The header, when there is one, is that many column names one a
line just above the first key.

Each row found becomes one line (a wrapped cell's lines joined by a space), written as
`aligned_tables` writes pdftotext -layout's tables: a pipe table when its header names the
instruments it lists, tab-separated cells otherwise.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Sequence

from mandate_graph.loaders.extract.aligned_tables import INSTRUMENT_NUMBER
from mandate_graph.loaders.extract.rules import meeting_tables
from mandate_graph.loaders.extract.rules.decision_tables import header_columns

# A row's key: a document symbol ("A/RES/80/12", "BWC/MSP/2031/3", "UNEP/EA.7/Res.2"), a numbered
# decision or resolution ("2031/1", "62/11", "XIV/3", "12 (LXX)", a series' letters joined by a
# hyphen, "PC-74/1", "EB-12/3", E272) or a bare number ("7").
_KEY = r"(?:[A-Z][A-Za-z.]{0,11}/){0,6}[A-Za-z.]{0,4}(?:(?<=[A-Z])-)?\d[\w.()-]{0,24}(?:/[\w.()-]{1,24}){0,6}(?: \([A-Z]{1,8}\))?"
# A key alone on its line (bounded repeats: tried only where a line begins).
_KEY_LINE = re.compile(r"(?m)^[^\S\n]{0,40}(" + _KEY + r")[^\S\n]{0,40}$")
_CLOSE_KEYS = 5  # the gate: two key lines at most this many line breaks apart (a table of two rows)
_BARE_NUMBER = re.compile(r"\d{1,4}")

_LONGEST_CELL = 160
_MIN_ROWS = 3
_MAX_COLUMNS = 5
_PAGE_FOOT = 3  # a page's foot between two rows: the job number, its bar code, the page number
_HEADER_NAME = re.compile(r"[A-Z][A-Za-z.()/]*(?:[ -][A-Za-z.()/]+){0,3}")
_COLUMN_WORD = re.compile(
    r"(?:Symbol|Title|Subject|Decision|Resolution|Document|Documents|Date(?:\s+of\s+adoption)?|Adoption\s+date"
    r"|Adopted(?:\s+on)?|Vote|Agenda\s+item|Item|No\.?|Number|Session|Meeting|Dates|Venue|Place|Report|Outcome|Status)",
    re.IGNORECASE,
)
# a paragraph's label or a sentence's end: prose, not a cell
_PROSE = re.compile(r"^(?:\d{1,3}\.|\([a-z0-9]{1,4}\)|[IVX]{1,5}\.)\s|[.;:,]$")


def may_hold_line_cell_table(text: str) -> bool:
    """Whether `line_cell_table_changes` can change anything in ``text``: two key-shaped lines
    alone, one to four lines apart. One pass over the text's key lines; most texts hold none
    close together, and their lines are not read."""
    previous = -1
    for match in _KEY_LINE.finditer(text):
        if previous >= 0 and text.count("\n", previous, match.start()) <= _CLOSE_KEYS:
            return True
        previous = match.start()
    return False


def _is_cell(line: str) -> bool:
    body = line.strip()
    return 0 < len(body) <= _LONGEST_CELL and "\t" not in body and "|" not in body and not _PROSE.search(body)


def _is_key(line: str) -> bool:
    return _KEY_LINE.fullmatch(line) is not None  # as the gate finds it


def _key_runs(lines: list[str], keys: list[int]) -> list[list[int]]:
    """Runs of key lines at a fixed period: the gap from one key to the next is the period (the
    smallest gap of the run, 2 to 5) or one or two more (a wrapped cell), at least half the gaps are
    the period itself (or a header names that many columns), and every line between is a cell."""
    runs: list[list[int]] = []
    run: list[int] = []
    for key in keys:
        if "\f" in lines[key]:
            continue  # a page's first line, its running header: no row (a row after it may go on the table)
        if run and (
            2 <= key - run[-1] <= _MAX_COLUMNS + 2 and all(_is_cell(lines[i]) for i in range(run[-1] + 1, key))
            or _page_turn(lines, run[-1], key) is not None
        ):
            run.append(key)
            continue
        if len(run) >= _MIN_ROWS:
            runs.append(run)
        run = [key]
    if len(run) >= _MIN_ROWS:
        runs.append(run)
    periodic = []
    for run in runs:
        gaps = [b - a for a, b in zip(run, run[1:]) if _page_turn(lines, a, b) is None]
        period = min(gaps, default=0)
        # most rows one line a cell, or a header of as many column names (then every title may wrap)
        if 2 <= period <= _MAX_COLUMNS and all(g <= period + 2 for g in gaps) and (
            gaps.count(period) * 2 >= len(gaps) or _header(lines, run[0], period)
        ):
            periodic.append(run)
    return periodic


def _page_turn(lines: list[str], key: int, next_key: int) -> int | None:
    """Where a page turns between two rows (pdftotext's form feed opens the next page's first
    line, its running header): the line of the form feed, when the row before it and the page's
    foot take at most a few lines more than a row does and one line of header follows."""
    if next_key - key > _MAX_COLUMNS + 2 + _PAGE_FOOT + 2:
        return None
    turn = next((i for i in range(key + 1, next_key) if "\f" in lines[i]), None)
    if turn is None or next_key - turn > 2 or not all(lines[i].strip() for i in range(key + 1, next_key)):
        return None
    return turn


def _header(lines: list[str], first_key: int, period: int) -> bool:
    """The ``period`` lines above the first key are column names, one a line, one of them a word
    tables use for a column."""
    if first_key < period:
        return False
    names = [lines[i].strip() for i in range(first_key - period, first_key)]
    return all(len(n) <= 30 and _HEADER_NAME.fullmatch(n) for n in names) and any(
        _COLUMN_WORD.fullmatch(n) for n in names
    )


def _two_key_columns(lines: list[str], run: list[int], period: int) -> tuple[list[int], int]:
    """A row with two key-shaped cells ("Codex Committee on Food Hygiene (CCFH)" / "57th" /
    "4–8 December 2034, Nairobi" / "REP35/FH": the session's ordinal and the report's symbol)
    makes a run of keys at half the row's period. When no header of ``period`` names stands
    above the run but one of twice as many does, above one of its first two keys, the row is
    that long and its first key column the row's key: every other key of the run. The two
    columns' keys differ in shape (an ordinal or a number, a symbol), or the run is one column's
    keys under a header whose last names are a table's title above it."""
    wide = period * 2
    if wide > _MAX_COLUMNS or len(run) < 4:
        return run, period
    shapes = [_key_shape(lines[i]) for i in run]
    if len(set(shapes[0::2])) != 1 or len(set(shapes[1::2])) != 1 or shapes[0] == shapes[1]:
        return run, period
    for first in (0, 1):
        keys = run[first::2]
        if len(keys) >= 2 and all(b - a == wide for a, b in zip(keys, keys[1:])) and any(
            _header(lines, keys[0] - o, wide) for o in range(wide)
        ):
            return keys, wide
    return run, period


_ORDINAL_OR_NUMBER = re.compile(r"\d{1,4}(?:st|nd|rd|th)?")


def _key_shape(line: str) -> bool:
    """Whether a key is an ordinal or a number ("57th", "12") rather than a symbol."""
    return _ORDINAL_OR_NUMBER.fullmatch(line.strip()) is not None


def _under_page_column(lines: list[str], first_key: int, period: int) -> bool:
    return any(lines[i].strip().lower() in ("page", "pages", "paragraph", "paragraphs")
               for i in range(max(0, first_key - period), first_key))


def _rows(lines: list[str], run: list[int], period: int) -> list[list[list[int]]]:
    """Each row's cells as the line numbers each holds. A row longer than the period has its
    widest column wrapped: the columns before it take a line each from the row's start, those
    after it a line each from its end, the widest the lines between."""
    spans = [list(range(a, b))[:period] if _page_turn(lines, a, b) is not None else list(range(a, b))
             for a, b in zip(run, run[1:])]
    last = run[-1]
    tail = [i for i in range(last, min(last + period, len(lines)))]
    if len(tail) == period and all(_is_cell(lines[i]) for i in tail[1:]):
        spans.append(tail)
    exact = [span for span in spans if len(span) == period]
    widths = [sum(len(lines[span[c]].strip()) for span in exact) for c in range(period)]
    widest = max(range(period), key=widths.__getitem__)
    rows = []
    for span in spans:
        extra = len(span) - period
        cells = [[i] for i in span[:widest]]
        cells.append(span[widest:widest + 1 + extra])
        cells += [[i] for i in span[widest + 1 + extra:]]
        rows.append(cells)
    return rows


def line_cell_table_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Each table of one cell a line (see the module's doc) made rows of tab-separated cells: the
    line break between two cells of a row a tab, between two lines of a wrapped cell a space, the
    header's names (when there is one) a row too."""
    text_keys = [i for i, line in enumerate(lines) if _is_key(line)] if len(lines) < 64 else None
    if text_keys is None:
        joined = "\n".join(lines)
        line_of = list(starts)
        text_keys = [bisect_right(line_of, m.start(1)) - 1 for m in _KEY_LINE.finditer(joined)]
    # symbols first: a bare number inside a table of symbols is a cell (an agenda item), no key
    symbol_keys = [i for i in text_keys if not _BARE_NUMBER.fullmatch(lines[i].strip())]
    runs = _key_runs(lines, symbol_keys)
    taken = {i for run in runs for i in range(run[0], run[-1] + _MAX_COLUMNS + 3)}
    symbols = set(symbol_keys)
    runs += _key_runs(lines, [i for i in text_keys if i not in taken and i not in symbols])
    changes: list[tuple[int, int, str | None]] = []
    for run in runs:
        period = min(b - a for a, b in zip(run, run[1:]) if _page_turn(lines, a, b) is None)
        run, period = _two_key_columns(lines, run, period)
        # the key may stand in a later column ("Agenda item / Symbol / Title"): the header above
        # says where a row opens
        offset = next((o for o in range(period) if _header(lines, run[0] - o, period)), 0)
        run = [key - offset for key in run]
        if _under_page_column(lines, run[0], period):
            continue  # a table of contents ("Resolution / Page"): its entries are read as headings
        headed = _header(lines, run[0], period)
        if not headed and any(_BARE_NUMBER.fullmatch(lines[i].strip()) for i in run):
            continue  # numbers over lines of text without a header: a list of headings, a contents
        rows = _rows(lines, run, period)
        if headed:
            rows.insert(0, [[i] for i in range(run[0] - period, run[0])])
        pipes = _as_pipes(lines, rows, headed)
        if period == 2 and not pipes:
            # a list of documents, a symbol over its title: `clean` pairs those lines already,
            # and a title's own sentence ("held in Geneva on 4 February") reads best on its line
            continue
        changes += _row_changes(lines, starts, rows, pipes)
    return changes


def _as_pipes(lines: list[str], rows: list[list[list[int]]], headed: bool) -> bool:
    """As `aligned_tables` writes pdftotext -layout's tables: a table of the instruments the
    document holds (its header names their kind, or a "No." column of instrument numbers) is a
    pipe table, whose cells `rules.decision_tables` tells apart; any other table rows of tabs."""
    if not headed:
        return False
    names = " | ".join(lines[cell[0]].strip() for cell in rows[0])
    if meeting_tables.header_columns(f"| {names} |") is not None:
        return True  # a table of gatherings ("Committee | Session | Dates and venue | Report"), read as one
    named = header_columns(names)
    return named is not None and (named.kind is not None or all(
        len(row[named.number]) == 1 and INSTRUMENT_NUMBER.fullmatch(lines[row[named.number][0]].strip()) is not None
        for row in rows[1:]
    ))


def _row_changes(
    lines: list[str], starts: Sequence[int], rows: list[list[list[int]]], pipes: bool,
) -> list[tuple[int, int, str | None]]:
    """The line break between two cells of a row a cell separator, between two lines of a wrapped
    cell a space; a pipe table's rows framed by bars, its header followed by a delimiter row."""
    changes: list[tuple[int, int, str | None]] = []
    for before, after in zip(rows, rows[1:]):
        if after[0][0] > before[-1][-1] + 1:
            # a page's foot and head between two rows: dropped, so that the rows stay one table
            changes.append((starts[before[-1][-1] + 1], starts[after[0][0]], ""))
    for number, cells in enumerate(rows):
        for c, cell in enumerate(cells):
            for at, i in enumerate(cell):
                begin = starts[i] + len(lines[i]) - len(lines[i].lstrip())
                if c == 0 and at == 0:
                    if pipes:
                        changes.append((begin, begin, "| "))
                    continue
                end_of_previous = starts[i - 1] + len(lines[i - 1].rstrip())
                changes.append((end_of_previous, begin, " " if at else (" | " if pipes else "\t")))
        if pipes:
            last = cells[-1][-1]
            end = starts[last] + len(lines[last].rstrip())
            changes.append((end, end, " |" + ("\n|" + "|".join("---" for _ in cells) + "|" if number == 0 else "")))
    return changes

"""A table drawn with box-drawing characters, as w3m (and some terminals' and text exporters'
tables) prints a page's table: a top rule "┌──────┬──────┐", each row's lines "│Symbol │A/91/83 │",
a rule "├──────┼──────┤" between rows, a bottom rule "└──────┴──────┘" (light, heavy or double
lines alike).

Read line by line, the rules stand as lines of their own between the rows and the bars as odd
characters at both ends of each cell, so a page's record ("│Symbol │JIU/REP/2035/4 │") reads as
neither a field nor a row: its key and its value come apart as two paragraphs. The table is the
one antiword writes with "|" bars and no rules (`bar_tables`): each vertical line becomes a bar,
each rule line goes, and `bar_tables` then writes each row as Word's text does ("Symbol<tab>
JIU/REP/2035/4"), which the readers of a record's fields read. Told by the text itself: a top rule
opening with a corner, lines opening and closing with a vertical line, a bottom rule; a rule of
horizontal lines alone (a page's separator "━━━━") is no table's and stays.
"""

from __future__ import annotations

import re
from typing import Sequence

_VERTICALS = "│┃║"
# a rule line: corners, junctions and horizontal lines, with blanks
_TOP = re.compile(r"^[ \t]*[┌┏╔][─━═┬┳╦ ]*[┐┓╗][ \t]*$")
_MIDDLE = re.compile(r"^[ \t]*[├┣╠][─━═┼╋╬ ]*[┤┫╣][ \t]*$")
_BOTTOM = re.compile(r"^[ \t]*[└┗╚][─━═┴┻╩ ]*[┘┛╝][ \t]*$")
_ROW = re.compile(r"^[ \t]*[│┃║].*[│┃║][ \t]*$")
_FEWEST_ROWS = 2


def may_hold_box_table(text: str) -> bool:
    return ("┌" in text or "┏" in text or "╔" in text) and ("│" in text or "┃" in text or "║" in text)


def box_table_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Each box-drawn table's rule lines gone (with their line breaks) and its vertical lines made
    bars; nothing where a top rule has no rows and a bottom rule under it."""
    changes: list[tuple[int, int, str | None]] = []
    index = 0
    while index < len(lines):
        if not _TOP.match(lines[index]):
            index += 1
            continue
        end = index + 1
        rows: list[int] = []
        rules = [index]
        while end < len(lines) and (_ROW.match(lines[end]) or _MIDDLE.match(lines[end])):
            (rows if _ROW.match(lines[end]) else rules).append(end)
            end += 1
        if end >= len(lines) or not _BOTTOM.match(lines[end]) or len(rows) < _FEWEST_ROWS:
            index = end
            continue
        rules.append(end)
        for rule in rules:
            # the rule and its line break (the one before it, on the text's last line): the rows
            # stand one under the other, as antiword prints them
            last = rule + 1 == len(lines)
            changes.append((starts[rule] - (1 if last else 0), starts[rule] + len(lines[rule]) + (0 if last else 1), ""))
        for row in rows:
            line = lines[row]
            if (indent := len(line) - len(line.lstrip(" \t"))) > 0:
                changes.append((starts[row], starts[row] + indent, ""))  # (antiword's bars open the line)
            changes.extend((starts[row] + at, starts[row] + at + 1, "|") for at, c in enumerate(line) if c in _VERTICALS)
        index = end + 1
    return changes

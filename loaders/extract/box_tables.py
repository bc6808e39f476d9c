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
_TOP = re.compile(r"^[ \t]*[┌┏╔][─━═┬┳╦ ]*[┐┓╗][ \t\r]*$")
_MIDDLE = re.compile(r"^[ \t]*[├┣╠][─━═┼╋╬ ]*[┤┫╣][ \t\r]*$")
_BOTTOM = re.compile(r"^[ \t]*[└┗╚][─━═┴┻╩ ]*[┘┛╝][ \t\r]*$")
_ROW = re.compile(r"^[ \t]*[│┃║].*[│┃║][ \t\r]*$")
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
            beside = rule - 1 if rule == index else rule + 1 if rule == end else -1
            if 0 <= beside < len(lines) and lines[beside].strip():
                # a top rule right under a line of text, a bottom rule right over one (Word's text
                # sets no blank line around a table): the rule becomes the blank line that sets
                # the table apart from a heading above it or a paragraph below it (L18)
                changes.append((starts[rule], starts[rule] + len(lines[rule].rstrip("\r")), ""))
                continue
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


# A box-drawn table that a re-flowing tool ran into one paragraph (Word's text of a page saved
# from w3m: each line of the table a line of the paragraph, so one space between them, and the
# cells' padding shrunk to one space): "┌───┬───┐ │Symbol │Title │ ├───┼───┤ │2036/3 │Title … │ └───┴───┘",
# which antiword also wraps at its width, in the middle of a row's cells. The top rule's junctions
# tell the columns, so each row line is its first vertical and as many more as there are columns;
# each line, and each rule, goes back onto a line of its own, a row wrapped inside goes back onto
# one line (L18).
_RUN_TOP = re.compile(r"^[ \t]*([┌┏╔][─━═┬┳╦]*[┐┓╗])(?=[ \t\r]+[│┃║]|[ \t\r]*$)")
_RUN_MIDDLE = re.compile(r"[├┣╠][─━═┼╋╬]*[┤┫╣]")
_RUN_BOTTOM = re.compile(r"[└┗╚][─━═┴┻╩]*[┘┛╝]")
_RULE_CHARACTERS = "┌┏╔├┣╠└┗╚┐┓╗┤┫╣┘┛╝"
_LONGEST_RUN = 4000
_BLANK = " \t\r\n"


def reflowed_box_table_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Line breaks put back between the lines of each box-drawn table run into one line; nothing
    where the run does not read as the top rule's columns throughout, up to a bottom rule, or
    where each line of the table stands on its own already."""
    text = "\n".join(lines)
    changes: list[tuple[int, int, str | None]] = []
    for index, line in enumerate(lines):
        top = _RUN_TOP.match(line)
        if top is None:
            continue
        verticals = sum(top.group(1).count(c) for c in "┬┳╦") + 2
        # the text's own line end (Word's text "\r\n")
        newline = "\r\n" if line.endswith("\r") else "\n"
        base = starts[index]
        at = base + top.end(1)
        limit = min(len(text), at + _LONGEST_RUN)
        found: list[tuple[int, int, str]] = []
        rows = 0
        closed = False
        while True:
            blank = at
            while at < limit and text[at] in _BLANK:
                at += 1
            if at == blank or at >= limit or "\n\n" in text[blank:at]:
                break  # lines of the table run on with no blank, or a paragraph ends
            found.append((blank, at, newline))
            if text[at] in _VERTICALS:
                seen = 0
                end = at
                while end < limit and seen < verticals and text[end] not in _RULE_CHARACTERS:
                    if text[end] in _VERTICALS:
                        seen += 1
                    elif text[end] == "\n":
                        # a row wrapped inside: its pieces join again
                        piece = end
                        while piece > at and text[piece - 1] in " \t\r":
                            piece -= 1
                        after = end + 1
                        while after < limit and text[after] in " \t":
                            after += 1
                        found.append((piece, after, " "))
                        end = after
                        continue
                    end += 1
                if seen < verticals:
                    break
                rows += 1
                at = end
            elif rule := _RUN_MIDDLE.match(text, at) or _RUN_BOTTOM.match(text, at):
                at = rule.end()
                if rule.re is _RUN_BOTTOM:
                    closed = True
                    break
            else:
                break
        if not closed or rows < _FEWEST_ROWS:
            continue
        changes.extend((b, e, r) for b, e, r in found if text[b:e] != r)
    return changes

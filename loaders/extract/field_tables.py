"""A web page's table of fields, a key column and a value column, in every tool's layout.

A resolution's or a meeting's page prints the record of what it holds under its heading:
"Document symbol | HSP/HA.5/Res.3", "Session | Fifth session of ..., Nairobi, 2–6 June 2035",
"Date of adoption | 6 June 2035", "Venue: | International Conference Centre Geneva, Geneva". Saved
as text by the browser or by Word the table is one row a line, its two cells a tab apart
("Date of adoption<tab>6 June 2035"), and the readers of those fields (`rules.records`, a page's
place and dates fields in `relate`) read such rows, which the reading of the text around skips
(an instrument's heading still finds its opening formula below them). Other tools lay the same
table out otherwise, and its rows come out as paragraphs that hide the formula from the heading
and the fields from their readers:

- pdftotext -layout, aligned columns: " Date of adoption          6 June 2035", a long value
  wrapped onto the next lines and a blank line after them;
- pdftotext -raw, a key line then a value line ("Date of adoption" / "6 June 2035"), or the
  two on one line a space apart, a long value wrapped onto the next lines, no blank lines;
- lynx, a space or a column gap between key and value ("Agenda item      6"), rows parted by
  blank lines where a value wrapped;
- html2text, a Markdown table ("Date of adoption | 6 June 2035" over "---|---"), a row the
  converter left outside it as a paragraph ("Session Fifth session of ...");
- "Key: value" lines, the label keeping its colon;
- html2text's bold labels ("**Meeting:** 17th Meeting of …", a `<strong>` label on the page,
  E224): the label set apart by markup, as a tab or a bar sets it apart.

Told by the keys: each row's first cell is a field's name that such pages use (`_KEYS`), two
rows at least with two names, no other line between them but a wrapped value's lines, blank
lines and a Markdown table's "---|---". A two-column table of something else (a list of
participants, a budget's lines, a calendar's columns "Session   Dates   Venue") has no such
keys down its first column, and is left as it is. Each row becomes what Word's text writes:
"Key<tab>value" on one line (the label's colon kept), a wrapped value's lines joined by a space
(a word hyphenated at a line's end whole again), the blank lines and the "---|---" between rows
gone. Every character kept maps to the one it came from (changes for `apply_changes`).
"""

from __future__ import annotations

import re
from typing import Sequence

# The fields' names, as the record of a resolution's, a decision's or a session's page writes
# them (longest first, so that "Date of adoption" is not read as "Date").
_KEYS = sorted(
    (
        "Document symbol", "Symbol", "Session", "Meeting", "Date of adoption", "Adoption date", "Date adopted",
        "Adopted", "Agenda item", "Languages", "Venue", "Place", "Location", "Dates", "Date", "Held jointly with",
        "Vote", "Voting", "Document type", "Cluster", "Document number", "Status",
    ),
    key=len,
    reverse=True,
)
_KEY = "(?:" + "|".join(k.replace(" ", r"\s") for k in _KEYS) + ")"
# A row's line: the key (its first letter a capital), its colon if any, then the value after a
# Markdown table's bar, a column gap, a tab or a space; or the key alone (its value below).
# A label in bold ("**Meeting:**", "**Meeting**:") keeps its markers out of the key.
_ROW = re.compile(
    rf"^(?P<indent>[ \f]*)(?P<bold>\*\*)?(?=[A-Z])(?P<key>(?i:{_KEY}))(?P<colon>:?)(?(bold)\*\*:?|)"
    r"(?:(?P<sep>[ \t]*\|[ \t]*|[ \t]{2,}|[ \t])(?P<value>\S.*?))?[ \t]*$"
)
# the row under a Markdown table's first one: "---|---", "|---|---|", ":--|--:"
_DELIMITER = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
# a value holding a gap of columns: the line is a row of a wider table ("Session   Dates   Venue")
_COLUMN_GAP = re.compile(r"\S {4,}\S")
# A value a space after its key with no colon ("Session Fifth session of ...") is a value when it
# opens as one: a capital, a figure, a bracket, a symbol (not "Date of adoption of the report").
_LOOSE_VALUE = re.compile(r"^[A-Z0-9\[(“\"]")
# a line of capitalised words alone, no figure, no punctuation: a column's name ("Title", "Agenda
# item" is a key), not a field's value
_COLUMN_NAMES = re.compile(r"^[A-Z][a-z]*(?:\s+[A-Z][a-z]*){0,2}$")
_FEWEST_ROWS = 2
# "Key: value" lines, one a field, as many as a record page's table holds ("Document number:",
# "Meeting:", "Date of adoption:", "Status:"; Word's text of html2text's bold labels, L14): a table
# of fields, where two or three such lines are a masthead's fields the paragraphs' readers read
_RECORD_ROWS = 4
_LONGEST_VALUE_LINE = 100  # a value alone on its line under its key
_LONGEST_WRAP = 3  # a wrapped value's lines under its row, in a layout with blank lines
_GATE = re.compile(rf"(?m)^[ \f]*(?:\*\*)?(?:{_KEY})\b")


def may_hold_field_table(text: str) -> bool:
    """Whether two lines of ``text`` open with a field's name at least (most texts have none)."""
    found = _GATE.findall(text)
    return len(found) >= _FEWEST_ROWS


class _Row:
    __slots__ = ("index", "key_end", "value_start", "value_line", "last", "shape", "cells")

    def __init__(self, index: int, key_end: int, value_start: int, value_line: int, shape: str, cells: int) -> None:
        self.index = index  # the line of its key
        self.key_end = key_end  # where the key (with its colon) ends on that line
        self.value_start = value_start  # where the value begins on its line
        self.value_line = value_line  # the line of its value (the key's, or the one below)
        self.last = value_line  # its value's last line
        # "pipe" (a bar), "gap" (spaces or a tab, a colon or not), "colon" ("Key: value"), "loose"
        # (a space, no colon) or "alone" (the value on the next line)
        self.shape = shape
        self.cells = cells  # the cells a bar parts ("Languages | Arabic | Chinese": 3)


def _row(lines: list[str], index: int) -> _Row | None:
    line = lines[index]
    m = _ROW.match(line)
    if m is None or "\t" in line:
        return None  # (a tab row is Word's text already)
    key_end = m.end("colon")
    if m["value"] is None:
        below = lines[index + 1] if index + 1 < len(lines) else ""
        if (
            not below.strip() or _ROW.match(below) or _DELIMITER.match(below) or len(below.strip()) > _LONGEST_VALUE_LINE
            or below.rstrip().endswith(".") or _COLUMN_NAMES.match(below.strip())
        ):
            # (a heading over a paragraph: "Venue" over "The meeting will be held ..."; the names
            # of a table's columns one a line: "Symbol" / "Title" / "Adopted")
            return None
        return _Row(index, key_end, len(below) - len(below.lstrip(" \f")), index + 1, "alone", 1)
    value, sep = m["value"], m["sep"]
    if "|" in sep:
        shape = "pipe"
    elif m["bold"]:
        shape = "gap"  # (the label set apart by its markup)
    elif m["colon"]:
        shape = "colon" if sep == " " else "gap"
    elif len(sep) > 1 or sep == "\t":
        shape = "gap"
    else:
        shape = "loose"
        if not _LOOSE_VALUE.match(value) or value.endswith("."):
            return None
    if _COLUMN_GAP.search(value):
        return None
    return _Row(index, key_end, m.start("value"), index, shape, 2 + value.count("|") if shape == "pipe" else 1)


def _wrapped(line: str, below: str, width: int) -> bool:
    """Was ``line`` wrapped before ``below``'s first word (it would not have fitted)?"""
    word = below.split(None, 1)[0] if below.strip() else ""
    return bool(word) and len(line.rstrip()) + 1 + len(word) > width


def _width(lines: list[str]) -> int:
    """The width the text was wrapped at: nearly its longest lines' length."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[min(len(lengths) - 1, len(lengths) * 19 // 20)] if lengths else 0


def _spaced(lines: list[str], index: int) -> bool:
    """Does the text about ``index`` part its paragraphs by blank lines (pdftotext -raw does not)?"""
    return any(not line.strip() for line in lines[max(0, index - 20) : index + 20])


def _wrap_end(lines: list[str], row: _Row, width: int, spaced: bool) -> int:
    """The last line of the row's value: its line, or the lines it was wrapped onto below it."""
    at = row.value_line
    run: list[int] = []
    below = at + 1
    while below < len(lines) and lines[below].strip() and _row(lines, below) is None and not _DELIMITER.match(lines[below]):
        run.append(below)
        below += 1
        if len(run) > _LONGEST_WRAP and spaced:
            return at
    if not run or not _wrapped(lines[at], lines[run[0]], width):
        return at
    if spaced:
        # (the wrapped lines end at a blank line or at the next row)
        return run[-1]
    last = run[0]
    while last + 1 in run and _wrapped(lines[last], lines[last + 1], width):
        last += 1
    return last


def _tables(lines: list[str]) -> list[list[_Row]]:
    width = _width(lines)
    tables: list[list[_Row]] = []
    current: list[_Row] = []
    index = 0
    while index < len(lines):
        row = _row(lines, index)
        if row is None:
            if not lines[index].strip() or _DELIMITER.match(lines[index]):
                index += 1
                continue
            tables.append(current)
            current = []
            index += 1
            continue
        row.last = _wrap_end(lines, row, width, _spaced(lines, index))
        current.append(row)
        index = row.last + 1
    tables.append(current)
    return [rows for rows in tables if _is_field_table(rows, lines)]


def _is_field_table(rows: list[_Row], lines: list[str]) -> bool:
    if len(rows) < _FEWEST_ROWS or len({lines[r.index][: r.key_end].strip().lower() for r in rows}) < _FEWEST_ROWS:
        return False
    if all(r.shape == "colon" and r.last == r.index for r in rows) and len(rows) < _RECORD_ROWS:
        # "Symbol: A/80/12" / "Date: 3 May 2031", a line each: the shape the readers of such
        # fields read already, as a paragraph each (a masthead's symbol field, a page's session)
        return False
    if sum(r.shape != "loose" for r in rows) < _FEWEST_ROWS:
        # lines opening with such words, a space after them, are prose or a wider table's header
        # ("Symbol Item Title A C E F R S") as likely: two rows at least set apart otherwise
        return False
    between = range(rows[0].index, rows[-1].last + 1)
    if any(_DELIMITER.match(lines[i]) and lines[i].count("|") - lines[i].strip().startswith("|") - lines[i].strip().endswith("|") != 1 for i in between):
        return False  # a Markdown table of three columns or more
    pipes = [r for r in rows if r.shape == "pipe"]
    return not pipes or any(r.cells == 2 for r in pipes)


def field_table_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """The changes that write each table of fields as Word's text does, a row a line, "Key<tab>value"."""
    changes: list[tuple[int, int, str | None]] = []
    for rows in _tables(lines):
        for number, row in enumerate(rows):
            line = lines[row.index]
            indent = len(line) - len(line.lstrip(" \f"))
            indent += 2 if line[indent:].startswith("**") else 0  # (a bold label's opening markers go)
            if indent:
                changes.append((starts[row.index], starts[row.index] + indent, ""))
            # the colon kept, the bar, gap or line break after it a tab
            value_at = starts[row.value_line] + row.value_start
            changes.append((starts[row.index] + row.key_end, value_at, "\t"))
            previous = row.value_line
            for wrapped in range(row.value_line + 1, row.last + 1):
                above = lines[previous].rstrip()
                end_above = starts[previous] + len(above)
                below = lines[wrapped]
                begin_below = starts[wrapped] + len(below) - len(below.lstrip(" \f"))
                glued = above.endswith("-") and above[-2:-1].isalpha() and below.lstrip()[:1].islower()
                changes.append((end_above - 1 if glued else end_above, begin_below, "" if glued else " "))
                previous = wrapped
            if number + 1 < len(rows):
                # the blank lines and "---|---" between this row and the next go
                end = starts[row.last] + len(lines[row.last].rstrip())
                changes.append((end, starts[rows[number + 1].index] - 1, ""))
    return changes

"""A masthead table's cell whose lines a tool ran onto one line (L11).

A masthead set in a table of two columns holds several items a cell, one a line: the organ in
capitals over its session and the session's place and dates ("EXECUTIVE COUNCIL" / "Eighty-sixth
session" / "Geneva, 15 to 19 June 2036"), the fields on the other side ("Submitted by: …" /
"Adopted: 18 June 2036"). A web page's cell joins its lines with a space, and html2text, lynx and
pdftotext of the page print it so ("EXECUTIVE COUNCIL Eighty-sixth session Geneva, 15 to 19 June
2036 | Submitted by: President of the Council Adopted: 18 June 2036"): one paragraph, whose session
and dates no masthead reader finds. Near the top, such a line is parted again where an item of a
masthead opens: a session after the organ in capitals, the place and dates after the session, a
field's label after other words. A pipe table's row so parted becomes its cells, one a line.

A PDF converter that joins the lines of a text block (Marker's Markdown) runs the masthead's
session block onto one line the same way, with no organ in capitals before it: "**Fourth
meeting** New York, 15–26 August 2033 Agenda item 9 **Area-based management tools**" is the
session, its place and dates, the agenda item and the item's title, four lines in print (E224).
Such a line, opening on a session or meeting with a place and a date after it, is parted where the
place, the agenda item (after the dates' year) and the item's title (after its number) open.
"""
from __future__ import annotations

import re
from itertools import islice
from typing import Sequence

# the masthead's first lines only
_TOP_LINES = 12
# where an item opens inside a run-on cell: a session or meeting after a word in capitals
# ("COUNCIL Eighty-sixth session"), a place and its dates after "session" ("session Geneva, 15"),
# a masthead's field after other words ("2036 Submitted by:", "Council Adopted: 18 June")
_ITEM_OPENS = re.compile(
    r"(?<=[A-Z]{2})(?P<organ> +)(?=[A-Z][a-z]+(?:-[a-z]+)? (?:session|meeting)\b)"
    r"|(?:(?<=\bsession)|(?<=\bmeeting)|(?<=\bsession\*\*)|(?<=\bmeeting\*\*)) +(?=[A-Z][\w'’. -]{1,40}, \d)"
    r"|(?<=\S) +(?=(?:Adopted|Submitted by|Distr\.|Original):[ \t]+\S)"
    # (a session block run on: the agenda item after the dates' year, its title after its number)
    r"|(?<=\d{4}) +(?=(?:Provisional a|A)genda item \d|Item \d+ of the (?:provisional )?agenda\b)"
    r"|(?:(?<=[Ii]tem \d)|(?<=[Ii]tem \d\d)|(?<=[Ii]tem \d{3})|(?<=\bagenda)) +(?=\*\*[A-Z]|[A-Z][a-z])"
)
_SESSION_RUN_ON = re.compile(
    r"[A-Z]{2} +[A-Z][a-z]+(?:-[a-z]+)? (?:session|meeting)\b"
    # a session block run on at a line's start, its place and dates after it ("**Fourth meeting**
    # New York, 15–26 August 2033 Agenda item 9 …")
    r"|^(?:\*\*)?[A-Z][a-z]+(?:-[a-z]+)? (?:session|meeting)(?:\*\*)? +[A-Z][\w'’. -]{1,40}, \d[^\n]*\b\d{4}\b",
    re.M,
)
_ORGAN = re.compile(r"[A-Z][A-Z'’.&-]*(?: [A-Z][A-Z'’.&-]*)*")
_PIPE = re.compile(r" *\| *")


def may_hold_run_in_masthead(text: str) -> bool:
    return _SESSION_RUN_ON.search(text[:2000]) is not None


def run_in_masthead_changes(lines: list[str], starts: Sequence[int]) -> list[tuple[int, int, str | None]]:
    """Line breaks where a run-on cell's items open, in the top lines of a text whose masthead ran
    a session onto its organ (the other cells of that masthead run on as well)."""
    changes: list[tuple[int, int, str | None]] = []
    top = islice((i for i, line in enumerate(lines) if line.strip()), _TOP_LINES)
    for index in top:
        line = lines[index].rstrip("\r")
        if _SESSION_RUN_ON.search(line) is None and "|" in line:
            continue  # (another row of the masthead's pipe table keeps its cells)
        end = "\r\n" if lines[index].endswith("\r") else "\n"
        # (a pipe table's row: its cells, one a line; the items of each cell parted)
        # (a session after the organ only where the cell so far is the organ's name in capitals:
        # "The COUNCIL Tenth session report …" is a sentence)
        pieces = [
            m for m in _ITEM_OPENS.finditer(line)
            if m.group("organ") is None or _ORGAN.fullmatch(line[: m.start()].rsplit("|", 1)[-1].strip())
        ]
        if "|" in line:
            # (a Markdown text sets its paragraphs apart by blank lines: each item one of them)
            pieces += [m for m in _PIPE.finditer(line) if line[: m.start()].strip() and line[m.end() :].strip()]
            end += end
        for m in pieces:
            changes.append((starts[index] + m.start(), starts[index] + m.end(), end))
    return changes

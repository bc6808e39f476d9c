"""A web page as a screen reader spoke it, saved from its log (NVDA's Speech Viewer, a JAWS
speech history): one utterance a line, each element's role spoken after its text, two spaces
apart ("Home  link", "Search  button", "Search  edit  blank"), headings announced before
theirs ("heading  level 1  WHA89.7 Climate-resilient …"), lists and tables announced as they
open and close ("list  with 6 items", "out of list", "table  with 2 columns and 6 rows", "out of
table"), landmarks named ("banner landmark", "main landmark"), and a table read cell by cell with
its coordinates ("row 1  column 1  Session  column 2  Eighty-ninth World Health Assembly, …").

Read as text, the announcements are words of the page's sentences: the heading's title begins
"heading level 1", a record's field runs into "row 1 column 1". The log is written back as the
page's text: announcements go (a line of nothing else becomes blank), a heading's line keeps its
title, a table's row becomes its cells a tab apart ("Session<tab>Eighty-ninth World Health
Assembly, …", the row as Word's text writes it, which the readers of a record's fields read), a
role after its element's text goes. Told by the shape of the whole text: three announcements of
a heading, list, table or landmark at least, each a line's start or the whole line.
"""

from __future__ import annotations

import re

Changes = list[tuple[int, int, str | None]]

# A line that is only an announcement (a landmark may open a list: "navigation landmark  list  with 6 items")
_ANNOUNCEMENT_LINE = re.compile(
    r"^(?:(?:(?:banner|main|navigation|contentinfo|complementary|region|search|form)\s+landmark|document|separator"
    r"|out\s+of\s+(?:list|table|frame)|(?:navigation\s+)?(?:[A-Z][\w ]{0,30}\s{2})?(?:list|table)\s{2}with\s+\d{1,4}\s+(?:items?|columns?\s+and\s+\d{1,4}\s+rows?))"
    r"(?:\s{2}|$))+\s*$"
)
_HEADING_PREFIX = re.compile(r"^heading\s{2}level\s+\d\s{2}(?=\S)")
_ROW_PREFIX = re.compile(r"^row\s+\d{1,4}\s{2}column\s+1\s{2}(?=\S)")
_NEXT_CELL = re.compile(r"\s{2}column\s+\d{1,3}\s{2}(?=\S)")
# a role spoken after its element's text, two spaces before it
_ROLE = re.compile(r"\s{2}(?:visited\s+)?(?:link|button|graphic|clickable|edit(?:\s{2}blank)?|combo\s+box|check\s+box|menu\s+button)(?=\s{2}|\s*$)")
_ANY_ANNOUNCEMENT = re.compile(r"^(?:heading\s{2}level\s+\d|out\s+of\s+(?:list|table)|[\w ]{0,40}list\s{2}with\s+\d|[a-z]+\s+landmark$)", re.MULTILINE)
_FEWEST_ANNOUNCEMENTS = 3


def may_hold_screen_reader_log(text: str) -> bool:
    """Whether ``text`` may be a screen reader's log: a cheap test first, then three announcements."""
    if "  level " not in text and "out of list" not in text and "landmark" not in text:
        return False
    found = 0
    for _ in _ANY_ANNOUNCEMENT.finditer(text):
        found += 1
        if found >= _FEWEST_ANNOUNCEMENTS:
            return True
    return False


def screen_reader_changes(lines: list[str], starts: list[int]) -> Changes:
    """The changes that write a screen reader's log back as the page's text (above)."""
    changes: Changes = []
    for line, start in zip(lines, starts):
        if not line.strip():
            continue
        if _ANNOUNCEMENT_LINE.match(line):
            changes.append((start, start + len(line), ""))
            continue
        if (heading := _HEADING_PREFIX.match(line)) is not None:
            changes.append((start, start + heading.end(), ""))
        elif (row := _ROW_PREFIX.match(line)) is not None:
            changes.append((start, start + row.end(), ""))
            changes.extend((start + m.start(), start + m.end(), "\t") for m in _NEXT_CELL.finditer(line))
        changes.extend((start + m.start(), start + m.end(), "") for m in _ROLE.finditer(line))
    return changes

"""Org-mode files (Emacs), undone into the Markdown-like text cleaning knows, as their export reads.

A working file kept in Org mode is told by its shape: headings written with leading "*" only
("* Session", "** DONE WPR/RC81.R1 Title") and one more mark of the format (an in-buffer setting
"#+TITLE: ...", a "#+BEGIN_QUOTE" block, a ":PROPERTIES:" drawer). Then, as Org's exporters do:

- a heading becomes a Markdown heading of its depth, without its TODO keyword (TODO and DONE, or
  those its "#+TODO:" line declares), its priority cookie ("[#A]") and its tags (":urgent:");
  "*" lines are headings here, never a page's notes;
- in-buffer settings ("#+AUTHOR:", "#+OPTIONS:") and "# comment" lines are no text; the title
  ("#+TITLE: X") is the document's title line; block delimiters ("#+BEGIN_QUOTE", "#+END_SRC")
  go, the block's lines staying a paragraph of their own;
- a property drawer's properties become record rows ("Venue<tab>Manila, Philippines"), each a
  paragraph of its own, so the rules reading a record's "Session", "Venue" and "Dates" fields
  read them; the drawer's ":PROPERTIES:" and ":END:" lines go, and so do other drawers
  (":LOGBOOK:" holds state changes, no text);
- a timestamp is the day it stands for: "<2030-10-21 Mon>" and "[2030-10-22 Tue]" (inactive) are
  "21 October 2030", a range "<2030-10-21 Mon>--<2030-10-25 Fri>" is "21-25 October 2030";
  planning lines ("DEADLINE: <...>", "SCHEDULED:", "CLOSED:") are the tracker's own reminders;
- a checklist item "- [X] text" is the item "- text";
- a table's rule "|----+----|" is the Markdown rule "|----|----|";
- a link "[[url][text]]" is its text, "[[url]]" its address; "*bold*", "/italic/", "=verbatim=" and
  "~code~" lose their marks.
"""

from __future__ import annotations

import re
from typing import Sequence

Change = tuple[int, int, "str | None"]

_SETTING = re.compile(r"^#\+(?P<key>[A-Za-z_]+):[ \t]*(?P<value>.*?)\s*$")
_BLOCK_DELIMITER = re.compile(r"^[ \t]*#\+(?:BEGIN|END)_[A-Za-z]+\b.*$", re.IGNORECASE)
_COMMENT_LINE = re.compile(r"^[ \t]*#(?:[ \t].*)?$")
_HEADING = re.compile(r"^(?P<stars>\*{1,8})[ \t]+(?P<rest>\S.*?)\s*$")
_PRIORITY = re.compile(r"\[#[A-Z0-9]\][ \t]+")
_TAGS = re.compile(r"[ \t]+:(?:[\w@#%]+:)+$")
_DRAWER_OPEN = re.compile(r"^[ \t]*:(?P<name>[A-Za-z][\w-]*):[ \t]*$")
_DRAWER_END = re.compile(r"^[ \t]*:END:[ \t]*$", re.IGNORECASE)
_PROPERTY = re.compile(r"^[ \t]*:(?P<name>[A-Za-z][\w-]*)\+?:(?:[ \t]+(?P<value>\S.*?))?\s*$")
_PLANNING = re.compile(r"^[ \t]*(?:(?:DEADLINE|SCHEDULED|CLOSED):[ \t]*[<\[][^>\]\n]*[>\]][ \t]*)+$")
_CHECKBOX = re.compile(r"^(?P<bullet>[ \t]*(?:[-+]|\d+[.)])[ \t]+)\[[ X-]\][ \t]+")
_ITEM_START = re.compile(r"^[ \t]*(?:[-+]|[ \t]+\*|\d{1,3}[.)]|[a-zA-Z][.)]|\((?:[a-z]|\d{1,3}|[ivx]{1,5})\))(?:[ \t]|$)")
_TABLE_RULE = re.compile(r"^[ \t]*\|-[-+|]*[ \t]*$")
# "<2030-10-21 Mon>", "[2030-10-22 Tue 10:00]", "<2031-06-30 Mon +1w>", and a range of two
_STAMP = r"[<\[](?P<{0}y>\d{{4}})-(?P<{0}m>\d\d)-(?P<{0}d>\d\d)(?:[ \t]+[A-Za-z.]{{2,9}})?(?:[ \t]+[\d:\-]+)?(?:[ \t]+[-+.]{{1,2}}\d+[hdwmy])*[>\]]"
_TIMESTAMP = re.compile(_STAMP.format("a") + r"(?:--" + _STAMP.format("b") + r")?")
_LINK = re.compile(r"\[\[(?P<target>[^\[\]\n]+)\](?:\[(?P<text>[^\[\]\n]+)\])?\]")
# emphasis as Org reads it: after a space, an opening bracket or a quote, before a space or a mark
_EMPHASIS = re.compile(r"(?:(?<=^)|(?<=[\s('\"{]))(?P<mark>[*/=~])(?P<text>[^\s*/=~][^\n]*?(?<=\S))(?P=mark)(?=[\s\-.,;:!?'\")}\[]|$)")
_DEFAULT_KEYWORDS = ("TODO", "DONE")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def is_org_source(lines: list[str]) -> bool:
    """A heading of leading "*" marks and one more sign of Org: an in-buffer setting
    ("#+TITLE:"), a block ("#+BEGIN_QUOTE") or a property drawer (":PROPERTIES:" ... ":END:")."""
    if not any(line[:1] == "*" and _HEADING.match(line) for line in lines):
        return False
    settings = sum(1 for line in lines if line[:2] == "#+" and (_SETTING.match(line) or _BLOCK_DELIMITER.match(line)))
    drawers = any(line.strip().upper() == ":PROPERTIES:" for line in lines) and any(
        _DRAWER_END.match(line) for line in lines
    )
    return settings >= 2 or drawers


def org_changes(text: str, lines: list[str], starts: Sequence[int]) -> list[Change]:
    """The edits that make an Org file read as its export."""
    if "*" not in text or not is_org_source(lines):
        return []
    keywords = _todo_keywords(lines)
    changes: list[Change] = []

    def drop_line(i: int) -> None:
        changes.append((starts[i], starts[i] + len(lines[i]), ""))

    drawer: str | None = None  # the name of the drawer the line is in
    prose: list[int] = []  # the lines that are a paragraph's text (no heading, row, setting or item's start)
    for index, line in enumerate(lines):
        at = starts[index]
        if drawer is not None:
            if _DRAWER_END.match(line):
                drawer = None
                drop_line(index)
                continue
            prop = _PROPERTY.match(line) if drawer == "PROPERTIES" else None
            if prop is None or not prop["value"]:
                drop_line(index)
                continue
            # ":VENUE:    Manila" -> "Venue<tab>Manila", a row set apart from the next
            changes.append((at, at + prop.start("value"), _field_name(prop["name"]) + "\t"))
            changes.extend(_inline_changes(line, at, prop.start("value")))
            changes.append((at + len(line), at + len(line), "\n"))
            continue
        opened = _DRAWER_OPEN.match(line)
        if opened is not None and opened["name"].upper() != "END" and _closes(lines, index):
            drawer = opened["name"].upper()
            drop_line(index)
            continue
        if line[:2] == "#+":
            setting = _SETTING.match(line)
            if setting is not None and setting["key"].upper() == "TITLE" and setting["value"]:
                changes.append((at, at + setting.start("value"), ""))
                changes.extend(_inline_changes(line, at, setting.start("value")))
                continue
            if setting is not None or _BLOCK_DELIMITER.match(line):
                drop_line(index)
                continue
        if _BLOCK_DELIMITER.match(line) or _COMMENT_LINE.match(line) or _PLANNING.match(line):
            drop_line(index)
            continue
        heading = _HEADING.match(line) if line[:1] == "*" else None
        if heading is not None:
            rest = heading["rest"]
            begin = heading.start("rest")
            first = rest.split(None, 1)[0] if rest.split() else ""
            if first in keywords and len(rest) > len(first):
                begin += len(first) + (len(rest[len(first):]) - len(rest[len(first):].lstrip()))
            priority = _PRIORITY.match(line, begin) if begin < len(line) else None
            if priority is not None:
                begin = priority.end()
            changes.append((at, at + begin, "#" * len(heading["stars"]) + " "))
            tags = _TAGS.search(line)
            end = tags.start() if tags is not None and tags.start() > begin else len(line)
            if end < len(line):
                changes.append((at + end, at + len(line), ""))
            changes.extend(_inline_changes(line[:end], at, begin))
            continue
        if _TABLE_RULE.match(line):
            plus = [i for i, c in enumerate(line) if c == "+"]
            changes.extend((at + i, at + i + 1, "|") for i in plus)
            continue
        checkbox = _CHECKBOX.match(line)
        if checkbox is not None:
            changes.append((at + checkbox.end("bullet"), at + checkbox.end(), ""))
        changes.extend(_inline_changes(line, at, checkbox.end() if checkbox is not None else 0))
        if line.strip() and line.lstrip()[:1] != "|" and "\t" not in line:
            # (a table's rows are tab cells here when a pass before read its pipes)
            prose.append(index)
    # A paragraph's lines are filled to the fill column (70 by default): its line breaks are
    # spaces, as the export joins them, so that a line left short by the filling is no
    # paragraph's end (a heading, under cleaning's reading of short lines); an item's first
    # line ("- ", "2. ", "(a) ") still opens a paragraph of its own.
    following = set(prose)
    for index in prose:
        if index + 1 in following and not _ITEM_START.match(lines[index + 1]):
            end = starts[index] + len(lines[index])
            changes.append((end, end + 1, " "))
    return changes


def _todo_keywords(lines: list[str]) -> frozenset[str]:
    """The words a heading may open with as its state: "#+TODO: TODO FOLLOWUP | DONE" (and
    "#+SEQ_TODO:", "#+TYP_TODO:"), a key in brackets after a word ("WAIT(w@)") dropped."""
    words: set[str] = set(_DEFAULT_KEYWORDS)
    for line in lines:
        setting = _SETTING.match(line) if line[:2] == "#+" else None
        if setting is not None and setting["key"].upper() in ("TODO", "SEQ_TODO", "TYP_TODO"):
            words.update(re.sub(r"\(.*?\)$", "", word) for word in setting["value"].split() if word != "|")
    return frozenset(word for word in words if word)


def _closes(lines: list[str], index: int) -> bool:
    """Whether a drawer opened at ``index`` is closed by an ":END:" before the next heading."""
    for line in lines[index + 1 :]:
        if _DRAWER_END.match(line):
            return True
        if line[:1] == "*" and _HEADING.match(line):
            return False
    return False


def _field_name(name: str) -> str:
    """A property's name as a record's field is written: "VENUE" -> "Venue", "DATE_ADOPTED" -> "Date adopted"."""
    words = name.replace("_", " ").replace("-", " ").split()
    return " ".join(words).capitalize()


def _inline_changes(line: str, at: int, begin: int) -> list[Change]:
    changes: list[Change] = []
    taken: list[tuple[int, int]] = []
    for m in _TIMESTAMP.finditer(line, begin):
        changes.append((at + m.start(), at + m.end(), _day_text(m)))
        taken.append((m.start(), m.end()))
    for m in _LINK.finditer(line, begin):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        changes.append((at + m.start(), at + m.end(), m["text"] or m["target"]))
        taken.append((m.start(), m.end()))
    for m in _EMPHASIS.finditer(line, begin):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        changes.append((at + m.start(), at + m.start() + 1, ""))
        changes.append((at + m.end() - 1, at + m.end(), ""))
    return changes


def _day_text(m: re.Match[str]) -> str | None:
    """'21 October 2030' for a timestamp, '21-25 October 2030' for a range of two (None for a day
    no calendar has: the stamp stays as written)."""
    first = _day(m["ay"], m["am"], m["ad"])
    if first is None:
        return None
    if m["by"] is None:
        return " ".join(map(str, first))
    last = _day(m["by"], m["bm"], m["bd"])
    if last is None:
        return None
    (d1, m1, y1), (d2, m2, y2) = first, last
    if (y1, m1) == (y2, m2):
        return f"{d1}\u2013{d2} {m1} {y1}"
    if y1 == y2:
        return f"{d1} {m1}\u2013{d2} {m2} {y2}"
    return f"{d1} {m1} {y1}\u2013{d2} {m2} {y2}"


def _day(year: str, month: str, day: str) -> tuple[int, str, int] | None:
    if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
        return None
    return int(day), _MONTHS[int(month) - 1], int(year)

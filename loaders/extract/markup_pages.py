"""Pages written in the markup of a web site's sources, undone before cleaning reads lines.

Each pass is told by the shape of the text, never by who wrote it, and gives its edits as
(start, end, replacement) changes (`characters.apply_changes` keeps every offset):

- **heading attributes**: Markdown extensions print an anchor or class after a heading
  ("## Decision 81/1: Title {#decision-811}", "# Overview {.unnumbered}"): the braces go, the
  heading stays.
- **MediaWiki source**: told by "== Heading ==" lines or a "{| ... |}" table. Headings lose their
  "=" runs and become Markdown headings, a blank line after them; list items ("* ", "** ", "# ")
  become Markdown's "- " items; '''bold''' and ''italic'' marks, "__TOC__"-style magic
  words, templates ("{{Infobox ...}}", over several lines too) and category links go; a link
  "[[target|text]]" is its text; a short "<ref>…</ref>" footnote a parenthesis where it stands. A "wikitable" becomes a Markdown pipe table (a header row, a
  delimiter row, one line a row), so that the readers of pipe tables read it: "!" header cells
  and "!!" between them, "|-" between rows, "||" between cells or one cell a line ("| 19 June
  2031"), and a cell's wrapped lines (a line not opening with "|") joined to it.
"""

from __future__ import annotations

import re
from typing import Sequence

Change = tuple[int, int, "str | None"]

# "## Title {#anchor}", "# Title {#id .class key=value}": a Markdown heading's attributes
_HEADING_ATTRIBUTES = re.compile(r"^\s*#{1,6}\s.*?(?P<attributes>\s*\{[#.][^{}\n]{0,120}\})\s*$")


def heading_attribute_changes(lines: list[str], starts: Sequence[int]) -> list[Change]:
    """The "{#anchor}" after a Markdown heading goes."""
    changes: list[Change] = []
    for index, line in enumerate(lines):
        if line[:8].lstrip()[:1] != "#" or "{" not in line:
            continue
        found = _HEADING_ATTRIBUTES.match(line)
        if found is not None:
            changes.append((starts[index] + found.start("attributes"), starts[index] + len(line), ""))
    return changes


_WIKI_HEADING = re.compile(r"^(?P<open>={2,6})\s*(?P<title>[^=\n][^\n]*?)\s*(?P=open)\s*$")
_WIKI_BULLET = re.compile(r"^[*#:;]+\s*(?=\S)")
_TABLE_OPEN = re.compile(r"^\s*\{\|")
_TABLE_CLOSE = re.compile(r"^\s*\|\}")
_MAGIC_WORD = re.compile(r"__(?:NO)?(?:TOC|FORCETOC|NOTOC|NOEDITSECTION|NEWSECTIONLINK|INDEX|NOINDEX)__")
_CATEGORY = re.compile(r"\[\[\s*(?:Category|File|Image)\s*:[^\]\n]*\]\]")
_LINK = re.compile(r"\[\[(?:[^\]|\n]*\|)?(?P<text>[^\]|\n]*)\]\]")
_QUOTES = re.compile(r"'{2,5}")
# an inline footnote "<ref>A/AC.96/1398.</ref>", "<ref name="n1">See E/2031/5</ref>" of a few words
_SHORT_REF = re.compile(r"(?P<comma>[,;])?<ref(?:\s+name\s*=\s*\"?[^>\"]{1,30}\"?)?\s*>(?P<note>[^<>\n]{1,80}?)\.?</ref>")
# a cell's attributes before its text: "| style="text-align:left" | 41/1"
_CELL_ATTRIBUTES = re.compile(r"\s*(?:[a-z-]+\s*=\s*\"[^\"]*\"\s*)+\|(?!\|)")


def is_wiki_source(text: str) -> bool:
    """Whether the text is MediaWiki source: a "== Heading ==" line or a "{|" table."""
    if "{|" not in text and "\n==" not in text and not text.startswith("=="):
        return False  # a heading's line opens with "==", a table's holds "{|"
    return any(_WIKI_HEADING.match(line) or _TABLE_OPEN.match(line) for line in text.split("\n"))


def wiki_changes(text: str, lines: list[str], starts: Sequence[int]) -> list[Change]:
    """The edits that make MediaWiki source read as the Markdown-like text cleaning knows."""
    if not is_wiki_source(text):
        return []
    changes: list[Change] = []
    changes.extend(_template_changes(text))
    index = 0
    while index < len(lines):
        line = lines[index]
        if _TABLE_OPEN.match(line):
            end = next((i for i in range(index + 1, len(lines)) if _TABLE_CLOSE.match(lines[i])), None)
            if end is not None:
                changes.extend(_table_changes(lines, starts, index, end))
                index = end + 1
                continue
        heading = _WIKI_HEADING.match(line)
        if heading is not None:
            level = len(heading["open"])
            changes.append((starts[index], starts[index] + heading.start("title"), "#" * level + " "))
            # a blank line after it: the text below a wiki heading is a paragraph of its own
            changes.append((starts[index] + heading.end("title"), starts[index] + len(line), "\n"))
        else:
            bullet = _WIKI_BULLET.match(line)
            if bullet is not None:
                # "* item", "** sub-item", "# numbered item": a list item as Markdown writes it
                changes.append((starts[index], starts[index] + bullet.end(), "- "))
            changes.extend(c for c in _inline_changes(line, starts[index]) if bullet is None or c[0] >= starts[index] + bullet.end())
        index += 1
    return changes


def _inline_changes(line: str, at: int) -> list[Change]:
    changes: list[Change] = []
    taken: list[tuple[int, int]] = []
    for pattern in (_CATEGORY, _MAGIC_WORD):
        for m in pattern.finditer(line):
            changes.append((at + m.start(), at + m.end(), ""))
            taken.append((m.start(), m.end()))
    for m in _LINK.finditer(line):
        if any(s <= m.start() < e for s, e in taken):
            continue
        changes.append((at + m.start(), at + m.start("text"), ""))
        changes.append((at + m.end("text"), at + m.end(), ""))
    for m in _QUOTES.finditer(line):
        changes.append((at + m.start(), at + m.end(), ""))
    for m in _SHORT_REF.finditer(line):
        # "its 124th meeting,<ref>A/AC.96/1398.</ref> held in Geneva": the footnote's words read as
        # a parenthesis where the marker stands, before the comma it follows ("its 124th meeting
        # (A/AC.96/1398), held in Geneva"), its full stop gone: the sentence runs on (E297)
        changes.append((at + m.start(), at + m.end(), f" ({m['note'].strip()}){m['comma'] or ''}"))
    return changes


def _template_changes(text: str) -> list[Change]:
    """"{{Infobox meeting | ... }}" (nested "{{...}}" too): a template's call, no sentence."""
    changes: list[Change] = []
    position = 0
    while (start := text.find("{{", position)) != -1:
        depth, cursor = 0, start
        while cursor < len(text) - 1:
            pair = text[cursor : cursor + 2]
            if pair == "{{":
                depth, cursor = depth + 1, cursor + 2
            elif pair == "}}":
                depth, cursor = depth - 1, cursor + 2
                if depth == 0:
                    break
            else:
                cursor += 1
        if depth != 0:
            break
        changes.append((start, cursor, ""))
        position = cursor
    return changes


def _table_changes(lines: list[str], starts: Sequence[int], first: int, last: int) -> list[Change]:
    """The wikitable of lines first..last ("{|" to "|}") as a pipe table, one line a row."""
    changes: list[Change] = []

    def drop_line(i: int) -> None:
        # the line and the line break after it: a pipe table's rows stand together
        changes.append((starts[i], starts[i] + len(lines[i]) + 1, ""))

    drop_line(first)
    header_cells = 0
    rows_open = False  # a row has begun and its line is not closed yet
    for i in range(first + 1, last):
        line = lines[i]
        stripped = line.strip()
        at = starts[i]
        lead = len(line) - len(line.lstrip())
        if stripped.startswith("|+"):
            drop_line(i)  # the table's caption
            continue
        if stripped.startswith("|-"):
            if rows_open:
                changes.append((at - 1, at - 1, " |"))  # close the row before the break
            drop_line(i)
            rows_open = False
            continue
        if stripped.startswith("!"):
            header_cells += 1 + stripped.count("!!")
            changes.append((at, at + lead + 1, "|"))
            for m in re.finditer(r"!!", line):
                changes.append((at + m.start(), at + m.end(), "|"))
            changes.append((at + len(line), at + len(line), " |\n" + "|---" * max(header_cells, 2) + "|"))
            continue
        if stripped.startswith("|"):
            opening = at + lead
            attributes = _CELL_ATTRIBUTES.match(line, lead + 1)
            cut = attributes.end() if attributes else lead + 1
            if rows_open:
                # one cell a line: the line break before it is the border between two cells
                changes.append((at - 1, at + cut, " |" if line[cut : cut + 1] == " " else " | "))
            else:
                changes.append((opening, at + cut, "|" if line[cut : cut + 1] == " " else "| "))
            for m in re.finditer(r"\|\|", line):
                changes.append((at + m.start(), at + m.end(), "|"))
            rows_open = True
            continue
        if rows_open and stripped:
            changes.append((at - 1, at + lead, " "))  # a cell's wrapped line goes on its cell
    if rows_open:
        changes.append((starts[last] - 1, starts[last] - 1, " |"))
    drop_line(last) if last + 1 < len(lines) else changes.append((starts[last], starts[last] + len(lines[last]), ""))
    for i in range(first, last + 1):
        changes.extend(c for c in _inline_changes(lines[i], starts[i]) if c[2] == "")
    return changes

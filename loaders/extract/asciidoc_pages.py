"""AsciiDoc source, undone into the Markdown-like text cleaning knows, as the rendered page reads.

A documentation site's page kept as its AsciiDoc source (Asciidoctor) is told by its shape: a
section heading written with leading "=" only ("== Decisions", "=== Decision 88/1: Title") and
one more mark of the format (a document attribute ":toc: macro", an anchor "[[decisions]]", a
block attribute line "[.lead]", a "////" comment block, a "|===" table, a "link:URL[text]" or
a "footnote:[...]"). Then:

- what the rendered page does not print goes: attribute entries, "//" comment lines and
  "////" comment blocks (a draft paragraph kept in the source is not part of the text), anchors,
  block attribute lines and block titles (".Contents"), and a hand-written contents list made
  only of cross-references ("* <<decision-88-1,Decision 88/1: ...>>") that repeats the headings;
- headings become Markdown headings ("=== Title" -> "### Title");
- an ordered list ". item" is numbered as the page prints it ("1. item"), from 1 in each list or
  from the number its block attribute gives ("[arabic, start=5]", as Pandoc writes a report's
  numbered paragraphs that run on over its chapters), and a nested item ".. item" is lettered
  ("(a) item") as the page prints a second level, unless its list is declared "[arabic]";
- "_Decides_" and "*Decides*" lose their marks, "link:URL[text]" is its text, and a
  "footnote:[E/C.12/88/3.]" is read as the symbol in brackets where it stands ("(E/C.12/88/3)"),
  as a note mark beside a phrase names what the phrase describes;
- a "NOTE:" (or "TIP:", "IMPORTANT:", ...) admonition keeps its text.

Tables ("|===") keep their rows; their "|===" delimiters go, and so do the cell marks ("|United
Nations |CRPD/C/53/2" reads as the two cells of a masthead line) and a cell's hard line breaks
(" +" at a line's end, as Pandoc writes a masthead cell "Distr.: General +").
"""

from __future__ import annotations

import re
from typing import Sequence

Change = tuple[int, int, "str | None"]

_HEADING = re.compile(r"^(?P<marks>={1,6})\s+(?P<title>\S[^\n]*?)\s*$")
_ATTRIBUTE_ENTRY = re.compile(r"^:!?[A-Za-z0-9_][\w-]*!?:(?:\s.*)?$")
_LINE_COMMENT = re.compile(r"^//(?!/)")
_COMMENT_BLOCK = re.compile(r"^/{4,}\s*$")
_ANCHOR_LINE = re.compile(r"^\[\[[^\]\n]*\]\]\s*$")
_BLOCK_ATTRIBUTES = re.compile(r"^\[[^\[\]\n]*\]\s*$")
_BLOCK_TITLE = re.compile(r"^\.[A-Za-z][^\n]*$")
_TABLE_DELIMITER = re.compile(r"^[|,:!]===\s*$")
_XREF_ITEM = re.compile(r"^\*{1,5}\s+<<[^<>\n]+>>\s*$")
_ORDERED_ITEM = re.compile(r"^(?P<dots>\.{1,5})\s+(?=\S)")
# "[arabic, start=5]", "[loweralpha]": the numbering style and first number of the list below
_LIST_START = re.compile(r"\bstart=(?P<n>\d+)")
_LIST_STYLE = re.compile(r"^\[(?P<style>arabic|loweralpha|upperalpha|lowerroman|upperroman)\b")
# a table row's cell marks: "|cell |cell" (a "|" at a line's start, or after a space)
_CELL_MARK = re.compile(r"(?:^|(?<=\s))\|(?=\S|$)")
_HARD_BREAK = re.compile(r"(?:^|\s)\+\s*$")
_ADMONITION = re.compile(r"^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):\s+")
# "link:https://undocs.org/E/2032/22[E/2032/22–E/C.12/2031/3]", "https://example.org[text]"
_LINK = re.compile(r"(?:link:|(?=https?://))[^\s\[\]]+\[(?P<text>[^\]\n]*)\]")
_FOOTNOTE = re.compile(r"\s*footnote:(?:[\w-]+)?\[(?P<text>[^\]\n]*)\]")
# "_Decides_", "*Endorses*", "__Re__calling": constrained and unconstrained marks around words
_EMPHASIS = re.compile(r"(?<![\w*_])(?P<mark>[_*])(?=\S)(?P<text>[^\n_*]*?\S)(?P=mark)(?![\w*_])")
_SIGNS = (_ATTRIBUTE_ENTRY, _ANCHOR_LINE, _COMMENT_BLOCK, _TABLE_DELIMITER)


def is_asciidoc_source(lines: list[str]) -> bool:
    """A heading of leading "=" marks only (no closing run, as a wiki heading has) and one more
    sign of AsciiDoc: an attribute entry, an anchor, a comment block, a table, a link macro."""
    headings = [line for line in lines if line[:1] == "=" and _HEADING.match(line) and not line.rstrip().endswith("=")]
    if not headings:
        return False
    return any(pattern.match(line) for line in lines for pattern in _SIGNS) or any(
        "link:" in line or "footnote:[" in line for line in lines
    )


def asciidoc_changes(text: str, lines: list[str], starts: Sequence[int]) -> list[Change]:
    """The edits that make AsciiDoc source read as its rendered page."""
    if "=" not in text or not is_asciidoc_source(lines):
        return []
    changes: list[Change] = []

    def drop_line(i: int) -> None:
        changes.append((starts[i], starts[i] + len(lines[i]), ""))

    in_comment = False
    in_table = False
    # the number of the last item at each level, and the style and first number declared
    # for the next list by its block attribute line
    counters: dict[int, int] = {}
    styles: dict[int, str] = {}
    declared: tuple[str | None, int | None] | None = None
    for index, line in enumerate(lines):
        if _COMMENT_BLOCK.match(line):
            in_comment = not in_comment
            drop_line(index)
            continue
        if in_comment or _LINE_COMMENT.match(line) or _ATTRIBUTE_ENTRY.match(line) or _ANCHOR_LINE.match(line):
            drop_line(index)
            continue
        if _TABLE_DELIMITER.match(line) or _XREF_ITEM.match(line):
            in_table = in_table != bool(_TABLE_DELIMITER.match(line))
            drop_line(index)
            continue
        if _BLOCK_ATTRIBUTES.match(line) or (_BLOCK_TITLE.match(line) and not _ORDERED_ITEM.match(line)):
            if _BLOCK_ATTRIBUTES.match(line):
                styled, started = _LIST_STYLE.match(line), _LIST_START.search(line)
                declared = (styled["style"] if styled else None, int(started["n"]) if started else None)
            drop_line(index)
            continue
        at = starts[index]
        if in_table:
            changes.extend(_table_changes(line, at))
        heading = _HEADING.match(line)
        if heading is not None and not line.rstrip().endswith("="):
            changes.append((at, at + len(heading["marks"]), "#" * len(heading["marks"])))
            changes.extend(_inline_changes(line, at, heading.start("title")))
            counters.clear()
            declared = None
            continue
        item = _ORDERED_ITEM.match(line)
        if item is not None:
            level = len(item["dots"])
            if level not in counters or declared is not None:
                list_style, first = declared or (None, None)
                counters[level] = (first or 1) - 1
                styles[level] = list_style or ("arabic" if level == 1 else "loweralpha")
            declared = None
            counters[level] += 1
            for deeper in [k for k in counters if k > level]:
                del counters[deeper]
            changes.append((at, at + item.end(), _item_mark(counters[level], styles[level])))
            changes.extend(_inline_changes(line, at, item.end()))
            continue
        if not line.strip():
            # a list goes on over blank lines only when the next item follows
            following = next((later for later in lines[index + 1 :] if later.strip()), "")
            if not _ORDERED_ITEM.match(following) and not _BLOCK_ATTRIBUTES.match(following):
                counters.clear()
        elif line[:1] not in " \t":
            # a line that is no item's wrapped continuation after a blank closes the list
            if index > 0 and not lines[index - 1].strip():
                counters.clear()
        admonition = _ADMONITION.match(line)
        if admonition is not None:
            changes.append((at, at + admonition.end(), ""))
        changes.extend(_inline_changes(line, at, admonition.end() if admonition else 0))
    return changes


def _item_mark(number: int, style: str) -> str:
    """"5. " for an arabic list's fifth item, "(c) " for a lettered list's third."""
    if style in ("loweralpha", "upperalpha") and 1 <= number <= 26:
        letter = chr(ord("a") + number - 1)
        return f"({letter.upper() if style == 'upperalpha' else letter}) "
    return f"{number}. "


def _table_changes(line: str, at: int) -> list[Change]:
    """A table row's cell marks go (the first cell's, and each later cell's becomes a wide gap,
    as a masthead's cells stand apart on a printed line), and so does a cell's hard line break."""
    changes: list[Change] = []
    for m in _CELL_MARK.finditer(line):
        changes.append((at + m.start(), at + m.end(), "   " if m.start() > 0 else ""))
    hard = _HARD_BREAK.search(line)
    if hard is not None:
        changes.append((at + hard.start(), at + hard.end(), ""))
    return changes


def _inline_changes(line: str, at: int, begin: int) -> list[Change]:
    changes: list[Change] = []
    taken: list[tuple[int, int]] = []
    for m in _FOOTNOTE.finditer(line, begin):
        note = m["text"].strip().rstrip(".").strip()
        changes.append((at + m.start(), at + m.end(), f" ({note})" if note else ""))
        taken.append((m.start(), m.end()))
    for m in _LINK.finditer(line, begin):
        if any(s <= m.start() < e for s, e in taken):
            continue
        changes.append((at + m.start(), at + m.start("text"), ""))
        changes.append((at + m.end("text"), at + m.end(), ""))
        taken.append((m.start(), m.end()))
    for m in _EMPHASIS.finditer(line, begin):
        if any(s <= m.start() < e for s, e in taken):
            continue
        changes.append((at + m.start(), at + m.start("text"), ""))
        changes.append((at + m.end("text"), at + m.end(), ""))
    return changes

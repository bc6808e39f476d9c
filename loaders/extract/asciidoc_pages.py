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
- an ordered list ". item" is numbered as the page prints it ("1. item"), from 1 in each list;
- "_Decides_" and "*Decides*" lose their marks, "link:URL[text]" is its text, and a
  "footnote:[E/C.12/88/3.]" is read as the symbol in brackets where it stands ("(E/C.12/88/3)"),
  as a note mark beside a phrase names what the phrase describes;
- a "NOTE:" (or "TIP:", "IMPORTANT:", ...) admonition keeps its text.

Tables ("|===") keep their rows; their "|===" delimiters go.
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
    item_number = 0
    for index, line in enumerate(lines):
        if _COMMENT_BLOCK.match(line):
            in_comment = not in_comment
            drop_line(index)
            continue
        if in_comment or _LINE_COMMENT.match(line) or _ATTRIBUTE_ENTRY.match(line) or _ANCHOR_LINE.match(line):
            drop_line(index)
            continue
        if _TABLE_DELIMITER.match(line) or _XREF_ITEM.match(line):
            drop_line(index)
            continue
        if _BLOCK_ATTRIBUTES.match(line) or (_BLOCK_TITLE.match(line) and not _ORDERED_ITEM.match(line)):
            drop_line(index)
            continue
        at = starts[index]
        heading = _HEADING.match(line)
        if heading is not None and not line.rstrip().endswith("="):
            changes.append((at, at + len(heading["marks"]), "#" * len(heading["marks"])))
            changes.extend(_inline_changes(line, at, heading.start("title")))
            item_number = 0
            continue
        item = _ORDERED_ITEM.match(line)
        if item is not None:
            item_number += 1
            changes.append((at, at + item.end(), f"{item_number}. "))
            changes.extend(_inline_changes(line, at, item.end()))
            continue
        if not line.strip():
            # a list goes on over blank lines only when the next item follows
            following = next((later for later in lines[index + 1 :] if later.strip()), "")
            if not _ORDERED_ITEM.match(following):
                item_number = 0
        elif line[:1] not in " \t":
            # a line that is no item's wrapped continuation after a blank closes the list
            if index > 0 and not lines[index - 1].strip():
                item_number = 0
        admonition = _ADMONITION.match(line)
        if admonition is not None:
            changes.append((at, at + admonition.end(), ""))
        changes.extend(_inline_changes(line, at, admonition.end() if admonition else 0))
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

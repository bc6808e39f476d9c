"""The text of a presentation (a slide deck saved or exported as text), undone before cleaning
reads lines.

A deck is told by its slide markers: two or more lines "Slide 3", "SLIDE 3", "Slide 3 of 8",
"Slide 3/8" alone. Its text is short lines, not wrapped prose: each line that is not a
continuation is an item of its own (a slide's title, a bullet, an arrow's note), and the
cleaner, which joins a block of lines into a paragraph, must see a blank line between them. So:

- a slide marker becomes a blank line (page furniture, as a page number is);
- a bullet's mark ("•", "◦", "▪", "-", "–", "*", "→", "▶") goes, and a blank line goes before
  the item when the line above is not blank; a bullet is a clause or an entry, not a heading:
  one that does not end with a stop, a semicolon or a colon gets a full stop (the title of a
  slide, printed without a mark, stays a heading);
- a line indented under an item, or opening with a small letter ("of Trustees at its ...", the
  title wrapped), continues it: the line break and the indentation become one space.

Every character keeps its offset (the changes are applied by `characters.apply_changes`).
"""

from __future__ import annotations

import re
from typing import Sequence

Change = tuple[int, int, "str | None"]

_SLIDE_MARKER = re.compile(r"^\s*(?:Slide|SLIDE)\s+\d{1,3}(?:\s*(?:/|of)\s*\d{1,3})?\s*$")
_BULLET = re.compile(r"^(?P<lead>\s*)(?P<mark>[•◦▪●‣∙\-–—*→▶►➢➤]\s+)")
_FEWEST_MARKERS = 2


def is_slide_deck(lines: list[str]) -> bool:
    count = 0
    for line in lines:
        if "lide" in line[:12] or "LIDE" in line[:12]:
            if _SLIDE_MARKER.match(line):
                count += 1
                if count >= _FEWEST_MARKERS:
                    return True
    return False


def slide_deck_changes(lines: list[str], starts: Sequence[int]) -> list[Change]:
    """The changes that make each item of a deck's slides a paragraph of its own."""
    if not is_slide_deck(lines):
        return []
    changes: list[Change] = []
    item_indent: int | None = None  # the indentation of the text of the item above; None after a blank
    bullet_end: int | None = None  # where the bullet item being read ends so far

    def close_bullet() -> None:
        # a bullet is a clause or an entry, never a heading: it ends as a sentence does
        nonlocal bullet_end
        if bullet_end is not None:
            changes.append((bullet_end, bullet_end, "."))
        bullet_end = None

    for index, line in enumerate(lines):
        at = starts[index]
        if _SLIDE_MARKER.match(line):
            close_bullet()
            changes.append((at, at + len(line), ""))
            item_indent = None
            continue
        if not line.strip():
            close_bullet()
            item_indent = None
            continue
        lead = len(line) - len(line.lstrip())
        bullet = _BULLET.match(line)
        text_start = bullet.end() if bullet is not None else lead
        continues = item_indent is not None and bullet is None and (
            lead > 0 and lead >= item_indent - 2 or line.lstrip()[:1].islower()
        )
        if continues:
            # the line break and the indentation: one space inside the item's text
            changes.append((at - 1, at + lead, " "))
            if bullet_end is not None:
                bullet_end = _end_of_text(line, at)
            continue
        close_bullet()
        if item_indent is not None:
            # a new item right under another: a blank line between them, the mark gone
            changes.append((at, at + text_start, "\n"))
        elif bullet is not None:
            changes.append((at, at + text_start, ""))
        item_indent = text_start
        if bullet is not None:
            bullet_end = _end_of_text(line, at)
    close_bullet()
    return changes


def _end_of_text(line: str, at: int) -> int | None:
    """Where a bullet's line ends, if its text does not end a sentence or clause already."""
    text = line.rstrip()
    return None if text[-1:] in ".;:!?" else at + len(text)

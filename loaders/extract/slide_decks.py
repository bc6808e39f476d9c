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

A deck saved as an outline (PowerPoint's "Outline" text, Keynote's and Impress' outline view
copied out; E100) has no slide markers: each slide's title stands at the left margin and its
bullets under it, indented one tab a level. It is told by that shape (`is_outline_deck`): titles
at the margin each followed by tab-indented lines, most lines short and indented, at most one
title in a row. Its items are made paragraphs the same way, the indentation saying what a line is:

- a line at the margin is a slide's title, a heading: a blank line goes before it;
- an indented line is a bullet, unless it opens with a small letter right under its parent (one
  level up), which it continues ("Decides that the Sub-group" / "<tab><tab>would continue as
  ..."); a bullet with sub-bullets below it introduces them and ends with a colon, as a bullet
  citing an instrument does before the instrument's words ("Meeting of the Parties, decision
  XXXVI/2 (2024):" / "Requested the Executive Committee to ..."); another ends as a sentence.

Every character keeps its offset (the changes are applied by `characters.apply_changes`).
"""

from __future__ import annotations

import re
from typing import Sequence

from mandate_graph.loaders.extract.layout import ends_open

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
    furniture = slide_footers(lines)
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
        if _SLIDE_MARKER.match(line) or index in furniture:
            # (a footer repeated at the foot of the slides, a slide's number: page furniture)
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


_SLIDE_NUMBER = re.compile(r"^\s*\d{1,3}\s*$")


def slide_footers(lines: list[str]) -> set[int]:
    """The lines at the foot of the slides that are furniture: a line repeated word for word as
    the last lines of at least half of the slides (three or more), "MLF Secretariat | Briefing, 10
    July 2032", and a number alone there (the slide's)."""
    feet: list[list[int]] = []  # per slide, its last lines (at most two), bottom first
    last: list[int] = []
    for index, line in enumerate(lines):
        if _SLIDE_MARKER.match(line):
            feet.append(last[-2:][::-1])
            last = []
        elif line.strip():
            last.append(index)
    feet.append(last[-2:][::-1])
    slides = [foot for foot in feet if foot]
    counts: dict[str, int] = {}
    for foot in slides:
        for index in foot:
            if not _SLIDE_NUMBER.match(lines[index]) and not _BULLET.match(lines[index]):
                counts[lines[index].strip()] = counts.get(lines[index].strip(), 0) + 1
    repeated = {text for text, n in counts.items() if n >= 3 and 2 * n >= len(slides)}
    found: set[int] = set()
    for foot in slides:
        for index in foot:
            if lines[index].strip() in repeated or _SLIDE_NUMBER.match(lines[index]) and repeated:
                found.add(index)
    return found


def _end_of_text(line: str, at: int) -> int | None:
    """Where a bullet's line ends, if its text does not end a sentence or clause already."""
    text = line.rstrip()
    return None if text[-1:] in ".;:!?" else at + len(text)


# --------------------------------------------------------------------------- outline decks

_OUTLINE_TITLE_LONGEST = 120  # a slide's title, at the margin
_OUTLINE_ITEM_LONGEST = 160  # most bullets are shorter (a Word export's tab-indented paragraphs are not)
_FEWEST_OUTLINE_SLIDES = 3


def _outline_level(line: str) -> int:
    """The bullet level of an outline's line: its leading tabs (a title at the margin is 0)."""
    return len(line) - len(line.lstrip("\t"))


def is_outline_deck(lines: list[str]) -> bool:
    """Is the text a deck saved as an outline: titles at the margin, bullets indented by tabs?"""
    texts = [line for line in lines if line.strip()]
    if len(texts) < 4 * _FEWEST_OUTLINE_SLIDES:
        return False
    indented = titles = 0
    long_items = 0
    previous_level: int | None = None
    previous = ""
    for line in texts:
        if line[:1] == " " and line.strip():
            return False  # indented by spaces: some other layout
        level = _outline_level(line)
        if level:
            indented += 1
            if "\t" in line.strip():
                return False  # a tab inside the line: a table's cells
            if len(line.strip()) > _OUTLINE_ITEM_LONGEST:
                long_items += 1
        else:
            if len(line) > _OUTLINE_TITLE_LONGEST or previous_level == 0 or line.rstrip()[-1:] in ".;,":
                return False  # a long line, two in a row at the margin, a sentence's end: wrapped prose
            if previous_level and ends_open(previous):
                return False  # "... and requested the" / "Secretariat to report.": a paragraph wrapped
        if previous_level == 0 and level == 1:
            titles += 1
        previous_level, previous = level, line
    return titles >= _FEWEST_OUTLINE_SLIDES and 2 * indented >= len(texts) and 10 * long_items <= indented


# What a bullet whose sub-bullets are items of their own, not its words going on, looks like: one
# ending with a colon ("The Committee:" over "recalls its decision 162/1" / "endorses the ..."), or
# an instrument's heading, whole on its line ("Decision 176/2 – Predictable review cycle" over
# "adopted by the Committee at its 176th session" / "4621st meeting, 22 July 2036"). A bullet
# without either ("Decides that the Sub-group" / "would continue as ...") goes on below (E232).
_INSTRUMENT_HEADING = re.compile(r"^(?:Resolution|Decision|RESOLUTION|DECISION)\s+\d{1,4}/\d{1,3}\s*(?:[:.–—]|\s-)\s+[A-Z]")
# "to be submitted to ...", "to be considered by ...": a passive infinitive, no clause's opening
_PASSIVE_INFINITIVE = re.compile(r"to\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne)\s+(?:to|by|at|in|for|under)\b")
# "Requests", "Also invites", "Calls upon": an operative verb alone over the parties it addresses,
# each a sub-bullet ("the secretariat: to publish ..."), which it governs each (E232)
_LEAD_VERB = re.compile(
    r"(?:(?:Also|Further)\s+)?(?:[Rr]equests|[Ii]nvites|[Ee]ncourages|[Uu]rges|[Cc]alls\s+upon|[Aa]uthorizes|[Ee]ntrusts"
    r"|[Ee]ndorses|[Aa]pproves|[Ww]elcomes|[Rr]ecalls|[Dd]ecides)"
)


def outline_deck_changes(lines: list[str], starts: Sequence[int]) -> list[Change]:
    """The changes that make each title and bullet of an outline deck a paragraph of its own."""
    if not is_outline_deck(lines):
        return []
    changes: list[Change] = []
    # the item being read: its level, where its text ends so far, and whether it is a bullet
    open_level: int | None = None
    open_end: int | None = None
    above_level: int | None = None  # the level of the line right above; None after a blank
    above_closed = False  # whether the line right above is whole: it takes no continuation
    # the level of a bullet ending with a colon ("The Committee:"): the items below it are clauses
    # each whole, and so are their own sub-bullets ("decides to establish a working group on ..." /
    # "five members, renewed every two years"), details of the item, not its words going on
    list_level: int | None = None
    # "Requests" alone over "the secretariat: to publish ..." / "the working group: to report ...":
    # the verb and its level, said again before each of its items
    lead_verb: tuple[str, int] | None = None
    open_heading = False  # whether the item being read is an instrument's heading

    def close(next_level: int | None, next_opens_upper: bool) -> None:
        nonlocal open_end
        if open_end is not None and open_level and not open_heading:
            # a bullet over its own sub-bullets introduces them; another is a sentence (an
            # instrument's heading stays a heading)
            mark = ":" if next_level is not None and next_level > open_level and next_opens_upper else "."
            changes.append((open_end, open_end, mark))
        open_end = None

    for index, line in enumerate(lines):
        at = starts[index]
        if not line.strip():
            close(None, False)
            above_level = None
            continue
        level = _outline_level(line)
        bullet = _BULLET.match(line) if level else None
        text_start = bullet.end() if bullet is not None else level
        first = line[text_start : text_start + 1]
        if lead_verb is not None and level <= lead_verb[1]:
            lead_verb = None
        if list_level is not None and level <= list_level:
            list_level = None
        verb = lead_verb[0] if lead_verb is not None and first.islower() else ""
        if (
            level and bullet is None and first.islower() and above_level is not None and not above_closed and not verb and list_level is None
            and (
                0 < above_level < level
                # "A/91/40 Report of the Committee, covering its 175th ... sessions" / "to be submitted
                # to the General Assembly at its ninety-first session" at the same level: an infinitive
                # in the passive opens no item of its own; it tells what becomes of the one above (E233)
                or above_level == level and _PASSIVE_INFINITIVE.match(line, text_start) is not None
            )
        ):
            # "Decides that the Sub-group" / "would continue as ...": the item goes on
            changes.append((at - 1, at + text_start, " "))
            above_level = level
            if open_end is not None:
                open_end = _end_of_text(line, at)
            continue
        close(level, first.isupper())
        if above_level is not None:
            changes.append((at, at + text_start, "\n" + verb))
        elif text_start:
            changes.append((at, at + text_start, verb))
        open_level, above_level = level, level
        open_end = _end_of_text(line, at) if level else None
        text = line[text_start:].strip()
        open_heading = _INSTRUMENT_HEADING.match(text) is not None
        above_closed = bool(level) and (open_heading or text.endswith(":"))
        if level and text.endswith(":") and list_level is None:
            list_level = level
        if level and _LEAD_VERB.fullmatch(text):
            lead_verb = (text + " ", level)
    close(None, False)
    return changes

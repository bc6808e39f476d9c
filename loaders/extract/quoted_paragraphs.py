"""A statement quoted paragraph by paragraph: each paragraph opens with a quotation mark and
only the last one closes it, as a presidential statement's text is printed under "the President
made the following statement on behalf of the Council:" (and as Word saves it, one paragraph a
line):

    "The Security Council reaffirms its commitment to ...
    "The Security Council requests the Secretary-General to ...
    "The Security Council decides to remain actively seized of the matter."

The marks are the typographer's, not the author's: no paragraph quotes a title or a phrase
with them. Left in place, the opening mark reads as the start of a quoted title that runs to the
next mark, perhaps in the next paragraph, and what stands between is no sentence of the
document. Each such paragraph is read without its opening mark (the block begins after it), and
the last one without its closing mark too. A mark that a paragraph closes itself ('"Agenda"
was adopted') and a single paragraph opening with a quotation are left alone: only a run of two
paragraphs or more, each leaving its mark open, is the convention.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol, TypeVar

_OPENING_MARKS = ('"', "“")
# the fewest paragraphs in a row that leave their opening mark unclosed
_FEWEST_OPEN_PARAGRAPHS = 2


class _Span(Protocol):
    start: int
    end: int
    kind: str


S = TypeVar("S", bound=_Span)


def _opening(text: str, block: _Span) -> str | None:
    mark = text[block.start : block.start + 1]
    return mark if block.kind == "text" and mark in _OPENING_MARKS else None


def _left_open(paragraph: str, mark: str) -> bool:
    """Whether the paragraph, opening with ``mark``, leaves a quotation open at its end."""
    if mark == "“":
        return paragraph.count("“") > paragraph.count("”")
    return paragraph.count('"') % 2 == 1


def _closed_at_end(paragraph: str, mark: str) -> bool:
    """Whether the paragraph's last quotation mark, closing the statement, ends it ('... matter."')."""
    closing = "”" if mark == "“" else '"'
    return paragraph.rstrip().endswith(closing) and not _left_open(paragraph, mark)


def statement_marks_dropped(text: str, blocks: list[S]) -> list[S]:
    """``blocks`` with the quotation marks of a statement quoted paragraph by paragraph left
    out of them (see the module's docstring); every other block as it was."""
    if '"' not in text and "“" not in text:
        return blocks
    out = list(blocks)
    index = 0
    while index < len(out):
        run: list[int] = []
        cursor = index
        while cursor < len(out):
            mark = _opening(text, out[cursor])
            if mark is None or not _left_open(text[out[cursor].start : out[cursor].end], mark):
                break
            run.append(cursor)
            cursor += 1
        if len(run) < _FEWEST_OPEN_PARAGRAPHS:
            index = cursor + 1 if not run else cursor
            continue
        for i in run:
            out[i] = replace(out[i], start=out[i].start + 1)
        if cursor < len(out) and (mark := _opening(text, out[cursor])) is not None:
            last = out[cursor]
            paragraph = text[last.start : last.end]
            if _closed_at_end(paragraph, mark):
                closing_at = last.start + len(paragraph.rstrip()) - 1
                out[cursor] = replace(last, start=last.start + 1, end=closing_at)
            cursor += 1
        index = cursor
    return out

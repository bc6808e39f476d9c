"""A quotation of several paragraphs printed by the continued-quotation convention: each paragraph
opens with a quotation mark and only the last one closes it. A statement made by a President on
behalf of a council is printed so ("the President … made the following statement on behalf of
the Council:" / ""The Security Council recalls …" / ""The Security Council requests …" /
""The Security Council decides to remain seized of the matter.""), one paragraph a line in a
word processor's text, or wrapped under `pdftotext` (the mark then opens the paragraph's first
line only).

The marks belong to the layout, not to the words: a rule reading "The Council requests …" as the
paragraph's subject and verb, or "its" as the body that opens the sentence, sees them as a stray
character before "The". `continued_quotation_marks` gives the marks to drop, as spans of the
text, for the cleaning stage to drop them as it drops a tracked change's marks (the cleaned text
keeps the offsets of every other character).

Strict on purpose: at least three paragraphs in a row open with a mark before a capital letter,
none of them but the last closes it (an odd number of straight marks, or more opening than
closing curly ones), and the last one ends on its closing mark. A paragraph quoting a title
("the item entitled "Children and armed conflict"") or a single quoted paragraph is no such run.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The opening mark of a paragraph, before its first word's capital (blanks before it kept)
_OPENS = re.compile(r"[ \t]*([\"\u201c])(?=[A-Z])")
# The closing mark that ends the last paragraph of the run: after its full stop
_CLOSES = re.compile(r"[.!?)]([\"\u201d])\s*$")
_FEWEST = 3


def _opens_unclosed(block: str) -> re.Match[str] | None:
    """The opening mark of a paragraph that does not close it."""
    opening = _OPENS.match(block)
    if opening is None:
        return None
    if opening.group(1) == '"':
        return opening if block.count('"') % 2 == 1 else None
    return opening if block.count("\u201c") > block.count("\u201d") else None


def _opens_and_closes(block: str) -> tuple[re.Match[str], re.Match[str]] | None:
    """The opening mark of the run's last paragraph and the closing mark that ends it."""
    opening = _OPENS.match(block)
    closing = _CLOSES.search(block)
    if opening is None or closing is None:
        return None
    if opening.group(1) == '"':
        balanced = block.count('"') % 2 == 0
    else:
        balanced = block.count("\u201c") == block.count("\u201d")
    return (opening, closing) if balanced else None


def continued_quotation_marks(text: str, blocks: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of ``text`` holding the marks of each run of paragraphs quoted by the
    continued-quotation convention (``blocks``: the text's paragraphs, as ``(start, end)`` in
    order); in order, apart. Nothing for a text without such a run."""
    if '"' not in text and "\u201c" not in text:
        return []
    spans: list[tuple[int, int]] = []
    run: list[tuple[int, int]] = []  # the opening marks of the paragraphs read so far in a run
    for start, end in blocks:
        block = text[start:end]
        opening = _opens_unclosed(block)
        if opening is not None:
            run.append((start + opening.start(1), start + opening.end(1)))
            continue
        ends = _opens_and_closes(block) if len(run) >= _FEWEST - 1 else None
        if ends is not None:
            opening, closing = ends
            spans += run
            spans.append((start + opening.start(1), start + opening.end(1)))
            spans.append((start + closing.start(1), start + closing.end(1)))
        run = []
    return spans

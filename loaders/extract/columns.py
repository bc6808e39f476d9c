"""Two columns of text side by side, as ``pdftotext -layout`` prints a page set in two columns:
every line holds a piece of the left column, a gap, and a piece of the right one, so read
line by line each sentence is cut by the other column's fragments.

`unfold_columns` finds, page by page, runs of lines that share a gutter (the right column
starts at the same position on many lines and no line has text across it) and writes the left
column's lines, then the right column's, keeping for every character the offset it came from.
A masthead (the symbol set far right on a few lines) or a heading across the page ends a run:
only a run with enough lines on both sides of one gutter is two columns.
"""

from __future__ import annotations

import re
from collections import Counter

from mandate_graph.loaders.extract.layout import ends_open

# A right column's text begins after a gap of at least this many spaces.
_GAP = re.compile(r" {3,}(?=\S)")
# Lines with text at the same right position, and at the left, that make a run two columns.
_MIN_LINES_EACH_SIDE = 5
# How near the page's edges a gutter may be, in characters.
_MARGIN = 20


def _right_starts(line: str) -> list[int]:
    return [m.end() for m in _GAP.finditer(line)]


def _gutter(lines: list[str]) -> int | None:
    """The position where a right column starts on most lines, if enough lines have one."""
    # (a line without three spaces in a row, a form feed read as one, has no gap: not searched)
    counts = Counter(p for line in lines if "   " in line or "\f" in line for p in _right_starts(line.replace("\f", " ")))
    width = max((len(line) for line in lines), default=0)
    for position, count in counts.most_common(3):
        if count >= _MIN_LINES_EACH_SIDE and _MARGIN <= position <= width - _MARGIN:
            return position
    return None


def _fits(line: str, gutter: int) -> bool:
    """No text across the gutter: the two characters before it are spaces (or the line ends)."""
    return len(line) < gutter - 1 or line[gutter - 2 : gutter] == "  "


# Wrapped prose fills its column: half its lines at least this long. A list of titles with
# their symbols at the right ("Provisional agenda      CTOC/COP/2022/1") is no second column.
_PROSE_LINE = 25


def _prose(pieces: list[str]) -> bool:
    if len(pieces) < _MIN_LINES_EACH_SIDE:
        return False
    return sorted(len(piece) for piece in pieces)[len(pieces) // 2] >= _PROSE_LINE


def _runs(lines: list[str], gutter: int) -> list[tuple[int, int]]:
    """Runs of lines [first, last) that fit the gutter, with enough text on both sides."""
    runs = []
    first: int | None = None
    for index in range(len(lines) + 1):
        fits = index < len(lines) and _fits(lines[index], gutter)
        if fits and first is None:
            first = index
        elif not fits and first is not None:
            block = lines[first:index]
            rights = [line[gutter:].strip() for line in block if len(line) > gutter and line[gutter] != " " and line[gutter - 1] == " "]
            lefts = [line[: gutter - 1].strip() for line in block if line[: gutter - 1].strip()]
            if _prose(rights) and _prose(lefts):
                runs.append((first, index))
            first = None
    return runs


def unfold_columns(text: str) -> tuple[str, list[int] | None]:
    """``text`` with each two-column run written column after column, and the map of each
    character (plus the end) to its offset in ``text``; None when no run was found."""
    if "   " not in text:
        return text, None
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    # Pages: a form feed starts one. Each page has its own gutter.
    pages: list[tuple[int, int]] = []
    first = 0
    for index, line in enumerate(lines):
        if "\f" in line and index > first:
            pages.append((first, index))
            first = index
    pages.append((first, len(lines)))
    reordered: dict[int, tuple[int, int]] = {}  # first line of a run -> (end, gutter)
    for page_first, page_end in pages:
        page = lines[page_first:page_end]
        gutter = _gutter(page)
        if gutter is None:
            continue
        for run_first, run_end in _runs(page, gutter):
            reordered[page_first + run_first] = (page_first + run_end, gutter)
    if not reordered:
        return text, None
    pieces: list[str] = []
    offsets: list[int] = []

    def emit(index: int, begin: int, end: int) -> None:
        """Line ``index``'s characters [begin, end), then a line break."""
        line = lines[index]
        end = min(end, len(line))
        if begin < end:
            pieces.append(line[begin:end])
            offsets.extend(range(starts[index] + begin, starts[index] + end))
        pieces.append("\n")
        offsets.append(starts[index] + max(begin, min(end, len(line))))

    index = 0
    while index < len(lines):
        if index in reordered:
            end, gutter = reordered[index]
            for row in range(index, end):
                emit(row, 0, len(lines[row][: gutter - 1].rstrip()))
            for row in range(index, end):
                emit(row, gutter, len(lines[row]))
            index = end
            continue
        emit(index, 0, len(lines[index]))
        index += 1
    pieces[-1:] = [] if not text.endswith("\n") else pieces[-1:]
    if not text.endswith("\n"):
        offsets.pop()
    offsets.append(len(text))
    return "".join(pieces), offsets


# --------------------------------------------------------------------------- a masthead's wrapped name

# A masthead line in two columns: the body's name at the left, the symbol or a note far right.
_MASTHEAD_GAP = re.compile(r"\S( {6,}|[ ]*\t[ \t]*)\S")  # (Word's plain text sets the columns' cells apart by a tab)
# Only a masthead's first lines are searched: a wrapped name is the document's body.
_MASTHEAD_SCAN = 6
# A body's name wrapped in its column: "REGIONAL COMMITTEE FOR THE", "Committee on the" (not a
# record's "Exported at")
_FEWEST_NAME_WORDS = 3


def rejoin_masthead_name(text: str) -> tuple[str, list[int]] | None:
    """"REGIONAL COMMITTEE FOR THE ...  EM/RC76/DR.2 Rev.1" over "EASTERN MEDITERRANEAN ...  Track
    changes": a masthead in two columns whose left column wraps the body's name onto the next
    line (the line ends open, on "FOR THE", "OF", "AND"). Read line by line, the right column's
    item would cut the name in two; the name's second part is moved up onto its first line
    (before the gap), the rest kept where it stands. With the map of each character (and the
    end) to its offset in ``text``; None when no masthead line so ends."""
    head = text[: 2000]
    lines = head.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    # the masthead's first lines that hold anything (a converter may set a blank line after each)
    filled = [i for i, line in enumerate(lines[:-1]) if line.strip()][: _MASTHEAD_SCAN + 1]
    for index, next_index in zip(filled, filled[1:]):
        if next_index - index > 2:
            continue
        line, below = lines[index], lines[next_index]
        gap = _MASTHEAD_GAP.search(line) if "  " in line or "\t" in line else None
        if gap is None and ends_open(line) and _SYMBOL_ALONE.fullmatch(below.strip()) is not None:
            # pdftotext -raw reads the row across: "REGIONAL COMMITTEE FOR THE" / "EM/RC76/DR.2
            # Rev.1" / "EASTERN MEDITERRANEAN": the symbol, the right column's item, stands
            # between the name's two lines
            after = filled[filled.index(next_index) + 1] if filled.index(next_index) + 1 < len(filled) else None
            if after is None or after - next_index > 2 or not lines[after].lstrip()[:1].isalpha() or _SYMBOL_ALONE.fullmatch(lines[after].strip()):
                continue
            return _moved_up(text, starts, index, len(line.rstrip()), after, lines[after])
        if gap is None or not ends_open(line[: gap.start() + 1]) or len(line[: gap.start() + 1].split()) < _FEWEST_NAME_WORDS:
            continue  # ("Exported at<tab>2029-09-14": a record's field, no name)
        indent = len(line) - len(line.lstrip(" "))
        below_gap = _MASTHEAD_GAP.search(below)
        left_end = below_gap.start() + 1 if below_gap is not None else len(below.rstrip())
        wrapped = below[:left_end]
        if len(wrapped) - len(wrapped.lstrip(" ")) != indent or not wrapped.strip() or not wrapped.lstrip()[:1].isalpha():
            continue
        if below_gap is not None and len(wrapped.split()) == 1 and "\t" in below[below_gap.start() : below_gap.end()]:
            continue  # "Symbol<tab>AFR/RC79/R1": a field's name and its value
        return _moved_up(text, starts, index, gap.start() + 1, next_index, wrapped)
    return None


# A document symbol alone on its line ("EM/RC76/DR.2 Rev.1", "A/HRC/59/L.3"): the right column's item
_SYMBOL_ALONE = re.compile(r"[A-Z][A-Za-z]{0,9}(?:[/.][A-Za-z0-9.\-]{1,12}){2,7}(?:\s+(?:Rev|Add|Corr)\.\d{1,2})*")


def _moved_up(text: str, starts: list[int], index: int, name_end_in_line: int, wrapped_index: int, wrapped: str) -> tuple[str, list[int]]:
    """``text`` with the words of line ``wrapped_index`` (its left item ``wrapped``, without its
    indentation) written after the first ``name_end_in_line`` characters of line ``index``, a
    space between; what stood between them kept where it was. With the map of the result."""
    out_pieces: list[str] = []
    offsets: list[int] = []

    def keep(begin: int, end: int) -> None:
        out_pieces.append(text[begin:end])
        offsets.extend(range(begin, end))

    name_end = starts[index] + name_end_in_line
    below_start = starts[wrapped_index]
    indent = len(wrapped) - len(wrapped.lstrip(" "))
    keep(0, name_end)
    out_pieces.append(" ")
    offsets.append(name_end)
    keep(below_start + indent, below_start + len(wrapped.rstrip()))
    keep(name_end, below_start)  # the gap, the right column's item and the line break
    keep(below_start + len(wrapped.rstrip()), len(text))
    offsets.append(len(text))
    return "".join(out_pieces), offsets

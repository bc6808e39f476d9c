"""Tables whose cells a single space sets apart, read by the cells' shapes under their header.

Two converters write a table's row on one line with nothing but a space between two cells:
`pdftotext -raw` where the PDF draws a row's cells on one baseline ("2031/1 Scientific advisory
panel 9 December 2031": raw mode gives a space whatever the gap), and lynx, whose columns are as
wide as their widest cell and one space apart ("42/2     Cooperation ... procedures 7 April 2031").
A wrapped cell's further lines follow the row's line in raw mode ("... and special" /
"procedures" / "7 April 2031"). Runs of three spaces are not there to tell the columns
(`aligned_tables`), so the header tells them: one line of column names a table uses
("Decision Title Adopted on", "Agenda item Symbol Title", "Item Decision Title Date of
adoption"), each name a shape its cells take — a key (a decision's number, a symbol), an agenda
item's number, a date, a vote — save one free column (the title) that takes what is left.

Each row becomes one line written as `aligned_tables` writes pdftotext -layout's tables: a pipe
table when the header names the instruments listed, tab-separated cells otherwise.
"""

from __future__ import annotations

import re
from typing import Sequence

from mandate_graph.loaders.extract.aligned_tables import INSTRUMENT_NUMBER
from mandate_graph.loaders.extract.line_cell_tables import _KEY
from mandate_graph.loaders.extract.rules.decision_tables import header_columns

# A key with spaces inside: a session's number before a body's series ("221 EX/Decision 5",
# "12 C/Resolution 3").
_SPACED_KEY = r"\d{1,4} [A-Z]{1,6}/[A-Z][a-z]{2,11}\.? \d{1,4}(?:\.[A-Z0-9]{1,3})?"
# a month in full or shortened as tables shorten it ("10 Feb. 2031", "3 Sept. 2031")
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
)
_DAY_MONTH_YEAR = rf"\d{{1,2}}(?:[–-]\d{{1,2}})? {_MONTH} \d{{4}}"
_MONTH_DAY_YEAR = rf"{_MONTH} \d{{1,2}}, \d{{4}}"
_SHAPES = {
    # (lynx's link number before a symbol: "[15]E/CDP/2031/1")
    "key": rf"(?:\[\d{{1,4}}\])?(?:{_SPACED_KEY}|{_KEY})",
    "item": r"\d{1,3}(?: ?\([a-z]{1,4}\))?",
    "date": rf"(?:{_DAY_MONTH_YEAR}|{_MONTH_DAY_YEAR}|\d{{4}}-\d\d-\d\d)",
    "vote": r"(?:[Ww]ithout a vote|[Bb]y consensus|[Cc]onsensus|\d{1,3}[-–]\d{1,3}[-–]\d{1,3})",
    # what a list of documents says of each: "Issued", "Web only", "Advance unedited version";
    # of each draft: "Adopted", "Not adopted", "Withdrawn" (a closed list: the free title before
    # it takes every other word)
    "status": (
        r"(?:[Nn]ot (?:adopted|issued|taken up)|[Ii]ssued|[Rr]eissued|[Ff]orthcoming|[Ww]eb only|[Oo]nline only"
        r"|[Aa]dvance (?:unedited )?version|[Aa]vailable|[Pp]ending|[Tt]o be issued|[Pp]ublished|[Ww]ithdrawn"
        r"|[Rr]ejected|[Aa]dopted|[Dd]eferred|[Ss]uperseded)"
    ),
    "free": r"(?s:.+?)",
}
# Column names, longest first, and the shape their cells take.
_COLUMNS = (
    ("date of adoption", "date"), ("adoption date", "date"), ("adopted on", "date"), ("agenda item", "item"),
    ("decision", "key"), ("decisions", "key"), ("resolution", "key"), ("resolutions", "key"), ("symbol", "key"),
    ("document", "key"), ("documents", "key"), ("number", "key"), ("no.", "key"),
    ("adopted", "date"), ("date", "date"), ("item", "item"), ("vote", "vote"),
    ("title", "free"), ("subject", "free"), ("status", "status"),
)
_NAME = re.compile(
    "|".join(re.escape(name).replace(r"\ ", r"\s+") for name, _ in sorted(_COLUMNS, key=lambda c: -len(c[0]))),
    re.IGNORECASE,
)
_SHAPE_OF = {name: shape for name, shape in _COLUMNS}
# the gate: a line that may be such a header (two names or more, one of them a key's)
_GATE = re.compile(
    r"(?im)^[^\S\n]*(?:(?:Agenda[^\S\n]+item|Item|No\.|Number)[^\S\n]+)?(?:Decision|Resolution|Symbol|Document)s?[^\S\n]+\S"
)
_LONGEST_LINE = 200
_MOST_WRAPPED_LINES = 3  # a row's further lines in raw mode (a wrapped title, the cell after it)
_FEWEST_ROWS = 2  # the header names the columns: two rows are a table
_FURTHER_WORDS = re.compile(r"[^\S\n]*[a-z]")
_ALIGNED_GAP = re.compile(r"\t| {3,}")
# a paragraph's label or a sentence's end: prose, not a row
_PROSE = re.compile(r"^(?:\d{1,3}\.|\([a-z0-9]{1,4}\)|[IVX]{1,5}\.)\s|[.;:,]$")


def may_hold_spaced_row_table(text: str) -> bool:
    return _GATE.search(text) is not None


def _header(line: str) -> list[tuple[str, int, int]] | None:
    """The column names of a header line and where each stands, when the whole line is names:
    two or more, one a key's, exactly one free column."""
    if "|" in line or "\t" in line or len(line) > _LONGEST_LINE:
        return None
    names = []
    position = len(line) - len(line.lstrip())
    end = len(line.rstrip())
    while position < end:
        match = _NAME.match(line, position)
        if match is None or match.end() < end and not line[match.end()].isspace():
            return None
        names.append((re.sub(r"\s+", " ", match.group(0).lower()), match.start(), match.end()))
        position = match.end()
        while position < end and line[position].isspace():
            position += 1
    shapes = [_SHAPE_OF[name] for name, _, _ in names]
    if len(names) < 2 or shapes.count("free") != 1 or "key" not in shapes:
        return None
    return names


def _row_pattern(shapes: list[str]) -> re.Pattern[str]:
    cells = r"\s+".join(f"({_SHAPES[shape]})" for shape in shapes)
    return re.compile(rf"[^\S\n]*{cells}[^\S\n]*")


def _row_start(shapes: list[str]) -> re.Pattern[str]:
    """The cells before the free one, at a line's start, then some text."""
    before = shapes[: shapes.index("free")]
    cells = "".join(rf"{_SHAPES[shape]}[^\S\n]+" for shape in before)
    return re.compile(rf"[^\S\n]*{cells}\S")


def spaced_row_table_changes(
    lines: list[str], starts: Sequence[int], busy: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str | None]]:
    """Each table of single-space rows under a header of column names (see the module's doc)
    written as rows of cells; ``busy`` spans of the text another reader changes are left alone."""
    changes: list[tuple[int, int, str | None]] = []
    index = 0
    while index < len(lines) - 1:
        names = _header(lines[index]) if _NAME.match(lines[index].lstrip()) else None
        if names is None:
            index += 1
            continue
        shapes = [_SHAPE_OF[name] for name, _, _ in names]
        whole, start = _row_pattern(shapes), _row_start(shapes)
        rows: list[tuple[int, int, re.Match[str]]] = []  # first line, line after, match over the joined lines
        line = index + 1
        while line < len(lines):
            found = _row_at(lines, line, whole, start, shapes[-1] == "free")
            if found is None:
                break
            rows.append(found)
            line = found[1]
        if len(rows) < _FEWEST_ROWS or _aligned(lines, index, rows) or _overlaps(starts, index, line, busy):
            index += 1
            continue
        changes += _table_changes(lines, starts, index, names, rows)
        index = line
    return changes


def _row_at(
    lines: list[str], first: int, whole: re.Pattern[str], start: re.Pattern[str], free_last: bool,
) -> tuple[int, int, re.Match[str]] | None:
    """The row opening on line ``first``: the line alone, or with up to three further lines (a
    wrapped cell's, the cell after it), that its header's shapes read whole. When the free cell
    ends the row, a further line that goes on in lower case is its wrapped words ("... for the" /
    "graduation criteria"); a line in capitals after the last row is the text after the table."""
    if not start.match(lines[first]) or _PROSE.search(lines[first].strip()):
        return None
    joined = lines[first]
    for after in range(first + 1, min(first + 2 + _MOST_WRAPPED_LINES, len(lines) + 1)):
        match = whole.fullmatch(joined)
        if match is not None and (not free_last or after >= len(lines) or not _FURTHER_WORDS.match(lines[after])):
            if not free_last and _wrapped_after_the_row(lines, after, start):
                return None  # a wrapped cell's words printed after the row's last cell: no row read whole
            return first, after, match
        if after >= len(lines):
            return None
        further = lines[after]
        if not further.strip() or len(further) > _LONGEST_LINE or "\t" in further or "|" in further or "\f" in further:
            return None
        if _PROSE.search(further.strip()) or start.match(further) and whole.fullmatch(further):
            return None  # prose, or the next row while this one lacks a cell
        joined += "\n" + further
    return None


def _wrapped_after_the_row(lines: list[str], after: int, start: re.Pattern[str]) -> bool:
    """A short line between two rows that opens neither a row nor a paragraph: the rest of a
    wrapped cell, printed after the row's last cell where the PDF draws a row's first baseline
    whole ("30/2 Cooperation with the Working Group on Enforced or 24 March 2031" /
    "Involuntary Disappearances" / "30/3 ..."). Its place in the row is not told; the table is
    left as it was."""
    if after + 1 >= len(lines):
        return False
    line = lines[after].strip()
    return bool(line) and len(line) <= 60 and not start.match(lines[after]) and not _PROSE.search(line) \
        and start.match(lines[after + 1]) is not None


def _aligned(lines: list[str], header: int, rows: list[tuple[int, int, re.Match[str]]]) -> bool:
    """Every cell three spaces or a tab from the next, on one line each: `aligned_tables` reads it."""
    return all(
        end - first == 1 and all(_ALIGNED_GAP.fullmatch(match.string[match.end(c) : match.start(c + 1)])
                                 for c in range(1, len(match.groups())))
        for first, end, match in rows
    ) and len(_ALIGNED_GAP.findall(lines[header].strip())) >= 1


def _overlaps(starts: Sequence[int], first: int, after: int, busy: Sequence[tuple[int, int]]) -> bool:
    begin = starts[first]
    end = starts[after] if after < len(starts) else starts[-1] + 10**9
    return any(b < end and e > begin for b, e in busy)


def _as_pipes(names: list[tuple[str, int, int]], rows: list[list[str]]) -> bool:
    """As `aligned_tables` decides: a table of the instruments the document holds (its header
    names their kind, or its number column holds instruments' numbers) is a pipe table."""
    named = header_columns(" | ".join(name for name, _, _ in names))
    return named is not None and (named.kind is not None or all(
        INSTRUMENT_NUMBER.fullmatch(row[named.number]) is not None for row in rows
    ))


def _table_changes(
    lines: list[str], starts: Sequence[int], header: int, names: list[tuple[str, int, int]],
    rows: list[tuple[int, int, re.Match[str]]],
) -> list[tuple[int, int, str | None]]:
    """The space between two cells a cell separator; a line break inside a cell a space; a pipe
    table's rows framed by bars, its header followed by a delimiter row."""
    pipes = _as_pipes(names, [[match.group(c) for c in range(1, len(match.groups()) + 1)] for _, _, match in rows])
    separator = " | " if pipes else "\t"
    changes: list[tuple[int, int, str | None]] = []
    head = starts[header]
    for c, (_, begin, end) in enumerate(names):
        if c:
            changes.append((head + names[c - 1][2], head + begin, separator))
    if pipes:
        changes.append((head + names[0][1], head + names[0][1], "| "))
        changes.append((head + names[-1][2], head + names[-1][2], " |\n|" + "|".join("---" for _ in names) + "|"))
    for first, _, match in rows:
        base = starts[first]  # the joined lines keep their line breaks: offsets run on from the first line
        count = len(match.groups())
        for c in range(1, count + 1):
            for gap in re.finditer(r"\n", match.group(c)):
                at = base + match.start(c) + gap.start()
                changes.append((at, at + 1, " "))
            if c < count:
                changes.append((base + match.end(c), base + match.start(c + 1), separator))
        if pipes:
            changes.append((base + match.start(1), base + match.start(1), "| "))
            changes.append((base + match.end(count), base + match.end(count), " |"))
    return changes

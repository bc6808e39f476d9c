"""A Markdown document as the page or the file it stands for reads once rendered: what a layout
variant (office.py, web_pdf.py) starts from, since Word, a PDF or a web page shows no Markdown.

`rendered` leaves a text that is no Markdown as it is; of a Markdown text it drops the heading
marks ("## Chapter I"), the emphasis ("*Recalling*", "**A/86/10**"), the links' targets and the
rules (a line of "---"), writes a pipe table's rows as cells parted by tabs (the separator row
"|---|---|" dropped, a cell's "<br>" lines side by side with the other cells' lines, as a table's
cells stand in a PDF) and a list's "1.  " label with one space."""
from __future__ import annotations

import itertools
import re

_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_PIPE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^#{1,6}\s+")
_THEMATIC_BREAK = re.compile(r"^\s*(?:-{3,}|\*{3,}|_{3,})\s*$")


def _table_rows(lines: list[str]) -> set[int]:
    """The lines of pipe tables: a header row over its separator row, and the rows under it. A
    row need not open and close with a bar ("**United Nations** | E/ICEF/2027/18" over "---|---")."""
    rows: set[int] = set()
    for i, (a, b) in enumerate(zip(lines, lines[1:])):
        if "|" in a and "|" in b and _PIPE_SEPARATOR.match(b) and not _PIPE_SEPARATOR.match(a):
            rows.add(i)
            j = i + 2
            while j < len(lines) and "|" in lines[j] and lines[j].strip():
                rows.add(j)
                j += 1
    return rows


def is_markdown(text: str) -> bool:
    """Markdown headings, or a pipe table with its separator row."""
    lines = text.split("\n")
    return sum(1 for line in lines if _HEADING.match(line)) >= 2 or bool(_table_rows(lines))


def _inline(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__)(\S(?:.*?\S)?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])([*_])(\S(?:[^*_]*?\S)?)\1(?![\w*])", r"\2", text)
    text = re.sub(r"`([^`]+)`", r"\1", text)
    # pandoc's smart typography: "---" an em dash, "--" an en dash ("Nairobi, 6--10 March")
    text = re.sub(r"(?<=[^\s-])---(?=[^\s-])", "\u2014", text)
    text = re.sub(r"(?<=[^\s-])--(?=[^\s-])", "\u2013", text)
    return text.replace("\\.", ".").replace("\\*", "*").replace("\\_", "_")


def _table_lines(row: str) -> list[str]:
    cells = [c.strip() for c in row.strip().strip("|").split("|")]
    stacked = [[_inline(part).strip() for part in re.split(r"<br\s*/?>", cell)] for cell in cells]
    if not any(any(stack) for stack in stacked):
        return []  # an empty row ("| | |") draws nothing
    return ["\t".join(parts).rstrip("\t") for parts in itertools.zip_longest(*stacked, fillvalue="")]


def rendered(text: str) -> str:
    if not is_markdown(text):
        return text
    out: list[str] = []
    lines = text.split("\n")
    table_rows = _table_rows(lines)
    for number, line in enumerate(lines):
        if _PIPE_SEPARATOR.match(line) and "|" in line:
            continue
        if _PIPE_ROW.match(line) or number in table_rows:
            out += _table_lines(line)
            continue
        if _THEMATIC_BREAK.match(line):
            out.append("")
            continue
        line = _HEADING.sub("", line)
        line = re.sub(r"^(\s*\d{1,3}\.)\s{2,}", r"\1 ", line)
        line = re.sub(r"\s*<br\s*/?>\s*", " ", line)
        line = re.sub(r"(?<=\S)\\$", "", line)  # pandoc's hard line break: the line ends there
        out.append(_inline(line).rstrip())
    return "\n".join(out)

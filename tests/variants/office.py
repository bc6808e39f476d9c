"""A plain UN document as office tools save it: Word's "Save as plain text" (with and without
its automatic numbering), antiword, LaTeX source and RTF whose control words a naive tool
stripped.

Each variant is a pure function, text in, text out. The plain text is first read back into
the paragraphs an author typed (``paragraphs``): lines a PDF or a hard wrap broke are joined,
words hyphenated at a line end are mended, page furniture (form feeds, running heads, job
numbers, barcodes) goes, and a paragraph label ("1.", "(a)") is told from its text. Each tool
then writes those paragraphs its own way. The functions never look at what a document says:
they would change any document the same way.
"""
from __future__ import annotations

import re

import textwrap
from dataclasses import dataclass
from typing import Callable

from tests.variants import markdown, sources

# --------------------------------------------------------------------------- paragraphs


@dataclass(frozen=True)
class Paragraph:
    text: str  # the paragraph's words on one line, without its label
    label: str = ""  # "1.", "(a)", "(iii)", "a)" as typed before the text
    kind: str = "text"  # "text", "line" (a short line kept alone: masthead, heading), "row" (table)
    cells: tuple[str, ...] = ()  # a table row's cells
    block: int = 0  # rows of one block (no blank line between them) make one table


# a label Word's numbering writes before a tab: also headings' "I.", "A." and a footnote's "*"
# ("1.1<tab>", "2<tab>": a secretariat's report numbers its sections and their paragraphs so)
_TAB_LABEL = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,3}){1,3}\.?|\d{1,3}\.?|\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)|[a-z]\)|[IVXL]{1,5}\.|[A-Z]\.|\*)\t+(?P<rest>\S.*)$")
_LABEL = re.compile(r"^(?P<label>\d{1,3}\.(?=\s)|\((?:[a-z]{1,2}|[ivxl]{1,6}|\d{1,2})\)|[a-z]\)(?=\s)|[IVXL]{1,5}\.(?= [A-Z])|[A-H]\.(?= [A-Z][a-z]))\s+(?P<rest>\S.*)$")
# a paragraph number on a line of its own (raw pdftotext), the text on the next line
_LABEL_ALONE = re.compile(r"^(?:\d{1,3}\.|\([a-z]{1,2}\))$")
# a document symbol alone on its line: a table's cell, never the end of a wrapped sentence
_SYMBOL_ALONE = re.compile(r"^[A-Z][A-Za-z.-]*(?:/[\w.()-]+)+$")  # "ICC-ASP/30/Res.4" too
# an instrument's heading alone on its line ("Resolution ICC-ASP/30/Res.4", "Decision 12/1"): the
# author's line, however long the line above (E91: u105's list title took it for a wrapped line)
_INSTRUMENT_HEADING = re.compile(r"^(?:Resolution|Decision|Recommendation|Conclusion)\s+\S*\d\S*$")
# page furniture a word processor keeps in its header and footer, never in the body
_JOB_NUMBER = re.compile(r"^[A-Z]{0,3}\.?\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}\s*$")
_BARCODE = re.compile(r"^\*\d{5,}\*$")
# a rule typed under a heading or across the page: Word draws it as a border, no text
# (pandoc's tables rule their columns apart: "---------- ------------- -------")
_RULE = re.compile(r"^[-=~]{3,}(?: +[-=~]{3,})*$")
_PAGE_NUMBER = re.compile(r"^(?:Page\s+)?\d{1,3}(?:\s+/\s+\d{1,3})?$|^-\s*\d{1,3}\s*-$")
_COLUMNS = re.compile(r"\S {3,}\S")
_CELL_GAP = re.compile(r"(?:\t+| {3,})(?=\S)")
# the right part of a compound a line end split at its own hyphen ("open-" / "ended")
_COMPOUND_ENDS = frozenset(
    "ended based term level making up related wide scale free led oriented run specific "
    "making friendly sensitive building-up".split()
)


def _in_columns(line: str) -> bool:
    """Cells set apart by wide gaps; a justified line has many narrower ones instead."""
    return _COLUMNS.search(line) is not None and len(re.findall(r"\S {2,}(?=\S)", line)) <= 2


def _is_furniture(line: str) -> bool:
    stripped = line.strip()
    return bool(_JOB_NUMBER.match(stripped) or _BARCODE.match(stripped) or _PAGE_NUMBER.match(stripped)
                or _RULE.match(stripped))


def _wrap_width(lines: list[str]) -> int:
    lengths = sorted(len(line.rstrip()) for line in lines
                     if len(line.strip()) > 20 and len(line) - len(line.lstrip()) <= _RIGHT_ALIGNED and "\t" not in line.strip() and not _in_columns(line.strip()))
    if not lengths:
        return 80
    return lengths[int(len(lengths) * 0.9) - 1 if len(lengths) > 1 else 0]


def _mend(left: str, right: str) -> str:
    """Two pieces of one paragraph a line end separated."""
    m = re.search(r"([A-Za-z]+)-$", left)
    if m and right[:1].islower():
        first = re.match(r"[a-z]+", right)
        if first and first.group(0) in _COMPOUND_ENDS:
            return left + right
        return left[:-1] + right
    if left.endswith("-") and right[:1].isupper():  # "Secretary-" / "General"
        return left + right
    if left.endswith("/"):  # a symbol broken at its slash: "A/86/" / "312"
        return left + right
    return left + " " + right


def _without_furniture(text: str) -> list[str]:
    """The body's lines: the running head after a form feed, job numbers, barcodes and page
    numbers go; the footnotes at a page's foot (under a rule of underscores) move to the end,
    where a word processor's plain text puts them; a paragraph a page break cut in two is
    joined again."""
    out: list[str] = []
    notes: list[str] = []
    pages = text.replace("\r\n", "\n").split("\f")
    for number, page in enumerate(pages):
        lines = page.split("\n")
        if number > 0:
            # the running head: the lines (three at most) before the page's first blank line
            head = 0
            while head < len(lines) and lines[head].strip() and head < 3:
                head += 1
            if head < len(lines) and not lines[head].strip():
                lines = lines[head:]
        rule = next((i for i, line in enumerate(lines) if _NOTE_RULE.match(line.strip())), None)
        if rule is not None and number + 1 < len(pages):
            notes.extend(line.rstrip() for line in lines[rule + 1 :] if line.strip() and not _is_furniture(line))
            lines = lines[:rule]
        kept = [line.rstrip() for line in lines if not _is_furniture(line) or not line.strip()]
        if out and number > 0:
            # a paragraph cut by the page break goes on on the next page
            while out and not out[-1].strip():
                out.pop()
            first = next((i for i, line in enumerate(kept) if line.strip()), None)
            if first is not None and out and (
                kept[first].lstrip()[:1].islower() or not out[-1].rstrip().endswith((".", ";", ":", ","))
            ):
                kept = kept[first:]
            else:
                out.append("")
        out.extend(kept)
    if notes:
        out.extend(["", "_______________", *notes])
    return out


_NOTE_RULE = re.compile(r"^_{5,}$")


def _tab_stops_alone(items: list[Paragraph]) -> list[Paragraph]:
    """A row with no row beside it is a line laid out with tab stops ("2031/EB.A/1<tab>Title"),
    not a table: it is kept as a line whose cells a tool may space out."""
    out: list[Paragraph] = []
    for i, p in enumerate(items):
        beside = any(0 <= j < len(items) and items[j].kind == "row" and items[j].block == p.block for j in (i - 1, i + 1))
        out.append(Paragraph(p.text, p.label, "tabbed", p.cells, p.block) if p.kind == "row" and not beside else p)
    return out


_OPEN_END = re.compile(r"(?:[(\-/]|\b(?:of|the|and|or|to|on|in|for|by|with|at|from|a|an|its|their|that|which|as|documents?))$")


def _continues(previous: str, line: str, width: int, running: bool = False) -> bool:
    """Whether a wrap, not the author, broke the paragraph before ``line`` (``previous`` with
    its indentation, ``width`` the right margin): the line goes on
    in lower case, the previous one ends open ("of", a comma), or the first word of ``line``
    would not have fitted on the previous one."""
    if previous.endswith(":"):
        return False
    if line[:1].islower() and not previous.rstrip().endswith((".", ";")):
        return True
    indent = len(previous) - len(previous.lstrip())
    previous = previous.strip()
    if _OPEN_END.search(previous):
        return True
    if indent > _RIGHT_ALIGNED:
        return False  # an item set at the right margin ("Distr.: General")
    if _MASTHEAD_ITEM.match(line) and not running or _SYMBOL_ALONE.match(line) or _INSTRUMENT_HEADING.match(line):
        # (a numbered or several-line paragraph going on with a place, "... held at United
        # Nations" / "Headquarters, New York, on 20 June 2036", is no masthead's next item)
        return False
    first_word = line.split(" ", 1)[0]
    if indent + len(previous) + 1 + len(first_word) > width - _SLACK:
        return True
    if first_word in _SENTENCE_STARTS or _MASTHEAD_ITEM.match(line) or len(previous) < width - 20:
        return False
    # a name broken in a narrower column ("Economic and Social" / "Council resolution"), or a
    # numbered or several-line paragraph going on with a name ("... against" / "Transnational
    # Organized Crime"), not a masthead's next item ("Thirty-sixth session")
    return bool(re.search(r"\b[A-Z][a-z]+$", previous) or running) and not previous.endswith((".", ";", ","))


_SENTENCE_STARTS = frozenset(
    "The At In By On For To A An As It Its This These With Having Recalling Noting Welcoming "
    "Taking Bearing Adopted Decides Requests Invites".split()
)


_RIGHT_ALIGNED = 30
# proportional type fits a few characters more or less on a line than the text's widest lines
_SLACK = 8
_WIDEST_WRAP = 120
# lines no tool wraps at: a text with this many is a Word export, one paragraph a line, though
# its short paragraphs (headings, a masthead) outnumber them
_FEWEST_LONG_LINES = 3
_MASTHEAD_ITEM = re.compile(r"^(?:\S+ (?:session|meeting)\b|[A-Z][\w.-]*(?: [A-Z][\w.-]*)*, (?:\d|[A-Z]))")


def paragraphs(text: str) -> list[Paragraph]:
    lines = _without_furniture(markdown.rendered(sources.margin_numbers_dropped(sources.lynx_links_dropped(text))))
    width = _wrap_width(lines)
    # wider than any tool wraps at: a text already one paragraph a line (a Word export)
    unwrapped = width > _WIDEST_WRAP or sum(
        1 for line in lines if len(line.strip()) > _WIDEST_WRAP and not _in_columns(line.strip())
    ) >= _FEWEST_LONG_LINES
    result: list[Paragraph] = []
    current: list[str] = []  # the pieces of the paragraph being read
    label = ""

    def flush() -> None:
        nonlocal current, label
        if current:
            joined = current[0]
            for piece in current[1:]:
                joined = _mend(joined, piece)
            kind = "text" if (label or len(joined) > 90 or joined.rstrip().endswith((".", ";", ":", ","))) else "line"
            result.append(Paragraph(re.sub(r" {2,}", " ", joined.strip()), label, kind))
        current, label = [], ""

    previous_full = False
    previous_line = ""
    block = 0
    row_columns: list[int] = []  # where the cells of the last row begin
    blank_after_row = False  # pandoc's multiline tables set a blank line between rows
    for raw in lines:
        if not raw.strip():
            if result and result[-1].kind == "row" and not current:
                blank_after_row = True
            else:
                block += 1
            flush()
            previous_full = False
            continue
        after_row, blank_after_row = blank_after_row, False
        tabbed = _TAB_LABEL.match(raw.strip())
        if tabbed and tabbed.group("label").isdigit() and raw[:1].isspace():
            tabbed = None  # "<tab>1<tab>A/HRC/61/39.": a footnote's number, which Word keeps
        if tabbed and "\t" not in tabbed.group("rest"):
            flush()
            result.append(Paragraph(tabbed.group("rest").strip(), tabbed.group("label"), "text"))
            previous_full = False
            continue
        labelled = _LABEL.match(raw.strip())
        body = labelled.group("rest") if labelled else raw.strip()
        if "\t" in body or _in_columns(body):
            flush()
            cells = tuple(c.strip() for c in re.split(r"\t+| {3,}", raw.strip()) if c.strip())
            if after_row and (not result or len(result[-1].cells) != len(cells) or len(cells) < 3):
                block += 1  # another table, or items set apart ("2.1   Report of ...")
            result.append(Paragraph(" ".join(cells), kind="row", cells=cells, block=block))
            row_columns = [len(raw) - len(raw.lstrip())]
            row_columns += [m.end() for m in _CELL_GAP.finditer(raw.rstrip()) if m.start() > row_columns[0]]
            previous_full = False
            continue
        if result and result[-1].kind == "row" and not current and "\t" not in raw:
            # a cell wrapped in its column ("42/2   Cooperation with international   7 April" /
            # "       organizations and special procedures"): its words go on in that cell
            indent = len(raw) - len(raw.lstrip())
            if indent in row_columns[1:]:
                row = result[-1]
                cells = list(row.cells)
                column = row_columns.index(indent)
                # a wrapped cell goes on in lower case or after an open end; a line set at a
                # cell's column otherwise is an item of its own ("Original: English")
                if column < len(cells) and (raw.lstrip()[:1].islower() or _OPEN_END.search(cells[column])):
                    cells[column] = _mend(cells[column], raw.strip())
                    result[-1] = Paragraph(" ".join(cells), kind="row", cells=tuple(cells), block=row.block)
                    continue
        if after_row:
            block += 1
        stripped = raw.strip()
        if _LABEL_ALONE.match(stripped):
            flush()
            label = stripped
            previous_line = ""
            continue
        m = _LABEL.match(stripped)
        if label and not current:
            pass  # the text of a label that stood alone
        elif m:
            flush()
            label, stripped = m.group("label"), m.group("rest")
        elif current and (unwrapped or not _continues(previous_line, stripped, width, bool(label) or len(current) > 1)):
            flush()
        current.append(stripped)
        previous_line = raw.rstrip()
    flush()
    return _tab_stops_alone(result)


# --------------------------------------------------------------------------- characters

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"


def _curly(text: str) -> str:
    text = re.sub(r'(^|[\s(\[—–-])"', "\\1\u201c", text)
    text = text.replace('"', "\u201d")
    text = re.sub(r"(\w)'", "\\1\u2019", text)
    text = re.sub(r"(^|\s)'", "\\1\u2018", text)
    return text.replace("'", "\u2019")


def _non_breaking(text: str) -> str:
    """Word users type a non-breaking space between a day and its month and after the name
    of an instrument before its number."""
    text = re.sub(rf"\b(\d{{1,2}}) ({_MONTHS})\b", "\\1\u00a0\\2", text)
    return re.sub(r"\b(resolution|decision|paragraph|article|Article|No\.) (?=\d)", "\\1\u00a0", text)


def _soft_hyphens(text: str) -> str:
    """Word keeps an optional hyphen the author (or automatic hyphenation) put in a long
    lower-case word."""

    def hyphenate(m: re.Match[str]) -> str:
        word = m.group(0)
        middle = len(word) // 2
        return word[:middle] + "\u00ad" + word[middle:]

    count = 0

    def every_fourth(m: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return hyphenate(m) if count % 4 == 1 else m.group(0)

    return re.sub(r"\b[a-z]{13,}\b", every_fourth, text)


def _ascii_punctuation(text: str) -> str:
    """antiword's default Latin-1 output: curly quotes straight, dashes hyphens."""
    table = {"\u201c": '"', "\u201d": '"', "\u2018": "'", "\u2019": "'", "\u2013": "-", "\u2014": "--",
             "\u00a0": " ", "\u2026": "...", "\ufb01": "fi", "\ufb02": "fl"}
    return "".join(table.get(c, c) for c in text)


# --------------------------------------------------------------------------- Word


def _word(text: str, numbered: bool) -> str:
    out: list[str] = []
    for p in paragraphs(text):
        if p.kind in ("row", "tabbed"):
            out.append("\t".join(p.cells))
            continue
        body = _soft_hyphens(_non_breaking(_curly(p.text)))
        if p.label and numbered:
            out.append(f"{p.label}\t{body}")
        else:
            out.append(body)
    # Word writes CR LF and one line per paragraph, no blank line between paragraphs
    return "\r\n".join(out) + "\r\n"


def word(text: str) -> str:
    return _word(text, numbered=True)


def word_unnumbered(text: str) -> str:
    return _word(text, numbered=False)


# --------------------------------------------------------------------------- antiword


def _antiword_table(rows: list[Paragraph]) -> list[str]:
    columns = max(len(r.cells) for r in rows)
    widths = [max((len(r.cells[i]) if i < len(r.cells) else 0) for r in rows) for i in range(columns)]
    widths = [min(w, 30) for w in widths]
    out: list[str] = []
    for r in rows:
        cells = list(r.cells) + [""] * (columns - len(r.cells))
        wrapped = [textwrap.wrap(c, w) or [""] for c, w in zip(cells, widths)]
        for k in range(max(len(w) for w in wrapped)):
            out.append("|" + "|".join((w[k] if k < len(w) else "").ljust(widths[i]) for i, w in enumerate(wrapped)) + "|")
    return out


def antiword(text: str) -> str:
    out: list[str] = ["[pic]", ""]  # the emblem of the masthead
    items = paragraphs(text)
    i = 0
    while i < len(items):
        p = items[i]
        if p.kind == "row":
            j = i
            while j < len(items) and items[j].kind == "row" and items[j].block == p.block:
                j += 1
            out.extend(_antiword_table(items[i:j]))
            out.append("")
            i = j
            continue
        if p.kind == "tabbed":  # antiword expands a tab to the next stop, every half inch
            out.append(_ascii_punctuation("\t".join(p.cells)).expandtabs(8))
            out.append("")
            i += 1
            continue
        body = _ascii_punctuation(p.text)
        if p.label:
            lead = p.label.ljust(len(p.label) + 2 if len(p.label) < 4 else len(p.label) + 1)
            out.extend(textwrap.wrap(body, 76, initial_indent=lead, subsequent_indent=" " * len(lead),
                                     break_long_words=False, break_on_hyphens=False))
        else:
            out.extend(textwrap.wrap(body, 76, break_long_words=False, break_on_hyphens=False) or [""])
        out.append("")
        i += 1
    return "\n".join(out)


# --------------------------------------------------------------------------- LaTeX

_LATEX_ESCAPES = {"\\": "\\textbackslash{}", "%": "\\%", "&": "\\&", "_": "\\_", "#": "\\#", "$": "\\$",
                  "{": "\\{", "}": "\\}"}
_PREAMBLE_VERB = re.compile(r"^((?:[A-Z][a-z]+ing|Bearing in mind|Having [a-z]+|Deeply [a-z]+|Noting with [a-z]+)(?: (?:also|further|with [a-z]+|that))?)\b")
_OPERATIVE_VERB = re.compile(r"^((?:[A-Z][a-z]+s)(?: (?:also|further|again))?)\b(?= )")


def _latex_text(text: str) -> str:
    text = "".join(_LATEX_ESCAPES.get(c, c) for c in text)
    text = re.sub(r'"([^"\n]*)"', "``\\1''", text)
    text = re.sub("\u201c([^\u201d\n]*)\u201d", "``\\1''", text)
    text = text.replace("\u2019", "'").replace("\u2018", "`")
    text = text.replace("\u2014", "---").replace("\u2013", "--").replace("\u00a0", "~")
    return re.sub(rf"\b(\d{{1,2}}) ({_MONTHS})\b", "\\1~\\2", text)


def _latex_emphasis(text: str) -> str:
    m = _PREAMBLE_VERB.match(text)
    if m:
        return f"\\textit{{{m.group(1)}}}{text[m.end():]}"
    m = _OPERATIVE_VERB.match(text)
    if m:
        return f"\\emph{{{m.group(1)}}}{text[m.end():]}"
    return text


def latex(text: str) -> str:
    out = ["% Converted from the Word original; check the symbols before typesetting.",
           "\\documentclass[a4paper,11pt]{article}", "\\usepackage[utf8]{inputenc}", "\\usepackage{enumitem}",
           "", "\\begin{document}", ""]
    items = paragraphs(text)
    open_list: str | None = None
    in_table = False
    masthead = True
    for p in items:
        if in_table and p.kind != "row":
            out.append("\\end{tabular}")
            out.append("")
            in_table = False
        if p.label:
            style = "enumerate" if p.label[0].isdigit() else "itemize"
            if open_list != style:
                if open_list:
                    out.append(f"\\end{{{open_list}}}")
                out.append(f"\\begin{{{style}}}")
                open_list = style
            body = _latex_emphasis(_latex_text(p.text))
            out.extend(textwrap.wrap(f"\\item[{p.label}] {body}", 80, break_long_words=False, break_on_hyphens=False))
            continue
        if open_list:
            out.append(f"\\end{{{open_list}}}")
            out.append("")
            open_list = None
        if p.kind == "row":
            if not in_table:
                out.append("\\begin{tabular}{" + "l" * len(p.cells) + "}")
                in_table = True
            out.append(" & ".join(_latex_text(c) for c in p.cells) + " \\\\")
            continue
        if p.kind == "tabbed":
            out.append(" \\quad ".join(_latex_text(c) for c in p.cells))
            out.append("")
            continue
        body = _latex_text(p.text)
        if p.kind == "line":
            if masthead:
                out.append(body + " \\\\")
            else:
                out.append(f"\\section*{{{body}}}")
                out.append("")
            continue
        if masthead:
            out.append("")
            out.append("% ---- body")
            masthead = False
        out.extend(textwrap.wrap(_latex_emphasis(body), 80, break_long_words=False, break_on_hyphens=False))
        out.append("")
    if open_list:
        out.append(f"\\end{{{open_list}}}")
    if in_table:
        out.append("\\end{tabular}")
    out.extend(["", "\\end{document}", ""])
    return "\n".join(out)


# --------------------------------------------------------------------------- RTF, stripped


def _rtf_escaped(text: str) -> str:
    out: list[str] = []
    for c in text:
        code = ord(c)
        if c in "\\{}":
            out.append("\\" + c)
        elif code < 128:
            out.append(c)
        elif code < 256:
            out.append(f"\\'{code:02x}")
        else:
            out.append(f"\\u{code if code < 32768 else code - 65536}?")
    return "".join(out)


def rtf_stripped(text: str) -> str:
    """What a naive RTF-to-text tool leaves of a Word RTF file: it drops the opening group and
    the formatting words but keeps the font and colour tables, ``\\par`` at each paragraph,
    ``\\tab``, and characters by code (``\\'e9``, ``\\u8220?``)."""
    out = ["{\\fonttbl{\\f0\\froman\\fcharset0 Times New Roman;}{\\f1\\fswiss\\fcharset0 Arial;}}",
           "{\\colortbl ;\\red0\\green0\\blue0;\\red31\\green73\\blue125;}"]
    for p in paragraphs(text):
        if p.kind in ("row", "tabbed"):
            body = "\\tab ".join(_rtf_escaped(c) for c in p.cells)
        else:
            body = _rtf_escaped(_curly(p.text))
            if p.label:
                body = f"{p.label}\\tab {body}"
        out.append(f"\\par {body}")
    out.append("\\par }")
    return "\r\n".join(out) + "\r\n"


VARIANTS: dict[str, Callable[[str], str]] = {
    "word": word,
    "word_unnumbered": word_unnumbered,
    "antiword": antiword,
    "latex": latex,
    "rtf_stripped": rtf_stripped,
}

__all__ = ["VARIANTS", "Paragraph", "paragraphs"]

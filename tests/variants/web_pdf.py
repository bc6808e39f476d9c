"""A plain UN document text as PDF converters and text-mode browsers would give it.

VARIANTS maps a tool's name to a pure function: plain document text in, the same document as that
tool outputs it. The plain text is first read as paragraphs (a Word "plain text" line, or lines a
converter wrapped, joined back; Markdown emphasis and links dropped), then laid out again:

- pdf_layout: `pdftotext -layout` of the PDF the UN would print: pages of 50 lines cut by form
  feeds, a running header (the symbol, left or right) and a footer with the job number and "3/12",
  paragraphs justified with runs of spaces, the first line indented under its label at a tab stop,
  long words hyphenated at line ends, headings centred, masthead cells right-aligned, tables of
  three columns or more aligned by spaces with long cells wrapped inside their column;
- pdf_raw: `pdftotext -raw` of the same PDF: the same lines in reading order, without indentation
  or justification, hyphenated words left split, headers and footers inline where pages turn,
  form feeds kept, no blank lines; a table's cells one a line, a wrapped cell's lines together;
- pdf_raw_rows: the same, where the PDF draws a table row's cells on one baseline: each row one
  line, its cells parted by a space, the cell after a wrapped one on a new line;
- lynx: `lynx -dump` of the web page: text indented by 3 spaces and wrapped at 77 columns,
  headings flush left, "[12]" before each link's text and a numbered "References" list of the
  links at the end, "*" bullets for the site menu, a masthead's short lines as one paragraph
  broken by <br>, the site's skip link, menu and footer ("Copyright  Fraud alert ...");
- html2text: html2text's Markdown of the web page: paragraphs wrapped at 78 columns (breaking after
  hyphens, as textwrap does), preambular and operative verbs in _italics_, headings in **bold**,
  "1\\." escaped list numbers, document symbols as [symbol](url) links, soft hyphens (U+00AD)
  inside long words as the page's hyphenation left them, tables as "a | b" rows, a <br> as two
  spaces at a line's end, the same site chrome as Markdown links.

Where the plain text was already laid out by a converter (pdftotext, pandoc), reading it back as
paragraphs is a guess (a line joins the next where the next word did not fit, where a first-line
indent or a lower-case start says so); a variant of such a text is near the tool's output, not
exactly it.
"""
from __future__ import annotations

import re
import textwrap
from typing import Callable

from tests.variants import markdown, sources

PAGE_LINES = 50
LAYOUT_WIDTH = 88
LYNX_WIDTH = 77
HTML2TEXT_WIDTH = 78

LABEL = re.compile(r"^(\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\([ivx]{1,5}\)|[IVX]{1,5}\.|[A-H]\.|[•–-])(?=\s|$)")
SYMBOL = re.compile(r"(?<![\w/.-])(?:[A-Z][A-Za-z.]{0,7}/){1,6}[A-Za-z0-9.()]*\d[A-Za-z0-9.()]*(?:/[A-Za-z0-9.()]+)*")
NUMBERED_TITLE = re.compile(r"^[\w()./ -]{1,20}\.$")  # "362 (XXXVI)." or "2031/EB.A/1." before a title
HEADING = re.compile(r"^(?:[IVX]+\. )?[A-Z][^.;:,]{0,80}$")
VERB_START = re.compile(
    r"^((?:[A-Z][a-z]+ing|Having [a-z]+|Bearing in mind|Mindful|Aware|Conscious|Convinced|"
    r"Deeply [a-z]+|Noting|Recalling|Welcoming)(?: (?:also|further|with [a-z]+|that))?)\b")
OPERATIVE_VERB = re.compile(r"^((?:[A-Z][a-z]+s)(?: (?:also|further|once again))?)\b")


def _markdown_dropped(line: str) -> str:
    line = re.sub(r"^#{1,6}\s+", "", line)
    line = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", line)
    line = re.sub(r"(\*\*|\*|__)(\S(?:[^*\n]*?\S)?)\1", r"\2", line)
    return line


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \f"))


_DASH_SEGMENTS = re.compile(r"^\s*-{3,}(?: +-{3,})+\s*$")
_DASH_LINE = re.compile(r"^\s*-{10,}\s*$")


def _cells_under(line: str, starts: list[int]) -> list[str]:
    bounds = starts[1:] + [max(len(line), starts[-1] + 1)]
    return [line[a:b].strip() for a, b in zip(starts, bounds)]


def pandoc_tables(text: str) -> str:
    """Pandoc's plain-text tables (simple: a header over "----- ------" and one line a row;
    multiline: between two long rules of dashes, rows parted by blank lines, a cell's lines under
    one another) as rows of tab-separated cells, the header first, one line a row: the table the
    HTML or PDF a converter reads back had, before pandoc drew it in columns."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        rule = i + 1 if i + 1 < len(lines) and _DASH_SEGMENTS.match(lines[i + 1]) and lines[i].strip() else None
        if rule is None or _DASH_LINE.match(lines[i]):
            out.append(lines[i])
            i += 1
            continue
        starts = [m.start() for m in re.finditer(r"-+", lines[rule])]
        multiline = bool(out) and bool(_DASH_LINE.match(out[-1]))
        if multiline:
            out.pop()  # the table's top rule
        rows: list[list[str]] = [_cells_under(lines[i], starts)]
        j, row = rule + 1, []  # type: ignore[var-annotated]
        while j < len(lines):
            line = lines[j]
            if multiline and _DASH_LINE.match(line):
                j += 1
                break
            if not line.strip():
                if not multiline:
                    break
                if row:
                    rows.append([" ".join(c for c in column if c) for column in zip(*row)])
                row = []
                j += 1
                continue
            if multiline:
                row.append(_cells_under(line, starts))
            else:
                rows.append(_cells_under(line, starts))
            j += 1
        if row:
            rows.append([" ".join(c for c in column if c) for column in zip(*row)])
        if out and out[-1].strip():
            out.append("")
        out += ["\t".join(cells) for cells in rows]
        out.append("")
        i = j
    return "\n".join(out)


def paragraphs(text: str) -> list[list[str]]:
    """Blocks (separated by blank lines) of paragraphs, wrapped lines joined back."""
    text = pandoc_tables(markdown.rendered(sources.margin_numbers_dropped(sources.lynx_links_dropped(text))))
    blocks: list[list[str]] = []
    lengths = sorted(len(line.strip()) for line in text.split("\n") if line.strip())
    # a converter wrapped the text when almost no line is longer than its wrapping width;
    # Word's plain text keeps each paragraph on one line, and is never joined
    wrapped_at = lengths[int(len(lengths) * 0.9)] if lengths else 0
    one_line_paragraphs = wrapped_at > 110 or sum(n > 130 for n in lengths) > 3
    # the width lines were broken at, indentation included: a line that left room for the next
    # word ended its paragraph (or was a heading)
    raw_lengths = sorted(len(line.rstrip()) for line in text.split("\n") if line.strip())
    raw_width = raw_lengths[int(len(raw_lengths) * 0.95)] if raw_lengths else 0
    for raw_block in re.split(r"\n[ \t]*(?:\n|\f)|\f", text.replace("\r\n", "\n")):
        paras: list[str] = []
        last_line = ""  # the last line of the text as read, not as joined
        last_raw_length = last_indent = 0
        for raw in raw_block.split("\n"):
            # columns a converter laid out with runs of spaces are cells, as a tab separates them
            line = re.sub(r"(?<=\S) {5,}(?=\S)", "\t", _markdown_dropped(raw.strip(" ")))
            if LABEL_AT_TAB_STOP.match(raw.strip(" ")):
                # a paragraph number set at a tab stop ("1.     The Meeting ..."): its run of spaces
                # is the label's tab, no table's cell gap, and the wrapped lines under it go on
                line = line.replace("\t", LABEL_TAB, 1)
            if not line.strip() or re.fullmatch(r"\s*[-=~]{4,}\s*", line):
                continue  # an underline drawn with characters (a PDF draws it; footnote rules of "_" stay)
            body = line.strip()
            if paras and LABEL.fullmatch(paras[-1]) and not LABEL.match(body):
                # a paragraph number alone on its line (pdftotext): the paragraph follows it
                paras[-1] = paras[-1] + LABEL_TAB + body
            elif paras and not one_line_paragraphs and "\t" not in line and "\t" not in paras[-1] \
                    and body[:1].islower() and not paras[-1].endswith((".", ";", ":")) and not LABEL.match(body):
                # a line in lower case continues the one above it (a title broken over two lines)
                paras[-1] = paras[-1][:-1] + body if re.search(r"[a-z]-$", paras[-1]) else paras[-1] + " " + body
            elif paras and not one_line_paragraphs and "\t" not in line and "\t" not in paras[-1] \
                    and len(last_line) >= 0.7 * wrapped_at and last_line and not LABEL.match(body) \
                    and (last_raw_length + 1 + len(body.split()[0]) > raw_width - max(4, raw_width // 10)
                         or last_indent >= _indent(raw) + 3 and not paras[-1].endswith((".", ";", ":"))) \
                    and not (paras[-1].endswith((":", ";", ",", ".")) and body[:1].isupper()) \
                    and not (len(body) < 0.5 * wrapped_at and body[:1].isupper() and body[-1:].isalnum()) \
                    and not re.fullmatch(r"The [A-Z][\w’' -]+,", body):  # an opening formula, a line of its own
                previous = paras[-1]
                if re.search(r"[a-z]-$", previous) and body[:1].islower():
                    paras[-1] = previous[:-1] + body
                else:
                    paras[-1] = previous + " " + body
            else:
                paras.append(body if "\t" not in line else line.strip())
            last_line = body
            last_raw_length = len(raw.rstrip())
            last_indent = _indent(raw)  # a paragraph's first line indented past the lines under it
        if paras:
            blocks.append([_label_tab(para, paras, i) for i, para in enumerate(paras)])
    return blocks


LABEL_TAB = "\x1f"  # a tab that ends a paragraph's label, not a table cell
LABEL_AT_TAB_STOP = re.compile(r"^(?:\(?\d{1,3}[.)]|\(?[a-z]{1,2}\)|\([ivx]{1,5}\)|[IVX]{1,5}\.) {5,}\S")


def _label_tab(para: str, block: list[str], i: int) -> str:
    """A Word tab after a paragraph's label ("1.", "PP1", "2031/EB.A/1") rather than between cells:
    the label is short and the text after it long, or the line is no row of a table."""
    cells = para.split("\t")
    if len(cells) != 2 or len(cells[0]) > 24:
        return para
    head, body = cells[0].strip(), cells[1].strip()
    lone = not any("\t" in block[j] for j in (i - 1, i + 1) if 0 <= j < len(block))
    if LABEL.match(head + " ") or NUMBERED_TITLE.match(head) or len(body) >= 60 or lone and body:
        return head + LABEL_TAB + body
    return para


def _split_label(para: str) -> tuple[str, str]:
    if LABEL_TAB in para:
        head, rest = para.split(LABEL_TAB, 1)
        return head, rest.strip()
    match = LABEL.match(para)
    if match and para[match.end():].strip():
        return match.group(1), para[match.end():].strip()
    return "", para


def _is_heading(para: str) -> bool:
    return bool(HEADING.match(para)) and len(para.split()) <= 12 and not re.search(r"\b\d{4}\b", para)


def _symbols(text: str, render: Callable[[str], str]) -> str:
    """Each document symbol rendered as a link, without the sentence's closing point or bracket."""
    def one(match: re.Match[str]) -> str:
        symbol = match.group(0)
        trail = ""
        while symbol and (symbol[-1] == "." or symbol[-1] == ")" and symbol.count("(") < symbol.count(")")):
            symbol, trail = symbol[:-1], symbol[-1] + trail
        return render(symbol) + trail
    return SYMBOL.sub(one, text)


def _wrap(words: list[str], first: int, rest: int, hyphenate: bool) -> list[list[str]]:
    """Greedy lines of words; a word that does not fit is broken after one of its hyphens or,
    when long and alphabetic, hyphenated so that its head fills the line (what Word and TeX do)."""
    lines: list[list[str]] = [[]]
    queue = list(words)
    while queue:
        word = queue.pop(0)
        width = first if len(lines) == 1 else rest
        used = sum(len(w) for w in lines[-1]) + len(lines[-1])
        room = width - used
        if len(word) <= room or not lines[-1] and len(word) >= width:
            lines[-1].append(word)
            continue
        head = ""
        cut = word.rfind("-", 0, max(room, 0))
        if cut > 1 and cut < len(word) - 2:
            head, tail = word[:cut + 1], word[cut + 1:]
        elif hyphenate and re.fullmatch(r"[A-Za-z][a-z]{7,}[,.;:]?", word) and room >= 5:
            take = min(room - 1, len(word.rstrip(",.;:")) - 3)
            if take >= 3:
                head, tail = word[:take] + "-", word[take:]
        if head:
            lines[-1].append(head)
            queue.insert(0, tail)
        else:
            queue.insert(0, word)
        lines.append([])
    return [line for line in lines if line]


def _justify(words: list[str], width: int) -> str:
    if len(words) < 2:
        return " ".join(words)
    gaps = len(words) - 1
    extra = width - sum(len(w) for w in words) - gaps
    if extra <= 0 or extra > gaps * 3:
        return " ".join(words)
    out = words[0]
    for i, word in enumerate(words[1:]):
        out += " " * (1 + extra // gaps + (1 if i < extra % gaps else 0)) + word
    return out


def _symbol(text: str) -> str:
    match = SYMBOL.search(text[:1500])
    return match.group(0) if match else ""


def _table_runs(rows: list[list[str]]) -> dict[int, list[list[str]]]:
    """Runs of rows of three cells or more: the index of a run's first row -> its rows, every
    other row of the run -> [] (printed with the first)."""
    runs: dict[int, list[list[str]]] = {}
    start = None
    for i, cells in enumerate([*rows, []]):
        if len(cells) >= 3 and start is not None and len(cells) == len(rows[start]):
            runs[start].append(cells)
            runs[i] = []
        elif len(cells) >= 3:
            start = i
            runs[i] = [cells]
        else:
            start = None
    # one row with an empty cell ("EP <tab><tab> UNEP/CPR/193/4") is a masthead set by tab stops,
    # printed as one (a left cell, a right-aligned one), no table of one row and a column of nothing
    return {i: r for i, r in runs.items() if not (len(r) == 1 and "" in r[0] and not runs.get(i + 1))}


def _table_lines(rows: list[list[str]]) -> list[str]:
    """A table as pdftotext -layout prints it: columns aligned by spaces, the widest column's
    text wrapped inside its column, its further lines under the first."""
    count = len(rows[0])
    widths = [max(1, *(len(row[c]) for row in rows)) for c in range(count)]  # a column of empty cells is one space
    gap = 3
    widest = max(range(count), key=lambda c: widths[c])
    room = LAYOUT_WIDTH - 1 - sum(w for c, w in enumerate(widths) if c != widest) - gap * (count - 1)
    widths[widest] = max(12, min(widths[widest], room))
    lines = []
    for row in rows:
        wrapped = [textwrap.wrap(cell, widths[c], break_on_hyphens=False) or [""] for c, cell in enumerate(row)]
        for k in range(max(len(w) for w in wrapped)):
            parts = [(w[k] if k < len(w) else "").ljust(widths[c]) for c, w in enumerate(wrapped)]
            lines.append((" " + (" " * gap).join(parts)).rstrip())
    return lines + [""]


def _raw_table_lines(rows: list[list[str]], one_baseline: bool) -> list[str]:
    """A table as `pdftotext -raw` prints it: words in the order the PDF draws them (a row's cells
    left to right, a cell's lines top to bottom), so a wrapped cell's lines follow one another.
    Raw mode starts a new line where the next word leaves the baseline (poppler's TextPage::dump
    in raw order: the same baseline within half the font size, further right, gives a space
    whatever the gap). With ``one_baseline`` the PDF draws a row's cells on one baseline: a row
    of one-line cells is one line, its cells parted by a space, and the cell after a wrapped one
    opens a line. Without, each cell stands on a baseline of its own (cells drawn apart, set
    in the middle of their row, or the row's text written as separate objects), one cell a line,
    as u55's contents table shows it."""
    count = len(rows[0])
    widths = [max(1, *(len(row[c]) for row in rows)) for c in range(count)]  # a column of empty cells is one space
    widest = max(range(count), key=lambda c: widths[c])
    room = LAYOUT_WIDTH - 1 - sum(w for c, w in enumerate(widths) if c != widest) - 3 * (count - 1)
    widths[widest] = max(12, min(widths[widest], room))
    printed: list[str] = []
    for row in rows:
        lines: list[str] = []
        on_first_baseline = False
        for c, cell in enumerate(row):
            wrapped = textwrap.wrap(cell, widths[c], break_on_hyphens=False)
            if not wrapped:
                continue  # an empty cell draws nothing
            if on_first_baseline:
                lines[-1] += " " + wrapped[0]
            else:
                lines.append(wrapped[0])
            lines += wrapped[1:]
            on_first_baseline = one_baseline and len(wrapped) == 1
        # a row stays on one page: its lines are one printed line until the pages are cut
        printed.append(ROW_LINE_BREAK.join(lines))
    return printed + [""]


ROW_LINE_BREAK = "\ue000"  # between the lines of one table row, until pdf_raw cuts its pages


def _printed_lines(text: str, justify: bool, raw: bool = False, one_baseline: bool = False) -> list[str]:
    """The body as printed lines of a PDF page, before pagination."""
    out: list[str] = []
    for n, block in enumerate(paragraphs(text)):
        rows = [[c.strip() for c in para.split("\t")] for para in block]
        tables = _table_runs(rows)
        for i, para in enumerate(block):
            cells = rows[i]
            label, body = _split_label(para)
            if i in tables:
                if tables[i]:
                    out += _raw_table_lines(tables[i], one_baseline) if raw else _table_lines(tables[i])
                continue
            if len(cells) == 2 and not label and one_baseline and n > 0 and SYMBOL.fullmatch(cells[0]):
                # a row of a list of documents (a symbol, its title): one baseline, one line
                out.append(" ".join(c for c in cells if c))
                continue
            if len(cells) > 1 and not label:
                # masthead: a left cell and a right-aligned one
                out.append(" " + cells[0] + " " * max(2, LAYOUT_WIDTH - len(cells[0]) - len(cells[1])) + cells[-1])
                continue
            if not label and _is_heading(body) and n > 0:
                out.append(" " * max(1, (LAYOUT_WIDTH - len(body)) // 2) + body)
                out.append("")
                continue
            if label and re.match(r"^\(?[a-z]{1,2}\)|\([ivx]+\)$", label):
                lead, hang = " " * 15, 20
                first_text = 20
            elif label and not LABEL.match(label + " "):  # a numbered title at the margin
                lead, hang, first_text = "", 4, len(label) + 5
            elif label:
                lead, hang, first_text = " " * 10, 4, 16
            else:
                lead, hang, first_text = "", 4, 4
            width = LAYOUT_WIDTH
            lines = _wrap(body.split(), width - first_text, width - hang, hyphenate=True)
            for i, words in enumerate(lines):
                last = i == len(lines) - 1
                indent = first_text if i == 0 else hang
                line = _justify(words, width - indent) if justify and not last else " ".join(words)
                if i == 0 and label:
                    out.append((lead + label).ljust(first_text) + line)
                else:
                    out.append(" " * indent + line)
            if n > 0 and not label or len(body) > 60 or label:
                out.append("")  # the space after a paragraph; a masthead's short lines stay close
        out.append("")
    return out


def _paginate(lines: list[str], symbol: str, raw: bool) -> str:
    pages = [lines[i:i + PAGE_LINES] for i in range(0, len(lines), PAGE_LINES)] or [[]]
    total = len(pages)
    job = "GE.30-01234"
    chunks = []
    for number, page in enumerate(pages, 1):
        body = list(page)
        if number > 1 and symbol:
            header = symbol if number % 2 == 0 else " " * (LAYOUT_WIDTH - len(symbol)) + symbol
            body = [header, ""] + body
        mark = f"{number}/{total}"
        footer = (f"{mark}{' ' * (LAYOUT_WIDTH - len(mark) - len(job))}{job}" if number % 2 == 0
                  else f"{job}{' ' * (LAYOUT_WIDTH - len(mark) - len(job))}{mark}")
        if number == 1:
            footer = f"{job} (E)    040131" + "\n" + "*" + re.sub(r"\D", "", job) + "*"
        body += ["", footer]
        chunks.append("\n".join(body))
    text = "\n\f".join(chunks) + "\n\f"
    if raw:
        text = "\n".join(re.sub(r" {2,}", " ", line).strip(" ") for line in text.split("\n"))
        text = re.sub(r"\n{2,}", "\n", text)
    return text


def pdf_layout(text: str) -> str:
    return _paginate(_printed_lines(text, justify=True), _symbol(text), raw=False)


def pdf_raw(text: str, one_baseline: bool = False) -> str:
    lines: list[str] = []
    for line in _printed_lines(text, justify=False, raw=True, one_baseline=one_baseline):
        # raw mode gives a right-aligned masthead cell its own line, in reading order
        cells = re.split(r"\s{2,}", line.strip()) if re.match(r"^ \S", line) else [line]
        lines.extend(cells)
    return _paginate(lines, _symbol(text), raw=True).replace(ROW_LINE_BREAK, "\n")


def pdf_raw_rows(text: str) -> str:
    """pdftotext -raw of a PDF that draws each table row's cells on one baseline."""
    return pdf_raw(text, one_baseline=True)


MENU = ["Home", "About us", "Documents", "Meetings", "News"]
FOOTER = ["Copyright", "Fraud alert", "Privacy notice", "Terms of use"]


def lynx(text: str) -> str:
    links: list[str] = []

    def link(target: str, label: str) -> str:
        links.append(target)
        return f"[{len(links)}]{label}"

    out = ["   " + link("https://www.un.org/en/#main-content", "Skip to main content"), ""]
    out += ["   * " + link(f"https://www.un.org/{m.lower().replace(' ', '-')}", m) for m in MENU]
    out.append("")
    for n, block in enumerate(paragraphs(text)):
        for i, para in enumerate(block):
            broken = _line_broken(block, i)
            in_lines = broken or i > 0 and _line_broken(block, i - 1)  # one <p> broken by <br>
            para = _symbols(para, lambda s: link(f"https://undocs.org/{s}", s))
            label, body = _split_label(para)
            if "\t" in para and not label:
                # lynx lays a table's rows out in columns, each as wide as its widest cell
                out.append("   " + " ".join(c.ljust(w) for c, w in zip(_cells(para), _lynx_widths(block, i, len(links)))).rstrip())
                if not (i + 1 < len(block) and _is_row(block[i + 1])):
                    out.append("")  # a table's rows stand one under the other, a blank line after it
                continue
            if not label and _is_heading(body) and not in_lines:
                out += [body, ""]
                continue
            if label and label in "•–-":
                lines = textwrap.wrap(body, LYNX_WIDTH - 5, break_on_hyphens=False)
                out.append("   * " + lines[0])
                out += ["     " + line for line in lines[1:]]
                continue
            whole = f"{label} {body}" if label else body
            out += ["   " + line for line in textwrap.wrap(whole, LYNX_WIDTH - 3, break_on_hyphens=False)]
            if not broken:
                out.append("")
    out += ["   " + "  ".join(link(f"https://www.un.org/{f.lower().replace(' ', '-')}", f) for f in FOOTER), ""]
    out += ["References", ""]
    out += [f"{i:>4}. {target}" for i, target in enumerate(links, 1)]
    return "\n".join(out) + "\n"


def _cells(para: str) -> list[str]:
    return [c.strip() for c in para.split("\t")]


def _is_row(para: str) -> bool:
    return "\t" in para and not _split_label(para)[0]


def _lynx_widths(block: list[str], i: int, links_before: int = 0) -> list[int]:
    """The widths of the columns of the table row i is in (the rows next to it with as many cells),
    as lynx measures them: on the cells as shown, a link's number ("[18]") counted in its cell.
    Measured without them, a column with links ran past the next column's start."""
    count = len(_cells(block[i]))
    first = i
    while first > 0 and _is_row(block[first - 1]) and len(_cells(block[first - 1])) == count:
        first -= 1
    last = i
    while last + 1 < len(block) and _is_row(block[last + 1]) and len(_cells(block[last + 1])) == count:
        last += 1
    marker = "#" * (len(str(links_before + 10)) + 2)
    rows = [_cells(_symbols(block[k], lambda s: marker + s)) for k in range(first, last + 1)]
    return [max(len(row[c]) for row in rows) for c in range(count)]


_SHORT_LINE = 40


def _line_broken(block: list[str], i: int) -> bool:
    """Short lines one under the other (a masthead's, a logo's words): one paragraph of a page
    broken into lines (<br>), not a paragraph each."""
    def short(para: str) -> bool:
        return len(para) < _SHORT_LINE and "\t" not in para and LABEL_TAB not in para and not LABEL.match(para)
    return i + 1 < len(block) and short(block[i]) and short(block[i + 1])


def _soft_hyphens(word: str) -> str:
    if not re.fullmatch(r"[a-z]{12,}[,.;:]?", word):
        return word
    middle = len(word.rstrip(",.;:")) // 2
    return word[:middle] + "\u00ad" + word[middle:]


def _emphasis(label: str, body: str) -> str:
    verb = (OPERATIVE_VERB if label else VERB_START).match(body)
    if verb:
        return f"_{verb.group(1)}_{body[verb.end():]}"
    return body


def html2text(text: str) -> str:
    out = ["[Skip to main content](https://www.un.org/en/#main-content)", "",
           "  * [Home](https://www.un.org/en/)", "  * [Documents](https://www.un.org/en/documents/)",
           "  * [Meetings](https://www.un.org/en/meetings/)", ""]
    for block in paragraphs(text):
        table: list[str] = []
        for i, para in enumerate(block):
            broken = _line_broken(block, i)
            in_lines = broken or i > 0 and _line_broken(block, i - 1)  # one <p> broken by <br>
            label, body = _split_label(para)
            if "\t" in para and not label:
                cells = [c.strip() for c in para.split("\t")]
                table.append(" | ".join(cells))
                if len(table) == 1:
                    table.append("|".join("---" for _ in cells))
                continue
            if table:
                out += table + [""]
                table = []
            if not label and _is_heading(body) and not in_lines:
                out += [f"**{body}**", ""]
                continue
            body = _emphasis(label, body)
            body = _symbols(body, lambda s: f"[{s}](https://undocs.org/{s})")
            body = " ".join(_soft_hyphens(w) for w in body.split(" "))
            if label and label in "•–-":
                out.append("  * " + body)
                continue
            if NUMBERED_TITLE.match(label) and not LABEL.match(label + " "):
                out += [f"## {label} {body}", ""]
                continue
            label = re.sub(r"^(\d+)\.$", r"\1\\.", label)
            whole = f"{label} {body}" if label else body
            if broken:
                out.append(whole + "  ")  # a line break (<br>): html2text ends the line with two spaces
                continue
            out += textwrap.wrap(whole, HTML2TEXT_WIDTH, break_long_words=False) + [""]
        if table:
            out += table + [""]
    out.append("  ".join(f"[{f}](https://www.un.org/en/about-us/{f.lower().replace(' ', '-')})" for f in FOOTER))
    return "\n".join(out).rstrip() + "\n\n"


# The unseen documents these layouts are measured on by default (scripts/vary_layouts.py):
# ordinary layouts (Word plain text, plain text, pdftotext, PDF copied as text, pandoc plain, a
# web page copied as text), about 45 gold facts each.
DEFAULT_DOCS = (
    "u1", "u2", "u3", "u5", "u6", "u7", "u8", "u9", "u11", "u16", "u17", "u27", "u33",
    "u50", "u51", "u57", "u60", "u62",
)


VARIANTS: dict[str, Callable[[str], str]] = {
    "pdf_layout": pdf_layout,
    "pdf_raw": pdf_raw,
    "pdf_raw_rows": pdf_raw_rows,
    "lynx": lynx,
    "html2text": html2text,
}

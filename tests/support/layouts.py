"""Renderers that lay one document out as other tools deliver it (test support, pure functions).

The samples are a Markdown-like conversion of UN PDFs. A loader must read the same facts from
the same wording whatever the layout, so the layout tests render each sample as:

- ``word_text``: plain text as Word exports it: no Markdown, no emphasis, numbered paragraphs
  at line starts, every paragraph on its own line(s) with no blank line between paragraphs
  and sentences broken across lines (the "insert line breaks" export);
- ``pdftotext_layout``: what ``pdftotext -layout`` prints for the typeset PDF: lines of at
  most 70 columns with words hyphenated at line ends, hanging indents for numbered
  paragraphs and first-line indents for the others, a running header (the symbol) and footer
  (job number and page) and a form feed every ~50 lines;
- ``pdf_bytes`` / ``docx_bytes``: a real PDF (fpdf2) and a real Word file (python-docx) of
  the Word-export paragraphs, to be read back through the product's own readers.

The renderers change layout only, never wording: the words of every paragraph survive
(hyphenation splits a word, it adds no other).
"""

from __future__ import annotations

import io
import re
import textwrap
import unicodedata
from dataclasses import dataclass
from pathlib import Path

# --------------------------------------------------------------------------- Markdown -> paragraphs

_LINK = re.compile(r"\[([^\]]*)\]\(#?[^)\s]*\)")
_GARBLED_SUP = re.compile(r"<sup>&</sup>lt;sup>([^<]*)</sup>")
_SUP = re.compile(r"\s?\$?<sup>([^<]*)</sup>\$?")
# The conversion sometimes wrote a note's number in TeX inside the superscript: "^{12}".
_TEX_SUP = re.compile(r"\^\{([^}]*)\}")
_TAG = re.compile(r"</?(?:sup|sub|i|b|em|strong|u)>")
_HEADING = re.compile(r"^\s*#{1,6}\s*")
_BULLET = re.compile(r"^\s*-\s+(?=\S)")
_ESCAPED = re.compile(r"\\([*_#\[\]])")
_EMPHASIS = re.compile(r"(?<!\\)\*{1,3}")
_FOOTNOTE_START = re.compile(r"^\s*(?:\$?\s*<sup>|<sup>&)")
# A footnote marked by asterisks ("* Reissued for technical reasons", "** CTOC/COP/2022/1.")
_STAR_NOTE = re.compile(r"^\s*\\?(\*{1,3})\s+")


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of the Word export: its text, and whether it is a footnote or a table row."""

    text: str
    kind: str = "text"  # "text", "footnote", "table"


def _glued_marker(match: re.Match[str]) -> str:
    """A numbered footnote marker as Word's plain-text export prints it: its number glued to
    the word or punctuation before it ("meeting.3", "2022,4"); other markers are dropped."""
    number = _TEX_SUP.sub(r"\1", match.group(1)).strip()
    return number if number.isdigit() else ""


def _plain(line: str, markers: bool = False) -> str:
    """A line of the Markdown-like sample without its Markdown; ``markers`` keeps numbered
    footnote markers in the running text as Word prints them."""
    star = _STAR_NOTE.match(line)
    if star:  # Word prints the asterisks of the note as they are
        return star.group(1) + " " + _plain(line[star.end() :], markers)
    footnote = _FOOTNOTE_START.match(line)
    line = _GARBLED_SUP.sub(r"<sup>\1</sup>", line)
    if footnote:
        # A footnote keeps its number as Word prints it: "1 United Nations, Treaty Series ..."
        line = _SUP.sub(lambda m: _TEX_SUP.sub(r"\1", m.group(1)) + " ", line.lstrip(), count=1)
    line = _SUP.sub(_glued_marker if markers else "", line)
    line = _LINK.sub(r"\1", line)
    line = _TAG.sub("", line)
    line = _HEADING.sub("", line)
    line = _BULLET.sub("", line)
    line = _EMPHASIS.sub("", line)
    line = _ESCAPED.sub(r"\1", line)
    return " ".join(line.split())


def paragraphs(markdown: str, markers: bool = False) -> list[Paragraph]:
    """The paragraphs of a Markdown-like sample, Markdown stripped, in document order
    (``markers``: numbered footnote markers kept, glued, as Word's text export prints them).

    Each line is a paragraph, except that a bold span or a link broken across lines is one
    paragraph (the conversion wrapped it). Tab-laid lines are table rows and keep their tabs.
    """
    out: list[Paragraph] = []
    pending = ""
    for raw in markdown.split("\n"):
        line = pending + ("\n" if pending else "") + raw
        bold_open = line.lstrip().startswith("**") and line.count("**") % 2 == 1 and not _STAR_NOTE.match(line)
        if bold_open or line.count("[") > line.count("]"):
            pending = line  # an open bold span or link: it continues on the next line
            continue
        pending = ""
        if "\t" in line:
            row = "\t".join(_plain(cell, markers) for cell in line.split("\t"))
            if row.strip():
                out.append(Paragraph(row, "table"))
            continue
        kind = "footnote" if _FOOTNOTE_START.match(line) or _STAR_NOTE.match(line) else "text"
        text = _plain(line.replace("\n", " "), markers)
        if text:
            out.append(Paragraph(text, kind))
    if pending.strip():
        out.append(Paragraph(_plain(pending.replace("\n", " "), markers)))
    return out


# --------------------------------------------------------------------------- Word export


_PAGE_FURNITURE = re.compile(r"^[\s*]*(?:[A-Z]\.\d{2}-\d{4,6}(?:\s*\([A-Z]\))?|\d{1,3}\s*/\s*\d{1,3}|[\s*])+$")


def word_text(markdown: str, width: int = 80) -> str:
    """Plain text as Word's "insert line breaks" export writes it: lines broken at ``width``,
    one line break (no blank line) between paragraphs, no page headers (Word has no pages in
    its text), each footnote's number glued in the running text where its marker stands
    ("meeting.3") and the notes, numbered, at the end."""
    lines: list[str] = []
    notes = []
    for para in paragraphs(markdown, markers=True):
        if _PAGE_FURNITURE.match(para.text) and re.search(r"\d", para.text):
            continue
        if para.kind == "footnote":
            notes.append(para)
            continue
        if para.kind == "table":
            lines.append(para.text)
        else:
            lines.extend(textwrap.wrap(para.text, width, break_long_words=False, break_on_hyphens=False))
    for note in notes:
        lines.extend(textwrap.wrap(note.text, width, break_long_words=False, break_on_hyphens=False))
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- pdftotext -layout

_LABELLED = re.compile(r"^(\d{1,3}\.|\([a-z]{1,4}\)|\([ivx]{1,5}\))\s+")
_HYPHENATABLE = re.compile(r"^[A-Za-z]{7,}[,.;:]?$")


def _wrap_hyphenated(words: list[str], first: int, width: int) -> list[str]:
    """Greedy line breaking; a long word that does not fit is hyphenated, as typesetting does."""
    lines: list[str] = []
    line = ""
    limit = first
    queue = list(words)
    while queue:
        word = queue.pop(0)
        candidate = f"{line} {word}" if line else word
        if len(candidate) <= limit:
            line = candidate
            continue
        room = limit - len(line) - (1 if line else 0) - 1  # letters that fit before the hyphen
        core = word.rstrip(",.;:")
        if line and _HYPHENATABLE.match(word) and room >= 3 and len(core) - room >= 3:
            lines.append(f"{line} {word[:room]}-")
            queue.insert(0, word[room:])
        else:
            lines.append(line)
            queue.insert(0, word)
            if not line:  # a word longer than the line: put it alone
                lines[-1] = queue.pop(0)
        line = ""
        limit = width
    if line:
        lines.append(line)
    return lines


def _job_number(markdown: str) -> str:
    found = re.search(r"\b([A-Z]\.\d{2}-\d{5})\b", markdown)
    return found.group(1) if found else "V.24-01234"


def _own_symbol(markdown: str) -> str | None:
    found = re.search(r"United Nations\s+([A-Z][A-Z.]*/[A-Z0-9./-]+)", markdown[:2000])
    return found.group(1).rstrip(".*\\") if found else None


def pdftotext_layout(markdown: str, width: int = 70, page_lines: int = 50) -> str:
    """The sample as ``pdftotext -layout`` prints the typeset PDF (see the module docstring)."""
    body: list[str] = []
    for para in paragraphs(markdown):
        if para.kind == "table":
            body.extend(["   " + para.text.replace("\t", "    "), ""])
            continue
        label = _LABELLED.match(para.text)
        if label:  # hanging indent: the label in the margin, the text in a column
            words = para.text[label.end() :].split()
            wrapped = _wrap_hyphenated(words, width - 11, width - 11)
            body.append(f"      {label.group(1):<5}" + wrapped[0])
            body.extend(" " * 11 + line for line in wrapped[1:])
        else:  # first-line indent
            wrapped = _wrap_hyphenated(para.text.split(), width - 15, width - 11)
            body.append(" " * 15 + wrapped[0])
            body.extend(" " * 11 + line for line in wrapped[1:])
        body.append("")
    job, symbol = _job_number(markdown), _own_symbol(markdown)
    pages = [body[i : i + page_lines] for i in range(0, len(body), page_lines)]
    count = len(pages)
    out: list[str] = []
    for number, page in enumerate(pages, 1):
        if number > 1:
            header = symbol or job
            out.extend([header.rjust(width + 6) if number % 2 else header, ""])
        out.extend(page)
        footer = f" {number}/{count}".ljust(width - 4) + job if number % 2 == 0 else f" {job}".ljust(width - 4) + f"{number}/{count}"
        out.extend(["", footer, "\f"])
    return "\n".join(out)


# --------------------------------------------------------------------------- PDF and Word files

FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _latin1(text: str) -> str:
    """What fpdf2's core fonts can print (when no Unicode font is on the machine)."""
    text = text.replace("\u2013", "-").replace("\u2014", "-").replace("\u2019", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    return unicodedata.normalize("NFKD", text).encode("latin-1", "ignore").decode("latin-1")


def pdf_bytes(markdown: str) -> tuple[bytes, str]:
    """A PDF of the sample with a running footer (job number, page), and the text it prints.

    Without a Unicode font the text is normalised to latin-1 first; the second value is the
    Word-export text of what the PDF prints, to compare with.
    """
    from fpdf import FPDF

    job = _job_number(markdown)
    unicode_font = FONT.exists()
    paras = paragraphs(markdown)
    if not unicode_font:
        paras = [Paragraph(_latin1(p.text), p.kind) for p in paras]

    class Document(FPDF):
        def footer(self) -> None:
            self.set_y(-15)
            self.cell(0, 5, f"{job}    {self.page_no()}/{{nb}}", align="R")

    pdf = Document()
    pdf.alias_nb_pages()
    if unicode_font:
        pdf.add_font("DejaVu", fname=str(FONT))
        pdf.set_font("DejaVu", size=10)
    else:
        pdf.set_font("Helvetica", size=10)
    pdf.add_page()
    for para in paras:
        pdf.multi_cell(0, 5, para.text.replace("\t", "    "))
        pdf.ln(3)
    printed = "\n".join(p.text for p in paras) + "\n"
    return bytes(pdf.output()), printed


def docx_bytes(markdown: str) -> bytes:
    """A Word file with one Word paragraph per paragraph of the sample."""
    import docx

    document = docx.Document()
    for para in paragraphs(markdown):
        document.add_paragraph(para.text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
